// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/azimuthalequidistant.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QTest>

using geo::AzimuthalEquidistant;
using geo::GeoPoint;

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void knownPoints_data()
    {
        QTest::addColumn<GeoPoint>("centre");
        QTest::addColumn<GeoPoint>("point");
        QTest::addColumn<QPointF>("planeKm");
        const double quarter = geo::antipodeDistanceKm / 2;
        QTest::newRow("centre maps to origin")
            << GeoPoint {50, 14} << GeoPoint {50, 14} << QPointF(0, 0);
        QTest::newRow("east on the equator")
            << GeoPoint {0, 0} << GeoPoint {0, 90} << QPointF(quarter, 0);
        QTest::newRow("west on the equator")
            << GeoPoint {0, 0} << GeoPoint {0, -90} << QPointF(-quarter, 0);
        QTest::newRow("north pole from equator")
            << GeoPoint {0, 40} << GeoPoint {90, 0} << QPointF(0, quarter);
        QTest::newRow("south pole from equator")
            << GeoPoint {0, 40} << GeoPoint {-90, 0} << QPointF(0, -quarter);
        QTest::newRow("antipode on the rim, south")
            << GeoPoint {50, 14} << GeoPoint {-50, -166} << QPointF(0, -geo::antipodeDistanceKm);
        // At a pole, "north" is along the centre's own meridian (here 0°).
        QTest::newRow("from the south pole, along lon 0")
            << GeoPoint {-90, 0} << GeoPoint {0, 0} << QPointF(0, quarter);
        QTest::newRow("from the south pole, 90E")
            << GeoPoint {-90, 0} << GeoPoint {0, 90} << QPointF(quarter, 0);
        QTest::newRow("from the north pole, 90E")
            << GeoPoint {90, 0} << GeoPoint {0, 90} << QPointF(quarter, 0);
    }
    void knownPoints()
    {
        QFETCH(GeoPoint, centre);
        QFETCH(GeoPoint, point);
        QFETCH(QPointF, planeKm);
        const QPointF got = AzimuthalEquidistant(centre).forward(point);
        QVERIFY2(std::hypot(got.x() - planeKm.x(), got.y() - planeKm.y()) < 1e-3,
                 qPrintable(QStringLiteral("%1, %2").arg(got.x()).arg(got.y())));
    }

    // The defining property: distance from the origin = great-circle distance, direction =
    // initial bearing; and inverse(forward(p)) = p, for many centres and points.
    void randomPointsRoundTrip_data()
    {
        QTest::addColumn<GeoPoint>("centre");
        QTest::newRow("JO70") << *geo::locatorToPoint(u"JO70"_qs);
        QTest::newRow("FN31") << *geo::locatorToPoint(u"FN31"_qs);
        QTest::newRow("PF95") << *geo::locatorToPoint(u"PF95"_qs);
        QTest::newRow("south pole") << GeoPoint {-90, 0};
        QTest::newRow("north pole") << GeoPoint {90, 0};
        QTest::newRow("equator at 180") << GeoPoint {0, 180};
    }
    void randomPointsRoundTrip()
    {
        QFETCH(GeoPoint, centre);
        const AzimuthalEquidistant projection(centre);
        QRandomGenerator random(7);
        for (int i = 0; i < 5000; ++i) {
            const GeoPoint point = geotest::randomPoint(random);
            const QPointF plane = projection.forward(point);
            const double r = std::hypot(plane.x(), plane.y());
            const double d = geo::distanceKm(centre, point);
            QVERIFY2(std::abs(r - d) < 1e-6, qPrintable(QString::number(i)));
            if (d > 1.0 && d < geo::antipodeDistanceKm - 1.0) {
                const double bearing = geo::normalisedBearingDeg(
                    qRadiansToDegrees(std::atan2(plane.x(), plane.y())));
                QVERIFY2(geotest::angleDiffDeg(bearing, geo::initialBearingDeg(centre, point))
                             < 1e-6,
                         qPrintable(QString::number(i)));
            }
            const auto back = projection.inverse(plane);
            QVERIFY(back.has_value());
            if (d < geo::antipodeDistanceKm - 1.0)
                QVERIFY2(geo::distanceKm(*back, point) < 1e-4, qPrintable(QString::number(i)));
        }
    }

    void inverseBeyondTheRim_data()
    {
        QTest::addColumn<QPointF>("planeKm");
        QTest::addColumn<bool>("valid");
        QTest::newRow("origin") << QPointF(0, 0) << true;
        QTest::newRow("on the rim") << QPointF(geo::antipodeDistanceKm, 0) << true;
        QTest::newRow("just beyond") << QPointF(0, geo::antipodeDistanceKm + 1) << false;
        QTest::newRow("far away") << QPointF(3e4, 3e4) << false;
        QTest::newRow("not a number") << QPointF(std::nan(""), 0) << false;
    }
    void inverseBeyondTheRim()
    {
        QFETCH(QPointF, planeKm);
        QFETCH(bool, valid);
        QCOMPARE(AzimuthalEquidistant({50, 14}).inverse(planeKm).has_value(), valid);
    }

    void rimIsTheAntipode()
    {
        const GeoPoint centre {41.5, -72.7};
        const AzimuthalEquidistant projection(centre);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            const double rad = qDegreesToRadians(double(bearing));
            const auto point = projection.inverse(QPointF(std::sin(rad), std::cos(rad))
                                                  * geo::antipodeDistanceKm);
            QVERIFY(point.has_value());
            QVERIFY(geo::distanceKm(*point, geo::antipode(centre)) < 1e-3);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
