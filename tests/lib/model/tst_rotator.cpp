// SPDX-License-Identifier: GPL-3.0-or-later
// Rotator without a broker: how messages change the state, config precedence, liveness and
// what happens to commands while the broker is down. (Commands on a real broker:
// tests/integration/model/tst_fleet.cpp.)
#include "core/clock.h"
#include "model/rotator.h"

#include "mqtt/mqttconnection.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// "leaf=payload" lines, applied in order.
void feed(Rotator &rotator, const QStringList &messages)
{
    for (const QString &line : messages) {
        const qsizetype eq = line.indexOf(u'=');
        rotator.handleMessage(line.left(eq), line.mid(eq + 1).toUtf8());
    }
}

BrokerProfile unusedProfile()
{
    BrokerProfile profile;
    profile.url = QUrl(u"tcp://127.0.0.1:1"_s);
    return profile;
}

} // namespace

class TestRotator : public QObject
{
    Q_OBJECT

private slots:
    void messages_data();
    void messages();
    void badPayloadChangesNothing_data();
    void badPayloadChangesNothing();
    void stateChangedOnlyOnChange();
    void getReplyWithoutAzimuthStopMeansMoving();
    void configPrecedence_data();
    void configPrecedence();
    void httpValuesBetweenDeviceAndUser();
    void ipKeptForHttp();
    void debugSignal();
    void staleAndBack();
    void retainedAndEchoesAreNoSignOfLife();
    void commandsRefusedWhileBrokerDown();
    void planUsesDeviceValues();
    void speedMeasured();

private:
    MqttConnection m_connection {unusedProfile()};
    ManualClock m_clock;
};

void TestRotator::messages_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<int>("raw"); // -9999 = unknown
    QTest::addColumn<int>("status"); // -9999 = unknown
    QTest::addColumn<bool>("moving");
    QTest::addColumn<int>("target"); // -9999 = none
    QTest::addColumn<int>("bearing"); // -9999 = unknown

    const int none = -9999;
    QTest::newRow("nothing") << QStringList() << none << none << false << none << none;
    QTest::newRow("azimuth-stop-pair") << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s}
                                       << 100 << none << false << none << 100;
    QTest::newRow("cw-move-spec-3")
        << QStringList {u"StatusHuman=PwmUp-CW"_s, u"Status=11"_s, u"Status=2"_s, u"Azimuth=150"_s}
        << 150 << 2 << true << none << 150;
    QTest::newRow("cw-move-finished")
        << QStringList {u"Status=11"_s,        u"Status=2"_s, u"Azimuth=150"_s,    u"Status=3"_s,
                        u"StatusHuman=STOP"_s, u"Status=0"_s, u"AzimuthStop=200"_s}
        << 200 << 0 << false << none << 200;
    QTest::newRow("statushuman-alone-moves")
        << QStringList {u"StatusHuman=CCW"_s} << none << -2 << true << none << none;
    QTest::newRow("manual-key") << QStringList {u"Status=21"_s, u"Status=22"_s} << none << 22
                                << true << none << none;
    QTest::newRow("azimuthstop-proves-stopped")
        << QStringList {u"Status=2"_s, u"AzimuthStop=120"_s} << 120 << 0 << false << none << 120;
    QTest::newRow("start-azimuth-shifts-bearing")
        << QStringList {u"StartAzimuth=180"_s, u"Azimuth=100"_s, u"AzimuthStop=100"_s} << 100
        << none << false << none << 280;
    QTest::newRow("overlap-raw") << QStringList {u"MaxRotateDegree=450"_s, u"Azimuth=400"_s,
                                                 u"AzimuthStop=400"_s}
                                 << 400 << none << false << none << 40;
    QTest::newRow("target-from-other-client")
        << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Target=200"_s} << 100 << none
        << false << 200 << 100;
    QTest::newRow("target-half-rule-applied")
        << QStringList {u"MaxRotateDegree=450"_s, u"Azimuth=300"_s, u"AzimuthStop=300"_s,
                        u"Target=30"_s}
        << 300 << none << false << 390 << 300;
    QTest::newRow("target-out-of-range-ignored")
        << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Target=500"_s} << 100 << none
        << false << none << 100;
    QTest::newRow("target-cleared-after-move")
        << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Target=200"_s,
                        u"Status=11"_s,   u"Status=2"_s,        u"Status=3"_s,
                        u"Status=0"_s,    u"AzimuthStop=200"_s}
        << 200 << 0 << false << none << 200;
    QTest::newRow("target-while-moving-cleared-at-stop")
        << QStringList {u"Azimuth=100"_s, u"Status=2"_s, u"Target=200"_s,     u"Azimuth=150"_s,
                        u"Status=3"_s,    u"Status=0"_s, u"AzimuthStop=200"_s}
        << 200 << 0 << false << none << 200;
    QTest::newRow("target-kept-until-moving")
        << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Target=200"_s,
                        u"AzimuthStop=100"_s}
        << 100 << none << false << 200 << 100;
    QTest::newRow("under-voltage-clears-target")
        << QStringList {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Target=200"_s,
                        u"Debug=Target ignore by under voltage 11,5V POE"_s}
        << 100 << none << false << none << 100;
    QTest::newRow("elevation-mode") << QStringList {u"ElevationEnable=1"_s, u"StartAzimuth=270"_s,
                                                    u"MaxRotateDegree=180"_s, u"Azimuth=90"_s}
                                    << 90 << none << false << none << 90;
    QTest::newRow("pot-below-zero")
        << QStringList {u"Azimuth=-3"_s, u"AzimuthStop=-3"_s} << -3 << none << false << none << 357;
}

void TestRotator::messages()
{
    QFETCH(QStringList, messages);
    QFETCH(int, raw);
    QFETCH(int, status);
    QFETCH(bool, moving);
    QFETCH(int, target);
    QFETCH(int, bearing);

    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    feed(rotator, messages);
    const RotatorState &state = rotator.state();
    QCOMPARE(state.rawAzimuthDeg.value_or(-9999), raw);
    QCOMPARE(state.status.value_or(-9999), status);
    QCOMPARE(state.moving, moving);
    QCOMPARE(state.rawTargetDeg.value_or(-9999), target);
    QCOMPARE(state.bearingDeg().value_or(-9999), bearing);
}

void TestRotator::badPayloadChangesNothing_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("azimuth-text") << u"Azimuth"_s << QByteArray("abc");
    QTest::newRow("azimuth-decimal") << u"Azimuth"_s << QByteArray("12.5");
    QTest::newRow("azimuth-empty") << u"Azimuth"_s << QByteArray();
    QTest::newRow("azimuth-huge") << u"Azimuth"_s << QByteArray(400, '1');
    QTest::newRow("status-unknown") << u"Status"_s << QByteArray("7");
    QTest::newRow("start-out-of-range") << u"StartAzimuth"_s << QByteArray("400");
    QTest::newRow("max-out-of-range") << u"MaxRotateDegree"_s << QByteArray("800");
    QTest::newRow("voltage-nan") << u"VoltageValue"_s << QByteArray("nan");
    QTest::newRow("name-binary") << u"Name"_s << QByteArray("\xff\x00", 2);
    QTest::newRow("target-negative") << u"Target"_s << QByteArray("-10");
}

void TestRotator::badPayloadChangesNothing()
{
    QFETCH(QString, leaf);
    QFETCH(QByteArray, payload);

    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    rotator.setBrokerUp(true);
    feed(rotator, {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"Status=0"_s});
    m_clock.advanceMs(5000);
    const RotatorState before = rotator.state();
    QSignalSpy changed(&rotator, &Rotator::stateChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignored:"_s));
    rotator.handleMessage(leaf, payload);
    QCOMPARE(changed.count(), 0);
    QVERIFY(rotator.state() == before);
}

void TestRotator::stateChangedOnlyOnChange()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    QSignalSpy changed(&rotator, &Rotator::stateChanged);
    rotator.handleMessage(u"Azimuth"_s, "100");
    QCOMPARE(changed.count(), 1);
    rotator.handleMessage(u"AzimuthStop"_s, "100");
    QCOMPARE(changed.count(), 1); // moving stays false, same raw: nothing changed
    rotator.handleMessage(u"Azimuth"_s, "100");
    QCOMPARE(changed.count(), 1);
    rotator.handleMessage(u"Azimuth"_s, "101");
    QCOMPARE(changed.count(), 2);
    rotator.handleMessage(u"get"_s, "");
    QCOMPARE(changed.count(), 2);
    // A later sign of life changes lastMessageUtc even with the same value.
    m_clock.advanceMs(1);
    rotator.handleMessage(u"Azimuth"_s, "101");
    QCOMPARE(changed.count(), 3);
    QCOMPARE(rotator.state().lastMessageUtc, m_clock.nowUtc());
    // Retained and echoed messages are no sign of life: unchanged values signal nothing.
    m_clock.advanceMs(1);
    rotator.handleMessage(u"Azimuth"_s, "101", {.retained = true});
    rotator.handleMessage(u"get"_s, "");
    QCOMPARE(changed.count(), 3);
    // The fast path still runs the stop follow-ups (a stop clears a target seen moving).
    rotator.handleMessage(u"Target"_s, "200");
    rotator.handleMessage(u"Status"_s, "2", {.retained = true});
    QCOMPARE(changed.count(), 5);
    QCOMPARE(rotator.state().rawTargetDeg, std::optional<int>(200));
    m_clock.advanceMs(1);
    rotator.handleMessage(u"Status"_s, "0");
    QCOMPARE(changed.count(), 6);
    QVERIFY(!rotator.state().moving);
    QCOMPARE(rotator.state().rawTargetDeg, std::nullopt);
}

void TestRotator::getReplyWithoutAzimuthStopMeansMoving()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    rotator.setBrokerUp(true);
    // Stopped device: Azimuth followed by AzimuthStop.
    feed(rotator, {u"Azimuth=100"_s, u"AzimuthStop=100"_s, u"StartAzimuth=0"_s, u"Name=Yagi"_s});
    m_clock.advanceMs(3000);
    rotator.poll();
    QVERIFY(!rotator.state().moving);
    QCOMPARE(rotator.state().name, u"Yagi"_s);

    // Moving device (spec §2.3): only Azimuth. Two different values, or silence, mean moving.
    Rotator moving({u"OK1HRA"_s, u"02"_s}, &m_connection, m_clock);
    moving.setBrokerUp(true);
    moving.handleMessage(u"Azimuth"_s, "100");
    QVERIFY(!moving.state().moving);
    m_clock.advanceMs(1600);
    QSignalSpy refused(&moving, &Rotator::commandRefused); // no broker: probes are refused
    moving.poll();
    QVERIFY(moving.state().moving);

    Rotator stream({u"OK1HRA"_s, u"03"_s}, &m_connection, m_clock);
    stream.handleMessage(u"Azimuth"_s, "100");
    stream.handleMessage(u"Azimuth"_s, "103");
    QVERIFY(stream.state().moving);
    stream.handleMessage(u"AzimuthStop"_s, "110");
    QVERIFY(!stream.state().moving);
}

void TestRotator::configPrecedence_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<int>("userMax"); // -1 = not set
    QTest::addColumn<int>("userStartOverride"); // -1 = not set
    QTest::addColumn<int>("max");
    QTest::addColumn<ValueSource>("maxSource");
    QTest::addColumn<int>("start");
    QTest::addColumn<ValueSource>("startSource");

    QTest::newRow("defaults") << QStringList() << -1 << -1 << 360 << ValueSource::Default << 0
                              << ValueSource::Default;
    QTest::newRow("user-max") << QStringList() << 450 << -1 << 450 << ValueSource::User << 0
                              << ValueSource::Default;
    QTest::newRow("device-max-wins") << QStringList {u"MaxRotateDegree=300"_s} << 450 << -1 << 300
                                     << ValueSource::Device << 0 << ValueSource::Default;
    QTest::newRow("device-start") << QStringList {u"StartAzimuth=90"_s} << -1 << -1 << 360
                                  << ValueSource::Default << 90 << ValueSource::Device;
    QTest::newRow("start-override-wins") << QStringList {u"StartAzimuth=90"_s} << -1 << 45 << 360
                                         << ValueSource::Default << 45 << ValueSource::User;
    QTest::newRow("user-max-clamped")
        << QStringList() << 1000 << -1 << 719 << ValueSource::User << 0 << ValueSource::Default;
}

void TestRotator::configPrecedence()
{
    QFETCH(QStringList, messages);
    QFETCH(int, userMax);
    QFETCH(int, userStartOverride);
    QFETCH(int, max);
    QFETCH(ValueSource, maxSource);
    QFETCH(int, start);
    QFETCH(ValueSource, startSource);

    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    RotatorSettings config;
    if (userMax >= 0)
        config.maxRotateDeg = userMax;
    if (userStartOverride >= 0)
        config.startAzimuthOverrideDeg = userStartOverride;
    config.beamWidthDeg = 30;
    rotator.setSettings(config);
    feed(rotator, messages);
    QCOMPARE(rotator.state().maxRotateDeg, max);
    QCOMPARE(rotator.state().maxRotateSource, maxSource);
    QCOMPARE(rotator.state().startAzimuthDeg, start);
    QCOMPARE(rotator.state().startAzimuthSource, startSource);
    QCOMPARE(rotator.state().beamWidthDeg, 30);
    QCOMPARE(rotator.state().beamWidthSource, ValueSource::User);
    rotator.handleMessage(u"AntRadiationAngle"_s, "60");
    QCOMPARE(rotator.state().beamWidthDeg, 60);
    QCOMPARE(rotator.state().beamWidthSource, ValueSource::Device);
}

void TestRotator::httpValuesBetweenDeviceAndUser()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    RotatorSettings config;
    config.maxRotateDeg = 360;
    config.beamWidthDeg = 30;
    rotator.setSettings(config);
    QSignalSpy changed(&rotator, &Rotator::stateChanged);

    // What HTTP read wins over the user's settings: it is the device's own.
    rotator.setHttpValues({.maxRotateDeg = 450, .beamWidthDeg = 60, .elevationMode = false});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rotator.state().maxRotateDeg, 450);
    QCOMPARE(rotator.state().maxRotateSource, ValueSource::DeviceHttp);
    QCOMPARE(rotator.state().beamWidthDeg, 60);
    QCOMPARE(rotator.state().beamWidthSource, ValueSource::DeviceHttp);
    QCOMPARE(rotator.state().elevationSource, ValueSource::DeviceHttp);
    // The same values again change nothing.
    rotator.setHttpValues({.maxRotateDeg = 450, .beamWidthDeg = 60, .elevationMode = false});
    QCOMPARE(changed.count(), 1);

    // What the device publishes on MQTT wins over HTTP (spec: retained topic, else HTTP).
    rotator.handleMessage(u"MaxRotateDegree"_s, "540");
    QCOMPARE(rotator.state().maxRotateDeg, 540);
    QCOMPARE(rotator.state().maxRotateSource, ValueSource::Device);
    QCOMPARE(rotator.state().beamWidthSource, ValueSource::DeviceHttp);

    // Forgotten (another address, HTTP off): back to the user's setting.
    rotator.setHttpValues({});
    QCOMPARE(rotator.state().beamWidthDeg, 30);
    QCOMPARE(rotator.state().beamWidthSource, ValueSource::User);
    QCOMPARE(rotator.state().elevationSource, ValueSource::Default);
    QCOMPARE(rotator.state().maxRotateSource, ValueSource::Device);
}

void TestRotator::ipKeptForHttp()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    rotator.handleMessage(u"ip"_s, "192.168.1.50", MessageOrigin {.retained = true});
    QCOMPARE(rotator.state().ip, u"192.168.1.50"_s);
    rotator.handleMessage(u"ip"_s, "not-an-address");
    QCOMPARE(rotator.state().ip, u"192.168.1.50"_s);
    rotator.handleMessage(u"ip"_s, "10.0.0.7");
    QCOMPARE(rotator.state().ip, u"10.0.0.7"_s);
}

void TestRotator::debugSignal()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    QSignalSpy debug(&rotator, &Rotator::debugReceived);
    rotator.handleMessage(u"Debug"_s, "Stopped by 120s timeout");
    QCOMPARE(debug.count(), 1);
    QCOMPARE(debug.at(0).at(0).toString(), u"Stopped by 120s timeout"_s);
    QCOMPARE(rotator.state().lastDebug, u"Stopped by 120s timeout"_s);
    QCOMPARE(rotator.state().lastDebugUtc, m_clock.nowUtc());
    rotator.handleMessage(u"VoltageValue"_s, "13.25");
    QCOMPARE(rotator.state().voltageV, std::optional<double>(13.25));
    rotator.handleMessage(u"PwmMaxDuty"_s, "200");
    rotator.handleMessage(u"SomethingNew"_s, "42");
    QCOMPARE(rotator.state().otherLeaves.value(u"PwmMaxDuty"_s), u"200"_s);
    QCOMPARE(rotator.state().otherLeaves.value(u"SomethingNew"_s), u"42"_s);
}

void TestRotator::staleAndBack()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    QCOMPARE(rotator.state().link, LinkState::BrokerDown);
    rotator.setBrokerUp(true);
    QCOMPARE(rotator.state().link, LinkState::Unknown);
    feed(rotator, {u"Azimuth=100"_s, u"AzimuthStop=100"_s});
    QCOMPARE(rotator.state().link, LinkState::Live);
    QCOMPARE(rotator.state().lastMessageUtc, m_clock.nowUtc());
    m_clock.advanceMs(Rotator::staleAfterMs);
    rotator.poll();
    QCOMPARE(rotator.state().link, LinkState::Live);
    m_clock.advanceMs(1);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u".*"_s));
    rotator.poll();
    QCOMPARE(rotator.state().link, LinkState::Stale);
    rotator.handleMessage(u"Azimuth"_s, "100");
    QCOMPARE(rotator.state().link, LinkState::Live);
    rotator.setBrokerUp(false);
    QCOMPARE(rotator.state().link, LinkState::BrokerDown);
    rotator.handleMessage(u"Azimuth"_s, "100");
    QCOMPARE(rotator.state().link, LinkState::BrokerDown);
}

void TestRotator::retainedAndEchoesAreNoSignOfLife()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    rotator.setBrokerUp(true);
    rotator.handleMessage(u"MaxRotateDegree"_s, "450", {.retained = true});
    QCOMPARE(rotator.state().maxRotateDeg, 450);
    QCOMPARE(rotator.state().link, LinkState::Unknown);
    rotator.handleMessage(u"get"_s, "1");
    rotator.handleMessage(u"Target"_s, "100");
    rotator.handleMessage(u"stop"_s, "1");
    QCOMPARE(rotator.state().link, LinkState::Unknown);
    QVERIFY(rotator.state().lastMessageUtc.isNull());
    rotator.handleMessage(u"Azimuth"_s, "100");
    QCOMPARE(rotator.state().link, LinkState::Live);
}

void TestRotator::commandsRefusedWhileBrokerDown()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    feed(rotator, {u"Azimuth=100"_s, u"AzimuthStop=100"_s});
    QSignalSpy refused(&rotator, &Rotator::commandRefused);
    QSignalSpy sent(&rotator, &Rotator::commandSent);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u".*"_s));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u".*"_s));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u".*"_s));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u".*"_s));
    QCOMPARE(rotator.turnToBearing(200).code, CommandResult::Code::BrokerDown);
    QCOMPARE(rotator.turnToRaw(200).code, CommandResult::Code::BrokerDown);
    QCOMPARE(rotator.stop().code, CommandResult::Code::BrokerDown);
    QCOMPARE(rotator.refresh().code, CommandResult::Code::BrokerDown);
    QCOMPARE(refused.count(), 4);
    QCOMPARE(sent.count(), 0);
    QVERIFY(!rotator.state().rawTargetDeg);
}

void TestRotator::planUsesDeviceValues()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    CommandResult whyNot;
    QVERIFY(!rotator.planTurnToBearing(90, &whyNot));
    QCOMPARE(whyNot.code, CommandResult::Code::PositionUnknown);
    feed(rotator,
         {u"StartAzimuth=180"_s, u"MaxRotateDegree=450"_s, u"Azimuth=300"_s, u"AzimuthStop=300"_s});
    auto plan = rotator.planTurnToBearing(210); // raw 30 -> firmware goes to 390 from 300
    QVERIFY(plan);
    QCOMPARE(plan->rawTargetDeg, 390);
    QCOMPARE(plan->bearingDeg, 210);
    feed(rotator, {u"MaxRotateDegree=300"_s});
    QVERIFY(!rotator.planTurnToBearing(150, &whyNot)); // raw 330 > 300
    QCOMPARE(whyNot.code, CommandResult::Code::DarkZone);
    // Moving clockwise: a target behind needs a stop first (spec B5).
    feed(rotator, {u"Status=2"_s, u"Azimuth=200"_s});
    plan = rotator.planTurnToBearing(180 + 100);
    QVERIFY(plan);
    QVERIFY(plan->stopFirst);
    plan = rotator.planTurnToBearing(180 + 250);
    QVERIFY(plan);
    QVERIFY(!plan->stopFirst);
}

void TestRotator::speedMeasured()
{
    Rotator rotator({u"OK1HRA"_s, u"01"_s}, &m_connection, m_clock);
    QVERIFY(!rotator.measuredSpeedDegPerSec());
    feed(rotator, {u"Status=11"_s, u"Status=2"_s, u"Azimuth=100"_s});
    for (int i = 1; i <= 10; ++i) {
        m_clock.advanceMs(250);
        rotator.handleMessage(u"Azimuth"_s, QByteArray::number(100 + i));
    }
    const auto speed = rotator.measuredSpeedDegPerSec();
    QVERIFY(speed);
    QVERIFY2(std::abs(*speed - 4.0) < 0.5, qPrintable(QString::number(*speed)));
    feed(rotator, {u"Status=3"_s, u"Status=0"_s});
    const auto plan = rotator.planTurnToBearing(110 + 40);
    QVERIFY(plan);
    QVERIFY(std::abs(plan->estimatedSeconds - 40.0 / *speed) < 0.01);
}

QTEST_GUILESS_MAIN(TestRotator)
#include "tst_rotator.moc"
