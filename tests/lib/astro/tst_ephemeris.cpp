// SPDX-License-Identifier: GPL-3.0-or-later
// Sun and Moon positions (ERFA) against published reference values. No internet here: every
// value below comes from a printed source, named in its row, and is used with a tolerance that
// stays safe even if a figure were misremembered in its last digit (argued per group).
#include "../geo/geotestsupport.h"

#include "astro/ephemeris.h"
#include "geo/greatcircle.h"

#include <QTest>
#include <QTimeZone>
#include <QtMath>

using astro::HorizontalPosition;
using astro::Station;
using geo::GeoPoint;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, double s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).addMSecs(qint64(s * 1000));
}

/// An instant given in Dynamical Time (TD = TT, as Meeus' examples are) as UTC:
/// UTC = TT - 32.184 s - (TAI - UTC), the leap seconds of the date given by the caller.
QDateTime fromTd(int y, int mo, int d, int leapSeconds)
{
    return utc(y, mo, d, 0, 0).addMSecs(-qint64((32.184 + leapSeconds) * 1000));
}

double julianDay(const QDateTime &when)
{
    return 2440587.5 + double(when.toMSecsSinceEpoch()) / 86400000.0;
}

/// Greenwich apparent sidereal time, degrees: Meeus, Astronomical Algorithms (2nd ed.), eq. 12.4
/// for the mean time and ch. 22's short nutation series (0.5" accuracy) for the equation of the
/// equinoxes. An independent path from ERFA's IAU 2000B rotation.
double apparentSiderealDeg(const QDateTime &utcInstant, double jde)
{
    const double jd = julianDay(utcInstant);
    const double t = (jd - 2451545.0) / 36525.0;
    const double mean = 280.46061837 + 360.98564736629 * (jd - 2451545.0) + 0.000387933 * t * t
        - t * t * t / 38710000.0;
    const double td = (jde - 2451545.0) / 36525.0;
    const double omega = qDegreesToRadians(125.04452 - 1934.136261 * td);
    const double sunL = qDegreesToRadians(280.4665 + 36000.7698 * td);
    const double moonL = qDegreesToRadians(218.3165 + 481267.8813 * td);
    const double dPsiArcsec = -17.20 * std::sin(omega) - 1.32 * std::sin(2 * sunL)
        - 0.23 * std::sin(2 * moonL) + 0.21 * std::sin(2 * omega);
    const double epsilon = qDegreesToRadians(23.439291 - 0.0130042 * td);
    return geo::normalisedBearingDeg(mean + dPsiArcsec / 3600.0 * std::cos(epsilon));
}

double diffDeg(double a, double b)
{
    return std::abs(geo::normalisedLonDeg(a - b));
}

/// Apparent angular radius, degrees, of a body of radiusKm at distanceKm.
double semiDiameterDeg(double radiusKm, double distanceKm)
{
    return qRadiansToDegrees(std::asin(radiusKm / distanceKm));
}

QByteArray describe(const HorizontalPosition &sun, const HorizontalPosition &moon)
{
    return QStringLiteral("sun az %1 el %2, moon az %3 el %4")
        .arg(sun.azimuthDeg, 0, 'f', 4)
        .arg(sun.elevationDeg, 0, 'f', 4)
        .arg(moon.azimuthDeg, 0, 'f', 4)
        .arg(moon.elevationDeg, 0, 'f', 4)
        .toUtf8();
}

} // namespace

class TestEphemeris : public QObject
{
    Q_OBJECT

private slots:
    // Geocentric apparent places from Meeus' worked examples. The sub-point's latitude is the
    // declination; its longitude is the right ascension minus Greenwich apparent sidereal time.
    // Tolerance 0.01°: ERFA's Moon (eraMoon98) is Meeus' own truncated theory, its Sun the
    // full VSOP-based eraEpv00, both a few arcseconds from the printed values.
    void meeusExamples_data()
    {
        QTest::addColumn<bool>("moon");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<double>("jde");
        QTest::addColumn<double>("raDeg");
        QTest::addColumn<double>("decDeg");
        // Example 25.b, 1992 October 13.0 TD (JDE 2448908.5): the Sun's apparent place with the
        // full VSOP87 theory, α = 13h13m30.749s, δ = -7°47'01.74". TAI-UTC was 27 s.
        QTest::newRow("Sun, Meeus ex. 25.b, 1992-10-13 0h TD")
            << false << fromTd(1992, 10, 13, 27) << 2448908.5
            << (13 + 13 / 60.0 + 30.749 / 3600.0) * 15.0 << -(7 + 47 / 60.0 + 1.74 / 3600.0);
        // Example 47.a, 1992 April 12.0 TD (JDE 2448724.5): the Moon's apparent place,
        // α = 134.688470°, δ = +13.768368°. TAI-UTC was 26 s.
        QTest::newRow("Moon, Meeus ex. 47.a, 1992-04-12 0h TD")
            << true << fromTd(1992, 4, 12, 26) << 2448724.5 << 134.688470 << 13.768368;
    }
    void meeusExamples()
    {
        QFETCH(bool, moon);
        QFETCH(QDateTime, when);
        QFETCH(double, jde);
        QFETCH(double, raDeg);
        QFETCH(double, decDeg);
        const GeoPoint point = moon ? astro::subLunarPoint(when) : astro::subSolarPoint(when);
        const double expectedLon = geo::normalisedLonDeg(raDeg - apparentSiderealDeg(when, jde));
        QVERIFY2(std::abs(point.latDeg - decDeg) < 0.01, geotest::describe(point).constData());
        QVERIFY2(diffDeg(point.lonDeg, expectedLon) < 0.01, geotest::describe(point).constData());
    }

    // The Moon seen from the U.S. Naval Observatory, Washington (Meeus ex. 13.b's station:
    // 38°55'17" N, 77°03'56" W) at the instant of ex. 47.a. Expected values are derived in the
    // test from the example's geocentric α, δ and Δ = 368409.7 km by Meeus' own method: the
    // station's ρ sin φ', ρ cos φ' (ch. 11, height 0), the parallax in α and δ (eq. 40.2, 40.3)
    // and the horizontal coordinates (eq. 13.5, 13.6). The parallax here is ~0.4° in elevation;
    // tolerance 0.02°.
    void moonTopocentricMeeus()
    {
        const double latDeg = 38 + 55 / 60.0 + 17 / 3600.0;
        const double lonDeg = -(77 + 3 / 60.0 + 56 / 3600.0);
        const QDateTime when = fromTd(1992, 4, 12, 26);
        const double alpha = qDegreesToRadians(134.688470);
        const double delta = qDegreesToRadians(13.768368);
        const double distanceKm = 368409.7;

        const double phi = qDegreesToRadians(latDeg);
        const double u = std::atan(0.99664719 * std::tan(phi));
        const double rhoSin = 0.99664719 * std::sin(u);
        const double rhoCos = std::cos(u);
        const double sinPi = 6378.14 / distanceKm;
        const double hourAngle
            = qDegreesToRadians(apparentSiderealDeg(when, 2448724.5) + lonDeg) - alpha;
        const double dAlpha = std::atan2(-rhoCos * sinPi * std::sin(hourAngle),
                                         std::cos(delta) - rhoCos * sinPi * std::cos(hourAngle));
        const double deltaTopo = std::atan2((std::sin(delta) - rhoSin * sinPi) * std::cos(dAlpha),
                                            std::cos(delta) - rhoCos * sinPi * std::cos(hourAngle));
        const double hTopo = hourAngle - dAlpha;
        // Meeus' azimuth is from the south; + 180° makes it a compass bearing.
        const double azimuthSouth = std::atan2(
            std::sin(hTopo), std::cos(hTopo) * std::sin(phi) - std::tan(deltaTopo) * std::cos(phi));
        const double elevation = std::asin(std::sin(phi) * std::sin(deltaTopo)
                                           + std::cos(phi) * std::cos(deltaTopo) * std::cos(hTopo));
        const double expectedAz = geo::normalisedBearingDeg(qRadiansToDegrees(azimuthSouth) + 180);
        const double expectedEl = qRadiansToDegrees(elevation);

        const HorizontalPosition moon = astro::moonPosition({{latDeg, lonDeg}, 0}, when);
        const QByteArray text = QStringLiteral("got az %1 el %2, expected az %3 el %4")
                                    .arg(moon.azimuthDeg, 0, 'f', 4)
                                    .arg(moon.elevationDeg, 0, 'f', 4)
                                    .arg(expectedAz, 0, 'f', 4)
                                    .arg(expectedEl, 0, 'f', 4)
                                    .toUtf8();
        QVERIFY2(diffDeg(moon.azimuthDeg, expectedAz) < 0.02, text.constData());
        QVERIFY2(std::abs(moon.elevationDeg - expectedEl) < 0.02, text.constData());
        // The geocentric elevation would be higher by the parallax: make sure it is applied.
        QVERIFY(expectedEl > 20);
        QVERIFY(std::abs(moon.distanceKm - distanceKm) < 6400);
    }

    // Equinoxes and solstices of 2000 (U.S. Naval Observatory, "Earth's Seasons", as printed in
    // the Astronomical Almanac for 2000; minutes UT). The Sun's declination is 0 at an equinox
    // and ± the obliquity (23.4393° for 2000, Meeus eq. 22.2) at a solstice. Tolerance 0.01°:
    // near an equinox δ moves 0.0003° a minute, near a solstice far less.
    void seasons_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<double>("decDeg");
        QTest::newRow("March equinox 2000-03-20 07:35") << utc(2000, 3, 20, 7, 35) << 0.0;
        QTest::newRow("June solstice 2000-06-21 01:48") << utc(2000, 6, 21, 1, 48) << 23.4393;
        QTest::newRow("September equinox 2000-09-22 17:27") << utc(2000, 9, 22, 17, 27) << 0.0;
        QTest::newRow("December solstice 2000-12-21 13:37")
            << utc(2000, 12, 21, 13, 37) << -23.4393;
    }
    void seasons()
    {
        QFETCH(QDateTime, when);
        QFETCH(double, decDeg);
        const GeoPoint sun = astro::subSolarPoint(when);
        QVERIFY2(std::abs(sun.latDeg - decDeg) < 0.01, geotest::describe(sun).constData());
    }

    // Central solar eclipses: at greatest eclipse an observer on the central line sees the
    // centres of the Sun and the Moon together. Instants (UT, to the second), places and the
    // Sun's altitude are NASA's predictions (F. Espenak, NASA eclipse web site / "Five
    // Millennium Canon of Solar Eclipses", Espenak & Meeus 2006). Why it is a sharp test of the
    // Moon's parallax: without it the two centres would lie 0.4-0.9° apart here, while an error
    // of 50 km in the place or 30 s in the time moves them only ~0.01° apart. Tolerances:
    // 0.05° between the centres (so the Moon is within 0.05° in azimuth and elevation of the
    // Sun, itself checked above), 1° against the printed whole-degree Sun altitude. Total
    // eclipses have the Moon's disc larger than the Sun's, annular ones smaller.
    void centralEclipses_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<GeoPoint>("place");
        QTest::addColumn<double>("sunAltitudeDeg");
        QTest::addColumn<bool>("total");
        QTest::newRow("total 1999-08-11 11:03:04, Romania")
            << utc(1999, 8, 11, 11, 3, 4) << GeoPoint {45 + 2.5 / 60, 24 + 17.6 / 60} << 59.0
            << true;
        QTest::newRow("total 2006-03-29 10:11:18, Libya")
            << utc(2006, 3, 29, 10, 11, 18) << GeoPoint {23 + 9 / 60.0, 16 + 43 / 60.0} << 67.0
            << true;
        QTest::newRow("total 2017-08-21 18:25:32, Kentucky")
            << utc(2017, 8, 21, 18, 25, 32) << GeoPoint {36 + 58 / 60.0, -(87 + 40 / 60.0)} << 64.0
            << true;
        QTest::newRow("annular 2023-10-14 18:00:41, off Nicaragua")
            << utc(2023, 10, 14, 18, 0, 41) << GeoPoint {11 + 22 / 60.0, -(83 + 6 / 60.0)} << 68.0
            << false;
        QTest::newRow("total 2024-04-08 18:17:16, Durango")
            << utc(2024, 4, 8, 18, 17, 16) << GeoPoint {25 + 17 / 60.0, -(104 + 8 / 60.0)} << 70.0
            << true;
    }
    void centralEclipses()
    {
        QFETCH(QDateTime, when);
        QFETCH(GeoPoint, place);
        QFETCH(double, sunAltitudeDeg);
        QFETCH(bool, total);
        const Station station {place, 0};
        const HorizontalPosition sun = astro::sunPosition(station, when);
        const HorizontalPosition moon = astro::moonPosition(station, when);
        const QByteArray text = describe(sun, moon);
        QVERIFY2(std::abs(sun.elevationDeg - moon.elevationDeg) < 0.05, text.constData());
        QVERIFY2(diffDeg(sun.azimuthDeg, moon.azimuthDeg)
                     < 0.05 / std::cos(qDegreesToRadians(sun.elevationDeg)),
                 text.constData());
        QVERIFY2(diffDeg(sun.azimuthDeg, moon.azimuthDeg) < 0.1, text.constData());
        QVERIFY2(std::abs(sun.elevationDeg - sunAltitudeDeg) < 1.0, text.constData());
        const double moonSd = semiDiameterDeg(1737.4, moon.distanceKm);
        const double sunSd = semiDiameterDeg(695700.0, sun.distanceKm);
        QCOMPARE(moonSd > sunSd, total);
        // The geocentric sub-points differ by the parallax: the Moon's is not at the place.
        QVERIFY(geo::distanceKm(astro::subLunarPoint(when), place) > 100);
    }

    void sameInstantAnyTimeZone()
    {
        const QDateTime when = utc(2025, 6, 1, 12, 0);
        const QDateTime plusTwo = when.toTimeZone(QTimeZone(7200));
        const Station station {{50.08, 14.44}, 300};
        QCOMPARE(astro::subLunarPoint(plusTwo), astro::subLunarPoint(when));
        QCOMPARE(astro::moonPosition(station, plusTwo), astro::moonPosition(station, when));
        QCOMPARE(astro::sunPosition(station, plusTwo), astro::sunPosition(station, when));
    }

    void subPointSeesTheBodyOverhead()
    {
        // On the sub-solar point the Sun is at the zenith (within its 8.8" parallax and the
        // ellipsoid's up to 0.19° between geocentric and geodetic vertical).
        const QDateTime when = utc(2025, 3, 1, 9, 30);
        const GeoPoint sub = astro::subSolarPoint(when);
        QVERIFY(astro::sunPosition({sub, 0}, when).elevationDeg > 89.7);
        const HorizontalPosition antipode = astro::sunPosition({geo::antipode(sub), 0}, when);
        QVERIFY(antipode.elevationDeg < -89.7);
        QVERIFY(std::abs(antipode.distanceKm / 149597870.7 - 1.0) < 0.02);
    }

    void refraction_data()
    {
        QTest::addColumn<double>("geometricDeg");
        QTest::addColumn<double>("expectedDeg");
        // Sæmundsson's formula (Meeus eq. 16.4): 29' at a true altitude of 0°, about 1' at 45°,
        // nothing at the zenith; left alone below -1°.
        QTest::newRow("horizon") << 0.0 << 0.0 + 28.98 / 60;
        QTest::newRow("45 degrees") << 45.0 << 45.0 + 1.013 / 60;
        QTest::newRow("zenith") << 90.0 << 90.0;
        QTest::newRow("well below") << -5.0 << -5.0;
    }
    void refraction()
    {
        QFETCH(double, geometricDeg);
        QFETCH(double, expectedDeg);
        QVERIFY2(
            std::abs(astro::refractedElevationDeg(geometricDeg) - expectedDeg) < 0.002,
            QByteArray::number(astro::refractedElevationDeg(geometricDeg), 'f', 5).constData());
    }
};

QTEST_GUILESS_MAIN(TestEphemeris)
#include "tst_ephemeris.moc"
