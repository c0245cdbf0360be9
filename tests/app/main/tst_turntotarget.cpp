// SPDX-License-Identifier: GPL-3.0-or-later
// "Turn to…" a callsign or a prefix from the main window: the panel reads the text with the
// country file, shows the place, both paths and the other reading before Go, and Go turns a
// simulated IP-Rotator on a real mosquitto through the usual planner and pacing.
#include "countrydata.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/rotatorpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "namedchild.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
constexpr int timeoutMs = 20000;
const QString systemFile = QStringLiteral(ROTORDECK_CTY_FILE);

int wholeBearing(double deg)
{
    return int(std::lround(deg)) % 360;
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
    void twoReadingsNeedASecondReturn();
    void problemsAreWorded_data();
    void problemsAreWorded();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    RotatorPanel *panel() const { return namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"); }
    QLineEdit *field() const { return namedChild<QLineEdit>(panel(), "targetEdit"); }
    QString readingText() const { return namedChild<QLabel>(panel(), "targetReading")->text(); }

    BrokerFixture m_broker;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<CountryData> m_countries;
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
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 1, timeoutMs);
    MqttConnection *connection
        = m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl()));
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().rawAzimuthDeg.has_value(), timeoutMs);

    MainWindow::Context context;
    context.countryData = m_countries.get();
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

QTEST_MAIN(TestTurnToTarget)
#include "tst_turntotarget.moc"
