// SPDX-License-Identifier: GPL-3.0-or-later
#include "topojson.h"

#include "geologging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace geo {
namespace {

struct Transform
{
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
    bool quantised = false;
};

// Collects the first failure; every helper returns false once one happened.
struct Decoder
{
    QString error;
    bool fail(const QString &reason)
    {
        if (error.isEmpty())
            error = reason;
        return false;
    }
};

bool readNumberPair(const QJsonValue &value, double &a, double &b)
{
    if (!value.isArray())
        return false;
    const QJsonArray pair = value.toArray();
    if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return false;
    a = pair.at(0).toDouble();
    b = pair.at(1).toDouble();
    return std::isfinite(a) && std::isfinite(b);
}

} // namespace

std::optional<TopoJson> TopoJson::parse(const QByteArray &json, QString *errorReason)
{
    Decoder decoder;
    auto failed = [&](const QString &reason) -> std::optional<TopoJson> {
        decoder.fail(reason);
        qCWarning(lcGeo) << "TopoJSON refused:" << decoder.error;
        if (errorReason)
            *errorReason = decoder.error;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(QStringLiteral("not JSON: %1 at offset %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!document.isObject())
        return failed(QStringLiteral("top level is not an object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("Topology"))
        return failed(QStringLiteral("type is not \"Topology\""));

    Transform transform;
    if (root.contains(QLatin1String("transform"))) {
        const QJsonObject t = root.value(QLatin1String("transform")).toObject();
        if (!readNumberPair(t.value(QLatin1String("scale")), transform.scaleX, transform.scaleY)
            || !readNumberPair(t.value(QLatin1String("translate")), transform.translateX,
                               transform.translateY))
            return failed(QStringLiteral("transform needs numeric scale and translate pairs"));
        transform.quantised = true;
    }

    TopoJson topology;
    const QJsonValue arcsValue = root.value(QLatin1String("arcs"));
    if (!arcsValue.isArray())
        return failed(QStringLiteral("arcs is missing or not an array"));
    const QJsonArray arcs = arcsValue.toArray();
    topology.m_arcs.reserve(arcs.size());
    for (qsizetype i = 0; i < arcs.size(); ++i) {
        if (!arcs.at(i).isArray())
            return failed(QStringLiteral("arc %1 is not an array").arg(i));
        const QJsonArray positions = arcs.at(i).toArray();
        if (positions.size() < 2)
            return failed(QStringLiteral("arc %1 has fewer than two positions").arg(i));
        GeoLine line;
        line.reserve(positions.size());
        double x = 0, y = 0;
        for (qsizetype p = 0; p < positions.size(); ++p) {
            double a = 0, b = 0;
            if (!readNumberPair(positions.at(p), a, b))
                return failed(
                    QStringLiteral("arc %1 position %2 is not a number pair").arg(i).arg(p));
            if (transform.quantised) {
                x += a; // delta-coded
                y += b;
                a = x * transform.scaleX + transform.translateX;
                b = y * transform.scaleY + transform.translateY;
            }
            if (!std::isfinite(a) || !std::isfinite(b) || std::abs(b) > 90.0 + 1e-6
                || std::abs(a) > 540.0)
                return failed(
                    QStringLiteral("arc %1 position %2 is not a longitude/latitude").arg(i).arg(p));
            line.append(GeoPoint {std::clamp(b, -90.0, 90.0), a});
        }
        topology.m_arcs.append(std::move(line));
    }

    const qsizetype arcTotal = topology.m_arcs.size();
    auto readRing = [&](const QJsonValue &value, ArcRing &ring) -> bool {
        if (!value.isArray())
            return decoder.fail(QStringLiteral("a ring is not an array of arc indices"));
        const QJsonArray indices = value.toArray();
        if (indices.isEmpty())
            return decoder.fail(QStringLiteral("a ring has no arcs"));
        for (const QJsonValue &index : indices) {
            const double raw = index.toDouble(std::nan(""));
            if (!index.isDouble() || raw != std::floor(raw))
                return decoder.fail(QStringLiteral("an arc index is not an integer"));
            if (raw >= double(arcTotal) || raw < -double(arcTotal))
                return decoder.fail(
                    QStringLiteral("arc index %1 out of range (%2 arcs)").arg(raw).arg(arcTotal));
            ring.append(int(raw));
        }
        return true;
    };
    auto readPolygon = [&](const QJsonValue &value, ArcPolygon &polygon) -> bool {
        if (!value.isArray())
            return decoder.fail(QStringLiteral("a polygon is not an array of rings"));
        for (const QJsonValue &ringValue : value.toArray()) {
            ArcRing ring;
            if (!readRing(ringValue, ring))
                return false;
            polygon.append(std::move(ring));
        }
        return true;
    };
    auto readGeometry = [&](const QJsonObject &object, QList<Geometry> &into) -> bool {
        const QString type = object.value(QLatin1String("type")).toString();
        const QJsonValue arcsOf = object.value(QLatin1String("arcs"));
        Geometry geometry;
        if (type == QLatin1String("Polygon")) {
            ArcPolygon polygon;
            if (!readPolygon(arcsOf, polygon))
                return false;
            if (!polygon.isEmpty())
                geometry.polygons.append(std::move(polygon));
        } else if (type == QLatin1String("MultiPolygon")) {
            if (!arcsOf.isArray())
                return decoder.fail(QStringLiteral("MultiPolygon arcs is not an array"));
            for (const QJsonValue &polygonValue : arcsOf.toArray()) {
                ArcPolygon polygon;
                if (!readPolygon(polygonValue, polygon))
                    return false;
                if (!polygon.isEmpty())
                    geometry.polygons.append(std::move(polygon));
            }
        } else if (type.isEmpty() && !object.contains(QLatin1String("type"))) {
            return decoder.fail(QStringLiteral("a geometry has no type"));
        } else {
            return true; // points, lines and null geometries are not drawn
        }
        into.append(std::move(geometry));
        return true;
    };

    const QJsonValue objectsValue = root.value(QLatin1String("objects"));
    if (!objectsValue.isObject())
        return failed(QStringLiteral("objects is missing or not an object"));
    const QJsonObject objects = objectsValue.toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!it.value().isObject())
            return failed(QStringLiteral("object \"%1\" is not an object").arg(it.key()));
        const QJsonObject object = it.value().toObject();
        QList<Geometry> geometries;
        if (object.value(QLatin1String("type")).toString() == QLatin1String("GeometryCollection")) {
            const QJsonValue list = object.value(QLatin1String("geometries"));
            if (!list.isArray())
                return failed(
                    QStringLiteral("object \"%1\" has no geometries array").arg(it.key()));
            for (const QJsonValue &geometry : list.toArray()) {
                if (!geometry.isObject())
                    return failed(
                        QStringLiteral("a geometry of \"%1\" is not an object").arg(it.key()));
                if (!readGeometry(geometry.toObject(), geometries))
                    return failed(QStringLiteral("object \"%1\": %2").arg(it.key(), decoder.error));
            }
        } else if (!readGeometry(object, geometries)) {
            return failed(QStringLiteral("object \"%1\": %2").arg(it.key(), decoder.error));
        }
        topology.m_objects.insert(it.key(), std::move(geometries));
    }
    return topology;
}

GeoRing TopoJson::ring(const ArcRing &arcRing) const
{
    GeoRing points;
    for (const int reference : arcRing) {
        const bool reversed = reference < 0;
        const GeoLine &arc = m_arcs.at(reversed ? ~reference : reference);
        const qsizetype n = arc.size();
        // Consecutive arcs share their joining position: skip it on all but the first.
        const qsizetype first = points.isEmpty() ? 0 : 1;
        for (qsizetype i = first; i < n; ++i)
            points.append(reversed ? arc.at(n - 1 - i) : arc.at(i));
    }
    return points;
}

QList<GeoPolygon> TopoJson::polygons(const QString &object) const
{
    QList<GeoPolygon> result;
    const auto it = m_objects.constFind(object);
    if (it == m_objects.constEnd())
        return result;
    for (const Geometry &geometry : *it) {
        for (const ArcPolygon &arcPolygon : geometry.polygons) {
            GeoPolygon polygon;
            polygon.reserve(arcPolygon.size());
            for (const ArcRing &arcRing : arcPolygon)
                polygon.append(ring(arcRing));
            result.append(std::move(polygon));
        }
    }
    return result;
}

QList<GeoLine> TopoJson::mesh(const QString &object, MeshKind kind) const
{
    QList<GeoLine> result;
    const auto it = m_objects.constFind(object);
    if (it == m_objects.constEnd())
        return result;
    // For each arc: how many geometries use it, and the first one that did.
    QList<int> users(m_arcs.size(), 0);
    QList<int> firstUser(m_arcs.size(), -1);
    int geometryIndex = 0;
    for (const Geometry &geometry : *it) {
        for (const ArcPolygon &polygon : geometry.polygons) {
            for (const ArcRing &arcRing : polygon) {
                for (const int reference : arcRing) {
                    const int arc = reference < 0 ? ~reference : reference;
                    if (firstUser[arc] != geometryIndex) {
                        if (firstUser[arc] < 0)
                            firstUser[arc] = geometryIndex;
                        ++users[arc];
                    }
                }
            }
        }
        ++geometryIndex;
    }
    for (qsizetype arc = 0; arc < m_arcs.size(); ++arc) {
        const bool wanted = kind == MeshKind::AllArcs ? users[arc] > 0 : users[arc] > 1;
        if (wanted)
            result.append(m_arcs.at(arc));
    }
    return result;
}

} // namespace geo
