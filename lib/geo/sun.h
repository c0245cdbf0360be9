// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QDateTime>
#include <QList>

namespace geo {

/// The sub-solar point (where the sun is at the zenith) at a moment; low-precision solar
/// coordinates (about 0.01° in declination, 0.1° in longitude for 1950..2050). Any time spec is
/// converted to UTC.
[[nodiscard]] GeoPoint subsolarPoint(const QDateTime &when);

/// Elevation of the sun's centre above the horizon at a place, degrees (no refraction).
[[nodiscard]] double solarElevationDeg(const GeoPoint &place, const QDateTime &when);

/// The ring where the sun stands at elevationDeg (0 = the day/night terminator, -6/-12/-18 the
/// civil/nautical/astronomical twilight lines): a small circle of `points` points around the
/// sub-solar point. The night side (sun lower) is the cap around the anti-solar point of
/// radius 90° + elevationDeg.
[[nodiscard]] QList<GeoPoint> terminator(const QDateTime &when, double elevationDeg = 0.0,
                                         int points = 360);

} // namespace geo
