// SPDX-License-Identifier: GPL-3.0-or-later
#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "rotordeck.app")
Q_LOGGING_CATEGORY(lcI18n, "rotordeck.i18n")
Q_LOGGING_CATEGORY(lcMap, "rotordeck.map", QtInfoMsg)
