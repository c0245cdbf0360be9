// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/compassgeometry.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

class QPainter;

/// Where a tracked target (the Sun, the Moon) goes over the next hours, as the compass map
/// draws it: a ring of direction marks, one every ten minutes, the full hours labelled, and a
/// dashed line to where the antennas are heading now. Plain value; the map compares the list to
/// decide whether it must repaint.
struct MapSkyTrack
{
    struct Mark
    {
        double bearingDeg = 0; ///< compass bearing from the station
        QString label; ///< shown next to the mark ("14:00"); empty = none
        /// False where the rotator cannot point (a dark zone): drawn hollow.
        bool reachable = true;
        friend bool operator==(const Mark &, const Mark &) = default;
    };

    QString id; ///< stable key ("sun", "moon")
    QColor colour;
    /// The ring's radius as a fraction of the map radius: each target has its own ring.
    double ringFraction = 0.9;
    /// In time order.
    QList<Mark> marks;
    /// Where the antennas are heading now (or start, in a preview).
    std::optional<double> headingDeg;
    /// Where a client without planning would have to unwind (a preview), or where this track
    /// must unwind.
    std::optional<Mark> unwind;

    friend bool operator==(const MapSkyTrack &, const MapSkyTrack &) = default;
};

namespace skytracklayer {

/// Draws the tracks over the map of a view centred on the station.
void paint(QPainter &painter, const geo::CompassGeometry &geometry,
           const QList<MapSkyTrack> &tracks, bool dark);

} // namespace skytracklayer
