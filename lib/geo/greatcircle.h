// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QList>

namespace geo {

/// Central angle between two points in radians (0..pi), stable for tiny and antipodal pairs.
[[nodiscard]] double angularDistanceRad(const GeoPoint &from, const GeoPoint &to);

/// Great-circle (short path) distance in km on the mean-radius sphere.
[[nodiscard]] double distanceKm(const GeoPoint &from, const GeoPoint &to);

/// Long-path distance in km: the rest of the great circle.
[[nodiscard]] double longPathDistanceKm(const GeoPoint &from, const GeoPoint &to);

/// Initial compass bearing of the short path, [0, 360). 0 for coincident points. At a pole,
/// "north" is taken along the meridian given by the pole's longitude.
[[nodiscard]] double initialBearingDeg(const GeoPoint &from, const GeoPoint &to);

/// Initial compass bearing of the long path: the short-path bearing + 180, [0, 360).
[[nodiscard]] double longPathBearingDeg(const GeoPoint &from, const GeoPoint &to);

/// The point reached by going distanceKm along the great circle leaving at bearingDeg.
[[nodiscard]] GeoPoint destination(const GeoPoint &from, double bearingDeg, double distanceKm);

/// The diametrically opposite point.
[[nodiscard]] GeoPoint antipode(const GeoPoint &point);

/// segments + 1 points evenly spaced along the short great-circle path (first = from,
/// last = to). For antipodal points the path leaves northwards (any path is as short).
[[nodiscard]] QList<GeoPoint> pathPoints(const GeoPoint &from, const GeoPoint &to, int segments);

} // namespace geo
