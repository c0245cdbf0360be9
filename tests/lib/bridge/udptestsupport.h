// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUdpSocket>

#include <memory>
#include <utility>

/// Two UDP sockets bound on 127.0.0.1 to consecutive free ports (PstRotator answers to port + 1).
/// Returns the lower port's socket-to-be port number and the bound upper socket; the lower port is
/// released again so the code under test can bind it. Retries a few times on collisions.
inline std::pair<quint16, std::unique_ptr<QUdpSocket>> freeUdpPortWithReceiverAbove()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 low = probe.localPort();
        if (low == 65535)
            continue;
        auto receiver = std::make_unique<QUdpSocket>();
        if (!receiver->bind(QHostAddress::LocalHost, quint16(low + 1)))
            continue;
        probe.close();
        return {low, std::move(receiver)};
    }
    return {0, nullptr};
}

/// Reads every pending datagram of socket into one list.
inline QList<QByteArray> readDatagrams(QUdpSocket &socket)
{
    QList<QByteArray> out;
    while (socket.hasPendingDatagrams()) {
        QByteArray data(qsizetype(socket.pendingDatagramSize()), '\0');
        socket.readDatagram(data.data(), data.size());
        out.append(data);
    }
    return out;
}
