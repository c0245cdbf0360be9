// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotctldserver.h"

#include "bridgelogging.h"
#include "bridgetarget.h"
#include "rotctldmapping.h"

#include <QTcpServer>
#include <QTcpSocket>

RotctldServer::RotctldServer(BridgeTarget *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RotctldServer::onNewConnection);
}

RotctldServer::~RotctldServer()
{
    close();
}

bool RotctldServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        qCWarning(lcBridge) << "rotctld: cannot listen on" << address.toString() << port << ':'
                            << m_errorString;
        return false;
    }
    m_errorString.clear();
    qCInfo(lcBridge) << "rotctld for" << (m_target ? m_target->address().toString() : QString())
                     << "listening on" << m_server->serverAddress().toString()
                     << m_server->serverPort();
    return true;
}

void RotctldServer::close()
{
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

void RotctldServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_clients.insert(socket, Client {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { onDisconnected(socket); });
        qCDebug(lcBridge) << "rotctld client connected from" << socket->peerAddress().toString()
                          << socket->peerPort();
        emit clientCountChanged(clientCount());
    }
}

void RotctldServer::onDisconnected(QTcpSocket *socket)
{
    if (m_clients.remove(socket) > 0)
        emit clientCountChanged(clientCount());
    socket->deleteLater();
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
        const QByteArray line = client.buffer.left(end);
        client.buffer.remove(0, end + 1);
        if (client.discarding) {
            // The tail of an over-long line: already answered.
            client.discarding = false;
            continue;
        }
        if (line.size() > RotctldParser::maxLineBytes) {
            qCWarning(lcBridge) << "rotctld: line longer than" << RotctldParser::maxLineBytes
                                << "bytes dropped";
            socket->write("RPRT " + QByteArray::number(RotctldParser::InvalidParameter) + '\n');
            continue;
        }
        bool quit = false;
        const QByteArray reply = replyTo(line, &quit);
        if (!reply.isEmpty())
            socket->write(reply); // one write per reply
        if (quit) {
            client.closing = true;
            client.buffer.clear();
            socket->disconnectFromHost();
        }
    }
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
        return RotctldParser::Rejected;
    }
    return RotctldParser::Rejected;
}

QByteArray RotctldServer::replyTo(QByteArrayView line, bool *quit)
{
    if (quit)
        *quit = false;
    const std::optional<RotctldCommand> parsed = RotctldParser::parseLine(line);
    if (!parsed)
        return {};
    const RotctldCommand &command = *parsed;
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
        const RotatorState state = m_target->state();
        const auto target
            = RotctldMapping::targetFor(state, command.azimuthDeg, command.elevationDeg);
        if (!target) {
            qCInfo(lcBridge) << "rotctld: set_pos" << command.argsText << "outside the limits";
            code = RotctldParser::InvalidParameter;
        } else {
            const CommandResult result = target->kind == RotctldMapping::Target::Kind::Bearing
                ? m_target->turnToBearing(target->bearingDeg)
                : m_target->turnToRaw(target->rawDeg);
            logRefusal(result);
            code = codeFor(result);
        }
        finish();
        break;
    }
    case K::GetPos: {
        const auto position = RotctldMapping::positionFor(m_target->state());
        if (!position) {
            code = RotctldParser::NotAvailable;
            finish();
        } else {
            finish({{"Azimuth", RotctldParser::formatAngle(position->first)},
                    {"Elevation", RotctldParser::formatAngle(position->second)}});
        }
        break;
    }
    case K::Stop: {
        const CommandResult result = m_target->stop();
        logRefusal(result);
        code = codeFor(result);
        finish();
        break;
    }
    case K::Park: {
        const CommandResult result = m_target->park();
        logRefusal(result);
        code = codeFor(result);
        finish();
        break;
    }
    case K::Move: {
        // The firmware has no "run" command: move = turn towards the end stop in that
        // direction; `S` stops it. 8 = left (CCW), 16 = right (CW); 4 = down, 2 = up.
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
            const CommandResult result = m_target->turnToRaw(*raw);
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
        const auto limits = RotctldMapping::limitsFor(m_target->state());
        reply = RotctldParser::formatDumpState(command, limits.minAzDeg, limits.maxAzDeg,
                                               limits.minElDeg, limits.maxElDeg);
        break;
    }
    case K::DumpCaps:
        reply = RotctldParser::formatDumpCaps(command, dumpCaps());
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
        if (command.extended())
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
    const RotatorState state = m_target->state();
    const auto limits = RotctldMapping::limitsFor(state);
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
    caps += QByteArray("Rot type:\t\t") + (state.elevationMode ? "Elevation" : "Azimuth") + '\n';
    caps += "Port type:\t\tNetwork link (MQTT)\n";
    caps += "Start azimuth:\t\t" + QByteArray::number(state.startAzimuthDeg) + '\n';
    caps += "Max rotate degree:\t" + QByteArray::number(state.maxRotateDeg) + '\n';
    caps += "Min Azimuth:\t\t" + f(limits.minAzDeg) + '\n';
    caps += "Max Azimuth:\t\t" + f(limits.maxAzDeg) + '\n';
    caps += "Min Elevation:\t\t" + f(limits.minElDeg) + '\n';
    caps += "Max Elevation:\t\t" + f(limits.maxElDeg) + '\n';
    caps += "Can set Position:\tY\nCan get Position:\tY\nCan Stop:\t\tY\nCan Park:\t\tY\n";
    caps += "Can Reset:\t\tN\nCan Move:\t\tY\nCan get Info:\t\tY\n";
    return caps;
}
