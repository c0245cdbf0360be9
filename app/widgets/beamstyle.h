// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"

#include "protocol/firmwarelimits.h"

#include <QColor>
#include <QtGlobal>

/// How the beam layer looks, in one place. Lengths are logical pixels, alphas 0..255 replace the
/// rotator colour's own. The colours that are not a rotator's come from the app palette.
struct BeamStyle
{
    // Not a rotator's colour.
    QColor halo; ///< under heading lines and markers, behind labels
    QColor darkZoneShade;
    QColor darkZoneHatch = palette::map::darkZoneHatch;
    QColor overlapBand = withAlpha(palette::map::overlapArc, palette::map::overlapArcAlpha);
    QColor endStopTick = palette::map::overlapArc;
    QColor defaultBeam = palette::map::defaultBeam;

    // The selected rotator's range: a 7 px overlap band whose middle runs 6 px inside the rim,
    // and the CCW end stop as a tick inward from the rim.
    double overlapBandInnerInsetPx = 9.5;
    double overlapBandOuterInsetPx = 2.5;
    double endStopTickLengthPx = 16.0;
    double endStopTickWidthPx = 2.0;

    // More beams than this and the map is crowded: unselected beams become rim bands and spokes.
    qsizetype crowdedAbove = 16;
    double crowdedBandPx = 7.0; ///< the band just inside the rim
    int crowdedBandAlpha = 170;
    int staleCrowdedBandAlpha = 90;
    /// Crowded heading and target lines start where neighbouring spokes lie this far apart on
    /// average, but between these fractions of the radius.
    double spokeSpacingPx = 4.0;
    double spokeFromMin = 0.35;
    double spokeFromMax = 0.8;
    /// Crowded maps label the moving beams only while no more than this many move.
    int maxMovingLabels = 24;

    // Qt's DashLine for a 1 px pen: 4 on, 2 off; scaled by the line width where noted.
    double dashPx = 4.0;
    double gapPx = 2.0;

    // Target: a dashed line to a small ring on the rim.
    int targetAlpha = 230;
    double targetLinePx = 1.0;
    double targetRingRadiusPx = 4.5;

    // Wedge of the beam width, with edges (dashed while moving) and an arc on the rim.
    int wedgeAlpha = 52;
    int selectedWedgeAlpha = 78;
    int staleWedgeAlpha = 26;
    int edgeAlpha = 190;
    int staleEdgeAlpha = 90;
    double edgePx = 1.0;
    double movingEdgePx = 1.6;

    // Heading: a line on a wider halo (dashed when stale); a spoke when crowded.
    double headingPx = 2.8;
    double selectedHeadingPx = 4.0;
    double headingHaloExtraPx = 3.0;
    double spokePx = 2.0;

    // Tip marker: a dot when still, an arrowhead pointing the way it turns while moving.
    double markerRadiusPx = 4.0;
    double selectedMarkerRadiusPx = 5.0;
    double markerHaloPx = 1.5;
    double arrowHaloPx = 1.0;
    double arrowSideDeg = 5.0; ///< the arrow's back corner, beside the heading
    double arrowBackInsetPx = 6.0;
    double arrowTailInsetPx = 20.0;
    double arrowTipOutsetPx = 6.0;
    int arrowLighterPercent = 130;

    // A stale rotator's colour: washed out and darker.
    double staleSaturationFactor = 0.25;
    double staleValueFactor = 0.75;

    // A view centred away from the station draws each beam as great circles (heading, edges,
    // target), in the rotator's colour or, without one, the theme's plain beam colour.
    QColor plainBeamFromAfar;
    int staleFromAfarAlpha = 110;
    double edgeFromAfarPx = 1.0;
    double headingFromAfarPx = 2.0;
    double selectedHeadingFromAfarPx = 3.0;
    double targetFromAfarPx = 1.2;

    // Beam width when the rotator gives none that makes sense.
    double defaultBeamWidthDeg = protocol::defaultBeamWidthDeg;
    double minBeamWidthDeg = 1.0;
    double maxBeamWidthDeg = 360.0;

    static QColor withAlpha(QColor colour, int alpha)
    {
        colour.setAlpha(alpha);
        return colour;
    }
};

/// The beam style of the dark or the light map.
inline BeamStyle beamStyle(bool dark)
{
    BeamStyle style;
    style.halo = dark ? palette::map::dark::halo : palette::map::light::halo;
    style.darkZoneShade
        = dark ? palette::map::dark::darkZoneShade : palette::map::light::darkZoneShade;
    style.plainBeamFromAfar
        = dark ? palette::map::dark::plainBeamFromAfar : palette::map::light::plainBeamFromAfar;
    return style;
}
