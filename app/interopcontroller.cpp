// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopcontroller.h"

#include "applogging.h"
#include "session.h"

#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace {

std::optional<double> locatorBearing(const QString &from, const QString &to)
{
    const auto a = geo::locatorToPoint(from);
    const auto b = geo::locatorToPoint(to);
    if (!a || !b)
        return std::nullopt;
    return geo::initialBearingDeg(*a, *b);
}

QMap<QString, quint16> ports(const QMap<QString, int> &in)
{
    QMap<QString, quint16> out;
    for (auto it = in.cbegin(); it != in.cend(); ++it) {
        if (it.value() >= 1 && it.value() <= 65535)
            out.insert(it.key(), quint16(it.value()));
    }
    return out;
}

} // namespace

InteropController::InteropController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &InteropController::applyNow);
    connect(session, &Session::rotatorAdded, this, [this](int, Rotator *rotator) {
        watchDeviceName(rotator);
        scheduleApply();
    });
    connect(session, &Session::rotatorAboutToBeRemoved, this,
            [this](int, Rotator *rotator) { m_deviceNames.remove(rotator); });
    connect(session, &Session::rotatorRemoved, this, &InteropController::scheduleApply);
    connect(session, &Session::rotatorConfigChanged, this, &InteropController::scheduleApply);
    connect(session, &Session::stationChanged, this, &InteropController::scheduleApply);
    for (Rotator *rotator : session->rotators())
        watchDeviceName(rotator);
}

InteropController::~InteropController()
{
    // Whoever listens to statusChanged may be half destroyed by now (the main window).
    if (m_hub)
        disconnect(m_hub.get(), nullptr, this, nullptr);
}

void InteropController::watchDeviceName(Rotator *rotator)
{
    // The default N1MM name follows the device Name, which arrives (or changes) over MQTT.
    m_deviceNames.insert(rotator, rotator->state().name);
    connect(rotator, &Rotator::stateChanged, this, [this, rotator] {
        const QString name = rotator->state().name;
        const auto it = m_deviceNames.find(rotator);
        if (it == m_deviceNames.end() || *it == name)
            return;
        *it = name;
        scheduleApply();
    });
}

void InteropController::setSettings(const InteropSettings &settings)
{
    m_settings = settings;
    scheduleApply();
}

void InteropController::setAzElPairs(const QList<AzElPairSettings> &pairs)
{
    m_pairs = pairs;
    scheduleApply();
}

void InteropController::setRotctldPortOverride(std::optional<quint16> port)
{
    m_rotctldPort = port;
    scheduleApply();
}

InteropSettings InteropController::effectiveSettings() const
{
    InteropSettings s = m_settings;
    if (m_rotctldPort) {
        s.rotctld = true;
        s.rotctldFirstPort = *m_rotctldPort;
    }
    return s;
}

bool InteropController::isEnabled() const
{
    const InteropSettings s = effectiveSettings();
    return s.rotctld || s.n1mm || s.pstRotator;
}

QList<InteropHub::EndpointStatus> InteropController::status() const
{
    return m_hub ? m_hub->status() : QList<InteropHub::EndpointStatus> {};
}

void InteropController::scheduleApply()
{
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

QString InteropController::endpointName(const Rotator *rotator) const
{
    const Plan plan = currentPlan();
    for (const Target &target : plan.targets) {
        if (!target.elevation && target.rotator == rotator)
            return target.name;
    }
    return {};
}

QString InteropController::n1mmName(const Rotator *rotator) const
{
    return currentPlan().n1mmNames.value(rotator);
}

InteropController::Plan InteropController::currentPlan() const
{
    Plan plan;
    plan.settings = effectiveSettings();
    const InteropSettings &s = plan.settings;
    const QList<Rotator *> &rotators = m_session->rotators();
    const auto idOf = [](const Rotator *r) {
        return r->address().toString();
    };
    const auto inSession = [&](const QString &broker, const RotatorAddress &address) {
        const auto it = std::find_if(rotators.cbegin(), rotators.cend(), [&](const Rotator *r) {
            return r->address() == address && m_session->brokerName(r) == broker;
        });
        return it == rotators.cend() ? nullptr : *it;
    };

    // Pairs whose units are both here; their units get no endpoints of their own.
    QList<Target> pairs;
    QList<const Rotator *> units;
    for (const AzElPairSettings &pair : m_pairs) {
        Rotator *azimuth = inSession(pair.brokerName, pair.azimuth);
        Rotator *elevation = inSession(pair.brokerName, pair.elevation);
        if (!azimuth || !elevation || units.contains(azimuth) || units.contains(elevation))
            continue;
        units << azimuth << elevation;
        pairs.append({idOf(azimuth) + QLatin1Char(',') + idOf(elevation), azimuth, elevation});
    }
    QList<Rotator *> singles;
    QHash<QString, int> idUses;
    for (Rotator *rotator : rotators) {
        if (units.contains(rotator))
            continue;
        singles.append(rotator);
        ++idUses[idOf(rotator)];
    }
    // One CALL/ID on two brokers: both are served, named with their broker.
    for (Rotator *rotator : std::as_const(singles)) {
        const QString id = idOf(rotator);
        plan.targets.append({idUses.value(id) > 1
                                 ? id + QStringLiteral(" @ ") + m_session->brokerName(rotator)
                                 : id,
                             rotator,
                             {}});
    }
    QHash<QString, int> pairUses;
    for (const Target &pair : std::as_const(pairs))
        ++pairUses[pair.name];
    for (Target pair : std::as_const(pairs)) {
        if (pairUses.value(pair.name) > 1)
            pair.name += QStringLiteral(" @ ") + m_session->brokerName(pair.rotator);
        plan.targets.append(pair);
    }

    InteropHub::Options &options = plan.options;
    const QHostAddress listen(s.listenAddress);
    options.listenAddress = (s.allowNetwork || listen.isLoopback()) && !listen.isNull()
        ? listen
        : QHostAddress(QHostAddress::LocalHost);
    if (s.rotctld)
        options.rotctldFirstPort = quint16(s.rotctldFirstPort);
    options.n1mm = s.n1mm;
    options.n1mmPort = quint16(s.n1mmPort);
    options.n1mmStatusAddress = QHostAddress(s.n1mmStatusAddress);
    options.n1mmStatusPort = quint16(s.n1mmStatusPort);
    options.n1mmBandFollow = s.n1mmBandFollow;
    options.pstRotator = s.pstRotator;
    options.pstRotatorPort = quint16(s.pstRotatorFirstPort);
    options.stationLocator = m_session->stationLocator();
    options.locatorBearing = locatorBearing;
    options.allOrNothing = false;

    // A port the settings give a CALL/ID is the first such rotator's.
    const QMap<QString, quint16> rotctldPorts = ports(s.rotctldPorts);
    const QMap<QString, quint16> pstPorts = ports(s.pstRotatorPorts);
    QSet<QString> portsGiven;
    for (const Target &target : std::as_const(plan.targets)) {
        const RotatorSettings settings = m_session->rotatorSettings(target.rotator);
        // rotctld K and PstRotator PARK go where the app's Park goes (a pair: its azimuth's).
        if (settings.parkBearingDeg)
            options.parkBearingsDeg.insert(target.name, *settings.parkBearingDeg);
        if (target.elevation)
            continue;
        if (!settings.bands.isEmpty())
            options.bands.insert(target.name, settings.bands);
        const QString id = idOf(target.rotator);
        if (portsGiven.contains(id))
            continue;
        portsGiven.insert(id);
        if (rotctldPorts.contains(id))
            options.rotctldPorts.insert(target.name, rotctldPorts.value(id));
        if (pstPorts.contains(id))
            options.pstRotatorPorts.insert(target.name, pstPorts.value(id));
    }

    // N1MM names: the user's, else the device Name (CALL/ID while none is known), made unique
    // with the CALL/ID (and the broker, when the CALL/ID is not unique either).
    QHash<QString, int> nameUses;
    QHash<const Rotator *, QString> given;
    QHash<const Rotator *, QString> base;
    for (Rotator *rotator : std::as_const(singles)) {
        const QString user = m_session->rotatorSettings(rotator).n1mmName.trimmed();
        const QString device = rotator->state().name.trimmed();
        if (!user.isEmpty())
            given.insert(rotator, user);
        else
            base.insert(rotator, device.isEmpty() ? idOf(rotator) : device);
        ++nameUses[(user.isEmpty() ? base.value(rotator) : user).toCaseFolded()];
    }
    for (const Target &target : std::as_const(plan.targets)) {
        if (target.elevation)
            continue;
        const Rotator *rotator = target.rotator;
        QString name = given.value(rotator);
        if (name.isEmpty()) {
            name = base.value(rotator);
            if (nameUses.value(name.toCaseFolded()) > 1) {
                const QString id = idOf(rotator);
                const QString qualifier = idUses.value(id) > 1
                    ? id + QStringLiteral(" (") + m_session->brokerName(rotator) + QLatin1Char(')')
                    : id;
                name = name == id ? qualifier : name + QLatin1Char(' ') + qualifier;
            }
        }
        plan.n1mmNames.insert(rotator, name);
        options.n1mmNames.insert(target.name, name);
    }
    return plan;
}

void InteropController::applyNow()
{
    m_applyTimer.stop();
    const Plan plan = currentPlan();
    if (m_applied && *m_applied == plan)
        return;
    m_applied = plan;
    const InteropSettings &s = plan.settings;
    if (!(s.rotctld || s.n1mm || s.pstRotator) || plan.targets.isEmpty()) {
        if (m_hub) {
            disconnect(m_hub.get(), nullptr, this, nullptr);
            m_hub.reset();
            m_served.clear();
            emit statusChanged();
        }
        return;
    }
    const auto addTo = [](InteropHub &hub, const Target &target) {
        if (target.elevation)
            hub.addAzElPair(target.rotator, target.elevation, target.name);
        else
            hub.addRotator(target.rotator, target.name);
    };

    if (!m_hub) {
        m_hub = std::make_unique<InteropHub>(plan.options);
        for (const Target &target : plan.targets)
            addTo(*m_hub, target);
        m_served = plan.targets;
        connect(m_hub.get(), &InteropHub::statusChanged, this, &InteropController::statusChanged);
        if (!m_hub->start()) {
            for (const QString &error : m_hub->errors())
                qCWarning(lcApp).noquote() << "interop:" << error;
        }
        emit statusChanged();
        return;
    }

    // In place: only what changed opens or closes.
    QStringList errors;
    const auto collect = [&] {
        errors += m_hub->errors();
    };
    QList<Target> kept;
    for (const Target &served : std::as_const(m_served)) {
        const bool stays = served.rotator
            && std::any_of(plan.targets.cbegin(), plan.targets.cend(),
                           [&](const Target &t) { return t.isSame(served); });
        if (stays)
            kept.append(served);
        else
            m_hub->remove(served.name);
    }
    // Renamed ones (a CALL/ID now on two brokers, or on one again) keep their endpoints; via
    // temporary names, as two may swap.
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const auto it = std::find_if(plan.targets.cbegin(), plan.targets.cend(),
                                     [&](const Target &t) { return t.isSame(kept.at(i)); });
        if (it->name == kept.at(i).name)
            continue;
        const QString temporary = QStringLiteral("\n%1").arg(i);
        m_hub->rename(kept.at(i).name, temporary);
        kept[i].name = temporary;
    }
    for (const Target &target : std::as_const(kept)) {
        const auto it = std::find_if(plan.targets.cbegin(), plan.targets.cend(),
                                     [&](const Target &t) { return t.isSame(target); });
        if (target.name != it->name)
            m_hub->rename(target.name, it->name);
    }
    m_hub->setOptions(plan.options);
    collect();
    for (const Target &target : plan.targets) {
        const bool isNew = std::none_of(kept.cbegin(), kept.cend(),
                                        [&](const Target &k) { return k.isSame(target); });
        if (isNew) {
            addTo(*m_hub, target);
            collect();
        }
    }
    m_served = plan.targets;
    for (const QString &error : std::as_const(errors))
        qCWarning(lcApp).noquote() << "interop:" << error;
}
