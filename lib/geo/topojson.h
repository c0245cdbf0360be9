// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geopoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace geo {

/// A decoded TopoJSON topology (https://github.com/topojson/topojson-specification): quantised,
/// delta-coded arcs with a scale/translate transform (or plain coordinates without one), objects
/// made of Polygon / MultiPolygon geometries (others are ignored). Coordinates are [lon, lat].
/// Everything is checked while parsing, so a damaged file is refused as a whole.
class TopoJson
{
public:
    /// nullopt and a reason (in errorReason when given) for anything that is not a valid
    /// topology: bad JSON, wrong types, arc indices out of range, non-finite coordinates.
    [[nodiscard]] static std::optional<TopoJson> parse(const QByteArray &json,
                                                       QString *errorReason = nullptr);

    [[nodiscard]] QStringList objectNames() const { return m_objects.keys(); }
    [[nodiscard]] bool hasObject(const QString &name) const { return m_objects.contains(name); }
    [[nodiscard]] qsizetype arcCount() const { return m_arcs.size(); }

    /// All polygons of an object (a MultiPolygon contributes each of its parts); empty for an
    /// unknown object.
    [[nodiscard]] QList<GeoPolygon> polygons(const QString &object) const;

    enum class MeshKind {
        AllArcs, ///< every arc the object uses once (e.g. coastlines of "land")
        SharedArcs, ///< arcs used by two different geometries (e.g. borders between countries)
    };
    /// The object's arcs as lines, each arc once.
    [[nodiscard]] QList<GeoLine> mesh(const QString &object, MeshKind kind) const;

private:
    // A ring is a list of arc references: i >= 0 is arc i, i < 0 is arc ~i reversed.
    using ArcRing = QList<int>;
    using ArcPolygon = QList<ArcRing>;
    struct Geometry
    {
        QList<ArcPolygon> polygons;
    };

    GeoRing ring(const ArcRing &arcRing) const;

    QList<GeoLine> m_arcs;
    QHash<QString, QList<Geometry>> m_objects;
};

} // namespace geo
