// SPDX-License-Identifier: GPL-3.0-or-later
#include "motiontracker.h"

#include "protocol/status.h"

#include <cstdlib>

namespace model {

bool MotionTracker::azimuthWithoutStatus(int rawDeg, qint64 nowMs)
{
    const bool moved = m_unconfirmedAzimuthMs && m_unconfirmedAzimuthRaw != rawDeg;
    if (!m_unconfirmedAzimuthMs)
        m_unconfirmedAzimuthMs = nowMs;
    m_unconfirmedAzimuthRaw = rawDeg;
    return moved;
}

bool MotionTracker::azimuthStopOverdue(qint64 nowMs) const
{
    return m_unconfirmedAzimuthMs && nowMs - *m_unconfirmedAzimuthMs >= azimuthStopGraceMs;
}

void MotionTracker::forgetUnconfirmedAzimuth()
{
    m_unconfirmedAzimuthMs.reset();
}

void MotionTracker::notePosition(std::optional<int> previousRawDeg, int rawDeg, bool moving,
                                 std::optional<int> status, qint64 nowMs)
{
    if (previousRawDeg && *previousRawDeg != rawDeg)
        m_lastMoveDirection = rawDeg > *previousRawDeg ? 1 : -1;
    // Ramps distort the figure: measure while running or when Status is unknown.
    const bool running = !status || std::abs(*status) == runningStatusMagnitude;
    if (!moving || !running) {
        m_speedSampleMs.reset();
        return;
    }
    if (!m_speedSampleMs) {
        m_speedSampleMs = nowMs;
        m_speedSampleRaw = rawDeg;
        return;
    }
    const qint64 elapsedMs = nowMs - *m_speedSampleMs;
    if (elapsedMs < speedWindowMs)
        return;
    const double measured = std::abs(rawDeg - m_speedSampleRaw) * 1000.0 / elapsedMs;
    if (measured > minPlausibleSpeedDegPerSec && measured < maxPlausibleSpeedDegPerSec)
        m_speedDegPerSec = m_speedDegPerSec
            ? (1.0 - newSpeedWeight) * *m_speedDegPerSec + newSpeedWeight * measured
            : measured;
    m_speedSampleMs = nowMs;
    m_speedSampleRaw = rawDeg;
}

void MotionTracker::noteStatus(int code)
{
    m_unconfirmedAzimuthMs.reset();
    if (code != 0)
        m_lastMoveDirection = protocol::statusDirection(code);
}

void MotionTracker::noteStopped()
{
    m_speedSampleMs.reset();
}

int MotionTracker::direction(bool moving, std::optional<int> status) const
{
    if (!moving)
        return 0;
    if (status && protocol::isMovingStatus(*status))
        return protocol::statusDirection(*status);
    return m_lastMoveDirection;
}

} // namespace model
