// SPDX-License-Identifier: GPL-3.0-or-later
// The DX cluster in the app: the spot list and its filters, the spot layer of the map (hit
// test, hover), and the main window against a fake cluster node and simulated rotators on a
// real mosquitto: login with the callsign, spots in the dock, garbage dropped, a dropped
// connection reconnected, and a spot turning the rotator that serves its band.
#include "mainwindow.h"
#include "models/spotfiltermodel.h"
#include "models/spotlistmodel.h"
#include "session.h"
#include "spotfeed.h"
#include "widgets/compassmapwidget.h"
#include "widgets/spotmaplayer.h"
#include "widgets/spotsdock.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "fakeclusternode.h"
#include "geo/azimuthalequidistant.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatorhost.h"
#include "simulatedrotators.h"

#include "cluster/spotparser.h"

#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
constexpr int timeoutMs = 20000;

// Two entities are enough for continents and centres.
const QByteArray miniCty
    = "Japan:                    25:  45:  AS:   36.40:  -138.38:    -9.0:  JA:\n"
      "    JA,JE,JF;\n"
      "Czech Republic:           15:  28:  EU:   50.00:   -16.00:    -1.0:  OK:\n"
      "    OK,OL;\n";

cluster::DxSpot spot(const char *line)
{
    const auto parsed = cluster::parseSpot(QString::fromLatin1(line));
    if (!parsed)
        qFatal("test spot does not parse: %s", line);
    return *parsed;
}

bool near(double a, double b, double toleranceDeg = 4)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d) <= toleranceDeg;
}
} // namespace

class TestSpots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters();
    void capacityDropsTheOldest();
    void mapLayerHitTest();
    void mapLayerFadesWithAge();
    void noCallsignNoConnection();
    void clusterNodeToRotators();
    void cleanup();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }

    BrokerFixture m_broker;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestSpots::initTestCase()
{
    qRegisterMetaType<cluster::DxSpot>();
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestSpots::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_sim.reset();
}

void TestSpots::filters()
{
    ManualClock clock;
    SpotListModel model(clock);
    model.setStationLocator(QStringLiteral("JO70va"));
    const auto database = dxcc::CountryDatabase::fromBytes(miniCty);
    QVERIFY(database);
    model.setCountryDatabase(*database);
    model.addSpot(
        spot("DX de OK1RR:     14025.0  JA1ABC       CW CQ                          1234Z"));
    clock.advanceMs(20 * 60 * 1000);
    model.addSpot(
        spot("DX de DL1AA:      7074.0  OK1XYZ       FT8 loud                       1254Z"));
    model.addSpot(
        spot("DX de W3LPL:     14074.0  JF2QQQ       FT8 JO70 tnx QSO               1255Z"));
    QCOMPARE(model.rowCount(), 0); // batched
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).spot.dxCall, QStringLiteral("JF2QQQ")); // newest first
    QCOMPARE(model.entry(2).entity, QStringLiteral("Japan"));
    QCOMPARE(model.entry(2).continent, QStringLiteral("AS"));
    QVERIFY(model.entry(2).bearingDeg.has_value());
    // A locator in the comment wins over the entity's centre.
    QVERIFY(model.entry(0).positionFromLocator);
    QVERIFY(model.entry(0).distanceKm && *model.entry(0).distanceKm < 200);

    SpotFilterModel filter;
    filter.setSpotModel(&model);
    QCOMPARE(filter.rowCount(), 3);
    filter.setBand(QStringLiteral("20m"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setMode(QStringLiteral("FT8"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setBand({});
    QCOMPARE(filter.rowCount(), 2);
    filter.setMode({});
    filter.setContinent(QStringLiteral("EU"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, SpotListModel::DxColumn).data().toString(), QStringLiteral("OK1XYZ"));
    filter.setContinent({});
    filter.setMaxAgeMinutes(10);
    QCOMPARE(filter.rowCount(), 2); // JA1ABC is 20 min old
    filter.setMaxAgeMinutes(0);
    filter.setMaxDistanceKm(1000);
    QCOMPARE(filter.rowCount(), 2); // Japan is far; OK1XYZ and the JO70 locator are near
    filter.setMaxDistanceKm(0);
    filter.setText(QStringLiteral("jap"));
    QCOMPARE(filter.rowCount(), 2); // by entity
    filter.setText(QStringLiteral("w3lpl"));
    QCOMPARE(filter.rowCount(), 1); // by spotter
    filter.setText({});
    QCOMPARE(filter.rowCount(), 3);
}

void TestSpots::capacityDropsTheOldest()
{
    ManualClock clock;
    SpotListModel model(clock);
    model.setCapacity(5);
    for (int i = 0; i < 12; ++i) {
        model.addSpot(
            spot("DX de OK1RR:     14025.0  JA1ABC       CQ                             1234Z"));
        if (i % 4 == 3)
            model.flush();
    }
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.entry(0).serial, 12);
    QCOMPARE(model.entry(4).serial, 8);
    QCOMPARE(model.rowOfSerial(3), -1);
    QCOMPARE(model.rowOfSerial(10), 2);
}

void TestSpots::mapLayerHitTest()
{
    ManualClock clock;
    SpotListModel model(clock);
    model.setStationLocator(QStringLiteral("JO70va"));
    model.addSpot(
        spot("DX de W3LPL:     14074.0  JA1ABC       FT8 PM95 tnx                   1255Z"));
    model.addSpot(
        spot("DX de W3LPL:     14074.0  VK2ABC       FT8 QF56 tnx                   1256Z"));
    model.flush();
    CompassMapWidget map;
    map.resize(600, 600);
    map.setCentreLocator(QStringLiteral("JO70va"));
    map.setRadiusKm(20000);
    SpotMapLayer layer(&model);
    map.setSpotLayer(&layer);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.repaint();
    QCOMPARE(layer.drawnCount(), 2);

    const auto station = geo::locatorToPoint(u"JO70va");
    const auto ja = geo::locatorToPoint(u"PM95");
    QVERIFY(station && ja);
    const QPointF px
        = map.compassGeometry().planeToPx(geo::AzimuthalEquidistant(*station).forward(*ja));
    QCOMPARE(layer.spotAt(px + QPointF(2, -2)), model.entry(1).serial);
    QCOMPARE(layer.spotAt(px + QPointF(20, 20)), 0);

    // Hover describes it, a click asks to turn to it (not to the bearing under the mouse).
    QTest::mouseMove(&map, px.toPoint());
    QTRY_VERIFY(map.hoverText().contains(QStringLiteral("JA1ABC")));
    QSignalSpy clicked(&map, &CompassMapWidget::spotClicked);
    QSignalSpy bearing(&map, &CompassMapWidget::bearingRequested);
    QTest::mouseClick(&map, Qt::LeftButton, {}, px.toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), model.entry(1).serial);
    QCOMPARE(bearing.size(), 0);
    // Away from every spot a click is a bearing as before.
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.pointForBearing(90, 0.3).toPoint());
    QCOMPARE(bearing.size(), 1);
}

void TestSpots::mapLayerFadesWithAge()
{
    ManualClock clock;
    SpotListModel model(clock);
    model.addSpot(
        spot("DX de W3LPL:     14074.0  JA1ABC       FT8 PM95 tnx                   1255Z"));
    clock.advanceMs(59 * 60 * 1000);
    model.addSpot(
        spot("DX de W3LPL:     14074.0  VK2ABC       FT8 QF56 tnx                   1256Z"));
    model.flush();
    SpotMapLayer layer(&model);
    const auto station = geo::locatorToPoint(u"JO70va");
    QVERIFY(station);
    const geo::CompassGeometry geometry(QPointF(300, 300), 280, 20000);
    QImage image(600, 600, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        image.fill(Qt::transparent);
        QPainter painter(&image);
        layer.paintDots(painter);
    };
    QVERIFY(layer.place(geometry, *station, 1.0, true));
    QVERIFY(!layer.place(geometry, *station, 1.0, true)); // nothing changed
    paint();
    QCOMPARE(layer.drawnCount(), 2);
    const geo::AzimuthalEquidistant projection(*station);
    const auto alphaAt = [&](QStringView locator) {
        const QPointF px = geometry.planeToPx(projection.forward(*geo::locatorToPoint(locator)));
        return qAlpha(image.pixel(px.toPoint()));
    };
    const int old = alphaAt(u"PM95");
    const int fresh = alphaAt(u"QF56");
    QVERIFY2(fresh > 200 && old < fresh / 2,
             qPrintable(QStringLiteral("%1 %2").arg(old).arg(fresh)));
    // Over an hour on, both are at the faintest level, and the image is drawn again for it.
    const quint64 serial = layer.placementSerial();
    clock.advanceMs(60 * 60 * 1000);
    emit model.agesChanged();
    QVERIFY(layer.place(geometry, *station, 1.0, true));
    paint();
    QVERIFY(layer.placementSerial() > serial);
    QCOMPARE(alphaAt(u"QF56"), alphaAt(u"PM95"));
    QVERIFY(alphaAt(u"QF56") <= old);
}

void TestSpots::noCallsignNoConnection()
{
    FakeClusterNode node;
    QVERIFY(node.start());
    m_session = std::make_unique<Session>(m_clock);
    MainWindow::Context context;
    context.dxCluster = cluster::ClusterNode {QStringLiteral("127.0.0.1"), node.port()};
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    QCOMPARE(m_window->spotFeed()->status(), SpotFeed::Status::NoCallsign);
    QVERIFY(!m_window->spotFeed()->hub()->isRunning());
    QVERIFY(m_window->spotsDock()->statusText().contains(QStringLiteral("callsign")));
    QCOMPARE(node.connectionCount(), 0);
}

void TestSpots::clusterNodeToRotators()
{
    const QString call = BrokerFixture::uniqueCall();
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    m_session->setStationLocator(QStringLiteral("JO70VA"));
    for (int n = 1; n <= 2; ++n) {
        SimulatedRotatorConfig config;
        config.call = call;
        config.id = QString::number(n);
        config.speedDegPerSec = 60;
        config.slowWindowDeg = 50.0;
        config.maxRotateDeg = 360;
        config.fastInbound = true;
        config.initialRawDeg = 0;
        apptest::addSimulatedRotator(*m_sim, *m_session, config, QStringLiteral("R%1").arg(n));
    }
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);
    QVERIFY(m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl())));
    for (int i = 0; i < 2; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(rotator(i)->state().rawAzimuthDeg.has_value(), timeoutMs);
    // R2's antenna serves 20m.
    RotatorSettings r2 = m_session->rotatorSettings(rotator(1));
    r2.bands = {QStringLiteral("20m")};
    m_session->updateRotatorSettings(r2);

    FakeClusterNode node;
    QVERIFY(node.start());
    MainWindow::Context context;
    context.settings.station.callsign = QStringLiteral("OK1XYZ");
    context.dxCluster = cluster::ClusterNode {QStringLiteral("127.0.0.1"), node.port()};
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->spotFeed()->hub()->setReconnectDelaysMs(100, 500);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectRotatorRow(0); // R1 selected

    // Login with the callsign; spots reach the dock.
    QTRY_COMPARE_WITH_TIMEOUT(node.logins(), QStringList {QStringLiteral("OK1XYZ")}, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->spotFeed()->status(), SpotFeed::Status::Online, timeoutMs);
    SpotListModel *model = m_window->spotFeed()->model();
    node.sendLine("DX de OK1RR:     14025.0  JA1ABC       PM95 CQ                        1234Z");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, timeoutMs);
    QCOMPARE(model->entry(0).spot.dxCall, QStringLiteral("JA1ABC"));

    // Garbage, a huge line and bytes that are not UTF-8 are dropped; the next spot still comes.
    node.sendLine("DX de \x01\x02\x03 garbage");
    node.sendLine(QByteArray(100000, 'x'));
    node.sendLine("DX de OK1RR:      7010.0  OK1\xc3\x28       CQ                        1200Z");
    node.sendLine("To ALL de OK1RR: contest this weekend");
    node.sendLine("DX de OK1RR:      7010.0  VK2ABC       QF56 cw                        1235Z");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, timeoutMs);
    QCOMPARE(m_window->spotFeed()->droppedLineCount(), 3);
    QTRY_VERIFY(m_window->spotsDock()->statusText().contains(QStringLiteral("contest")));

    // A dropped connection is reconnected and logged in again.
    node.dropClients();
    QTRY_COMPARE_WITH_TIMEOUT(node.logins().size(), 2, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->spotFeed()->status(), SpotFeed::Status::Online, timeoutMs);

    // The 20m spot turns R2 (it serves 20m), though R1 is selected; the dock says so first.
    SpotsDock *dock = m_window->spotsDock();
    const qint64 ja = model->entry(1).serial;
    const double jaBearing = *model->entry(1).bearingDeg;
    QVERIFY(dock->selectSerial(ja));
    QVERIFY2(dock->routeText().contains(QStringLiteral("R2")), qPrintable(dock->routeText()));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().targetBearingDeg()
                                 && near(*rotator(1)->state().targetBearingDeg(), jaBearing),
                             timeoutMs);
    QVERIFY(!rotator(0)->state().targetBearingDeg()
            || !near(*rotator(0)->state().targetBearingDeg(), jaBearing));

    // The 40m spot: nobody serves 40m, so the selected R1 turns.
    const qint64 vk = model->entry(0).serial;
    const double vkBearing = *model->entry(0).bearingDeg;
    QVERIFY(dock->selectSerial(vk));
    QVERIFY2(dock->routeText().contains(QStringLiteral("R1")), qPrintable(dock->routeText()));
    m_window->turnToSpot(vk);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().targetBearingDeg()
                                 && near(*rotator(0)->state().targetBearingDeg(), vkBearing),
                             timeoutMs);
    m_session->stopAll();
}

QTEST_MAIN(TestSpots)
#include "tst_spots.moc"
