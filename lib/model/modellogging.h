// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.model`: the rotator model (Rotator, Fleet).
Q_DECLARE_LOGGING_CATEGORY(lcModel)
