// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>

class QImage;

/// Draws the map's thin strokes straight into a 32-bit premultiplied image: antialiased lines
/// (solid or dashed) and ring sectors (the rim bands). Qt's raster engine hands every fill of
/// more than about a hundred spans to its GUI thread pool and waits for it; a long thin line is
/// such a fill, so a map with hundreds of beams spent most of a frame switching threads. These
/// few shapes are simple enough to draw here, several times faster.
///
/// Scope: this serves the compass map's beam layer (paintBeams) and nothing else. It has the
/// shapes that layer draws at scale and no more; it is not a general drawing library and should
/// not grow into one. Areas, text, markers and the static map layers go through QPainter; a new
/// shape belongs here only when a profile of the beam layer shows the same cost, and then with a
/// pixel test against QPainter in tst_beamraster.
///
/// Coordinates and widths are logical pixels; the image's device pixel ratio scales them.
/// Everything is clipped to the image. Only ARGB32_Premultiplied and RGB32 images are drawn on
/// (anything else is left untouched). The image must not be resized or shared while a
/// BeamRaster on it is in use; a QPainter on the same image may draw in between.
class BeamRaster
{
public:
    explicit BeamRaster(QImage &image);

    /// A straight stroke from a to b, widthPx wide (butt ends). dashPx > 0 draws dashes of that
    /// length with gaps of gapPx, counted from a.
    void line(QPointF a, QPointF b, const QColor &colour, double widthPx, double dashPx = 0,
              double gapPx = 0);

    enum class Edges { Antialiased, Hard };
    /// The part of the ring between innerRadiusPx and outerRadiusPx around centre that spans
    /// spanDeg clockwise from the compass bearing fromBearingDeg (0 = up); 360 or more is the
    /// whole ring. Antialiased smooths the round edges; Hard is about twice as fast.
    void ringSector(QPointF centre, double innerRadiusPx, double outerRadiusPx,
                    double fromBearingDeg, double spanDeg, const QColor &colour,
                    Edges edges = Edges::Antialiased);

    struct Band
    {
        double fromBearingDeg;
        double spanDeg;
        QColor colour;
    };
    /// Many hard-edged sectors of one ring at once, in list order: the same picture as calling
    /// ringSector(..., Edges::Hard) for each (to within a pixel at their sides), but the cost
    /// follows the ring's pixels, not the number of bands. Each ring pixel gets the colours of
    /// the bands over its bearing, composed first.
    void ringBands(QPointF centre, double innerRadiusPx, double outerRadiusPx,
                   const QList<Band> &bands);

private:
    uchar *m_bits = nullptr;
    qsizetype m_bytesPerLine = 0;
    int m_width = 0;
    int m_height = 0;
    double m_scale = 1.0;
};
