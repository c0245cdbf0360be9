// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

/// What a turn will really do, computed before it is sent (the firmware's half rule included).
struct TurnPlan
{
    enum class Direction { None, Clockwise, CounterClockwise };

    int fromRawDeg = 0;
    /// The raw value that goes into the Target message (always within 0..maxRotateDeg).
    int rawTargetDeg = 0;
    /// Compass bearing the antenna ends up at.
    int bearingDeg = 0;
    /// Where the firmware will really drive to (spec §5.3 half rule applied). Equal to
    /// rawTargetDeg for bearing plans; an explicit raw target may be moved to its +360 copy.
    int destinationRawDeg = 0;
    Direction direction = Direction::None;
    /// Degrees of travel, |destinationRaw - fromRaw|.
    int travelDeg = 0;
    /// The target lies in the overlap (raw > 359) or the path crosses into/out of it.
    bool usesOverlap = false;
    /// Moving now in the opposite direction: the model sends stop first, the target after Status 0.
    bool stopFirst = false;
    /// A shorter path to the same bearing exists on the compass but the range forces this one
    /// (e.g. unwinding through the overlap); the UI asks before sending.
    bool longUnwind = false;
    /// Estimated duration from the measured speed (or a default when none was measured yet).
    double estimatedSeconds = 0.0;
    /// A bidirectional antenna turned its other end to the bearing asked for: bearingDeg is
    /// where its front points, 180° from the request.
    bool otherEnd = false;

    friend bool operator==(const TurnPlan &, const TurnPlan &) = default;
};
