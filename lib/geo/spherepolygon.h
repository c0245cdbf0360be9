// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

namespace geo {

/// True when the point lies on the inside (right-hand side) of the ring, on the sphere: works
/// for rings around a pole or across the antimeridian. Points on the ring itself may go
/// either way.
[[nodiscard]] bool ringContains(const GeoRing &ring, const GeoPoint &point);

/// True when the point lies inside the outer ring and outside every hole.
[[nodiscard]] bool polygonContains(const GeoPolygon &polygon, const GeoPoint &point);

} // namespace geo
