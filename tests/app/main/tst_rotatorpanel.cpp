// SPDX-License-Identifier: GPL-3.0-or-later
// The control panel with real widgets (offscreen) against simulated devices on a real
// mosquitto: elevation units in elevation terms with their half dial, the target a reversal
// holds back, and a stale rotator's silence that keeps counting.
#include "dialogs/rotatorpropertiesdialog.h"
#include "models/rotatorlistmodel.h"
#include "session.h"
#include "widgets/elevationdial.h"
#include "widgets/rotatorpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "devicehttp/devicehttplink.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "protocol/firmwarelimits.h"
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "namedchild.h"
#include "simulatedrotators.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

namespace {
constexpr int timeoutMs = 15000;
constexpr int azimuthIndex = 0;
constexpr int elevationIndex = 1;
} // namespace

class TestRotatorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void elevationUnitSpeaksElevation();
    void azimuthUnitKeepsCompassWords();
    void elevationTargetStaysInRange_data();
    void elevationTargetStaysInRange();
    void dialClickTurnsToRaw();
    void reversalShowsPendingTarget();
    void staleSilenceKeepsCounting();
    void speedOnlyWhileHttpAnswers();
    void propertiesShowHttpAndSetSpeed();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    void show(int index);
    /// Serves the azimuth unit's HTTP side on a free port and points the session at it, as a
    /// user would in Properties.
    void serveAzimuthHttp(const QString &password = {});
    std::unique_ptr<SimulatedHttpServer> m_http;

    BrokerFixture m_broker;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RotatorPanel> m_panel;
    QString m_call;
};

void TestRotatorPanel::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestRotatorPanel::init()
{
    m_call = BrokerFixture::uniqueCall();
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    for (const bool elevation : {false, true}) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = elevation ? QStringLiteral("2") : QStringLiteral("1");
        config.speedDegPerSec = 15.0;
        config.fastInbound = true;
        config.initialRawDeg = elevation ? 30 : 0;
        config.elevation = elevation;
        // Where the app looks for the unit's HTTP side (nothing answers on port 88 there).
        config.ip = QStringLiteral("127.0.0.1");
        if (elevation) {
            config.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
            config.maxRotateDeg = protocol::maxElevationRangeDeg;
        } else {
            config.maxRotateDeg = 360;
        }
        // As the app's own demo, the elevation unit is configured in elevation mode.
        apptest::addSimulatedRotator(*m_sim, *m_session, config,
                                     elevation ? QStringLiteral("El") : QStringLiteral("Az"));
    }
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);

    MqttConnection *connection
        = m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl()));
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(azimuthIndex)->state().rawAzimuthDeg.has_value(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(elevationIndex)->state().elevationMode, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator(elevationIndex)->state().maxRotateDeg,
                              protocol::maxElevationRangeDeg, timeoutMs);

    m_panel = std::make_unique<RotatorPanel>(m_session.get());
    m_panel->resize(360, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRotatorPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_http.reset();
    m_sim.reset();
}

void TestRotatorPanel::serveAzimuthHttp(const QString &password)
{
    m_http = std::make_unique<SimulatedHttpServer>(m_sim->devices().at(azimuthIndex), password);
    const quint16 port = m_http->listenOnLoopback(0);
    QVERIFY(port != 0);
    RotatorSettings settings = m_session->rotatorSettings(rotator(azimuthIndex));
    settings.httpPort = port;
    m_session->updateRotatorSettings(settings);
}

void TestRotatorPanel::show(int index)
{
    m_panel->setSelection({rotator(index)}, rotator(index));
    QCOMPARE(m_panel->primary(), rotator(index));
}

void TestRotatorPanel::elevationUnitSpeaksElevation()
{
    show(elevationIndex);
    const QString placeholder
        = namedChild<QLineEdit>(m_panel.get(), "targetEdit")->placeholderText();
    QVERIFY2(placeholder.contains(QStringLiteral("elevation")), qPrintable(placeholder));
    QVERIFY2(placeholder.contains(QStringLiteral("180")), qPrintable(placeholder));
    QVERIFY2(!placeholder.contains(QStringLiteral("locator")), qPrintable(placeholder));
    QVERIFY2(!placeholder.contains(QStringLiteral("359")), qPrintable(placeholder));
    const QString tip = namedChild<QLineEdit>(m_panel.get(), "targetEdit")->toolTip();
    QVERIFY2(!tip.contains(QStringLiteral("locator"), Qt::CaseInsensitive), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("bearing"), Qt::CaseInsensitive), qPrintable(tip));
    QVERIFY(namedChild<QCheckBox>(m_panel.get(), "longPathBox")->isHidden());
    QVERIFY(!m_panel->isLongPath());
    m_panel->toggleLongPath();
    QVERIFY(!m_panel->isLongPath());
    QVERIFY(namedChild<ElevationDial>(m_panel.get(), "elevationDial")->isVisible());

    // Preview in elevation words: from raw 30 to raw 60 is up.
    namedChild<QLineEdit>(m_panel.get(), "targetEdit")->setText(QStringLiteral("60"));
    QVERIFY(namedChild<QPushButton>(m_panel.get(), "goButton")->isEnabled());
    const QString preview = namedChild<QLabel>(m_panel.get(), "previewLabel")->text();
    QVERIFY2(preview.contains(QStringLiteral("60° el")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("up 30°")), qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("CW")), qPrintable(preview));
    QSignalSpy turn(m_panel.get(), &RotatorPanel::turnRequested);
    QTest::mouseClick(namedChild<QPushButton>(m_panel.get(), "goButton"), Qt::LeftButton);
    QCOMPARE(turn.count(), 1);
    QCOMPARE(turn.at(0).at(0).toDouble(), 60.0);

    namedChild<QLineEdit>(m_panel.get(), "targetEdit")->clear();
    if (qEnvironmentVariableIsSet("ROTORDECK_PANEL_PNG"))
        QVERIFY(m_panel->grab().save(qEnvironmentVariable("ROTORDECK_PANEL_PNG")));
}

void TestRotatorPanel::azimuthUnitKeepsCompassWords()
{
    show(elevationIndex);
    show(azimuthIndex);
    QVERIFY(namedChild<QLineEdit>(m_panel.get(), "targetEdit")
                ->placeholderText()
                .contains(QStringLiteral("locator")));
    QVERIFY(!namedChild<QCheckBox>(m_panel.get(), "longPathBox")->isHidden());
    QVERIFY(namedChild<ElevationDial>(m_panel.get(), "elevationDial")->isHidden());
    namedChild<QLineEdit>(m_panel.get(), "targetEdit")->setText(QStringLiteral("270"));
    QVERIFY(namedChild<QPushButton>(m_panel.get(), "goButton")->isEnabled());
    m_panel->setLongPath(true);
    QVERIFY(m_panel->isLongPath());
    QCOMPARE(m_panel->requestedBearing(), std::optional<double>(90.0));
    // Showing an elevation unit in between keeps the user's long-path choice.
    show(elevationIndex);
    QVERIFY(!m_panel->isLongPath());
    show(azimuthIndex);
    QVERIFY(m_panel->isLongPath());
    m_panel->setLongPath(false);
}

void TestRotatorPanel::elevationTargetStaysInRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("horizon") << QStringLiteral("0") << true;
    QTest::newRow("zenith") << QStringLiteral("90") << true;
    QTest::newRow("other horizon") << QStringLiteral("180") << true;
    QTest::newRow("past the range") << QStringLiteral("181") << false;
    QTest::newRow("a compass bearing") << QStringLiteral("270") << false;
    QTest::newRow("negative") << QStringLiteral("-5") << false;
    QTest::newRow("a locator") << QStringLiteral("JO62qm") << false;
    QTest::newRow("a fraction") << QStringLiteral("45.5") << false;
}

void TestRotatorPanel::elevationTargetStaysInRange()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    show(elevationIndex);
    QSignalSpy locator(m_panel.get(), &RotatorPanel::targetLocatorChanged);
    namedChild<QLineEdit>(m_panel.get(), "targetEdit")->setText(text);
    QCOMPARE(namedChild<QPushButton>(m_panel.get(), "goButton")->isEnabled(), accepted);
    QCOMPARE(m_panel->requestedBearing().has_value(), accepted);
    QSignalSpy turn(m_panel.get(), &RotatorPanel::turnRequested);
    QTest::keyClick(namedChild<QLineEdit>(m_panel.get(), "targetEdit"), Qt::Key_Return);
    QCOMPARE(turn.count(), accepted ? 1 : 0);
    // An elevation unit never puts a locator on the map.
    for (const QList<QVariant> &args : std::as_const(locator))
        QVERIFY(args.at(0).toString().isEmpty());
}

void TestRotatorPanel::dialClickTurnsToRaw()
{
    show(elevationIndex);
    ElevationDial *dial = namedChild<ElevationDial>(m_panel.get(), "elevationDial");
    QSignalSpy sent(rotator(elevationIndex), &Rotator::commandSent);
    QTest::mouseClick(dial, Qt::LeftButton, {}, dial->pointForRaw(120).toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), timeoutMs);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Target"));
    const int sentRaw = sent.at(0).at(1).toByteArray().toInt();
    QVERIFY2(std::abs(sentRaw - 120) <= 1, qPrintable(QString::number(sentRaw)));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::abs(m_sim->devices().at(elevationIndex)->rawAzimuthDeg() - 120) <= 2, timeoutMs);
    // The azimuth unit next to it never takes a raw elevation.
    QSignalSpy azimuthSent(rotator(azimuthIndex), &Rotator::commandSent);
    m_panel->setSelection({rotator(azimuthIndex), rotator(elevationIndex)},
                          rotator(elevationIndex));
    QTest::mouseClick(dial, Qt::LeftButton, {}, dial->pointForRaw(60).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(rotator(elevationIndex)->state().rawTargetDeg.value_or(-1) / 5,
                              60 / 5, timeoutMs);
    QVERIFY(azimuthSent.isEmpty());
}

void TestRotatorPanel::reversalShowsPendingTarget()
{
    show(azimuthIndex);
    RotatorListModel list(m_session.get());
    auto targetCell = [&list] {
        list.flush();
        return list.data(list.index(azimuthIndex, RotatorListModel::TargetColumn)).toString();
    };
    Rotator *az = rotator(azimuthIndex);
    QVERIFY(az->turnToBearing(170).accepted());
    QTRY_VERIFY_WITH_TIMEOUT(az->state().rawAzimuthDeg.value_or(0) > 20, timeoutMs);
    QVERIFY(namedChild<QLabel>(m_panel.get(), "pendingTarget")->isHidden());
    QCOMPARE(targetCell(), QStringLiteral("170°"));

    QCOMPARE(az->turnToBearing(10).code, CommandResult::Code::Queued);
    QVERIFY(az->pendingRawTargetDeg());
    QVERIFY(namedChild<QLabel>(m_panel.get(), "pendingTarget")->isVisible());
    QVERIFY2(
        namedChild<QLabel>(m_panel.get(), "pendingTarget")->text().contains(QStringLiteral("10°")),
        qPrintable(namedChild<QLabel>(m_panel.get(), "pendingTarget")->text()));
    QCOMPARE(targetCell(), QStringLiteral("10° (after stop)"));

    // Once the stop is done the target goes out and is the target.
    QTRY_VERIFY_WITH_TIMEOUT(!az->pendingRawTargetDeg(), timeoutMs);
    QVERIFY(namedChild<QLabel>(m_panel.get(), "pendingTarget")->isHidden());
    QCOMPARE(targetCell(), QStringLiteral("10°"));
}

void TestRotatorPanel::staleSilenceKeepsCounting()
{
    // Its own session on a manual clock: the device (played by a connection) falls silent.
    ManualClock clock;
    Session session(clock);
    const QString call = BrokerFixture::uniqueCall();
    RotatorSettings settings;
    settings.brokerName = apptest::simulatorBrokerName();
    settings.address = RotatorAddress {call, QStringLiteral("1")};
    session.addRotator(settings);
    const BrokerProfile profile = apptest::simulatorBrokerProfile(m_broker.tcpUrl());
    QVERIFY(session.addBroker(profile));
    BrokerProfile deviceProfile = profile;
    deviceProfile.name = QStringLiteral("device");
    MqttConnection device(deviceProfile);
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(device.isConnected(), timeoutMs);
    Rotator *silent = session.rotatorAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(silent->state().link != LinkState::BrokerDown, timeoutMs);
    QVERIFY(device.publish(settings.address.topic(QStringLiteral("AzimuthStop")), "40"));
    QTRY_COMPARE_WITH_TIMEOUT(silent->state().link, LinkState::Live, timeoutMs);

    RotatorPanel panel(&session);
    panel.setSelection({silent}, silent);
    panel.show();
    clock.advanceMs(Rotator::staleAfterMs + 5000);
    QTRY_COMPARE_WITH_TIMEOUT(silent->state().link, LinkState::Stale, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        namedChild<QLabel>(&panel, "statusLabel")->text().startsWith(QStringLiteral("Stale")),
        timeoutMs);
    const QString before = namedChild<QLabel>(&panel, "statusLabel")->text();
    // Nothing in the state changes while it stays silent; the shown silence must still grow.
    QSignalSpy changed(silent, &Rotator::stateChanged);
    clock.advanceMs(3 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(&panel, "statusLabel")->text() != before, 3000);
    QVERIFY2(changed.isEmpty(), "the panel must count without a state change");
    QCOMPARE(silent->state().link, LinkState::Stale);
}

void TestRotatorPanel::speedOnlyWhileHttpAnswers()
{
    show(azimuthIndex);
    auto *spin = namedChild<QSpinBox>(m_panel.get(), "speedSpin");
    auto *set = namedChild<QPushButton>(m_panel.get(), "speedSetButton");
    auto *line = namedChild<QLabel>(m_panel.get(), "httpStatusLabel");
    DeviceHttpLink *link = m_session->httpLink(rotator(azimuthIndex));
    QVERIFY(link);
    QCOMPARE(link->host(), QStringLiteral("127.0.0.1"));

    // Nothing answers on port 88 here: said in one line, SPEED disabled, MQTT unaffected.
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), DeviceHttpClient::Status::Unreachable, timeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().contains(QStringLiteral("unreachable")),
                              qPrintable(line->text()), timeoutMs);
    QVERIFY2(line->text().contains(QStringLiteral("127.0.0.1:88")), qPrintable(line->text()));
    QVERIFY(!set->isEnabled());
    QVERIFY(!spin->isEnabled());
    QCOMPARE(rotator(azimuthIndex)->state().link, LinkState::Live);

    serveAzimuthHttp();
    QTRY_VERIFY_WITH_TIMEOUT(set->isEnabled(), timeoutMs);
    QVERIFY(spin->isEnabled());
    QVERIFY2(line->text().startsWith(QStringLiteral("HTTP: reachable")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(QString(SimulatedHttpServer::firmwareRevision)),
             qPrintable(line->text()));

    spin->setValue(120);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->devices().at(azimuthIndex)->pwmMaxDuty(), 120, timeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().contains(QStringLiteral("SPEED 120 set")),
                              qPrintable(line->text()), timeoutMs);
    QVERIFY(set->isEnabled());
}

void TestRotatorPanel::propertiesShowHttpAndSetSpeed()
{
    serveAzimuthHttp(QStringLiteral("s3cret"));
    Rotator *unit = rotator(azimuthIndex);
    DeviceHttpLink *link = m_session->httpLink(unit);
    QTRY_COMPARE_WITH_TIMEOUT(link->status(), DeviceHttpClient::Status::LoginRefused, timeoutMs);

    RotatorPropertiesDialog dialog(m_session->rotatorSettings(unit), unit->state());
    dialog.setHttpLink(link);
    dialog.show();
    auto *state = namedChild<QLabel>(&dialog, "httpStatusLabel");
    auto *set = namedChild<QPushButton>(&dialog, "speedSetButton");
    QVERIFY2(state->text().contains(QStringLiteral("login refused")), qPrintable(state->text()));
    QVERIFY(!set->isEnabled());

    // The user types the right password; the main window hands it to the session.
    auto *password = namedChild<QLineEdit>(&dialog, "httpPasswordEdit");
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(dialog.isHttpPasswordEdited());
    QVERIFY(dialog.settings().httpLogin);
    m_session->setHttpPassword(unit, dialog.httpPassword()); // no store here: this session only
    QTRY_VERIFY_WITH_TIMEOUT(set->isEnabled(), timeoutMs);
    QVERIFY2(state->text().startsWith(QStringLiteral("HTTP: reachable")),
             qPrintable(state->text()));
    // What MQTT did not tell, HTTP did; the dialog says where it came from.
    QCOMPARE(unit->state().maxRotateSource, ValueSource::DeviceHttp);
    dialog.setState(unit->state());
    QVERIFY2(dialog.sourceLabel(RotatorPropertiesDialog::SourceOf::Range)
                 ->text()
                 .contains(QStringLiteral("HTTP")),
             qPrintable(dialog.sourceLabel(RotatorPropertiesDialog::SourceOf::Range)->text()));

    namedChild<QSpinBox>(&dialog, "speedSpin")->setValue(200);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->devices().at(azimuthIndex)->pwmMaxDuty(), 200, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(&dialog, "speedResultLabel")
                                 ->text()
                                 .contains(QStringLiteral("SPEED 200 set")),
                             timeoutMs);
}

QTEST_MAIN(TestRotatorPanel)
#include "tst_rotatorpanel.moc"
