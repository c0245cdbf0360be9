// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The desktop app's logging category, `rotordeck.app`.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
