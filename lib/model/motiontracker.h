// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace model {

/// What the rotator's messages say about its motion beyond the plain values: whether it moves
/// while its Status is unknown (the firmware never re-sends Status), the direction of the move,
/// and the measured speed. Pure: the caller passes the time and keeps RotatorState itself.
class MotionTracker
{
public:
    /// A stopped device follows every Azimuth with AzimuthStop at once; an Azimuth left without
    /// one for this long means moving.
    static constexpr qint64 azimuthStopGraceMs = 1500;
    /// Speed is measured over at least this long.
    static constexpr qint64 speedWindowMs = 1000;
    /// Measurements outside this range are glitches (a potentiometer jump, a stall), not speed.
    static constexpr double minPlausibleSpeedDegPerSec = 0.2;
    static constexpr double maxPlausibleSpeedDegPerSec = 90.0;
    /// Weight of a new measurement in the running average (the rest stays with the old value).
    static constexpr double newSpeedWeight = 0.3;
    /// The Status magnitude of the steady run between the ramps (±2).
    static constexpr int runningStatusMagnitude = 2;

    /// An Azimuth while Status is unknown: true when it proves the device moves (a different
    /// value from the Azimuth before it with no AzimuthStop between them).
    [[nodiscard]] bool azimuthWithoutStatus(int rawDeg, qint64 nowMs);
    /// True once an Azimuth seen while Status is unknown waited azimuthStopGraceMs for its
    /// AzimuthStop in vain.
    [[nodiscard]] bool azimuthStopOverdue(qint64 nowMs) const;
    /// Status became known, the device stopped, or what came before no longer counts (broker
    /// back): no Azimuth waits for its AzimuthStop any more.
    void forgetUnconfirmedAzimuth();

    /// A new position. previousRawDeg is the one known before it; moving and status are the
    /// state with this message applied. Feeds the direction and the speed measurement.
    void notePosition(std::optional<int> previousRawDeg, int rawDeg, bool moving,
                      std::optional<int> status, qint64 nowMs);
    /// A Status code (also ends the wait for an AzimuthStop); a moving code sets the direction.
    void noteStatus(int code);
    /// The device stopped: the next move measures afresh.
    void noteStopped();

    /// +1 clockwise, -1 counter-clockwise, 0 when not moving or not known. A moving Status
    /// tells it; without one the last change of position does.
    [[nodiscard]] int direction(bool moving, std::optional<int> status) const;
    /// Running average of the measured speed; nullopt until one was measured.
    [[nodiscard]] std::optional<double> speedDegPerSec() const { return m_speedDegPerSec; }

private:
    std::optional<qint64> m_unconfirmedAzimuthMs;
    std::optional<int> m_unconfirmedAzimuthRaw;
    int m_lastMoveDirection = 0;
    std::optional<double> m_speedDegPerSec;
    std::optional<qint64> m_speedSampleMs;
    int m_speedSampleRaw = 0;
};

} // namespace model
