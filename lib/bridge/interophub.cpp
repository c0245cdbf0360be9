// SPDX-License-Identifier: GPL-3.0-or-later
#include "interophub.h"

#include "azelpairtarget.h"
#include "bridgelogging.h"
#include "n1mmrotorlistener.h"
#include "rotatorbridgetarget.h"
#include "rotctldserver.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace {

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

InteropHub::EndpointStatus::State stateFor(bool listening, QAbstractSocket::SocketError error)
{
    if (listening)
        return InteropHub::EndpointStatus::State::Listening;
    return error == QAbstractSocket::AddressInUseError
        ? InteropHub::EndpointStatus::State::PortInUse
        : InteropHub::EndpointStatus::State::Failed;
}

} // namespace

/// One rotator or pair and its endpoints. Members go in reverse order: the servers before the
/// targets they use.
struct InteropHub::Entry
{
    QString name;
    /// A single rotator's target, or a pair's azimuth unit.
    std::unique_ptr<RotatorBridgeTarget> unit;
    std::unique_ptr<RotatorBridgeTarget> elevationUnit;
    std::unique_ptr<AzElPairTarget> pair;
    std::unique_ptr<RotctldServer> rotctld;
    std::unique_ptr<PstRotatorListener> pst;
    Endpoint rotctldState;
    Endpoint pstState;

    [[nodiscard]] bool isPair() const { return pair != nullptr; }
    [[nodiscard]] BridgeTarget *target() const
    {
        return pair ? static_cast<BridgeTarget *>(pair.get()) : unit.get();
    }
    Endpoint &state(Sequence sequence)
    {
        return sequence == Sequence::Rotctld ? rotctldState : pstState;
    }
};

InteropHub::InteropHub(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

InteropHub::~InteropHub()
{
    stop();
    m_n1mm.reset();
    m_entries.clear();
}

InteropHub::Entry *InteropHub::find(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry->name == name)
            return entry.get();
    }
    return nullptr;
}

QList<InteropHub::Entry *> InteropHub::ordered() const
{
    QList<Entry *> out;
    for (const bool pairs : {false, true}) {
        for (const auto &entry : m_entries) {
            if (entry->isPair() == pairs)
                out.append(entry.get());
        }
    }
    return out;
}

QStringList InteropHub::names() const
{
    QStringList out;
    for (const Entry *entry : ordered())
        out.append(entry->name);
    return out;
}

void InteropHub::configureTarget(Entry &entry) const
{
    entry.target()->setParkBearingDeg(
        m_options.parkBearingsDeg.contains(entry.name)
            ? std::optional<int>(m_options.parkBearingsDeg.value(entry.name))
            : m_options.parkBearingDeg);
}

bool InteropHub::addRotator(Rotator *rotator, const QString &name)
{
    if (!rotator)
        return false;
    auto entry = std::make_unique<Entry>();
    entry->unit = std::make_unique<RotatorBridgeTarget>(rotator);
    entry->name = name.isEmpty() ? rotator->address().toString() : name;
    return add(std::move(entry));
}

bool InteropHub::addAzElPair(Rotator *azimuth, Rotator *elevation, const QString &name)
{
    if (!azimuth || !elevation)
        return false;
    auto entry = std::make_unique<Entry>();
    entry->unit = std::make_unique<RotatorBridgeTarget>(azimuth);
    entry->elevationUnit = std::make_unique<RotatorBridgeTarget>(elevation);
    entry->pair = std::make_unique<AzElPairTarget>(entry->unit.get(), entry->elevationUnit.get());
    entry->name = name.isEmpty()
        ? azimuth->address().toString() + QLatin1Char(',') + elevation->address().toString()
        : name;
    return add(std::move(entry));
}

bool InteropHub::add(std::unique_ptr<Entry> entry)
{
    if (find(entry->name))
        return false;
    configureTarget(*entry);
    m_entries.push_back(std::move(entry));
    if (m_running) {
        m_errors.clear();
        place(Sequence::Rotctld, m_options.rotctldFirstPort);
        syncN1mmTargets();
        place(Sequence::PstRotator, m_options.pstRotatorPort);
        report();
    }
    return true;
}

bool InteropHub::remove(const QString &name)
{
    Entry *entry = find(name);
    if (!entry)
        return false;
    const bool hadEndpoints = entry->rotctldState.port != 0 || entry->pstState.port != 0;
    close(Sequence::Rotctld, *entry);
    close(Sequence::PstRotator, *entry);
    if (m_n1mm) {
        m_n1mm->removeTarget(entry->target());
        syncN1mmTargets(); // the default target may have been this one
    }
    std::erase_if(m_entries, [entry](const auto &e) { return e.get() == entry; });
    if (hadEndpoints)
        emit statusChanged();
    return true;
}

bool InteropHub::rename(const QString &from, const QString &to)
{
    Entry *entry = find(from);
    if (!entry || to.isEmpty() || (from != to && find(to)))
        return false;
    entry->name = to;
    if (m_running)
        emit statusChanged();
    return true;
}

void InteropHub::setOptions(const Options &options)
{
    const Options previous = std::exchange(m_options, options);
    for (const auto &entry : m_entries) {
        configureTarget(*entry);
        if (entry->pst) {
            entry->pst->setStationLocator(m_options.stationLocator);
            entry->pst->setLocatorBearingFunction(m_options.locatorBearing);
        }
    }
    if (!m_running)
        return;
    m_errors.clear();
    if (previous.listenAddress != m_options.listenAddress) {
        closeAll();
        place(Sequence::Rotctld, std::nullopt);
        placeN1mm(true);
        place(Sequence::PstRotator, std::nullopt);
    } else {
        place(Sequence::Rotctld, previous.rotctldFirstPort);
        placeN1mm(previous.n1mmPort != m_options.n1mmPort);
        place(Sequence::PstRotator,
              previous.pstRotator ? std::optional<int>(previous.pstRotatorPort) : std::nullopt);
    }
    report();
}

void InteropHub::place(Sequence sequence, std::optional<int> previousFirstPort)
{
    const bool rotctld = sequence == Sequence::Rotctld;
    const bool on = rotctld ? m_options.rotctldFirstPort.has_value() : m_options.pstRotator;
    const int first = rotctld ? m_options.rotctldFirstPort.value_or(0) : m_options.pstRotatorPort;
    // PstRotator replies go to port + 1.
    const int lastPort = rotctld ? 65535 : 65534;
    const QMap<QString, quint16> &overrides
        = rotctld ? m_options.rotctldPorts : m_options.pstRotatorPorts;
    const bool keepAutomatic = previousFirstPort == first;
    const QList<Entry *> entries = ordered();

    if (on && !rotctld && entries.isEmpty())
        m_errors.append(QStringLiteral("pstrotator: no rotator"));

    // Automatic ports already in use stay where they are; new ones take the lowest free slot.
    QSet<int> taken;
    for (Entry *entry : entries) {
        const Endpoint &state = entry->state(sequence);
        if (on && keepAutomatic && state.automatic && state.port != 0
            && overrides.value(entry->name, 0) == 0)
            taken.insert(state.port);
    }
    int nextPort = first;
    for (Entry *entry : entries) {
        Endpoint &state = entry->state(sequence);
        int port = 0;
        bool automatic = false;
        if (on) {
            if (overrides.value(entry->name, 0) > 0) {
                port = overrides.value(entry->name);
            } else if (keepAutomatic && state.automatic && state.port != 0) {
                port = state.port;
                automatic = true;
            } else {
                while (taken.contains(nextPort))
                    nextPort += 2;
                port = std::exchange(nextPort, nextPort + 2);
                taken.insert(port);
                automatic = true;
            }
        }
        if (port > lastPort) {
            m_errors.append(
                rotctld ? QStringLiteral("rotctld %1: no port left above 65535").arg(entry->name)
                        : QStringLiteral("pstrotator %1: no port left").arg(entry->name));
            port = 0;
        }
        const bool open = rotctld ? entry->rotctld != nullptr : entry->pst != nullptr;
        if (port == state.port && (open || port == 0)) {
            state.automatic = automatic;
            continue; // unchanged: its clients stay
        }
        close(sequence, *entry);
        state.automatic = automatic;
        if (port != 0)
            this->open(sequence, *entry, port);
    }
}

void InteropHub::open(Sequence sequence, Entry &entry, int port)
{
    const QHostAddress &address = m_options.listenAddress;
    Endpoint &state = entry.state(sequence);
    state.port = port;
    state.clients.clear();
    state.error.clear();
    Entry *e = &entry;
    if (sequence == Sequence::Rotctld) {
        auto server = std::make_unique<RotctldServer>(entry.target());
        const bool listening = server->listen(address, quint16(port));
        state.state = stateFor(listening, server->socketError());
        if (!listening) {
            state.error = server->errorString();
            m_errors.append(QStringLiteral("rotctld %1 %2: %3")
                                .arg(entry.name, hostPort(address, quint16(port)), state.error));
            return;
        }
        RotctldServer *s = server.get();
        connect(s, &RotctldServer::clientCountChanged, this, [this, e, s] {
            e->rotctldState.clients = s->clientPeers();
            emit statusChanged();
        });
        entry.rotctld = std::move(server);
        return;
    }
    auto listener = std::make_unique<PstRotatorListener>(entry.target());
    listener->setStationLocator(m_options.stationLocator);
    listener->setLocatorBearingFunction(m_options.locatorBearing);
    const bool listening = listener->listen(address, quint16(port));
    state.state = stateFor(listening, listener->socketError());
    if (!listening) {
        state.error = listener->errorString();
        m_errors.append(QStringLiteral("pstrotator %1 %2: %3")
                            .arg(entry.name, hostPort(address, quint16(port)), state.error));
        return;
    }
    connect(listener.get(), &PstRotatorListener::senderSeen, this,
            [this, e](const QHostAddress &sender) {
                const QString text = sender.toString();
                if (e->pstState.clients.contains(text))
                    return;
                e->pstState.clients.append(text);
                emit statusChanged();
            });
    entry.pst = std::move(listener);
}

void InteropHub::close(Sequence sequence, Entry &entry)
{
    if (sequence == Sequence::Rotctld) {
        if (entry.rotctld)
            disconnect(entry.rotctld.get(), nullptr, this, nullptr);
        entry.rotctld.reset();
    } else {
        if (entry.pst)
            disconnect(entry.pst.get(), nullptr, this, nullptr);
        entry.pst.reset();
    }
    entry.state(sequence) = Endpoint {};
}

void InteropHub::placeN1mm(bool reopen)
{
    if (!m_options.n1mm || reopen) {
        if (m_n1mm)
            disconnect(m_n1mm.get(), nullptr, this, nullptr);
        m_n1mm.reset();
        m_n1mmState = Endpoint {};
        if (!m_options.n1mm)
            return;
    }
    const QHostAddress &address = m_options.listenAddress;
    QHostAddress status = m_options.n1mmStatusAddress;
    if (status.isNull())
        status = address.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                      : QHostAddress(QHostAddress::Broadcast);
    if (!m_n1mm) {
        m_n1mmState = Endpoint {};
        m_n1mm = std::make_unique<N1mmRotorListener>();
        m_n1mm->setStatusDestination(status, m_options.n1mmStatusPort);
        syncN1mmTargets();
        const bool listening = m_n1mm->listen(address, m_options.n1mmPort);
        m_n1mmState.port = m_options.n1mmPort;
        m_n1mmState.state = stateFor(listening, m_n1mm->socketError());
        if (!listening) {
            m_n1mmState.error = m_n1mm->errorString();
            m_errors.append(QStringLiteral("n1mm %1: %2")
                                .arg(hostPort(address, m_options.n1mmPort), m_n1mmState.error));
            m_n1mm.reset();
            return;
        }
        connect(m_n1mm.get(), &N1mmRotorListener::senderSeen, this,
                [this](const QHostAddress &sender) {
                    const QString text = sender.toString();
                    if (m_n1mmState.clients.contains(text))
                        return;
                    m_n1mmState.clients.append(text);
                    emit statusChanged();
                });
        return;
    }
    m_n1mm->setStatusDestination(status, m_options.n1mmStatusPort);
    syncN1mmTargets();
}

void InteropHub::syncN1mmTargets()
{
    if (!m_n1mm)
        return;
    BridgeTarget *first = nullptr;
    for (Entry *entry : ordered()) {
        if (entry->isPair())
            continue;
        BridgeTarget *target = entry->target();
        const QString name = m_options.n1mmNames.value(entry->name);
        const QStringList names = name.isEmpty() ? QStringList() : QStringList {name};
        if (m_n1mm->hasTarget(target))
            m_n1mm->setNames(target, names);
        else
            m_n1mm->addTarget(target, names);
        m_n1mm->setBands(target, m_options.bands.value(entry->name));
        if (!first)
            first = target;
    }
    m_n1mm->setBandFollow(m_options.n1mmBandFollow);
    m_n1mm->setDefaultTarget(first);
}

bool InteropHub::start()
{
    stop();
    m_errors.clear();
    m_running = true;
    place(Sequence::Rotctld, std::nullopt);
    placeN1mm(true);
    place(Sequence::PstRotator, std::nullopt);
    if (!m_errors.isEmpty() && m_options.allOrNothing) {
        for (const QString &e : std::as_const(m_errors))
            qCWarning(lcBridge).noquote() << e;
        const QStringList errors = m_errors;
        stop();
        m_errors = errors;
        return false;
    }
    report();
    return m_errors.isEmpty();
}

void InteropHub::report()
{
    for (const QString &e : std::as_const(m_errors))
        qCWarning(lcBridge).noquote() << e;
    emit statusChanged();
}

void InteropHub::closeAll()
{
    for (const auto &entry : m_entries) {
        close(Sequence::Rotctld, *entry);
        close(Sequence::PstRotator, *entry);
    }
    if (m_n1mm)
        disconnect(m_n1mm.get(), nullptr, this, nullptr);
    m_n1mm.reset();
    m_n1mmState = Endpoint {};
}

void InteropHub::stop()
{
    const bool hadStatus = !status().isEmpty();
    closeAll();
    m_running = false;
    if (hadStatus)
        emit statusChanged();
}

QStringList InteropHub::endpoints() const
{
    QStringList out;
    const QList<Entry *> entries = ordered();
    for (const Entry *entry : entries) {
        if (entry->rotctld)
            out.append(QStringLiteral("rotctld %1 %2")
                           .arg(entry->name,
                                hostPort(m_options.listenAddress, entry->rotctld->serverPort())));
    }
    if (m_n1mm) {
        out.append(QStringLiteral("n1mm %1 status %2")
                       .arg(hostPort(m_options.listenAddress, m_n1mm->localPort()),
                            hostPort(m_options.n1mmStatusAddress.isNull()
                                         ? (m_options.listenAddress.isLoopback()
                                                ? QHostAddress(QHostAddress::LocalHost)
                                                : QHostAddress(QHostAddress::Broadcast))
                                         : m_options.n1mmStatusAddress,
                                     m_options.n1mmStatusPort)));
    }
    for (const Entry *entry : entries) {
        if (entry->pst)
            out.append(
                QStringLiteral("pstrotator %1 %2")
                    .arg(entry->name, hostPort(m_options.listenAddress, entry->pst->localPort())));
    }
    return out;
}

QList<InteropHub::EndpointStatus> InteropHub::status() const
{
    QList<EndpointStatus> out;
    const auto append = [&](EndpointStatus::Kind kind, const QString &name, const Endpoint &e) {
        if (e.port == 0)
            return;
        EndpointStatus s;
        s.kind = kind;
        s.rotator = name;
        s.address = hostPort(m_options.listenAddress, quint16(e.port));
        s.state = e.state;
        s.error = e.error;
        s.clients = e.clients;
        out.append(s);
    };
    const QList<Entry *> entries = ordered();
    for (const Entry *entry : entries)
        append(EndpointStatus::Kind::Rotctld, entry->name, entry->rotctldState);
    append(EndpointStatus::Kind::N1mm, {}, m_n1mmState);
    for (const Entry *entry : entries)
        append(EndpointStatus::Kind::PstRotator, entry->name, entry->pstState);
    return out;
}

QList<PstRotatorListener *> InteropHub::pstRotatorListeners() const
{
    QList<PstRotatorListener *> out;
    for (const Entry *entry : ordered()) {
        if (entry->pst)
            out.append(entry->pst.get());
    }
    return out;
}

RotctldServer *InteropHub::rotctldServer(const QString &name) const
{
    const Entry *entry = find(name);
    return entry ? entry->rotctld.get() : nullptr;
}
