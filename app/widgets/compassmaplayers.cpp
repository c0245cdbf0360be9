// SPDX-License-Identifier: GPL-3.0-or-later
#include "compassmaplayers.h"

#include "beamraster.h"
#include "palette.h"

#include <geo/greatcircle.h>
#include <geo/maidenhead.h>
#include <geo/mapprojector.h>
#include <geo/spherepolygon.h>
#include <geo/sun.h>
#include <geo/topojson.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcMap, "rotordeck.map", QtInfoMsg)

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
        geo::GeoRing ring = geo::terminator(when, elevationDeg, 240);
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
                const geo::CompassGeometry &g, const geo::GeoPoint &centre,
                const geo::GeoPoint &target, const QString &locator, const MapColours &colours,
                const QFont &font)
{
    QList<geo::PlaneLine> pieces;
    projector.projectLine(geo::toVectors(geo::pathPoints(centre, target, 720)), false, pieces);
    QPainterPath path;
    for (const geo::PlaneLine &piece : pieces)
        addToPath(path, piece, g, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colours.target, 1.6, Qt::DashLine, Qt::RoundCap));
    painter.drawPath(path);
    const double distanceKm = geo::distanceKm(centre, target);
    if (distanceKm <= g.radiusKm()) {
        const QPointF px = g.planeToPx(projector.projection().forward(target));
        painter.setPen(QPen(colours.target, 2.0));
        painter.drawEllipse(px, 5, 5);
    }
    const QLocale localeNow;
    const QString text
        = QCoreApplication::translate("CompassMapWidget", "%1: %2° · %3 km (long path %4° · %5 km)")
              .arg(locator)
              .arg(int(std::lround(geo::initialBearingDeg(centre, target))) % 360)
              .arg(localeNow.toString(qlonglong(std::llround(distanceKm))))
              .arg(int(std::lround(geo::longPathBearingDeg(centre, target))) % 360)
              .arg(localeNow.toString(
                  qlonglong(std::llround(geo::longPathDistanceKm(centre, target)))));
    painter.setFont(font);
    painter.setPen(colours.target);
    painter.drawText(QPointF(8, QFontMetricsF(font).ascent() + 6), text);
}

} // namespace

bool worldDataAvailable()
{
    return worldData().ok;
}

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
    drawRangeRings(painter, g, colours, options.font);
    drawBearingRing(painter, g, colours, options.font);
    if (options.target)
        drawTarget(painter, projector, g, options.centre, *options.target, options.targetLocator,
                   colours, options.font);

    // The station.
    painter.setPen(QPen(colours.background, 2.0));
    painter.setBrush(colours.station);
    painter.drawEllipse(g.centrePx(), 3.5, 3.5);

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

QColor beamColour(const MapBeam &beam)
{
    const QColor colour = beam.colour.isValid() ? beam.colour : palette::map::defaultBeam;
    if (!beam.stale)
        return colour;
    return QColor::fromHsvF(colour.hsvHueF(), colour.hsvSaturationF() * 0.25,
                            colour.valueF() * 0.75);
}

double beamWidthDeg(const MapBeam &beam)
{
    return std::isfinite(beam.beamWidthDeg) ? std::clamp(beam.beamWidthDeg, 1.0, 360.0) : 45.0;
}

} // namespace

void paintBeams(QImage &frame, const geo::CompassGeometry &g, const QList<MapBeam> &beams,
                bool dark)
{
    if (!g.isValid())
        return;
    // Lines and rim bands go straight into the image (see BeamRaster); wedges, markers and
    // labels through QPainter. Both write at once, so drawing order is kept.
    BeamRaster raster(frame);
    QPainter painter(&frame);
    const QPointF centre = g.centrePx();
    const double r = g.radiusPx();
    const QRectF disc(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
    const QColor halo = dark ? palette::map::dark::halo : palette::map::light::halo;
    const bool crowded = beams.size() > 16;
    // Where crowded beams show their width: a band just inside the rim.
    constexpr double crowdedBandPx = 7.0;
    // Crowded heading and target lines are spokes that start where they lie some 4 px apart
    // on average, at least a third of the way out: the map round the station stays readable
    // instead of vanishing under a star of lines.
    const double crowdedSpokeFrom
        = std::clamp(4.0 * double(beams.size()) / (2 * M_PI * std::max(1.0, r)), 0.35, 0.8);
    // Qt's DashLine for a 1 px pen: 4 on, 2 off.
    constexpr double dashPx = 4.0;
    constexpr double gapPx = 2.0;
    painter.setRenderHint(QPainter::Antialiasing, true);

    // The selected rotator's range first, under every beam.
    for (const MapBeam &beam : beams) {
        if (!beam.selected)
            continue;
        if (const auto zone
            = geo::CompassGeometry::darkZone(beam.startAzimuthDeg, beam.maxRotateDeg)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(dark ? palette::map::dark::darkZoneShade
                                         : palette::map::light::darkZoneShade));
            painter.drawPie(disc, qtAngle16(zone->startBearingDeg),
                            -int(std::lround(zone->spanDeg * 16)));
            painter.setBrush(QBrush(palette::map::darkZoneHatch, Qt::BDiagPattern));
            painter.drawPie(disc, qtAngle16(zone->startBearingDeg),
                            -int(std::lround(zone->spanDeg * 16)));
        }
        if (const auto overlap
            = geo::CompassGeometry::overlapArc(beam.startAzimuthDeg, beam.maxRotateDeg)) {
            // A 7 px band whose middle runs 6 px inside the rim.
            raster.ringSector(
                centre, r - 9.5, r - 2.5, overlap->startBearingDeg, overlap->spanDeg,
                QColor(palette::map::overlapArc.red(), palette::map::overlapArc.green(),
                       palette::map::overlapArc.blue(), palette::map::overlapArcAlpha));
        }
        // The start azimuth (the CCW end stop) as a short tick on the rim.
        raster.line(g.pointAt(beam.startAzimuthDeg, 1.0),
                    g.pointAt(beam.startAzimuthDeg, 1.0 - 16.0 / r), palette::map::overlapArc, 2.0);
    }

    // Crowded maps name the selected beam and the moving ones, as long as few enough move for
    // their names to be read.
    constexpr int maxMovingLabels = 24;
    const bool labelMovingBeams = std::count_if(beams.cbegin(), beams.cend(),
                                                [](const MapBeam &beam) { return beam.moving; })
        <= maxMovingLabels;

    if (crowded) {
        // Crowded: a full-disc wedge per rotator would cover the map and cost one large blended
        // fill each. The beam widths show as bands on the rim instead, all in one go.
        QList<BeamRaster::Band> bands;
        bands.reserve(beams.size());
        for (const MapBeam &beam : beams) {
            if (beam.selected || !beam.bearingDeg || !std::isfinite(*beam.bearingDeg))
                continue;
            QColor band = beamColour(beam);
            band.setAlpha(beam.stale ? 90 : 170);
            const double width = beamWidthDeg(beam);
            bands.append({*beam.bearingDeg - width / 2, width, band});
        }
        raster.ringBands(centre, r - crowdedBandPx, r, bands);
    }

    // Unselected beams, then the selected one on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const MapBeam &beam : beams) {
            // Position unknown (or garbage): nothing to draw.
            if (beam.selected != (pass == 1) || !beam.bearingDeg
                || !std::isfinite(*beam.bearingDeg))
                continue;
            const QColor colour = beamColour(beam);
            const double bearing = *beam.bearingDeg;
            const double width = beamWidthDeg(beam);

            if (beam.targetBearingDeg && std::isfinite(*beam.targetBearingDeg)) {
                QColor targetColour = colour;
                targetColour.setAlpha(230);
                const QPointF targetTip = g.pointAt(*beam.targetBearingDeg, 1.0);
                const bool spoke = crowded && !beam.selected;
                raster.line(spoke ? g.pointAt(*beam.targetBearingDeg, crowdedSpokeFrom) : centre,
                            targetTip, targetColour, 1.0, dashPx, gapPx);
                painter.setPen(QPen(targetColour, 1.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(targetTip, 4.5, 4.5);
            }

            if (!crowded || beam.selected) {
                QColor fill = colour;
                fill.setAlpha(beam.stale ? 26 : (beam.selected ? 78 : 52));
                // Wedge areas are large: fill them without antialiasing (five times cheaper,
                // the edges are drawn on top anyway).
                painter.setRenderHint(QPainter::Antialiasing, false);
                painter.setPen(Qt::NoPen);
                painter.setBrush(fill);
                painter.drawPie(disc, qtAngle16(bearing - width / 2),
                                -int(std::lround(width * 16)));
                painter.setRenderHint(QPainter::Antialiasing, true);
                QColor edge = colour;
                edge.setAlpha(beam.stale ? 90 : 190);
                const double edgePx = beam.moving ? 1.6 : 1.0;
                const double edgeDash = beam.moving ? dashPx * edgePx : 0.0;
                if (width < 360.0) {
                    raster.line(centre, g.pointAt(bearing - width / 2, 1.0), edge, edgePx, edgeDash,
                                gapPx * edgePx);
                    raster.line(centre, g.pointAt(bearing + width / 2, 1.0), edge, edgePx, edgeDash,
                                gapPx * edgePx);
                }
                raster.ringSector(centre, r - edgePx / 2, r + edgePx / 2, bearing - width / 2,
                                  width, edge);
            }

            const QPointF tip = g.pointAt(bearing, 1.0);
            if (!crowded || beam.selected) {
                const double lineWidth = beam.selected ? 4.0 : 2.8;
                raster.line(centre, tip, halo, lineWidth + 3);
                raster.line(centre, tip, colour, lineWidth, beam.stale ? dashPx * lineWidth : 0,
                            gapPx * lineWidth);
            } else {
                raster.line(g.pointAt(bearing, crowdedSpokeFrom), tip, colour, 2.0,
                            beam.stale ? dashPx : 0, gapPx);
            }

            if (beam.moving) {
                // An arrowhead at the tip pointing the way the antenna turns.
                const double turn = beam.targetBearingDeg
                    ? (geo::normalisedBearingDeg(*beam.targetBearingDeg - bearing) <= 180 ? 1.0
                                                                                          : -1.0)
                    : 1.0;
                const QPointF a = g.pointAt(bearing + turn * 5.0, 1.0 - 6.0 / r);
                const QPointF b = g.pointAt(bearing, 1.0 - 20.0 / r);
                const QPointF c = g.pointAt(bearing, 1.0 + 6.0 / r);
                const QPointF triangle[3] = {a, b, c};
                painter.setPen(crowded ? QPen(Qt::NoPen) : QPen(halo, 1.0));
                painter.setBrush(colour.lighter(130));
                painter.drawPolygon(triangle, 3);
            } else {
                painter.setPen(crowded ? QPen(Qt::NoPen) : QPen(halo, 1.5));
                painter.setBrush(colour);
                painter.drawEllipse(tip, beam.selected ? 5.0 : 4.0, beam.selected ? 5.0 : 4.0);
            }

            if (!beam.label.isEmpty()
                && (!crowded || beam.selected || (beam.moving && labelMovingBeams))) {
                const QPointF at = g.pointAt(bearing + 3.0, 0.82);
                painter.setPen(halo);
                painter.drawText(at + QPointF(1, 1), beam.label);
                painter.setPen(dark ? colour.lighter(140) : colour.darker(140));
                painter.drawText(at, beam.label);
            }
        }
    }
}
