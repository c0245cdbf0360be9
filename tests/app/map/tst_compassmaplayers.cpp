// SPDX-License-Identifier: GPL-3.0-or-later
// paintBeams() on a plain image: a rotator's label stays a label, however long it is.
#include "widgets/compassmaplayers.h"

#include <QImage>
#include <QTest>

namespace {

constexpr int sidePx = 400;

/// Columns from x onwards that have a painted (non-transparent) pixel anywhere.
int paintedColumnsFrom(const QImage &image, int x)
{
    int columns = 0;
    for (; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qAlpha(image.pixel(x, y)) != 0) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

int paintedPixels(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) != 0 ? 1 : 0;
    }
    return painted;
}

QImage paintOneBeam(const QString &label)
{
    QImage frame(sidePx, sidePx, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    const geo::CompassGeometry g(QPointF(sidePx / 2.0, sidePx / 2.0), sidePx / 2.0 - 20, 10000);
    MapBeam beam;
    beam.id = QStringLiteral("SIM/01");
    beam.label = label;
    beam.colour = QColor(0x20, 0xa0, 0x20);
    beam.bearingDeg = 270; // pointing west: the label starts left and would run east
    beam.beamWidthDeg = 20;
    paintBeams(frame, g, {beam}, true);
    return frame;
}

} // namespace

class TestCompassMapLayers : public QObject
{
    Q_OBJECT

private slots:
    void longLabelIsElided()
    {
        // Everything of a west-pointing beam lies in the left half, so the right half stays
        // empty unless the label runs across the map.
        const QImage shortLabel = paintOneBeam(QStringLiteral("Yagi"));
        QVERIFY(paintedColumnsFrom(shortLabel, 0) > 0);
        QCOMPARE(paintedColumnsFrom(shortLabel, sidePx / 2), 0);
        const QImage longLabel = paintOneBeam(QString(500, QLatin1Char('W')));
        QCOMPARE(paintedColumnsFrom(longLabel, sidePx / 2), 0);
        // ...but it is still drawn, further than the short one.
        QVERIFY(paintedPixels(longLabel) > paintedPixels(shortLabel));
    }
};

QTEST_MAIN(TestCompassMapLayers)
#include "tst_compassmaplayers.moc"
