// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/compassgeometry.h"
#include "geo/geopoint.h"

#include <QColor>
#include <QDateTime>
#include <QPointF>

#include <optional>

class QPainter;

/// The sub-solar and sub-lunar points on the compass map (where the Sun and the Moon stand at
/// the zenith), drawn as the IP-Rotator's own page draws them: a small sun and a small moon.
/// Part of the static map layers, redrawn with them (the grey line's once-a-minute refresh).
namespace sunmoonlayer {

inline constexpr QColor sunFill {0xff, 0xcc, 0x00};
inline constexpr QColor sunEdge {0xd0, 0x70, 0x00};
inline constexpr QColor moonFill {0xe4, 0xe4, 0xec};
inline constexpr QColor moonEdge {0x60, 0x60, 0x70};
/// Glyph radii in logical pixels.
inline constexpr double sunRadiusPx = 6.0;
inline constexpr double moonRadiusPx = 5.5;

/// Where a place lies on the map (logical pixels) for a view centred on centre; nullopt
/// beyond the map's rim.
[[nodiscard]] std::optional<QPointF> mapPoint(const geo::GeoPoint &centre,
                                              const geo::CompassGeometry &geometry,
                                              const geo::GeoPoint &place);

/// Draws both points for the instant when (the moon first, so the sun stays visible when
/// they meet at an eclipse).
void draw(QPainter &painter, const geo::GeoPoint &centre, const geo::CompassGeometry &geometry,
          const QDateTime &when);

} // namespace sunmoonlayer
