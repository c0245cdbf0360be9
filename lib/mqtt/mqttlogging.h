// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.mqtt`: the broker connection (MqttConnection, EmbeddedBroker).
Q_DECLARE_LOGGING_CATEGORY(lcMqtt)
