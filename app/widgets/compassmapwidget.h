// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupmark.h"
#include "mapbeam.h"
#include "skytracklayer.h"

#include "geo/compassgeometry.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

struct MapLayerOptions;
class SpotMapLayer;

/// The compass map: an azimuthal equidistant world map around the station with every rotator's
/// beam on it. It only draws and forwards input; it never talks MQTT.
class CompassMapWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompassMapWidget)

public:
    static constexpr double minRadiusKm = 500.0;
    static constexpr double maxRadiusKm = 20015.0; ///< antipode: the full globe

    explicit CompassMapWidget(QWidget *parent = nullptr);
    ~CompassMapWidget() override;

    /// The station, in degrees (lat -90..90, lon -180..180). Every bearing the map reports or
    /// draws is measured from here. Moves the view back onto the station.
    void setCentre(double latDeg, double lonDeg);
    /// The station by Maidenhead locator (2..8 characters); false (and no change) if invalid.
    bool setCentreLocator(const QString &locator);
    /// The view's centre: the station unless the view was re-centred.
    double centreLatDeg() const;
    double centreLonDeg() const;
    double stationLatDeg() const;
    double stationLonDeg() const;
    /// Centres the view on another point; the station, and so every bearing, stays. The map
    /// says so and offers a way back.
    void recentreView(double latDeg, double lonDeg);
    void backToStation();
    /// True while the view is centred somewhere other than the station.
    bool isRecentred() const;
    /// The compass bearing from the station to what lies under a widget pixel, as a click
    /// there would request it; nullopt where a click requests nothing.
    std::optional<double> stationBearingAt(const QPointF &px) const;
    /// Map radius, clamped to minRadiusKm..maxRadiusKm.
    void setRadiusKm(double km);
    double radiusKm() const;
    /// Replaces all beams; repaints only when the list differs.
    void setBeams(const QList<MapBeam> &beams);
    QList<MapBeam> beams() const;
    /// Replaces the tracked targets' tracks (drawn while the view is on the station); repaints
    /// only when the list differs.
    void setSkyTracks(const QList<MapSkyTrack> &tracks);
    QList<MapSkyTrack> skyTracks() const;
    /// The selected group's bracket over its members' beams; an empty mark = none.
    void setGroupMark(const MapGroupMark &mark);
    MapGroupMark groupMark() const;
    /// Great-circle line and distance to this locator; empty (or invalid) = none.
    void setTargetLocator(const QString &locator);
    void setGreyLineVisible(bool visible);
    /// The sub-solar and sub-lunar points (on by default; refreshed once a minute).
    void setSunMoonVisible(bool visible);
    void setLocatorGridVisible(bool visible);
    /// Dark map (the default). Light follows the widget palette's colours.
    void setDarkTheme(bool dark);
    QString hoverText() const;
    /// False from a change of centre, zoom, theme or layers until the map has been rendered
    /// again (on a worker thread; the old map stays on screen meanwhile).
    bool isMapCurrent() const;

    /// Where on the widget (logical pixels) a compass bearing at a fraction of the map radius
    /// lies; for tests and for overlays.
    QPointF pointForBearing(double bearingDeg, double radiusFraction = 0.75) const;
    /// The pixel geometry of the map as laid out now.
    geo::CompassGeometry compassGeometry() const;

    /// DX spots drawn over the beams (not owned; null = none). A click on a spot emits
    /// spotClicked instead of bearingRequested; hovering one describes it.
    void setSpotLayer(SpotMapLayer *layer);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// Left click (short path) or "Turn to long path" from the context menu; compass degrees.
    void bearingRequested(double bearingDeg);
    void recentreRequested(double latDeg, double lonDeg);
    /// A left click on a DX spot of the spot layer (its SpotListModel serial).
    void spotClicked(qint64 serial);
    /// The view moved off the station (true) or back onto it (false).
    void recentredChanged(bool recentred);
    void hoverTextChanged(const QString &text);
    void radiusChanged(double km);
    /// The static map layers have been rendered again.
    void mapRebuilt();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidateMap();
    bool cacheFitsWidget() const;
    MapLayerOptions currentLayerOptions() const;
    void updateMapGeometry();
    void rebuildMap();
    void rebuildFrame();
    void updateHover(const QPointF &pos);
    void setHoverText(const QString &text);
    void setView(const geo::GeoPoint &station, const geo::GeoPoint &centre);
    void updateRecentredBar();

    class Private;
    std::unique_ptr<Private> d;
};
