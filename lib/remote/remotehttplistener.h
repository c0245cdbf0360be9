// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

class QAbstractHttpServer;
class QTcpServer;
class QTcpSocket;
class QWebSocket;

/// The web remote's one listening port: plain HTTP/1.1 GET (and HEAD) for the page's files (read
/// from a Qt resource folder, nothing else), and the WebSocket endpoint `/ws`. TLS when a
/// certificate is configured. Counts every open connection (HTTP and WebSocket) and closes new
/// ones beyond maxConnections at once; each HTTP reply closes its connection.
///
/// Qt HttpServer parses the requests and does the WebSocket handshake; it is a tech preview in
/// Qt 6.4, so this is the only class that uses it. What Qt HttpServer 6.4 cannot do, and how
/// this class makes up for it:
/// - It has no limit on the request head, so each connection's read buffer is bounded by
///   maxRequestHeadBytes: a longer head stalls that connection until requestTimeoutMs closes it.
///   There is no 431 reply.
/// - A request line it cannot parse closes the connection without a reply (no 400).
/// - It has no request timeout, so every HTTP connection is closed requestTimeoutMs after it was
///   accepted unless it became a WebSocket by then.
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
        /// Bytes of an HTTP request kept before it is parsed; a longer head stalls until the
        /// request timeout closes the connection.
        int maxRequestHeadBytes = 8 * 1024;
        /// Time an HTTP connection may stay open (until its reply or its WebSocket handshake).
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
    [[nodiscard]] int connectionCount() const;
    [[nodiscard]] bool isTls() const { return !m_options.tls.isNull(); }

signals:
    /// A WebSocket is open; the receiver takes it (parent it or deleteLater() it). It is
    /// already counted, and uncounted when it is destroyed.
    void webSocketConnected(QWebSocket *socket);

private:
    bool admit(QTcpSocket *socket);
    void acceptWebSockets();

    Options m_options;
    QAbstractHttpServer *m_http = nullptr;
    QTcpServer *m_server = nullptr;
    /// Connections still speaking HTTP (null once Qt HttpServer deleted them).
    QList<QPointer<QTcpSocket>> m_httpSockets;
    QSet<QObject *> m_webSockets;
    /// The limit was reached and said so in the log.
    bool m_full = false;
};
