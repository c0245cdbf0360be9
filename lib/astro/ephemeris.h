// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geopoint.h"

#include <QDateTime>
#include <QDebug>

#include <optional>

namespace astro {

/// Where a body stands in the sky of a station: topocentric (seen from the station, so the
/// Moon's parallax of up to ~1° is in it), airless (no refraction; see refractedElevationDeg).
struct HorizontalPosition
{
    double azimuthDeg = 0; ///< compass bearing, 0..360, north 0, east 90
    double elevationDeg = 0; ///< -90..90 above the station's horizon (WGS84 ellipsoid normal)
    double distanceKm = 0; ///< from the station
    friend bool operator==(const HorizontalPosition &, const HorizontalPosition &) = default;
};

/// The observing station: geodetic latitude/longitude (WGS84, east positive) and height above
/// the ellipsoid.
struct Station
{
    geo::GeoPoint position;
    double heightM = 0;
    friend bool operator==(const Station &, const Station &) = default;
};

/// The point on the Earth where the Sun is at the zenith at `when`, as latitude/longitude on
/// the map's sphere (geocentric: the declination and the Greenwich hour angle of the Sun's
/// apparent place). Any time spec is taken as the instant it denotes. From ERFA (the IAU SOFA
/// algorithms): Earth ephemeris eraEpv00, annual aberration, IAU 2000B precession-nutation
/// and Earth rotation (eraC2t00b); UT1 is taken as UTC (|UT1-UTC| < 0.9 s: < 0.004°).
[[nodiscard]] geo::GeoPoint subSolarPoint(const QDateTime &when);

/// The same for the Moon (ERFA eraMoon98, Meeus' truncated ELP: ~10" in direction, ~20 km in
/// distance over 1950..2050).
[[nodiscard]] geo::GeoPoint subLunarPoint(const QDateTime &when);

/// The Sun seen from the station.
[[nodiscard]] HorizontalPosition sunPosition(const Station &station, const QDateTime &when);

/// The Moon seen from the station, with its parallax (the station's offset from the Earth's
/// centre, on the WGS84 ellipsoid).
[[nodiscard]] HorizontalPosition moonPosition(const Station &station, const QDateTime &when);

/// The elevation at which a body at the airless elevation geometricDeg appears through a
/// standard atmosphere (10 °C, 1010 hPa): Sæmundsson's formula (Meeus, Astronomical Algorithms
/// 2nd ed., eq. 16.4), ~0.57° at the horizon, 0 at the zenith; below -1° it is left as it is.
[[nodiscard]] double refractedElevationDeg(double geometricDeg);

inline QDebug operator<<(QDebug debug, const HorizontalPosition &position)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "HorizontalPosition(az " << position.azimuthDeg << ", el "
                    << position.elevationDeg << ", " << position.distanceKm << " km)";
    return debug;
}

} // namespace astro

Q_DECLARE_METATYPE(astro::HorizontalPosition)
