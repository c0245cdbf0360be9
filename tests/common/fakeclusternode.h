// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

/// A DX cluster node for tests, on a free loopback port: it greets each connection with a login
/// prompt (no line end, like DX Spider), reads the callsign, answers with a greeting and a
/// prompt, and then sends whatever the test asks for: spots, garbage, huge lines, a dropped
/// connection. Lives on the test's thread.
class FakeClusterNode
{
public:
    FakeClusterNode();
    FakeClusterNode(const FakeClusterNode &) = delete;
    FakeClusterNode &operator=(const FakeClusterNode &) = delete;

    /// Listens on 127.0.0.1 on a port the system chooses; false when it cannot.
    bool start();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// Stops listening and drops every client (the node is gone).
    void shutDown();

    /// The prompt sent on connect (default "login: "); empty sends none.
    void setPrompt(const QByteArray &prompt) { m_prompt = prompt; }

    /// Sends bytes as they are / a line with "\r\n" to every logged-in client.
    void sendRaw(const QByteArray &bytes);
    void sendLine(const QByteArray &line) { sendRaw(line + "\r\n"); }
    /// Closes every client connection (the node stays up and accepts new ones).
    void dropClients();

    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] int connectedClients() const;
    /// The callsigns the clients logged in with, in order.
    [[nodiscard]] QStringList logins() const { return m_logins; }
    /// Everything the clients sent after their login line.
    [[nodiscard]] QByteArray receivedAfterLogin() const { return m_afterLogin; }

private:
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool loggedIn = false;
    };
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Client> m_clients;
    QByteArray m_prompt = "login: ";
    QStringList m_logins;
    QByteArray m_afterLogin;
    int m_connections = 0;
};
