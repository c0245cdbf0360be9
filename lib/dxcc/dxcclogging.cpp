// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxcclogging.h"

Q_LOGGING_CATEGORY(lcDxcc, "rotordeck.dxcc", QtInfoMsg)
