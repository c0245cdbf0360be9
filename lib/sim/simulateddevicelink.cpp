// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulateddevicelink.h"

#include "mqtt/mqttconnection.h"
#include "protocol/topic.h"
#include "simlogging.h"
#include "simulatedrotator.h"

SimulatedDeviceLink::SimulatedDeviceLink(SimulatedRotator *device, const QUrl &brokerUrl,
                                         QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_base(device->config().call + QLatin1Char('/') + device->config().id
             + QLatin1String("/ROT/"))
{
    BrokerProfile profile;
    profile.name = device->callSlashId();
    profile.url = brokerUrl;
    profile.clientId = device->config().mac;
    profile.discover = false;
    profile.keepAliveSec = 15;
    profile.reconnectMinMs = 5000;
    profile.reconnectMaxMs = 5000;
    m_connection = new MqttConnection(profile, this);
    for (const QLatin1String leaf : protocol::commandLeaves)
        m_connection->subscribe(m_base + leaf, 0);

    connect(m_connection, &MqttConnection::connected, this, [this] {
        if (m_device)
            m_device->setLinkUp(true); // the SUBACKs queue up, on reconnects too
        if (m_firstConnectDone)
            return; // B9: a reconnect only re-subscribes
        m_firstConnectDone = true;
        if (m_device)
            m_device->publishConnectSet();
        emit ready();
    });
    connect(m_connection, &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) {
                if (!m_device)
                    return;
                for (const MqttMessage &message : messages) {
                    if (!message.topic.startsWith(m_base))
                        continue;
                    if (packetSize(message.topic, message.payload) > maxPacketSize) {
                        qCDebug(lcSim) << m_device->callSlashId() << "dropped an inbound packet of"
                                       << packetSize(message.topic, message.payload) << "bytes";
                        continue;
                    }
                    m_device->handleInbound(message.topic.mid(m_base.size()), message.payload,
                                            message.retained);
                }
            });
    connect(m_connection, &MqttConnection::connectionLost, this, [this] {
        if (m_device)
            m_device->setLinkUp(false);
    });
    connect(m_connection, &MqttConnection::errorOccurred, this,
            [this](MqttConnection::Error, const QString &detail) {
                emit errorOccurred(m_device ? m_device->callSlashId() + QLatin1String(": ") + detail
                                            : detail);
            });
    connect(device, &SimulatedRotator::publishRequested, this,
            [this](const QString &leaf, const QByteArray &payload, bool retained) {
                // Fails quietly while disconnected; the model's caches have advanced anyway (B10).
                if (m_connection->isConnected())
                    m_connection->publish(m_base + leaf, payload, 0, retained);
            });
}

SimulatedDeviceLink::~SimulatedDeviceLink() = default;

void SimulatedDeviceLink::open()
{
    m_connection->open();
}

void SimulatedDeviceLink::close()
{
    m_connection->close();
    if (m_device)
        m_device->setLinkUp(false);
}

bool SimulatedDeviceLink::isConnected() const
{
    return m_connection->isConnected();
}

bool SimulatedDeviceLink::publishRaw(const QString &leaf, const QByteArray &payload, bool retained)
{
    return m_connection->publish(m_base + leaf, payload, 0, retained);
}

int SimulatedDeviceLink::packetSize(const QString &topic, const QByteArray &payload)
{
    const int remaining = 2 + static_cast<int>(topic.toUtf8().size() + payload.size());
    int lengthBytes = 1;
    for (int r = remaining; r > 127; r /= 128)
        ++lengthBytes;
    return 1 + lengthBytes + remaining;
}
