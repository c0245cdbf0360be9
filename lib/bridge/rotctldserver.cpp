// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotctldserver.h"

#include "azelpairtarget.h"
#include "bridgelogging.h"
#include "bridgetarget.h"
#include "rotctldmapping.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

RotctldServer::RotctldServer(BridgeTarget *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_server(new QTcpServer(this))
    , m_acceptRetry(new QTimer(this))
{
    m_acceptRetry->setSingleShot(true);
    m_acceptRetry->setInterval(acceptRetryMs);
    connect(m_acceptRetry, &QTimer::timeout, this, &RotctldServer::resumeAccepting);
}

RotctldServer::~RotctldServer()
{
    close();
}

bool RotctldServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        m_socketError = m_server->serverError();
        qCWarning(lcBridge) << "rotctld: cannot listen on" << address.toString() << port << ':'
                            << m_errorString;
        return false;
    }
    m_errorString.clear();
    // QTcpServer only binds and listens. Qt 6.4 takes EMFILE from accept() for a temporary
    // error and retries at once, forever (100 % CPU, nothing served): accept here instead.
    m_server->pauseAccepting();
    m_acceptNotifier
        = std::make_unique<QSocketNotifier>(m_server->socketDescriptor(), QSocketNotifier::Read);
    connect(m_acceptNotifier.get(), &QSocketNotifier::activated, this,
            &RotctldServer::acceptPending);
    qCInfo(lcBridge) << "rotctld for" << (m_target ? m_target->address().toString() : QString())
                     << "listening on" << m_server->serverAddress().toString()
                     << m_server->serverPort();
    return true;
}

void RotctldServer::close()
{
    m_acceptRetry->stop();
    m_acceptPaused = false;
    m_acceptNotifier.reset();
    m_server->close();
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool RotctldServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress RotctldServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 RotctldServer::serverPort() const
{
    return m_server->serverPort();
}

QString RotctldServer::errorString() const
{
    return m_errorString;
}

int RotctldServer::clientCount() const
{
    return int(m_clients.size());
}

qsizetype RotctldServer::bufferedBytes() const
{
    qsizetype total = 0;
    for (const Client &client : m_clients)
        total += client.buffer.size();
    return total;
}

BridgeTarget *RotctldServer::target() const
{
    return m_target;
}

void RotctldServer::setMaxClients(int count)
{
    m_maxClients = std::max(1, count);
}

void RotctldServer::acceptPending()
{
    const int listener = int(m_server->socketDescriptor());
    for (;;) {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            // EMFILE, ENFILE, ENOBUFS, ENOMEM, …: the connection stays in the backlog. Stop
            // watching the listener (it would wake us at once, again and again) and retry when a
            // client leaves or after acceptRetryMs.
            const int error = errno;
            m_acceptNotifier->setEnabled(false);
            m_acceptRetry->start();
            if (!m_acceptPaused) {
                m_acceptPaused = true;
                qCWarning(lcBridge).noquote()
                    << QStringLiteral("rotctld on port %1: cannot accept (%2); serving the %3 "
                                      "connected clients, retrying")
                           .arg(m_server->serverPort())
                           .arg(QString::fromLocal8Bit(std::strerror(error)))
                           .arg(clientCount());
                emit acceptPausedChanged(true);
            }
            return;
        }
        if (m_acceptPaused) {
            m_acceptPaused = false;
            m_acceptRetry->stop();
            qCInfo(lcBridge) << "rotctld on port" << m_server->serverPort() << "accepting again";
            emit acceptPausedChanged(false);
        }
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            ::close(fd);
            delete socket;
            continue;
        }
        addClient(socket);
    }
}

void RotctldServer::resumeAccepting()
{
    if (m_acceptNotifier && m_server->isListening()) {
        m_acceptNotifier->setEnabled(true);
        // Connections may already wait in the backlog: no new readiness edge is needed.
        acceptPending();
    }
}

void RotctldServer::addClient(QTcpSocket *socket)
{
    if (clientCount() >= m_maxClients) {
        if (!m_limitLogged) {
            qCWarning(lcBridge) << "rotctld on port" << m_server->serverPort() << ":"
                                << m_maxClients << "clients connected; closing further connections";
            m_limitLogged = true;
        }
        socket->abort();
        socket->deleteLater();
        emit connectionRefused();
        return;
    }
    m_clients.insert(socket, Client {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    qCDebug(lcBridge) << "rotctld client connected from" << socket->peerAddress().toString()
                      << socket->peerPort();
    emit clientCountChanged(clientCount());
}

void RotctldServer::onDisconnected(QTcpSocket *socket)
{
    if (m_clients.remove(socket) > 0)
        emit clientCountChanged(clientCount());
    if (clientCount() < m_maxClients)
        m_limitLogged = false;
    socket->deleteLater();
    // The disconnected socket has closed its descriptor: try the backlog again.
    if (m_acceptPaused)
        QTimer::singleShot(0, this, &RotctldServer::resumeAccepting);
}

void RotctldServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    if (client.closing) {
        socket->readAll();
        return;
    }
    client.buffer += socket->readAll();

    while (!client.closing) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < client.buffer.size(); ++i) {
            const char c = client.buffer.at(i);
            if (c == '\n' || c == '\r') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (client.buffer.size() > RotctldParser::maxLineBytes) {
                if (!client.discarding) {
                    qCWarning(lcBridge) << "rotctld: line longer than"
                                        << RotctldParser::maxLineBytes << "bytes dropped";
                    socket->write("RPRT " + QByteArray::number(RotctldParser::InvalidParameter)
                                  + '\n');
                }
                client.discarding = true;
                client.buffer.clear();
            }
            break;
        }
        QByteArray line = client.buffer.left(end);
        client.buffer.remove(0, end + 1);
        if (client.discarding) {
            // The tail of an over-long line: already answered.
            client.discarding = false;
            continue;
        }
        if (!client.pending.isEmpty()) {
            line = client.pending + ' ' + line;
            client.pending.clear();
        }
        if (line.size() > RotctldParser::maxLineBytes) {
            qCWarning(lcBridge) << "rotctld: line longer than" << RotctldParser::maxLineBytes
                                << "bytes dropped";
            socket->write("RPRT " + QByteArray::number(RotctldParser::InvalidParameter) + '\n');
            continue;
        }
        // One line may hold several commands (`pp`, `P 1 2 p`), the last one may wait for its
        // arguments on the following lines, as rotctld reads them word by word.
        while (!client.closing) {
            const auto parsed = RotctldParser::parseLine(line);
            if (!parsed)
                break;
            if (parsed->missingArguments > 0) {
                client.pending = line;
                break;
            }
            bool quit = false;
            m_origin = {CommandOrigin::Kind::Rotctld, peerText(socket)};
            const QByteArray reply = answer(*parsed, &quit);
            m_origin = {CommandOrigin::Kind::Rotctld, {}};
            if (!reply.isEmpty())
                socket->write(reply); // one write per reply
            if (quit) {
                client.closing = true;
                client.buffer.clear();
                socket->disconnectFromHost();
            }
            if (parsed->remainder.isEmpty())
                break;
            line = parsed->remainder;
        }
    }
}

int RotctldServer::positionCode() const
{
    const auto codeOf = [](const RotatorState &state) {
        switch (state.link) {
        case LinkState::BrokerDown:
            return int(RotctldParser::IoError);
        case LinkState::Stale:
            return int(RotctldParser::TimedOut);
        case LinkState::Unknown:
            return int(RotctldParser::NotAvailable);
        case LinkState::Live:
            break;
        }
        return int(state.rawAzimuthDeg ? RotctldParser::Ok : RotctldParser::NotAvailable);
    };
    const int code = codeOf(m_target->state());
    if (code != RotctldParser::Ok)
        return code;
    // A pair's position is current only when both units' are.
    if (const auto *pair = qobject_cast<const AzElPairTarget *>(m_target.data()))
        return codeOf(pair->elevationState());
    return code;
}

QByteArray RotctldServer::statusFlags() const
{
    // hamlib's rot_sprintf_status: each flag name followed by a space, in the order of the flag
    // bits; empty when idle.
    const RotatorState state = m_target->state();
    const auto *pair = qobject_cast<const AzElPairTarget *>(m_target.data());
    const std::optional<RotatorState> elevation
        = pair ? std::optional<RotatorState>(pair->elevationState()) : std::nullopt;
    const auto direction = [](const RotatorState &s) {
        if (!s.moving || !s.rawTargetDeg || !s.rawAzimuthDeg || *s.rawTargetDeg == *s.rawAzimuthDeg)
            return 0;
        return *s.rawTargetDeg > *s.rawAzimuthDeg ? 1 : -1;
    };
    const bool azimuthMoving = state.moving && !state.elevationMode;
    const bool elevationMoving
        = elevation ? elevation->moving : state.moving && state.elevationMode;
    const int azimuthDirection = azimuthMoving ? direction(state) : 0;
    const int elevationDirection = elevationMoving ? direction(elevation ? *elevation : state) : 0;
    QByteArray flags;
    if (azimuthMoving || elevationMoving)
        flags += "MOVING ";
    if (azimuthMoving)
        flags += "MOVING_AZ ";
    if (azimuthDirection < 0)
        flags += "MOVING_LEFT ";
    if (azimuthDirection > 0)
        flags += "MOVING_RIGHT ";
    if (elevationMoving)
        flags += "MOVING_EL ";
    if (elevationDirection > 0)
        flags += "MOVING_UP ";
    if (elevationDirection < 0)
        flags += "MOVING_DOWN ";
    if (!state.elevationMode && state.inOverlap())
        flags += "OVERLAP_RIGHT ";
    return flags;
}

int RotctldServer::codeFor(const CommandResult &result)
{
    switch (result.code) {
    case CommandResult::Code::Sent:
    case CommandResult::Code::Queued:
        return RotctldParser::Ok;
    case CommandResult::Code::BrokerDown:
        return RotctldParser::IoError;
    case CommandResult::Code::OutOfRange:
    case CommandResult::Code::DarkZone:
    case CommandResult::Code::InvalidValue:
        return RotctldParser::InvalidParameter;
    case CommandResult::Code::PositionUnknown:
    case CommandResult::Code::Superseded:
        return RotctldParser::Rejected;
    }
    return RotctldParser::Rejected;
}

QString RotctldServer::peerText(const QTcpSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:127.0.0.1 reads as 127.0.0.1
    const QString host = isV4 ? QHostAddress(v4).toString()
                              : QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return host + QLatin1Char(':') + QString::number(socket->peerPort());
}

QStringList RotctldServer::clientPeers() const
{
    QStringList peers;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        peers.append(peerText(it.key()));
    peers.sort();
    return peers;
}

QByteArray RotctldServer::replyTo(QByteArrayView line, bool *quit)
{
    if (quit)
        *quit = false;
    QByteArray replies;
    QByteArray text = line.toByteArray();
    while (const std::optional<RotctldCommand> parsed = RotctldParser::parseLine(text)) {
        bool stop = false;
        replies += answer(*parsed, &stop);
        if (stop) {
            if (quit)
                *quit = true;
            break;
        }
        if (parsed->remainder.isEmpty())
            break;
        text = parsed->remainder;
    }
    return replies;
}

QByteArray RotctldServer::answer(const RotctldCommand &command, bool *quit)
{
    if (quit)
        *quit = false;
    using K = RotctldCommand::Kind;

    int code = RotctldParser::Ok;
    QByteArray reply;
    const auto finish = [&](const QList<std::pair<QByteArray, QByteArray>> &values = {}) {
        reply = RotctldParser::formatReply(command, values, code);
    };
    const auto logRefusal = [&](const CommandResult &result) {
        if (!result.accepted())
            qCInfo(lcBridge) << "rotctld:" << command.longName << command.argsText
                             << "refused:" << result.detail;
    };

    if (!m_target && command.kind != K::Quit && command.kind != K::Unknown
        && command.kind != K::NotImplemented) {
        code = RotctldParser::NotAvailable;
        finish();
        emit commandHandled(command, code);
        return reply;
    }

    switch (command.kind) {
    case K::SetPos: {
        if (auto *pair = qobject_cast<AzElPairTarget *>(m_target.data())) {
            code = setPairPosition(pair, command);
            finish();
            break;
        }
        const RotatorState state = m_target->state();
        const auto target
            = RotctldMapping::targetFor(state, command.azimuthDeg, command.elevationDeg);
        if (!target) {
            qCInfo(lcBridge) << "rotctld: set_pos" << command.argsText << "outside the limits";
            code = RotctldParser::InvalidParameter;
        } else {
            const CommandResult result = target->kind == RotctldMapping::Target::Kind::Bearing
                ? m_target->turnToBearing(target->bearingDeg, m_origin)
                : m_target->turnToRaw(target->rawDeg, m_origin);
            logRefusal(result);
            code = codeFor(result);
        }
        finish();
        break;
    }
    case K::GetPos: {
        const auto *pair = qobject_cast<const AzElPairTarget *>(m_target.data());
        const auto position = pair ? RotctldMapping::pairPositionFor(
                                  pair->state(), pair->elevationState(), pair->clientPoseFrame())
                                   : RotctldMapping::positionFor(m_target->state());
        code = positionCode();
        if (code != RotctldParser::Ok) {
            finish();
        } else {
            finish({{"Azimuth", RotctldParser::formatAngle(position->first)},
                    {"Elevation", RotctldParser::formatAngle(position->second)}});
        }
        break;
    }
    case K::Stop: {
        const CommandResult result = m_target->stop(m_origin);
        logRefusal(result);
        code = codeFor(result);
        finish();
        break;
    }
    case K::Park: {
        const CommandResult result = m_target->park(m_origin);
        logRefusal(result);
        code = codeFor(result);
        finish();
        break;
    }
    case K::Move: {
        // The firmware has no "run" command: move = turn towards the end stop in that
        // direction; `S` stops it. 8 = left (CCW), 16 = right (CW); 4 = down, 2 = up.
        if (auto *pair = qobject_cast<AzElPairTarget *>(m_target.data())) {
            code = movePair(pair, command.direction);
            finish();
            break;
        }
        const RotatorState state = m_target->state();
        std::optional<int> raw;
        if (state.elevationMode) {
            if (command.direction == 4)
                raw = 0;
            else if (command.direction == 2)
                raw = state.maxRotateDeg;
        } else {
            if (command.direction == 8)
                raw = 0;
            else if (command.direction == 16)
                raw = state.maxRotateDeg;
        }
        if (!raw) {
            code = RotctldParser::InvalidParameter;
        } else {
            const CommandResult result = m_target->turnToRaw(*raw, m_origin);
            logRefusal(result);
            code = codeFor(result);
        }
        finish();
        break;
    }
    case K::GetInfo:
        finish({{"Info",
                 "RotorDeck IP-Rotator " + m_target->address().toString().toUtf8() + " ("
                     + m_target->label().toUtf8() + ')'}});
        break;
    case K::DumpState: {
        const auto limits = this->limits();
        reply = RotctldParser::formatDumpState(command, limits.minAzDeg, limits.maxAzDeg,
                                               limits.minElDeg, limits.maxElDeg);
        break;
    }
    case K::DumpCaps:
        reply = RotctldParser::formatDumpCaps(command, dumpCaps());
        break;
    case K::GetStatus:
        code = positionCode();
        finish({{"Status flags", statusFlags()}});
        break;
    case K::GetLevel:
    case K::GetFunc:
    case K::GetParm:
        // RotorDeck offers no levels, functions or parameters: `?` lists none, any name is an
        // invalid parameter, as rotctld answers for a backend without them.
        if (command.firstArg.startsWith('?')) {
            reply = command.extended()
                ? command.longName + ": " + command.argsText + command.separator + "\nRPRT 0\n"
                : QByteArray("\n");
        } else {
            code = RotctldParser::InvalidParameter;
            finish();
        }
        break;
    case K::Quit:
        if (quit)
            *quit = true;
        break;
    case K::NotImplemented:
    case K::Unknown:
        qCInfo(lcBridge) << "rotctld: unsupported command" << command.longName;
        code = RotctldParser::NotImplemented;
        reply = "RPRT " + QByteArray::number(code) + '\n';
        if (command.extended() && !command.longName.isEmpty()) // not for a lone `+`
            finish();
        break;
    case K::BadArguments:
        qCInfo(lcBridge) << "rotctld: bad arguments for" << command.longName << command.argsText;
        code = RotctldParser::InvalidParameter;
        finish();
        break;
    }
    emit commandHandled(command, code);
    return reply;
}

QByteArray RotctldServer::dumpCaps() const
{
    // The lines and order of hamlib 4.5's dumpcaps_rot(), with what RotorDeck really offers. The
    // rotator type agrees with `\dump_state` (rot_type=AzEl): elevation-only units report their
    // elevation there too.
    const auto limits = this->limits();
    const auto f = [](double v) {
        return QByteArray::number(v, 'f', 2);
    };
    QByteArray caps;
    caps += "Caps dump for model:\t1\n";
    caps += "Model name:\t\tRotorDeck IP-Rotator " + m_target->address().toString().toUtf8() + '\n';
    caps += "Mfg name:\t\tRotorDeck\n";
    caps += "Backend version:\t" ROTORDECK_VERSION "\n";
    caps += "Backend copyright:\tGPL-3.0-or-later\n";
    caps += "Backend status:\t\tStable\n";
    caps += "Rot type:\t\tAz-El\n";
    caps += "Port type:\t\tNetwork link\n";
    caps += "Write delay:\t\t0mS, timeout 0mS, 0 retries\n";
    caps += "Post Write delay:\t0mS\n";
    caps += "Status flags: MOVING MOVING_AZ MOVING_LEFT MOVING_RIGHT MOVING_EL MOVING_UP "
            "MOVING_DOWN OVERLAP_RIGHT \n";
    caps += "Get functions: \nSet functions: \nExtra functions:\n";
    caps += "Get level: \nSet level: \nExtra levels:\n";
    caps += "Get parameters: \nSet parameters: \nExtra parameters:\n";
    caps += "Min Azimuth:\t\t" + f(limits.minAzDeg) + '\n';
    caps += "Max Azimuth:\t\t" + f(limits.maxAzDeg) + '\n';
    caps += "Min Elevation:\t\t" + f(limits.minElDeg) + '\n';
    caps += "Max Elevation:\t\t" + f(limits.maxElDeg) + '\n';
    caps += "Has priv data:\t\tN\nHas Init:\t\tN\nHas Cleanup:\t\tN\nHas Open:\t\tY\n"
            "Has Close:\t\tY\nCan set Conf:\t\tN\nCan get Conf:\t\tN\n";
    caps += "Can set Position:\tY\nCan get Position:\tY\nCan Stop:\t\tY\nCan Park:\t\tY\n";
    caps += "Can Reset:\t\tN\nCan Move:\t\tY\nCan get Info:\t\tY\nCan get Status:\t\tY\n";
    caps += "Can set Func:\tN\nCan get Func:\tN\nCan set Level:\tN\nCan get Level:\tN\n"
            "Can set Param:\tN\nCan get Param:\tN\n";
    caps += "\nOverall backend warnings: 0\n";
    return caps;
}

RotctldMapping::Limits RotctldServer::limits() const
{
    if (const auto *pair = qobject_cast<const AzElPairTarget *>(m_target.data()))
        return RotctldMapping::pairLimitsFor(pair->state(), pair->elevationMaxRawDeg());
    return RotctldMapping::limitsFor(m_target->state());
}

int RotctldServer::setPairPosition(AzElPairTarget *pair, const RotctldCommand &command)
{
    const auto target = RotctldMapping::pairTargetFor(pair->state(), pair->elevationMaxRawDeg(),
                                                      command.azimuthDeg, command.elevationDeg);
    if (!target) {
        qCInfo(lcBridge) << "rotctld: set_pos" << command.argsText << "outside the limits";
        return RotctldParser::InvalidParameter;
    }
    using Kind = RotctldMapping::PairTarget::Kind;
    CommandResult result;
    switch (target->kind) {
    case Kind::Point:
        result = pair->turnTo(target->bearingDeg, target->elevationDeg, m_origin);
        break;
    case Kind::BearingRawElevation:
        result = pair->turnToBearingWithRawElevation(target->bearingDeg, target->rawElevationDeg,
                                                     m_origin);
        break;
    case Kind::RawPose:
        result = pair->turnToRawPose(target->rawAzimuthDeg, target->rawElevationDeg, m_origin);
        break;
    }
    if (!result.accepted())
        qCInfo(lcBridge) << "rotctld: set_pos" << command.argsText << "refused:" << result.detail;
    return codeFor(result);
}

int RotctldServer::movePair(AzElPairTarget *pair, int direction)
{
    // 8 left / 16 right: the azimuth unit towards that end stop. 2 up: the elevation unit
    // towards the zenith; 4 down: towards the horizon on the side it is on.
    BridgeTarget *unit = nullptr;
    std::optional<int> raw;
    const RotatorState elevation = pair->elevationState();
    if (direction == 8 || direction == 16) {
        unit = pair->azimuthUnit();
        raw = direction == 8 ? 0 : pair->state().maxRotateDeg;
    } else if ((direction == 2 || direction == 4) && elevation.rawAzimuthDeg) {
        unit = pair->elevationUnit();
        const bool flipped = *elevation.rawAzimuthDeg > 90;
        if (direction == 2)
            raw = std::min(90, pair->elevationMaxRawDeg());
        else
            raw = flipped ? pair->elevationMaxRawDeg() : 0;
    }
    if (!unit || !raw)
        return direction == 2 || direction == 4 ? RotctldParser::Rejected
                                                : RotctldParser::InvalidParameter;
    const CommandResult result = unit->turnToRaw(*raw, m_origin);
    if (!result.accepted())
        qCInfo(lcBridge) << "rotctld: move" << direction << "refused:" << result.detail;
    return codeFor(result);
}
