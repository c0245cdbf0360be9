// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawpublisher.h"

#include <QElapsedTimer>

namespace {

void appendRemainingLength(QByteArray &out, qsizetype length)
{
    do {
        auto byte = static_cast<char>(length % 128);
        length /= 128;
        if (length > 0)
            byte = static_cast<char>(byte | 0x80);
        out.append(byte);
    } while (length > 0);
}

void appendString(QByteArray &out, const QByteArray &text)
{
    out.append(static_cast<char>((text.size() >> 8) & 0xff));
    out.append(static_cast<char>(text.size() & 0xff));
    out.append(text);
}

} // namespace

QByteArray RawPublisher::encodePublish(const QString &topic, const QByteArray &payload, bool retain)
{
    const QByteArray topicUtf8 = topic.toUtf8();
    QByteArray packet;
    packet.reserve(topicUtf8.size() + payload.size() + 8);
    packet.append(static_cast<char>(retain ? 0x31 : 0x30));
    appendRemainingLength(packet, 2 + topicUtf8.size() + payload.size());
    appendString(packet, topicUtf8);
    packet.append(payload);
    return packet;
}

bool RawPublisher::connectTo(const QUrl &url, const QString &clientId, int timeoutMs)
{
    m_socket.connectToHost(url.host(), static_cast<quint16>(url.port(1883)));
    if (!m_socket.waitForConnected(timeoutMs)) {
        m_error = QStringLiteral("cannot connect to %1: %2")
                      .arg(url.toString(), m_socket.errorString());
        return false;
    }
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);

    QByteArray variable;
    appendString(variable, QByteArrayLiteral("MQTT"));
    variable.append(static_cast<char>(4)); // protocol level 3.1.1
    variable.append(static_cast<char>(0x02)); // clean session
    variable.append(static_cast<char>(0));
    variable.append(static_cast<char>(60)); // keep-alive seconds
    appendString(variable, clientId.toUtf8());
    QByteArray packet;
    packet.append(static_cast<char>(0x10));
    appendRemainingLength(packet, variable.size());
    packet.append(variable);
    m_socket.write(packet);

    QElapsedTimer timer;
    timer.start();
    while (m_socket.bytesAvailable() < 4) {
        if (!m_socket.waitForReadyRead(
                static_cast<int>(qMax<qint64>(1, timeoutMs - timer.elapsed())))
            || timer.elapsed() > timeoutMs) {
            if (m_socket.bytesAvailable() >= 4)
                break;
            m_error = QStringLiteral("no CONNACK from %1").arg(url.toString());
            return false;
        }
    }
    const QByteArray connack = m_socket.read(4);
    if (static_cast<quint8>(connack.at(0)) != 0x20 || connack.at(3) != 0) {
        m_error = QStringLiteral("CONNACK refused (code %1)").arg(int(connack.at(3)));
        return false;
    }
    return true;
}

void RawPublisher::queue(const QString &topic, const QByteArray &payload, bool retain)
{
    m_pending.append(encodePublish(topic, payload, retain));
}

bool RawPublisher::flush(int timeoutMs)
{
    if (!m_pending.isEmpty()) {
        m_socket.write(m_pending);
        m_pending.clear();
    }
    QElapsedTimer timer;
    timer.start();
    while (m_socket.bytesToWrite() > 0) {
        if (timer.elapsed() > timeoutMs || m_socket.state() != QAbstractSocket::ConnectedState) {
            m_error = QStringLiteral("write stalled: %1").arg(m_socket.errorString());
            return false;
        }
        m_socket.waitForBytesWritten(1000);
    }
    return true;
}

bool RawPublisher::publish(const QString &topic, const QByteArray &payload, bool retain)
{
    queue(topic, payload, retain);
    return flush();
}

void RawPublisher::disconnectFromBroker()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write(QByteArray("\xe0\x00", 2));
        m_socket.waitForBytesWritten(2000);
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(2000);
    }
}
