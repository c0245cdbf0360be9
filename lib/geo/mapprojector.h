// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azimuthalequidistant.h"
#include "geopoint.h"

#include <QList>
#include <QPointF>

#include <numbers>

namespace geo {

using VectorLine = QList<UnitVector>;
using PlaneLine = QList<QPointF>; ///< km in the projection plane, x east, y north

[[nodiscard]] VectorLine toVectors(const QList<GeoPoint> &points);

/// A spherical cap holding every point and edge of a line or ring (not necessarily the
/// smallest), for skipping map data that cannot reach the visible disc. It bounds a polygon's
/// area only when the polygon's inside lies within its outer ring's cap (check that before
/// skipping polygons by it).
struct BoundingCap
{
    UnitVector centre;
    double radiusRad = std::numbers::pi; ///< pi: may be anywhere
};
[[nodiscard]] BoundingCap boundingCap(const VectorLine &points);

/// Projects rings and lines around a centre onto the azimuthal equidistant disc of radius
/// clipRadiusKm, cut properly at the rim: edges are resampled along their great circles until
/// they are straight to within toleranceKm (so coastlines stay smooth near the antipode, where
/// the projection stretches), and whatever lies beyond the rim is pressed onto it.
///
/// Polygons come out as rings meant for an even-odd fill. The projection draws each ring around
/// its side without the map's antipode; a polygon that covers the antipode (each of its rings,
/// whose inside is on its right, turns anticlockwise on the map) gets the rim circle as an
/// extra ring, which turns its projected inside out.
class MapProjector
{
public:
    MapProjector(const GeoPoint &centre, double clipRadiusKm, double toleranceKm);

    [[nodiscard]] const AzimuthalEquidistant &projection() const { return m_projection; }
    [[nodiscard]] double clipRadiusKm() const { return m_clipRadiusKm; }

    /// Appends the rings of one polygon (outer ring and holes, as unit vectors, inside on the
    /// right) to out. Returns true when the polygon covers the map's antipode.
    bool projectPolygon(const QList<VectorLine> &rings, QList<PlaneLine> &out) const;
    /// Appends the visible pieces of a line to out. With skipCutEdges, edges that run along the
    /// antimeridian or the south pole (where map data is cut, not coast) are left out.
    void projectLine(const VectorLine &line, bool skipCutEdges, QList<PlaneLine> &out) const;
    /// False when nothing inside the cap can show on the map (the cap lies wholly beyond the
    /// rim), so a polygon or line bounded by it can be skipped.
    [[nodiscard]] bool mayReach(const BoundingCap &cap) const;
    /// The rim as a closed ring of the given number of points.
    [[nodiscard]] PlaneLine rimRing(int points = 720) const;

private:
    [[nodiscard]] QPointF clamped(const QPointF &planeKm) const;
    [[nodiscard]] bool isOutside(const QPointF &planeKm) const;
    void appendEdge(const UnitVector &a, const QPointF &pa, const UnitVector &b, const QPointF &pb,
                    int depth, PlaneLine &out, QList<QPointF> *unclamped, double *twiceArea) const;

    AzimuthalEquidistant m_projection;
    double m_clipRadiusKm;
    double m_toleranceKm;
};

} // namespace geo
