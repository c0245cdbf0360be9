// SPDX-License-Identifier: GPL-3.0-or-later
#include "turnplanner.h"

#include "rotatorstate.h"

#include "protocol/command.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace model {

namespace {

void setWhyNot(CommandResult *whyNot, CommandResult::Code code, const QString &detail)
{
    if (whyNot)
        *whyNot = CommandResult {code, detail};
}

int clampedMax(const TurnSituation &situation)
{
    return std::clamp(situation.maxRotateDeg, 0, protocol::maxRotateLimitDeg);
}

/// Fills in everything that follows from (from, sent, destination).
TurnPlan makePlan(const TurnSituation &situation, int fromRawDeg, int sentRawDeg,
                  int destinationRawDeg)
{
    TurnPlan plan;
    plan.fromRawDeg = fromRawDeg;
    plan.rawTargetDeg = sentRawDeg;
    plan.destinationRawDeg = destinationRawDeg;
    plan.bearingDeg = situation.elevationMode
        ? destinationRawDeg
        : wrapBearingDeg(destinationRawDeg + situation.startAzimuthDeg);
    plan.travelDeg = std::abs(destinationRawDeg - fromRawDeg);
    if (destinationRawDeg > fromRawDeg)
        plan.direction = TurnPlan::Direction::Clockwise;
    else if (destinationRawDeg < fromRawDeg)
        plan.direction = TurnPlan::Direction::CounterClockwise;
    plan.usesOverlap = !situation.elevationMode && (destinationRawDeg > 359 || fromRawDeg > 359);
    // The compass-shortest way is never more than 180°: a longer travel means the range (or
    // the firmware's half rule) forces the long way round.
    plan.longUnwind = !situation.elevationMode && plan.travelDeg > 180;
    if (situation.moving) {
        // The firmware treats "target == current" as counter-clockwise (§5.3 step 3).
        const int firmwareDirection = destinationRawDeg > fromRawDeg ? 1 : -1;
        plan.stopFirst
            = situation.movingDirection == 0 || situation.movingDirection != firmwareDirection;
    }
    const double speed
        = situation.speedDegPerSec > 0.1 ? situation.speedDegPerSec : defaultSpeedDegPerSec;
    plan.estimatedSeconds = plan.travelDeg / speed;
    return plan;
}

std::optional<TurnPlan> planOneEnd(const TurnSituation &situation, double bearingDeg,
                                   CommandResult *whyNot)
{
    if (!std::isfinite(bearingDeg)) {
        setWhyNot(whyNot, CommandResult::Code::InvalidValue,
                  QStringLiteral("bearing is not a finite number"));
        return std::nullopt;
    }
    if (std::abs(bearingDeg) > 1e6) {
        setWhyNot(whyNot, CommandResult::Code::InvalidValue,
                  QStringLiteral("bearing %1 is not a sensible value").arg(bearingDeg));
        return std::nullopt;
    }
    const int maxDeg = clampedMax(situation);
    const int rounded = static_cast<int>(std::lround(bearingDeg));

    if (situation.elevationMode) {
        if (rounded < 0 || rounded > maxDeg) {
            setWhyNot(whyNot, CommandResult::Code::OutOfRange,
                      QStringLiteral("elevation %1 is outside 0..%2").arg(rounded).arg(maxDeg));
            return std::nullopt;
        }
        return planTurnToRaw(situation, rounded, whyNot);
    }

    const int bearing = wrapBearingDeg(rounded);
    const int firstCopy = wrapBearingDeg(bearing - situation.startAzimuthDeg);
    const int copies[] = {firstCopy, firstCopy + 360};
    bool anyInRange = false;
    for (const int raw : copies)
        anyInRange = anyInRange || raw <= maxDeg;
    if (!anyInRange) {
        setWhyNot(whyNot, CommandResult::Code::DarkZone,
                  QStringLiteral("bearing %1° is in the dark zone: raw %2 is beyond the range "
                                 "0..%3")
                      .arg(bearing)
                      .arg(firstCopy)
                      .arg(maxDeg));
        return std::nullopt;
    }
    if (!situation.currentRawDeg) {
        setWhyNot(whyNot, CommandResult::Code::PositionUnknown,
                  QStringLiteral("the current azimuth is not known yet"));
        return std::nullopt;
    }
    const int current = *situation.currentRawDeg;

    std::optional<int> bestDestination;
    for (const int raw : copies) {
        if (raw > maxDeg)
            continue;
        const std::optional<int> destination
            = protocol::firmwareDestinationRaw(current, raw, maxDeg);
        if (!destination)
            continue;
        const bool better = !bestDestination
            || std::abs(*destination - current) < std::abs(*bestDestination - current)
            || (std::abs(*destination - current) == std::abs(*bestDestination - current)
                && *destination < *bestDestination);
        if (better)
            bestDestination = destination;
    }
    if (!bestDestination) {
        setWhyNot(whyNot, CommandResult::Code::DarkZone,
                  QStringLiteral("bearing %1° cannot be reached with range 0..%2")
                      .arg(bearing)
                      .arg(maxDeg));
        return std::nullopt;
    }
    // Send the destination itself: the firmware keeps it unchanged (values >= max - 360 are
    // never moved, and a kept low value stays kept), so what we send is where it goes.
    const int sent = *bestDestination;
    const std::optional<int> check = protocol::firmwareDestinationRaw(current, sent, maxDeg);
    if (!check || *check != sent) {
        setWhyNot(whyNot, CommandResult::Code::DarkZone,
                  QStringLiteral("no raw value reaches bearing %1° from raw %2")
                      .arg(bearing)
                      .arg(current));
        return std::nullopt;
    }
    return makePlan(situation, current, sent, sent);
}

} // namespace

std::optional<TurnPlan> planTurnToBearing(const TurnSituation &situation, double bearingDeg,
                                          CommandResult *whyNot)
{
    if (!situation.bidirectional || situation.elevationMode || !std::isfinite(bearingDeg))
        return planOneEnd(situation, bearingDeg, whyNot);
    CommandResult whyNotFront;
    std::optional<TurnPlan> front = planOneEnd(situation, bearingDeg, &whyNotFront);
    std::optional<TurnPlan> back = planOneEnd(situation, bearingDeg + 180.0, nullptr);
    if (back && (!front || back->travelDeg < front->travelDeg)) {
        back->otherEnd = true;
        return back;
    }
    if (!front && whyNot)
        *whyNot = whyNotFront;
    return front;
}

std::optional<TurnPlan> planTurnToRaw(const TurnSituation &situation, int rawDeg,
                                      CommandResult *whyNot)
{
    const int maxDeg = clampedMax(situation);
    if (rawDeg < 0 || rawDeg > maxDeg) {
        setWhyNot(whyNot, CommandResult::Code::OutOfRange,
                  QStringLiteral("raw %1 is outside 0..%2").arg(rawDeg).arg(maxDeg));
        return std::nullopt;
    }
    if (!situation.currentRawDeg) {
        TurnSituation unknown = situation;
        unknown.movingDirection = 0; // moving in an unknown direction: stop first
        return makePlan(unknown, rawDeg, rawDeg, rawDeg);
    }
    const int current = *situation.currentRawDeg;
    const std::optional<int> destination
        = protocol::firmwareDestinationRaw(current, rawDeg, maxDeg);
    return makePlan(situation, current, rawDeg, destination.value_or(rawDeg));
}

} // namespace model
