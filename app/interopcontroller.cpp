// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopcontroller.h"

#include "applogging.h"
#include "session.h"

#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"

#include <QHostAddress>

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
    connect(session, &Session::rotatorAdded, this, &InteropController::scheduleApply);
    connect(session, &Session::rotatorRemoved, this, &InteropController::scheduleApply);
    connect(session, &Session::rotatorConfigChanged, this, &InteropController::scheduleApply);
    connect(session, &Session::stationChanged, this, &InteropController::scheduleApply);
}

InteropController::~InteropController()
{
    // Whoever listens to statusChanged may be half destroyed by now (the main window).
    if (m_hub)
        disconnect(m_hub.get(), nullptr, this, nullptr);
}

void InteropController::setSettings(const InteropSettings &settings)
{
    m_settings = settings;
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

InteropController::Plan InteropController::currentPlan() const
{
    Plan plan;
    plan.settings = effectiveSettings();
    plan.locator = m_session->stationLocator();
    QStringList seen;
    for (Rotator *rotator : m_session->rotators()) {
        // One endpoint per CALL/ID: the same address on a second broker is left out.
        const QString id = rotator->address().toString();
        if (seen.contains(id))
            continue;
        seen.append(id);
        plan.rotators.append(rotator);
        const RotatorSettings settings = m_session->rotatorSettings(rotator);
        if (!settings.bands.isEmpty())
            plan.bands.insert(id, settings.bands);
        // rotctld K and PstRotator PARK go where the app's Park goes.
        if (settings.parkBearingDeg)
            plan.parkBearingsDeg.insert(id, *settings.parkBearingDeg);
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
    if (m_hub) {
        m_hub.reset();
        emit statusChanged();
    }
    const InteropSettings &s = plan.settings;
    if (!(s.rotctld || s.n1mm || s.pstRotator) || plan.rotators.isEmpty())
        return;

    InteropHub::Options options;
    const QHostAddress listen(s.listenAddress);
    options.listenAddress = (s.allowNetwork || listen.isLoopback()) && !listen.isNull()
        ? listen
        : QHostAddress(QHostAddress::LocalHost);
    if (s.rotctld)
        options.rotctldFirstPort = quint16(s.rotctldFirstPort);
    options.rotctldPorts = ports(s.rotctldPorts);
    options.n1mm = s.n1mm;
    options.n1mmPort = quint16(s.n1mmPort);
    options.n1mmStatusAddress = QHostAddress(s.n1mmStatusAddress);
    options.n1mmStatusPort = quint16(s.n1mmStatusPort);
    options.n1mmBandFollow = s.n1mmBandFollow;
    options.bands = plan.bands;
    options.parkBearingsDeg = plan.parkBearingsDeg;
    options.pstRotator = s.pstRotator;
    options.pstRotatorPort = quint16(s.pstRotatorFirstPort);
    options.pstRotatorPorts = ports(s.pstRotatorPorts);
    options.stationLocator = plan.locator;
    options.locatorBearing = locatorBearing;
    options.allOrNothing = false;

    m_hub = std::make_unique<InteropHub>(options);
    for (const QPointer<Rotator> &rotator : plan.rotators) {
        if (rotator)
            m_hub->addRotator(rotator);
    }
    connect(m_hub.get(), &InteropHub::statusChanged, this, &InteropController::statusChanged);
    if (!m_hub->start()) {
        for (const QString &error : m_hub->errors())
            qCWarning(lcApp).noquote() << "interop:" << error;
    }
    emit statusChanged();
}
