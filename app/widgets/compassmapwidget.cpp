// SPDX-License-Identifier: GPL-3.0-or-later
#include "compassmapwidget.h"

#include "beamstyle.h"
#include "compassmaplayers.h"
#include "maprenderer.h"
#include "palette.h"
#include "spotmaplayer.h"

#include "geo/azimuthalequidistant.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double zoomStep = 1.25; // per wheel notch or key press
constexpr int ringMarginPx = 26; // room for the bearing ring's labels around the disc
constexpr int greyLineRefreshMs = 60 * 1000;
// A click this close to the station names no bearing (as the exact centre of the station's
// own view).
constexpr double stationDeadZonePx = 3.0;
// Great circles drawn in a re-centred view: one point per step along the path.
constexpr double pathStepKm = 100.0;
constexpr int hoverPathSegments = 90;
constexpr int recentredBarMarginPx = 6;

// Projects points into pixels and draws them as a polyline, broken where two neighbours land
// far apart (the path passes the view's antipode, which is the whole rim).
void drawProjectedPath(QPainter &painter, const geo::AzimuthalEquidistant &projection,
                       const geo::CompassGeometry &g, const QList<geo::GeoPoint> &points)
{
    const double jumpKm = geo::antipodeDistanceKm / 2.0;
    QPolygonF run;
    QPointF previousKm;
    for (const geo::GeoPoint &point : points) {
        const QPointF km = projection.forward(point);
        if (!run.isEmpty() && QLineF(previousKm, km).length() > jumpKm) {
            painter.drawPolyline(run);
            run.clear();
        }
        run.append(g.planeToPx(km));
        previousKm = km;
    }
    if (run.size() > 1)
        painter.drawPolyline(run);
}

// The great circle leaving the station at bearingDeg, out to the antipode.
QList<geo::GeoPoint> bearingPath(const geo::GeoPoint &station, double bearingDeg)
{
    QList<geo::GeoPoint> points;
    const int steps = int(std::ceil(geo::antipodeDistanceKm / pathStepKm));
    points.reserve(steps + 1);
    for (int i = 0; i <= steps; ++i)
        points.append(geo::destination(station, bearingDeg,
                                       std::min(geo::antipodeDistanceKm, i * pathStepKm)));
    return points;
}

// Beams of a view centred away from the station: straight wedges from the disc's centre would
// lie, so each heading, target and beam edge is drawn as the great circle it really follows.
void paintBeamsFromStation(QImage &frame, const geo::CompassGeometry &g,
                           const geo::GeoPoint &viewCentre, const geo::GeoPoint &station,
                           const QList<MapBeam> &beams, bool dark)
{
    const geo::AzimuthalEquidistant projection(viewCentre);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath disc;
    disc.addEllipse(g.centrePx(), g.radiusPx(), g.radiusPx());
    painter.setClipPath(disc);
    painter.setBrush(Qt::NoBrush);
    const BeamStyle style = beamStyle(dark);
    for (const MapBeam &beam : beams) {
        if (!beam.bearingDeg || !std::isfinite(*beam.bearingDeg))
            continue;
        QColor colour = beam.colour.isValid() ? beam.colour : style.plainBeamFromAfar;
        if (beam.stale)
            colour.setAlpha(style.staleFromAfarAlpha);
        QColor edge = colour;
        edge.setAlpha(colour.alpha() / 2);
        painter.setPen(QPen(edge, style.edgeFromAfarPx));
        const double halfWidthDeg
            = std::clamp(beam.beamWidthDeg, style.minBeamWidthDeg, style.maxBeamWidthDeg) / 2.0;
        if (halfWidthDeg < 180.0) {
            drawProjectedPath(painter, projection, g,
                              bearingPath(station, *beam.bearingDeg - halfWidthDeg));
            drawProjectedPath(painter, projection, g,
                              bearingPath(station, *beam.bearingDeg + halfWidthDeg));
        }
        painter.setPen(
            QPen(colour, beam.selected ? style.selectedHeadingFromAfarPx : style.headingFromAfarPx,
                 Qt::SolidLine, Qt::RoundCap));
        drawProjectedPath(painter, projection, g, bearingPath(station, *beam.bearingDeg));
        if (beam.targetBearingDeg && std::isfinite(*beam.targetBearingDeg)) {
            painter.setPen(QPen(colour, style.targetFromAfarPx, Qt::DashLine, Qt::RoundCap));
            drawProjectedPath(painter, projection, g, bearingPath(station, *beam.targetBearingDeg));
        }
    }
}

} // namespace

class CompassMapWidget::Private
{
public:
    geo::GeoPoint centre {0, 0}; // the view's
    geo::GeoPoint station {0, 0};
    double radiusKm = 10000;
    QList<MapBeam> beams;
    MapGroupMark groupMark;
    QString targetLocator;
    std::optional<geo::GeoPoint> target;
    QString hoverText;
    QPointF hoverPx;
    bool hovering = false;
    bool greyLine = true;
    bool sunMoon = true;
    bool locatorGrid = false;
    bool dark = true;

    geo::CompassGeometry geometry;
    MapLayerOptions layerOptions() const;
    QImage cache; // static layers
    quint64 mapSerial = 1; // counts changes of anything the static layers show
    quint64 cacheSerial = 0; // the change the cache shows
    MapRenderer renderer;
    QImage frame; // cache + beams (+ spots on top): what paintEvent copies
    bool frameValid = false;
    QList<MapSkyTrack> skyTracks;
    QTimer greyLineTimer;
    QFrame *recentredBar = nullptr;
    QLabel *recentredLabel = nullptr;
    QPointer<SpotMapLayer> spots;
    // With spots: the static layers with the beams on them, under the dots. A batch of spots
    // then costs one copy and the dots, not the beams again.
    QImage beamFrame;
    bool beamFrameValid = false;
    qint64 beamFrameCacheKey = 0;

    /// The beams (or what they are drawn over) changed: both frames are out of date.
    void invalidateBeams()
    {
        beamFrameValid = false;
        frameValid = false;
    }

    bool recentred() const { return !(centre == station); }
};

MapLayerOptions CompassMapWidget::Private::layerOptions() const
{
    MapLayerOptions options;
    options.centre = centre;
    options.station = station;
    options.geometry = geometry;
    options.greyLine = greyLine;
    options.sunMoon = sunMoon;
    options.locatorGrid = locatorGrid;
    options.dark = dark;
    options.target = target;
    options.targetLocator = targetLocator;
    return options;
}

CompassMapWidget::CompassMapWidget(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    d->greyLineTimer.setInterval(greyLineRefreshMs);
    connect(&d->greyLineTimer, &QTimer::timeout, this, [this] {
        if (d->greyLine || d->sunMoon)
            invalidateMap();
    });
    d->greyLineTimer.start();
    connect(&d->renderer, &MapRenderer::rendered, this,
            [this](quint64 serial, const QImage &image) {
                // Only the newest change counts, and only at the size the widget has now.
                if (serial != d->mapSerial || image.size() != d->cache.size()
                    || image.devicePixelRatio() != d->cache.devicePixelRatio())
                    return;
                d->cache = image;
                d->cacheSerial = serial;
                d->invalidateBeams();
                update();
                emit mapRebuilt();
            });
    updateMapGeometry(); // usable (e.g. pointForBearing) before the first resize event

    d->recentredBar = new QFrame(this);
    d->recentredBar->setObjectName(QStringLiteral("recentredBar"));
    d->recentredBar->setFrameShape(QFrame::StyledPanel);
    d->recentredBar->setAutoFillBackground(true);
    auto *barLayout = new QHBoxLayout(d->recentredBar);
    barLayout->setContentsMargins(8, 4, 4, 4);
    d->recentredLabel = new QLabel(d->recentredBar);
    d->recentredLabel->setObjectName(QStringLiteral("recentredLabel"));
    barLayout->addWidget(d->recentredLabel);
    auto *back = new QPushButton(tr("Back to station"), d->recentredBar);
    back->setObjectName(QStringLiteral("backToStationButton"));
    back->setFocusPolicy(Qt::NoFocus); // keys stay with the map and the window's shortcuts
    connect(back, &QPushButton::clicked, this, &CompassMapWidget::backToStation);
    barLayout->addWidget(back);
    d->recentredBar->hide();
}

CompassMapWidget::~CompassMapWidget() = default;

void CompassMapWidget::setCentre(double latDeg, double lonDeg)
{
    if (!std::isfinite(latDeg) || !std::isfinite(lonDeg))
        return;
    const geo::GeoPoint station {std::clamp(latDeg, -90.0, 90.0), geo::normalisedLonDeg(lonDeg)};
    setView(station, station);
}

void CompassMapWidget::recentreView(double latDeg, double lonDeg)
{
    if (!std::isfinite(latDeg) || !std::isfinite(lonDeg))
        return;
    setView(d->station, {std::clamp(latDeg, -90.0, 90.0), geo::normalisedLonDeg(lonDeg)});
}

void CompassMapWidget::backToStation()
{
    setView(d->station, d->station);
}

bool CompassMapWidget::isRecentred() const
{
    return d->recentred();
}

void CompassMapWidget::setView(const geo::GeoPoint &station, const geo::GeoPoint &centre)
{
    if (station == d->station && centre == d->centre)
        return;
    const bool wasRecentred = d->recentred();
    d->station = station;
    d->centre = centre;
    d->invalidateBeams(); // beams are drawn differently on and off the station
    invalidateMap();
    updateRecentredBar();
    if (d->recentred() != wasRecentred)
        emit recentredChanged(d->recentred());
}

void CompassMapWidget::updateRecentredBar()
{
    const bool show = d->recentred();
    if (show) {
        d->recentredLabel->setText(
            tr("View centred on %1 · bearings from the station %2")
                .arg(geo::pointToLocator(d->centre, 6), geo::pointToLocator(d->station, 6)));
        d->recentredBar->adjustSize();
        const int width = std::min(d->recentredBar->sizeHint().width(),
                                   std::max(0, this->width() - 2 * recentredBarMarginPx));
        d->recentredBar->setGeometry(this->width() - width - recentredBarMarginPx,
                                     recentredBarMarginPx, width,
                                     d->recentredBar->sizeHint().height());
    }
    d->recentredBar->setVisible(show);
}

bool CompassMapWidget::setCentreLocator(const QString &locator)
{
    const auto point = geo::locatorToPoint(locator);
    if (!point)
        return false;
    setCentre(point->latDeg, point->lonDeg);
    return true;
}

double CompassMapWidget::centreLatDeg() const
{
    return d->centre.latDeg;
}
double CompassMapWidget::centreLonDeg() const
{
    return d->centre.lonDeg;
}
double CompassMapWidget::stationLatDeg() const
{
    return d->station.latDeg;
}
double CompassMapWidget::stationLonDeg() const
{
    return d->station.lonDeg;
}

std::optional<double> CompassMapWidget::stationBearingAt(const QPointF &px) const
{
    const geo::CompassGeometry &g = d->geometry;
    const double fraction = g.radiusFractionAt(px);
    if (!d->recentred()) {
        // The disc and the bearing ring around it take clicks; the exact centre has no bearing.
        const double ringFraction = 1.0 + ringMarginPx / std::max(1.0, g.radiusPx());
        if (fraction * g.radiusPx() < 3.0 || fraction > ringFraction)
            return std::nullopt;
        return g.bearingAt(px);
    }
    // Off the station the disc shows places, not bearings: find the place, then its bearing.
    if (!g.containsPoint(px))
        return std::nullopt;
    const geo::AzimuthalEquidistant projection(d->centre);
    const QPointF stationPx = g.planeToPx(projection.forward(d->station));
    if (QLineF(stationPx, px).length() < stationDeadZonePx)
        return std::nullopt;
    const auto point = projection.inverse(g.pxToPlane(px));
    if (!point)
        return std::nullopt;
    return geo::initialBearingDeg(d->station, *point);
}

void CompassMapWidget::setRadiusKm(double km)
{
    if (!std::isfinite(km))
        return;
    const double clamped = std::clamp(km, minRadiusKm, maxRadiusKm);
    if (clamped == d->radiusKm)
        return;
    d->radiusKm = clamped;
    updateMapGeometry();
    invalidateMap();
    emit radiusChanged(clamped);
}

double CompassMapWidget::radiusKm() const
{
    return d->radiusKm;
}

void CompassMapWidget::setSkyTracks(const QList<MapSkyTrack> &tracks)
{
    if (tracks == d->skyTracks)
        return;
    d->skyTracks = tracks;
    d->frameValid = false;
    update();
}

QList<MapSkyTrack> CompassMapWidget::skyTracks() const
{
    return d->skyTracks;
}

void CompassMapWidget::setBeams(const QList<MapBeam> &beams)
{
    if (beams == d->beams)
        return;
    d->beams = beams;
    d->invalidateBeams();
    update();
}

QList<MapBeam> CompassMapWidget::beams() const
{
    return d->beams;
}

void CompassMapWidget::setGroupMark(const MapGroupMark &mark)
{
    if (mark == d->groupMark)
        return;
    d->groupMark = mark;
    d->frameValid = false;
    update();
}

MapGroupMark CompassMapWidget::groupMark() const
{
    return d->groupMark;
}

void CompassMapWidget::setTargetLocator(const QString &locator)
{
    const QString trimmed = locator.trimmed().toUpper();
    const auto point = geo::locatorToPoint(trimmed);
    const QString effective = point ? trimmed : QString();
    if (effective == d->targetLocator)
        return;
    d->targetLocator = effective;
    d->target = point;
    invalidateMap();
}

void CompassMapWidget::setSunMoonVisible(bool visible)
{
    if (visible == d->sunMoon)
        return;
    d->sunMoon = visible;
    invalidateMap();
}

void CompassMapWidget::setGreyLineVisible(bool visible)
{
    if (visible == d->greyLine)
        return;
    d->greyLine = visible;
    invalidateMap();
}

void CompassMapWidget::setLocatorGridVisible(bool visible)
{
    if (visible == d->locatorGrid)
        return;
    d->locatorGrid = visible;
    invalidateMap();
}

void CompassMapWidget::setDarkTheme(bool dark)
{
    if (dark == d->dark)
        return;
    d->dark = dark;
    invalidateMap();
}

QString CompassMapWidget::hoverText() const
{
    return d->hoverText;
}

geo::CompassGeometry CompassMapWidget::compassGeometry() const
{
    return d->geometry;
}

QPointF CompassMapWidget::pointForBearing(double bearingDeg, double radiusFraction) const
{
    return d->geometry.pointAt(bearingDeg, radiusFraction);
}

QSize CompassMapWidget::sizeHint() const
{
    return {640, 640};
}
QSize CompassMapWidget::minimumSizeHint() const
{
    return {240, 240};
}

void CompassMapWidget::invalidateMap()
{
    ++d->mapSerial;
    // With a cache of the right size, keep showing it (beams drawn current) until the worker
    // has the new one; otherwise paintEvent renders at once.
    if (cacheFitsWidget())
        d->renderer.request(d->mapSerial, currentLayerOptions(), d->cache.size(),
                            d->cache.devicePixelRatio());
    update();
}

bool CompassMapWidget::isMapCurrent() const
{
    return d->cacheSerial == d->mapSerial && cacheFitsWidget();
}

bool CompassMapWidget::cacheFitsWidget() const
{
    const qreal dpr = devicePixelRatioF();
    return !d->cache.isNull() && d->cache.size() == (QSizeF(size()) * dpr).toSize()
        && d->cache.devicePixelRatio() == dpr;
}

MapLayerOptions CompassMapWidget::currentLayerOptions() const
{
    MapLayerOptions options = d->layerOptions();
    options.widgetSize = size();
    options.when = QDateTime::currentDateTimeUtc();
    options.palette = palette();
    options.font = font();
    return options;
}

void CompassMapWidget::updateMapGeometry()
{
    const double side = std::min(width(), height());
    const double radiusPx = std::max(10.0, side / 2.0 - ringMarginPx);
    d->geometry
        = geo::CompassGeometry(QPointF(width() / 2.0, height() / 2.0), radiusPx, d->radiusKm);
}

void CompassMapWidget::rebuildMap()
{
    const qreal dpr = devicePixelRatioF();
    d->cache = MapRenderer::renderNow(currentLayerOptions(), (QSizeF(size()) * dpr).toSize(), dpr);
    d->cacheSerial = d->mapSerial;
    d->invalidateBeams();
    emit mapRebuilt();
}

void CompassMapWidget::rebuildFrame()
{
    // Beams change at telemetry rate, the mouse moves faster: keep them in their own frame so
    // that hover repaints are a single copy.
    // Reuse the buffers: a fresh multi-megabyte image per beam update costs more than drawing
    // the beams.
    const auto fitToCache = [this](QImage &image) {
        if (image.size() != d->cache.size()
            || image.devicePixelRatio() != d->cache.devicePixelRatio()) {
            image = QImage(d->cache.size(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(d->cache.devicePixelRatio());
        }
    };
    const auto copyOnto = [](QImage &image, const QImage &from) {
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(0, 0, from);
    };
    const auto paintAllBeams = [this](QImage &image) {
        if (d->recentred())
            paintBeamsFromStation(image, d->geometry, d->centre, d->station, d->beams, d->dark);
        else
            paintBeams(image, d->geometry, d->beams, d->dark);
    };
    fitToCache(d->frame);
    if (d->spots)
        d->spots->place(d->geometry, d->centre, d->cache.devicePixelRatio(), d->dark);
    if (!d->spots || d->spots->drawnCount() == 0) {
        // No dots to keep apart from the beams: one copy of the world layers, not two.
        copyOnto(d->frame, d->cache);
        paintAllBeams(d->frame);
        d->beamFrameValid = false;
    } else {
        // Spots go on top of the beams, so a dot inside a beam keeps its colour and a batch of
        // new spots does not draw the beams again.
        fitToCache(d->beamFrame);
        if (!d->beamFrameValid || d->beamFrameCacheKey != d->cache.cacheKey()) {
            copyOnto(d->beamFrame, d->cache);
            paintAllBeams(d->beamFrame);
            d->beamFrameValid = true;
            d->beamFrameCacheKey = d->cache.cacheKey();
        }
        copyOnto(d->frame, d->beamFrame);
        QPainter painter(&d->frame);
        d->spots->paintDots(painter);
    }
    if (!d->skyTracks.isEmpty() && !d->recentred()) {
        // Bearings from the station: only where the station is the centre.
        QPainter painter(&d->frame);
        skytracklayer::paint(painter, d->geometry, d->skyTracks, d->dark);
    }
    // From the station only: the bracket follows the rim, which is the station's compass.
    if (!d->groupMark.isEmpty() && !d->recentred()) {
        QPainter painter(&d->frame);
        painter.setFont(font());
        paintGroupMark(painter, d->geometry, d->beams, d->groupMark, d->dark);
    }
    d->frameValid = true;
}

void CompassMapWidget::setSpotLayer(SpotMapLayer *layer)
{
    if (d->spots)
        disconnect(d->spots, nullptr, this, nullptr);
    d->spots = layer;
    if (layer) {
        connect(layer, &SpotMapLayer::changed, this, [this] {
            d->frameValid = false; // the dots only: the beam frame stays
            update();
        });
    }
    d->invalidateBeams();
    update();
}

void CompassMapWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!cacheFitsWidget())
        rebuildMap(); // first frame, resize, a move to a screen with another pixel ratio
    if (!d->frameValid)
        rebuildFrame();
    QPainter painter(this);
    painter.drawImage(0, 0, d->frame);
    if (d->spots)
        d->spots->paintHighlight(painter);
    if (d->hovering) {
        painter.setRenderHint(QPainter::Antialiasing);
        const geo::CompassGeometry &g = d->geometry;
        QPen pen(d->dark ? palette::map::dark::hoverCursor : palette::map::light::hoverCursor, 1,
                 Qt::DashLine);
        painter.setPen(pen);
        if (!d->recentred()) {
            painter.drawLine(g.centrePx(), g.pointAt(g.bearingAt(d->hoverPx), 1.0));
        } else if (const auto point
                   = geo::AzimuthalEquidistant(d->centre).inverse(g.pxToPlane(d->hoverPx))) {
            // The short path from the station to the place under the mouse.
            drawProjectedPath(painter, geo::AzimuthalEquidistant(d->centre), g,
                              geo::pathPoints(d->station, *point, hoverPathSegments));
        }
    }
}

void CompassMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMapGeometry();
    updateRecentredBar();
    ++d->mapSerial; // a render for the old size in progress is dropped
    d->invalidateBeams();
}

void CompassMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const qint64 serial = d->spots ? d->spots->spotAt(event->position()) : 0) {
        event->accept();
        emit spotClicked(serial);
        return;
    }
    const std::optional<double> bearingDeg = stationBearingAt(event->position());
    if (!bearingDeg) {
        event->ignore();
        return;
    }
    event->accept();
    emit bearingRequested(*bearingDeg);
}

void CompassMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
    updateHover(event->position());
}

void CompassMapWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    d->hovering = false;
    setHoverText(QString());
    update();
}

void CompassMapWidget::updateHover(const QPointF &pos)
{
    const geo::CompassGeometry &g = d->geometry;
    const bool inside = g.containsPoint(pos);
    d->hovering = inside;
    d->hoverPx = pos;
    if (!inside) {
        setHoverText(QString());
        update();
        return;
    }
    if (const qint64 serial = d->spots ? d->spots->spotAt(pos) : 0) {
        setHoverText(d->spots->describe(serial));
        update();
        return;
    }
    const geo::GeoPoint point = geo::destination(d->centre, g.bearingAt(pos), g.distanceKmAt(pos));
    // Bearing and distance always from the station, whatever the view is centred on.
    const double bearingDeg
        = d->recentred() ? geo::initialBearingDeg(d->station, point) : g.bearingAt(pos);
    const double distanceKm
        = d->recentred() ? geo::distanceKm(d->station, point) : g.distanceKmAt(pos);
    const int shortDeg = int(std::lround(bearingDeg)) % 360;
    const int longDeg = (shortDeg + 180) % 360;
    const QString text = tr("%1° · %2 km · %3 · long path %4°")
                             .arg(shortDeg)
                             .arg(locale().toString(qlonglong(std::llround(distanceKm))))
                             .arg(geo::pointToLocator(point, 6))
                             .arg(longDeg);
    setHoverText(text);
    update();
}

void CompassMapWidget::setHoverText(const QString &text)
{
    if (text == d->hoverText)
        return;
    d->hoverText = text;
    setToolTip(text);
    emit hoverTextChanged(text);
}

void CompassMapWidget::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    event->accept();
    setRadiusKm(d->radiusKm * std::pow(zoomStep, -delta / 120.0));
}

void CompassMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setRadiusKm(d->radiusKm / zoomStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        setRadiusKm(d->radiusKm * zoomStep);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CompassMapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const geo::CompassGeometry &g = d->geometry;
    const QPointF pos = event->pos();
    if (!g.containsPoint(pos) || g.radiusFractionAt(pos) * g.radiusPx() < 3.0) {
        event->ignore();
        return;
    }
    event->accept();
    const geo::GeoPoint point = geo::destination(d->centre, g.bearingAt(pos), g.distanceKmAt(pos));
    const double longPathDeg = d->recentred() ? geo::longPathBearingDeg(d->station, point)
                                              : geo::normalisedBearingDeg(g.bearingAt(pos) + 180.0);

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("compassMapContextMenu"));
    QAction *longPath
        = menu->addAction(tr("Turn to long path (%1°)").arg(int(std::lround(longPathDeg)) % 360));
    longPath->setObjectName(QStringLiteral("longPathAction"));
    connect(longPath, &QAction::triggered, this,
            [this, longPathDeg] { emit bearingRequested(longPathDeg); });
    QAction *recentre
        = menu->addAction(tr("Re-centre here (%1)").arg(geo::pointToLocator(point, 6)));
    recentre->setObjectName(QStringLiteral("recentreAction"));
    connect(recentre, &QAction::triggered, this,
            [this, point] { emit recentreRequested(point.latDeg, point.lonDeg); });
    if (d->recentred()) {
        QAction *back = menu->addAction(tr("Back to station"));
        back->setObjectName(QStringLiteral("backToStationAction"));
        connect(back, &QAction::triggered, this, &CompassMapWidget::backToStation);
    }
    menu->popup(event->globalPos());
}

void CompassMapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        invalidateMap();
}
