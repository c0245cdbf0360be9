// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteserver.h"

#include "passwordhash.h"
#include "remotehttplistener.h"
#include "remotelogging.h"

#include "core/clock.h"
#include "model/rotator.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocket>

using remote::protocol::ErrorCode;
using remote::protocol::Request;
using remote::protocol::RequestType;

namespace {

// A page that cannot keep up (its unsent data grows past this) is dropped rather than let the
// server's memory grow; it reconnects and gets a fresh snapshot.
constexpr qint64 maxUnsentBytes = 4 * 1024 * 1024;
constexpr int housekeepingIntervalMs = 1000;

QString addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

struct RemoteServer::Client
{
    QPointer<QWebSocket> socket;
    QHostAddress address;
    QString addressText;
    std::optional<remote::RemoteSession> session;
    bool loginPending = false;

    [[nodiscard]] CommandOrigin origin() const
    {
        return {CommandOrigin::Kind::Web,
                (session ? session->user : QString()) + QLatin1Char('@') + addressText};
    }
};

RemoteServer::RemoteServer(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_access(clock, m_options.limits)
    , m_kdfPool(std::make_unique<QThreadPool>())
{
    qRegisterMetaType<RemoteCommandRecord>();
    m_access.setUsers(m_options.users);
    m_kdfPool->setMaxThreadCount(2);
    m_pacer = new RedrawPacer(m_options.flushIntervalMs, m_options.gatherMs, this);
    connect(m_pacer, &RedrawPacer::due, this, &RemoteServer::flush);
    m_housekeepingTimer = new QTimer(this);
    m_housekeepingTimer->setInterval(housekeepingIntervalMs);
    connect(m_housekeepingTimer, &QTimer::timeout, this, &RemoteServer::expireSessions);
}

RemoteServer::~RemoteServer()
{
    stop();
    m_kdfPool->waitForDone();
}

void RemoteServer::addRotator(Rotator *rotator)
{
    if (!rotator || m_rotators.contains(rotator))
        return;
    m_rotators.append(rotator);
    connect(rotator, &Rotator::stateChanged, this, [this, rotator] { markDirty(rotator); });
    connect(rotator, &Rotator::pendingTargetChanged, this, [this, rotator] { markDirty(rotator); });
    connect(rotator, &QObject::destroyed, this, [this, rotator] {
        m_dirty.remove(rotator);
        m_rotators.removeIf([](const QPointer<Rotator> &r) { return r.isNull(); });
    });
    markDirty(rotator);
}

void RemoteServer::removeRotator(Rotator *rotator)
{
    if (!rotator || !m_rotators.contains(rotator))
        return;
    disconnect(rotator, nullptr, this, nullptr);
    m_rotators.removeAll(rotator);
    m_dirty.remove(rotator);
    broadcast(remote::protocol::toMessage(
        QJsonObject {{QLatin1String("type"), QLatin1String("removed")},
                     {QLatin1String("rotator"), rotator->address().toString()}}));
}

bool RemoteServer::start()
{
    stop();
    m_error.clear();
    RemoteHttpListener::Options listenerOptions;
    listenerOptions.resourceRoot = m_options.resourceRoot;
    listenerOptions.maxConnections = m_options.maxConnections;
    listenerOptions.maxMessageBytes = m_options.maxMessageBytes;
    listenerOptions.tls = m_options.tls;
    m_listener = new RemoteHttpListener(listenerOptions, this);
    connect(m_listener, &RemoteHttpListener::webSocketConnected, this,
            &RemoteServer::acceptWebSocket);
    if (!m_listener->listen(m_options.listenAddress, m_options.port)) {
        m_error = QStringLiteral("%1:%2: %3")
                      .arg(m_options.listenAddress.toString())
                      .arg(m_options.port)
                      .arg(m_listener->errorString());
        qCWarning(lcRemote).noquote() << "web remote not started:" << m_error;
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_housekeepingTimer->start();
    qCInfo(lcRemote).noquote() << "web remote on" << url();
    return true;
}

void RemoteServer::stop()
{
    m_housekeepingTimer->stop();
    const auto clients = m_clients;
    m_clients.clear();
    for (const auto &client : clients) {
        if (client->socket) {
            client->socket->close(QWebSocketProtocol::CloseCodeGoingAway);
            client->socket->deleteLater();
        }
    }
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (!clients.isEmpty())
        emit clientCountChanged();
}

bool RemoteServer::isRunning() const
{
    return m_listener && m_listener->isListening();
}

quint16 RemoteServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString RemoteServer::url() const
{
    if (!isRunning())
        return {};
    QString host = m_options.listenAddress.toString();
    if (m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3/")
        .arg(m_listener->isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port());
}

void RemoteServer::setUsers(const QList<remote::RemoteUser> &users)
{
    m_options.users = users;
    m_access.setUsers(users);
    expireSessions();
}

int RemoteServer::connectionCount() const
{
    return m_listener ? m_listener->connectionCount() : 0;
}

void RemoteServer::acceptWebSocket(QWebSocket *socket)
{
    socket->setParent(this);
    auto client = std::make_shared<Client>();
    client->socket = socket;
    client->address = socket->peerAddress();
    client->addressText = addressText(client->address);
    m_clients.insert(socket, client);
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (const auto found = m_clients.value(socket))
            handleText(found.get(), text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        if (const auto found = m_clients.value(socket))
            sendError(found.get(), ErrorCode::BadRequest, std::nullopt,
                      QStringLiteral("binary frames are not used"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_clients.remove(socket))
            emit clientCountChanged();
        socket->deleteLater();
    });
    send(client.get(), remote::protocol::helloMessage(m_options.serverVersion));
    emit clientCountChanged();
}

void RemoteServer::handleText(Client *client, const QString &text)
{
    const auto parsed = remote::protocol::parseRequest(text.toUtf8());
    if (!parsed.request) {
        sendError(client, parsed.error, parsed.seq, parsed.detail);
        return;
    }
    const Request &request = *parsed.request;
    switch (request.type) {
    case RequestType::Login:
        handleLogin(client, request);
        return;
    case RequestType::Resume: {
        bool expired = false;
        const auto session = m_access.session(request.token, &expired);
        if (!session) {
            sendError(client, expired ? ErrorCode::SessionExpired : ErrorCode::NoSession,
                      request.seq);
            return;
        }
        startSession(client, *session, request.seq);
        return;
    }
    case RequestType::Logout:
        if (client->session)
            m_access.closeSession(client->session->token);
        client->session.reset();
        send(client, {{QLatin1String("type"), QLatin1String("loggedOut")}});
        return;
    case RequestType::Ping: {
        QJsonObject pong {{QLatin1String("type"), QLatin1String("pong")}};
        if (request.seq)
            pong.insert(QLatin1String("seq"), *request.seq);
        send(client, pong);
        return;
    }
    case RequestType::Preview:
    case RequestType::Turn:
    case RequestType::Preset:
    case RequestType::Park:
    case RequestType::Stop:
    case RequestType::StopAll:
        handleCommand(client, request);
        return;
    }
}

void RemoteServer::handleLogin(Client *client, const Request &request)
{
    if (client->loginPending || m_pendingLogins >= m_options.maxPendingLogins) {
        sendError(client, ErrorCode::Busy, request.seq);
        return;
    }
    if (const auto lockedMs = m_access.lockedOutForMs(client->address)) {
        QJsonObject error = remote::protocol::errorMessage(ErrorCode::RateLimited, request.seq);
        error.insert(QLatin1String("retryAfterMs"), *lockedMs);
        send(client, error);
        qCInfo(lcRemote).noquote()
            << "login of" << request.user << "from" << client->addressText << "refused: rate limit";
        return;
    }
    const auto user = m_access.user(request.user);
    const QString hash = user ? user->passwordHash : QString();
    const QString password = request.password;
    ++m_pendingLogins;
    client->loginPending = true;
    // weak: the page may go away while its password is checked.
    std::weak_ptr<Client> weakClient = m_clients.value(client->socket);
    m_kdfPool->start([this, weakClient, request, user, hash, password] {
        // An unknown user costs the same time as a known one: no hint which names exist.
        const bool ok = user ? remote::verifyPassword(password, hash)
                             : (static_cast<void>(remote::hashPassword(password)), false);
        QMetaObject::invokeMethod(
            this,
            [this, weakClient, request, user, ok] {
                --m_pendingLogins;
                const auto waiting = weakClient.lock();
                if (!waiting || !waiting->socket)
                    return;
                finishLogin(waiting.get(), request, user, ok);
            },
            Qt::QueuedConnection);
    });
}

void RemoteServer::finishLogin(Client *client, const Request &request,
                               const std::optional<remote::RemoteUser> &user, bool passwordOk)
{
    client->loginPending = false;
    if (!user || !passwordOk) {
        m_access.noteFailedLogin(client->address);
        qCInfo(lcRemote).noquote()
            << "login of" << request.user << "from" << client->addressText << "failed";
        sendError(client, ErrorCode::WrongLogin, request.seq);
        return;
    }
    m_access.noteSuccessfulLogin(client->address);
    qCInfo(lcRemote).noquote() << "login of" << user->name << "from" << client->addressText << "as"
                               << remote::roleName(user->role);
    startSession(client, m_access.openSession(*user), request.seq);
}

void RemoteServer::startSession(Client *client, const remote::RemoteSession &session,
                                std::optional<qint64> seq)
{
    client->session = session;
    QJsonObject reply {
        {QLatin1String("type"), QLatin1String("session")},
        {QLatin1String("token"), session.token},
        {QLatin1String("user"), session.user},
        {QLatin1String("role"), remote::roleName(session.role)},
        {QLatin1String("expiresInMs"), session.expiresAtMs - m_clock.nowMs()},
    };
    if (seq)
        reply.insert(QLatin1String("seq"), *seq);
    send(client, reply);
    if (client->socket)
        client->socket->sendTextMessage(QString::fromUtf8(snapshotMessage()));
}

bool RemoteServer::checkSession(Client *client, std::optional<qint64> seq)
{
    if (!client->session) {
        sendError(client, ErrorCode::NoSession, seq);
        return false;
    }
    bool expired = client->session->expiresAtMs <= m_clock.nowMs();
    if (!expired && m_access.session(client->session->token, &expired))
        return true;
    client->session.reset();
    sendError(client, expired ? ErrorCode::SessionExpired : ErrorCode::NoSession, seq);
    return false;
}

void RemoteServer::handleCommand(Client *client, const Request &request)
{
    if (!checkSession(client, request.seq))
        return;
    Rotator *rotator = nullptr;
    if (request.type != RequestType::StopAll) {
        rotator = findRotator(request.rotator);
        if (!rotator) {
            sendError(client, ErrorCode::UnknownRotator, request.seq, request.rotator.left(64));
            return;
        }
    }
    if (request.type == RequestType::Preview) {
        CommandResult whyNot;
        const auto plan = rotator->planTurnToBearing(*request.bearingDeg, &whyNot);
        QJsonObject reply {
            {QLatin1String("type"), QLatin1String("preview")},
            {QLatin1String("rotator"), request.rotator},
            {QLatin1String("bearingDeg"), *request.bearingDeg},
            {QLatin1String("possible"), plan.has_value()},
        };
        if (plan)
            reply.insert(QLatin1String("plan"), remote::protocol::planJson(*plan));
        else
            reply.insert(QLatin1String("code"), remote::protocol::commandResultName(whyNot.code));
        if (request.seq)
            reply.insert(QLatin1String("seq"), *request.seq);
        send(client, reply);
        return;
    }
    // Stop from any client always wins: every logged-in page may stop, only control may move.
    const bool isStop = request.type == RequestType::Stop || request.type == RequestType::StopAll;
    if (client->session->role != remote::Role::Control && !isStop) {
        sendError(client, ErrorCode::Forbidden, request.seq);
        record(client, request.type, request.rotator, request.bearingDeg,
               remote::protocol::errorCodeName(ErrorCode::Forbidden));
        return;
    }
    const CommandOrigin origin = client->origin();
    switch (request.type) {
    case RequestType::Stop: {
        const CommandResult result = rotator->stop(origin);
        sendResult(client, request, request.rotator, result, std::nullopt);
        return;
    }
    case RequestType::StopAll: {
        // Every rotator, even when one refuses (broker down): each gets its own try.
        CommandResult overall {CommandResult::Code::Sent, {}};
        for (const auto &each : std::as_const(m_rotators)) {
            if (!each)
                continue;
            const CommandResult result = each->stop(origin);
            if (!result.accepted())
                overall = result;
        }
        sendResult(client, request, {}, overall, std::nullopt);
        return;
    }
    case RequestType::Turn:
        turn(client, request, rotator, *request.bearingDeg);
        return;
    case RequestType::Park: {
        const auto parkDeg = rotator->settings().parkBearingDeg;
        if (!parkDeg) {
            sendError(client, ErrorCode::NoParkBearing, request.seq);
            return;
        }
        turn(client, request, rotator, *parkDeg);
        return;
    }
    case RequestType::Preset: {
        const auto &presets = rotator->settings().presets;
        if (request.presetIndex < 0 || request.presetIndex >= presets.size()) {
            sendError(client, ErrorCode::UnknownPreset, request.seq);
            return;
        }
        turn(client, request, rotator, presets.at(request.presetIndex).bearingDeg);
        return;
    }
    case RequestType::Login:
    case RequestType::Resume:
    case RequestType::Logout:
    case RequestType::Ping:
    case RequestType::Preview:
        return;
    }
}

void RemoteServer::turn(Client *client, const Request &request, Rotator *rotator, double bearingDeg)
{
    // The same preview and long-unwind rule as the app: the page shows the plan and asks.
    CommandResult whyNot;
    const auto plan = rotator->planTurnToBearing(bearingDeg, &whyNot);
    if (plan && plan->longUnwind && !request.confirm) {
        QJsonObject error = remote::protocol::errorMessage(ErrorCode::ConfirmRequired, request.seq);
        error.insert(QLatin1String("rotator"), request.rotator);
        error.insert(QLatin1String("bearingDeg"), bearingDeg);
        error.insert(QLatin1String("plan"), remote::protocol::planJson(*plan));
        send(client, error);
        return;
    }
    const CommandResult result = rotator->turnToBearing(bearingDeg, client->origin());
    sendResult(client, request, request.rotator, result, bearingDeg);
}

void RemoteServer::sendResult(Client *client, const Request &request, const QString &rotatorId,
                              const CommandResult &result, std::optional<double> bearingDeg)
{
    const QLatin1String code = remote::protocol::commandResultName(result.code);
    QJsonObject reply {
        {QLatin1String("type"), QLatin1String("result")},
        {QLatin1String("action"), remote::protocol::requestTypeName(request.type)},
        {QLatin1String("accepted"), result.accepted()},
        {QLatin1String("code"), code},
    };
    if (!rotatorId.isEmpty())
        reply.insert(QLatin1String("rotator"), rotatorId);
    if (request.seq)
        reply.insert(QLatin1String("seq"), *request.seq);
    send(client, reply);
    record(client, request.type, rotatorId, bearingDeg, code);
    if (!result.accepted())
        return;
    // Every page (the sender's too) hears of it at once, before the device answers.
    QJsonObject event {
        {QLatin1String("type"), QLatin1String("event")},
        {QLatin1String("action"), remote::protocol::requestTypeName(request.type)},
        {QLatin1String("by"), client->origin().detail},
        {QLatin1String("code"), code},
    };
    if (!rotatorId.isEmpty())
        event.insert(QLatin1String("rotator"), rotatorId);
    if (bearingDeg)
        event.insert(QLatin1String("bearingDeg"), *bearingDeg);
    broadcast(remote::protocol::toMessage(event));
}

void RemoteServer::record(Client *client, RequestType type, const QString &rotator,
                          std::optional<double> bearingDeg, const QString &result)
{
    RemoteCommandRecord entry;
    entry.utc = m_clock.nowUtc();
    entry.user = client->session ? client->session->user : QString();
    entry.address = client->addressText;
    entry.type = type;
    entry.rotator = rotator;
    entry.bearingDeg = bearingDeg;
    entry.result = result;
    qCInfo(lcRemote).noquote() << "web" << entry.user + QLatin1Char('@') + entry.address
                               << remote::protocol::requestTypeName(type)
                               << (rotator.isEmpty() ? QStringLiteral("all") : rotator)
                               << (bearingDeg ? QString::number(*bearingDeg) : QString()) << "->"
                               << result;
    emit commandHandled(entry);
}

void RemoteServer::send(Client *client, const QJsonObject &message)
{
    if (client->socket)
        client->socket->sendTextMessage(QString::fromUtf8(remote::protocol::toMessage(message)));
}

void RemoteServer::sendError(Client *client, ErrorCode code, std::optional<qint64> seq,
                             const QString &detail)
{
    send(client, remote::protocol::errorMessage(code, seq, detail));
}

void RemoteServer::broadcast(const QByteArray &message)
{
    const QString text = QString::fromUtf8(message);
    QList<QWebSocket *> tooSlow;
    for (const auto &client : std::as_const(m_clients)) {
        if (!client->session || !client->socket)
            continue;
        if (client->socket->bytesToWrite() > maxUnsentBytes) {
            tooSlow.append(client->socket);
            continue;
        }
        client->socket->sendTextMessage(text);
    }
    for (QWebSocket *socket : tooSlow) {
        qCInfo(lcRemote) << "page at" << socket->peerAddress().toString()
                         << "dropped: it does not keep up";
        socket->abort();
    }
}

void RemoteServer::markDirty(Rotator *rotator)
{
    m_dirty.insert(rotator);
    m_pacer->request();
}

void RemoteServer::flush()
{
    if (m_dirty.isEmpty())
        return;
    QJsonArray rotators;
    // In the fleet's order, so that pages see a stable list.
    for (const auto &rotator : std::as_const(m_rotators)) {
        if (rotator && m_dirty.contains(rotator.data()))
            rotators.append(rotatorJson(rotator));
    }
    m_dirty.clear();
    if (rotators.isEmpty())
        return;
    broadcast(remote::protocol::toMessage(QJsonObject {
        {QLatin1String("type"), QLatin1String("update")}, {QLatin1String("rotators"), rotators}}));
}

void RemoteServer::expireSessions()
{
    const qint64 nowMs = m_clock.nowMs();
    for (const auto &client : std::as_const(m_clients)) {
        if (!client->session)
            continue;
        bool expired = client->session->expiresAtMs <= nowMs;
        if (!expired && m_access.session(client->session->token, &expired))
            continue;
        client->session.reset();
        sendError(client.get(), expired ? ErrorCode::SessionExpired : ErrorCode::NoSession,
                  std::nullopt);
    }
}

Rotator *RemoteServer::findRotator(const QString &id) const
{
    for (const auto &rotator : m_rotators) {
        if (rotator && rotator->address().toString() == id)
            return rotator;
    }
    return nullptr;
}

QJsonObject RemoteServer::rotatorJson(const Rotator *rotator) const
{
    remote::protocol::RotatorView view;
    view.id = rotator->address().toString();
    view.settings = &rotator->settings();
    view.state = &rotator->state();
    view.pendingRawTargetDeg = rotator->pendingRawTargetDeg();
    return remote::protocol::rotatorJson(view);
}

QByteArray RemoteServer::snapshotMessage() const
{
    QJsonArray rotators;
    for (const auto &rotator : m_rotators) {
        if (rotator)
            rotators.append(rotatorJson(rotator));
    }
    return remote::protocol::toMessage(
        QJsonObject {{QLatin1String("type"), QLatin1String("snapshot")},
                     {QLatin1String("protocol"), remote::protocol::version},
                     {QLatin1String("rotators"), rotators}});
}
