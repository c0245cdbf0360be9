// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <cstdint>
#include <optional>

/// Planning a whole track before it starts, so that the antenna never has to unwind in the
/// middle of it: on a rotator with more than 360° of range, the copy of the first bearing to
/// start on; on an azimuth/elevation pair whose elevation unit reaches over the zenith (raw
/// 0..180), the "flip" (azimuth + 180°, elevation 180° − el) where it saves a swing. Pure: no
/// clock, no rotator, no Qt objects.
namespace tracking {

/// Where the target is at one moment: a compass bearing and an elevation above the horizon.
struct TrackPoint
{
    qint64 atMs = 0;
    double azimuthDeg = 0; ///< compass, 0..360
    double elevationDeg = 0; ///< -90..90 (used only by pairs)
};

/// The antenna that follows the track.
struct Antenna
{
    /// Bearing of raw azimuth 0 (the CCW end stop) and the azimuth unit's range.
    int startAzimuthDeg = 0;
    int maxRotateDeg = 360;
    /// Where the azimuth unit stands now (raw), when known: the plan starts nearest to it.
    std::optional<double> currentRawDeg;
    /// An elevation unit is paired with it (raw elevation 0..elevationMaxRawDeg, 90 = zenith).
    bool hasElevation = false;
    int elevationMaxRawDeg = 180;
    /// Speeds the units turn at (the firmware gives about 1-6 °/s).
    double azimuthSpeedDegPerSec = 3.0;
    double elevationSpeedDegPerSec = 3.0;
};

/// What a plan does at one track point.
struct PlannedPoint
{
    qint64 atMs = 0;
    double rawAzimuthDeg = 0;
    /// Pairs only: the elevation unit's raw value (flipped: 180 − el).
    std::optional<double> rawElevationDeg;
    bool flipped = false;
    /// No position of the antenna points there (a dark zone, below the elevation unit's range):
    /// the antenna waits at the previous point.
    bool unreachable = false;
};

/// A moment where the antenna cannot keep up with the track.
struct Break
{
    enum class Kind : std::uint8_t {
        Unwind, ///< the azimuth must go more than half a turn back (an end stop is in the way)
        TooFast, ///< the target moves faster than the units can follow (e.g. near the zenith)
    };
    Kind kind = Kind::Unwind;
    qint64 atMs = 0; ///< the track point the antenna is late for
    double travelDeg = 0; ///< how far the azimuth (or elevation) must move meanwhile
};

struct TrackPlan
{
    QList<PlannedPoint> points;
    /// Breaks of this plan (none when the track fits).
    QList<Break> breaks;
    /// The same track followed point by point from the nearest position each time (what a
    /// client without planning does): its breaks, to show what planning saved.
    QList<Break> unplannedBreaks;
    /// Raw azimuth travel from currentRawDeg to the first point (0 when unknown).
    double startTravelDeg = 0;
    [[nodiscard]] bool fits() const { return breaks.isEmpty(); }
};

/// Plans a track (points in time order; an empty track gives an empty plan). The plan has the
/// fewest breaks possible for this antenna, then the least travel, then starts nearest to the
/// current position.
[[nodiscard]] TrackPlan planTrack(const QList<TrackPoint> &track, const Antenna &antenna);

} // namespace tracking
