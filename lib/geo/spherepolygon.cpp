// SPDX-License-Identifier: GPL-3.0-or-later
#include "spherepolygon.h"

#include "azimuthalequidistant.h"

#include <numbers>

namespace geo {

bool ringContains(const GeoRing &ring, const GeoPoint &point)
{
    if (ring.size() < 3)
        return false;
    // Seen on an azimuthal map centred on the point, the ring is a plane curve that bounds the
    // side of the sphere away from the point's antipode. The point is inside the ring when it
    // is on the curve's bounded side and that side is the ring's right (clockwise curve), or
    // on the unbounded side and that side is the right (anticlockwise curve).
    const AzimuthalEquidistant projection(point);
    // Both sums use each edge's change of bearing as seen from the point (exact for any edge
    // shorter than a half circle that misses the point and its antipode), so edges passing near
    // the antipode, which the projection stretches along the rim, still count right. The
    // orientation is the sign of the integral of r^2 dtheta (twice the enclosed area).
    double windingRad = 0;
    double twiceArea = 0;
    QPointF previous = projection.forward(ring.back());
    double previousAngle = std::atan2(previous.y(), previous.x());
    double previousRadius = std::hypot(previous.x(), previous.y());
    for (const GeoPoint &vertex : ring) {
        const QPointF current = projection.forward(vertex);
        const double angle = std::atan2(current.y(), current.x());
        const double radius = std::hypot(current.x(), current.y());
        double step = angle - previousAngle;
        if (step > std::numbers::pi)
            step -= 2 * std::numbers::pi;
        else if (step < -std::numbers::pi)
            step += 2 * std::numbers::pi;
        windingRad += step;
        twiceArea += previousRadius * radius * step;
        previousAngle = angle;
        previousRadius = radius;
    }
    const bool aroundPoint = std::abs(windingRad) > std::numbers::pi;
    const bool clockwise = twiceArea < 0;
    return clockwise == aroundPoint;
}

bool polygonContains(const GeoPolygon &polygon, const GeoPoint &point)
{
    if (polygon.isEmpty())
        return false;
    for (const GeoRing &ring : polygon) {
        if (!ringContains(ring, point))
            return false;
    }
    return true;
}

} // namespace geo
