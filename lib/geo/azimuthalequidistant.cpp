// SPDX-License-Identifier: GPL-3.0-or-later
#include "azimuthalequidistant.h"

#include <QtMath>

namespace geo {

UnitVector unitVector(const GeoPoint &point)
{
    const double lat = qDegreesToRadians(point.latDeg);
    const double lon = qDegreesToRadians(point.lonDeg);
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

AzimuthalEquidistant::AzimuthalEquidistant(const GeoPoint &centre)
    : m_centre(centre)
{
    const double lat = qDegreesToRadians(centre.latDeg);
    const double lon = qDegreesToRadians(centre.lonDeg);
    const double sinLat = std::sin(lat), cosLat = std::cos(lat);
    const double sinLon = std::sin(lon), cosLon = std::cos(lon);
    // Local east, north and up at the centre; at a pole the centre's longitude fixes "north".
    m_eastX = -sinLon;
    m_eastY = cosLon;
    m_eastZ = 0;
    m_northX = -sinLat * cosLon;
    m_northY = -sinLat * sinLon;
    m_northZ = cosLat;
    m_upX = cosLat * cosLon;
    m_upY = cosLat * sinLon;
    m_upZ = sinLat;
}

QPointF AzimuthalEquidistant::forward(double ux, double uy, double uz) const
{
    const double east = m_eastX * ux + m_eastY * uy + m_eastZ * uz;
    const double north = m_northX * ux + m_northY * uy + m_northZ * uz;
    const double up = m_upX * ux + m_upY * uy + m_upZ * uz;
    // Unit vectors keep these small: plain sqrt instead of the slower, overflow-safe hypot.
    const double sinC = std::sqrt(east * east + north * north);
    if (sinC < 1e-15)
        return up > 0 ? QPointF(0, 0) : QPointF(0, -antipodeDistanceKm);
    const double distance = std::atan2(sinC, up) * earthRadiusKm;
    return {distance * east / sinC, distance * north / sinC};
}

QPointF AzimuthalEquidistant::forward(const GeoPoint &point) const
{
    const UnitVector u = unitVector(point);
    return forward(u.x, u.y, u.z);
}

std::optional<GeoPoint> AzimuthalEquidistant::inverse(const QPointF &planeKm) const
{
    const double distance = std::hypot(planeKm.x(), planeKm.y());
    if (!std::isfinite(distance) || distance > antipodeDistanceKm * (1.0 + 1e-9))
        return std::nullopt;
    if (distance < 1e-12)
        return m_centre;
    // Back through the centre's frame, which also holds at the poles.
    const double c = distance / earthRadiusKm;
    const double sinC = std::sin(c);
    const double east = sinC * planeKm.x() / distance;
    const double north = sinC * planeKm.y() / distance;
    const double up = std::cos(c);
    const double x = m_eastX * east + m_northX * north + m_upX * up;
    const double y = m_eastY * east + m_northY * north + m_upY * up;
    const double z = m_eastZ * east + m_northZ * north + m_upZ * up;
    return GeoPoint {qRadiansToDegrees(std::atan2(z, std::hypot(x, y))),
                     qRadiansToDegrees(std::atan2(y, x))};
}

} // namespace geo
