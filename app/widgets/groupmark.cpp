// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupmark.h"

#include "palette.h"

#include "geo/bearingarc.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr double bracketWidthPx = 3.0;
constexpr double tickFraction = 0.035; ///< each tick reaches this far in and out of the bracket
constexpr double labelFraction = 0.97;

// Qt measures angles anticlockwise from 3 o'clock in 1/16 degree; bearings run clockwise from
// 12 o'clock.
int qtAngle16(double bearingDeg)
{
    return int(std::lround((90.0 - bearingDeg) * 16.0));
}

} // namespace

void paintGroupMark(QPainter &painter, const geo::CompassGeometry &g, const QList<MapBeam> &beams,
                    const MapGroupMark &mark, bool dark)
{
    if (mark.isEmpty() || !g.isValid())
        return;
    QList<double> bearings;
    for (const MapBeam &beam : beams) {
        if (beam.bearingDeg && mark.beamIds.contains(beam.id))
            bearings.append(*beam.bearingDeg);
    }
    const auto arc = geo::shortestArcHolding(bearings);
    if (!arc)
        return;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = dark ? palette::map::groupMarkOnDark : palette::map::groupMarkOnLight;
    const QColor halo = dark ? palette::map::dark::halo : palette::map::light::halo;
    const double r = g.radiusPx() * groupMarkRadiusFraction;
    const QRectF circle(g.centrePx() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    QPainterPath bracket;
    if (arc->spanDeg > 0) {
        bracket.arcMoveTo(circle, qtAngle16(arc->startBearingDeg) / 16.0);
        bracket.arcTo(circle, qtAngle16(arc->startBearingDeg) / 16.0, -arc->spanDeg);
    }
    for (const double bearing : std::as_const(bearings)) {
        bracket.moveTo(g.pointAt(bearing, groupMarkRadiusFraction - tickFraction));
        bracket.lineTo(g.pointAt(bearing, groupMarkRadiusFraction + tickFraction));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(halo, bracketWidthPx + 2, Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(bracket);
    painter.setPen(QPen(colour, bracketWidthPx, Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(bracket);

    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF metrics(bold);
    const QString name
        = metrics.elidedText(mark.name, Qt::ElideRight, std::max(40.0, 0.6 * g.radiusPx()));
    const QPointF at = g.pointAt(geo::arcMiddleDeg(*arc), labelFraction);
    const QSizeF size(metrics.horizontalAdvance(name), metrics.ascent());
    // Centred on the point, kept inside the widget's map square.
    QPointF topLeft = at - QPointF(size.width() / 2, -size.height() / 2);
    const QRectF square(g.centrePx() - QPointF(g.radiusPx(), g.radiusPx()),
                        QSizeF(2 * g.radiusPx(), 2 * g.radiusPx()));
    topLeft.setX(std::clamp(topLeft.x(), square.left(), square.right() - size.width()));
    topLeft.setY(std::clamp(topLeft.y(), square.top() + size.height(), square.bottom()));
    painter.setPen(halo);
    painter.drawText(topLeft + QPointF(1, 1), name);
    painter.setPen(colour);
    painter.drawText(topLeft, name);
    painter.restore();
}
