// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

/// A minimal MQTT 3.1.1 publisher over a plain TCP socket, for the benchmarks only.
///
/// The benchmark must flood the broker faster than any subscriber can drain it; MqttConnection
/// (Paho) bounds its command queue and allocates a token per publish, so the load generator
/// writes pre-encoded PUBLISH packets (QoS 0 only) itself. Blocking calls: it runs in a bench
/// process or a child process, never on a GUI thread.
class RawPublisher
{
public:
    RawPublisher() = default;

    /// Connects (clean session, keep-alive 60 s) and waits for a successful CONNACK.
    bool connectTo(const QUrl &url, const QString &clientId, int timeoutMs = 5000);
    /// Appends one encoded PUBLISH (QoS 0) to the pending buffer.
    void queue(const QString &topic, const QByteArray &payload, bool retain = false);
    /// Writes the pending buffer and waits until the socket has handed it to the kernel.
    bool flush(int timeoutMs = 60000);
    /// Convenience: queue() + flush().
    bool publish(const QString &topic, const QByteArray &payload, bool retain = false);
    /// Sends DISCONNECT and closes the socket.
    void disconnectFromBroker();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qsizetype pendingBytes() const { return m_pending.size(); }

    /// One encoded PUBLISH packet (QoS 0).
    [[nodiscard]] static QByteArray encodePublish(const QString &topic, const QByteArray &payload,
                                                  bool retain);

private:
    QTcpSocket m_socket;
    QByteArray m_pending;
    QString m_error;
};
