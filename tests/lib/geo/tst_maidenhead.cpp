// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestsupport.h"

#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QTest>

using geo::GeoPoint;

class TestMaidenhead : public QObject
{
    Q_OBJECT

private slots:
    void toPoint_data()
    {
        QTest::addColumn<QString>("locator");
        QTest::addColumn<double>("latDeg");
        QTest::addColumn<double>("lonDeg");
        // Centres as hamlib 4.5.4 `rotctl -m 1 l <locator>` prints them (lon, lat).
        QTest::newRow("JO70va Prague area") << u"JO70va"_qs << 50.020833 << 15.791667;
        QTest::newRow("FN31pr Connecticut") << u"FN31pr"_qs << 41.729167 << -72.708333;
        QTest::newRow("PF95 four chars") << u"PF95"_qs << -34.5 << 139.0;
        QTest::newRow("RR99xx north-east corner") << u"RR99xx"_qs << 89.979167 << 179.958333;
        QTest::newRow("AA00aa south-west corner") << u"AA00aa"_qs << -89.979167 << -179.958333;
        QTest::newRow("AR09ax north-west corner") << u"AR09ax"_qs << 89.979167 << -179.958333;
        QTest::newRow("JJ00 null island") << u"JJ00"_qs << 0.5 << 1.0;
        QTest::newRow("IO91wm London") << u"IO91wm"_qs << 51.520833 << -0.125;
        QTest::newRow("KP20le Helsinki") << u"KP20le"_qs << 60.1875 << 24.958333;
        QTest::newRow("GG66rf Sao Paulo") << u"GG66rf"_qs << -23.770833 << -46.541667;
        QTest::newRow("QF56od Sydney") << u"QF56od"_qs << -33.854167 << 151.208333;
        QTest::newRow("BL11bh Honolulu") << u"BL11bh"_qs << 21.3125 << -157.875;
        QTest::newRow("JO70va12 eight chars") << u"JO70va12"_qs << 50.010417 << 15.7625;
        QTest::newRow("JO two chars") << u"JO"_qs << 55.0 << 10.0;
        QTest::newRow("lower case field") << u"jo70VA"_qs << 50.020833 << 15.791667;
        QTest::newRow("blanks around") << u"  JO70va "_qs << 50.020833 << 15.791667;
    }
    void toPoint()
    {
        QFETCH(QString, locator);
        QFETCH(double, latDeg);
        QFETCH(double, lonDeg);
        const auto point = geo::locatorToPoint(locator);
        QVERIFY(point.has_value());
        QVERIFY2(std::abs(point->latDeg - latDeg) < 1e-5,
                 qPrintable(QString::number(point->latDeg, 'f', 7)));
        QVERIFY2(std::abs(point->lonDeg - lonDeg) < 1e-5,
                 qPrintable(QString::number(point->lonDeg, 'f', 7)));
        QVERIFY(geo::isValidLocator(locator));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("locator");
        QTest::newRow("empty") << QString();
        QTest::newRow("one char") << u"J"_qs;
        QTest::newRow("odd length") << u"JO7"_qs;
        QTest::newRow("field beyond R") << u"SA00"_qs;
        QTest::newRow("digit in field") << u"J070"_qs;
        QTest::newRow("letter in square") << u"JOA0"_qs;
        QTest::newRow("subsquare beyond X") << u"JO70ya"_qs;
        QTest::newRow("letter in extended") << u"JO70vaa1"_qs;
        QTest::newRow("ten chars") << u"JO70va12ab"_qs;
        QTest::newRow("inner blank") << u"JO 70"_qs;
        QTest::newRow("non-ASCII letter") << u"JÖ70"_qs;
    }
    void invalid()
    {
        QFETCH(QString, locator);
        QVERIFY(!geo::locatorToPoint(locator).has_value());
        QVERIFY(!geo::isValidLocator(locator));
    }

    void fromPoint_data()
    {
        QTest::addColumn<double>("latDeg");
        QTest::addColumn<double>("lonDeg");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("locator");
        // Expected values from hamlib `rotctl -m 1 L <lon> <lat> 8`, shortened where needed.
        QTest::newRow("Prague") << 50.0755 << 14.4378 << 8 << u"JO70FB28"_qs;
        QTest::newRow("New York") << 40.7128 << -74.006 << 8 << u"FN20XR91"_qs;
        QTest::newRow("Sydney") << -33.8688 << 151.2093 << 8 << u"QF56OD51"_qs;
        QTest::newRow("London") << 51.5074 << -0.1278 << 8 << u"IO91WM41"_qs;
        QTest::newRow("null island") << 0.0 << 0.0 << 8 << u"JJ00AA00"_qs;
        QTest::newRow("south pole, -180") << -90.0 << -180.0 << 8 << u"AA00AA00"_qs;
        QTest::newRow("near north-east corner") << 89.999 << 179.999 << 8 << u"RR99XX99"_qs;
        QTest::newRow("Honolulu") << 21.3069 << -157.8583 << 8 << u"BL11BH73"_qs;
        QTest::newRow("north pole stays in grid") << 90.0 << 0.0 << 6 << u"JR09AX"_qs;
        QTest::newRow("lon 180 wraps to -180") << 10.0 << 180.0 << 4 << u"AK00"_qs;
        QTest::newRow("two chars") << 50.0755 << 14.4378 << 2 << u"JO"_qs;
        QTest::newRow("four chars") << 50.0755 << 14.4378 << 4 << u"JO70"_qs;
        QTest::newRow("bad length 5") << 50.0 << 14.0 << 5 << QString();
        QTest::newRow("bad length 10") << 50.0 << 14.0 << 10 << QString();
    }
    void fromPoint()
    {
        QFETCH(double, latDeg);
        QFETCH(double, lonDeg);
        QFETCH(int, length);
        QFETCH(QString, locator);
        QCOMPARE(geo::pointToLocator({latDeg, lonDeg}, length), locator);
    }

    void roundTripRandomPoints_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<double>("maxErrorKm");
        // Half the diagonal of the smallest square at the equator, plus a margin.
        QTest::newRow("4 chars") << 4 << 125.0;
        QTest::newRow("6 chars") << 6 << 5.2;
        QTest::newRow("8 chars") << 8 << 0.52;
    }
    void roundTripRandomPoints()
    {
        QFETCH(int, length);
        QFETCH(double, maxErrorKm);
        QRandomGenerator random(1234);
        for (int i = 0; i < 5000; ++i) {
            const GeoPoint point = geotest::randomPoint(random);
            const QString locator = geo::pointToLocator(point, length);
            QCOMPARE(locator.size(), length);
            const auto centre = geo::locatorToPoint(locator);
            QVERIFY(centre.has_value());
            QVERIFY2(geo::distanceKm(point, *centre) < maxErrorKm, qPrintable(locator));
            // The centre of a square lies in that square.
            QCOMPARE(geo::pointToLocator(*centre, length), locator);
        }
    }

    void everyFieldRoundTrips()
    {
        for (char16_t lon = u'A'; lon <= u'R'; ++lon) {
            for (char16_t lat = u'A'; lat <= u'R'; ++lat) {
                const QString locator = QString(QChar(lon)) + QChar(lat) + u"55kk"_qs;
                const auto centre = geo::locatorToPoint(locator);
                QVERIFY(centre.has_value());
                QCOMPARE(geo::pointToLocator(*centre, 6), locator.toUpper());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMaidenhead)
#include "tst_maidenhead.moc"
