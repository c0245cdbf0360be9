// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.remote`: the web remote (page server, WebSocket protocol, logins, commands).
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
