// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geopoint.h"

#include <QDateTime>
#include <QList>

namespace astro {

/// Elevation of the sun's centre above the horizon at a place, degrees: 90° minus the
/// great-circle angle to subSolarPoint() on the map's sphere (no refraction, no parallax: the
/// same geometry as terminator(), so the drawn lines and this agree exactly).
[[nodiscard]] double solarElevationDeg(const geo::GeoPoint &place, const QDateTime &when);

/// The ring where the sun stands at elevationDeg (0 = the day/night terminator, -6/-12/-18 the
/// civil/nautical/astronomical twilight lines): a small circle of `points` points around the
/// sub-solar point. The night side (sun lower) is the cap around the anti-solar point of
/// radius 90° + elevationDeg.
[[nodiscard]] QList<geo::GeoPoint> terminator(const QDateTime &when, double elevationDeg = 0.0,
                                              int points = 360);

} // namespace astro
