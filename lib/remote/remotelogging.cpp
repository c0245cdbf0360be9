// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotelogging.h"

Q_LOGGING_CATEGORY(lcRemote, "rotordeck.remote")
