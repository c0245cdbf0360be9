// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compassmapwidget.h"

#include "geo/azimuthalequidistant.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

QList<MapBeam> sampleBeams()
{
    MapBeam yagi;
    yagi.id = QStringLiteral("OK1ABC/1");
    yagi.label = QStringLiteral("20 m yagi");
    yagi.colour = QColor(0x4f, 0xc3, 0xf7);
    yagi.bearingDeg = 62;
    yagi.beamWidthDeg = 50;
    yagi.selected = true;
    yagi.startAzimuthDeg = 137;
    yagi.maxRotateDeg = 446;
    MapBeam quad;
    quad.id = QStringLiteral("OK1ABC/2");
    quad.label = QStringLiteral("quad (moving)");
    quad.colour = QColor(0xff, 0x6b, 0x6b);
    quad.bearingDeg = 200;
    quad.targetBearingDeg = 250;
    quad.moving = true;
    quad.beamWidthDeg = 60;
    MapBeam stale;
    stale.id = QStringLiteral("OK1ABC/3");
    stale.label = QStringLiteral("stale");
    stale.colour = QColor(0x8b, 0xe0, 0x6a);
    stale.bearingDeg = 315;
    stale.stale = true;
    MapBeam limited;
    limited.id = QStringLiteral("OK1ABC/4");
    limited.label = QStringLiteral("300° unit");
    limited.colour = QColor(0xc7, 0x92, 0xea);
    limited.bearingDeg = 120;
    limited.beamWidthDeg = 30;
    limited.startAzimuthDeg = 90;
    limited.maxRotateDeg = 300;
    return {yagi, quad, stale, limited};
}

} // namespace

class TestCompassMapWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompassMapWidget> makeMap(const QSize &size = QSize(600, 600))
    {
        auto map = std::make_unique<CompassMapWidget>();
        map->setLocale(QLocale::c());
        map->resize(size);
        map->setCentreLocator(QStringLiteral("JO70"));
        map->setRadiusKm(10000);
        // Both move with the clock: two renders a moment apart would differ by a pixel.
        map->setGreyLineVisible(false);
        map->setSunMoonVisible(false);
        map->show();
        if (!QTest::qWaitForWindowExposed(map.get()))
            qWarning("window not exposed");
        waitForMap(*map);
        return map;
    }

    static void waitForMap(const CompassMapWidget &map)
    {
        if (!QTest::qWaitFor([&] { return map.isMapCurrent(); }, 10000))
            qWarning("map not rendered in time");
    }

private slots:
    void clickEmitsBearing_data()
    {
        QTest::addColumn<double>("bearingDeg");
        QTest::addColumn<double>("fraction");
        QTest::newRow("north") << 0.0 << 0.9;
        QTest::newRow("north-east") << 45.0 << 0.9;
        QTest::newRow("east") << 90.0 << 0.7;
        QTest::newRow("south") << 180.0 << 0.9;
        QTest::newRow("west") << 270.0 << 0.5;
        QTest::newRow("just west of north") << 358.0 << 0.95;
        QTest::newRow("on the bearing ring") << 123.0 << 1.04;
    }
    void clickEmitsBearing()
    {
        QFETCH(double, bearingDeg);
        QFETCH(double, fraction);
        auto map = makeMap();
        QSignalSpy spy(map.get(), &CompassMapWidget::bearingRequested);
        const QPoint at = map->pointForBearing(bearingDeg, fraction).toPoint();
        QTest::mouseClick(map.get(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        const double got = spy.at(0).at(0).toDouble();
        const double diff = std::abs(std::remainder(got - bearingDeg, 360.0));
        // Rounding the point to whole pixels moves it by at most ~0.7 px.
        const double allowedDeg
            = qRadiansToDegrees(0.75 / (fraction * map->compassGeometry().radiusPx()));
        QVERIFY2(diff <= allowedDeg, qPrintable(QString::number(got)));
        // The geometry the test used is the one the widget lays out.
        QCOMPARE(map->compassGeometry().bearingAt(QPointF(at)), got);
    }

    void clicksOutsideOrAtTheCentreAreIgnored_data()
    {
        QTest::addColumn<QPoint>("offsetFromCentre");
        QTest::newRow("centre") << QPoint(0, 0);
        QTest::newRow("corner") << QPoint(-299, -299);
    }
    void clicksOutsideOrAtTheCentreAreIgnored()
    {
        QFETCH(QPoint, offsetFromCentre);
        auto map = makeMap();
        QSignalSpy spy(map.get(), &CompassMapWidget::bearingRequested);
        const QPoint centre = map->compassGeometry().centrePx().toPoint();
        QTest::mouseClick(map.get(), Qt::LeftButton, {}, centre + offsetFromCentre);
        QCOMPARE(spy.count(), 0);
        QTest::mouseClick(map.get(), Qt::RightButton, {}, map->pointForBearing(90, 0.5).toPoint());
        QCOMPARE(spy.count(), 0); // the right button never turns anything
    }

    void hoverText()
    {
        auto map = makeMap();
        QSignalSpy spy(map.get(), &CompassMapWidget::hoverTextChanged);
        const QPoint at = map->pointForBearing(90, 0.5).toPoint();
        QTest::mouseMove(map.get(), at);
        QTRY_VERIFY_WITH_TIMEOUT(!map->hoverText().isEmpty(), 10000);
        const QString text = map->hoverText();
        const double bearing = map->compassGeometry().bearingAt(QPointF(at));
        const double km = map->compassGeometry().distanceKmAt(QPointF(at));
        const geo::GeoPoint point = geo::destination(*geo::locatorToPoint(u"JO70"_qs), bearing, km);
        QVERIFY2(text.contains(u"90°"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"long path 270°"_qs), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 km").arg(std::llround(km))), qPrintable(text));
        QVERIFY2(text.contains(geo::pointToLocator(point, 6)), qPrintable(text));
        QVERIFY(std::abs(km - 5000) < 40);
        QCOMPARE(map->toolTip(), text);
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.last().at(0).toString(), text);

        // Outside the disc there is nothing to tell.
        QTest::mouseMove(map.get(), QPoint(2, 2));
        QTRY_VERIFY_WITH_TIMEOUT(map->hoverText().isEmpty(), 10000);
    }

    // A re-centred view changes what is shown, never where bearings are measured from.
    void recentredClickTurnsFromStation()
    {
        auto map = makeMap();
        QVERIFY(map->setCentreLocator(u"JO70VA"_qs));
        QSignalSpy recentred(map.get(), &CompassMapWidget::recentredChanged);
        map->recentreView(10.0, 0.0);
        QVERIFY(map->isRecentred());
        QCOMPARE(recentred.count(), 1);
        QCOMPARE(recentred.at(0).at(0).toBool(), true);
        waitForMap(*map);

        // Dakar. Its initial great-circle bearing from the centre of JO70VA (50.0208 N,
        // 15.7917 E) is 229.24 deg by the spherical formula; from the view's centre it would be
        // 287.16 deg, and that is what a click used to send.
        const geo::GeoPoint dakar {14.6928, -17.4467};
        const geo::AzimuthalEquidistant view({10.0, 0.0});
        const QPoint at = map->compassGeometry().planeToPx(view.forward(dakar)).toPoint();
        QSignalSpy spy(map.get(), &CompassMapWidget::bearingRequested);
        QTest::mouseClick(map.get(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        const double got = spy.at(0).at(0).toDouble();
        QVERIFY2(std::abs(got - 229.24) < 0.5, qPrintable(QString::number(got)));

        // The hover text speaks of the same bearing and of the distance from the station.
        QTest::mouseMove(map.get(), at);
        QTRY_VERIFY_WITH_TIMEOUT(!map->hoverText().isEmpty(), 10000);
        const QString text = map->hoverText();
        QVERIFY2(text.startsWith(QStringLiteral("%1°").arg(std::lround(got) % 360)),
                 qPrintable(text));
        const double stationKm = geo::distanceKm(*geo::locatorToPoint(u"JO70VA"_qs), dakar);
        QVERIFY2(text.contains(QStringLiteral("%1 km").arg(std::llround(stationKm)))
                     || text.contains(QStringLiteral("%1 km").arg(std::llround(stationKm) + 1))
                     || text.contains(QStringLiteral("%1 km").arg(std::llround(stationKm) - 1))
                     || std::abs(text.section(u" · "_qs, 1, 1).chopped(3).toDouble() - stationKm)
                         < 40,
                 qPrintable(text));

        // The station itself, now off the disc's centre, names no bearing.
        const QPoint stationPx = map->compassGeometry()
                                     .planeToPx(view.forward(*geo::locatorToPoint(u"JO70VA"_qs)))
                                     .toPoint();
        spy.clear();
        QTest::mouseClick(map.get(), Qt::LeftButton, {}, stationPx);
        QCOMPARE(spy.count(), 0);
    }

    void recentredViewSaysSoAndGoesBack()
    {
        auto map = makeMap();
        auto *bar = map->findChild<QWidget *>(u"recentredBar"_qs);
        auto *back = map->findChild<QPushButton *>(u"backToStationButton"_qs);
        QVERIFY(bar && back);
        QVERIFY(!bar->isVisible());
        const double stationLat = map->stationLatDeg();
        const double stationLon = map->stationLonDeg();

        // Through the context menu, as a user does it.
        const QPoint at = map->pointForBearing(200, 0.6).toPoint();
        QSignalSpy recentre(map.get(), &CompassMapWidget::recentreRequested);
        connect(map.get(), &CompassMapWidget::recentreRequested, map.get(),
                &CompassMapWidget::recentreView);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, map->mapToGlobal(at));
        QCoreApplication::sendEvent(map.get(), &event);
        auto *menu = map->findChild<QMenu *>(u"compassMapContextMenu"_qs);
        QVERIFY(menu);
        QAction *recentreAction = nullptr;
        for (QAction *candidate : menu->actions())
            if (candidate->objectName() == u"recentreAction"_qs)
                recentreAction = candidate;
        QVERIFY(recentreAction);
        recentreAction->trigger();
        menu->close();
        QCOMPARE(recentre.count(), 1);
        QVERIFY(map->isRecentred());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->geometry().right() <= map->width());
        auto *label = map->findChild<QLabel *>(u"recentredLabel"_qs);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"JO70"_qs), qPrintable(label->text()));
        QCOMPARE(map->stationLatDeg(), stationLat);
        QCOMPARE(map->stationLonDeg(), stationLon);

        // Beams are still drawn, from the station, and the picture differs from the station's.
        map->setBeams(sampleBeams());
        waitForMap(*map);
        const QImage recentredImage = map->grab().toImage();
        if (qEnvironmentVariableIsSet("ROTORDECK_MAP_PNG"))
            recentredImage.save(qEnvironmentVariable("ROTORDECK_MAP_PNG"));

        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(!map->isRecentred());
        QVERIFY(!bar->isVisible());
        QCOMPARE(map->centreLatDeg(), stationLat);
        QCOMPARE(map->centreLonDeg(), stationLon);
        waitForMap(*map);
        QVERIFY(map->grab().toImage() != recentredImage);
    }

    void zoomLimits_data()
    {
        QTest::addColumn<double>("requestedKm");
        QTest::addColumn<double>("radiusKm");
        QTest::newRow("too close") << 100.0 << 500.0;
        QTest::newRow("minimum") << 500.0 << 500.0;
        QTest::newRow("in range") << 3210.0 << 3210.0;
        QTest::newRow("whole globe") << 20015.0 << 20015.0;
        QTest::newRow("beyond the globe") << 1e6 << 20015.0;
        QTest::newRow("not a number keeps the radius") << std::nan("") << 10000.0;
    }
    void zoomLimits()
    {
        QFETCH(double, requestedKm);
        QFETCH(double, radiusKm);
        CompassMapWidget map;
        map.setRadiusKm(10000);
        QSignalSpy spy(&map, &CompassMapWidget::radiusChanged);
        map.setRadiusKm(requestedKm);
        QCOMPARE(map.radiusKm(), radiusKm);
        QCOMPARE(spy.count(), radiusKm == 10000.0 ? 0 : 1);
    }

    void wheelAndKeysZoom()
    {
        auto map = makeMap();
        const QPointF at = map->pointForBearing(0, 0.3);
        auto wheel = [&](int delta) {
            QWheelEvent event(at, map->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(map.get(), &event);
        };
        wheel(120);
        QVERIFY(map->radiusKm() < 10000);
        for (int i = 0; i < 40; ++i)
            wheel(120);
        QCOMPARE(map->radiusKm(), CompassMapWidget::minRadiusKm);
        for (int i = 0; i < 40; ++i)
            wheel(-120);
        QCOMPARE(map->radiusKm(), CompassMapWidget::maxRadiusKm);
        QTest::keyClick(map.get(), Qt::Key_Plus);
        QVERIFY(std::abs(map->radiusKm() - CompassMapWidget::maxRadiusKm / 1.25) < 1e-6);
        QTest::keyClick(map.get(), Qt::Key_Minus);
        QCOMPARE(map->radiusKm(), CompassMapWidget::maxRadiusKm);
    }

    void beamsRepaintOnlyOnChange()
    {
        auto map = makeMap();
        PaintCounter counter;
        map->installEventFilter(&counter);
        map->setBeams(sampleBeams());
        QTRY_VERIFY_WITH_TIMEOUT(counter.paints >= 1, 10000);
        QCOMPARE(map->beams(), sampleBeams());

        // The same list again: no repaint.
        QCoreApplication::processEvents();
        counter.paints = 0;
        map->setBeams(sampleBeams());
        QCoreApplication::processEvents();
        QTest::qWait(50); // give a wrongly scheduled paint the chance to show up
        QCOMPARE(counter.paints, 0);

        // One field of one beam changed: a repaint.
        QList<MapBeam> moved = sampleBeams();
        moved[1].bearingDeg = 201;
        map->setBeams(moved);
        QTRY_VERIFY_WITH_TIMEOUT(counter.paints >= 1, 10000);
        map->removeEventFilter(&counter);
    }

    // Re-centring renders on the worker thread: the old map stays until the new one is ready,
    // and after a burst of changes the last one wins.
    void recentringRendersInTheBackground()
    {
        auto map = makeMap(QSize(400, 400));
        QSignalSpy rebuilt(map.get(), &CompassMapWidget::mapRebuilt);
        const QImage before = map->grab().toImage();
        for (const char *locator : {"FN31", "GG66", "KP20", "PF95"})
            QVERIFY(map->setCentreLocator(QString::fromLatin1(locator)));
        QVERIFY(!map->isMapCurrent());
        QCOMPARE(map->grab().toImage(), before); // still the old map, nothing blocked
        QTRY_VERIFY_WITH_TIMEOUT(map->isMapCurrent(), 10000);
        QVERIFY(rebuilt.count() >= 1);
        const QImage after = map->grab().toImage();
        QVERIFY(after != before);

        auto direct = std::make_unique<CompassMapWidget>();
        direct->setLocale(QLocale::c());
        direct->resize(400, 400);
        direct->setCentreLocator(QStringLiteral("PF95"));
        direct->setRadiusKm(10000);
        direct->setGreyLineVisible(false);
        direct->setSunMoonVisible(false);
        QCOMPARE(after, direct->grab().toImage());
    }

    // A tracked target's track: marks on its ring where the list says, gone when cleared, and
    // not drawn while the view is centred elsewhere (its bearings are the station's).
    void skyTrackMarksItsRing()
    {
        auto map = makeMap(QSize(400, 400));
        const QImage before = map->grab().toImage();
        MapSkyTrack track;
        track.id = QStringLiteral("sun");
        track.colour = QColor(255, 0, 255);
        track.ringFraction = 0.9;
        track.marks = {{90, QString(), true}, {100, QString(), true}};
        map->setSkyTracks({track});
        QCOMPARE(map->skyTracks().size(), 1);
        const QImage with = map->grab().toImage();
        const QPoint mark = map->pointForBearing(90, 0.9).toPoint();
        const QPoint opposite = map->pointForBearing(270, 0.9).toPoint();
        QCOMPARE(with.pixelColor(mark), QColor(255, 0, 255));
        QCOMPARE(with.pixelColor(opposite), before.pixelColor(opposite));

        map->setSkyTracks({});
        QCOMPARE(map->grab().toImage(), before);

        map->setSkyTracks({track});
        map->recentreView(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(map->isMapCurrent(), 10000);
        QVERIFY(map->grab().toImage().pixelColor(map->pointForBearing(90, 0.9).toPoint())
                != QColor(255, 0, 255));
    }

    // A rotator whose position is unknown (or nonsense) draws nothing at all.
    void unknownPositionDrawsNothing_data()
    {
        QTest::addColumn<double>("bearingDeg");
        QTest::addColumn<bool>("known");
        QTest::newRow("unknown") << 0.0 << false;
        QTest::newRow("not a number") << std::nan("") << true;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << true;
    }
    void unknownPositionDrawsNothing()
    {
        QFETCH(double, bearingDeg);
        QFETCH(bool, known);
        auto map = makeMap(QSize(300, 300));
        const QImage empty = map->grab().toImage();
        MapBeam beam = sampleBeams().at(1);
        beam.bearingDeg = known ? std::optional<double>(bearingDeg) : std::nullopt;
        beam.targetBearingDeg = bearingDeg;
        beam.beamWidthDeg = std::nan("");
        map->setBeams({beam});
        QCOMPARE(map->grab().toImage(), empty);
        // The positive control: a known bearing does change the picture.
        beam.bearingDeg = 90;
        map->setBeams({beam});
        QVERIFY(map->grab().toImage() != empty);
    }

    void contextMenu_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("long path") << u"longPathAction"_qs;
        QTest::newRow("re-centre") << u"recentreAction"_qs;
    }
    void contextMenu()
    {
        QFETCH(QString, action);
        auto map = makeMap();
        QSignalSpy bearingSpy(map.get(), &CompassMapWidget::bearingRequested);
        QSignalSpy recentreSpy(map.get(), &CompassMapWidget::recentreRequested);
        const QPoint at = map->pointForBearing(30, 0.6).toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, map->mapToGlobal(at));
        QCoreApplication::sendEvent(map.get(), &event);
        auto *menu = map->findChild<QMenu *>(u"compassMapContextMenu"_qs);
        QVERIFY(menu);
        auto *item = menu->findChild<QAction *>(action);
        if (!item) { // actions belong to the menu
            const auto actions = menu->actions();
            for (QAction *candidate : actions)
                if (candidate->objectName() == action)
                    item = candidate;
        }
        QVERIFY(item);
        item->trigger();
        const double bearing = map->compassGeometry().bearingAt(QPointF(at));
        if (action == u"longPathAction"_qs) {
            QCOMPARE(bearingSpy.count(), 1);
            QVERIFY(std::abs(bearingSpy.at(0).at(0).toDouble() - (bearing + 180.0)) < 1e-9);
            QVERIFY2(item->text().contains(QString::number(std::lround(bearing + 180.0))),
                     qPrintable(item->text()));
            QCOMPARE(recentreSpy.count(), 0);
        } else {
            QCOMPARE(recentreSpy.count(), 1);
            const geo::GeoPoint expected
                = geo::destination(*geo::locatorToPoint(u"JO70"_qs), bearing,
                                   map->compassGeometry().distanceKmAt(QPointF(at)));
            const geo::GeoPoint got {recentreSpy.at(0).at(0).toDouble(),
                                     recentreSpy.at(0).at(1).toDouble()};
            QVERIFY(geo::distanceKm(got, expected) < 1.0);
            QCOMPARE(bearingSpy.count(), 0);
        }
        menu->close();
    }

    void centreByLocator_data()
    {
        QTest::addColumn<QString>("locator");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("JO70va") << u"JO70va"_qs << true;
        QTest::newRow("lower case") << u"fn31"_qs << true;
        QTest::newRow("garbage") << u"XYZ"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }
    void centreByLocator()
    {
        QFETCH(QString, locator);
        QFETCH(bool, accepted);
        CompassMapWidget map;
        map.setCentre(10, 20);
        QCOMPARE(map.setCentreLocator(locator), accepted);
        if (accepted) {
            const auto point = geo::locatorToPoint(locator);
            QCOMPARE(map.centreLatDeg(), point->latDeg);
            QCOMPARE(map.centreLonDeg(), point->lonDeg);
        } else {
            QCOMPARE(map.centreLatDeg(), 10.0);
            QCOMPARE(map.centreLonDeg(), 20.0);
        }
    }

    // Renders maps for a look (the PNGs land in the build directory) and checks that land,
    // ocean and the beams really got drawn.
    void renderMaps_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("latDeg");
        QTest::addColumn<double>("lonDeg");
        QTest::addColumn<double>("radiusKm");
        const auto at = [](const char *locator) {
            return *geo::locatorToPoint(QString::fromLatin1(locator));
        };
        QTest::newRow("JO70 whole globe")
            << u"JO70-globe"_qs << at("JO70").latDeg << at("JO70").lonDeg << 20015.0;
        QTest::newRow("JO70 10000 km")
            << u"JO70-10000"_qs << at("JO70").latDeg << at("JO70").lonDeg << 10000.0;
        QTest::newRow("JO70 1500 km")
            << u"JO70-1500"_qs << at("JO70").latDeg << at("JO70").lonDeg << 1500.0;
        QTest::newRow("FN31 whole globe")
            << u"FN31-globe"_qs << at("FN31").latDeg << at("FN31").lonDeg << 20015.0;
        QTest::newRow("PF95 whole globe")
            << u"PF95-globe"_qs << at("PF95").latDeg << at("PF95").lonDeg << 20015.0;
        QTest::newRow("PF95 12000 km")
            << u"PF95-12000"_qs << at("PF95").latDeg << at("PF95").lonDeg << 12000.0;
        QTest::newRow("south pole whole globe") << u"southpole-globe"_qs << -90.0 << 0.0 << 20015.0;
        QTest::newRow("south pole 5000 km") << u"southpole-5000"_qs << -90.0 << 0.0 << 5000.0;
        // Light theme, and the 300° rotator selected: its dark zone instead of an overlap arc.
        QTest::newRow("FN31 light, dark zone")
            << u"FN31-light-darkzone"_qs << at("FN31").latDeg << at("FN31").lonDeg << 8000.0;
    }
    void renderMaps()
    {
        QFETCH(QString, name);
        QFETCH(double, latDeg);
        QFETCH(double, lonDeg);
        QFETCH(double, radiusKm);
        auto map = makeMap(QSize(760, 760));
        map->setCentre(latDeg, lonDeg);
        map->setRadiusKm(radiusKm);
        map->setGreyLineVisible(true);
        map->setLocatorGridVisible(name.contains(u"1500"_qs));
        map->setTargetLocator(u"QF56od"_qs); // Sydney
        QList<MapBeam> beams = sampleBeams();
        if (name.contains(u"darkzone"_qs)) {
            beams[0].selected = false;
            beams[3].selected = true;
        }
        map->setDarkTheme(!name.contains(u"light"_qs));
        map->setBeams(beams);
        QTRY_VERIFY_WITH_TIMEOUT(map->isMapCurrent(), 10000);
        const QImage image = map->grab().toImage();
        QVERIFY(image.save(QStringLiteral(MAP_RENDER_DIR "/map-%1.png").arg(name)));

        // Sample the disc: the map must show more than one fill (land and ocean at least).
        QSet<QRgb> colours;
        const geo::CompassGeometry g = map->compassGeometry();
        for (int bearing = 0; bearing < 360; bearing += 7)
            for (double fraction = 0.1; fraction < 0.95; fraction += 0.1)
                colours.insert(image.pixel(g.pointAt(bearing, fraction).toPoint()));
        QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestCompassMapWidget)
#include "tst_compassmapwidget.moc"
