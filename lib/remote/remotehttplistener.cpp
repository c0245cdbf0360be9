// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotehttplistener.h"

#include "remotelogging.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

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

// Hands each accepted connection to the listener first, which may refuse it; Qt HttpServer only
// sees the ones it lets through.
template<class Base> class AdmittingServer final : public Base
{
public:
    using Admit = std::function<bool(QTcpSocket *)>;

    AdmittingServer(Admit admit, QObject *parent)
        : Base(parent)
        , m_admit(std::move(admit))
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            if (m_admit(socket))
                return socket;
        }
        return nullptr;
    }

private:
    Admit m_admit;
};

// The page's files and the door to /ws, on Qt HttpServer's request parser.
class PageServer final : public QAbstractHttpServer
{
public:
    PageServer(QString resourceRoot, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_resourceRoot(std::move(resourceRoot))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
        // Qt HttpServer hands a request to the WebSocket side when this returns true for an
        // upgrade, so only /ws may become a WebSocket; any other path gets 404.
        if (isWebSocketUpgrade(request))
            return path == "/ws" && request.method() == QHttpServerRequest::Method::Get;
        if (path == "/ws") {
            respond(request, socket, StatusCode::UpgradeRequired, "text/plain", "WebSocket only\n");
            return true;
        }
        const auto method = request.method();
        if (method != QHttpServerRequest::Method::Get
            && method != QHttpServerRequest::Method::Head) {
            respond(request, socket, StatusCode::MethodNotAllowed, "text/plain", "GET only\n");
            return true;
        }
        serveFile(request, socket, path, method == QHttpServerRequest::Method::Head);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        respond(request, socket, StatusCode::NotFound, "text/plain", "not found\n");
    }

private:
    // The same test Qt HttpServer 6.4 makes before it calls handleRequest() for an upgrade.
    static bool isWebSocketUpgrade(const QHttpServerRequest &request)
    {
        return request.value("connection").toLower().contains("upgrade")
            && request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    }

    void serveFile(const QHttpServerRequest &request, QTcpSocket *socket,
                   const QByteArray &requestPath, bool headOnly)
    {
        const QByteArray path = requestPath == "/" ? QByteArray("/index.html") : requestPath;
        if (!isSafePath(path)) {
            respond(request, socket, StatusCode::NotFound, "text/plain", "not found\n", headOnly);
            return;
        }
        QFile file(m_resourceRoot + QString::fromLatin1(path));
        if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly)) {
            respond(request, socket, StatusCode::NotFound, "text/plain", "not found\n", headOnly);
            return;
        }
        respond(request, socket, StatusCode::Ok, contentTypeFor(path), file.readAll(), headOnly);
    }

    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, StatusCode status,
                        const QByteArray &contentType, const QByteArray &body,
                        bool headOnly = false)
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(status);
        responder.writeHeaders({
            {"Content-Type", contentType},
            {"Content-Length", QByteArray::number(body.size())},
            // The page loads nothing from elsewhere and may not be framed by another site.
            {"Content-Security-Policy",
             "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
             "frame-ancestors 'none'"},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "no-referrer"},
            {"Cache-Control", "no-cache"},
            {"Connection", "close"},
        });
        responder.writeBody(headOnly ? QByteArray() : body);
        // Qt HttpServer would keep the connection for another request; one reply is all a
        // connection gets here, so idle connections hold no slot.
        socket->disconnectFromHost();
    }

    QString m_resourceRoot;
};

} // namespace

RemoteHttpListener::RemoteHttpListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    const auto admit = [this](QTcpSocket *socket) {
        return this->admit(socket);
    };
    if (isTls()) {
        auto *sslServer = new AdmittingServer<QSslServer>(admit, this);
        sslServer->setSslConfiguration(m_options.tls);
        connect(sslServer, &QSslServer::errorOccurred, this,
                [](QSslSocket *, QAbstractSocket::SocketError error) {
                    qCInfo(lcRemote) << "TLS connection failed:" << error;
                });
        m_server = sslServer;
    } else {
        m_server = new AdmittingServer<QTcpServer>(admit, this);
    }
    // Many clients at once (a page reload storm, a benchmark): do not let the backlog refuse.
    m_server->setMaxPendingConnections(qMax(30, m_options.maxConnections));

    m_http = new PageServer(m_options.resourceRoot, this);
    connect(m_http, &QAbstractHttpServer::newWebSocketConnection, this,
            &RemoteHttpListener::acceptWebSockets);
}

RemoteHttpListener::~RemoteHttpListener() = default;

bool RemoteHttpListener::listen(const QHostAddress &address, quint16 port)
{
    // A burst of connections (every page of a club reloading at once) waits in the kernel's
    // queue instead of having its SYNs dropped at Qt's default of 50, which makes clients retry
    // after 1, 3 and 7 s. Beyond maxConnections they are still accepted and closed at once.
    m_server->setListenBacklogSize(1024);
    if (!m_server->listen(address, port))
        return false;
    m_http->bind(m_server);
    return true;
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

int RemoteHttpListener::connectionCount() const
{
    const auto http
        = std::count_if(m_httpSockets.cbegin(), m_httpSockets.cend(),
                        [](const QPointer<QTcpSocket> &socket) { return !socket.isNull(); });
    return int(http + m_webSockets.size());
}

bool RemoteHttpListener::admit(QTcpSocket *socket)
{
    m_httpSockets.removeAll(nullptr);
    if (connectionCount() >= m_options.maxConnections) {
        // Once per episode: a flood must not flood the log too.
        if (!m_full) {
            qCWarning(lcRemote) << "connections refused: already" << connectionCount()
                                << "open (the limit)";
        }
        m_full = true;
        qCDebug(lcRemote) << "connection from" << socket->peerAddress().toString() << "refused";
        socket->abort();
        socket->deleteLater();
        return false;
    }
    m_full = false;
    m_httpSockets.append(socket);
    // Qt HttpServer keeps a request until it is complete, with no limit of its own.
    socket->setReadBufferSize(m_options.maxRequestHeadBytes);
    // A connection that says nothing in time goes (a slow-loris holds no slot for long); Qt
    // HttpServer or the WebSocket handshake deletes it once it is disconnected.
    QTimer::singleShot(m_options.requestTimeoutMs, socket, [this, socket] {
        if (m_httpSockets.contains(socket))
            socket->abort();
    });
    return true;
}

void RemoteHttpListener::acceptWebSockets()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            break;
        // Its TCP connection is counted as a WebSocket from now on, with no request timeout.
        m_httpSockets.removeIf([&socket](const QPointer<QTcpSocket> &tcp) {
            return tcp && tcp->peerPort() == socket->peerPort()
                && tcp->peerAddress() == socket->peerAddress();
        });
        socket->setReadBufferSize(0);
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
        QWebSocket *open = socket.release();
        m_webSockets.insert(open);
        connect(open, &QObject::destroyed, this,
                [this](QObject *gone) { m_webSockets.remove(gone); });
        emit webSocketConnected(open);
    }
}
