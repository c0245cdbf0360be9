// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapbeam.h"

#include "geo/compassgeometry.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPainter;

/// The selected group of rotators as the compass map shows it: a bracket along the rim that
/// joins its members' beams, with a tick at each and the group's name. Plain value.
struct MapGroupMark
{
    QString name;
    /// MapBeam::id of each member (members without a known bearing are left out).
    QStringList beamIds;

    [[nodiscard]] bool isEmpty() const { return name.isEmpty(); }
    friend bool operator==(const MapGroupMark &, const MapGroupMark &) = default;
};

/// Where on the rim the bracket runs, as a fraction of the map radius.
inline constexpr double groupMarkRadiusFraction = 0.9;

/// Draws the mark over the beams (nothing when it is empty or no member has a bearing).
void paintGroupMark(QPainter &painter, const geo::CompassGeometry &g, const QList<MapBeam> &beams,
                    const MapGroupMark &mark, bool dark);
