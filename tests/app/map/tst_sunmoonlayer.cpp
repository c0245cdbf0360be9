// SPDX-License-Identifier: GPL-3.0-or-later
// The sub-solar and sub-lunar points on the rendered map: at a fixed (injected) instant each is
// drawn where the map projection puts the point the ephemeris gives, and nowhere else.
#include "widgets/compassmaplayers.h"
#include "widgets/sunmoonlayer.h"

#include "astro/ephemeris.h"
#include "geo/azimuthalequidistant.h"
#include "geo/maidenhead.h"

#include <QApplication>
#include <QImage>
#include <QTest>

namespace {
constexpr int sidePx = 400;
const geo::CompassGeometry wholeGlobe(QPointF(sidePx / 2.0, sidePx / 2.0), sidePx / 2.0 - 20,
                                      CompassMapWidget::maxRadiusKm);

QImage render(const QDateTime &when, bool sunMoon)
{
    MapLayerOptions options;
    options.centre = *geo::locatorToPoint(u"JO70VA");
    options.station = options.centre;
    options.geometry = wholeGlobe;
    options.widgetSize = QSize(sidePx, sidePx);
    options.when = when;
    options.greyLine = true;
    options.sunMoon = sunMoon;
    options.palette = QApplication::palette();
    options.font = QApplication::font();
    QImage image(sidePx, sidePx, QImage::Format_ARGB32_Premultiplied);
    renderMapLayers(image, options);
    return image;
}

QPointF expectedPx(const geo::GeoPoint &place)
{
    const geo::AzimuthalEquidistant projection(*geo::locatorToPoint(u"JO70VA"));
    return wholeGlobe.planeToPx(projection.forward(place));
}

bool near(QRgb pixel, const QColor &colour, int tolerance = 12)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

QString describe(QRgb pixel)
{
    return QColor(pixel).name();
}
} // namespace

class TestSunMoonLayer : public QObject
{
    Q_OBJECT

private slots:
    void pointsAreWhereTheEphemerisSays_data();
    void pointsAreWhereTheEphemerisSays();
    void beyondTheRimNothingIsDrawn();
};

void TestSunMoonLayer::pointsAreWhereTheEphemerisSays_data()
{
    QTest::addColumn<QDateTime>("when");
    // The March equinox of 2024 near noon at Greenwich: the sun stands over the equator close
    // to the prime meridian (the equation of time moves it by ~2°).
    QTest::newRow("equinox noon") << QDateTime(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC);
    QTest::newRow("six hours later") << QDateTime(QDate(2024, 3, 20), QTime(18, 0), Qt::UTC);
    QTest::newRow("June solstice") << QDateTime(QDate(2026, 6, 21), QTime(10, 0), Qt::UTC);
}

void TestSunMoonLayer::pointsAreWhereTheEphemerisSays()
{
    QFETCH(QDateTime, when);
    const geo::GeoPoint sun = astro::subSolarPoint(when);
    if (qstrcmp(QTest::currentDataTag(), "equinox noon") == 0) {
        QVERIFY(std::abs(sun.latDeg) < 0.5);
        QVERIFY(std::abs(sun.lonDeg) < 3.0);
    }
    const QPointF sunPx = expectedPx(sun);
    const QPointF moonPx = expectedPx(astro::subLunarPoint(when));
    QVERIFY2(QLineF(sunPx, moonPx).length() > 3 * sunmoonlayer::sunRadiusPx, "too close to tell");

    const QImage with = render(when, true);
    const QImage without = render(when, false);
    // The sun's disc at the sub-solar point.
    const QPoint sunAt = sunPx.toPoint();
    QVERIFY2(near(with.pixel(sunAt), sunmoonlayer::sunFill),
             qPrintable(describe(with.pixel(sunAt))));
    QVERIFY(!near(without.pixel(sunAt), sunmoonlayer::sunFill));
    // The moon's crescent lies to the left of the sub-lunar point.
    const QPoint moonAt = (moonPx - QPointF(sunmoonlayer::moonRadiusPx * 0.6, 0)).toPoint();
    QVERIFY2(near(with.pixel(moonAt), sunmoonlayer::moonFill, 24),
             qPrintable(describe(with.pixel(moonAt))));
    QVERIFY(!near(without.pixel(moonAt), sunmoonlayer::moonFill, 24));
    // Away from both glyphs the map is the same.
    const QPoint elsewhere
        = (QPointF(sidePx, sidePx) - sunPx).toPoint(); // mirrored through the map's centre
    if (QLineF(elsewhere, moonPx).length() > 20)
        QCOMPARE(with.pixel(elsewhere), without.pixel(elsewhere));

    if (qEnvironmentVariableIsSet("ROTORDECK_SUNMOON_PNG"))
        QVERIFY(with.save(qEnvironmentVariable("ROTORDECK_SUNMOON_PNG")));
}

void TestSunMoonLayer::beyondTheRimNothingIsDrawn()
{
    const QDateTime when(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC);
    const geo::CompassGeometry small(QPointF(200, 200), 180, 500);
    const geo::GeoPoint prague = *geo::locatorToPoint(u"JO70VA");
    // The sub-solar point (Gulf of Guinea) is ~5,500 km from Prague: beyond a 500 km map.
    QVERIFY(!sunmoonlayer::mapPoint(prague, small, astro::subSolarPoint(when)));
    QVERIFY(sunmoonlayer::mapPoint(prague, wholeGlobe, astro::subSolarPoint(when)));
}

QTEST_MAIN(TestSunMoonLayer)
#include "tst_sunmoonlayer.moc"
