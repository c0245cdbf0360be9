// SPDX-License-Identifier: GPL-3.0-or-later
#include "pstrotatorlistener.h"

#include "azelpairtarget.h"
#include "bridgelogging.h"
#include "bridgetarget.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <algorithm>
#include <cmath>

PstRotatorListener::PstRotatorListener(BridgeTarget *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &PstRotatorListener::onReadyRead);
}

PstRotatorListener::~PstRotatorListener() = default;

BridgeTarget *PstRotatorListener::target() const
{
    return m_target;
}

bool PstRotatorListener::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port,
                        QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        m_errorString = m_socket->errorString();
        m_socketError = m_socket->error();
        qCWarning(lcBridge) << "PstRotator: cannot listen on" << address.toString() << port << ':'
                            << m_errorString;
        return false;
    }
    m_errorString.clear();
    qCInfo(lcBridge) << "PstRotator listening on" << address.toString() << m_socket->localPort();
    return true;
}

void PstRotatorListener::close()
{
    m_socket->close();
}

bool PstRotatorListener::isListening() const
{
    return m_socket->state() == QAbstractSocket::BoundState;
}

quint16 PstRotatorListener::localPort() const
{
    return m_socket->localPort();
}

QString PstRotatorListener::errorString() const
{
    return m_errorString;
}

void PstRotatorListener::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        handleDatagram(datagram.data(), datagram.senderAddress(),
                       quint16(std::max(0, datagram.senderPort())));
    }
}

void PstRotatorListener::reply(const QByteArray &datagram, const QHostAddress &sender,
                               quint16 senderPort)
{
    QList<quint16> ports;
    if (m_replyPortMode != ReplyPortMode::SenderPortPlusOne)
        ports.append(quint16(m_socket->localPort() + 1));
    if (m_replyPortMode != ReplyPortMode::ListenPortPlusOne && senderPort != 0
        && !ports.contains(quint16(senderPort + 1)))
        ports.append(quint16(senderPort + 1));
    for (const quint16 port : ports) {
        m_socket->writeDatagram(datagram, sender, port);
        emit replySent(datagram, sender, port);
    }
}

void PstRotatorListener::handleDatagram(const QByteArray &datagram, const QHostAddress &sender,
                                        quint16 senderPort)
{
    const auto command = PstRotatorParser::parse(datagram);
    if (!command) {
        qCWarning(lcBridge) << "PstRotator: malformed datagram dropped:" << datagram.left(200);
        emit datagramRejected(datagram, QStringLiteral("malformed"));
        return;
    }
    if (!m_target) {
        emit datagramRejected(datagram, QStringLiteral("no rotator"));
        return;
    }
    if (!sender.isNull())
        emit senderSeen(sender);
    const CommandOrigin origin {CommandOrigin::Kind::PstRotator, sender.toString()};
    if (auto *pair = qobject_cast<AzElPairTarget *>(m_target.data())) {
        handlePairCommand(*command, pair, origin, sender, senderPort);
        return;
    }
    const RotatorState state = m_target->state();

    // Queries first: they report the state before this datagram's commands take effect.
    if (command->queryAzimuth) {
        const auto bearing = BridgeTarget::azimuthBearingDeg(state);
        if (bearing)
            reply(PstRotatorParser::formatReply("AZ", *bearing), sender, senderPort);
    }
    if (command->queryElevation) {
        const double el = state.elevationMode ? double(state.rawAzimuthDeg.value_or(0)) : 0.0;
        if (!state.elevationMode || state.rawAzimuthDeg)
            reply(PstRotatorParser::formatReply("EL", el), sender, senderPort);
    }
    if (command->queryTargetAzimuth && !state.elevationMode) {
        std::optional<int> bearing;
        if (state.rawTargetDeg)
            bearing = wrapBearingDeg(*state.rawTargetDeg + state.startAzimuthDeg);
        else
            bearing = BridgeTarget::azimuthBearingDeg(state);
        if (bearing)
            reply(PstRotatorParser::formatReply("TGA", *bearing), sender, senderPort);
    }
    if (command->queryTargetElevation) {
        const std::optional<int> raw = state.elevationMode
            ? (state.rawTargetDeg ? state.rawTargetDeg : state.rawAzimuthDeg)
            : std::optional<int>(0);
        if (raw)
            reply(PstRotatorParser::formatReply("TGE", *raw), sender, senderPort);
    }

    if (command->queryMode)
        reply(PstRotatorParser::formatReply("MODE", m_tracking ? 1.0 : 0.0), sender, senderPort);
    if (command->track) {
        m_tracking = *command->track;
        qCInfo(lcBridge) << "PstRotator: tracking" << (m_tracking ? "on" : "off");
    }

    const auto done = [&](const CommandResult &result) {
        if (!result.accepted())
            qCInfo(lcBridge) << "PstRotator: command refused:" << result.detail;
        emit commandHandled(*command, result);
    };

    // Stop wins over anything else in the same datagram.
    if (command->stop) {
        done(m_target->stop(origin));
        return;
    }
    if (command->park) {
        done(m_target->park(origin));
        return;
    }
    if (state.elevationMode) {
        if (command->elevationDeg) {
            const long raw = std::lround(*command->elevationDeg);
            done(raw < 0 || raw > state.maxRotateDeg
                     ? CommandResult {CommandResult::Code::OutOfRange,
                                      QStringLiteral("elevation out of range")}
                     : m_target->turnToRaw(int(raw), origin));
        } else if (command->azimuthDeg || !command->qraLocator.isEmpty()) {
            done({CommandResult::Code::InvalidValue,
                  QStringLiteral("elevation-only unit: azimuth ignored")});
        }
        return;
    }
    if (command->elevationDeg && !command->azimuthDeg && command->qraLocator.isEmpty()) {
        done({CommandResult::Code::InvalidValue,
              QStringLiteral("azimuth unit: ELEVATION ignored (no az/el pair configured)")});
        return;
    }
    if (command->azimuthDeg) {
        double bearing = std::fmod(*command->azimuthDeg, 360.0);
        if (bearing < 0.0)
            bearing += 360.0;
        if (bearing >= 359.5)
            bearing = 0.0;
        done(m_target->turnToBearing(bearing, origin));
        return;
    }
    if (!command->qraLocator.isEmpty()) {
        std::optional<double> bearing;
        if (m_locatorBearing && !m_stationLocator.isEmpty())
            bearing = m_locatorBearing(m_stationLocator, command->qraLocator);
        if (!bearing) {
            done({CommandResult::Code::InvalidValue,
                  m_stationLocator.isEmpty()
                      ? QStringLiteral("QRA needs the station locator (--locator)")
                      : QStringLiteral("no bearing to ") + command->qraLocator});
            return;
        }
        double b = std::fmod(*bearing, 360.0);
        if (b < 0.0)
            b += 360.0;
        if (b >= 359.5)
            b = 0.0;
        done(m_target->turnToBearing(b, origin));
    }
}

void PstRotatorListener::handlePairCommand(const PstRotatorCommand &command, AzElPairTarget *pair,
                                           const CommandOrigin &origin, const QHostAddress &sender,
                                           quint16 senderPort)
{
    // Where the antenna points (a flipped pose folded back), now and at the end of the move.
    const auto now = pair->pointing();
    const RotatorState az = pair->state();
    const RotatorState el = pair->elevationState();
    std::optional<AzElPairTarget::Pointing> target;
    if (az.rawAzimuthDeg && el.rawAzimuthDeg) {
        const int bearing
            = wrapBearingDeg(az.rawTargetDeg.value_or(*az.rawAzimuthDeg) + az.startAzimuthDeg);
        const int rawEl = el.rawTargetDeg.value_or(*el.rawAzimuthDeg);
        target = rawEl > 90 ? AzElPairTarget::Pointing {wrapBearingDeg(bearing + 180), 180 - rawEl}
                            : AzElPairTarget::Pointing {bearing, rawEl};
    }
    if (command.queryAzimuth && now)
        reply(PstRotatorParser::formatReply("AZ", now->azimuthDeg), sender, senderPort);
    if (command.queryElevation && now)
        reply(PstRotatorParser::formatReply("EL", now->elevationDeg), sender, senderPort);
    if (command.queryTargetAzimuth && target)
        reply(PstRotatorParser::formatReply("TGA", target->azimuthDeg), sender, senderPort);
    if (command.queryTargetElevation && target)
        reply(PstRotatorParser::formatReply("TGE", target->elevationDeg), sender, senderPort);
    if (command.queryMode)
        reply(PstRotatorParser::formatReply("MODE", m_tracking ? 1.0 : 0.0), sender, senderPort);
    if (command.track) {
        m_tracking = *command.track;
        qCInfo(lcBridge) << "PstRotator: tracking" << (m_tracking ? "on" : "off");
    }

    const auto done = [&](const CommandResult &result) {
        if (!result.accepted())
            qCInfo(lcBridge) << "PstRotator: command refused:" << result.detail;
        emit commandHandled(command, result);
    };
    if (command.stop) {
        done(pair->stop(origin));
        return;
    }
    if (command.park) {
        done(pair->park(origin));
        return;
    }
    std::optional<double> azimuth = command.azimuthDeg;
    if (!azimuth && !command.qraLocator.isEmpty()) {
        if (m_locatorBearing && !m_stationLocator.isEmpty())
            azimuth = m_locatorBearing(m_stationLocator, command.qraLocator);
        if (!azimuth) {
            done({CommandResult::Code::InvalidValue,
                  m_stationLocator.isEmpty()
                      ? QStringLiteral("QRA needs the station locator (--locator)")
                      : QStringLiteral("no bearing to ") + command.qraLocator});
            return;
        }
    }
    if (!azimuth && !command.elevationDeg)
        return;
    if (!now) {
        done({CommandResult::Code::PositionUnknown,
              QStringLiteral("the pair's position is not known yet")});
        return;
    }
    // A part left out keeps where the antenna points now.
    double bearing = std::fmod(azimuth.value_or(now->azimuthDeg), 360.0);
    if (bearing < 0.0)
        bearing += 360.0;
    if (bearing >= 359.5)
        bearing = 0.0;
    const double elevation = command.elevationDeg.value_or(now->elevationDeg);
    if (elevation > 90.0 && elevation <= pair->elevationMaxRawDeg()) // the program's own flip
        done(pair->turnToBearingWithRawElevation(bearing, int(std::lround(elevation)), origin));
    else
        done(pair->turnTo(bearing, elevation, origin));
}
