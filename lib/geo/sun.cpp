// SPDX-License-Identifier: GPL-3.0-or-later
#include "sun.h"

#include "greatcircle.h"

#include <QtMath>

#include <algorithm>

namespace geo {
namespace {

double degSin(double deg)
{
    return std::sin(qDegreesToRadians(deg));
}
double degCos(double deg)
{
    return std::cos(qDegreesToRadians(deg));
}

} // namespace

GeoPoint subsolarPoint(const QDateTime &when)
{
    // Days since J2000.0 (2000-01-01 12:00 UT), from the Astronomical Almanac's low-precision
    // formulae for the sun and Greenwich mean sidereal time.
    const qint64 msSinceEpoch = when.toMSecsSinceEpoch();
    const double n = (double(msSinceEpoch) / 86400000.0) - 10957.5;
    const double meanLongitudeDeg = 280.460 + 0.9856474 * n;
    const double meanAnomalyDeg = 357.528 + 0.9856003 * n;
    const double eclipticLongitudeDeg
        = meanLongitudeDeg + 1.915 * degSin(meanAnomalyDeg) + 0.020 * degSin(2 * meanAnomalyDeg);
    const double obliquityDeg = 23.439 - 0.0000004 * n;
    const double declinationDeg
        = qRadiansToDegrees(std::asin(degSin(obliquityDeg) * degSin(eclipticLongitudeDeg)));
    const double rightAscensionDeg = qRadiansToDegrees(std::atan2(
        degCos(obliquityDeg) * degSin(eclipticLongitudeDeg), degCos(eclipticLongitudeDeg)));
    const double gmstDeg = 280.46061837 + 360.98564736629 * n;
    return {declinationDeg, normalisedLonDeg(rightAscensionDeg - gmstDeg)};
}

double solarElevationDeg(const GeoPoint &place, const QDateTime &when)
{
    const double zenithRad = angularDistanceRad(place, subsolarPoint(when));
    return 90.0 - qRadiansToDegrees(zenithRad);
}

QList<GeoPoint> terminator(const QDateTime &when, double elevationDeg, int points)
{
    points = std::max(3, points);
    const GeoPoint sun = subsolarPoint(when);
    const double radiusKm = qDegreesToRadians(90.0 - elevationDeg) * earthRadiusKm;
    QList<GeoPoint> ring;
    ring.reserve(points);
    for (int i = 0; i < points; ++i)
        ring.append(destination(sun, 360.0 * i / points, radiusKm));
    return ring;
}

} // namespace geo
