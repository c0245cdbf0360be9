// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpose.h"

#include "protocol/command.h"

#include <cmath>
#include <cstdlib>

namespace tracking {

namespace {

struct Candidate
{
    AzElPose pose;
    int costDeg = 0;
    int azimuthTravelDeg = 0;
};

/// True when a is the better candidate of one side: cheaper, then less azimuth travel, then the
/// lower raw copy (so the choice never depends on the order candidates were found in).
bool better(const Candidate &a, const Candidate &b)
{
    if (a.costDeg != b.costDeg)
        return a.costDeg < b.costDeg;
    if (a.azimuthTravelDeg != b.azimuthTravelDeg)
        return a.azimuthTravelDeg < b.azimuthTravelDeg;
    return a.pose.rawAzimuthDeg < b.pose.rawAzimuthDeg;
}

int wrapDeg(int deg)
{
    const int m = deg % 360;
    return m < 0 ? m + 360 : m;
}

/// The best candidate of one side (flipped or not); nullopt when that side cannot point there.
std::optional<Candidate> bestOfSide(bool flipped, int bearingDeg, int elevationDeg,
                                    const AzElRanges &ranges, int currentAzDeg, int currentElDeg)
{
    const int rawElevation = flipped ? 180 - elevationDeg : elevationDeg;
    if (rawElevation < 0 || rawElevation > ranges.elevationMaxRawDeg)
        return std::nullopt;
    const int firstCopy = wrapDeg(bearingDeg + (flipped ? 180 : 0) - ranges.startAzimuthDeg);
    std::optional<Candidate> best;
    for (int copy = firstCopy; copy <= ranges.maxRotateDeg; copy += 360) {
        const std::optional<int> destination
            = protocol::firmwareDestinationRaw(currentAzDeg, copy, ranges.maxRotateDeg);
        if (!destination)
            continue;
        Candidate candidate;
        candidate.pose = {*destination, rawElevation, flipped};
        candidate.azimuthTravelDeg = std::abs(*destination - currentAzDeg);
        candidate.costDeg
            = std::max(candidate.azimuthTravelDeg, std::abs(rawElevation - currentElDeg));
        if (!best || better(candidate, *best))
            best = candidate;
    }
    return best;
}

} // namespace

std::optional<AzElPose> chooseAzElPose(double azimuthDeg, double elevationDeg,
                                       const AzElRanges &ranges, int currentRawAzimuthDeg,
                                       int currentRawElevationDeg)
{
    if (!std::isfinite(azimuthDeg) || !std::isfinite(elevationDeg) || std::abs(azimuthDeg) > 1e6)
        return std::nullopt;
    const long elevation = std::lround(elevationDeg);
    if (elevation < 0 || elevation > 90)
        return std::nullopt;
    const int bearing = wrapDeg(int(std::lround(azimuthDeg)));

    const bool nowFlipped = currentRawElevationDeg > 90;
    const auto same = bestOfSide(nowFlipped, bearing, int(elevation), ranges, currentRawAzimuthDeg,
                                 currentRawElevationDeg);
    const auto other = bestOfSide(!nowFlipped, bearing, int(elevation), ranges,
                                  currentRawAzimuthDeg, currentRawElevationDeg);
    if (!same && !other)
        return std::nullopt;
    if (!same)
        return other->pose;
    if (!other)
        return same->pose;
    if (other->costDeg + flipHysteresisDeg < same->costDeg)
        return other->pose;
    return same->pose;
}

} // namespace tracking
