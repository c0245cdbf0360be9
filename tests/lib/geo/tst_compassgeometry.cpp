// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/compassgeometry.h"

#include <QTest>

using geo::BearingArc;
using geo::CompassGeometry;

Q_DECLARE_METATYPE(std::optional<BearingArc>)

namespace {
// 400 x 400 px widget, disc of radius 180 px around (200, 200) showing 10,000 km.
const CompassGeometry geometry(QPointF(200, 200), 180, 10000);
} // namespace

class TestCompassGeometry : public QObject
{
    Q_OBJECT

private slots:
    void pointAt_data()
    {
        QTest::addColumn<double>("bearingDeg");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QPointF>("px");
        QTest::newRow("north is up") << 0.0 << 1.0 << QPointF(200, 20);
        QTest::newRow("east is right") << 90.0 << 1.0 << QPointF(380, 200);
        QTest::newRow("south is down") << 180.0 << 0.5 << QPointF(200, 290);
        QTest::newRow("west is left") << 270.0 << 1.0 << QPointF(20, 200);
        QTest::newRow("360 is north") << 360.0 << 1.0 << QPointF(200, 20);
        QTest::newRow("-90 is west") << -90.0 << 1.0 << QPointF(20, 200);
        QTest::newRow("centre") << 123.0 << 0.0 << QPointF(200, 200);
    }
    void pointAt()
    {
        QFETCH(double, bearingDeg);
        QFETCH(double, fraction);
        QFETCH(QPointF, px);
        const QPointF got = geometry.pointAt(bearingDeg, fraction);
        QVERIFY2(std::hypot(got.x() - px.x(), got.y() - px.y()) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(got.x()).arg(got.y())));
    }

    void bearingAt_data()
    {
        QTest::addColumn<QPointF>("px");
        QTest::addColumn<double>("bearingDeg");
        QTest::newRow("up") << QPointF(200, 100) << 0.0;
        QTest::newRow("right") << QPointF(300, 200) << 90.0;
        QTest::newRow("down-left") << QPointF(100, 300) << 225.0;
        QTest::newRow("just west of north wraps to 359.x") << QPointF(199.9, 0) << 359.97135;
        QTest::newRow("just east of north") << QPointF(200.1, 0) << 0.02865;
        QTest::newRow("centre itself") << QPointF(200, 200) << 0.0;
        QTest::newRow("outside the disc") << QPointF(1000, 200) << 90.0;
    }
    void bearingAt()
    {
        QFETCH(QPointF, px);
        QFETCH(double, bearingDeg);
        const double got = geometry.bearingAt(px);
        QVERIFY(got >= 0 && got < 360);
        QVERIFY2(std::abs(got - bearingDeg) < 1e-4, qPrintable(QString::number(got, 'f', 6)));
    }

    void roundTripEveryTenthDegree()
    {
        for (int tenth = 0; tenth < 3600; ++tenth) {
            const double bearing = tenth / 10.0;
            for (const double fraction : {0.05, 0.5, 1.0, 1.3}) {
                const QPointF px = geometry.pointAt(bearing, fraction);
                QVERIFY(geotest::angleDiffDeg(geometry.bearingAt(px), bearing) < 1e-9);
                QVERIFY(std::abs(geometry.radiusFractionAt(px) - fraction) < 1e-12);
                QCOMPARE(geometry.containsPoint(px), fraction <= 1.0);
            }
        }
    }

    void distances_data()
    {
        QTest::addColumn<double>("distanceKm");
        QTest::addColumn<double>("fraction");
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("half") << 5000.0 << 0.5;
        QTest::newRow("rim") << 10000.0 << 1.0;
        QTest::newRow("beyond") << 15000.0 << 1.5;
    }
    void distances()
    {
        QFETCH(double, distanceKm);
        QFETCH(double, fraction);
        QCOMPARE(geometry.fractionForDistanceKm(distanceKm), fraction);
        QCOMPARE(geometry.distanceKmForFraction(fraction), distanceKm);
        const QPointF px = geometry.pointAtDistance(45, distanceKm);
        QVERIFY(std::abs(geometry.distanceKmAt(px) - distanceKm) < 1e-6);
        const QPointF plane = geometry.pxToPlane(px);
        QVERIFY(std::abs(std::hypot(plane.x(), plane.y()) - distanceKm) < 1e-6);
        QVERIFY(std::hypot(geometry.planeToPx(plane).x() - px.x(),
                           geometry.planeToPx(plane).y() - px.y())
                < 1e-9);
    }

    void overlapAndDarkZone_data()
    {
        QTest::addColumn<int>("startAzimuthDeg");
        QTest::addColumn<int>("maxRotateDeg");
        QTest::addColumn<std::optional<BearingArc>>("overlap");
        QTest::addColumn<std::optional<BearingArc>>("dark");
        using Arc = std::optional<BearingArc>;
        QTest::newRow("360 from north: neither") << 0 << 360 << Arc() << Arc();
        QTest::newRow("450 from north") << 0 << 450 << Arc(BearingArc {0, 90}) << Arc();
        QTest::newRow("446 from 137 (device page)")
            << 137 << 446 << Arc(BearingArc {137, 86}) << Arc();
        QTest::newRow("450 from 300 wraps") << 300 << 450 << Arc(BearingArc {300, 90}) << Arc();
        QTest::newRow("300 from 0: dark 300..360")
            << 0 << 300 << Arc() << Arc(BearingArc {300, 60});
        QTest::newRow("300 from 90: dark 30..90") << 90 << 300 << Arc() << Arc(BearingArc {30, 60});
        QTest::newRow("180 from 270: dark 90..270")
            << 270 << 180 << Arc() << Arc(BearingArc {90, 180});
        QTest::newRow("720 covers all twice") << 45 << 720 << Arc(BearingArc {45, 360}) << Arc();
        QTest::newRow("negative start folds") << -90 << 400 << Arc(BearingArc {270, 40}) << Arc();
    }
    void overlapAndDarkZone()
    {
        QFETCH(int, startAzimuthDeg);
        QFETCH(int, maxRotateDeg);
        QFETCH(std::optional<BearingArc>, overlap);
        QFETCH(std::optional<BearingArc>, dark);
        QCOMPARE(CompassGeometry::overlapArc(startAzimuthDeg, maxRotateDeg), overlap);
        QCOMPARE(CompassGeometry::darkZone(startAzimuthDeg, maxRotateDeg), dark);
    }

    void arcContains_data()
    {
        QTest::addColumn<double>("bearingDeg");
        QTest::addColumn<bool>("inside");
        // Arc 350 .. 20 across north.
        QTest::newRow("start") << 350.0 << true;
        QTest::newRow("north") << 0.0 << true;
        QTest::newRow("360 = north") << 360.0 << true;
        QTest::newRow("end") << 20.0 << true;
        QTest::newRow("after end") << 20.5 << false;
        QTest::newRow("before start") << 349.0 << false;
        QTest::newRow("opposite") << 180.0 << false;
    }
    void arcContains()
    {
        QFETCH(double, bearingDeg);
        QFETCH(bool, inside);
        const BearingArc arc {350, 30};
        QCOMPARE(arc.contains(bearingDeg), inside);
        QCOMPARE(arc.endBearingDeg(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestCompassGeometry)
#include "tst_compassgeometry.moc"
