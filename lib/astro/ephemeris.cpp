// SPDX-License-Identifier: GPL-3.0-or-later
#include "ephemeris.h"

#include <QTimeZone>
#include <QtMath>

#include <erfa.h>
#include <erfam.h>

#include <array>
#include <cmath>

namespace astro {
namespace {

using Vector = std::array<double, 3>;

/// The two-part Julian dates ERFA works with, for one instant.
struct Instant
{
    double tt1 = 0;
    double tt2 = 0;
    double ut1 = 0; // UT1 taken as UTC
    double ut2 = 0;
};

Instant instantOf(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    Instant instant;
    double tai1 = 0;
    double tai2 = 0;
    // Status > 0 only warns ("dubious year": past ERFA's leap-second table); the dates stay
    // valid. A QDateTime cannot hold the dates that give < 0.
    eraDtf2d("UTC", date.year(), date.month(), date.day(), time.hour(), time.minute(),
             time.second() + time.msec() / 1000.0, &instant.ut1, &instant.ut2);
    eraUtctai(instant.ut1, instant.ut2, &tai1, &tai2);
    eraTaitt(tai1, tai2, &instant.tt1, &instant.tt2);
    return instant;
}

/// A GCRS vector (any unit) turned into the terrestrial frame (ITRS, polar motion neglected).
Vector toTerrestrial(const Instant &instant, Vector celestial)
{
    double rc2t[3][3];
    eraC2t00b(instant.tt1, instant.tt2, instant.ut1, instant.ut2, 0.0, 0.0, rc2t);
    Vector terrestrial {};
    eraRxp(rc2t, celestial.data(), terrestrial.data());
    return terrestrial;
}

/// The Sun's apparent geocentric place in the GCRS, km.
Vector sunCelestialKm(const Instant &instant)
{
    double pvh[2][3];
    double pvb[2][3];
    eraEpv00(instant.tt1, instant.tt2, pvh, pvb);
    Vector direction {-pvh[0][0], -pvh[0][1], -pvh[0][2]};
    const double distanceAu = eraPm(direction.data());
    Vector unit {};
    eraSxp(1.0 / distanceAu, direction.data(), unit.data());
    // Annual aberration from the Earth's barycentric velocity (~20"): the Sun hardly moves in
    // the barycentric frame, so this is its light-time correction too.
    Vector velocity {};
    eraSxp(ERFA_AULT / ERFA_DAYSEC, pvb[1], velocity.data());
    const double bm1 = std::sqrt(1.0 - eraPm(velocity.data()) * eraPm(velocity.data()));
    Vector apparent {};
    eraAb(unit.data(), velocity.data(), distanceAu, bm1, apparent.data());
    Vector km {};
    eraSxp(distanceAu * ERFA_DAU / 1000.0, apparent.data(), km.data());
    return km;
}

/// The Moon's geocentric place in the GCRS, km. The Earth and the Moon share the annual
/// motion, so there is no annual aberration; the light time (~1.3 s, < 1") is neglected.
Vector moonCelestialKm(const Instant &instant)
{
    double pv[2][3];
    eraMoon98(instant.tt1, instant.tt2, pv);
    Vector km {};
    eraSxp(ERFA_DAU / 1000.0, pv[0], km.data());
    return km;
}

geo::GeoPoint subPoint(const Vector &terrestrial)
{
    const double r = std::hypot(terrestrial[0], terrestrial[1]);
    return {qRadiansToDegrees(std::atan2(terrestrial[2], r)),
            geo::normalisedLonDeg(qRadiansToDegrees(std::atan2(terrestrial[1], terrestrial[0])))};
}

HorizontalPosition horizontal(const Station &station, const Vector &bodyKm)
{
    const double latRad = qDegreesToRadians(station.position.latDeg);
    const double lonRad = qDegreesToRadians(station.position.lonDeg);
    Vector stationM {};
    eraGd2gc(ERFA_WGS84, lonRad, latRad, station.heightM, stationM.data());
    const Vector d {bodyKm[0] - stationM[0] / 1000.0, bodyKm[1] - stationM[1] / 1000.0,
                    bodyKm[2] - stationM[2] / 1000.0};
    const double sinLat = std::sin(latRad);
    const double cosLat = std::cos(latRad);
    const double sinLon = std::sin(lonRad);
    const double cosLon = std::cos(lonRad);
    const double east = -sinLon * d[0] + cosLon * d[1];
    const double north = -sinLat * cosLon * d[0] - sinLat * sinLon * d[1] + cosLat * d[2];
    const double up = cosLat * cosLon * d[0] + cosLat * sinLon * d[1] + sinLat * d[2];
    HorizontalPosition position;
    position.distanceKm = std::sqrt(east * east + north * north + up * up);
    position.azimuthDeg = geo::normalisedBearingDeg(qRadiansToDegrees(std::atan2(east, north)));
    position.elevationDeg = qRadiansToDegrees(std::atan2(up, std::hypot(east, north)));
    return position;
}

} // namespace

geo::GeoPoint subSolarPoint(const QDateTime &when)
{
    const Instant instant = instantOf(when);
    return subPoint(toTerrestrial(instant, sunCelestialKm(instant)));
}

geo::GeoPoint subLunarPoint(const QDateTime &when)
{
    const Instant instant = instantOf(when);
    return subPoint(toTerrestrial(instant, moonCelestialKm(instant)));
}

HorizontalPosition sunPosition(const Station &station, const QDateTime &when)
{
    const Instant instant = instantOf(when);
    return horizontal(station, toTerrestrial(instant, sunCelestialKm(instant)));
}

HorizontalPosition moonPosition(const Station &station, const QDateTime &when)
{
    const Instant instant = instantOf(when);
    return horizontal(station, toTerrestrial(instant, moonCelestialKm(instant)));
}

double refractedElevationDeg(double geometricDeg)
{
    if (geometricDeg < -1.0 || geometricDeg >= 90.0)
        return geometricDeg;
    // Sæmundsson: R (arcmin) = 1.02 / tan(h + 10.3 / (h + 5.11)), h the true altitude in degrees.
    const double refractionArcmin
        = 1.02 / std::tan(qDegreesToRadians(geometricDeg + 10.3 / (geometricDeg + 5.11)));
    return geometricDeg + std::max(0.0, refractionArcmin) / 60.0;
}

} // namespace astro
