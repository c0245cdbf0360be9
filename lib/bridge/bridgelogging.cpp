// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridgelogging.h"

Q_LOGGING_CATEGORY(lcBridge, "rotordeck.bridge")
