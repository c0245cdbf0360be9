// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatortracker.h"

#include "trackinglogging.h"

#include "core/clock.h"
#include "model/rotator.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace tracking {

class RotatorTracker::Private
{
public:
    Private(Rotator *theRotator, SkyFunction theTarget, TrackSettings theSettings,
            const Clock &theClock)
        : rotator(theRotator)
        , target(std::move(theTarget))
        , settings(theSettings)
        , clock(theClock)
    {
        settings.minIntervalMs = std::max(settings.minIntervalMs, Rotator::commandIntervalMs);
        settings.deadBandDeg = std::max(settings.deadBandDeg, 0.0);
        settings.planStepMs = std::max<qint64>(settings.planStepMs, 1000);
    }

    QPointer<Rotator> rotator;
    SkyFunction target;
    TrackSettings settings;
    const Clock &clock;
    State state = State::Idle;
    EndReason endReason = EndReason::None;
    QString endDetail;
    TrackPlan plan;
    QList<QPair<QDateTime, SkyPosition>> visible;
    std::optional<int> lastSentRaw;
    std::optional<qint64> lastSentMs;
    bool sending = false;
};

RotatorTracker::RotatorTracker(Rotator *rotator, SkyFunction target, TrackSettings settings,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(rotator, std::move(target), settings, clock))
{
    if (!rotator)
        return;
    // Anyone else in this app turning the rotator (a click, a preset, a bridge client) takes
    // over at once: the request, not the sending, counts, as the pacer keeps only the newest.
    connect(rotator, &Rotator::targetRequested, this, [this] {
        if (!d->sending && (d->state == State::WaitingForRise || d->state == State::Tracking))
            endNow(EndReason::Overridden, {});
    });
    // Stop, Esc, Stop All: the user wants it still, at once (the stop itself may wait for the
    // pacing gap, and nothing of ours may follow it).
    connect(rotator, &Rotator::stopRequested, this, [this] {
        if (!d->sending && (d->state == State::WaitingForRise || d->state == State::Tracking))
            endNow(EndReason::Stopped, {});
    });
    connect(rotator, &Rotator::otherClientCommand, this, [this](const OtherClientCommand &command) {
        if (d->state != State::WaitingForRise && d->state != State::Tracking)
            return;
        endNow(command.kind == OtherClientCommand::Kind::Stop ? EndReason::Stopped
                                                              : EndReason::OtherClient,
               {});
    });
}

RotatorTracker::~RotatorTracker() = default;

void RotatorTracker::endNow(EndReason reason, const QString &detail)
{
    if (d->state == State::Ended)
        return;
    d->state = State::Ended;
    d->endReason = reason;
    d->endDetail = detail;
    qCInfo(lcTracking).noquote() << (d->rotator ? d->rotator->address().toString() : QString())
                                 << "tracking ended:" << QVariant::fromValue(reason).toString()
                                 << detail;
    emit stateChanged(d->state);
    emit ended(reason, detail);
}

std::optional<RotatorTracker::EndReason> RotatorTracker::rotatorProblem() const
{
    if (!d->rotator)
        return EndReason::PositionUnknown;
    const RotatorState &state = d->rotator->state();
    switch (state.link) {
    case LinkState::BrokerDown:
        return EndReason::BrokerDown;
    case LinkState::Stale:
        return EndReason::Stale;
    case LinkState::Unknown:
        return EndReason::PositionUnknown;
    case LinkState::Live:
        break;
    }
    if (!state.rawAzimuthDeg)
        return EndReason::PositionUnknown;
    return std::nullopt;
}

std::optional<int> RotatorTracker::rawFor(const SkyPosition &position) const
{
    const RotatorState &state = d->rotator->state();
    const int maxDeg = state.maxRotateDeg;
    if (state.elevationMode) {
        const int raw = int(std::lround(position.elevationDeg));
        if (raw < 0 || raw > maxDeg)
            return std::nullopt;
        return raw;
    }
    const int first = wrapBearingDeg(int(std::lround(position.azimuthDeg)) - state.startAzimuthDeg);
    // The copy the plan chose for this moment (else the one nearest to where the antenna is).
    double wanted = state.rawAzimuthDeg.value_or(0);
    const qint64 now = d->clock.nowMs();
    const auto &points = d->plan.points;
    auto it = std::upper_bound(points.cbegin(), points.cend(), now,
                               [](qint64 t, const PlannedPoint &p) { return t < p.atMs; });
    if (it != points.cbegin() && !std::prev(it)->unreachable)
        wanted = std::prev(it)->rawAzimuthDeg;
    else if (it != points.cend() && !it->unreachable)
        wanted = it->rawAzimuthDeg;
    std::optional<int> best;
    for (const int raw : {first, first + 360}) {
        if (raw > maxDeg)
            continue;
        if (!best || std::abs(raw - wanted) < std::abs(*best - wanted))
            best = raw;
    }
    return best;
}

void RotatorTracker::planAhead()
{
    d->visible.clear();
    d->plan = {};
    const QDateTime startUtc = d->clock.nowUtc();
    const qint64 startMs = d->clock.nowMs();
    bool risen = false;
    QList<TrackPoint> track;
    for (qint64 offset = 0; offset <= d->settings.planHorizonMs; offset += d->settings.planStepMs) {
        const QDateTime at = startUtc.addMSecs(offset);
        const auto position = d->target(at);
        if (!position)
            break;
        if (!risen) {
            // Already up (above the stop elevation) counts as risen at the first sample.
            const double needed
                = offset == 0 ? d->settings.stopElevationDeg : d->settings.startElevationDeg;
            if (position->elevationDeg < std::max(needed, d->settings.stopElevationDeg))
                continue;
            risen = true;
        } else if (position->elevationDeg < d->settings.stopElevationDeg) {
            break;
        }
        d->visible.append({at, *position});
        track.append({startMs + offset, position->azimuthDeg, position->elevationDeg});
    }
    const RotatorState &state = d->rotator->state();
    if (state.elevationMode || track.isEmpty())
        return;
    Antenna antenna;
    antenna.startAzimuthDeg = state.startAzimuthDeg;
    antenna.maxRotateDeg = state.maxRotateDeg;
    if (state.rawAzimuthDeg)
        antenna.currentRawDeg = *state.rawAzimuthDeg;
    if (const auto speed = d->rotator->measuredSpeedDegPerSec())
        antenna.azimuthSpeedDegPerSec = *speed;
    d->plan = planTrack(track, antenna);
}

bool RotatorTracker::start()
{
    if (d->state != State::Idle)
        return d->state != State::Ended;
    if (const auto problem = rotatorProblem()) {
        d->state = State::WaitingForRise; // so that endNow reports the transition
        endNow(*problem, {});
        return false;
    }
    planAhead();
    d->state = State::WaitingForRise;
    if (d->visible.isEmpty()) {
        endNow(EndReason::NeverRises, {});
        return false;
    }
    // Up already (above the stop elevation): follow from now on, even below the start elevation.
    if (d->visible.first().first <= d->clock.nowUtc())
        d->state = State::Tracking;
    emit stateChanged(d->state);
    poll();
    return d->state != State::Ended;
}

std::optional<RotatorTracker::EndReason> RotatorTracker::preview()
{
    if (d->state != State::Idle)
        return d->state == State::Ended ? std::optional(d->endReason) : std::nullopt;
    if (const auto problem = rotatorProblem())
        return problem;
    planAhead();
    if (d->visible.isEmpty())
        return EndReason::NeverRises;
    return std::nullopt;
}

void RotatorTracker::stop()
{
    if (d->state == State::Ended || d->state == State::Idle)
        return;
    endNow(EndReason::Stopped, {});
    if (d->rotator) {
        d->sending = true;
        d->rotator->stop();
        d->sending = false;
    }
}

void RotatorTracker::poll()
{
    if (d->state != State::WaitingForRise && d->state != State::Tracking)
        return;
    if (const auto problem = rotatorProblem()) {
        endNow(*problem, {});
        return;
    }
    const auto position = d->target(d->clock.nowUtc());
    if (!position)
        return;
    if (d->state == State::WaitingForRise) {
        if (position->elevationDeg < d->settings.startElevationDeg) {
            // The planned rise passed without it (the target's path changed): over.
            if (!d->visible.isEmpty()
                && d->clock.nowUtc() > d->visible.last().first.addMSecs(d->settings.planStepMs))
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
    const auto raw = rawFor(*position);
    if (!raw) {
        endNow(EndReason::OutOfReach,
               QStringLiteral("azimuth %1, elevation %2")
                   .arg(position->azimuthDeg, 0, 'f', 1)
                   .arg(position->elevationDeg, 0, 'f', 1));
        return;
    }
    // The firmware's half rule (spec 5.3): from the upper half of an overlap range, a Target
    // below max - 360 is moved to its +360 copy. To reach the lower copy the plan chose, head
    // for max - 360 first (never moved) and send the planned value once below the half.
    int wanted = *raw;
    const RotatorState &unit = d->rotator->state();
    if (!unit.elevationMode && unit.maxRotateDeg > 360 && wanted < unit.maxRotateDeg - 360
        && *unit.rawAzimuthDeg >= unit.maxRotateDeg / 2)
        wanted = unit.maxRotateDeg - 360;
    const qint64 now = d->clock.nowMs();
    const int from = d->lastSentRaw.value_or(*unit.rawAzimuthDeg);
    if (std::abs(wanted - from) < d->settings.deadBandDeg) {
        d->lastSentRaw = from;
        return;
    }
    if (d->lastSentMs && now - *d->lastSentMs < d->settings.minIntervalMs)
        return;
    d->sending = true;
    const CommandResult result = d->rotator->turnToRaw(wanted);
    d->sending = false;
    if (!result.accepted()) {
        endNow(EndReason::Refused, result.detail);
        return;
    }
    d->lastSentRaw = wanted;
    d->lastSentMs = now;
}

RotatorTracker::State RotatorTracker::state() const
{
    return d->state;
}

RotatorTracker::EndReason RotatorTracker::endReason() const
{
    return d->endReason;
}

QString RotatorTracker::endDetail() const
{
    return d->endDetail;
}

Rotator *RotatorTracker::rotator() const
{
    return d->rotator;
}

const TrackSettings &RotatorTracker::settings() const
{
    return d->settings;
}

const TrackPlan &RotatorTracker::plan() const
{
    return d->plan;
}

const QList<QPair<QDateTime, SkyPosition>> &RotatorTracker::visibleTrack() const
{
    return d->visible;
}

} // namespace tracking
