// SPDX-License-Identifier: GPL-3.0-or-later
#include "geologging.h"

Q_LOGGING_CATEGORY(lcGeo, "rotordeck.geo", QtInfoMsg)
