// SPDX-License-Identifier: GPL-3.0-or-later
#include "sunmoonlayer.h"

#include "astro/ephemeris.h"
#include "geo/azimuthalequidistant.h"
#include "geo/greatcircle.h"

#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>
#include <numbers>

namespace sunmoonlayer {

namespace {
void drawSun(QPainter &painter, const QPointF &at)
{
    // Eight short rays round a filled disc.
    painter.setPen(QPen(sunEdge, 1.5, Qt::SolidLine, Qt::RoundCap));
    constexpr int rays = 8;
    for (int i = 0; i < rays; ++i) {
        const double angle = i * 2 * std::numbers::pi / rays;
        const QPointF direction(std::cos(angle), std::sin(angle));
        painter.drawLine(at + direction * (sunRadiusPx + 2.0),
                         at + direction * (sunRadiusPx + 5.0));
    }
    painter.setPen(QPen(sunEdge, 1.2));
    painter.setBrush(sunFill);
    painter.drawEllipse(at, sunRadiusPx, sunRadiusPx);
}

void drawMoon(QPainter &painter, const QPointF &at)
{
    // A crescent: the disc less a disc shifted to one side, over a faint full disc so the
    // point itself stays easy to find.
    painter.setPen(QPen(moonEdge, 1.0));
    painter.setBrush(QColor(moonFill.red(), moonFill.green(), moonFill.blue(), 90));
    painter.drawEllipse(at, moonRadiusPx, moonRadiusPx);
    QPainterPath disc;
    disc.addEllipse(at, moonRadiusPx, moonRadiusPx);
    QPainterPath bite;
    bite.addEllipse(at + QPointF(moonRadiusPx * 0.55, -moonRadiusPx * 0.2), moonRadiusPx * 0.85,
                    moonRadiusPx * 0.85);
    painter.setBrush(moonFill);
    painter.drawPath(disc.subtracted(bite));
}
} // namespace

std::optional<QPointF> mapPoint(const geo::GeoPoint &centre, const geo::CompassGeometry &geometry,
                                const geo::GeoPoint &place)
{
    if (!geometry.isValid() || geo::distanceKm(centre, place) > geometry.radiusKm())
        return std::nullopt;
    const geo::AzimuthalEquidistant projection(centre);
    return geometry.planeToPx(projection.forward(place));
}

void draw(QPainter &painter, const geo::GeoPoint &centre, const geo::CompassGeometry &geometry,
          const QDateTime &when)
{
    if (!when.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (const auto moon = mapPoint(centre, geometry, astro::subLunarPoint(when)))
        drawMoon(painter, *moon);
    if (const auto sun = mapPoint(centre, geometry, astro::subSolarPoint(when)))
        drawSun(painter, *sun);
    painter.restore();
}

} // namespace sunmoonlayer
