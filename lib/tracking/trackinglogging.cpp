// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackinglogging.h"

Q_LOGGING_CATEGORY(lcTracking, "rotordeck.tracking")
