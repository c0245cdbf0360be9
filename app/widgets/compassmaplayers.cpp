// SPDX-License-Identifier: GPL-3.0-or-later
#include "compassmaplayers.h"

#include "applogging.h"
#include "beamraster.h"
#include "beamstyle.h"
#include "palette.h"
#include "sunmoonlayer.h"

#include "astro/daynight.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "geo/mapprojector.h"
#include "geo/spherepolygon.h"
#include "geo/topojson.h"
#include "protocol/firmwarelimits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct WorldData
{
    QList<QList<geo::VectorLine>> land; // polygons: outer ring, holes
    QList<geo::BoundingCap> landCaps; // per polygon; radius pi where it may not be relied on
    QList<geo::VectorLine> coastlines;
    QList<geo::BoundingCap> coastlineCaps;
    QList<geo::VectorLine> borders;
    QList<geo::BoundingCap> borderCaps;
    bool ok = false;
};

WorldData loadWorld()
{
    QElapsedTimer timer;
    timer.start();
    WorldData world;
    QFile file(QStringLiteral(":/world/countries-50m.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMap) << "World map data missing:" << file.errorString();
        return world;
    }
    QString reason;
    const auto topology = geo::TopoJson::parse(file.readAll(), &reason);
    if (!topology) {
        qCWarning(lcMap) << "World map data unusable:" << reason;
        return world;
    }
    const QString land = QStringLiteral("land");
    const QString countries = QStringLiteral("countries");
    for (const geo::GeoPolygon &polygon : topology->polygons(land)) {
        QList<geo::VectorLine> rings;
        rings.reserve(polygon.size());
        for (const geo::GeoRing &ring : polygon)
            rings.append(geo::toVectors(ring));
        geo::BoundingCap bound
            = rings.isEmpty() ? geo::BoundingCap() : geo::boundingCap(rings.front());
        // The cap bounds the land only if the land lies inside its outer ring's cap.
        const geo::GeoPoint capCentre {
            qRadiansToDegrees(std::asin(std::clamp(bound.centre.z, -1.0, 1.0))),
            qRadiansToDegrees(std::atan2(bound.centre.y, bound.centre.x))};
        if (bound.radiusRad < std::numbers::pi && !geo::polygonContains(polygon, capCentre))
            bound = geo::BoundingCap();
        world.land.append(std::move(rings));
        world.landCaps.append(bound);
    }
    for (const geo::GeoLine &line : topology->mesh(land, geo::TopoJson::MeshKind::AllArcs)) {
        world.coastlines.append(geo::toVectors(line));
        world.coastlineCaps.append(geo::boundingCap(world.coastlines.back()));
    }
    for (const geo::GeoLine &line :
         topology->mesh(countries, geo::TopoJson::MeshKind::SharedArcs)) {
        world.borders.append(geo::toVectors(line));
        world.borderCaps.append(geo::boundingCap(world.borders.back()));
    }
    world.ok = !world.land.isEmpty();
    qCDebug(lcMap) << "world data loaded in" << timer.elapsed() << "ms:" << world.land.size()
                   << "land polygons," << world.coastlines.size() << "coast and"
                   << world.borders.size() << "border arcs";
    return world;
}

const WorldData &worldData()
{
    static const WorldData world = loadWorld(); // thread-safe, once
    return world;
}

struct MapColours
{
    QColor background, ocean, land, coast, border, night, grid, gridText, ring, ringText, cardinal,
        rangeText, target, station;
};

MapColours coloursFor(bool dark, const QPalette &platform)
{
    if (dark) {
        namespace c = palette::map::dark;
        return {.background = c::background,
                .ocean = c::ocean,
                .land = c::land,
                .coast = c::coast,
                .border = c::border,
                .night = c::night,
                .grid = c::grid,
                .gridText = c::gridText,
                .ring = c::ring,
                .ringText = c::ringText,
                .cardinal = c::cardinal,
                .rangeText = c::rangeText,
                .target = c::target,
                .station = c::station};
    }
    namespace c = palette::map::light;
    const QColor base = platform.color(QPalette::Base);
    const QColor text = platform.color(QPalette::WindowText);
    return {.background = platform.color(QPalette::Window),
            .ocean = c::ocean,
            .land = c::land,
            .coast = c::coast,
            .border = c::border,
            .night = c::night,
            .grid = c::grid,
            .gridText = c::gridText,
            .ring = platform.color(QPalette::Mid),
            .ringText = text,
            .cardinal = text,
            .rangeText = QColor(text.red(), text.green(), text.blue(), c::rangeTextAlpha),
            .target = c::target,
            .station = base.lightness() > 128 ? c::stationOnLight : c::stationOnDark};
}

// km in the projection plane -> widget pixels, appended to a path as one closed or open run.
void addToPath(QPainterPath &path, const geo::PlaneLine &line, const geo::CompassGeometry &g,
               bool close)
{
    if (line.size() < 2)
        return;
    path.moveTo(g.planeToPx(line.front()));
    for (qsizetype i = 1; i < line.size(); ++i)
        path.lineTo(g.planeToPx(line[i]));
    if (close)
        path.closeSubpath();
}

// Qt measures angles anticlockwise from 3 o'clock in 1/16 degree; compass bearings run
// clockwise from 12 o'clock.
int qtAngle16(double bearingDeg)
{
    return int(std::lround((90.0 - bearingDeg) * 16.0));
}

double rangeRingStepKm(double radiusKm)
{
    constexpr std::array<double, 9> steps {100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000};
    for (const double step : steps) {
        if (radiusKm / step <= 5.0)
            return step;
    }
    return steps.back();
}

void drawNight(QPainter &painter, const geo::MapProjector &projector, const geo::CompassGeometry &g,
               const QDateTime &when, const QColor &night)
{
    // Night, darker past civil and nautical twilight.
    for (const double elevationDeg : {0.0, -6.0, -12.0}) {
        geo::GeoRing ring = astro::terminator(when, elevationDeg, 240);
        ring.append(ring.front());
        std::reverse(ring.begin(), ring.end()); // the night cap on the right
        QList<geo::PlaneLine> rings;
        projector.projectPolygon({geo::toVectors(ring)}, rings);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::PlaneLine &line : rings)
            addToPath(path, line, g, true);
        // Twilight has no sharp edge: no antialiasing needed, which halves the cost.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(path, night);
        painter.setRenderHint(QPainter::Antialiasing, true);
    }
}

void drawLocatorGrid(QPainter &painter, const geo::MapProjector &projector,
                     const geo::CompassGeometry &g, const geo::GeoPoint &centre,
                     const MapColours &colours, const QFont &font)
{
    const bool squares = g.radiusKm() <= 1200;
    const double lonStep = squares ? 2.0 : 20.0;
    const double latStep = squares ? 1.0 : 10.0;
    QPainterPath path;
    QList<geo::PlaneLine> pieces;
    for (double lon = -180; lon < 180; lon += lonStep) {
        geo::GeoLine meridian;
        for (double lat = -90; lat <= 90; lat += 2.0)
            meridian.append({lat, lon});
        pieces.clear();
        projector.projectLine(geo::toVectors(meridian), false, pieces);
        for (const geo::PlaneLine &piece : pieces)
            addToPath(path, piece, g, false);
    }
    for (double lat = -90 + latStep; lat < 90; lat += latStep) {
        geo::GeoLine parallel;
        for (double lon = -180; lon <= 180; lon += 2.0)
            parallel.append({lat, lon});
        pieces.clear();
        projector.projectLine(geo::toVectors(parallel), false, pieces);
        for (const geo::PlaneLine &piece : pieces)
            addToPath(path, piece, g, false);
    }
    painter.setPen(QPen(colours.grid, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    QFont small = font;
    small.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
    painter.setFont(small);
    painter.setPen(colours.gridText);
    const QFontMetricsF metrics(small);
    const int columns = squares ? 180 : 18;
    const int rows = squares ? 180 : 18;
    const double maxKm = g.radiusKm() * 0.94;
    for (int column = 0; column < columns; ++column) {
        for (int row = 0; row < rows; ++row) {
            const geo::GeoPoint cellCentre {-90 + (row + 0.5) * latStep,
                                            -180 + (column + 0.5) * lonStep};
            if (geo::distanceKm(centre, cellCentre) > maxKm)
                continue;
            const QPointF px = g.planeToPx(projector.projection().forward(cellCentre));
            const QString label = geo::pointToLocator(cellCentre, squares ? 4 : 2);
            painter.drawText(
                px - QPointF(metrics.horizontalAdvance(label) / 2, -metrics.ascent() / 2.5), label);
        }
    }
}

void drawRangeRings(QPainter &painter, const geo::CompassGeometry &g, const MapColours &colours,
                    const QFont &font)
{
    const double stepKm = rangeRingStepKm(g.radiusKm());
    QFont small = font;
    small.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
    painter.setFont(small);
    const QLocale locale;
    painter.setBrush(Qt::NoBrush);
    for (double km = stepKm; km < g.radiusKm() * 0.999; km += stepKm) {
        const double r = g.radiusPx() * g.fractionForDistanceKm(km);
        painter.setPen(QPen(colours.ring, 0.8, Qt::DotLine));
        painter.drawEllipse(g.centrePx(), r, r);
        const QPointF at = g.pointAt(0, g.fractionForDistanceKm(km)) + QPointF(4, -3);
        painter.setPen(colours.rangeText);
        painter.drawText(at,
                         QCoreApplication::translate("CompassMapWidget", "%1 km")
                             .arg(locale.toString(qlonglong(km))));
    }
}

void drawBearingRing(QPainter &painter, const geo::CompassGeometry &g, const MapColours &colours,
                     const QFont &font)
{
    const double r = g.radiusPx();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colours.ring, 1.2));
    painter.drawEllipse(g.centrePx(), r, r);
    QPen tick(colours.ring, 1.0);
    painter.setPen(tick);
    for (int deg = 0; deg < 360; deg += 5) {
        const double length = deg % 30 == 0 ? 8 : (deg % 10 == 0 ? 5 : 3);
        painter.drawLine(g.pointAt(deg, 1.0), g.pointAt(deg, 1.0 + length / r));
    }
    QFont small = font;
    small.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF smallMetrics(small);
    const QFontMetricsF boldMetrics(bold);
    const std::array<QString, 4> cardinals {QStringLiteral("N"), QStringLiteral("E"),
                                            QStringLiteral("S"), QStringLiteral("W")};
    for (int deg = 0; deg < 360; deg += 30) {
        const bool cardinal = deg % 90 == 0;
        const QString label = cardinal ? cardinals[size_t(deg / 90)] : QString::number(deg);
        const QFontMetricsF &metrics = cardinal ? boldMetrics : smallMetrics;
        painter.setFont(cardinal ? bold : small);
        painter.setPen(cardinal ? colours.cardinal : colours.ringText);
        const QPointF at = g.pointAt(deg, 1.0 + 17.0 / r);
        const QSizeF size(metrics.horizontalAdvance(label), metrics.ascent());
        painter.drawText(at + QPointF(-size.width() / 2, size.height() / 2.4), label);
    }
}

void drawTarget(QPainter &painter, const geo::MapProjector &projector,
                const geo::CompassGeometry &g, const geo::GeoPoint &station,
                const geo::GeoPoint &target, const QString &locator, const MapColours &colours,
                const QFont &font)
{
    QList<geo::PlaneLine> pieces;
    projector.projectLine(geo::toVectors(geo::pathPoints(station, target, 720)), false, pieces);
    QPainterPath path;
    for (const geo::PlaneLine &piece : pieces)
        addToPath(path, piece, g, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colours.target, 1.6, Qt::DashLine, Qt::RoundCap));
    painter.drawPath(path);
    const double distanceKm = geo::distanceKm(station, target);
    if (distanceKm <= g.radiusKm()) {
        const QPointF px = g.planeToPx(projector.projection().forward(target));
        painter.setPen(QPen(colours.target, 2.0));
        painter.drawEllipse(px, 5, 5);
    }
    const QLocale localeNow;
    const QString text
        = QCoreApplication::translate("CompassMapWidget", "%1: %2° · %3 km (long path %4° · %5 km)")
              .arg(locator)
              .arg(int(std::lround(geo::initialBearingDeg(station, target))) % 360)
              .arg(localeNow.toString(qlonglong(std::llround(distanceKm))))
              .arg(int(std::lround(geo::longPathBearingDeg(station, target))) % 360)
              .arg(localeNow.toString(
                  qlonglong(std::llround(geo::longPathDistanceKm(station, target)))));
    painter.setFont(font);
    painter.setPen(colours.target);
    painter.drawText(QPointF(8, QFontMetricsF(font).ascent() + 6), text);
}

} // namespace

void renderMapLayers(QImage &image, const MapLayerOptions &options)
{
    const MapColours colours = coloursFor(options.dark, options.palette);
    const geo::CompassGeometry &g = options.geometry;
    image.fill(colours.background);
    if (!g.isValid())
        return;
    QElapsedTimer timer;
    timer.start();
    qint64 projectNs = 0;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const double r = g.radiusPx();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.ocean);
    painter.drawEllipse(g.centrePx(), r, r);

    // Resample to a third of a device pixel.
    const double toleranceKm = 0.33 / (g.pxPerKm() * image.devicePixelRatio());
    const geo::MapProjector projector(options.centre, g.radiusKm(), toleranceKm);
    const WorldData &world = worldData();

    // One path per polygon: a single path for all land costs several times more to fill with
    // antialiasing (measured: 170 ms against 22 ms for the 50m data at 1000 px).
    QList<QPainterPath> land;
    land.reserve(world.land.size());
    QList<geo::PlaneLine> rings;
    for (qsizetype i = 0; i < world.land.size(); ++i) {
        if (!projector.mayReach(world.landCaps[i]))
            continue; // wholly beyond the rim
        rings.clear();
        projector.projectPolygon(world.land[i], rings);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::PlaneLine &ring : rings)
            addToPath(path, ring, g, true);
        if (!path.isEmpty())
            land.append(std::move(path));
    }
    projectNs += timer.nsecsElapsed();
    const qint64 landStartNs = timer.nsecsElapsed();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.land);
    const QRectF visible(QPointF(0, 0), QSizeF(options.widgetSize));
    for (const QPainterPath &path : std::as_const(land)) {
        if (path.controlPointRect().intersects(visible))
            painter.drawPath(path);
    }
    const qint64 landFillNs = timer.nsecsElapsed() - landStartNs;

    if (options.greyLine && options.when.isValid())
        drawNight(painter, projector, g, options.when, colours.night);

    QPainterPath borders;
    QList<geo::PlaneLine> pieces;
    for (qsizetype i = 0; i < world.borders.size(); ++i) {
        if (!projector.mayReach(world.borderCaps[i]))
            continue;
        pieces.clear();
        projector.projectLine(world.borders[i], true, pieces);
        for (const geo::PlaneLine &piece : pieces)
            addToPath(borders, piece, g, false);
    }
    painter.setBrush(Qt::NoBrush);
    const qint64 bordersStartNs = timer.nsecsElapsed();
    painter.setPen(QPen(colours.border, 0.7));
    painter.drawPath(borders);
    const qint64 bordersNs = timer.nsecsElapsed() - bordersStartNs;

    QPainterPath coast;
    for (qsizetype i = 0; i < world.coastlines.size(); ++i) {
        if (!projector.mayReach(world.coastlineCaps[i]))
            continue;
        pieces.clear();
        projector.projectLine(world.coastlines[i], true, pieces);
        for (const geo::PlaneLine &piece : pieces)
            addToPath(coast, piece, g, false);
    }
    const qint64 coastStartNs = timer.nsecsElapsed();
    painter.setPen(QPen(colours.coast, 0.9));
    painter.drawPath(coast);
    const qint64 coastNs = timer.nsecsElapsed() - coastStartNs;

    if (options.locatorGrid)
        drawLocatorGrid(painter, projector, g, options.centre, colours, options.font);
    const bool viewOnStation = options.centre == options.station;
    drawRangeRings(painter, g, colours, options.font);
    // Ring bearings are bearings from the disc's centre: only true for the station's view.
    if (viewOnStation)
        drawBearingRing(painter, g, colours, options.font);
    if (options.sunMoon)
        sunmoonlayer::draw(painter, options.centre, g, options.when);
    if (options.target)
        drawTarget(painter, projector, g, options.station, *options.target, options.targetLocator,
                   colours, options.font);

    // The station.
    painter.setPen(QPen(colours.background, 2.0));
    painter.setBrush(colours.station);
    if (viewOnStation) {
        painter.drawEllipse(g.centrePx(), 3.5, 3.5);
    } else if (geo::distanceKm(options.centre, options.station) <= g.radiusKm()) {
        const QPointF stationPx = g.planeToPx(projector.projection().forward(options.station));
        painter.drawEllipse(stationPx, 5.0, 5.0);
    }

    // Scale note in the bottom-left corner.
    QFont small = options.font;
    small.setPointSizeF(std::max(6.5, options.font.pointSizeF() * 0.85));
    painter.setFont(small);
    painter.setPen(colours.ringText);
    const QString scale = g.radiusKm() >= geo::antipodeDistanceKm - 1
        ? QCoreApplication::translate("CompassMapWidget", "Whole globe · rim = antipode")
        : QCoreApplication::translate("CompassMapWidget", "Radius %1 km")
              .arg(QLocale().toString(qlonglong(std::llround(g.radiusKm()))));
    painter.drawText(QPointF(8, options.widgetSize.height() - 8), scale);
    qCDebug(lcMap) << "map layers:" << timer.nsecsElapsed() / 1e6 << "ms; land projected by"
                   << projectNs / 1e6 << "ms, filled in" << landFillNs / 1e6 << "ms; borders"
                   << bordersNs / 1e6 << "ms; coasts" << coastNs / 1e6 << "ms";
    if (!world.ok) {
        painter.setPen(colours.target);
        painter.drawText(
            QPointF(8, options.widgetSize.height() - 8 - QFontMetricsF(small).height()),
            QCoreApplication::translate("CompassMapWidget", "World map data unavailable"));
    }
}

namespace {

QColor beamColour(const MapBeam &beam, const BeamStyle &style)
{
    const QColor colour = beam.colour.isValid() ? beam.colour : style.defaultBeam;
    if (!beam.stale)
        return colour;
    return QColor::fromHsvF(colour.hsvHueF(), colour.hsvSaturationF() * style.staleSaturationFactor,
                            colour.valueF() * style.staleValueFactor);
}

double beamWidthDeg(const MapBeam &beam, const BeamStyle &style)
{
    return std::isfinite(beam.beamWidthDeg)
        ? std::clamp(beam.beamWidthDeg, style.minBeamWidthDeg, style.maxBeamWidthDeg)
        : style.defaultBeamWidthDeg;
}

/// What every beam of one frame shares.
struct BeamFrame
{
    const geo::CompassGeometry &g;
    const BeamStyle &style;
    BeamRaster &raster;
    QPainter &painter;
    QPointF centre;
    double r = 0;
    QRectF disc;
    bool dark = true;
    bool crowded = false;
    double crowdedSpokeFrom = 0; ///< radius fraction where crowded spokes start
    bool labelMovingBeams = true;
};

/// The selected rotator's range, under every beam: its dark zone, overlap arc and CCW end stop.
void paintRangeOverlay(const BeamFrame &f, const MapBeam &beam)
{
    const BeamStyle &style = f.style;
    if (const auto zone = geo::CompassGeometry::darkZone(beam.startAzimuthDeg, beam.maxRotateDeg)) {
        f.painter.setPen(Qt::NoPen);
        f.painter.setBrush(QBrush(style.darkZoneShade));
        f.painter.drawPie(f.disc, qtAngle16(zone->startBearingDeg),
                          -int(std::lround(zone->spanDeg * 16)));
        f.painter.setBrush(QBrush(style.darkZoneHatch, Qt::BDiagPattern));
        f.painter.drawPie(f.disc, qtAngle16(zone->startBearingDeg),
                          -int(std::lround(zone->spanDeg * 16)));
    }
    if (const auto overlap
        = geo::CompassGeometry::overlapArc(beam.startAzimuthDeg, beam.maxRotateDeg)) {
        f.raster.ringSector(f.centre, f.r - style.overlapBandInnerInsetPx,
                            f.r - style.overlapBandOuterInsetPx, overlap->startBearingDeg,
                            overlap->spanDeg, style.overlapBand);
    }
    f.raster.line(f.g.pointAt(beam.startAzimuthDeg, 1.0),
                  f.g.pointAt(beam.startAzimuthDeg, 1.0 - style.endStopTickLengthPx / f.r),
                  style.endStopTick, style.endStopTickWidthPx);
}

/// Crowded: a full-disc wedge per rotator would cover the map and cost one large blended fill
/// each. The unselected beams' widths show as bands on the rim instead, all in one go.
void paintCrowdedBands(const BeamFrame &f, const QList<MapBeam> &beams)
{
    const BeamStyle &style = f.style;
    QList<BeamRaster::Band> bands;
    bands.reserve(beams.size());
    for (const MapBeam &beam : beams) {
        if (beam.selected || !beam.bearingDeg || !std::isfinite(*beam.bearingDeg))
            continue;
        QColor band = beamColour(beam, style);
        band.setAlpha(beam.stale ? style.staleCrowdedBandAlpha : style.crowdedBandAlpha);
        const double width = beamWidthDeg(beam, style);
        bands.append({*beam.bearingDeg - width / 2, width, band});
    }
    f.raster.ringBands(f.centre, f.r - style.crowdedBandPx, f.r, bands);
}

void paintBeamLabel(QPainter &painter, const geo::CompassGeometry &g, const MapBeam &beam,
                    const QColor &colour, double bearing, const QColor &halo, bool dark)
{
    const QPointF at = g.pointAt(bearing + 3.0, 0.82);
    // A long label must not run across the map: at most 0.3 of its width.
    const QString label = painter.fontMetrics().elidedText(beam.label, Qt::ElideRight,
                                                           int(std::max(40.0, 0.6 * g.radiusPx())));
    painter.setPen(halo);
    painter.drawText(at + QPointF(1, 1), label);
    painter.setPen(dark ? colour.lighter(140) : colour.darker(140));
    painter.drawText(at, label);
}

/// One rotator: target line, wedge (not for unselected beams on a crowded map), heading, tip
/// marker, label. The beam's position is known.
void paintBeam(const BeamFrame &f, const MapBeam &beam)
{
    const BeamStyle &style = f.style;
    const geo::CompassGeometry &g = f.g;
    const QColor colour = beamColour(beam, style);
    const double bearing = *beam.bearingDeg;
    const double width = beamWidthDeg(beam, style);
    const bool full = !f.crowded || beam.selected;

    if (beam.targetBearingDeg && std::isfinite(*beam.targetBearingDeg)) {
        QColor targetColour = colour;
        targetColour.setAlpha(style.targetAlpha);
        const QPointF targetTip = g.pointAt(*beam.targetBearingDeg, 1.0);
        f.raster.line(full ? f.centre : g.pointAt(*beam.targetBearingDeg, f.crowdedSpokeFrom),
                      targetTip, targetColour, style.targetLinePx, style.dashPx, style.gapPx);
        f.painter.setPen(QPen(targetColour, style.targetLinePx));
        f.painter.setBrush(Qt::NoBrush);
        f.painter.drawEllipse(targetTip, style.targetRingRadiusPx, style.targetRingRadiusPx);
    }

    if (full) {
        QColor fill = colour;
        fill.setAlpha(beam.stale ? style.staleWedgeAlpha
                                 : (beam.selected ? style.selectedWedgeAlpha : style.wedgeAlpha));
        // Wedge areas are large: fill them without antialiasing (five times cheaper, the edges
        // are drawn on top anyway).
        f.painter.setRenderHint(QPainter::Antialiasing, false);
        f.painter.setPen(Qt::NoPen);
        f.painter.setBrush(fill);
        f.painter.drawPie(f.disc, qtAngle16(bearing - width / 2), -int(std::lround(width * 16)));
        f.painter.setRenderHint(QPainter::Antialiasing, true);
        QColor edge = colour;
        edge.setAlpha(beam.stale ? style.staleEdgeAlpha : style.edgeAlpha);
        const double edgePx = beam.moving ? style.movingEdgePx : style.edgePx;
        const double edgeDash = beam.moving ? style.dashPx * edgePx : 0.0;
        if (width < 360.0) {
            f.raster.line(f.centre, g.pointAt(bearing - width / 2, 1.0), edge, edgePx, edgeDash,
                          style.gapPx * edgePx);
            f.raster.line(f.centre, g.pointAt(bearing + width / 2, 1.0), edge, edgePx, edgeDash,
                          style.gapPx * edgePx);
        }
        f.raster.ringSector(f.centre, f.r - edgePx / 2, f.r + edgePx / 2, bearing - width / 2,
                            width, edge);
    }

    const QPointF tip = g.pointAt(bearing, 1.0);
    if (full) {
        const double lineWidth = beam.selected ? style.selectedHeadingPx : style.headingPx;
        f.raster.line(f.centre, tip, style.halo, lineWidth + style.headingHaloExtraPx);
        f.raster.line(f.centre, tip, colour, lineWidth, beam.stale ? style.dashPx * lineWidth : 0,
                      style.gapPx * lineWidth);
    } else {
        f.raster.line(g.pointAt(bearing, f.crowdedSpokeFrom), tip, colour, style.spokePx,
                      beam.stale ? style.dashPx : 0, style.gapPx);
    }

    if (beam.moving) {
        // An arrowhead at the tip pointing the way the antenna turns.
        const double turn = beam.targetBearingDeg
            ? (geo::normalisedBearingDeg(*beam.targetBearingDeg - bearing) <= 180 ? 1.0 : -1.0)
            : 1.0;
        const QPointF a
            = g.pointAt(bearing + turn * style.arrowSideDeg, 1.0 - style.arrowBackInsetPx / f.r);
        const QPointF b = g.pointAt(bearing, 1.0 - style.arrowTailInsetPx / f.r);
        const QPointF c = g.pointAt(bearing, 1.0 + style.arrowTipOutsetPx / f.r);
        const QPointF triangle[3] = {a, b, c};
        f.painter.setPen(f.crowded ? QPen(Qt::NoPen) : QPen(style.halo, style.arrowHaloPx));
        f.painter.setBrush(colour.lighter(style.arrowLighterPercent));
        f.painter.drawPolygon(triangle, 3);
    } else {
        const double markerPx = beam.selected ? style.selectedMarkerRadiusPx : style.markerRadiusPx;
        f.painter.setPen(f.crowded ? QPen(Qt::NoPen) : QPen(style.halo, style.markerHaloPx));
        f.painter.setBrush(colour);
        f.painter.drawEllipse(tip, markerPx, markerPx);
    }

    if (!beam.label.isEmpty() && (full || (beam.moving && f.labelMovingBeams)))
        paintBeamLabel(f.painter, g, beam, colour, bearing, style.halo, f.dark);
}

} // namespace

void paintBeams(QImage &frame, const geo::CompassGeometry &g, const QList<MapBeam> &beams,
                bool dark)
{
    if (!g.isValid())
        return;
    const BeamStyle style = beamStyle(dark);
    // Lines and rim bands go straight into the image (see BeamRaster); wedges, markers and
    // labels through QPainter. Both write at once, so drawing order is kept.
    BeamRaster raster(frame);
    QPainter painter(&frame);
    const QPointF centre = g.centrePx();
    const double r = g.radiusPx();
    const bool crowded = beams.size() > style.crowdedAbove;
    // Crowded heading and target lines are spokes that start where they lie some 4 px apart on
    // average, at least a third of the way out: the map round the station stays readable
    // instead of vanishing under a star of lines.
    const double crowdedSpokeFrom
        = std::clamp(style.spokeSpacingPx * double(beams.size()) / (2 * M_PI * std::max(1.0, r)),
                     style.spokeFromMin, style.spokeFromMax);
    // Crowded maps name the selected beam and the moving ones, as long as few enough move for
    // their names to be read.
    const bool labelMovingBeams = std::count_if(beams.cbegin(), beams.cend(),
                                                [](const MapBeam &beam) { return beam.moving; })
        <= style.maxMovingLabels;
    const BeamFrame f {.g = g,
                       .style = style,
                       .raster = raster,
                       .painter = painter,
                       .centre = centre,
                       .r = r,
                       .disc = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                       .dark = dark,
                       .crowded = crowded,
                       .crowdedSpokeFrom = crowdedSpokeFrom,
                       .labelMovingBeams = labelMovingBeams};
    painter.setRenderHint(QPainter::Antialiasing, true);

    for (const MapBeam &beam : beams) {
        if (beam.selected)
            paintRangeOverlay(f, beam);
    }
    if (crowded)
        paintCrowdedBands(f, beams);
    // Unselected beams, then the selected one on top. Position unknown (or garbage): nothing.
    for (const bool selected : {false, true}) {
        for (const MapBeam &beam : beams) {
            if (beam.selected == selected && beam.bearingDeg && std::isfinite(*beam.bearingDeg))
                paintBeam(f, beam);
        }
    }
}
