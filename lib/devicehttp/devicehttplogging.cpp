// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicehttplogging.h"

Q_LOGGING_CATEGORY(lcDeviceHttp, "rotordeck.devicehttp")
