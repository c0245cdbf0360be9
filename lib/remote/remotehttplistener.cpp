// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotehttplistener.h"

#include "remotelogging.h"

#include <QFile>
#include <QFileInfo>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

QByteArray contentTypeFor(const QByteArray &path)
{
    if (path.endsWith(".html"))
        return "text/html; charset=utf-8";
    if (path.endsWith(".js"))
        return "text/javascript; charset=utf-8";
    if (path.endsWith(".css"))
        return "text/css; charset=utf-8";
    if (path.endsWith(".svg"))
        return "image/svg+xml";
    if (path.endsWith(".png"))
        return "image/png";
    if (path.endsWith(".json"))
        return "application/json";
    return "application/octet-stream";
}

// Only plain file names below the root: no "..", no hidden files, no odd characters.
bool isSafePath(const QByteArray &path)
{
    if (!path.startsWith('/') || path.contains("..") || path.contains("//") || path.contains("/."))
        return false;
    for (const char c : path) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '/' || c == '.' || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

RemoteHttpListener::RemoteHttpListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (isTls()) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(m_options.tls);
        connect(sslServer, &QSslServer::errorOccurred, this,
                [](QSslSocket *, QAbstractSocket::SocketError error) {
                    qCInfo(lcRemote) << "TLS connection failed:" << error;
                });
        m_server = sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    // Many clients at once (a page reload storm, a benchmark): do not let the backlog refuse.
    m_server->setMaxPendingConnections(qMax(30, m_options.maxConnections));
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &RemoteHttpListener::acceptPending);

    m_webSockets
        = new QWebSocketServer(QStringLiteral("RotorDeck"), QWebSocketServer::NonSecureMode, this);
    m_webSockets->setHandshakeTimeout(m_options.requestTimeoutMs);
    m_webSockets->setMaxPendingConnections(qMax(30, m_options.maxConnections));
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets->nextPendingConnection()) {
            socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
            socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
            track(socket);
            emit webSocketConnected(socket);
        }
    });
}

RemoteHttpListener::~RemoteHttpListener() = default;

bool RemoteHttpListener::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void RemoteHttpListener::close()
{
    m_server->close();
}

bool RemoteHttpListener::isListening() const
{
    return m_server->isListening();
}

quint16 RemoteHttpListener::serverPort() const
{
    return m_server->serverPort();
}

QString RemoteHttpListener::errorString() const
{
    return m_server->errorString();
}

void RemoteHttpListener::track(QObject *connection)
{
    m_connections.insert(connection);
    connect(connection, &QObject::destroyed, this,
            [this](QObject *gone) { m_connections.remove(gone); });
}

void RemoteHttpListener::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (connectionCount() >= m_options.maxConnections) {
            // Once per episode: a flood must not flood the log too.
            if (!m_full) {
                qCWarning(lcRemote)
                    << "connections refused: already" << connectionCount() << "open (the limit)";
            }
            m_full = true;
            qCDebug(lcRemote) << "connection from" << socket->peerAddress().toString() << "refused";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_full = false;
        track(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A connection that says nothing in time goes (a slow-loris holds no slot for long).
        QTimer::singleShot(m_options.requestTimeoutMs, socket, [socket] {
            if (socket->property("rotordeckUpgraded").toBool())
                return;
            socket->abort();
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void RemoteHttpListener::readRequest(QTcpSocket *socket)
{
    // Peek until the whole head is there, so that a WebSocket upgrade can be handed over with
    // its bytes still unread.
    const QByteArray head = socket->peek(m_options.maxRequestHeadBytes + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_options.maxRequestHeadBytes)
            respond(socket, 431, "Request Header Fields Too Large", "text/plain", "too large\n");
        return;
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "text/plain", "bad request\n");
        return;
    }
    const QByteArray method = requestLine.at(0);
    QByteArray path = requestLine.at(1);
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);

    bool upgrade = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "upgrade"
            && line.mid(colon + 1).trimmed().toLower() == "websocket")
            upgrade = true;
    }

    if (path == "/ws") {
        if (!upgrade || method != "GET") {
            respond(socket, 426, "Upgrade Required", "text/plain", "WebSocket only\n");
            return;
        }
        // From here QWebSocketServer owns the bytes (and the socket). Its handshake timeout
        // bounds how long it stays uncounted; the QWebSocket it becomes is counted again.
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->setProperty("rotordeckUpgraded", true);
        m_webSockets->handleConnection(socket);
        // The head is already buffered: no new readyRead would come for it.
        QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
        m_connections.remove(socket);
        return;
    }
    socket->read(end + 4);
    if (method != "GET" && method != "HEAD") {
        respond(socket, 405, "Method Not Allowed", "text/plain", "GET only\n");
        return;
    }
    serveFile(socket, path, method == "HEAD");
}

void RemoteHttpListener::serveFile(QTcpSocket *socket, const QByteArray &requestPath, bool headOnly)
{
    const QByteArray path = requestPath == "/" ? QByteArray("/index.html") : requestPath;
    if (!isSafePath(path)) {
        respond(socket, 404, "Not Found", "text/plain", "not found\n", headOnly);
        return;
    }
    QFile file(m_options.resourceRoot + QString::fromLatin1(path));
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly)) {
        respond(socket, 404, "Not Found", "text/plain", "not found\n", headOnly);
        return;
    }
    respond(socket, 200, "OK", contentTypeFor(path), file.readAll(), headOnly);
}

void RemoteHttpListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                                 const QByteArray &contentType, const QByteArray &body,
                                 bool headOnly)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page loads nothing from elsewhere and may not be framed by another site.
    response += "Content-Security-Policy: default-src 'self'; connect-src 'self'; "
                "img-src 'self' data:; frame-ancestors 'none'\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "Cache-Control: no-cache\r\n";
    response += "Connection: close\r\n\r\n";
    if (!headOnly)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}
