// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

/// The web remote's one listening port: plain HTTP/1.1 GET for the page's files (read from a
/// Qt resource folder, nothing else), and the WebSocket endpoint `/ws`, whose upgrade requests
/// are handed to a QWebSocketServer. TLS when a certificate is configured. Counts every open
/// connection (pending HTTP and WebSocket) and closes new ones beyond maxConnections at once.
/// The only class that parses HTTP: Qt HttpServer is a tech preview in Qt 6.4, and serving a
/// handful of static files needs very little of it.
class RemoteHttpListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteHttpListener)

public:
    struct Options
    {
        /// Folder of the page's files, e.g. ":/rotordeck/remote"; "/" serves index.html.
        QString resourceRoot;
        int maxConnections = 200;
        /// Largest WebSocket message (and frame) a client may send.
        int maxMessageBytes = 16 * 1024;
        /// Largest HTTP request head; a longer one gets 431 and is closed.
        int maxRequestHeadBytes = 8 * 1024;
        /// Time a connection has to send its request head (or finish the WebSocket handshake).
        int requestTimeoutMs = 10000;
        /// TLS when not null (certificate and private key set).
        QSslConfiguration tls;
    };

    explicit RemoteHttpListener(Options options, QObject *parent = nullptr);
    ~RemoteHttpListener() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QString errorString() const;
    /// Open connections: HTTP requests in progress and WebSockets.
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] bool isTls() const { return !m_options.tls.isNull(); }

signals:
    /// A WebSocket is open; the receiver takes it (parent it or deleteLater() it). It is
    /// already counted, and uncounted when it is destroyed.
    void webSocketConnected(QWebSocket *socket);

private:
    void acceptPending();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason,
                 const QByteArray &contentType, const QByteArray &body, bool headOnly = false);
    void serveFile(QTcpSocket *socket, const QByteArray &path, bool headOnly);
    void track(QObject *connection);

    Options m_options;
    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_webSockets = nullptr;
    QSet<QObject *> m_connections;
    /// The limit was reached and said so in the log.
    bool m_full = false;
};
