// SPDX-License-Identifier: GPL-3.0-or-later
#include "interophub.h"

#include "azelpairtarget.h"
#include "bridgelogging.h"
#include "n1mmrotorlistener.h"
#include "rotatorbridgetarget.h"
#include "rotctldserver.h"

#include <utility>

namespace {

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace

InteropHub::InteropHub(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

InteropHub::~InteropHub()
{
    stop();
}

void InteropHub::addStatus(EndpointStatus::Kind kind, const QString &rotator,
                           const QString &address, bool listening,
                           QAbstractSocket::SocketError error, const QString &errorText)
{
    EndpointStatus s;
    s.kind = kind;
    s.rotator = rotator;
    s.address = address;
    if (!listening) {
        s.state = error == QAbstractSocket::AddressInUseError ? EndpointStatus::State::PortInUse
                                                              : EndpointStatus::State::Failed;
        s.error = errorText;
    }
    m_status.append(s);
}

void InteropHub::noteSender(qsizetype index, const QHostAddress &sender)
{
    if (index >= m_status.size())
        return;
    const QString text = sender.toString();
    QStringList &clients = m_status[index].clients;
    if (clients.contains(text))
        return;
    clients.append(text);
    emit statusChanged();
}

void InteropHub::addRotator(Rotator *rotator)
{
    if (!rotator)
        return;
    auto *target = new RotatorBridgeTarget(rotator, this);
    const QString id = rotator->address().toString();
    target->setParkBearingDeg(m_options.parkBearingsDeg.contains(id)
                                  ? std::optional<int>(m_options.parkBearingsDeg.value(id))
                                  : m_options.parkBearingDeg);
    m_targets.append(target);
}

void InteropHub::addAzElPair(Rotator *azimuth, Rotator *elevation)
{
    if (!azimuth || !elevation)
        return;
    auto *pair = new AzElPairTarget(new RotatorBridgeTarget(azimuth, this),
                                    new RotatorBridgeTarget(elevation, this), this);
    pair->setParkBearingDeg(m_options.parkBearingDeg);
    m_pairs.append(pair);
}

QList<std::pair<QString, BridgeTarget *>> InteropHub::endpointTargets() const
{
    QList<std::pair<QString, BridgeTarget *>> targets;
    for (RotatorBridgeTarget *target : m_targets)
        targets.append({target->address().toString(), target});
    for (AzElPairTarget *pair : m_pairs) {
        targets.append({pair->azimuthUnit()->address().toString() + QLatin1Char(',')
                            + pair->elevationUnit()->address().toString(),
                        pair});
    }
    return targets;
}

bool InteropHub::start()
{
    stop();
    m_errors.clear();
    m_endpoints.clear();
    const QHostAddress &address = m_options.listenAddress;
    using Kind = EndpointStatus::Kind;

    if (m_options.rotctldFirstPort) {
        int nextPort = *m_options.rotctldFirstPort;
        for (const auto &[name, target] : endpointTargets()) {
            const int port = m_options.rotctldPorts.value(name, 0) > 0
                ? m_options.rotctldPorts.value(name)
                : std::exchange(nextPort, nextPort + 2);
            if (port > 65535) {
                m_errors.append(QStringLiteral("rotctld %1: no port left above 65535").arg(name));
                break;
            }
            auto *server = new RotctldServer(target, this);
            const bool listening = server->listen(address, quint16(port));
            addStatus(Kind::Rotctld, name, hostPort(address, quint16(port)), listening,
                      server->socketError(), server->errorString());
            if (!listening) {
                m_errors.append(
                    QStringLiteral("rotctld %1 %2: %3")
                        .arg(name, hostPort(address, quint16(port)), server->errorString()));
                delete server;
            } else {
                m_rotctld.append(server);
                m_endpoints.append(QStringLiteral("rotctld %1 %2")
                                       .arg(name, hostPort(address, server->serverPort())));
                const qsizetype index = m_status.size() - 1;
                connect(server, &RotctldServer::clientCountChanged, this, [this, server, index] {
                    if (index >= m_status.size())
                        return; // stopping
                    m_status[index].clients = server->clientPeers();
                    emit statusChanged();
                });
            }
        }
    }

    if (m_options.n1mm) {
        m_n1mm = new N1mmRotorListener(this);
        for (RotatorBridgeTarget *target : std::as_const(m_targets)) {
            const QString name = m_options.n1mmNames.value(target->address().toString());
            m_n1mm->addTarget(target, name.isEmpty() ? QStringList() : QStringList {name});
            m_n1mm->setBands(target, m_options.bands.value(target->address().toString()));
        }
        m_n1mm->setBandFollow(m_options.n1mmBandFollow);
        if (!m_targets.isEmpty())
            m_n1mm->setDefaultTarget(m_targets.first());
        QHostAddress status = m_options.n1mmStatusAddress;
        if (status.isNull())
            status = address.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                          : QHostAddress(QHostAddress::Broadcast);
        m_n1mm->setStatusDestination(status, m_options.n1mmStatusPort);
        const bool listening = m_n1mm->listen(address, m_options.n1mmPort);
        addStatus(Kind::N1mm, {}, hostPort(address, m_options.n1mmPort), listening,
                  m_n1mm->socketError(), m_n1mm->errorString());
        if (!listening) {
            m_errors.append(QStringLiteral("n1mm %1: %2")
                                .arg(hostPort(address, m_options.n1mmPort), m_n1mm->errorString()));
            delete m_n1mm;
            m_n1mm = nullptr;
        } else {
            m_endpoints.append(QStringLiteral("n1mm %1 status %2")
                                   .arg(hostPort(address, m_n1mm->localPort()),
                                        hostPort(status, m_options.n1mmStatusPort)));
            const qsizetype index = m_status.size() - 1;
            connect(m_n1mm, &N1mmRotorListener::senderSeen, this,
                    [this, index](const QHostAddress &sender) { noteSender(index, sender); });
        }
    }

    if (m_options.pstRotator) {
        const auto targets = endpointTargets();
        if (targets.isEmpty())
            m_errors.append(QStringLiteral("pstrotator: no rotator"));
        int nextPort = m_options.pstRotatorPort;
        for (const auto &[name, target] : targets) {
            const int port = m_options.pstRotatorPorts.value(name, 0) > 0
                ? m_options.pstRotatorPorts.value(name)
                : std::exchange(nextPort, nextPort + 2);
            if (port > 65534) { // its replies go to port + 1
                m_errors.append(QStringLiteral("pstrotator %1: no port left").arg(name));
                break;
            }
            auto *listener = new PstRotatorListener(target, this);
            listener->setStationLocator(m_options.stationLocator);
            listener->setLocatorBearingFunction(m_options.locatorBearing);
            const bool listening = listener->listen(address, quint16(port));
            addStatus(Kind::PstRotator, name, hostPort(address, quint16(port)), listening,
                      listener->socketError(), listener->errorString());
            if (!listening) {
                m_errors.append(
                    QStringLiteral("pstrotator %1 %2: %3")
                        .arg(name, hostPort(address, quint16(port)), listener->errorString()));
                delete listener;
            } else {
                m_pst.append(listener);
                m_endpoints.append(QStringLiteral("pstrotator %1 %2")
                                       .arg(name, hostPort(address, listener->localPort())));
                const qsizetype index = m_status.size() - 1;
                connect(listener, &PstRotatorListener::senderSeen, this,
                        [this, index](const QHostAddress &sender) { noteSender(index, sender); });
            }
        }
    }

    if (!m_errors.isEmpty()) {
        for (const QString &e : std::as_const(m_errors))
            qCWarning(lcBridge).noquote() << e;
        if (m_options.allOrNothing) {
            const QStringList errors = m_errors;
            stop();
            m_errors = errors;
        } else {
            emit statusChanged();
        }
        return false;
    }
    emit statusChanged();
    return true;
}

void InteropHub::stop()
{
    qDeleteAll(m_rotctld);
    m_rotctld.clear();
    delete m_n1mm;
    m_n1mm = nullptr;
    qDeleteAll(m_pst);
    m_pst.clear();
    m_endpoints.clear();
    if (!m_status.isEmpty()) {
        m_status.clear();
        emit statusChanged();
    }
}
