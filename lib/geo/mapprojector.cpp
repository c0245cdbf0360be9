// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprojector.h"

#include <QtMath>

#include <algorithm>

namespace geo {
namespace {

constexpr int maxResampleDepth = 12;

// Plane coordinates are bounded by the antipode's 20,000 km: plain sqrt needs none of hypot's
// care about overflow and is several times faster on this hot path.
double length(const QPointF &v)
{
    return std::sqrt(v.x() * v.x() + v.y() * v.y());
}

double distance(const QPointF &a, const QPointF &b)
{
    return length(a - b);
}

bool isCutEdge(const UnitVector &a, const UnitVector &b)
{
    // Both ends on the antimeridian (y == 0, x < 0), or both at the south pole closure.
    constexpr double eps = 1e-7;
    const bool antimeridian = std::abs(a.y) < eps && std::abs(b.y) < eps && a.x < 0 && b.x < 0;
    const bool southPole = a.z < -0.99999 && b.z < -0.99999;
    return antimeridian || southPole;
}

} // namespace

VectorLine toVectors(const QList<GeoPoint> &points)
{
    VectorLine vectors;
    vectors.reserve(points.size());
    for (const GeoPoint &point : points)
        vectors.append(unitVector(point));
    return vectors;
}

BoundingCap boundingCap(const VectorLine &points)
{
    BoundingCap cap;
    if (points.isEmpty())
        return cap;
    double sx = 0, sy = 0, sz = 0;
    for (const UnitVector &u : points) {
        sx += u.x;
        sy += u.y;
        sz += u.z;
    }
    const double norm = std::sqrt(sx * sx + sy * sy + sz * sz);
    if (norm < 1e-9 * double(points.size()))
        return cap; // spread around a great circle: no useful bound
    cap.centre = {sx / norm, sy / norm, sz / norm};
    double minDot = 1.0;
    for (const UnitVector &u : points)
        minDot = std::min(minDot, u.x * cap.centre.x + u.y * cap.centre.y + u.z * cap.centre.z);
    // Edges are great-circle arcs between the points; a cap of less than a hemisphere is convex
    // on the sphere, so it holds the edges too. A small margin covers rounding.
    cap.radiusRad = std::min(std::numbers::pi, std::acos(std::clamp(minDot, -1.0, 1.0)) + 1e-6);
    if (cap.radiusRad >= std::numbers::pi / 2)
        cap.radiusRad = std::numbers::pi; // not convex any more: do not rely on it
    return cap;
}

MapProjector::MapProjector(const GeoPoint &centre, double clipRadiusKm, double toleranceKm)
    : m_projection(centre)
    , m_clipRadiusKm(std::clamp(clipRadiusKm, 1.0, antipodeDistanceKm))
    , m_toleranceKm(std::max(toleranceKm, 1e-3))
{
}

QPointF MapProjector::clamped(const QPointF &planeKm) const
{
    const double r = length(planeKm);
    if (r <= m_clipRadiusKm)
        return planeKm;
    return planeKm * (m_clipRadiusKm / r);
}

bool MapProjector::isOutside(const QPointF &planeKm) const
{
    return planeKm.x() * planeKm.x() + planeKm.y() * planeKm.y() > m_clipRadiusKm * m_clipRadiusKm;
}

void MapProjector::appendEdge(const UnitVector &a, const QPointF &pa, const UnitVector &b,
                              const QPointF &pb, int depth, PlaneLine &out,
                              QList<QPointF> *unclamped, double *twiceArea) const
{
    const QPointF ca = clamped(pa);
    const QPointF cb = clamped(pb);
    const double chord = distance(ca, cb);
    if (depth < maxResampleDepth && chord > 2.0 * m_toleranceKm) {
        const double sx = a.x + b.x, sy = a.y + b.y, sz = a.z + b.z;
        const double norm = std::sqrt(sx * sx + sy * sy + sz * sz);
        if (norm > 1e-12) {
            const UnitVector m {sx / norm, sy / norm, sz / norm};
            const QPointF pm = m_projection.forward(m.x, m.y, m.z);
            const QPointF cm = clamped(pm);
            const bool bent = distance(cm, (ca + cb) / 2.0) > m_toleranceKm;
            if (bent || chord > 64.0 * m_toleranceKm) {
                appendEdge(a, pa, m, pm, depth + 1, out, unclamped, twiceArea);
                appendEdge(m, pm, b, pb, depth + 1, out, unclamped, twiceArea);
                return;
            }
        }
    }
    out.append(cb);
    if (unclamped)
        unclamped->append(pb);
    if (twiceArea) {
        // Orientation of the unclamped curve: integral of r^2 dtheta, with the wrapped change of
        // direction (the angle from pa to pb, in -pi..pi) so that stretches along the rim near
        // the antipode count right.
        const double cross = pa.x() * pb.y() - pa.y() * pb.x();
        const double dot = pa.x() * pb.x() + pa.y() * pb.y();
        const double step = std::atan2(cross, dot);
        *twiceArea += length(pa) * length(pb) * step;
    }
}

bool MapProjector::projectPolygon(const QList<VectorLine> &rings, QList<PlaneLine> &out) const
{
    bool everyRingAnticlockwise = true;
    bool anyRing = false;
    for (const VectorLine &ring : rings) {
        if (ring.size() < 3)
            continue;
        anyRing = true;
        PlaneLine plane;
        plane.reserve(ring.size() + 8);
        double twiceArea = 0;
        const UnitVector &first = ring.front();
        const QPointF firstPlane = m_projection.forward(first.x, first.y, first.z);
        QPointF previous = firstPlane;
        plane.append(clamped(previous));
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const UnitVector &u = ring[i];
            const QPointF current = m_projection.forward(u.x, u.y, u.z);
            appendEdge(ring[i - 1], previous, u, current, 0, plane, nullptr, &twiceArea);
            previous = current;
        }
        // Close explicitly in case the data did not repeat the first position.
        if (!(ring.back().x == first.x && ring.back().y == first.y && ring.back().z == first.z))
            appendEdge(ring.back(), previous, first, firstPlane, 0, plane, nullptr, &twiceArea);
        if (twiceArea <= 0)
            everyRingAnticlockwise = false;
        out.append(std::move(plane));
    }
    const bool coversAntipode = anyRing && everyRingAnticlockwise;
    if (coversAntipode)
        out.append(rimRing());
    return coversAntipode;
}

void MapProjector::projectLine(const VectorLine &line, bool skipCutEdges,
                               QList<PlaneLine> &out) const
{
    if (line.size() < 2)
        return;
    PlaneLine piece;
    PlaneLine resampled;
    QList<QPointF> raw;
    auto flush = [&] {
        if (piece.size() >= 2)
            out.append(piece);
        piece.clear();
    };
    QPointF previous = m_projection.forward(line[0].x, line[0].y, line[0].z);
    if (!isOutside(previous))
        piece.append(previous);
    for (qsizetype i = 1; i < line.size(); ++i) {
        const UnitVector &u = line[i];
        const QPointF current = m_projection.forward(u.x, u.y, u.z);
        if (skipCutEdges && isCutEdge(line[i - 1], u)) {
            flush();
            if (!isOutside(current))
                piece.append(current);
            previous = current;
            continue;
        }
        resampled.clear();
        raw.clear();
        appendEdge(line[i - 1], previous, u, current, 0, resampled, &raw, nullptr);
        bool wasOutside = isOutside(previous);
        QPointF lastClamped = clamped(previous);
        for (qsizetype k = 0; k < resampled.size(); ++k) {
            const bool outside = isOutside(raw[k]);
            if (!outside) {
                if (wasOutside) // entering: start at the rim
                    piece.append(lastClamped);
                piece.append(resampled[k]);
            } else if (!wasOutside) { // leaving: end at the rim
                piece.append(resampled[k]);
                flush();
            }
            wasOutside = outside;
            lastClamped = resampled[k];
        }
        previous = current;
    }
    flush();
}

bool MapProjector::mayReach(const BoundingCap &cap) const
{
    if (cap.radiusRad >= std::numbers::pi)
        return true;
    const QPointF centrePlane = m_projection.forward(cap.centre.x, cap.centre.y, cap.centre.z);
    const double centreRad = length(centrePlane) / earthRadiusKm;
    return centreRad - cap.radiusRad <= m_clipRadiusKm / earthRadiusKm + 1e-6;
}

PlaneLine MapProjector::rimRing(int points) const
{
    points = std::max(8, points);
    PlaneLine ring;
    ring.reserve(points + 1);
    for (int i = 0; i <= points; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / points;
        ring.append(QPointF(m_clipRadiusKm * std::sin(angle), m_clipRadiusKm * std::cos(angle)));
    }
    return ring;
}

} // namespace geo
