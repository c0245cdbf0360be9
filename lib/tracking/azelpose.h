// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

/// Choosing, for one (azimuth, elevation) command, how an azimuth/elevation pair points there:
/// which raw copy of the bearing the azimuth unit takes and whether the pair "flips" (azimuth
/// + 180°, elevation unit at 180° − el, past the zenith). planTrack() does this for a whole
/// track it knows in advance; this is the one-command rule for clients that send one position
/// at a time (rotctld, PstRotator). Pure: no clock, no rotator, no Qt objects.
namespace tracking {

/// The pair's ranges: the azimuth unit's StartAzimuth / MaxRotateDegree and the elevation unit's
/// range (raw 0 = one horizon, 90 = zenith, 180 = the other horizon).
struct AzElRanges
{
    int startAzimuthDeg = 0;
    int maxRotateDeg = 360;
    int elevationMaxRawDeg = 180;
};

/// A pose of the pair: the raw values both units are sent.
struct AzElPose
{
    int rawAzimuthDeg = 0;
    int rawElevationDeg = 0;
    /// The elevation unit points past the zenith (raw > 90): the azimuth unit faces away.
    bool flipped = false;

    friend bool operator==(const AzElPose &, const AzElPose &) = default;
};

/// A flip must save more than this much travel of the slower axis: near the zenith both poses
/// cost about the same, and a pair must not flip back and forth there.
inline constexpr int flipHysteresisDeg = 30;

/// The pose for compass azimuth azimuthDeg (any finite value, wrapped) and elevation
/// elevationDeg (0..90 above the horizon), seen from the current raw pose of both units.
///
/// Candidates are every raw copy of the bearing inside 0..maxRotateDeg, unflipped (raw
/// elevation = el) and flipped (bearing + 180, raw elevation 180 − el, when the elevation unit
/// reaches it). The azimuth copy is where the firmware really drives (its half rule may move a
/// low copy to +360), so sending rawAzimuthDeg never surprises. The cost of a pose is the larger
/// of both units' travels. The pair keeps its current side (flipped when the elevation unit is
/// past 90) unless that side cannot point there at all (a dark zone, the elevation range) or
/// the other side costs less by more than flipHysteresisDeg: the flip replaces an unwind, a
/// move into an end stop, or the 180° azimuth swing under the zenith. nullopt when no pose
/// points there (non-finite input, elevation outside 0..90, both sides out of reach).
[[nodiscard]] std::optional<AzElPose> chooseAzElPose(double azimuthDeg, double elevationDeg,
                                                     const AzElRanges &ranges,
                                                     int currentRawAzimuthDeg,
                                                     int currentRawElevationDeg);

} // namespace tracking
