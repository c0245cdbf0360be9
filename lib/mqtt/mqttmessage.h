// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    friend bool operator==(const MqttMessage &a, const MqttMessage &b)
    {
        return a.topic == b.topic && a.payload == b.payload && a.qos == b.qos
            && a.retained == b.retained;
    }
};

Q_DECLARE_METATYPE(MqttMessage)
