// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandorigin.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// One MQTT application message, as received or as sent.
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retained = false;
    /// When it was received or sent (UTC, set by MqttConnection).
    QDateTime timeUtc;
    /// Received only: this connection itself published the same topic and payload shortly
    /// before, so the broker is handing our own message back (MQTT 3.1.1 delivers a client's
    /// publishes to its own matching subscriptions). False for every message another client
    /// sent. Not part of equality.
    bool ownEcho = false;
    /// Who asked for it: set on messages this connection published (and on their own echo);
    /// ThisApp otherwise. Not part of equality.
    CommandOrigin origin = {};

    friend bool operator==(const MqttMessage &a, const MqttMessage &b)
    {
        return a.topic == b.topic && a.payload == b.payload && a.qos == b.qos
            && a.retained == b.retained;
    }
};

Q_DECLARE_METATYPE(MqttMessage)
