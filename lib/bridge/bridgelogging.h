// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.bridge`: the interop servers and rotordeck-bridge.
Q_DECLARE_LOGGING_CATEGORY(lcBridge)
