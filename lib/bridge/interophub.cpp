// SPDX-License-Identifier: GPL-3.0-or-later
#include "interophub.h"

#include "azelpairtarget.h"
#include "bridgelogging.h"
#include "n1mmrotorlistener.h"
#include "rotatorbridgetarget.h"
#include "rotctldserver.h"

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

void InteropHub::addRotator(Rotator *rotator)
{
    if (!rotator)
        return;
    auto *target = new RotatorBridgeTarget(rotator, this);
    target->setParkBearingDeg(m_options.parkBearingDeg);
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

    if (m_options.rotctldFirstPort) {
        int port = *m_options.rotctldFirstPort;
        for (const auto &[name, target] : endpointTargets()) {
            if (port > 65535) {
                m_errors.append(QStringLiteral("rotctld %1: no port left above 65535").arg(name));
                break;
            }
            auto *server = new RotctldServer(target, this);
            if (!server->listen(address, quint16(port))) {
                m_errors.append(
                    QStringLiteral("rotctld %1 %2: %3")
                        .arg(name, hostPort(address, quint16(port)), server->errorString()));
                delete server;
            } else {
                m_rotctld.append(server);
                m_endpoints.append(QStringLiteral("rotctld %1 %2")
                                       .arg(name, hostPort(address, server->serverPort())));
            }
            port += 2;
        }
    }

    if (m_options.n1mm) {
        m_n1mm = new N1mmRotorListener(this);
        for (RotatorBridgeTarget *target : std::as_const(m_targets)) {
            const QString name = m_options.n1mmNames.value(target->address().toString());
            m_n1mm->addTarget(target, name.isEmpty() ? QStringList() : QStringList {name});
        }
        if (!m_targets.isEmpty())
            m_n1mm->setDefaultTarget(m_targets.first());
        QHostAddress status = m_options.n1mmStatusAddress;
        if (status.isNull())
            status = address.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                          : QHostAddress(QHostAddress::Broadcast);
        m_n1mm->setStatusDestination(status, m_options.n1mmStatusPort);
        if (!m_n1mm->listen(address, m_options.n1mmPort)) {
            m_errors.append(QStringLiteral("n1mm %1: %2")
                                .arg(hostPort(address, m_options.n1mmPort), m_n1mm->errorString()));
            delete m_n1mm;
            m_n1mm = nullptr;
        } else {
            m_endpoints.append(QStringLiteral("n1mm %1 status %2")
                                   .arg(hostPort(address, m_n1mm->localPort()),
                                        hostPort(status, m_options.n1mmStatusPort)));
        }
    }

    if (m_options.pstRotator) {
        const auto targets = endpointTargets();
        if (targets.isEmpty())
            m_errors.append(QStringLiteral("pstrotator: no rotator"));
        int port = m_options.pstRotatorPort;
        for (const auto &[name, target] : targets) {
            if (port > 65534) { // its replies go to port + 1
                m_errors.append(QStringLiteral("pstrotator %1: no port left").arg(name));
                break;
            }
            auto *listener = new PstRotatorListener(target, this);
            listener->setStationLocator(m_options.stationLocator);
            listener->setLocatorBearingFunction(m_options.locatorBearing);
            if (!listener->listen(address, quint16(port))) {
                m_errors.append(
                    QStringLiteral("pstrotator %1 %2: %3")
                        .arg(name, hostPort(address, quint16(port)), listener->errorString()));
                delete listener;
            } else {
                m_pst.append(listener);
                m_endpoints.append(QStringLiteral("pstrotator %1 %2")
                                       .arg(name, hostPort(address, listener->localPort())));
            }
            port += 2;
        }
    }

    if (!m_errors.isEmpty()) {
        for (const QString &e : std::as_const(m_errors))
            qCWarning(lcBridge).noquote() << e;
        const QStringList errors = m_errors;
        stop();
        m_errors = errors;
        return false;
    }
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
}
