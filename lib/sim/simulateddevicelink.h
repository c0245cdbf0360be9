// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class MqttConnection;
class SimulatedRotator;

/// The MQTT side of one simulated device: binds a SimulatedRotator to its own MqttConnection.
///
/// Client id = the device's MAC, keep-alive 15 s, clean session, no will, a reconnect attempt
/// every 5 s. Subscribes exactly Target, get, stop and RxAzimuth (QoS 0). On the first connect
/// only it asks the model for the retained connect set; reconnects only re-subscribe (B9).
/// Inbound packets over 256 bytes are dropped as PubSubClient does. Every (re)connect tells the
/// model, which then reads the four SUBACKs one per service tick before any command (§9).
class SimulatedDeviceLink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedDeviceLink)

public:
    SimulatedDeviceLink(SimulatedRotator *device, const QUrl &brokerUrl, QObject *parent = nullptr);
    ~SimulatedDeviceLink() override;

    /// Connects (and keeps retrying). Also used to restore a dropped link.
    void open();
    /// Drops the broker connection (fault injection; no retries until open()).
    void close();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] MqttConnection *connection() const { return m_connection; }
    [[nodiscard]] SimulatedRotator *device() const { return m_device; }
    /// Publishes an arbitrary payload on one of the device's own topics through its connection
    /// (fault injection: a malformed Target reaches the device like any other client's).
    bool publishRaw(const QString &leaf, const QByteArray &payload, bool retained = false);

    /// Size of the MQTT PUBLISH packet PubSubClient would have to buffer (QoS 0).
    [[nodiscard]] static int packetSize(const QString &topic, const QByteArray &payload);
    static constexpr int maxPacketSize = 256;

signals:
    /// The first connect is done and the four topics are subscribed.
    void ready();
    void errorOccurred(const QString &message);

private:
    QPointer<SimulatedRotator> m_device;
    MqttConnection *m_connection = nullptr;
    QString m_base; ///< "CALL/ID/ROT/"
    bool m_firstConnectDone = false;
};
