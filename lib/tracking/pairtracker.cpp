// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairtracker.h"

#include "trackinglogging.h"

#include "core/clock.h"
#include "model/rotator.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace tracking {

class PairTracker::Private
{
public:
    Private(Rotator *theAzimuth, Rotator *theElevation, SkyFunction theTarget,
            TrackSettings theSettings, const Clock &theClock)
        : azimuth(theAzimuth)
        , elevation(theElevation)
        , target(std::move(theTarget))
        , settings(theSettings)
        , clock(theClock)
    {
        settings.minIntervalMs = std::max(settings.minIntervalMs, Rotator::commandIntervalMs);
        settings.deadBandDeg = std::max(settings.deadBandDeg, 0.0);
        settings.planStepMs = std::max<qint64>(settings.planStepMs, 1000);
    }

    [[nodiscard]] bool running() const
    {
        return state == State::WaitingForRise || state == State::Tracking;
    }

    QPointer<Rotator> azimuth;
    QPointer<Rotator> elevation;
    SkyFunction target;
    TrackSettings settings;
    const Clock &clock;
    State state = State::Idle;
    EndReason endReason = EndReason::None;
    QString endDetail;
    /// When the target is expected to rise (WaitingForRise).
    QDateTime riseUtc;
    std::optional<AzElPose> pose;
    std::optional<int> lastSentAzimuthRaw;
    std::optional<int> lastSentElevationRaw;
    std::optional<qint64> lastSentMs;
    bool sending = false;
};

PairTracker::PairTracker(Rotator *azimuth, Rotator *elevation, SkyFunction target,
                         TrackSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(azimuth, elevation, std::move(target), settings, clock))
{
    watch(azimuth);
    watch(elevation);
}

PairTracker::~PairTracker() = default;

void PairTracker::watch(Rotator *unit)
{
    if (!unit)
        return;
    // As RotatorTracker: anyone else turning or stopping either unit takes the pair over.
    connect(unit, &Rotator::targetRequested, this, [this] {
        if (!d->sending && d->running())
            endNow(EndReason::Overridden, {});
    });
    connect(unit, &Rotator::stopRequested, this, [this] {
        if (!d->sending && d->running())
            endNow(EndReason::Stopped, {});
    });
    connect(unit, &Rotator::otherClientCommand, this, [this](const OtherClientCommand &command) {
        if (!d->running())
            return;
        endNow(command.kind == OtherClientCommand::Kind::Stop ? EndReason::Stopped
                                                              : EndReason::OtherClient,
               {});
    });
}

void PairTracker::endNow(EndReason reason, const QString &detail)
{
    if (d->state == State::Ended)
        return;
    d->state = State::Ended;
    d->endReason = reason;
    d->endDetail = detail;
    qCInfo(lcTracking).noquote() << (d->azimuth ? d->azimuth->address().toString() : QString())
                                 << "+"
                                 << (d->elevation ? d->elevation->address().toString() : QString())
                                 << "pair tracking ended:" << QVariant::fromValue(reason).toString()
                                 << detail;
    emit stateChanged(d->state);
    emit ended(reason, detail);
}

std::optional<PairTracker::EndReason> PairTracker::unitProblem() const
{
    if (!d->azimuth || !d->elevation)
        return EndReason::PositionUnknown;
    // The worse problem of both units (a lost broker before a silent unit).
    std::optional<EndReason> worst;
    for (const Rotator *unit : {d->azimuth.data(), d->elevation.data()}) {
        const RotatorState &state = unit->state();
        std::optional<EndReason> problem;
        switch (state.link) {
        case LinkState::BrokerDown:
            problem = EndReason::BrokerDown;
            break;
        case LinkState::Stale:
            problem = EndReason::Stale;
            break;
        case LinkState::Unknown:
            problem = EndReason::PositionUnknown;
            break;
        case LinkState::Live:
            if (!state.rawAzimuthDeg)
                problem = EndReason::PositionUnknown;
            break;
        }
        if (problem == EndReason::BrokerDown)
            return problem;
        if (problem && !worst)
            worst = problem;
    }
    if (!worst && !d->elevation->state().elevationMode)
        return EndReason::OutOfReach; // no elevation unit: it cannot point up
    return worst;
}

bool PairTracker::start()
{
    if (d->state != State::Idle)
        return d->state != State::Ended;
    d->state = State::WaitingForRise; // so that endNow reports the transition
    if (const auto problem = unitProblem()) {
        endNow(*problem, {});
        return false;
    }
    const QDateTime now = d->clock.nowUtc();
    const auto here = d->target(now);
    if (here && here->elevationDeg >= d->settings.stopElevationDeg) {
        // Up already (above the stop elevation): follow from now on.
        d->state = State::Tracking;
    } else {
        for (qint64 offset = d->settings.planStepMs; offset <= d->settings.planHorizonMs;
             offset += d->settings.planStepMs) {
            const auto later = d->target(now.addMSecs(offset));
            if (later
                && later->elevationDeg
                    >= std::max(d->settings.startElevationDeg, d->settings.stopElevationDeg)) {
                d->riseUtc = now.addMSecs(offset);
                break;
            }
        }
        if (!d->riseUtc.isValid()) {
            endNow(EndReason::NeverRises, {});
            return false;
        }
    }
    emit stateChanged(d->state);
    poll();
    return d->state != State::Ended;
}

void PairTracker::stop()
{
    if (!d->running())
        return;
    endNow(EndReason::Stopped, {});
    d->sending = true;
    for (Rotator *unit : {d->azimuth.data(), d->elevation.data()}) {
        if (unit)
            unit->stop();
    }
    d->sending = false;
}

void PairTracker::poll()
{
    if (!d->running())
        return;
    if (const auto problem = unitProblem()) {
        endNow(*problem, {});
        return;
    }
    const QDateTime now = d->clock.nowUtc();
    const auto position = d->target(now);
    if (!position)
        return;
    if (d->state == State::WaitingForRise) {
        if (position->elevationDeg < d->settings.startElevationDeg) {
            // The expected rise passed without it (the target's path changed): over.
            if (now > d->riseUtc.addMSecs(d->settings.planStepMs))
                endNow(EndReason::NeverRises, {});
            return;
        }
        d->state = State::Tracking;
        emit stateChanged(d->state);
    }
    if (position->elevationDeg < d->settings.stopElevationDeg) {
        endNow(EndReason::BelowHorizon, {});
        return;
    }
    const RotatorState &az = d->azimuth->state();
    const RotatorState &el = d->elevation->state();
    // From where the units are headed: a pose chosen from a half-done move could flip back.
    const int azimuthFrom = d->lastSentAzimuthRaw.value_or(*az.rawAzimuthDeg);
    const int elevationFrom = d->lastSentElevationRaw.value_or(*el.rawAzimuthDeg);
    const AzElRanges ranges {az.startAzimuthDeg, az.maxRotateDeg, std::min(el.maxRotateDeg, 180)};
    // Between the stop elevation and the horizon the antenna looks at the horizon.
    const double elevationDeg = std::clamp(position->elevationDeg, 0.0, 90.0);
    const auto pose
        = chooseAzElPose(position->azimuthDeg, elevationDeg, ranges, azimuthFrom, elevationFrom);
    if (!pose) {
        endNow(EndReason::OutOfReach,
               QStringLiteral("azimuth %1, elevation %2")
                   .arg(position->azimuthDeg, 0, 'f', 1)
                   .arg(position->elevationDeg, 0, 'f', 1));
        return;
    }
    const bool azimuthDue = std::abs(pose->rawAzimuthDeg - azimuthFrom) >= d->settings.deadBandDeg;
    const bool elevationDue
        = std::abs(pose->rawElevationDeg - elevationFrom) >= d->settings.deadBandDeg;
    // A flip moves both units at once, whatever the dead band says.
    const bool flipChanged = d->pose && d->pose->flipped != pose->flipped;
    if (!azimuthDue && !elevationDue && !flipChanged)
        return;
    const qint64 nowMs = d->clock.nowMs();
    if (d->lastSentMs && nowMs - *d->lastSentMs < d->settings.minIntervalMs)
        return;
    const bool sendAzimuth = azimuthDue || (flipChanged && pose->rawAzimuthDeg != azimuthFrom);
    const bool sendElevation
        = elevationDue || (flipChanged && pose->rawElevationDeg != elevationFrom);
    d->sending = true;
    CommandResult result;
    if (sendAzimuth)
        result = d->azimuth->turnToRaw(pose->rawAzimuthDeg);
    if (result.accepted() && sendElevation)
        result = d->elevation->turnToRaw(pose->rawElevationDeg);
    d->sending = false;
    if (!result.accepted()) {
        endNow(EndReason::Refused, result.detail);
        return;
    }
    // A unit not sent keeps its last value: its dead band counts from there.
    d->pose = pose;
    if (sendAzimuth)
        d->lastSentAzimuthRaw = pose->rawAzimuthDeg;
    if (sendElevation)
        d->lastSentElevationRaw = pose->rawElevationDeg;
    d->lastSentMs = nowMs;
}

PairTracker::State PairTracker::state() const
{
    return d->state;
}

PairTracker::EndReason PairTracker::endReason() const
{
    return d->endReason;
}

QString PairTracker::endDetail() const
{
    return d->endDetail;
}

Rotator *PairTracker::azimuth() const
{
    return d->azimuth;
}

Rotator *PairTracker::elevation() const
{
    return d->elevation;
}

const TrackSettings &PairTracker::settings() const
{
    return d->settings;
}

std::optional<AzElPose> PairTracker::pose() const
{
    return d->pose;
}

} // namespace tracking
