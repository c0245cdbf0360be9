// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackplanner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tracking {

namespace {

/// A late arrival shorter than this is no break (the firmware's own start and stop ramps).
constexpr double lateToleranceSec = 1.0;

/// One way the antenna can point at one track point.
struct Pose
{
    double rawAzimuthDeg = 0;
    double rawElevationDeg = 0;
    bool flipped = false;
};

/// Lexicographic: fewer breaks first, then less travel.
struct Cost
{
    int breaks = 0;
    double travelDeg = 0;

    friend bool operator<(const Cost &a, const Cost &b)
    {
        if (a.breaks != b.breaks)
            return a.breaks < b.breaks;
        return a.travelDeg < b.travelDeg;
    }
    Cost operator+(const Cost &other) const
    {
        return {breaks + other.breaks, travelDeg + other.travelDeg};
    }
};

double wrapDeg(double deg)
{
    const double m = std::fmod(deg, 360.0);
    return m < 0 ? m + 360.0 : m;
}

/// Every pose of the antenna that points at p: each copy of the bearing within the azimuth
/// range and, for a pair, the flipped pose too. Empty when none reaches it.
std::vector<Pose> posesFor(const TrackPoint &p, const Antenna &antenna)
{
    std::vector<Pose> poses;
    const int flips = antenna.hasElevation ? 2 : 1;
    for (int flip = 0; flip < flips; ++flip) {
        const bool flipped = flip == 1;
        const double bearing = wrapDeg(p.azimuthDeg + (flipped ? 180.0 : 0.0));
        const double rawElevation = flipped ? 180.0 - p.elevationDeg : p.elevationDeg;
        if (antenna.hasElevation && (rawElevation < 0 || rawElevation > antenna.elevationMaxRawDeg))
            continue;
        const double firstRaw = wrapDeg(bearing - antenna.startAzimuthDeg);
        for (double raw = firstRaw; raw <= antenna.maxRotateDeg + 1e-9; raw += 360.0)
            poses.push_back({raw, rawElevation, flipped});
    }
    return poses;
}

/// The cost of moving from pose a to pose b in dtSec, and the break it makes (if any).
Cost stepCost(const Pose &a, const Pose &b, double dtSec, const Antenna &antenna,
              std::optional<Break> *brokenBy = nullptr, qint64 atMs = 0)
{
    const double azTravel = std::abs(b.rawAzimuthDeg - a.rawAzimuthDeg);
    const double elTravel
        = antenna.hasElevation ? std::abs(b.rawElevationDeg - a.rawElevationDeg) : 0.0;
    const double neededSec = std::max(azTravel / antenna.azimuthSpeedDegPerSec,
                                      elTravel / antenna.elevationSpeedDegPerSec);
    Cost cost {0, azTravel + elTravel};
    if (neededSec > dtSec + lateToleranceSec) {
        cost.breaks = 1;
        if (brokenBy) {
            Break late;
            late.kind = azTravel > 180.0 ? Break::Kind::Unwind : Break::Kind::TooFast;
            late.atMs = atMs;
            late.travelDeg = std::max(azTravel, elTravel);
            *brokenBy = late;
        }
    }
    return cost;
}

double startTravel(const Pose &pose, const Antenna &antenna)
{
    return antenna.currentRawDeg ? std::abs(pose.rawAzimuthDeg - *antenna.currentRawDeg) : 0.0;
}

PlannedPoint planned(const TrackPoint &p, const Pose &pose, const Antenna &antenna)
{
    PlannedPoint point;
    point.atMs = p.atMs;
    point.rawAzimuthDeg = pose.rawAzimuthDeg;
    if (antenna.hasElevation)
        point.rawElevationDeg = pose.rawElevationDeg;
    point.flipped = pose.flipped;
    return point;
}

/// What a client without a plan does: start nearest to the antenna, then each time take the
/// unflipped pose nearest to the last one.
QList<Break> unplannedBreaks(const QList<TrackPoint> &track, const Antenna &antenna)
{
    QList<Break> breaks;
    std::optional<Pose> last;
    qint64 lastMs = 0;
    for (const TrackPoint &p : track) {
        std::vector<Pose> poses = posesFor(p, antenna);
        std::erase_if(poses, [](const Pose &pose) { return pose.flipped; });
        if (poses.empty())
            continue;
        const double fromDeg = last ? last->rawAzimuthDeg : antenna.currentRawDeg.value_or(0.0);
        const Pose next
            = *std::min_element(poses.begin(), poses.end(), [&](const Pose &a, const Pose &b) {
                  return std::abs(a.rawAzimuthDeg - fromDeg) < std::abs(b.rawAzimuthDeg - fromDeg);
              });
        if (last) {
            std::optional<Break> broken;
            stepCost(*last, next, double(p.atMs - lastMs) / 1000.0, antenna, &broken, p.atMs);
            if (broken)
                breaks.append(*broken);
        }
        last = next;
        lastMs = p.atMs;
    }
    return breaks;
}

} // namespace

TrackPlan planTrack(const QList<TrackPoint> &track, const Antenna &antenna)
{
    TrackPlan plan;
    if (track.isEmpty())
        return plan;

    // Viterbi over the poses of each reachable point: best[j] is the cheapest way to reach
    // pose j of the current layer, parent links the layers for the way back.
    struct Layer
    {
        int trackIndex = 0;
        std::vector<Pose> poses;
        std::vector<Cost> best;
        std::vector<int> parent;
    };
    std::vector<Layer> layers;
    for (int i = 0; i < track.size(); ++i) {
        Layer layer;
        layer.trackIndex = i;
        layer.poses = posesFor(track.at(i), antenna);
        if (layer.poses.empty())
            continue; // unreachable: the antenna waits at the previous point
        layer.best.resize(layer.poses.size());
        layer.parent.assign(layer.poses.size(), -1);
        if (layers.empty()) {
            for (std::size_t j = 0; j < layer.poses.size(); ++j)
                layer.best[j] = {0, startTravel(layer.poses[j], antenna)};
        } else {
            const Layer &previous = layers.back();
            const double dtSec
                = double(track.at(i).atMs - track.at(previous.trackIndex).atMs) / 1000.0;
            for (std::size_t j = 0; j < layer.poses.size(); ++j) {
                Cost best {std::numeric_limits<int>::max(), 0};
                for (std::size_t k = 0; k < previous.poses.size(); ++k) {
                    const Cost cost = previous.best[k]
                        + stepCost(previous.poses[k], layer.poses[j], dtSec, antenna);
                    if (cost < best) {
                        best = cost;
                        layer.parent[j] = int(k);
                    }
                }
                layer.best[j] = best;
            }
        }
        layers.push_back(std::move(layer));
    }

    plan.unplannedBreaks = unplannedBreaks(track, antenna);
    if (layers.empty()) {
        for (const TrackPoint &p : track) {
            PlannedPoint point;
            point.atMs = p.atMs;
            point.unreachable = true;
            plan.points.append(point);
        }
        return plan;
    }

    // The way back from the cheapest last pose.
    std::vector<int> chosen(layers.size());
    const Layer &last = layers.back();
    chosen.back() = int(std::min_element(last.best.begin(), last.best.end()) - last.best.begin());
    for (std::size_t l = layers.size() - 1; l > 0; --l)
        chosen[l - 1] = layers[l].parent[std::size_t(chosen[l])];

    std::size_t l = 0;
    std::optional<PlannedPoint> previous;
    for (int i = 0; i < track.size(); ++i) {
        if (l < layers.size() && layers[l].trackIndex == i) {
            const Pose &pose = layers[l].poses[std::size_t(chosen[l])];
            if (l > 0) {
                const Layer &before = layers[l - 1];
                const Pose &from = before.poses[std::size_t(chosen[l - 1])];
                std::optional<Break> broken;
                stepCost(from, pose,
                         double(track.at(i).atMs - track.at(before.trackIndex).atMs) / 1000.0,
                         antenna, &broken, track.at(i).atMs);
                if (broken)
                    plan.breaks.append(*broken);
            } else {
                plan.startTravelDeg = startTravel(pose, antenna);
            }
            previous = planned(track.at(i), pose, antenna);
            plan.points.append(*previous);
            ++l;
        } else {
            PlannedPoint waiting = previous.value_or(PlannedPoint {});
            waiting.atMs = track.at(i).atMs;
            waiting.unreachable = true;
            plan.points.append(waiting);
        }
    }
    return plan;
}

} // namespace tracking
