// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compassmapwidget.h"

#include "geo/compassgeometry.h"
#include "geo/geopoint.h"

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPalette>

#include <optional>

class QImage;
class QPainter;

/// Everything the static map layers depend on; a change of any of it means a rebuild.
struct MapLayerOptions
{
    geo::GeoPoint centre; ///< the view's centre
    /// Where the antennas are. Bearings (target path, bearing ring) are measured from here; the
    /// bearing ring is drawn only while the view is centred on the station.
    geo::GeoPoint station;
    geo::CompassGeometry geometry;
    QSize widgetSize;
    QDateTime when; ///< for the grey line and the sun and moon
    bool greyLine = true;
    /// The sub-solar and sub-lunar points (sunmoonlayer).
    bool sunMoon = true;
    bool locatorGrid = false;
    bool dark = true;
    std::optional<geo::GeoPoint> target;
    QString targetLocator;
    QPalette palette;
    QFont font;
};

/// Renders the static layers (ocean, land, night, coasts, borders, grid, range rings, bearing
/// ring, target path) into image, which keeps its size and device pixel ratio. Safe on any
/// thread (it only reads the world data, loaded once).
void renderMapLayers(QImage &image, const MapLayerOptions &options);

/// Draws the rotators' beams, headings, targets and the selected one's overlap arc / dark zone
/// onto frame (ARGB32_Premultiplied or RGB32, any device pixel ratio).
void paintBeams(QImage &frame, const geo::CompassGeometry &geometry, const QList<MapBeam> &beams,
                bool dark);
