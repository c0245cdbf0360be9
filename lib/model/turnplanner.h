// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresult.h"
#include "turnplan.h"

#include <optional>

/// Pure turn planning for one IP-Rotator (no I/O): which raw Target to send for a compass
/// bearing, and what the firmware will really do with it (spec §5.3).
namespace model {

/// What the planner needs to know about the rotator right now.
struct TurnSituation
{
    /// Current raw azimuth; may be negative or above the range (potentiometer end zones).
    std::optional<int> currentRawDeg;
    int startAzimuthDeg = 0;
    int maxRotateDeg = 360;
    bool elevationMode = false;
    bool moving = false;
    /// +1 clockwise, -1 counter-clockwise, 0 unknown (only looked at while moving).
    int movingDirection = 0;
    /// For estimatedSeconds.
    double speedDegPerSec = 6.0;
    /// The antenna radiates both ways (rotatable dipole, some wire beams): either end may point
    /// at a bearing, and the nearer one is used.
    bool bidirectional = false;
};

/// Default speed used until one was measured.
inline constexpr double defaultSpeedDegPerSec = 6.0;

/// Plans a turn to a compass bearing (any finite value, rounded and wrapped into 0..359; in
/// elevation mode the value is the raw 0..max itself). Candidates are the raw copies
/// (bearing - start) mod 360 and that + 360 inside 0..max; for each the firmware's real
/// destination is computed (half rule) and the shortest real move wins. The planned
/// rawTargetDeg is that destination itself, so the firmware never changes it. nullopt with
/// *whyNot set for non-finite input, an unknown position or a bearing in the dark zone.
/// A bidirectional azimuth antenna also plans bearing + 180 and takes it when that travels less
/// (or when the bearing itself cannot be reached); the plan's otherEnd says so.
[[nodiscard]] std::optional<TurnPlan> planTurnToBearing(const TurnSituation &situation,
                                                        double bearingDeg,
                                                        CommandResult *whyNot = nullptr);

/// Plans sending an explicit raw target (0..max, else OutOfRange). The plan's rawTargetDeg is
/// where the firmware will really go (it may add 360, §5.3); when the current position is
/// unknown the value is taken as it is.
[[nodiscard]] std::optional<TurnPlan> planTurnToRaw(const TurnSituation &situation, int rawDeg,
                                                    CommandResult *whyNot = nullptr);

} // namespace model
