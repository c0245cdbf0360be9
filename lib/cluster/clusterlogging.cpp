// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterlogging.h"

Q_LOGGING_CATEGORY(lcCluster, "rotordeck.cluster", QtInfoMsg)
