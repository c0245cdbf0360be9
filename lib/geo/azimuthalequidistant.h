// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QPointF>

#include <optional>

namespace geo {

/// Azimuthal equidistant projection around any centre, out to the antipode. Plane coordinates
/// are km: x east, y north; the distance from the origin is the great-circle distance from the
/// centre and the direction is the initial bearing. The antipode maps to (0, -antipodeDistanceKm)
/// (it is really the whole rim of the disc).
class AzimuthalEquidistant
{
public:
    explicit AzimuthalEquidistant(const GeoPoint &centre = {});

    [[nodiscard]] GeoPoint centre() const { return m_centre; }

    [[nodiscard]] QPointF forward(const GeoPoint &point) const;
    /// Same, with the 3-D unit vector of the point (see unitVector()); saves the trigonometry
    /// of the point when the same data is projected around many centres.
    [[nodiscard]] QPointF forward(double ux, double uy, double uz) const;
    /// nullopt when the plane point is farther than the antipode (beyond the disc).
    [[nodiscard]] std::optional<GeoPoint> inverse(const QPointF &planeKm) const;

    friend bool operator==(const AzimuthalEquidistant &a, const AzimuthalEquidistant &b)
    {
        return a.m_centre == b.m_centre;
    }

private:
    GeoPoint m_centre;
    // Rows of the rotation that takes earth-fixed unit vectors into the centre's frame.
    double m_eastX = 0, m_eastY = 0, m_eastZ = 0;
    double m_northX = 0, m_northY = 0, m_northZ = 0;
    double m_upX = 0, m_upY = 0, m_upZ = 0;
};

/// Earth-centred unit vector (x towards 0°/0°, y towards 0°/90°E, z towards the north pole).
struct UnitVector
{
    double x = 0, y = 0, z = 0;
};
[[nodiscard]] UnitVector unitVector(const GeoPoint &point);

} // namespace geo
