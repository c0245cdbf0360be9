// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/greatcircle.h"
#include "geo/spherepolygon.h"

#include <QTest>

using geo::GeoPoint;
using geo::GeoPolygon;
using geo::GeoRing;

namespace {

// Clockwise seen from above (bearings increase), so the cap is the inside.
GeoRing cap(const GeoPoint &centre, double radiusDeg)
{
    GeoRing ring;
    for (int bearing = 0; bearing <= 360; bearing += 5)
        ring.append(geo::destination(centre, bearing % 360,
                                     qDegreesToRadians(radiusDeg) * geo::earthRadiusKm));
    return ring;
}

GeoRing reversed(GeoRing ring)
{
    std::reverse(ring.begin(), ring.end());
    return ring;
}

} // namespace

class TestSpherePolygon : public QObject
{
    Q_OBJECT

private slots:
    void contains_data()
    {
        QTest::addColumn<GeoPolygon>("polygon");
        QTest::addColumn<GeoPoint>("point");
        QTest::addColumn<bool>("inside");
        // A square across the antimeridian, clockwise: 170E..170W, 10S..10N.
        const GeoRing dateLine {{10, 170}, {10, -170}, {-10, -170}, {-10, 170}, {10, 170}};
        QTest::newRow("across 180, inside") << GeoPolygon {dateLine} << GeoPoint {0, 179} << true;
        QTest::newRow("across 180, inside east")
            << GeoPolygon {dateLine} << GeoPoint {5, -175} << true;
        QTest::newRow("across 180, outside") << GeoPolygon {dateLine} << GeoPoint {0, 0} << false;
        QTest::newRow("reversed ring: the rest of the globe")
            << GeoPolygon {reversed(dateLine)} << GeoPoint {0, 0} << true;
        // A ring along 60S walked eastwards has the south pole on its right.
        GeoRing south;
        for (int lon = -180; lon <= 180; lon += 10)
            south.append({-60, double(lon == 180 ? -180 : lon)});
        QTest::newRow("around the south pole, pole")
            << GeoPolygon {south} << GeoPoint {-90, 0} << true;
        QTest::newRow("around the south pole, 70S")
            << GeoPolygon {south} << GeoPoint {-70, 123} << true;
        QTest::newRow("around the south pole, equator")
            << GeoPolygon {south} << GeoPoint {0, 0} << false;
        QTest::newRow("cap") << GeoPolygon {cap({50, 14}, 10)} << GeoPoint {52, 18} << true;
        QTest::newRow("cap, outside")
            << GeoPolygon {cap({50, 14}, 10)} << GeoPoint {30, 14} << false;
        QTest::newRow("cap with hole, in hole")
            << GeoPolygon {cap({50, 14}, 10), reversed(cap({50, 14}, 3))} << GeoPoint {50, 14}
            << false;
        QTest::newRow("cap with hole, in ring")
            << GeoPolygon {cap({50, 14}, 10), reversed(cap({50, 14}, 3))} << GeoPoint {56, 14}
            << true;
        QTest::newRow("empty polygon") << GeoPolygon {} << GeoPoint {0, 0} << false;
    }
    void contains()
    {
        QFETCH(GeoPolygon, polygon);
        QFETCH(GeoPoint, point);
        QFETCH(bool, inside);
        QCOMPARE(geo::polygonContains(polygon, point), inside);
    }

    void largeCapsAgainstDistance()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 200; ++i) {
            const GeoPoint centre = geotest::randomPoint(random);
            const double radiusDeg = 5 + random.bounded(170.0);
            const GeoRing ring = cap(centre, radiusDeg);
            for (int k = 0; k < 20; ++k) {
                const GeoPoint p = geotest::randomPoint(random);
                const double d = qRadiansToDegrees(geo::angularDistanceRad(centre, p));
                if (std::abs(d - radiusDeg) < 1.0)
                    continue; // the 5° chords cut the circle a little
                QVERIFY2(geo::ringContains(ring, p) == (d < radiusDeg),
                         qPrintable(QStringLiteral("centre %1 %2 r %3 p %4 %5 d %6")
                                        .arg(centre.latDeg)
                                        .arg(centre.lonDeg)
                                        .arg(radiusDeg)
                                        .arg(p.latDeg)
                                        .arg(p.lonDeg)
                                        .arg(d)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSpherePolygon)
#include "tst_spherepolygon.moc"
