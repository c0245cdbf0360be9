// SPDX-License-Identifier: GPL-3.0-or-later
// docs/device-protocol.md §10 scenarios 1-24 through a real mosquitto: SimulatorHost on a
// ManualClock (device time advanced by the test), a separate MqttConnection as the client
// subscribed to CALL/ID/ROT/#. Scenario 25 (HTTP) is out of scope.
#include "brokerfixture.h"
#include "core/clock.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulateddevicelink.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

namespace {

constexpr int realTimeoutMs = 10000;

const QStringList commandLeaves = {QStringLiteral("Target"), QStringLiteral("get"),
                                   QStringLiteral("stop"), QStringLiteral("RxAzimuth")};

SimulatedRotatorConfig commonConfig()
{
    SimulatedRotatorConfig c; // §10 common set-up
    c.call = BrokerFixture::uniqueCall();
    c.id = QStringLiteral("01");
    c.name = QStringLiteral("Yagi");
    c.initialRawDeg = 100;
    return c;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

    /// One simulated device plus one observing client, for one scenario.
    struct Scene
    {
        std::unique_ptr<SimulatorHost> host;
        SimulatedRotator *device = nullptr;
        std::unique_ptr<MqttConnection> client;
        QList<MqttMessage> received;
        QString base;
        int syncCounter = 0;
    };

private slots:
    void initTestCase();
    void getWhileStopped();
    void getWhileMoving();
    void moves_data();
    void moves();
    void targetEqualsCurrent();
    void ignoredTargets_data();
    void ignoredTargets();
    void outOfRangeWhileMoving_data();
    void outOfRangeWhileMoving();
    void payloadQuirks_data();
    void payloadQuirks();
    void overlap_data();
    void overlap();
    void stop();
    void reversal();
    void commandTimeout();
    void stall_data();
    void stall();
    void underVoltageTarget();
    void underVoltageWhileMoving();
    void heartbeat();
    void jitter();
    void firstConnect();
    void rxAzimuth_data();
    void rxAzimuth();
    void retainedCommandHazard();
    void inboundRate();
    void malformedInjection();
    void linkDropKeepsCaches();
    // Issue 17: fidelity round two
    void pwmMoveEnd_data();
    void pwmMoveEnd();
    void lowPwmStall();
    void brakeLearning();
    void endStopZones_data();
    void endStopZones();
    void watchdogWithoutPwm_data();
    void watchdogWithoutPwm();
    void oneDegreeMove();
    void ticksAfterReconnect();
    void pingRespTakesATick();
    void keyMoves_data();
    void keyMoves();
    void heldKeyRestartsAfterWatchdog();
    void bootPublication();
    void mqttSourceKeepsAzimuth();
    void reconnect(); // restarts the broker: keep last

private:
    /// `drain`: run device time until the SUBACKs of the connect have been read (§9).
    bool setUp(Scene &scene, const SimulatedRotatorConfig &config, bool observe = true,
               bool drain = true);
    bool drainPackets(Scene &scene);
    bool send(Scene &scene, const char *leaf, const QByteArray &payload = {});
    template<typename Pred> bool runUntil(Scene &scene, Pred pred, qint64 limitMs);
    bool sync(Scene &scene);
    /// Device publications (no commands, no sync markers) received since `from`.
    QList<MqttMessage> published(const Scene &scene, qsizetype from = 0,
                                 bool withTelemetry = false) const;
    QList<int> statuses(const Scene &scene, qsizetype from = 0) const;

    BrokerFixture m_fixture;
    ManualClock m_clock;
};

void TestConformance::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why()));
}

bool TestConformance::setUp(Scene &scene, const SimulatedRotatorConfig &config, bool observe,
                            bool drain)
{
    scene.base = config.call + QLatin1Char('/') + config.id + QLatin1String("/ROT/");
    // Device and client connect at the same time: Paho notices a socket that starts connecting
    // while its receive thread waits on another one only after a ~2 s poll timeout.
    scene.host = std::make_unique<SimulatorHost>(m_fixture.tcpUrl(), m_clock);
    scene.device = scene.host->addDevice(config);
    scene.host->start();
    if (observe) {
        scene.client = std::make_unique<MqttConnection>(m_fixture.profile());
        connect(scene.client.get(), &MqttConnection::messagesReceived, scene.client.get(),
                [&scene](const QList<MqttMessage> &messages) { scene.received += messages; });
        scene.client->subscribe(scene.base + QLatin1Char('#'), 0);
        scene.client->open();
    }
    if (!QTest::qWaitFor(
            [&] {
                return scene.host->readyCount() == 1
                    && (!scene.client || scene.client->isConnected());
            },
            realTimeoutMs))
        return false;
    if (drain && !drainPackets(scene))
        return false;
    return sync(scene);
}

bool TestConformance::drainPackets(Scene &scene)
{
    // Four SUBACKs, one per > 1 s service tick.
    return runUntil(
        scene, [&] { return scene.device->pendingPacketCount() == 0; }, 6000);
}

template<typename Pred> bool TestConformance::runUntil(Scene &scene, Pred pred, qint64 limitMs)
{
    for (qint64 t = 0; t < limitMs; t += SimulatorHost::tickMs) {
        scene.host->advance(SimulatorHost::tickMs);
        if (pred())
            return true;
    }
    return false;
}

bool TestConformance::send(Scene &scene, const char *leaf, const QByteArray &payload)
{
    const int before = scene.device->pendingInboundCount();
    if (!scene.client->publish(scene.base + QLatin1String(leaf), payload, 0, false))
        return false;
    // The message reaches the device in real time; then device time runs to its service tick.
    if (!QTest::qWaitFor([&] { return scene.device->pendingInboundCount() > before; },
                         realTimeoutMs))
        return false;
    // Up to ~5 s after a (re)connect, when the SUBACKs go first (§9).
    return runUntil(
        scene, [&] { return scene.device->pendingInboundCount() <= before; }, 6000);
}

bool TestConformance::sync(Scene &scene)
{
    if (!scene.client)
        return true;
    // Same connection as the device's publications, so a marker arrives after all of them. A new
    // marker every 500 ms covers a client whose subscription the broker has not taken yet.
    const QString topic = scene.base + QLatin1String("zzSync");
    SimulatedDeviceLink *link = scene.host->link(scene.device);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < realTimeoutMs) {
        const QByteArray marker = QByteArray::number(++scene.syncCounter);
        if (!link->publishRaw(QStringLiteral("zzSync"), marker))
            return false;
        if (QTest::qWaitFor(
                [&] {
                    return std::any_of(scene.received.cbegin(), scene.received.cend(),
                                       [&](const MqttMessage &m) {
                                           return m.topic == topic && m.payload == marker;
                                       });
                },
                500))
            return true;
    }
    return false;
}

QList<MqttMessage> TestConformance::published(const Scene &scene, qsizetype from,
                                              bool withTelemetry) const
{
    QList<MqttMessage> out;
    for (qsizetype i = from; i < scene.received.size(); ++i) {
        const MqttMessage &m = scene.received.at(i);
        const QString leaf = m.topic.mid(scene.base.size());
        if (commandLeaves.contains(leaf) || leaf == QLatin1String("zzSync"))
            continue;
        if (!withTelemetry && !m.retained
            && (leaf == QLatin1String("PwmSlowWindowDeg")
                || leaf == QLatin1String("StopToleranceDeg")))
            continue;
        out.append(m);
    }
    return out;
}

QList<int> TestConformance::statuses(const Scene &scene, qsizetype from) const
{
    QList<int> out;
    for (const MqttMessage &m : published(scene, from))
        if (m.topic.endsWith(QLatin1String("/Status")))
            out.append(m.payload.toInt());
    return out;
}

static QStringList leavesOf(const QList<MqttMessage> &messages, const QString &base)
{
    QStringList out;
    for (const MqttMessage &m : messages)
        out.append(m.topic.mid(base.size()) + QLatin1Char('=') + QString::fromUtf8(m.payload));
    return out;
}

static QList<MqttMessage> onLeaf(const QList<MqttMessage> &messages, const QString &leaf)
{
    QList<MqttMessage> out;
    for (const MqttMessage &m : messages)
        if (m.topic.endsWith(QLatin1Char('/') + leaf))
            out.append(m);
    return out;
}

// 1
void TestConformance::getWhileStopped()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    const qint64 sentAt = s.host->deviceNowMs();
    QVERIFY(send(s, "get", "whatever"));
    QVERIFY(s.host->deviceNowMs() - sentAt <= 1100);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(leavesOf(got, s.base),
             (QStringList {QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100"),
                           QStringLiteral("StartAzimuth=0"), QStringLiteral("Name=Yagi")}));
    for (const auto &m : got)
        QVERIFY(!m.retained);
}

// 2
void TestConformance::getWhileMoving()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    QVERIFY(send(s, "Target", "200"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 10000));
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "get"));
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QVERIFY(!onLeaf(got, QStringLiteral("Azimuth")).isEmpty());
    QVERIFY(onLeaf(got, QStringLiteral("AzimuthStop")).isEmpty());
    QVERIFY(onLeaf(got, QStringLiteral("Name")).isEmpty());
    QVERIFY(onLeaf(got, QStringLiteral("StartAzimuth")).isEmpty());
}

// 3, 4
void TestConformance::moves_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<QStringList>("humans");
    QTest::newRow("3 CW") << QByteArray("200") << QList<int> {11, 2, 3, 0}
                          << QStringList {QStringLiteral("PwmUp-CW"), QStringLiteral("CW"),
                                          QStringLiteral("PwmDwn-CW"), QStringLiteral("STOP")};
    QTest::newRow("4 CCW") << QByteArray("50") << QList<int> {-11, -2, -3, 0}
                           << QStringList {QStringLiteral("PwmUp-CCW"), QStringLiteral("CCW"),
                                           QStringLiteral("PwmDwn-CCW"), QStringLiteral("STOP")};
}

void TestConformance::moves()
{
    QFETCH(QByteArray, target);
    QFETCH(QList<int>, expected);
    QFETCH(QStringList, humans);
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", target));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 120000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(statuses(s, from), expected);
    QStringList gotHumans;
    for (qsizetype i = 0; i < got.size(); ++i) {
        QVERIFY(!got.at(i).retained);
        if (got.at(i).topic.endsWith(QLatin1String("/Status"))) {
            QVERIFY(i > 0);
            QCOMPARE(got.at(i - 1).topic, s.base + QLatin1String("StatusHuman"));
            gotHumans.append(QString::fromUtf8(got.at(i - 1).payload));
        }
    }
    QCOMPARE(gotHumans, humans);
    const auto azimuths = onLeaf(got, QStringLiteral("Azimuth"));
    QVERIFY(azimuths.size() >= 10);
    const int dir = target.toInt() > 100 ? 1 : -1;
    for (qsizetype i = 1; i < azimuths.size(); ++i)
        QVERIFY(dir * (azimuths.at(i).payload.toInt() - azimuths.at(i - 1).payload.toInt()) > 0);
    // AzimuthStop comes after Status 0.
    const auto stops = onLeaf(got, QStringLiteral("AzimuthStop"));
    QCOMPARE(stops.size(), 1);
    QVERIFY(got.indexOf(stops.first()) > got.indexOf(onLeaf(got, QStringLiteral("Status")).last()));
    QVERIFY(std::abs(stops.first().payload.toInt() - target.toInt()) <= 2);
    // §6.3: never short of the target in the direction of travel.
    QVERIFY2(dir * (stops.first().payload.toInt() - target.toInt()) >= 0, stops.first().payload);
    QVERIFY(onLeaf(got, QStringLiteral("Debug")).isEmpty());
}

// 5
void TestConformance::targetEqualsCurrent()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "100"));
    s.host->advance(500);
    QVERIFY(sync(s));
    QCOMPARE(statuses(s, from), (QList<int> {-11, -3, 0}));
    const auto got = published(s, from);
    QCOMPARE(leavesOf(got, s.base).last(), QStringLiteral("AzimuthStop=100"));
    QVERIFY(onLeaf(got, QStringLiteral("Azimuth")).isEmpty()); // no motion
}

// 6, 11, 16
void TestConformance::ignoredTargets_data()
{
    QTest::addColumn<int>("maxDeg");
    QTest::addColumn<double>("volts");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("6 out of range") << 360 << 13.0 << QByteArray("500") << QStringList {};
    QTest::newRow("11 dark zone") << 300 << 13.0 << QByteArray("330") << QStringList {};
    QTest::newRow("16 under-voltage")
        << 360 << 11.0 << QByteArray("200")
        << QStringList {QStringLiteral("Debug=Target ignore by under voltage 11,5V POE")};
}

void TestConformance::ignoredTargets()
{
    QFETCH(int, maxDeg);
    QFETCH(double, volts);
    QFETCH(QByteArray, target);
    QFETCH(QStringList, expected);
    auto config = commonConfig();
    config.maxRotateDeg = maxDeg;
    config.supplyVoltageV = volts;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", target));
    s.host->advance(3000);
    QVERIFY(sync(s));
    QCOMPARE(leavesOf(published(s, from), s.base), expected);
    const auto getFrom = s.received.size();
    QVERIFY(send(s, "get"));
    QVERIFY(sync(s));
    QCOMPARE(onLeaf(published(s, getFrom), QStringLiteral("AzimuthStop")).size(), 1); // stopped
}

// 7, B6
void TestConformance::outOfRangeWhileMoving_data()
{
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<bool>("ac");
    QTest::newRow("DC+PWM stops short") << true << false;
    QTest::newRow("DC no PWM keeps running") << false << false;
    QTest::newRow("AC keeps running") << false << true;
}

void TestConformance::outOfRangeWhileMoving()
{
    QFETCH(bool, pwm);
    QFETCH(bool, ac);
    auto config = commonConfig();
    config.pwm = pwm;
    config.motor = ac ? SimulatedRotatorConfig::Motor::Ac : SimulatedRotatorConfig::Motor::Dc;
    Scene s;
    QVERIFY(setUp(s, config));
    QVERIFY(send(s, "Target", "200"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 10000));
    s.host->advance(2000);
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "500"));
    s.host->advance(5000);
    QVERIFY(sync(s));
    if (pwm) {
        QCOMPARE(statuses(s, from), (QList<int> {3, 0}));
        QVERIFY(s.device->rawAzimuthDeg() < 190);
    } else {
        QCOMPARE(statuses(s, from), QList<int> {});
        QVERIFY(runUntil(
            s, [&] { return s.device->rawAzimuthDeg() > 205; }, 60000));
        QCOMPARE(s.device->status(), 2);
    }
}

// 8, 9
void TestConformance::payloadQuirks_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("goesTo");
    QTest::newRow("8 minus") << QByteArray("-10") << 10;
    QTest::newRow("8 decimal") << QByteArray("12.5") << 125;
    QTest::newRow("8 colon") << QByteArray("1:") << 20;
    QTest::newRow("9 empty") << QByteArray() << 0;
    QTest::newRow("9 garbage") << QByteArray("abc") << 0;
}

void TestConformance::payloadQuirks()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, goesTo);
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", payload));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 120000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto stops = onLeaf(published(s, from), QStringLiteral("AzimuthStop"));
    QCOMPARE(stops.size(), 1);
    QVERIFY2(std::abs(stops.first().payload.toInt() - goesTo) <= 2, stops.first().payload);
}

// 10
void TestConformance::overlap_data()
{
    QTest::addColumn<int>("startRaw");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("goesTo");
    QTest::newRow("at 300 CW to 390") << 300 << QByteArray("30") << 390;
    QTest::newRow("at 100 CCW to 30") << 100 << QByteArray("30") << 30;
    QTest::newRow("at 50 CW to 400") << 50 << QByteArray("400") << 400;
}

void TestConformance::overlap()
{
    QFETCH(int, startRaw);
    QFETCH(QByteArray, target);
    QFETCH(int, goesTo);
    auto config = commonConfig();
    config.maxRotateDeg = 450;
    config.initialRawDeg = startRaw;
    config.speedDegPerSec = 6; // a real rotor's speed: faster ones overshoot (§6.5)
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", target));
    QCOMPARE(s.device->rawTargetDeg(), goesTo);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 120000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(statuses(s, from).first(), goesTo > startRaw ? 11 : -11);
    const auto stops = onLeaf(got, QStringLiteral("AzimuthStop"));
    QVERIFY(std::abs(stops.last().payload.toInt() - goesTo) <= 2);
    if (goesTo > 359) {
        int maxSeen = 0;
        for (const auto &m : onLeaf(got, QStringLiteral("Azimuth")))
            maxSeen = std::max(maxSeen, m.payload.toInt());
        QVERIFY(maxSeen > 359);
    }
}

// 12
void TestConformance::stop()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    QVERIFY(send(s, "Target", "200"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 10000));
    s.host->advance(2000);
    QVERIFY(sync(s));
    const auto from = s.received.size();
    const int dutyBefore = s.device->duty();
    QVERIFY(send(s, "stop", "1"));
    const qint64 stopAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    // PWM ramps down by 10 per PwmRampSteps (100 ms).
    QVERIFY(s.host->deviceNowMs() - stopAt >= (dutyBefore / 10 - 1) * 100);
    s.host->advance(500);
    QVERIFY(sync(s));
    QCOMPARE(statuses(s, from), (QList<int> {3, 0}));
    QCOMPARE(onLeaf(published(s, from), QStringLiteral("AzimuthStop")).size(), 1);
    QVERIFY(s.device->rawAzimuthDeg() < 195);

    const auto idleFrom = s.received.size();
    QVERIFY(send(s, "stop"));
    s.host->advance(3000);
    QVERIFY(sync(s));
    QCOMPARE(leavesOf(published(s, idleFrom), s.base), QStringList {});
}

// 13
void TestConformance::reversal()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    QVERIFY(send(s, "Target", "300"));
    QVERIFY(runUntil(
        s, [&] { return s.device->rawAzimuthDeg() >= 150; }, 60000));
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "120"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 60000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto seq = statuses(s, from);
    QVERIFY(seq.size() >= 3);
    QCOMPARE(seq.first(), -11); // no ramp-down (3) first
    QCOMPARE(seq.at(1), -2);
    QCOMPARE(seq.last(), 0);
    QVERIFY(!seq.contains(3));
}

// 14
void TestConformance::commandTimeout()
{
    auto config = commonConfig();
    config.speedDegPerSec = 1.5;
    config.initialRawDeg = 10;
    Scene s;
    QVERIFY(setUp(s, config));
    QVERIFY(send(s, "Target", "300"));
    const qint64 startAt = s.host->deviceNowMs();
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(runUntil(
        s, [&] { return s.device->errorDetected(); }, 125000));
    QVERIFY(s.host->deviceNowMs() - startAt > 120000);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const auto debug = onLeaf(got, QStringLiteral("Debug"));
    QCOMPARE(debug.size(), 1);
    QCOMPARE(debug.first().payload, QByteArray("Stopped by 120s timeout"));
    QCOMPARE(statuses(s, from).mid(statuses(s, from).size() - 2), (QList<int> {3, 0}));
    QVERIFY(got.indexOf(debug.first()) < got.indexOf(onLeaf(got, QStringLiteral("Status")).last()));
}

// 15
void TestConformance::stall_data()
{
    QTest::addColumn<int>("oneTurnLimitSec");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("360 s") << 360
                           << QByteArray("Stopped after not reaching 10\xC2\xB0 change in 10s");
    QTest::newRow("90 s") << 90
                          << QByteArray("Stopped after not reaching 40\xC2\xB0 change in 10s");
}

void TestConformance::stall()
{
    QFETCH(int, oneTurnLimitSec);
    QFETCH(QByteArray, text);
    auto config = commonConfig();
    config.oneTurnLimitSec = oneTurnLimitSec;
    Scene s;
    QVERIFY(setUp(s, config));
    s.device->setBlocked(true);
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "300"));
    const qint64 startAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->errorDetected(); }, 15000));
    const qint64 afterMs = s.host->deviceNowMs() - startAt;
    QVERIFY2(afterMs > 10000 && afterMs < 10200, qPrintable(QString::number(afterMs)));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto debug = onLeaf(published(s, from), QStringLiteral("Debug"));
    QCOMPARE(debug.size(), 1);
    QCOMPARE(debug.first().payload, text);
    const auto seq = statuses(s, from);
    QCOMPARE(seq.mid(seq.size() - 2), (QList<int> {3, 0}));
}

// 16 is a row of ignoredTargets. 17:
void TestConformance::underVoltageWhileMoving()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    QVERIFY(send(s, "Target", "300"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 10000));
    QVERIFY(sync(s));
    const auto from = s.received.size();
    s.device->setSupplyVoltageV(11.0);
    const qint64 dropAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 3; }, 1100));
    QVERIFY(s.host->deviceNowMs() - dropAt <= 1020);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(onLeaf(got, QStringLiteral("Debug")).size(), 1);
    QCOMPARE(onLeaf(got, QStringLiteral("Debug")).first().payload,
             QByteArray("Stopped by under voltage 11,5V POE"));
    QCOMPARE(statuses(s, from), (QList<int> {3, 0}));
    QCOMPARE(onLeaf(got, QStringLiteral("VoltageValue")).first().payload, QByteArray("11.00"));
}

void TestConformance::underVoltageTarget()
{
    // Covered by ignoredTargets("16 under-voltage"); here: the Debug is the only publication
    // even while another command follows.
    auto config = commonConfig();
    config.supplyVoltageV = 11.2;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "200"));
    QVERIFY(send(s, "get"));
    QVERIFY(sync(s));
    QCOMPARE(leavesOf(published(s, from), s.base),
             (QStringList {QStringLiteral("Debug=Target ignore by under voltage 11,5V POE"),
                           QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100"),
                           QStringLiteral("StartAzimuth=0"), QStringLiteral("Name=Yagi")}));
}

// 18
void TestConformance::heartbeat()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    s.host->advance(125000);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(leavesOf(got, s.base),
             (QStringList {QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100"),
                           QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100")}));
    for (const auto &m : got)
        QVERIFY(!m.retained);
}

// 19
void TestConformance::jitter()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    const qint64 startAt = s.host->deviceNowMs();
    for (int i = 0; i < 20; ++i) { // 100 <-> 101 every 300 ms for 6 s
        s.device->setPhysicalPositionDeg(i % 2 ? 100.3 : 101.2);
        s.host->advance(300);
    }
    const qint64 spanMs = s.host->deviceNowMs() - startAt;
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const auto az = onLeaf(got, QStringLiteral("Azimuth"));
    QVERIFY(!az.isEmpty());
    QVERIFY(az.size() <= spanMs / 2000 + 1); // at most one pair per 2 s
    QCOMPARE(onLeaf(got, QStringLiteral("AzimuthStop")).size(), az.size());
}

// 20
void TestConformance::firstConnect()
{
    auto config = commonConfig();
    config.mac = QStringLiteral("02:AA:BB:CC:DD:EE");
    config.ip = QStringLiteral("192.0.2.77");
    Scene s;
    QVERIFY(setUp(s, config));
    SimulatedDeviceLink *link = s.host->link(0);
    QCOMPARE(link->connection()->clientId(), config.mac);
    QStringList subscribed = link->connection()->subscriptions();
    subscribed.sort();
    QCOMPARE(subscribed,
             (QStringList {s.base + QLatin1String("RxAzimuth"), s.base + QLatin1String("Target"),
                           s.base + QLatin1String("get"), s.base + QLatin1String("stop")}));
    QVERIFY(statuses(s).isEmpty());
    // Nothing but the connect set and the one boot publication of the 0-initialised caches.
    const QStringList connectSet {QStringLiteral("ip"),
                                  QStringLiteral("mac"),
                                  QStringLiteral("PwmMaxDuty"),
                                  QStringLiteral("PwmSlowWindowDeg"),
                                  QStringLiteral("PwmTuneAggressiveness"),
                                  QStringLiteral("StopToleranceDeg")};
    QStringList live;
    for (const MqttMessage &m : published(s))
        if (!connectSet.contains(m.topic.mid(s.base.size())))
            live.append(m.topic.mid(s.base.size()) + QLatin1Char('=')
                        + QString::fromUtf8(m.payload));
    QCOMPARE(live,
             (QStringList {QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100"),
                           QStringLiteral("VoltageValue=13.00")}));

    // A client arriving later gets the retained set with retain = 1.
    MqttConnection late(m_fixture.profile());
    QList<MqttMessage> got;
    connect(&late, &MqttConnection::messagesReceived, &late,
            [&got](const QList<MqttMessage> &messages) { got += messages; });
    late.subscribe(s.base + QLatin1Char('#'));
    late.open();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 6, realTimeoutMs);
    QHash<QString, QByteArray> retained;
    for (const auto &m : std::as_const(got)) {
        QVERIFY(m.retained);
        retained.insert(m.topic.mid(s.base.size()), m.payload);
    }
    QCOMPARE(retained.value(QStringLiteral("ip")), QByteArray("192.0.2.77"));
    QCOMPARE(retained.value(QStringLiteral("mac")), QByteArray("02:AA:BB:CC:DD:EE"));
    QCOMPARE(retained.value(QStringLiteral("PwmMaxDuty")), QByteArray("255"));
    QCOMPARE(retained.value(QStringLiteral("PwmSlowWindowDeg")), QByteArray("12.0"));
    QCOMPARE(retained.value(QStringLiteral("PwmTuneAggressiveness")), QByteArray("3"));
    QCOMPARE(retained.value(QStringLiteral("StopToleranceDeg")), QByteArray("0.45"));
}

// 22
void TestConformance::rxAzimuth_data()
{
    QTest::addColumn<bool>("mqttSource");
    QTest::newRow("AZsource MQTT") << true;
    QTest::newRow("AZsource potentiometer") << false;
}

void TestConformance::rxAzimuth()
{
    QFETCH(bool, mqttSource);
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    if (mqttSource)
        s.device->setAzimuthSource(SimulatedRotator::AzimuthSource::Mqtt);
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "RxAzimuth", "123"));
    s.host->advance(2100);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const auto az = onLeaf(got, QStringLiteral("Azimuth"));
    const auto azStop = onLeaf(got, QStringLiteral("AzimuthStop"));
    if (mqttSource) { // stopped: the change goes out as an Azimuth + AzimuthStop pair
        QCOMPARE(az.size(), 1);
        QCOMPARE(az.first().payload, QByteArray("123"));
        QCOMPARE(azStop.size(), 1);
        QCOMPARE(azStop.first().payload, QByteArray("123"));
        QCOMPARE(got.indexOf(azStop.first()), got.indexOf(az.first()) + 1);
    } else {
        QVERIFY(az.isEmpty());
        QVERIFY(azStop.isEmpty());
    }
}

// 23
void TestConformance::retainedCommandHazard()
{
    auto config = commonConfig();
    const QString base = config.call + QLatin1String("/01/ROT/");
    MqttConnection other(m_fixture.profile());
    other.open();
    QTRY_VERIFY_WITH_TIMEOUT(other.isConnected(), realTimeoutMs);
    QVERIFY(other.publish(base + QLatin1String("Target"), "150", 0, true)); // never do this
    Scene s;
    QVERIFY(setUp(s, config, true, false));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 1, realTimeoutMs);
    // Read behind its SUBACK (at the latest behind all four, §9).
    QVERIFY(runUntil(
        s, [&] { return s.device->status() != 0; }, 5200));
    QCOMPARE(s.device->rawTargetDeg(), 150);
    QVERIFY(drainPackets(s));
    // Clear it; the empty message itself is a Target (= go to 0) for the live subscriber (B2).
    QVERIFY(other.publish(base + QLatin1String("Target"), QByteArray(), 0, true));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 1, realTimeoutMs);
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingInboundCount() == 0; }, 1200));
    QCOMPARE(s.device->rawTargetDeg(), 0);
}

// 24
void TestConformance::inboundRate()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    QVERIFY(s.client->publish(s.base + QLatin1String("Target"), "200"));
    QVERIFY(s.client->publish(s.base + QLatin1String("get"), QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 2, realTimeoutMs);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() != 0; }, 1200));
    const qint64 targetAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingInboundCount() == 0; }, 1500));
    const qint64 delayMs = s.host->deviceNowMs() - targetAt;
    QVERIFY2(delayMs > 900 && delayMs <= 1100, qPrintable(QString::number(delayMs)));
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const QStringList leaves = leavesOf(got, s.base);
    QCOMPARE(leaves.first(), QStringLiteral("StatusHuman=PwmUp-CW"));
    QVERIFY(onLeaf(got, QStringLiteral("AzimuthStop")).isEmpty()); // the reply says "moving"
    QVERIFY(!onLeaf(got, QStringLiteral("Azimuth")).isEmpty());
}

// Fault injection: a malformed payload on the device's own topic through its connection.
void TestConformance::malformedInjection()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    QVERIFY(s.host->link(0)->publishRaw(QStringLiteral("Target"), "x9y0z"));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 1, realTimeoutMs);
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingInboundCount() == 0; }, 1200));
    QCOMPARE(s.device->rawTargetDeg(), 90);
    // An oversized packet is dropped like PubSubClient does.
    QVERIFY(s.host->link(0)->publishRaw(QStringLiteral("Target"), QByteArray(300, '1')));
    QVERIFY(send(s, "get"));
    QCOMPARE(s.device->pendingInboundCount(), 0);
    QCOMPARE(s.device->rawTargetDeg(), 90);
}

// Fault injection: the device loses its broker mid-move (B10: caches advance, no resync).
void TestConformance::linkDropKeepsCaches()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    SimulatedDeviceLink *link = s.host->link(0);
    QVERIFY(send(s, "Target", "130"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 10000));
    QVERIFY(sync(s));
    link->close();
    QTRY_VERIFY_WITH_TIMEOUT(!link->isConnected(), realTimeoutMs);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 60000));
    s.host->advance(3000);
    const auto from = s.received.size();
    link->open();
    QTRY_COMPARE_WITH_TIMEOUT(link->connection()->connectCount(), 2, realTimeoutMs);
    s.host->advance(3000);
    QVERIFY(sync(s));
    // Nothing is re-sent after the reconnect: no Status, no Azimuth, no connect set.
    QCOMPARE(leavesOf(published(s, from), s.base), QStringList {});
    const auto getFrom = s.received.size();
    QVERIFY(send(s, "get"));
    QVERIFY(sync(s));
    QCOMPARE(onLeaf(published(s, getFrom), QStringLiteral("AzimuthStop")).size(), 1);
}

// --- Issue 17: fidelity round two ----------------------------------------------------------------

// §6.3: the normal PWM stop is decided on the integer raw azimuth without the lead offset.
void TestConformance::pwmMoveEnd_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("aggressiveness");
    for (const int level : {3, 5}) {
        for (const char *target : {"137", "200", "263", "50", "73"})
            QTest::addRow("to %s, aggressiveness %d", target, level) << QByteArray(target) << level;
    }
}

void TestConformance::pwmMoveEnd()
{
    QFETCH(QByteArray, target);
    QFETCH(int, aggressiveness);
    auto config = commonConfig();
    config.pwmTuneAggressiveness = aggressiveness;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", target));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 120000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const auto stops = onLeaf(got, QStringLiteral("AzimuthStop"));
    QCOMPARE(stops.size(), 1);
    const int endDeg = stops.first().payload.toInt();
    const int dir = target.toInt() > 100 ? 1 : -1;
    // Never short of the target, and only the stop ramp of the last low duty beyond it.
    QVERIFY2(dir * (endDeg - target.toInt()) >= 0 && dir * (endDeg - target.toInt()) <= 2,
             stops.first().payload);
    QVERIFY(onLeaf(got, QStringLiteral("Debug")).isEmpty());
    QCOMPARE(statuses(s, from), (QList<int> {dir * 11, dir * 2, dir * 3, 0}));
}

// §6.3/§7: a slow rotor whose duty tapers too early stands still short of the target.
void TestConformance::lowPwmStall()
{
    auto config = commonConfig();
    config.speedDegPerSec = 1.5;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "140"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 120000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    const auto debug = onLeaf(got, QStringLiteral("Debug"));
    QCOMPARE(debug.size(), 1);
    QCOMPARE(debug.first().payload,
             QByteArray("Forced stop after low PWM stall during CW braking"));
    QCOMPARE(statuses(s, from), (QList<int> {11, 2, 3, 0}));
    // Debug just before the 3 it caused.
    QCOMPARE(got.indexOf(debug.first()) + 2,
             got.indexOf(onLeaf(got, QStringLiteral("Status")).at(2)));
    const int endDeg = onLeaf(got, QStringLiteral("AzimuthStop")).first().payload.toInt();
    QVERIFY2(endDeg < 140 && endDeg >= 135, qPrintable(QString::number(endDeg)));
    QVERIFY(!s.device->errorDetected()); // not a watchdog stop
}

// §6.5: the learned window is republished retained, at most once per 60 s.
void TestConformance::brakeLearning()
{
    auto config = commonConfig();
    config.speedDegPerSec = 30; // far beyond a real rotor: overshoots with the default window
    Scene s;
    QVERIFY(setUp(s, config));
    s.host->advance(60000); // nothing is saved during the first minute after boot either
    QVERIFY(sync(s));
    // What a client subscribing now gets as the retained PwmSlowWindowDeg (the live client sees
    // retain = 0 on forwarded messages).
    const auto retainedWindow = [&]() -> QByteArray {
        MqttConnection late(m_fixture.profile());
        QByteArray payload;
        connect(&late, &MqttConnection::messagesReceived, &late,
                [&payload](const QList<MqttMessage> &messages) {
                    for (const MqttMessage &m : messages)
                        if (m.retained)
                            payload = m.payload;
                });
        late.subscribe(s.base + QLatin1String("PwmSlowWindowDeg"));
        late.open();
        if (!QTest::qWaitFor([&] { return !payload.isEmpty(); }, realTimeoutMs))
            return {};
        return payload;
    };
    const auto moveTo = [&](const char *target) {
        return send(s, "Target", target)
            && runUntil(
                   s, [&] { return s.device->status() == 0; }, 60000);
    };
    QCOMPARE(retainedWindow(), QByteArray("12.0")); // from the connect set
    QVERIFY(moveTo("250"));
    QVERIFY(s.device->rawAzimuthDeg() > 252); // overshot
    const QByteArray learned = QByteArray::number(s.device->slowWindowDeg(), 'f', 1);
    QVERIFY2(s.device->slowWindowDeg() > 12.0, learned);
    QVERIFY(sync(s));
    QCOMPARE(retainedWindow(), learned);

    QVERIFY(moveTo("100")); // learns again, but within 60 s of the last save: not republished
    QVERIFY(QByteArray::number(s.device->slowWindowDeg(), 'f', 1) != learned);
    QCOMPARE(retainedWindow(), learned);

    s.host->advance(60000);
    QVERIFY(moveTo("250"));
    const QByteArray relearned = QByteArray::number(s.device->slowWindowDeg(), 'f', 1);
    QVERIFY(relearned != learned);
    QVERIFY(sync(s));
    QCOMPARE(retainedWindow(), relearned);

    // A stop requested with `stop` does not teach anything (§2.4).
    const double before = s.device->slowWindowDeg();
    QVERIFY(send(s, "Target", "100"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == -2; }, 10000));
    QVERIFY(send(s, "stop"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 10000));
    QCOMPARE(s.device->slowWindowDeg(), before);
}

// §5.4: software end-stop zones, on by default (0.5 V / 2.8 V with the blank-EEPROM calibration
// 392 / 3000 mV: raw ~15 and ~332 of 360).
void TestConformance::endStopZones_data()
{
    QTest::addColumn<bool>("switches");
    QTest::addColumn<int>("startDeg");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("zone near 0") << false << 60 << QByteArray("0");
    QTest::newRow("zone near 360") << false << 300 << QByteArray("360");
    QTest::newRow("inside the zone") << false << 340 << QByteArray("360");
    QTest::newRow("end-stop switches, 0") << true << 60 << QByteArray("0");
    QTest::newRow("end-stop switches, 360") << true << 300 << QByteArray("360");
}

void TestConformance::endStopZones()
{
    QFETCH(bool, switches);
    QFETCH(int, startDeg);
    QFETCH(QByteArray, target);
    auto config = commonConfig();
    config.endstopInstalled = switches;
    config.initialRawDeg = startDeg;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", target));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 60000));
    s.host->advance(2500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QVERIFY(onLeaf(got, QStringLiteral("Debug")).isEmpty());
    const int dir = target.toInt() > startDeg ? 1 : -1;
    if (!switches && startDeg == 340) {
        // ±1 -> 3 by the zone -> 0 within one pass: nothing to see, not even an AzimuthStop.
        QCOMPARE(leavesOf(got, s.base), QStringList {});
        QCOMPARE(s.device->rawAzimuthDeg(), startDeg);
        return;
    }
    QCOMPARE(statuses(s, from), (QList<int> {dir * 11, dir * 2, dir * 3, 0}));
    const int endDeg = onLeaf(got, QStringLiteral("AzimuthStop")).last().payload.toInt();
    const int shortDeg = dir * (target.toInt() - endDeg);
    if (switches)
        QVERIFY2(shortDeg <= 0, qPrintable(QString::number(endDeg)));
    else
        QVERIFY2(shortDeg >= 1, qPrintable(QString::number(endDeg)));
}

// §4.3: a watchdog stop without PWM or with AC: Debug, then only 0.
void TestConformance::watchdogWithoutPwm_data()
{
    QTest::addColumn<bool>("ac");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("DC no PWM, 120 s") << false << false;
    QTest::newRow("AC, 120 s") << true << false;
    QTest::newRow("DC no PWM, stall") << false << true;
    QTest::newRow("AC, stall") << true << true;
}

void TestConformance::watchdogWithoutPwm()
{
    QFETCH(bool, ac);
    QFETCH(bool, blocked);
    auto config = commonConfig();
    config.pwm = false;
    config.motor = ac ? SimulatedRotatorConfig::Motor::Ac : SimulatedRotatorConfig::Motor::Dc;
    config.speedDegPerSec = 1.5;
    config.initialRawDeg = 10;
    Scene s;
    QVERIFY(setUp(s, config));
    s.device->setBlocked(blocked);
    QVERIFY(send(s, "Target", "300"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 2; }, 2000));
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(runUntil(
        s, [&] { return s.device->errorDetected(); }, 125000));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 1000));
    s.host->advance(500);
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(onLeaf(got, QStringLiteral("Debug")).size(), 1);
    QCOMPARE(onLeaf(got, QStringLiteral("Debug")).first().payload,
             blocked ? QByteArray("Stopped after not reaching 10\xC2\xB0 change in 10s")
                     : QByteArray("Stopped by 120s timeout"));
    QCOMPARE(statuses(s, from), QList<int> {0});
    QVERIFY(got.indexOf(onLeaf(got, QStringLiteral("Debug")).first())
            < got.indexOf(onLeaf(got, QStringLiteral("Status")).first()));
}

// §4.3: even a 1° move runs through 2.
void TestConformance::oneDegreeMove()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    const auto from = s.received.size();
    QVERIFY(send(s, "Target", "101"));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 10000));
    s.host->advance(500);
    QVERIFY(sync(s));
    QCOMPARE(statuses(s, from), (QList<int> {11, 2, 3, 0}));
    QCOMPARE(onLeaf(published(s, from), QStringLiteral("AzimuthStop")).first().payload,
             QByteArray("101"));
}

// §9: after a (re)connect the four SUBACKs each use up a service tick.
void TestConformance::ticksAfterReconnect()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    SimulatedDeviceLink *link = s.host->link(0);
    link->close();
    QTRY_VERIFY_WITH_TIMEOUT(!link->isConnected(), realTimeoutMs);
    link->open();
    QTRY_COMPARE_WITH_TIMEOUT(link->connection()->connectCount(), 2, realTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(s.client->isConnected(), realTimeoutMs);
    QVERIFY(s.client->publish(s.base + QLatin1String("get"), QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 1, realTimeoutMs);
    QCOMPARE(s.device->pendingPacketCount(), 5);
    const qint64 sentAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingInboundCount() == 0; }, 6000));
    const qint64 delayMs = s.host->deviceNowMs() - sentAt;
    QVERIFY2(delayMs > 4000 && delayMs <= 5100, qPrintable(QString::number(delayMs)));
}

// §9: a PINGRESP (15 s keep-alive) also takes a tick.
void TestConformance::pingRespTakesATick()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    // Idle until the PINGREQ went out; its PINGRESP waits for the next tick.
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingPacketCount() == 1; }, 20000));
    QCOMPARE(s.device->pendingInboundCount(), 0);
    QVERIFY(s.client->publish(s.base + QLatin1String("get"), QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(s.device->pendingInboundCount(), 1, realTimeoutMs);
    const qint64 sentAt = s.host->deviceNowMs();
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingInboundCount() == 0; }, 3000));
    const qint64 delayMs = s.host->deviceNowMs() - sentAt;
    QVERIFY2(delayMs > 1000 && delayMs <= 2100, qPrintable(QString::number(delayMs)));
}

// §4.3: AzimuthStop follows a key move only on the ±1 path (no PWM / AC), never a manual one.
void TestConformance::keyMoves_data()
{
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<int>("azimuthStops");
    QTest::newRow("manual PWM") << true << QList<int> {21, 22, 23, 0} << 0;
    QTest::newRow("no PWM") << false << QList<int> {1, 11, 2, 3, 0} << 1;
}

void TestConformance::keyMoves()
{
    QFETCH(bool, pwm);
    QFETCH(QList<int>, expected);
    QFETCH(int, azimuthStops);
    auto config = commonConfig();
    config.pwm = pwm;
    Scene s;
    QVERIFY(setUp(s, config));
    const auto from = s.received.size();
    s.device->setKeys(true, false);
    s.host->advance(3000);
    s.device->setKeys(false, false);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    s.host->advance(2500);
    QVERIFY(sync(s));
    QCOMPARE(statuses(s, from), expected);
    // The after-stop AzimuthStop comes alone; the 2 s change check sends Azimuth + AzimuthStop.
    const auto got = published(s, from);
    int alone = 0;
    for (qsizetype i = 0; i < got.size(); ++i)
        if (got.at(i).topic.endsWith(QLatin1String("/AzimuthStop"))
            && (i == 0 || !got.at(i - 1).topic.endsWith(QLatin1String("/Azimuth"))))
            ++alone;
    QCOMPARE(alone, azimuthStops);
}

// The key handler acts on the key level: a held key starts again once Status is back at 0.
void TestConformance::heldKeyRestartsAfterWatchdog()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    s.device->setBlocked(true);
    const auto from = s.received.size();
    s.device->setKeys(true, false);
    QVERIFY(runUntil(
        s, [&] { return s.device->errorDetected(); }, 12000));
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 22; }, 5000));
    s.device->setKeys(false, false);
    QVERIFY(runUntil(
        s, [&] { return s.device->status() == 0; }, 5000));
    s.host->advance(500);
    QVERIFY(sync(s));
    // 23 -> 0 and the held key's 21 fall into one pass: the 0 in between is never published.
    QCOMPARE(statuses(s, from), (QList<int> {21, 22, 23, 21, 22, 23, 0}));
    QCOMPARE(onLeaf(published(s, from), QStringLiteral("Debug")).size(), 1);
}

// §3.1: the Azimuth and VoltageValue caches start at 0, so both go out ~2 s after boot.
void TestConformance::bootPublication()
{
    auto config = commonConfig();
    Scene s;
    QVERIFY(setUp(s, config, true, false));
    const qint64 bootMs = s.host->deviceNowMs();
    const auto from = s.received.size();
    QVERIFY(runUntil(
        s, [&] { return s.device->pendingPacketCount() == 0; }, 6000));
    QVERIFY(sync(s));
    QCOMPARE(leavesOf(published(s, from), s.base),
             (QStringList {QStringLiteral("Azimuth=100"), QStringLiteral("AzimuthStop=100"),
                           QStringLiteral("VoltageValue=13.00")}));
    QVERIFY(s.host->deviceNowMs() - bootMs > 2000);
}

// §2.5: a switch to the MQTT azimuth source keeps the last azimuth until an RxAzimuth arrives.
void TestConformance::mqttSourceKeepsAzimuth()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    s.device->setAzimuthSource(SimulatedRotator::AzimuthSource::Mqtt);
    s.host->advance(2500);
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "get"));
    QVERIFY(sync(s));
    const auto got = published(s, from);
    QCOMPARE(leavesOf(got, s.base).first(), QStringLiteral("Azimuth=100"));
    QCOMPARE(onLeaf(got, QStringLiteral("AzimuthStop")).first().payload, QByteArray("100"));
}

// 21
void TestConformance::reconnect()
{
    Scene s;
    QVERIFY(setUp(s, commonConfig()));
    SimulatedDeviceLink *link = s.host->link(0);
    QCOMPARE(link->connection()->connectCount(), 1);
    QElapsedTimer sinceLoss;
    sinceLoss.start();
    QVERIFY(m_fixture.broker().restart(10000));
    QTRY_COMPARE_WITH_TIMEOUT(link->connection()->connectCount(), 2, 20000);
    const qint64 reconnectMs = sinceLoss.elapsed();
    // The device retries every 5 s: not at once, and soon after the broker is back.
    QVERIFY2(reconnectMs >= 4500 && reconnectMs <= 15000, qPrintable(QString::number(reconnectMs)));
    QTRY_VERIFY_WITH_TIMEOUT(s.client->isConnected(), 20000);
    // Give the client's own resubscription a moment by syncing through the device.
    QVERIFY(sync(s));
    const auto from = s.received.size();
    QVERIFY(send(s, "get")); // re-subscribed: commands work again
    QVERIFY(sync(s));
    QCOMPARE(onLeaf(published(s, from), QStringLiteral("Name")).size(), 1);
    // The broker has no persistence: the retained set is gone and was not sent again (B9).
    MqttConnection late(m_fixture.profile());
    QList<MqttMessage> got;
    connect(&late, &MqttConnection::messagesReceived, &late,
            [&got](const QList<MqttMessage> &messages) { got += messages; });
    late.subscribe(s.base + QLatin1Char('#'));
    late.open();
    QTRY_VERIFY_WITH_TIMEOUT(late.isConnected(), realTimeoutMs);
    QVERIFY(sync(s));
    QTRY_VERIFY_WITH_TIMEOUT(!got.isEmpty(), realTimeoutMs); // at least the sync marker
    for (const auto &m : std::as_const(got))
        QVERIFY2(!m.topic.endsWith(QLatin1String("/ip"))
                     && !m.topic.endsWith(QLatin1String("/mac")),
                 qPrintable(m.topic));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
