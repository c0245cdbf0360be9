// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.settings`: loading, saving and validating settings.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
