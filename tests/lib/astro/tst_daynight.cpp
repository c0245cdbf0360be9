// SPDX-License-Identifier: GPL-3.0-or-later
#include "../geo/geotestsupport.h"

#include "astro/daynight.h"
#include "astro/ephemeris.h"
#include "geo/greatcircle.h"

#include <QTest>
#include <QTimeZone>

using geo::GeoPoint;

class TestDayNight : public QObject
{
    Q_OBJECT

private slots:
    void subsolarPoint_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<double>("latDeg");
        QTest::addColumn<double>("lonDeg");
        QTest::addColumn<double>("toleranceDeg");
        // Declination at the equinoxes/solstices (published instants) and the sun's transit of
        // Greenwich from the equation of time (e.g. 11:43:36 UTC on 3 November: +16.4 min).
        const auto utc = [](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
        };
        QTest::newRow("March equinox 2024") << utc(2024, 3, 20, 3, 6) << 0.0 << 135.4 << 0.4;
        QTest::newRow("June solstice 2024") << utc(2024, 6, 20, 20, 51) << 23.44 << -132.3 << 0.4;
        QTest::newRow("December solstice 2023")
            << utc(2023, 12, 22, 3, 27) << -23.44 << 127.8 << 0.4;
        QTest::newRow("Greenwich noon, 3 Nov 2025")
            << utc(2025, 11, 3, 11, 43) << -15.0 << 0.15 << 0.5;
        QTest::newRow("Greenwich noon, 11 Feb 2025")
            << utc(2025, 2, 11, 12, 14) << -14.1 << 0.06 << 0.5;
    }
    void subsolarPoint()
    {
        QFETCH(QDateTime, when);
        QFETCH(double, latDeg);
        QFETCH(double, lonDeg);
        QFETCH(double, toleranceDeg);
        const GeoPoint sun = astro::subSolarPoint(when);
        QVERIFY2(std::abs(sun.latDeg - latDeg) < toleranceDeg, geotest::describe(sun).constData());
        QVERIFY2(geotest::angleDiffDeg(sun.lonDeg, lonDeg) < toleranceDeg,
                 geotest::describe(sun).constData());
    }

    void sameInstantAnyTimeZone()
    {
        const QDateTime utc(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
        const QDateTime plusTwo = utc.toTimeZone(QTimeZone(7200));
        QCOMPARE(astro::subSolarPoint(plusTwo), astro::subSolarPoint(utc));
    }

    void terminatorIsAtElevation_data()
    {
        QTest::addColumn<double>("elevationDeg");
        QTest::newRow("terminator") << 0.0;
        QTest::newRow("civil twilight") << -6.0;
        QTest::newRow("astronomical twilight") << -18.0;
    }
    void terminatorIsAtElevation()
    {
        QFETCH(double, elevationDeg);
        const QDateTime when(QDate(2025, 9, 1), QTime(17, 30), QTimeZone::utc());
        const QList<GeoPoint> ring = astro::terminator(when, elevationDeg, 90);
        QCOMPARE(ring.size(), 90);
        for (const GeoPoint &point : ring)
            QVERIFY2(std::abs(astro::solarElevationDeg(point, when) - elevationDeg) < 1e-6,
                     geotest::describe(point).constData());
    }

    void dayAndNight_data()
    {
        QTest::addColumn<GeoPoint>("place");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("sunUp");
        const auto utc = [](int h) {
            return QDateTime(QDate(2025, 6, 21), QTime(h, 0), QTimeZone::utc());
        };
        QTest::newRow("Prague at noon") << GeoPoint {50.08, 14.44} << utc(11) << true;
        QTest::newRow("Prague at midnight") << GeoPoint {50.08, 14.44} << utc(23) << false;
        QTest::newRow("Sydney at 02 UTC (midday)") << GeoPoint {-33.87, 151.21} << utc(2) << true;
        QTest::newRow("midnight sun at 80N") << GeoPoint {80, 0} << utc(0) << true;
        QTest::newRow("polar night at 80S") << GeoPoint {-80, 0} << utc(12) << false;
    }
    void dayAndNight()
    {
        QFETCH(GeoPoint, place);
        QFETCH(QDateTime, when);
        QFETCH(bool, sunUp);
        QCOMPARE(astro::solarElevationDeg(place, when) > 0, sunUp);
    }
};

QTEST_GUILESS_MAIN(TestDayNight)
#include "tst_daynight.moc"
