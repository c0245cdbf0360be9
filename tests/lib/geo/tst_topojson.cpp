// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/spherepolygon.h"
#include "geo/topojson.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTest>

using geo::GeoPoint;
using geo::TopoJson;

namespace {

// Two squares sharing both arcs (one drawn with reversed arcs), a third geometry on its own
// arc, and a LineString that must be ignored. Quantised: lon = 10 + 0.5 x, lat = 20 + 0.25 y.
const char smallTopology[] = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
  "objects": {
    "shapes": {"type": "GeometryCollection", "geometries": [
      {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "a"}},
      {"type": "MultiPolygon", "arcs": [[[-2, -1]]]},
      {"type": "Polygon", "arcs": [[2]]},
      {"type": "LineString", "arcs": [0]},
      {"type": null}
    ]},
    "single": {"type": "Polygon", "arcs": [[0, 1]]}
  },
  "arcs": [
    [[0, 0], [4, 0], [0, 4]],
    [[4, 4], [-4, 0], [0, -4]],
    [[0, 0], [2, 2], [2, -2]]
  ]
})";

QByteArray worldFile()
{
    QFile file(QStringLiteral(ROTORDECK_WORLD_DIR "/countries-50m.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestTopoJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesQuantisedArcs()
    {
        QString reason;
        const auto topology = TopoJson::parse(smallTopology, &reason);
        QVERIFY2(topology.has_value(), qPrintable(reason));
        QCOMPARE(topology->arcCount(), 3);
        QCOMPARE(topology->objectNames().size(), 2);

        const QList<geo::GeoPolygon> polygons = topology->polygons(u"shapes"_qs);
        QCOMPARE(polygons.size(), 3); // the LineString and the null geometry are skipped
        const geo::GeoRing expected {{20, 10}, {20, 12}, {21, 12}, {21, 10}, {20, 10}};
        QCOMPARE(polygons[0].size(), 1);
        QCOMPARE(polygons[0][0], expected);
        // Negative indices: arc ~i reversed, joints not repeated.
        const geo::GeoRing reversed {{20, 10}, {21, 10}, {21, 12}, {20, 12}, {20, 10}};
        QCOMPARE(polygons[1][0], reversed);
        QCOMPARE(topology->polygons(u"single"_qs).size(), 1);
        QVERIFY(topology->polygons(u"missing"_qs).isEmpty());
    }

    void meshKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("arcs");
        QTest::newRow("all arcs") << int(TopoJson::MeshKind::AllArcs) << 3;
        QTest::newRow("shared arcs only") << int(TopoJson::MeshKind::SharedArcs) << 2;
    }
    void meshKinds()
    {
        QFETCH(int, kind);
        QFETCH(int, arcs);
        const auto topology = TopoJson::parse(smallTopology);
        QVERIFY(topology.has_value());
        QCOMPARE(topology->mesh(u"shapes"_qs, TopoJson::MeshKind(kind)).size(), arcs);
    }

    void plainCoordinatesWithoutTransform()
    {
        const auto topology
            = TopoJson::parse(R"({"type":"Topology","objects":{"o":{"type":"Polygon",
            "arcs":[[0]]}},"arcs":[[[-170.5,10],[170,10],[0,-80],[-170.5,10]]]})");
        QVERIFY(topology.has_value());
        const geo::GeoRing expected {{10, -170.5}, {10, 170}, {-80, 0}, {10, -170.5}};
        QCOMPARE(topology->polygons(u"o"_qs).at(0).at(0), expected);
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QByteArray() << u"not JSON"_qs;
        QTest::newRow("truncated") << QByteArray(smallTopology).left(200) << u"not JSON"_qs;
        QTest::newRow("array at top") << QByteArray("[1,2]") << u"not an object"_qs;
        QTest::newRow("wrong type")
            << QByteArray(R"({"type":"FeatureCollection"})") << u"Topology"_qs;
        QTest::newRow("no arcs") << QByteArray(R"({"type":"Topology","objects":{}})") << u"arcs"_qs;
        QTest::newRow("no objects")
            << QByteArray(R"({"type":"Topology","arcs":[]})") << u"objects"_qs;
        QTest::newRow("arc index out of range") << QByteArray(
            R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"o":{"type":"Polygon","arcs":[[1]]}}})")
                                                << u"out of range"_qs;
        QTest::newRow("negative index out of range") << QByteArray(
            R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"o":{"type":"Polygon","arcs":[[-2]]}}})")
                                                     << u"out of range"_qs;
        QTest::newRow("fractional index") << QByteArray(
            R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"o":{"type":"Polygon","arcs":[[0.5]]}}})")
                                          << u"integer"_qs;
        QTest::newRow("string position")
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],["a",1]]],"objects":{}})")
            << u"number pair"_qs;
        QTest::newRow("latitude 100")
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,100]]],"objects":{}})")
            << u"latitude"_qs;
        QTest::newRow("bad transform")
            << QByteArray(R"({"type":"Topology","transform":{"scale":[1]},"arcs":[],"objects":{}})")
            << u"transform"_qs;
        QTest::newRow("rings not arrays") << QByteArray(
            R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"o":{"type":"MultiPolygon","arcs":[0]}}})")
                                          << u"polygon"_qs;
        QTest::newRow("geometry without type") << QByteArray(
            R"({"type":"Topology","arcs":[],"objects":{"o":{"type":"GeometryCollection","geometries":[{"arcs":[]}]}}})")
                                               << u"no type"_qs;
    }
    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonContains);
        QString reason;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TopoJSON refused"_qs));
        QVERIFY(!TopoJson::parse(json, &reason).has_value());
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    }

    void worldData()
    {
        const QByteArray json = worldFile();
        QVERIFY2(!json.isEmpty(), "resources/world/countries-50m.json is missing");
        QString reason;
        const auto world = TopoJson::parse(json, &reason);
        QVERIFY2(world.has_value(), qPrintable(reason));
        QVERIFY(world->hasObject(u"land"_qs));
        QVERIFY(world->hasObject(u"countries"_qs));
        const QList<geo::GeoPolygon> land = world->polygons(u"land"_qs);
        QVERIFY(land.size() > 1000);
        const auto inLand = [&](const GeoPoint &p) {
            return std::any_of(land.begin(), land.end(), [&](const geo::GeoPolygon &polygon) {
                return geo::polygonContains(polygon, p);
            });
        };
        QVERIFY(inLand({50.08, 14.44})); // Prague
        QVERIFY(inLand({-25.0, 135.0})); // central Australia
        QVERIFY(inLand({-85.0, 45.0})); // Antarctica: one ring around the pole
        QVERIFY(inLand({-89.99, 0.0})); // near the pole (world-atlas leaves a 100 m hole at it)
        QVERIFY(inLand({66.0, 178.0})); // Chukotka, west of the antimeridian
        QVERIFY(inLand({66.0, -175.0})); // and east of it
        QVERIFY(!inLand({30.0, -40.0})); // North Atlantic
        QVERIFY(!inLand({0.0, -150.0})); // Pacific
        QVERIFY(!inLand({89.0, 0.0})); // Arctic Ocean
        const auto borders = world->mesh(u"countries"_qs, TopoJson::MeshKind::SharedArcs);
        const auto all = world->mesh(u"countries"_qs, TopoJson::MeshKind::AllArcs);
        QVERIFY(!borders.isEmpty());
        QVERIFY(borders.size() < all.size());
    }

    // A damaged file never crashes the decoder: cut it anywhere or flip bytes, and it either
    // parses or is refused with a reason.
    void truncatedAndCorruptedWorldData()
    {
        QByteArray json = worldFile();
        QVERIFY(!json.isEmpty());
        QLoggingCategory::setFilterRules(u"rotordeck.geo.warning=false"_qs);
        QRandomGenerator random(99);
        int refused = 0;
        for (int i = 0; i < 40; ++i) {
            QByteArray damaged = json.left(qsizetype(random.bounded(quint32(json.size()))));
            QString reason;
            if (!TopoJson::parse(damaged, &reason)) {
                ++refused;
                QVERIFY(!reason.isEmpty());
            }
        }
        QCOMPARE(refused, 40); // a cut file is never valid JSON
        const char junk[] = "-]}[{,\"9e999x";
        for (int i = 0; i < 40; ++i) {
            QByteArray damaged = json;
            for (int k = 0; k < 5; ++k)
                damaged[qsizetype(random.bounded(quint32(json.size())))]
                    = junk[random.bounded(int(sizeof junk - 1))];
            QString reason;
            const auto topology = TopoJson::parse(damaged, &reason);
            QVERIFY(topology.has_value() || !reason.isEmpty());
            if (topology)
                (void)topology->polygons(u"land"_qs); // must not crash either
        }
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
