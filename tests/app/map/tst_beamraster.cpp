// SPDX-License-Identifier: GPL-3.0-or-later
// BeamRaster draws straight into image memory, so these check coverage, clipping and the sector
// test pixel by pixel, and that nonsense input draws nothing instead of writing out of bounds.
#include "widgets/beamraster.h"

#include <QImage>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

QImage blank(int width = 40, int height = 40, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(Qt::black);
    return image;
}

int paintedPixels(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += image.pixel(x, y) != qRgb(0, 0, 0) ? 1 : 0;
    }
    return painted;
}

} // namespace

class TestBeamRaster : public QObject
{
    Q_OBJECT

private slots:
    void lineCoversItsPixels_data();
    void lineCoversItsPixels();
    void lineWidthSplitsCoverage();
    void dashesLeaveGaps();
    void linesAreClippedToTheImage();
    void nonsenseDrawsNothing_data();
    void nonsenseDrawsNothing();
    void sectorContainsItsBearings_data();
    void sectorContainsItsBearings();
    void antialiasedEdgesArePartial();
    void devicePixelRatioScales();
    void otherFormatsAreLeftAlone();
    void translucentColourBlends();
    void bandsMatchSectorsDrawnInTurn();
};

void TestBeamRaster::lineCoversItsPixels_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<QPoint>("inside");
    QTest::addColumn<QPoint>("outside");
    QTest::newRow("horizontal") << QPointF(2, 10.5) << QPointF(30, 10.5) << QPoint(20, 10)
                                << QPoint(20, 12);
    QTest::newRow("vertical upwards")
        << QPointF(7.5, 35) << QPointF(7.5, 3) << QPoint(7, 20) << QPoint(9, 20);
    QTest::newRow("diagonal") << QPointF(0, 0) << QPointF(40, 40) << QPoint(25, 25)
                              << QPoint(25, 30);
    QTest::newRow("steep right to left")
        << QPointF(30, 0) << QPointF(25, 39) << QPoint(27, 16) << QPoint(20, 16);
}

void TestBeamRaster::lineCoversItsPixels()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(QPoint, inside);
    QFETCH(QPoint, outside);
    QImage image = blank();
    BeamRaster(image).line(a, b, Qt::white, 1.0);
    QVERIFY(qRed(image.pixel(inside)) > 100);
    QCOMPARE(image.pixel(outside), qRgb(0, 0, 0));
}

void TestBeamRaster::lineWidthSplitsCoverage()
{
    // A 1 px line on a pixel boundary covers the two rows beside it by half each.
    QImage image = blank();
    BeamRaster(image).line(QPointF(0, 10), QPointF(40, 10), Qt::white, 1.0);
    QVERIFY(std::abs(qRed(image.pixel(20, 9)) - 128) <= 2);
    QVERIFY(std::abs(qRed(image.pixel(20, 10)) - 128) <= 2);
    QCOMPARE(image.pixel(20, 11), qRgb(0, 0, 0));
    // A 3 px line centred on a pixel covers exactly three rows fully.
    QImage wide = blank();
    BeamRaster(wide).line(QPointF(0, 10.5), QPointF(40, 10.5), Qt::white, 3.0);
    for (int y : {9, 10, 11})
        QCOMPARE(wide.pixel(20, y), qRgb(255, 255, 255));
    QCOMPARE(wide.pixel(20, 8), qRgb(0, 0, 0));
    QCOMPARE(wide.pixel(20, 12), qRgb(0, 0, 0));
}

void TestBeamRaster::dashesLeaveGaps()
{
    QImage image = blank();
    BeamRaster(image).line(QPointF(0, 10.5), QPointF(40, 10.5), Qt::white, 1.0, 4.0, 2.0);
    QString pattern;
    for (int x = 0; x < 12; ++x)
        pattern += image.pixel(x, 10) == qRgb(0, 0, 0) ? QLatin1Char('.') : QLatin1Char('#');
    QCOMPARE(pattern, QStringLiteral("####..####.."));
    // Dashes count from a, also when a is the right-hand end.
    QImage reversed = blank();
    BeamRaster(reversed).line(QPointF(40, 10.5), QPointF(0, 10.5), Qt::white, 1.0, 4.0, 2.0);
    QCOMPARE(reversed.pixel(39, 10), qRgb(255, 255, 255));
    QCOMPARE(reversed.pixel(35, 10), qRgb(0, 0, 0));
}

void TestBeamRaster::linesAreClippedToTheImage()
{
    QImage image = blank();
    BeamRaster raster(image);
    raster.line(QPointF(-500, -300), QPointF(600, 400), Qt::white, 5.0);
    raster.line(QPointF(-10, 20), QPointF(-1, 25), Qt::white, 4.0); // wholly left of it
    raster.line(QPointF(20, -100), QPointF(20, 1000), Qt::white, 100.0);
    QVERIFY(paintedPixels(image) > 0);
    QImage outside = blank();
    BeamRaster(outside).line(QPointF(-10, -10), QPointF(-50, 30), Qt::white, 3.0);
    QCOMPARE(paintedPixels(outside), 0);
}

void TestBeamRaster::nonsenseDrawsNothing_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<double>("width");
    QTest::newRow("NaN point") << QPointF(nan, 3) << QPointF(10, 10) << 1.0;
    QTest::newRow("infinite point") << QPointF(0, 0) << QPointF(inf, 10) << 1.0;
    QTest::newRow("huge point") << QPointF(0, 0) << QPointF(1e12, -1e12) << 1.0;
    QTest::newRow("zero width") << QPointF(0, 0) << QPointF(30, 30) << 0.0;
    QTest::newRow("NaN width") << QPointF(0, 0) << QPointF(30, 30) << nan;
    QTest::newRow("negative width") << QPointF(0, 0) << QPointF(30, 30) << -2.0;
    QTest::newRow("a point") << QPointF(5, 5) << QPointF(5, 5) << 2.0;
}

void TestBeamRaster::nonsenseDrawsNothing()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(double, width);
    QImage image = blank();
    BeamRaster raster(image);
    raster.line(a, b, Qt::white, width);
    raster.ringSector(a, 2, width, 0, 90, Qt::white);
    QCOMPARE(paintedPixels(image), 0);
}

void TestBeamRaster::sectorContainsItsBearings_data()
{
    QTest::addColumn<double>("fromDeg");
    QTest::addColumn<double>("spanDeg");
    QTest::addColumn<QList<double>>("drawnDeg");
    QTest::addColumn<QList<double>>("emptyDeg");
    QTest::newRow("north east quarter")
        << 0.0 << 90.0 << QList<double> {5, 45, 85} << QList<double> {95, 180, 270, 355};
    QTest::newRow("across north") << 330.0 << 60.0 << QList<double> {335, 0, 25}
                                  << QList<double> {35, 90, 180, 325};
    QTest::newRow("wider than half")
        << 90.0 << 250.0 << QList<double> {95, 180, 270, 335} << QList<double> {345, 0, 45, 85};
    QTest::newRow("negative start")
        << -45.0 << 30.0 << QList<double> {320, 330, 340} << QList<double> {0, 300, 90};
    QTest::newRow("whole ring") << 123.0 << 360.0 << QList<double> {0, 90, 180, 270, 359}
                                << QList<double> {};
}

void TestBeamRaster::sectorContainsItsBearings()
{
    QFETCH(double, fromDeg);
    QFETCH(double, spanDeg);
    QFETCH(QList<double>, drawnDeg);
    QFETCH(QList<double>, emptyDeg);
    for (const auto edges : {BeamRaster::Edges::Antialiased, BeamRaster::Edges::Hard}) {
        QImage image = blank(200, 200);
        const QPointF centre(100, 100);
        BeamRaster(image).ringSector(centre, 60, 90, fromDeg, spanDeg, Qt::white, edges);
        auto at = [&](double bearingDeg, double radius) {
            const double rad = bearingDeg * M_PI / 180.0;
            return (centre + QPointF(std::sin(rad), -std::cos(rad)) * radius).toPoint();
        };
        for (double bearing : drawnDeg) {
            QVERIFY2(image.pixel(at(bearing, 75)) == qRgb(255, 255, 255),
                     qPrintable(QStringLiteral("%1 deg not drawn").arg(bearing)));
            QCOMPARE(image.pixel(at(bearing, 40)), qRgb(0, 0, 0)); // the hole
            QCOMPARE(image.pixel(at(bearing, 97)), qRgb(0, 0, 0)); // beyond the ring
        }
        for (double bearing : emptyDeg) {
            QVERIFY2(image.pixel(at(bearing, 75)) == qRgb(0, 0, 0),
                     qPrintable(QStringLiteral("%1 deg drawn").arg(bearing)));
        }
    }
}

void TestBeamRaster::antialiasedEdgesArePartial()
{
    QImage smooth = blank(200, 200);
    BeamRaster(smooth).ringSector(QPointF(100, 100), 60, 90.5, 0, 360, Qt::white);
    // Straight right of the centre: pixel 190 has its centre at 90.5 px, half covered.
    QVERIFY(std::abs(qRed(smooth.pixel(190, 99)) - 128) < 40);
    QCOMPARE(smooth.pixel(189, 99), qRgb(255, 255, 255));
    QImage hard = blank(200, 200);
    BeamRaster(hard).ringSector(QPointF(100, 100), 60, 90.5, 0, 360, Qt::white,
                                BeamRaster::Edges::Hard);
    const QRgb edge = hard.pixel(190, 99);
    QVERIFY(edge == qRgb(255, 255, 255) || edge == qRgb(0, 0, 0));
}

void TestBeamRaster::devicePixelRatioScales()
{
    QImage image = blank(80, 80);
    image.setDevicePixelRatio(2.0);
    BeamRaster(image).line(QPointF(0, 10.25), QPointF(40, 10.25), Qt::white, 0.5);
    // Logical y 10.25 is device row 20.5: row 20 fully covered, 19 and 21 untouched.
    QCOMPARE(image.pixel(60, 20), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(60, 19), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(60, 21), qRgb(0, 0, 0));
}

void TestBeamRaster::otherFormatsAreLeftAlone()
{
    QImage image = blank(40, 40, QImage::Format_RGB888);
    const QImage before = image;
    BeamRaster raster(image);
    raster.line(QPointF(0, 0), QPointF(40, 40), Qt::white, 3.0);
    raster.ringSector(QPointF(20, 20), 5, 15, 0, 360, Qt::white);
    QCOMPARE(image, before);
}

void TestBeamRaster::translucentColourBlends()
{
    QImage image = blank(40, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(qRgb(0, 0, 200));
    BeamRaster(image).line(QPointF(0, 10.5), QPointF(40, 10.5), QColor(255, 0, 0, 128), 1.0);
    const QRgb mixed = image.pixel(20, 10);
    QVERIFY(std::abs(qRed(mixed) - 128) <= 2);
    QVERIFY(std::abs(qBlue(mixed) - 100) <= 2);
    QCOMPARE(qAlpha(mixed), 255);
}

void TestBeamRaster::bandsMatchSectorsDrawnInTurn()
{
    // Overlapping translucent bands, one across north and one whole ring: composing per bearing
    // must give the picture of drawing them one after the other, except for a pixel's width at
    // the sides of a band.
    const QList<BeamRaster::Band> bands = {{350, 40, QColor(255, 0, 0, 170)},
                                           {10, 100, QColor(0, 255, 0, 170)},
                                           {-100, 30, QColor(0, 0, 255, 90)},
                                           {200, 360, QColor(255, 255, 0, 40)},
                                           {45, 10, QColor(0, 255, 255, 255)}};
    QImage inTurn = blank(300, 300);
    QImage composed = blank(300, 300);
    const QPointF centre(150, 150);
    BeamRaster sequential(inTurn);
    for (const BeamRaster::Band &band : bands)
        sequential.ringSector(centre, 120, 140, band.fromBearingDeg, band.spanDeg, band.colour,
                              BeamRaster::Edges::Hard);
    BeamRaster(composed).ringBands(centre, 120, 140, bands);
    int painted = 0;
    int different = 0;
    for (int y = 0; y < 300; ++y) {
        for (int x = 0; x < 300; ++x) {
            const QRgb a = inTurn.pixel(x, y);
            const QRgb b = composed.pixel(x, y);
            painted += a != qRgb(0, 0, 0) ? 1 : 0;
            const int delta
                = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                            std::abs(qBlue(a) - qBlue(b))});
            different += delta > 3 ? 1 : 0;
        }
    }
    // The ring holds about 16,000 pixels; the band sides cross it 10 times, 20 pixels each.
    QVERIFY2(painted > 15000, qPrintable(QString::number(painted)));
    QVERIFY2(different < 400, qPrintable(QString::number(different)));
    // Inside the north band, the red over the yellow whole ring.
    QCOMPARE(composed.pixel(150, 15), inTurn.pixel(150, 15));
    QVERIFY(qRed(composed.pixel(150, 15)) > 150);
}

QTEST_APPLESS_MAIN(TestBeamRaster)
#include "tst_beamraster.moc"
