// SPDX-License-Identifier: GPL-3.0-or-later
// "Turn to…" a callsign or a prefix, the Sun or the Moon from the main window: the panel reads
// the text with the country file, shows the place, both paths and the other reading before Go;
// Go and the sun and moon actions turn simulated IP-Rotators on a real mosquitto through the
// usual planner and pacing. The sky's time is injected (a ManualClock).
#include "countrydata.h"
#include "mainwindow.h"
#include "models/spotlistmodel.h"
#include "session.h"
#include "spotfeed.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/notificationdock.h"
#include "widgets/rotatorpanel.h"

#include "astro/ephemeris.h"
#include "brokerfixture.h"
#include "cluster/spotparser.h"
#include "core/clock.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "namedchild.h"
#include "protocol/firmwarelimits.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
constexpr int timeoutMs = 20000;
const QString systemFile = QStringLiteral(ROTORDECK_CTY_FILE);

constexpr int azimuthIndex = 0; // "Az" sorts before "El"
constexpr int elevationIndex = 1;
constexpr qint64 hourMs = 3600 * 1000;

int wholeBearing(double deg)
{
    return int(std::lround(deg)) % 360;
}

/// Whole degrees apart on the compass.
int apart(int aDeg, int bDeg)
{
    const int diff = std::abs(aDeg - bDeg) % 360;
    return std::min(diff, 360 - diff);
}
} // namespace

class TestTurnToTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void callsignIsPreviewedThenTurns();
    void longPathTakesTheOtherWay();
    void clusterLocatorIsPreferred();
    void twoReadingsNeedASecondReturn();
    void problemsAreWorded_data();
    void problemsAreWorded();
    void sunTurnsAzimuthAndElevation();
    void sunBelowTheHorizon();
    void moonTurnsAzimuth();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    RotatorPanel *panel() const { return namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"); }
    QLineEdit *field() const { return namedChild<QLineEdit>(panel(), "targetEdit"); }
    QString readingText() const { return namedChild<QLabel>(panel(), "targetReading")->text(); }
    /// The Target the next action sends to the rotator at index, as whole degrees.
    int sentTarget(int index, MainWindow::Command command);
    [[nodiscard]] astro::Station station() const { return {*geo::locatorToPoint(u"JO70VA"), 0.0}; }

    BrokerFixture m_broker;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<CountryData> m_countries;
    /// The instant the Sun and the Moon are computed for: 2026-06-21 00:00 UTC + setNowMs().
    /// sentTarget() found the long-unwind question asked (and accepted it).
    bool m_asked = false;
    ManualClock m_sky {QDateTime(QDate(2026, 6, 21), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTurnToTarget::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    m_countries = std::make_unique<CountryData>(systemFile, m_dir.filePath(u"cty.dat"_qs));
    m_countries->load();
    QVERIFY(!m_countries->isEmpty());
}

void TestTurnToTarget::init()
{
    const QString call = BrokerFixture::uniqueCall();
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    m_session->setStationLocator(u"JO70VA"_qs);
    SimulatedRotatorConfig config;
    config.call = call;
    config.id = u"1"_qs;
    config.speedDegPerSec = 30.0;
    config.slowWindowDeg = 50.0;
    config.maxRotateDeg = 360;
    config.fastInbound = true;
    config.initialRawDeg = 0;
    apptest::addSimulatedRotator(*m_sim, *m_session, config, u"Az"_qs);
    SimulatedRotatorConfig elevation = config;
    elevation.id = u"2"_qs;
    elevation.elevation = true;
    elevation.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
    elevation.maxRotateDeg = protocol::maxElevationRangeDeg;
    apptest::addSimulatedRotator(*m_sim, *m_session, elevation, u"El"_qs);
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);
    MqttConnection *connection
        = m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl()));
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().rawAzimuthDeg.has_value(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(elevationIndex)->state().elevationMode, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator(elevationIndex)->state().maxRotateDeg,
                              protocol::maxElevationRangeDeg, timeoutMs);
    m_sky.setNowMs(0);

    MainWindow::Context context;
    context.countryData = m_countries.get();
    context.skyClock = &m_sky;
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectRotatorRow(0);
    panel()->setLongPath(false);
}

void TestTurnToTarget::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_sim.reset();
}

void TestTurnToTarget::callsignIsPreviewedThenTurns()
{
    field()->setText(u"135"_qs);
    m_window->action(MainWindow::Command::TurnTo)->trigger();
    // "Turn to…" starts a fresh entry, with the cursor in it.
    QCOMPARE(QApplication::focusWidget(), field());
    QVERIFY(field()->text().isEmpty());

    QTest::keyClicks(field(), u"vk2abc"_qs);
    const targeting::TargetReading reading = panel()->targetReading();
    QCOMPARE(reading.reading, targeting::Reading::Callsign);
    QVERIFY(reading.bearingDeg && reading.longPathBearingDeg);
    const QString shown = readingText();
    for (const QString &part : {u"Australia"_qs, u"prefix VK"_qs, u"Short path"_qs, u"long path"_qs,
                                u"km"_qs, u"position:"_qs}) {
        QVERIFY2(shown.contains(part), qPrintable(part + u" in: "_qs + shown));
    }
    // The bearing, and the normal turn preview, before anything is sent.
    const int bearing = wholeBearing(*reading.bearingDeg);
    QVERIFY2(shown.contains(QStringLiteral("%1°").arg(bearing)), qPrintable(shown));
    const QString preview = namedChild<QLabel>(panel(), "previewLabel")->text();
    QVERIFY2(preview.contains(QStringLiteral("→ %1°").arg(bearing)), qPrintable(preview));

    QSignalSpy sent(rotator(0), &Rotator::commandSent);
    QVERIFY(namedChild<QPushButton>(panel(), "goButton")->isEnabled());
    QTest::mouseClick(namedChild<QPushButton>(panel(), "goButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), timeoutMs);
    QCOMPARE(sent.first().at(0).toString(), u"Target"_qs);
    QCOMPARE(sent.first().at(1).toByteArray(), QByteArray::number(bearing));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_sim->devices().at(0)->bearingDeg() - bearing) <= 2,
                             timeoutMs);
}

void TestTurnToTarget::clusterLocatorIsPreferred()
{
    // Without a spot: the country file's position for VK2ABC.
    field()->setText(u"VK2ABC/P"_qs);
    QVERIFY(panel()->targetReading().positionSource != targeting::PositionSource::StationLocator);
    const double countryBearing = *panel()->targetReading().bearingDeg;

    // A cluster spot of the station with its locator in the comment: the preview uses it.
    SpotListModel *spots = m_window->spotFeed()->model();
    const auto spot = cluster::parseSpot(
        u"DX de OK1RR:     14025.0  VK2ABC       QF22 cq                       1234Z"_qs);
    QVERIFY(spot);
    QCOMPARE(spot->dxLocator, u"QF22"_qs);
    spots->addSpot(*spot);
    spots->flush();
    field()->clear();
    field()->setText(u"VK2ABC/P"_qs);
    const targeting::TargetReading reading = panel()->targetReading();
    QCOMPARE(reading.positionSource, targeting::PositionSource::StationLocator);
    QCOMPARE(reading.locator, u"QF22"_qs);
    const geo::GeoPoint station = *geo::locatorToPoint(u"JO70VA"_qs);
    const double expected = geo::initialBearingDeg(station, *geo::locatorToPoint(u"QF22"_qs));
    QVERIFY2(std::abs(*reading.bearingDeg - expected) < 0.01,
             qPrintable(QString::number(*reading.bearingDeg)));
    QVERIFY(std::abs(*reading.bearingDeg - countryBearing) > 0.5);
    QVERIFY2(readingText().contains(u"QF22"_qs), qPrintable(readingText()));
}

void TestTurnToTarget::longPathTakesTheOtherWay()
{
    field()->setText(u"JA1ABC"_qs);
    const targeting::TargetReading reading = panel()->targetReading();
    QVERIFY(reading.bearingDeg && reading.longPathBearingDeg);
    QVERIFY(std::abs(*panel()->requestedBearing() - *reading.bearingDeg) < 1e-6);
    panel()->setLongPath(true);
    QVERIFY(std::abs(*panel()->requestedBearing() - *reading.longPathBearingDeg) < 1e-6);
    // The path Go takes is the one in bold.
    const QString shown = readingText();
    QVERIFY2(shown.contains(
                 QStringLiteral("<b>long path %1°").arg(wholeBearing(*reading.longPathBearingDeg))),
             qPrintable(shown));
    panel()->setLongPath(false);
}

void TestTurnToTarget::twoReadingsNeedASecondReturn()
{
    QSignalSpy turn(panel(), &RotatorPanel::turnRequested);
    field()->setFocus();
    QTest::keyClicks(field(), u"KP20"_qs);
    // Read as a locator (Finland); the prefix reading is offered with the way to force it.
    QCOMPARE(panel()->targetReading().reading, targeting::Reading::Locator);
    QVERIFY2(readingText().contains(u"=KP20"_qs), qPrintable(readingText()));
    QVERIFY2(readingText().contains(u"Virgin"_qs), qPrintable(readingText()));
    if (qEnvironmentVariableIsSet("ROTORDECK_TARGET_PNG")) {
        auto *map = m_window->findChild<CompassMapWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(map->isMapCurrent(), timeoutMs);
        QVERIFY(m_window->grab().save(qEnvironmentVariable("ROTORDECK_TARGET_PNG")));
    }

    // One Return shows which reading is taken and sends nothing; the second turns.
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(turn.count(), 0);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(turn.count(), 1);

    // One click takes the other reading.
    emit namedChild<QLabel>(panel(), "targetReading")->linkActivated(u"alternative"_qs);
    QCOMPARE(field()->text(), u"=KP20"_qs);
    const targeting::TargetReading prefix = panel()->targetReading();
    QCOMPARE(prefix.reading, targeting::Reading::Callsign);
    QVERIFY(prefix.forced);
    QVERIFY2(readingText().contains(u"Virgin"_qs), qPrintable(readingText()));
    // A forced reading is not ambiguous: one Return turns.
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(turn.count(), 2);
    QVERIFY(std::abs(turn.at(1).at(0).toDouble() - *prefix.bearingDeg) < 1e-6);
}

void TestTurnToTarget::problemsAreWorded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown prefix") << u"Q1ABC"_qs << u"No country"_qs;
    QTest::newRow("maritime mobile") << u"OK1ABC/MM"_qs << u"at sea"_qs;
    QTest::newRow("bearing out of range") << u"400"_qs << u"0 to 359"_qs;
    QTest::newRow("forced bad locator") << u"#ZZ99"_qs << u"Not a locator"_qs;
    QTest::newRow("the station itself") << u"JO70VA"_qs << u"station itself"_qs;
}

void TestTurnToTarget::problemsAreWorded()
{
    QFETCH(QString, text);
    QFETCH(QString, said);
    field()->setText(text);
    QVERIFY(!namedChild<QPushButton>(panel(), "goButton")->isEnabled());
    QString why;
    QVERIFY(!panel()->requestedBearing(&why));
    QVERIFY2(why.contains(said), qPrintable(why));
}

int TestTurnToTarget::sentTarget(int index, MainWindow::Command command)
{
    m_window->selectRotatorRow(index);
    if (m_window->selectedRotators() != QList<Rotator *> {rotator(index)})
        qFatal("row %d is not rotator %d", index, index);
    QSignalSpy sent(rotator(index), &Rotator::commandSent);
    m_window->action(command)->trigger();
    // Past 180° from the CCW end stop a 360° rotator asks first, as for a click: say yes.
    m_asked = panel()->unwindBar()->isVisible();
    if (ConfirmBar *bar = panel()->unwindBar(); bar->isVisible())
        QTest::mouseClick(namedChild<QPushButton>(bar, "acceptButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&sent] { return !sent.isEmpty(); }, timeoutMs))
        return -1;
    if (sent.first().at(0).toString() != u"Target"_qs)
        return -2;
    return sent.first().at(1).toByteArray().toInt();
}

void TestTurnToTarget::sunTurnsAzimuthAndElevation()
{
    m_sky.setNowMs(10 * hourMs); // late morning in Prague: the Sun high in the south-east
    const astro::HorizontalPosition sun = astro::sunPosition(station(), m_sky.nowUtc());
    QVERIFY(sun.elevationDeg > 40 && sun.azimuthDeg > 100 && sun.azimuthDeg < 180);
    // The live readout says where it is.
    auto *sky = namedChild<QLabel>(m_window.get(), "skyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        sky->text().contains(QStringLiteral("Sun %1°").arg(wholeBearing(sun.azimuthDeg))),
        timeoutMs);

    // The azimuth rotator takes the azimuth, the elevation unit the (refracted) elevation.
    const int azimuth = sentTarget(azimuthIndex, MainWindow::Command::TurnToSun);
    QVERIFY2(apart(azimuth, wholeBearing(sun.azimuthDeg)) <= 1,
             qPrintable(QString::number(azimuth)));
    const int elevation = sentTarget(elevationIndex, MainWindow::Command::TurnToSun);
    QVERIFY2(std::abs(elevation - std::lround(astro::refractedElevationDeg(sun.elevationDeg))) <= 1,
             qPrintable(QString::number(elevation)));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::abs(m_sim->devices().at(elevationIndex)->rawAzimuthDeg() - elevation) <= 2, timeoutMs);
}

void TestTurnToTarget::sunBelowTheHorizon()
{
    // Midnight in Prague: the Sun is far below the horizon.
    const astro::HorizontalPosition sun = astro::sunPosition(station(), m_sky.nowUtc());
    QVERIFY(sun.elevationDeg < -10);
    auto *notes = namedChild<NotificationDock>(m_window.get(), "notificationDock");
    const int before = notes->count();
    m_window->selectRotatorRow(elevationIndex);
    QSignalSpy sent(rotator(elevationIndex), &Rotator::commandSent);
    m_window->action(MainWindow::Command::TurnToSun)->trigger();
    // The elevation unit refuses with the reason; nothing is sent to it.
    QCOMPARE(notes->count(), before + 1);
    QVERIFY2(notes->textAt(0).contains(u"below the horizon"_qs), qPrintable(notes->textAt(0)));
    QCOMPARE(sent.count(), 0);
    // An azimuth rotator still turns (to wait for sunrise there), and the elevation is said.
    const int azimuth = sentTarget(azimuthIndex, MainWindow::Command::TurnToSun);
    QVERIFY2(apart(azimuth, wholeBearing(sun.azimuthDeg)) <= 1,
             qPrintable(QString::number(azimuth)));
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"below the horizon"_qs) && said.contains(u"elevation"_qs),
             qPrintable(said));
    QCOMPARE(sent.count(), 0);
}

void TestTurnToTarget::moonTurnsAzimuth()
{
    m_sky.setNowMs(20 * hourMs);
    const astro::HorizontalPosition moon = astro::moonPosition(station(), m_sky.nowUtc());
    QVERIFY(moon.azimuthDeg > 180); // a long way round from north: asked first
    const int azimuth = sentTarget(azimuthIndex, MainWindow::Command::TurnToMoon);
    QVERIFY2(apart(azimuth, wholeBearing(moon.azimuthDeg)) <= 1,
             qPrintable(QStringLiteral("%1 for %2").arg(azimuth).arg(moon.azimuthDeg)));
    QVERIFY(m_asked);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Moon"_qs),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestTurnToTarget)
#include "tst_turntotarget.moc"
