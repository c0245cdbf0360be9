// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclusternode.h"

#include <QHostAddress>

FakeClusterNode::FakeClusterNode()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
}

bool FakeClusterNode::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeClusterNode::shutDown()
{
    m_server.close();
    dropClients();
}

void FakeClusterNode::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_clients.append({socket, {}, false});
        QObject::connect(socket, &QTcpSocket::readyRead, &m_server,
                         [this, socket] { read(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!m_prompt.isEmpty())
            socket->write("Welcome to the TEST-NODE DX cluster\r\n" + m_prompt);
    }
}

void FakeClusterNode::read(QTcpSocket *socket)
{
    for (Client &client : m_clients) {
        if (client.socket != socket)
            continue;
        const QByteArray bytes = socket->readAll();
        if (client.loggedIn) {
            m_afterLogin += bytes;
            return;
        }
        client.buffer += bytes;
        const qsizetype end = client.buffer.indexOf('\n');
        if (end < 0)
            return;
        const QByteArray call = client.buffer.left(end).trimmed();
        m_afterLogin += client.buffer.mid(end + 1);
        client.buffer.clear();
        client.loggedIn = true;
        m_logins.append(QString::fromUtf8(call));
        socket->write("Hello " + call + ", this is TEST-NODE in Prague\r\n" + call
                      + " de TEST-NODE  3-Dec-2026 1000Z dxspider >\r\n");
        return;
    }
}

void FakeClusterNode::sendRaw(const QByteArray &bytes)
{
    for (const Client &client : m_clients) {
        if (client.socket && client.loggedIn
            && client.socket->state() == QAbstractSocket::ConnectedState)
            client.socket->write(bytes);
    }
}

void FakeClusterNode::dropClients()
{
    const QList<Client> clients = std::exchange(m_clients, {});
    for (const Client &client : clients) {
        if (client.socket)
            client.socket->abort();
    }
}

int FakeClusterNode::connectedClients() const
{
    int count = 0;
    for (const Client &client : m_clients) {
        if (client.socket && client.socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}
