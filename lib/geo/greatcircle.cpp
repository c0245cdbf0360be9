// SPDX-License-Identifier: GPL-3.0-or-later
#include "greatcircle.h"

#include <QtMath>

#include <algorithm>

namespace geo {

double angularDistanceRad(const GeoPoint &from, const GeoPoint &to)
{
    const double lat1 = qDegreesToRadians(from.latDeg);
    const double lat2 = qDegreesToRadians(to.latDeg);
    const double dLon = qDegreesToRadians(to.lonDeg - from.lonDeg);
    // Vincenty's special case of the sphere: atan2 keeps precision at both ends of the range.
    const double y1 = std::cos(lat2) * std::sin(dLon);
    const double y2
        = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    const double x
        = std::sin(lat1) * std::sin(lat2) + std::cos(lat1) * std::cos(lat2) * std::cos(dLon);
    return std::atan2(std::hypot(y1, y2), x);
}

double distanceKm(const GeoPoint &from, const GeoPoint &to)
{
    return angularDistanceRad(from, to) * earthRadiusKm;
}

double longPathDistanceKm(const GeoPoint &from, const GeoPoint &to)
{
    return 2.0 * antipodeDistanceKm - distanceKm(from, to);
}

double initialBearingDeg(const GeoPoint &from, const GeoPoint &to)
{
    const double lat1 = qDegreesToRadians(from.latDeg);
    const double lat2 = qDegreesToRadians(to.latDeg);
    const double dLon = qDegreesToRadians(to.lonDeg - from.lonDeg);
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x
        = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    if (std::abs(x) < 1e-15 && std::abs(y) < 1e-15)
        return 0.0;
    return normalisedBearingDeg(qRadiansToDegrees(std::atan2(y, x)));
}

double longPathBearingDeg(const GeoPoint &from, const GeoPoint &to)
{
    return normalisedBearingDeg(initialBearingDeg(from, to) + 180.0);
}

GeoPoint destination(const GeoPoint &from, double bearingDeg, double distanceKm)
{
    const double lat1 = qDegreesToRadians(from.latDeg);
    const double lon1 = qDegreesToRadians(from.lonDeg);
    const double bearing = qDegreesToRadians(bearingDeg);
    const double delta = distanceKm / earthRadiusKm;
    const double sinLat2
        = std::sin(lat1) * std::cos(delta) + std::cos(lat1) * std::sin(delta) * std::cos(bearing);
    const double lat2 = std::asin(std::clamp(sinLat2, -1.0, 1.0));
    const double lon2 = lon1
        + std::atan2(std::sin(bearing) * std::sin(delta) * std::cos(lat1),
                     std::cos(delta) - std::sin(lat1) * sinLat2);
    return {qRadiansToDegrees(lat2), normalisedLonDeg(qRadiansToDegrees(lon2))};
}

GeoPoint antipode(const GeoPoint &point)
{
    return {-point.latDeg, normalisedLonDeg(point.lonDeg + 180.0)};
}

QList<GeoPoint> pathPoints(const GeoPoint &from, const GeoPoint &to, int segments)
{
    segments = std::max(1, segments);
    QList<GeoPoint> points;
    points.reserve(segments + 1);
    const double delta = angularDistanceRad(from, to);
    const bool antipodal = std::numbers::pi - delta < 1e-9;
    const double bearing = antipodal ? 0.0 : initialBearingDeg(from, to);
    for (int i = 0; i <= segments; ++i) {
        if (i == 0) {
            points.append(from);
        } else if (i == segments) {
            points.append(to);
        } else {
            const double fraction = double(i) / segments;
            points.append(destination(from, bearing, fraction * delta * earthRadiusKm));
        }
    }
    return points;
}

} // namespace geo
