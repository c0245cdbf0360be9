// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QList>
#include <QMetaType>

#include <cmath>
#include <numbers>

namespace geo {

/// Mean Earth radius (IUGG), the sphere every geo function works on.
constexpr double earthRadiusKm = 6371.0;
/// Half the great-circle circumference: the distance to the antipode.
constexpr double antipodeDistanceKm = std::numbers::pi * earthRadiusKm;

/// A point on the sphere in degrees: latitude -90..90 (north positive), longitude -180..180
/// (east positive).
struct GeoPoint
{
    double latDeg = 0;
    double lonDeg = 0;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

/// A closed ring (the last point repeats the first). As in GeoJSON/d3 and world-atlas, the
/// inside of a ring lies to its right: outer rings run clockwise seen from above, holes
/// anticlockwise. That makes rings around a pole or the antipode unambiguous.
using GeoRing = QList<GeoPoint>;
using GeoPolygon = QList<GeoRing>; ///< outer ring first, then holes
using GeoLine = QList<GeoPoint>;

/// Longitude folded into [-180, 180).
[[nodiscard]] inline double normalisedLonDeg(double lonDeg)
{
    double lon = std::fmod(lonDeg + 180.0, 360.0);
    if (lon < 0)
        lon += 360.0;
    return lon - 180.0;
}

/// Compass bearing folded into [0, 360): 360 and -0.4 become 0 and 359.6.
[[nodiscard]] inline double normalisedBearingDeg(double bearingDeg)
{
    double bearing = std::fmod(bearingDeg, 360.0);
    if (bearing < 0)
        bearing += 360.0;
    if (bearing >= 360.0) // fmod of a tiny negative number plus 360
        bearing = 0.0;
    return bearing;
}

inline QDebug operator<<(QDebug debug, const GeoPoint &point)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "GeoPoint(" << point.latDeg << ", " << point.lonDeg << ')';
    return debug;
}

} // namespace geo

Q_DECLARE_METATYPE(geo::GeoPoint)
