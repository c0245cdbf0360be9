// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/greatcircle.h"

#include <QTest>

using geo::GeoPoint;
using geotest::angleDiffDeg;

class TestGreatCircle : public QObject
{
    Q_OBJECT

private slots:
    void cityPairs_data()
    {
        QTest::addColumn<GeoPoint>("from");
        QTest::addColumn<GeoPoint>("to");
        QTest::addColumn<double>("distanceKm");
        QTest::addColumn<double>("bearingDeg");
        // hamlib 4.5.4 `rotctl -m 1 B lon1 lat1 lon2 lat2` (qrb): distance on its 6371.2 km
        // sphere, bearing rounded to whole degrees.
        QTest::newRow("London to New York")
            << GeoPoint {51.5074, -0.1278} << GeoPoint {40.7128, -74.0060} << 5570.476325 << 288.0;
        QTest::newRow("Prague to Sydney")
            << GeoPoint {50.0755, 14.4378} << GeoPoint {-33.8688, 151.2093} << 16085.298700 << 79.0;
        QTest::newRow("New York to Tokyo") << GeoPoint {40.7128, -74.0060}
                                           << GeoPoint {35.6762, 139.6503} << 10852.227968 << 333.0;
        QTest::newRow("Quito to Nairobi")
            << GeoPoint {-0.1807, -78.4678} << GeoPoint {-1.2921, 36.8219} << 12818.933166 << 92.0;
        QTest::newRow("along the equator east")
            << GeoPoint {0, 0} << GeoPoint {0, 90} << 10007.543 << 90.0;
        QTest::newRow("due north to the pole")
            << GeoPoint {0, 10} << GeoPoint {90, 0} << 10007.543 << 0.0;
        QTest::newRow("due south") << GeoPoint {45, 10} << GeoPoint {-45, 10} << 10007.543 << 180.0;
        QTest::newRow("east across 180")
            << GeoPoint {0, 179} << GeoPoint {0, -179} << 222.39 << 90.0;
    }
    void cityPairs()
    {
        QFETCH(GeoPoint, from);
        QFETCH(GeoPoint, to);
        QFETCH(double, distanceKm);
        QFETCH(double, bearingDeg);
        const double d = geo::distanceKm(from, to);
        QVERIFY2(std::abs(d - distanceKm) / distanceKm < 1e-4,
                 qPrintable(QString::number(d, 'f', 3)));
        const double b = geo::initialBearingDeg(from, to);
        QVERIFY2(angleDiffDeg(b, bearingDeg) <= 0.51, qPrintable(QString::number(b, 'f', 3)));
        QVERIFY2(angleDiffDeg(geo::longPathBearingDeg(from, to), bearingDeg + 180.0) <= 0.51,
                 qPrintable(QString::number(geo::longPathBearingDeg(from, to), 'f', 3)));
        QVERIFY(std::abs(geo::longPathDistanceKm(from, to) + d - 2 * geo::antipodeDistanceKm)
                < 1e-6);
    }

    void specialCases_data()
    {
        QTest::addColumn<GeoPoint>("from");
        QTest::addColumn<GeoPoint>("to");
        QTest::addColumn<double>("distanceKm");
        QTest::newRow("same point") << GeoPoint {50, 14} << GeoPoint {50, 14} << 0.0;
        QTest::newRow("one metre") << GeoPoint {50, 14} << GeoPoint {50.000009, 14} << 0.001;
        QTest::newRow("antipodes")
            << GeoPoint {50, 14} << GeoPoint {-50, -166} << geo::antipodeDistanceKm;
        QTest::newRow("pole to pole")
            << GeoPoint {90, 0} << GeoPoint {-90, 0} << geo::antipodeDistanceKm;
        QTest::newRow("lon -180 equals 180") << GeoPoint {20, -180} << GeoPoint {20, 180} << 0.0;
    }
    void specialCases()
    {
        QFETCH(GeoPoint, from);
        QFETCH(GeoPoint, to);
        QFETCH(double, distanceKm);
        QVERIFY2(std::abs(geo::distanceKm(from, to) - distanceKm) < 2e-4,
                 qPrintable(QString::number(geo::distanceKm(from, to), 'f', 6)));
        const double bearing = geo::initialBearingDeg(from, to);
        QVERIFY(bearing >= 0 && bearing < 360);
    }

    void symmetryOverRandomPairs()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 5000; ++i) {
            const GeoPoint a = geotest::randomPoint(random);
            const GeoPoint b = geotest::randomPoint(random);
            const double ab = geo::distanceKm(a, b);
            QVERIFY(std::abs(ab - geo::distanceKm(b, a)) < 1e-6);
            QVERIFY(ab >= 0 && ab <= geo::antipodeDistanceKm + 1e-6);
            // Going the bearing for the distance arrives at b.
            const GeoPoint arrived = geo::destination(a, geo::initialBearingDeg(a, b), ab);
            QVERIFY2(geo::distanceKm(arrived, b) < 1e-3, qPrintable(QString::number(i)));
            // The long path, taken for its own length, arrives at b too.
            if (ab > 1.0 && ab < geo::antipodeDistanceKm - 1.0) {
                const GeoPoint viaLong = geo::destination(a, geo::longPathBearingDeg(a, b),
                                                          geo::longPathDistanceKm(a, b));
                QVERIFY2(geo::distanceKm(viaLong, b) < 1e-3, qPrintable(QString::number(i)));
            }
            // Triangle inequality through the antipode of a.
            const GeoPoint anti = geo::antipode(a);
            QVERIFY(std::abs(ab + geo::distanceKm(b, anti) - geo::antipodeDistanceKm) < 1e-6);
        }
    }

    void pathPoints_data()
    {
        QTest::addColumn<GeoPoint>("from");
        QTest::addColumn<GeoPoint>("to");
        QTest::newRow("Prague to Sydney")
            << GeoPoint {50.0755, 14.4378} << GeoPoint {-33.8688, 151.2093};
        QTest::newRow("across the date line") << GeoPoint {60, 170} << GeoPoint {55, -160};
        QTest::newRow("over the pole") << GeoPoint {70, 0} << GeoPoint {70, 180};
        QTest::newRow("antipodal") << GeoPoint {10, 20} << GeoPoint {-10, -160};
    }
    void pathPoints()
    {
        QFETCH(GeoPoint, from);
        QFETCH(GeoPoint, to);
        const QList<GeoPoint> points = geo::pathPoints(from, to, 64);
        QCOMPARE(points.size(), 65);
        QCOMPARE(points.front(), from);
        QCOMPARE(points.back(), to);
        const double total = geo::distanceKm(from, to);
        double sum = 0;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double step = geo::distanceKm(points[i - 1], points[i]);
            QVERIFY(std::abs(step - total / 64) < 1e-3); // evenly spaced ...
            sum += step;
        }
        QVERIFY(std::abs(sum - total) < 1e-2); // ... and on the great circle (no detour)
    }

    void destinationKnown_data()
    {
        QTest::addColumn<GeoPoint>("from");
        QTest::addColumn<double>("bearingDeg");
        QTest::addColumn<double>("distanceKm");
        QTest::addColumn<GeoPoint>("expected");
        const double quarter = geo::antipodeDistanceKm / 2;
        QTest::newRow("quarter east on equator")
            << GeoPoint {0, 0} << 90.0 << quarter << GeoPoint {0, 90};
        QTest::newRow("quarter north") << GeoPoint {0, 30} << 0.0 << quarter << GeoPoint {90, 30};
        QTest::newRow("half way round")
            << GeoPoint {0, 0} << 0.0 << 2 * quarter << GeoPoint {0, -180};
        QTest::newRow("wraps east over 180")
            << GeoPoint {0, 170} << 90.0 << quarter / 4.5 << GeoPoint {0, -170};
    }
    void destinationKnown()
    {
        QFETCH(GeoPoint, from);
        QFETCH(double, bearingDeg);
        QFETCH(double, distanceKm);
        QFETCH(GeoPoint, expected);
        const GeoPoint got = geo::destination(from, bearingDeg, distanceKm);
        QVERIFY2(geo::distanceKm(got, expected) < 1e-3, geotest::describe(got).constData());
    }
};

QTEST_GUILESS_MAIN(TestGreatCircle)
#include "tst_greatcircle.moc"
