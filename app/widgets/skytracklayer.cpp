// SPDX-License-Identifier: GPL-3.0-or-later
#include "skytracklayer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace skytracklayer {

namespace {

constexpr double markRadiusPx = 2.2;
constexpr double hourMarkRadiusPx = 3.6;
constexpr double headingRadiusPx = 7.0;
constexpr double unwindArmPx = 6.0;
constexpr QColor unwindColour {0xff, 0x40, 0x40};

/// A label centred at `at`, on a soft plate so it reads over land and sea alike.
void drawLabel(QPainter &painter, const QPointF &at, const QString &text, const QColor &colour,
               bool dark)
{
    const QFontMetricsF metrics(painter.font());
    QRectF box(QPointF(), QSizeF(metrics.horizontalAdvance(text) + 6, metrics.height()));
    box.moveCenter(at);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? QColor(0, 0, 0, 140) : QColor(255, 255, 255, 170));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void paint(QPainter &painter, const geo::CompassGeometry &geometry,
           const QList<MapSkyTrack> &tracks, bool dark)
{
    if (!geometry.isValid() || tracks.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QColor edge = dark ? QColor(0, 0, 0, 200) : QColor(60, 60, 60, 200);
    // Labels sit inside the ring, towards the station.
    const double labelInsetFraction = 16.0 / geometry.radiusPx() + 0.02;
    for (const MapSkyTrack &track : tracks) {
        const double ring = track.ringFraction;
        if (track.headingDeg) {
            painter.setPen(QPen(track.colour, 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            const QPointF end = geometry.pointAt(*track.headingDeg, ring);
            painter.drawLine(geometry.centrePx(), end);
            painter.setPen(QPen(track.colour, 2.0));
            painter.drawEllipse(end, headingRadiusPx, headingRadiusPx);
        }
        for (const MapSkyTrack::Mark &mark : track.marks) {
            const QPointF at = geometry.pointAt(mark.bearingDeg, ring);
            const double r = mark.label.isEmpty() ? markRadiusPx : hourMarkRadiusPx;
            painter.setPen(QPen(mark.reachable ? edge : track.colour, 1.0));
            painter.setBrush(mark.reachable ? QBrush(track.colour) : QBrush(Qt::NoBrush));
            painter.drawEllipse(at, r, r);
        }
        for (const MapSkyTrack::Mark &mark : track.marks) {
            if (!mark.label.isEmpty())
                drawLabel(painter, geometry.pointAt(mark.bearingDeg, ring - labelInsetFraction),
                          mark.label, track.colour, dark);
        }
        if (track.unwind) {
            const QPointF at = geometry.pointAt(track.unwind->bearingDeg, ring);
            painter.setPen(QPen(unwindColour, 2.5, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(at + QPointF(-unwindArmPx, -unwindArmPx),
                             at + QPointF(unwindArmPx, unwindArmPx));
            painter.drawLine(at + QPointF(-unwindArmPx, unwindArmPx),
                             at + QPointF(unwindArmPx, -unwindArmPx));
            if (!track.unwind->label.isEmpty())
                drawLabel(painter,
                          geometry.pointAt(track.unwind->bearingDeg, ring - 3 * labelInsetFraction),
                          track.unwind->label, unwindColour, dark);
        }
    }
    painter.restore();
}

} // namespace skytracklayer
