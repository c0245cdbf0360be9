// SPDX-License-Identifier: GPL-3.0-or-later
#include "n1mmrotorlistener.h"

#include "bridgelogging.h"
#include "bridgetarget.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <algorithm>
#include <cmath>

N1mmRotorListener::N1mmRotorListener(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
    , m_statusSocket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &N1mmRotorListener::onReadyRead);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &N1mmRotorListener::sendStatusNow);
}

N1mmRotorListener::~N1mmRotorListener() = default;

QString N1mmRotorListener::key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

void N1mmRotorListener::addTarget(BridgeTarget *target, const QStringList &names)
{
    if (!target)
        return;
    Entry entry;
    entry.target = target;
    entry.names = names;
    m_entries.append(entry);
    connect(target, &BridgeTarget::stateChanged, this, [this, target] {
        for (Entry &e : m_entries) {
            if (e.target != target || !isListening())
                continue;
            const auto bearing = BridgeTarget::azimuthBearingDeg(target->state());
            if (bearing && bearing != e.lastSentBearingDeg)
                sendStatus(e);
        }
    });
}

void N1mmRotorListener::removeTarget(const BridgeTarget *target)
{
    if (!target)
        return;
    m_entries.removeIf([target](const Entry &e) { return e.target == target; });
    if (m_defaultTarget == target)
        m_defaultTarget = nullptr;
    disconnect(target, nullptr, this, nullptr);
}

bool N1mmRotorListener::hasTarget(const BridgeTarget *target) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [target](const Entry &e) { return target && e.target == target; });
}

void N1mmRotorListener::setNames(const BridgeTarget *target, const QStringList &names)
{
    for (Entry &e : m_entries) {
        if (e.target == target)
            e.names = names;
    }
}

void N1mmRotorListener::setBands(const BridgeTarget *target, const QStringList &bands)
{
    for (Entry &e : m_entries) {
        if (e.target == target)
            e.bands = bands;
    }
}

BridgeTarget *N1mmRotorListener::targetForBand(const QString &band) const
{
    if (band.isEmpty())
        return nullptr;
    QList<BridgeTarget *> serving;
    for (const Entry &e : m_entries) {
        if (e.target && e.bands.contains(band, Qt::CaseInsensitive))
            serving.append(e.target);
    }
    if (serving.size() > 1 && m_defaultTarget && serving.contains(m_defaultTarget.data()))
        return m_defaultTarget;
    return serving.isEmpty() ? nullptr : serving.first();
}

QStringList N1mmRotorListener::namesOf(const Entry &entry) const
{
    if (!entry.target)
        return {};
    if (!entry.names.isEmpty())
        return entry.names;
    const QString label = entry.target->label();
    const QString address = entry.target->address().toString();
    bool labelShared = false;
    for (const Entry &other : m_entries) {
        if (&other == &entry || !other.target)
            continue;
        const QStringList otherNames = other.names.isEmpty()
            ? QStringList {other.target->label(), other.target->address().toString()}
            : other.names;
        for (const QString &n : otherNames)
            labelShared = labelShared || key(n) == key(label);
    }
    if (labelShared || key(label) == key(address))
        return {address};
    return {label, address};
}

BridgeTarget *N1mmRotorListener::targetForName(const QString &name) const
{
    const QString wanted = key(name);
    if (wanted.isEmpty())
        return nullptr;
    BridgeTarget *found = nullptr;
    for (const Entry &e : m_entries) {
        for (const QString &n : namesOf(e)) {
            if (key(n) != wanted)
                continue;
            if (found && found != e.target)
                return nullptr; // ambiguous: drive neither
            found = e.target;
        }
    }
    return found;
}

QString N1mmRotorListener::statusName(const BridgeTarget *target) const
{
    for (const Entry &e : m_entries) {
        if (e.target == target)
            return namesOf(e).value(0);
    }
    return target ? target->label() : QString();
}

bool N1mmRotorListener::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port,
                        QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        m_errorString = m_socket->errorString();
        m_socketError = m_socket->error();
        qCWarning(lcBridge) << "N1MM: cannot listen on" << address.toString() << port << ':'
                            << m_errorString;
        return false;
    }
    // Status datagrams leave from the same address, not from an automatic bind to all interfaces.
    m_statusSocket->close();
    if (!m_statusSocket->bind(address, 0)) {
        m_errorString = m_statusSocket->errorString();
        m_socketError = m_statusSocket->error();
        m_socket->close();
        qCWarning(lcBridge) << "N1MM: cannot bind the status socket to" << address.toString() << ':'
                            << m_errorString;
        return false;
    }
    m_errorString.clear();
    m_statusTimer.start();
    qCInfo(lcBridge) << "N1MM rotor listening on" << address.toString() << m_socket->localPort()
                     << "status to" << m_statusAddress.toString() << m_statusPort;
    return true;
}

void N1mmRotorListener::close()
{
    m_statusTimer.stop();
    m_socket->close();
    m_statusSocket->close();
}

QHostAddress N1mmRotorListener::localAddress() const
{
    return m_socket->localAddress();
}

QHostAddress N1mmRotorListener::statusSourceAddress() const
{
    return m_statusSocket->localAddress();
}

bool N1mmRotorListener::isListening() const
{
    return m_socket->state() == QAbstractSocket::BoundState;
}

quint16 N1mmRotorListener::localPort() const
{
    return m_socket->localPort();
}

QString N1mmRotorListener::errorString() const
{
    return m_errorString;
}

void N1mmRotorListener::setStatusDestination(const QHostAddress &address, quint16 port)
{
    m_statusAddress = address;
    m_statusPort = port;
}

void N1mmRotorListener::setStatusIntervalMs(int intervalMs)
{
    m_statusTimer.setInterval(std::max(100, intervalMs));
}

void N1mmRotorListener::sendStatusNow()
{
    for (Entry &e : m_entries)
        sendStatus(e);
}

void N1mmRotorListener::sendStatus(Entry &entry)
{
    if (!entry.target)
        return;
    const auto bearing = BridgeTarget::azimuthBearingDeg(entry.target->state());
    if (!bearing)
        return;
    if (m_statusSocket->state() != QAbstractSocket::BoundState)
        return; // not listening: never let writeDatagram bind to all interfaces
    const QByteArray datagram = N1mmParser::formatStatus(statusName(entry.target), *bearing);
    m_statusSocket->writeDatagram(datagram, m_statusAddress, m_statusPort);
    entry.lastSentBearingDeg = bearing;
    emit statusSent(datagram);
}

void N1mmRotorListener::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        handleDatagram(datagram.data(), datagram.senderAddress());
    }
}

void N1mmRotorListener::handleDatagram(const QByteArray &datagram, const QHostAddress &sender)
{
    const auto command = N1mmParser::parse(datagram);
    if (!command) {
        qCWarning(lcBridge) << "N1MM: malformed datagram dropped:" << datagram.left(200);
        emit datagramRejected(datagram, QStringLiteral("malformed"));
        return;
    }
    if (!sender.isNull())
        emit senderSeen(sender);
    const CommandOrigin origin {CommandOrigin::Kind::N1mm, sender.toString()};
    BridgeTarget *target = nullptr;
    if (!command->rotorName.isEmpty())
        target = targetForName(command->rotorName);
    // Band-follow: a datagram that names no single rotator goes to the one serving its band.
    if (!target && m_bandFollow && command->freqBandMHz)
        target = targetForBand(N1mmParser::bandName(*command->freqBandMHz));
    if (!target && command->rotorName.isEmpty()) {
        // Older N1MM versions name no rotor: the default one, or the only one.
        target = m_defaultTarget;
        if (!target && m_entries.size() == 1)
            target = m_entries.first().target;
        if (!target) {
            qCWarning(lcBridge) << "N1MM: datagram without a rotor name and no default rotator";
            emit datagramRejected(datagram, QStringLiteral("no rotor name"));
            return;
        }
    }
    if (!target) {
        qCWarning(lcBridge) << "N1MM: no single rotator answers to" << command->rotorName;
        emit datagramRejected(datagram, QStringLiteral("unknown rotor ") + command->rotorName);
        return;
    }

    CommandResult result;
    if (command->kind == N1mmCommand::Kind::Stop) {
        result = target->stop(origin);
    } else if (target->state().elevationMode) {
        result = {CommandResult::Code::InvalidValue,
                  QStringLiteral("elevation-only unit: N1MM azimuth ignored")};
    } else {
        double bearing = command->rotorBearingDeg();
        if (command->bidirectional) {
            double reciprocal = std::fmod(bearing + 180.0, 360.0);
            if (reciprocal >= 359.5)
                reciprocal = 0.0;
            const auto there = target->planTurnToBearing(bearing);
            const auto back = target->planTurnToBearing(reciprocal);
            if ((!there && back) || (there && back && back->travelDeg < there->travelDeg))
                bearing = reciprocal;
        }
        result = target->turnToBearing(bearing, origin);
    }
    if (!result.accepted())
        qCInfo(lcBridge) << "N1MM:" << command->rotorName << "refused:" << result.detail;
    emit commandHandled(*command, result);
}
