// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/greatcircle.h"
#include "geo/mapprojector.h"
#include "geo/spherepolygon.h"

#include <QTest>

using geo::GeoPoint;
using geo::MapProjector;
using geo::PlaneLine;

namespace {

bool evenOddContains(const QList<PlaneLine> &rings, const QPointF &p)
{
    bool inside = false;
    for (const PlaneLine &ring : rings) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

geo::GeoRing cap(const GeoPoint &centre, double radiusDeg, int points)
{
    geo::GeoRing ring;
    const double radiusKm = qDegreesToRadians(radiusDeg) * geo::earthRadiusKm;
    for (int i = 0; i <= points; ++i)
        ring.append(geo::destination(centre, 360.0 * (i % points) / points, radiusKm));
    return ring;
}

} // namespace

class TestMapProjector : public QObject
{
    Q_OBJECT

private slots:
    // The projected, rim-cut rings filled even-odd must cover exactly the points of the
    // spherical polygon that lie on the map, including polygons around the antipode and
    // polygons cut by the rim.
    void fillMatchesTheSphere_data()
    {
        QTest::addColumn<GeoPoint>("mapCentre");
        QTest::addColumn<double>("clipRadiusKm");
        QTest::addColumn<GeoPoint>("capCentre");
        QTest::addColumn<double>("capRadiusDeg");
        const GeoPoint jo70 {50.0, 15.0};
        const double full = geo::antipodeDistanceKm;
        QTest::newRow("near cap, full globe") << jo70 << full << GeoPoint {40, 30} << 20.0;
        QTest::newRow("cap around the antipode, full globe")
            << jo70 << full << GeoPoint {-45, -160} << 30.0;
        QTest::newRow("cap around the antipode, 12000 km")
            << jo70 << 12000.0 << GeoPoint {-45, -160} << 40.0;
        QTest::newRow("cap across the rim, 5000 km") << jo70 << 5000.0 << GeoPoint {20, 60} << 25.0;
        QTest::newRow("cap holding the whole map, 1000 km")
            << jo70 << 1000.0 << GeoPoint {45, 10} << 30.0;
        QTest::newRow("cap holding centre and antipode")
            << jo70 << full << GeoPoint {0, 105} << 100.0;
        QTest::newRow("south pole map, cap over the north")
            << GeoPoint {-90, 0} << full << GeoPoint {80, 40} << 25.0;
        QTest::newRow("cap far outside a small map")
            << jo70 << 2000.0 << GeoPoint {-30, -60} << 20.0;
    }
    void fillMatchesTheSphere()
    {
        QFETCH(GeoPoint, mapCentre);
        QFETCH(double, clipRadiusKm);
        QFETCH(GeoPoint, capCentre);
        QFETCH(double, capRadiusDeg);
        const MapProjector projector(mapCentre, clipRadiusKm, clipRadiusKm / 2000.0);
        const bool coversAntipode = geo::angularDistanceRad(geo::antipode(mapCentre), capCentre)
            < qDegreesToRadians(capRadiusDeg);
        QList<PlaneLine> rings;
        QCOMPARE(
            projector.projectPolygon({geo::toVectors(cap(capCentre, capRadiusDeg, 720))}, rings),
            coversAntipode);
        QCOMPARE(rings.size(), coversAntipode ? 2 : 1);
        for (const PlaneLine &ring : rings)
            for (const QPointF &p : ring)
                QVERIFY(std::hypot(p.x(), p.y()) <= clipRadiusKm * (1 + 1e-9));

        QRandomGenerator random(5);
        int checked = 0, inside = 0;
        for (int i = 0; i < 4000; ++i) {
            // Uniform over the map's disc.
            const double r = clipRadiusKm * std::sqrt(random.bounded(1.0));
            const double angle = random.bounded(2 * std::numbers::pi);
            const GeoPoint p = *projector.projection().inverse(
                QPointF(r * std::sin(angle), r * std::cos(angle)));
            const double fromCentreKm = geo::distanceKm(mapCentre, p);
            const double fromCapDeg = qRadiansToDegrees(geo::angularDistanceRad(capCentre, p));
            // Leave out points right at the rim or the cap's edge (resampling tolerance).
            if (fromCentreKm > clipRadiusKm * 0.995 || std::abs(fromCapDeg - capRadiusDeg) < 0.3)
                continue;
            const bool expected = fromCapDeg < capRadiusDeg;
            const QPointF plane = projector.projection().forward(p);
            QVERIFY2(evenOddContains(rings, plane) == expected, geotest::describe(p).constData());
            ++checked;
            inside += expected;
        }
        QVERIFY(checked > 2000);
        QVERIFY(inside > 0 || coversAntipode || clipRadiusKm < 3000); // the cap is seen
    }

    void smoothNearTheAntipode()
    {
        // A meridian line through the antipode's neighbourhood: consecutive output points
        // never jump farther than a few tolerances, so no chord crosses the map.
        const GeoPoint centre {50, 15};
        const double toleranceKm = 10.0;
        const MapProjector projector(centre, geo::antipodeDistanceKm, toleranceKm);
        geo::GeoLine line;
        for (double lat = -80; lat <= -20; lat += 0.5)
            line.append({lat, -164.9});
        QList<PlaneLine> pieces;
        projector.projectLine(geo::toVectors(line), false, pieces);
        QCOMPARE(pieces.size(), 1);
        for (qsizetype i = 1; i < pieces[0].size(); ++i) {
            const QPointF d = pieces[0][i] - pieces[0][i - 1];
            QVERIFY2(std::hypot(d.x(), d.y()) <= 64.0 * toleranceKm + 1e-6,
                     qPrintable(QString::number(i)));
        }
    }

    void linesAreCutAtTheRim()
    {
        const GeoPoint centre {0, 0};
        const MapProjector projector(centre, 2000.0, 1.0);
        // Along the equator from 30W to 30E: only the middle (about +-18°) is on the map.
        geo::GeoLine line;
        for (int lon = -30; lon <= 30; ++lon)
            line.append({0, double(lon)});
        QList<PlaneLine> pieces;
        projector.projectLine(geo::toVectors(line), false, pieces);
        QCOMPARE(pieces.size(), 1);
        QVERIFY(std::abs(pieces[0].front().x() + 2000.0) < 1e-6);
        QVERIFY(std::abs(pieces[0].back().x() - 2000.0) < 1e-6);
    }

    void boundingCapSkipsOnlyInvisibleData()
    {
        const GeoPoint centre {50, 15};
        const MapProjector projector(centre, 3000.0, 1.0);
        QRandomGenerator random(3);
        int skipped = 0, kept = 0;
        for (int i = 0; i < 400; ++i) {
            const geo::GeoRing ring
                = cap(geotest::randomPoint(random), 1.0 + random.bounded(40.0), 90);
            const geo::VectorLine vectors = geo::toVectors(ring);
            const geo::BoundingCap bound = geo::boundingCap(vectors);
            for (const geo::UnitVector &u : vectors) // the cap holds every point
                QVERIFY(u.x * bound.centre.x + u.y * bound.centre.y + u.z * bound.centre.z
                        >= std::cos(bound.radiusRad) - 1e-9);
            QList<PlaneLine> lines;
            projector.projectLine(vectors, false, lines);
            if (!projector.mayReach(bound)) {
                ++skipped;
                QVERIFY2(lines.isEmpty(), geotest::describe(ring.front()).constData());
            } else {
                ++kept;
            }
        }
        QVERIFY(skipped > 100); // most random caps lie far from a 3000 km map
        QVERIFY(kept > 5);
        // No bound for points spread around a great circle.
        geo::GeoLine equator;
        for (int lon = -180; lon < 180; lon += 10)
            equator.append({0, double(lon)});
        QCOMPARE(geo::boundingCap(geo::toVectors(equator)).radiusRad, std::numbers::pi);
    }

    void cutEdgesAreSkipped_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::addColumn<int>("pieces");
        QTest::newRow("kept") << false << 1;
        QTest::newRow("skipped") << true << 2;
    }
    void cutEdgesAreSkipped()
    {
        QFETCH(bool, skip);
        QFETCH(int, pieces);
        // Coast, then a stretch down the antimeridian (the data's cut), then coast again.
        const geo::GeoLine line {{60, 170}, {65, 180}, {62, 180}, {61, -175}};
        const MapProjector projector({65, -170}, geo::antipodeDistanceKm, 5.0);
        QList<PlaneLine> out;
        projector.projectLine(geo::toVectors(line), skip, out);
        QCOMPARE(out.size(), pieces);
    }
};

QTEST_GUILESS_MAIN(TestMapProjector)
#include "tst_mapprojector.moc"
