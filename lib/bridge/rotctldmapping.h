// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/rotatorstate.h"

#include <optional>

/// How a rotator's raw range is presented to rotctld clients, and how their `P az el` maps back.
///
/// rotctld clients (rotctl, gpredict, …) speak compass azimuth and enforce `min_az..max_az` from
/// `\dump_state` themselves. An IP-Rotator's raw range starts at StartAzimuth S and spans
/// MaxRotateDegree M, so the reachable "unwrapped" azimuths are S .. S+M. RotorDeck announces
///
///   min_az = 0,  max_az = max(360, S + M)      (elevation-only units: 0 .. 360, az ignored)
///   min_el = 0,  max_el = 90                   (elevation-only units: 0 .. M, i.e. 180)
///
/// and maps a requested azimuth x as follows:
/// - 0 <= x <= 360: a compass bearing (360 = 0). The model picks the raw copy (shortest move
///   that respects the firmware's half rule); dark-zone bearings are refused.
/// - 360 < x <= S + M: an explicit unwrapped azimuth, raw = x - S. This is how a client asks for
///   the overlap copy (e.g. S 0, M 450: `P 400 0` = raw 400, compass 40 through the overlap).
/// - anything else, and an elevation outside min_el..max_el: refused (RPRT -1), as rotctld
///   refuses values outside the limits it advertises.
/// Positions (`p`) are reported in the same frame: raw positions on the first turn (raw < 360)
/// as the compass bearing 0..359, positions in the overlap (raw >= 360) as S + raw, above 360.
/// So `P 400 0` on a 450 deg unit (S = 0) reads back as 400, not 40, and a client can tell which
/// side of the overlap the antenna is on; `P` of a reported value turns to that same raw copy.
/// Elevation-only units: the azimuth is accepted (within 0..360) and ignored, the elevation is
/// the raw value (0 = one horizon, 90 = zenith, 180 = the other horizon); `p` reports az 0 and
/// that raw value.
///
/// Az/el pairs (AzElPairTarget): the azimuth frame of the azimuth unit as above, and
///
///   min_el = 0,  max_el = the elevation unit's range (180: over the zenith; at most 180)
///
/// `P az el` with el <= 90 and az <= 360 points the antenna there and lets the pair choose the
/// pose (it flips when that saves an unwind or an end stop); el > 90 is the client's own flip
/// and az > 360 an explicit overlap copy: both are taken as the raw pose. `p` answers in the frame
/// of the last command: where the antenna points (el 0..90, a flipped pose folded back) after a
/// chosen pose, the raw pose after a client's own one, so that either kind of client reads back
/// what it sent.
class RotctldMapping
{
public:
    struct Limits
    {
        double minAzDeg = 0.0;
        double maxAzDeg = 360.0;
        double minElDeg = 0.0;
        double maxElDeg = 90.0;
        friend bool operator==(const Limits &, const Limits &) = default;
    };

    /// What a `P az el` asks the model to do.
    struct Target
    {
        enum class Kind { Bearing, Raw };
        Kind kind = Kind::Bearing;
        /// Kind::Bearing: compass bearing 0..<360.
        double bearingDeg = 0.0;
        /// Kind::Raw: raw value for Rotator::turnToRaw (range-checked there).
        int rawDeg = 0;
        friend bool operator==(const Target &, const Target &) = default;
    };

    /// What a `P az el` asks an az/el pair to do.
    struct PairTarget
    {
        enum class Kind {
            Point, ///< compass bearingDeg, elevationDeg 0..90: the pair chooses the pose
            BearingRawElevation, ///< compass bearingDeg, raw rawElevationDeg (client's flip)
            RawPose, ///< rawAzimuthDeg and rawElevationDeg as they are
        };
        Kind kind = Kind::Point;
        double bearingDeg = 0.0;
        double elevationDeg = 0.0;
        int rawAzimuthDeg = 0;
        int rawElevationDeg = 0;
        friend bool operator==(const PairTarget &, const PairTarget &) = default;
    };

    [[nodiscard]] static Limits limitsFor(const RotatorState &state);
    /// nullopt when the request lies outside the announced limits (or is not finite).
    [[nodiscard]] static std::optional<Target> targetFor(const RotatorState &state,
                                                         double azimuthDeg, double elevationDeg);
    /// (azimuth, elevation) to report for `p`, in the frame described above; nullopt while the
    /// position is unknown. Says nothing about whether it is current (see RotctldServer).
    [[nodiscard]] static std::optional<std::pair<double, double>>
    positionFor(const RotatorState &state);

    /// Limits of a pair: the azimuth unit's frame, elevation 0..elevationMaxRawDeg.
    [[nodiscard]] static Limits pairLimitsFor(const RotatorState &azimuth, int elevationMaxRawDeg);
    /// nullopt when the request lies outside pairLimitsFor (or is not finite).
    [[nodiscard]] static std::optional<PairTarget> pairTargetFor(const RotatorState &azimuth,
                                                                 int elevationMaxRawDeg,
                                                                 double azimuthDeg,
                                                                 double elevationDeg);
    /// (azimuth, elevation) of a pair for `p`: the raw pose when clientPoseFrame, else where the
    /// antenna points. nullopt while either position is unknown.
    [[nodiscard]] static std::optional<std::pair<double, double>>
    pairPositionFor(const RotatorState &azimuth, const RotatorState &elevation,
                    bool clientPoseFrame);
};
