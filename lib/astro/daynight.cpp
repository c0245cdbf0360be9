// SPDX-License-Identifier: GPL-3.0-or-later
#include "daynight.h"

#include "ephemeris.h"

#include "geo/greatcircle.h"

#include <QtMath>

#include <algorithm>

namespace astro {

double solarElevationDeg(const geo::GeoPoint &place, const QDateTime &when)
{
    const double zenithRad = geo::angularDistanceRad(place, subSolarPoint(when));
    return 90.0 - qRadiansToDegrees(zenithRad);
}

QList<geo::GeoPoint> terminator(const QDateTime &when, double elevationDeg, int points)
{
    points = std::max(3, points);
    const geo::GeoPoint sun = subSolarPoint(when);
    const double radiusKm = qDegreesToRadians(90.0 - elevationDeg) * geo::earthRadiusKm;
    QList<geo::GeoPoint> ring;
    ring.reserve(points);
    for (int i = 0; i < points; ++i)
        ring.append(geo::destination(sun, 360.0 * i / points, radiusKm));
    return ring;
}

} // namespace astro
