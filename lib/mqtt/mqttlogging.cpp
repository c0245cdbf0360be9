// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttlogging.h"

Q_LOGGING_CATEGORY(lcMqtt, "rotordeck.mqtt")
