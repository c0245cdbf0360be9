// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.app`: the desktop app (windows, session, settings edits).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
/// `rotordeck.i18n`: loading the translations.
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
/// `rotordeck.map`: the compass map's layers and world data (debug hidden by default).
Q_DECLARE_LOGGING_CATEGORY(lcMap)
