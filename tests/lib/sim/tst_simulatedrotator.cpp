// SPDX-License-Identifier: GPL-3.0-or-later
// The device model on device time: every model-level conformance scenario of
// docs/device-protocol.md §10, the §2.1 parser table, status sequences and watchdogs.
#include "sim/simulatedrotator.h"

#include <QTest>

namespace {

struct Published
{
    qint64 timeMs;
    QString leaf;
    QByteArray payload;
    bool retained;
};

/// One model plus a recorder of everything it publishes, stepped in 20 ms loop passes.
class Rig
{
public:
    explicit Rig(SimulatedRotatorConfig config = defaultConfig())
        : device(config)
    {
        QObject::connect(&device, &SimulatedRotator::publishRequested, &device,
                         [this](const QString &leaf, const QByteArray &payload, bool retained) {
                             log.append({nowMs, leaf, payload, retained});
                         });
        device.step(nowMs);
    }

    static SimulatedRotatorConfig defaultConfig()
    {
        SimulatedRotatorConfig c;
        c.call = QStringLiteral("OK1HRA");
        c.id = QStringLiteral("01");
        c.name = QStringLiteral("Yagi");
        c.initialRawDeg = 100;
        c.mac = QStringLiteral("02:00:00:00:00:01");
        return c;
    }

    void run(qint64 ms)
    {
        const qint64 end = nowMs + ms;
        while (nowMs < end) {
            nowMs = std::min(end, nowMs + 20);
            device.step(nowMs);
        }
    }
    /// Runs until `pred` holds or `limitMs` passed; returns whether it held.
    template<typename Pred> bool runUntil(Pred pred, qint64 limitMs)
    {
        const qint64 end = nowMs + limitMs;
        while (nowMs < end) {
            nowMs += 20;
            device.step(nowMs);
            if (pred())
                return true;
        }
        return false;
    }
    /// Sends a command and runs until the service tick took it.
    void command(const char *leaf, const QByteArray &payload = {})
    {
        device.handleInbound(QString::fromLatin1(leaf), payload);
        QVERIFY(runUntil([this] { return device.pendingInboundCount() == 0; }, 1200));
    }
    [[nodiscard]] QList<Published> of(const char *leaf, qint64 fromMs = 0) const
    {
        QList<Published> out;
        for (const auto &p : log)
            if (p.leaf == QLatin1String(leaf) && p.timeMs >= fromMs)
                out.append(p);
        return out;
    }
    [[nodiscard]] QList<int> statuses(qint64 fromMs = 0) const
    {
        QList<int> out;
        for (const auto &p : of("Status", fromMs))
            out.append(p.payload.toInt());
        return out;
    }
    [[nodiscard]] QList<qint64> statusTimes(qint64 fromMs = 0) const
    {
        QList<qint64> out;
        for (const auto &p : of("Status", fromMs))
            out.append(p.timeMs);
        return out;
    }
    bool moveToStop(qint64 limitMs = 120000)
    {
        return runUntil(
            [this] { return device.status() == 0 && !of("AzimuthStop", mark).isEmpty(); }, limitMs);
    }

    SimulatedRotator device;
    QList<Published> log;
    qint64 nowMs = 100000;
    qint64 mark = 0;
};

QByteArray degreeText(int n)
{
    return QByteArrayLiteral("Stopped after not reaching ") + QByteArray::number(n)
        + QByteArrayLiteral("\xC2\xB0 change in 10s");
}

} // namespace

class TestSimulatedRotator : public QObject
{
    Q_OBJECT

private slots:
    void parseDigits_data();
    void parseDigits();
    void stallThreshold_data();
    void stallThreshold();
    void getWhileStopped();
    void getWhileMoving();
    void moveSequence_data();
    void moveSequence();
    void targetEqualsCurrent_data();
    void targetEqualsCurrent();
    void outOfRangeWhileStopped_data();
    void outOfRangeWhileStopped();
    void outOfRangeWhileMoving_data();
    void outOfRangeWhileMoving();
    void payloadQuirks_data();
    void payloadQuirks();
    void halfRule_data();
    void halfRule();
    void stopRamp();
    void stopWhileStopped();
    void reversalWithoutRamp();
    void commandTimeout();
    void stall_data();
    void stall();
    void underVoltageTarget();
    void underVoltageWhileMoving();
    void underVoltageNotDuringRamp();
    void heartbeat();
    void jitterWhileStopped();
    void inboundPacing();
    void fastInbound();
    void rxAzimuth_data();
    void rxAzimuth();
    void acKeepsTarget();
    void voltageValue();
    void settersPublishRetained_data();
    void settersPublishRetained();
    void elevationMode();
    void connectSet();
    void telemetry();
    void keys_data();
    void keys();
    void potNoise();
};

// §2.1, every row of the table.
void TestSimulatedRotator::parseDigits_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain") << QByteArray("10") << 10;
    QTest::newRow("leading zero") << QByteArray("045") << 45;
    QTest::newRow("plus sign") << QByteArray("+45") << 45;
    QTest::newRow("whitespace") << QByteArray(" 90\n") << 90;
    QTest::newRow("minus skipped") << QByteArray("-10") << 10;
    QTest::newRow("decimal concatenated") << QByteArray("12.5") << 125;
    QTest::newRow("inner space") << QByteArray("9 0") << 90;
    QTest::newRow("exponent") << QByteArray("1e3") << 13;
    QTest::newRow("letters") << QByteArray("abc") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("colon is ten") << QByteArray("1:") << 20;
    QTest::newRow("wraps") << QByteArray("4294967306") << 10;
    QTest::newRow("wraps negative") << QByteArray("3000000000") << -1294967296;
}

void TestSimulatedRotator::parseDigits()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, expected);
    QCOMPARE(SimulatedRotator::parseDigits(payload), expected);
}

void TestSimulatedRotator::stallThreshold_data()
{
    QTest::addColumn<int>("oneTurnLimitSec");
    QTest::addColumn<int>("thresholdDeg");
    QTest::newRow("20 s") << 20 << 180;
    QTest::newRow("60 s") << 60 << 60;
    QTest::newRow("90 s") << 90 << 40;
    QTest::newRow("120 s") << 120 << 30;
    QTest::newRow("360 s") << 360 << 10;
    QTest::newRow("600 s") << 600 << 6;
    QTest::newRow("integer maths 95 s") << 95 << 40;
}

void TestSimulatedRotator::stallThreshold()
{
    QFETCH(int, oneTurnLimitSec);
    QFETCH(int, thresholdDeg);
    QCOMPARE(SimulatedRotator::stallThresholdDeg(oneTurnLimitSec), thresholdDeg);
}

// §10.1
void TestSimulatedRotator::getWhileStopped()
{
    Rig rig;
    rig.run(3000);
    const qint64 from = rig.nowMs;
    rig.command("get", "anything");
    QList<QString> leaves;
    for (const auto &p : rig.log)
        if (p.timeMs >= from) {
            leaves.append(p.leaf);
            QVERIFY(!p.retained);
        }
    QCOMPARE(leaves,
             (QList<QString> {QStringLiteral("Azimuth"), QStringLiteral("AzimuthStop"),
                              QStringLiteral("StartAzimuth"), QStringLiteral("Name")}));
    QCOMPARE(rig.of("Azimuth", from).first().payload, QByteArray("100"));
    QCOMPARE(rig.of("AzimuthStop", from).first().payload, QByteArray("100"));
    QCOMPARE(rig.of("StartAzimuth", from).first().payload, QByteArray("0"));
    QCOMPARE(rig.of("Name", from).first().payload, QByteArray("Yagi"));
    QVERIFY(rig.of("Status").isEmpty());
    QVERIFY(rig.nowMs - from <= 1100);
}

// §10.2
void TestSimulatedRotator::getWhileMoving()
{
    Rig rig;
    rig.command("Target", "300");
    QVERIFY(rig.runUntil([&] { return rig.device.status() == 2; }, 10000));
    const qint64 from = rig.nowMs;
    rig.device.handleInbound(QStringLiteral("get"), {});
    QVERIFY(rig.runUntil([&] { return rig.device.pendingInboundCount() == 0; }, 1200));
    QCOMPARE(rig.of("AzimuthStop", from).size(), 0);
    QCOMPARE(rig.of("Name", from).size(), 0);
    QVERIFY(rig.of("Azimuth", from).size() >= 1);
}

// §10.3, §10.4 and §4.3 for every drive mode.
void TestSimulatedRotator::moveSequence_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<bool>("ac");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<int>("stopNear");
    QTest::newRow("CW pwm") << QByteArray("200") << true << false << QList<int> {11, 2, 3, 0}
                            << 200;
    QTest::newRow("CCW pwm") << QByteArray("50") << true << false << QList<int> {-11, -2, -3, 0}
                             << 50;
    QTest::newRow("CW no pwm") << QByteArray("200") << false << false << QList<int> {11, 2, 3, 0}
                               << 200;
    QTest::newRow("CCW ac") << QByteArray("50") << false << true << QList<int> {-11, -2, -3, 0}
                            << 50;
    // The start floor applies only while the duty is 0: even a 1° move runs through 2 (§4.3).
    QTest::newRow("short pwm") << QByteArray("101") << true << false << QList<int> {11, 2, 3, 0}
                               << 101;
}

void TestSimulatedRotator::moveSequence()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, pwm);
    QFETCH(bool, ac);
    QFETCH(QList<int>, expected);
    QFETCH(int, stopNear);
    auto config = Rig::defaultConfig();
    config.pwm = pwm;
    config.motor = ac ? SimulatedRotatorConfig::Motor::Ac : SimulatedRotatorConfig::Motor::Dc;
    Rig rig(config);
    rig.run(3000);
    rig.mark = rig.nowMs;
    rig.command("Target", target);
    QVERIFY(rig.moveToStop());
    QCOMPARE(rig.statuses(), expected);
    // StatusHuman goes just before Status.
    for (int i = 1; i < rig.log.size(); ++i)
        if (rig.log.at(i).leaf == QLatin1String("Status")) {
            QCOMPARE(rig.log.at(i - 1).leaf, QStringLiteral("StatusHuman"));
            QCOMPARE(rig.log.at(i - 1).payload,
                     SimulatedRotator::statusHuman(rig.log.at(i).payload.toInt()).toLatin1());
        }
    const auto azimuths = rig.of("Azimuth", rig.mark);
    QVERIFY(azimuths.size() >= 1 || std::abs(stopNear - 100) <= 2);
    for (int i = 1; i < azimuths.size(); ++i) {
        QVERIFY2(azimuths.at(i).timeMs - azimuths.at(i - 1).timeMs >= 100, "Azimuth too fast");
        QVERIFY(azimuths.at(i).payload != azimuths.at(i - 1).payload);
    }
    const int stopDeg = rig.of("AzimuthStop", rig.mark).last().payload.toInt();
    QVERIFY2(std::abs(stopDeg - stopNear) <= 2, qPrintable(QString::number(stopDeg)));
    // §6.3: with PWM the stop is decided on the integer raw azimuth without a lead, so a CW move
    // never ends below its target and a CCW move never above it.
    const int dir = stopNear > 100 ? 1 : -1;
    if (pwm)
        QVERIFY2(dir * (stopDeg - stopNear) >= 0, qPrintable(QString::number(stopDeg)));
    QVERIFY(rig.of("Debug").isEmpty());
    // The AzimuthStop comes one pass after Status 0.
    QVERIFY(rig.of("AzimuthStop", rig.mark).last().timeMs > rig.of("Status").last().timeMs);
}

// §10.5
void TestSimulatedRotator::targetEqualsCurrent_data()
{
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("pwm") << true << QList<int> {-11, -3, 0};
    QTest::newRow("no pwm") << false << QList<int> {-11, -2, -3, 0};
}

void TestSimulatedRotator::targetEqualsCurrent()
{
    QFETCH(bool, pwm);
    QFETCH(QList<int>, expected);
    auto config = Rig::defaultConfig();
    config.pwm = pwm;
    Rig rig(config);
    rig.mark = rig.nowMs;
    rig.command("Target", "100");
    QVERIFY(rig.moveToStop(5000));
    QCOMPARE(rig.statuses(), expected);
    const auto times = rig.statusTimes();
    for (int i = 1; i < times.size(); ++i)
        QCOMPARE(times.at(i) - times.at(i - 1), qint64(20)); // consecutive loop passes
    if (pwm) { // no motion at all
        QCOMPARE(rig.of("AzimuthStop", rig.mark).last().payload, QByteArray("100"));
        QCOMPARE(rig.device.physicalPositionDeg(), 100.0);
    } else { // full power for one pass: a hair CCW, the truncating sensor may say 99
        QVERIFY(std::abs(rig.of("AzimuthStop", rig.mark).last().payload.toInt() - 100) <= 1);
    }
}

// §10.6, §10.11
void TestSimulatedRotator::outOfRangeWhileStopped_data()
{
    QTest::addColumn<int>("maxDeg");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("above max") << 360 << QByteArray("500");
    QTest::newRow("dark zone") << 300 << QByteArray("330");
    QTest::newRow("wrapped negative") << 360 << QByteArray("3000000000");
}

void TestSimulatedRotator::outOfRangeWhileStopped()
{
    QFETCH(int, maxDeg);
    QFETCH(QByteArray, target);
    auto config = Rig::defaultConfig();
    config.maxRotateDeg = maxDeg;
    Rig rig(config);
    rig.run(3000);
    const qint64 from = rig.nowMs;
    rig.command("Target", target);
    rig.run(3000);
    for (const auto &p : rig.log)
        QVERIFY2(p.timeMs < from || p.leaf.startsWith(QLatin1String("Pwm"))
                     || p.leaf == QLatin1String("StopToleranceDeg"),
                 qPrintable(p.leaf));
    QCOMPARE(rig.device.status(), 0);
    QCOMPARE(rig.device.rawTargetDeg(), -1);
    rig.command("get");
    QCOMPARE(rig.of("AzimuthStop", from).size(), 1);
}

// §10.7 and B6
void TestSimulatedRotator::outOfRangeWhileMoving_data()
{
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<bool>("stops");
    QTest::newRow("pwm stops short") << true << true;
    QTest::newRow("no pwm keeps running") << false << false;
}

void TestSimulatedRotator::outOfRangeWhileMoving()
{
    QFETCH(bool, pwm);
    QFETCH(bool, stops);
    auto config = Rig::defaultConfig();
    config.pwm = pwm;
    Rig rig(config);
    rig.command("Target", "200");
    QVERIFY(rig.runUntil([&] { return rig.device.status() == 2; }, 10000));
    rig.run(2000);
    const qint64 from = rig.nowMs;
    rig.command("Target", "500");
    rig.run(4000);
    if (stops) {
        QCOMPARE(rig.statuses(from), (QList<int> {3, 0}));
        QVERIFY(rig.device.rawAzimuthDeg() < 190);
    } else {
        QCOMPARE(rig.statuses(from), QList<int> {});
        QCOMPARE(rig.device.status(), 2);
        QVERIFY(rig.runUntil([&] { return rig.device.rawAzimuthDeg() > 210; }, 60000));
    }
}

// §10.8, §10.9
void TestSimulatedRotator::payloadQuirks_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("target");
    QTest::newRow("minus") << QByteArray("-10") << 10;
    QTest::newRow("decimal") << QByteArray("12.5") << 125;
    QTest::newRow("colon") << QByteArray("1:") << 20;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("garbage") << QByteArray("abc") << 0;
}

void TestSimulatedRotator::payloadQuirks()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, target);
    Rig rig;
    rig.command("Target", payload);
    QCOMPARE(rig.device.rawTargetDeg(), target);
    QVERIFY(rig.moveToStop());
    QVERIFY(std::abs(rig.device.rawAzimuthDeg() - target) <= 2);
}

// §5.3 table, §10.10, B12, B13
void TestSimulatedRotator::halfRule_data()
{
    QTest::addColumn<int>("maxDeg");
    QTest::addColumn<double>("rawNow");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("chosen");
    QTest::addColumn<int>("status");
    QTest::newRow("450 lower half") << 450 << 100.0 << 30 << 30 << -1;
    QTest::newRow("450 overlap copy") << 450 << 300.0 << 30 << 390 << 1;
    QTest::newRow("450 at 224") << 450 << 224.0 << 89 << 89 << -1;
    QTest::newRow("450 at 226 not shortest") << 450 << 226.0 << 89 << 449 << 1;
    QTest::newRow("450 explicit overlap") << 450 << 50.0 << 400 << 400 << 1;
    QTest::newRow("450 negative raw unsigned") << 450 << -2.0 << 10 << 370 << 1;
    QTest::newRow("450 above max") << 450 << 100.0 << 500 << -1 << 0;
    QTest::newRow("360 no copy") << 360 << 300.0 << 30 << 30 << -1;
    QTest::newRow("719 copy") << 719 << 400.0 << 100 << 460 << 1;
    QTest::newRow("escape below zero") << 360 << -1.5 << 400 << 400 << 1;
    QTest::newRow("above max no escape") << 360 << 361.5 << 400 << -1 << 0;
}

void TestSimulatedRotator::halfRule()
{
    QFETCH(int, maxDeg);
    QFETCH(double, rawNow);
    QFETCH(int, sent);
    QFETCH(int, chosen);
    QFETCH(int, status);
    auto config = Rig::defaultConfig();
    config.maxRotateDeg = maxDeg;
    config.fastInbound = true;
    Rig rig(config);
    rig.device.setPhysicalPositionDeg(rawNow);
    rig.run(300);
    QCOMPARE(rig.device.rawAzimuthDeg(), static_cast<int>(rawNow));
    rig.device.handleInbound(QStringLiteral("Target"), QByteArray::number(sent));
    rig.device.step(rig.nowMs); // processed in this pass, then the motion step sets ±11
    QCOMPARE(rig.device.rawTargetDeg(), chosen);
    QCOMPARE(rig.device.status(), status * 11);
}

// §10.12
void TestSimulatedRotator::stopRamp()
{
    Rig rig;
    rig.command("Target", "300");
    QVERIFY(rig.runUntil([&] { return rig.device.status() == 2; }, 10000));
    rig.run(2000);
    QCOMPARE(rig.device.duty(), 255);
    const qint64 from = rig.nowMs;
    rig.command("stop");
    QCOMPARE(rig.device.status(), 3);
    QList<QPair<qint64, int>> duties {{rig.nowMs, rig.device.duty()}};
    while (rig.device.status() != 0) {
        rig.run(20);
        if (duties.last().second != rig.device.duty())
            duties.append({rig.nowMs, rig.device.duty()});
    }
    // 255 -> 0 in steps of 10 every 100 ms (PwmRampSteps): 26 steps, ~2.6 s.
    QCOMPARE(duties.last().second, 0);
    QVERIFY(duties.size() >= 26);
    for (int i = 2; i < duties.size(); ++i) {
        QVERIFY(duties.at(i - 1).second - duties.at(i).second <= 10);
        QVERIFY(duties.at(i).first - duties.at(i - 1).first >= 100);
    }
    const qint64 rampMs = duties.last().first - duties.first().first;
    QVERIFY2(rampMs >= 2400 && rampMs <= 2700, qPrintable(QString::number(rampMs)));
    QCOMPARE(rig.statuses(from), (QList<int> {3, 0}));
    rig.mark = from;
    QVERIFY(rig.moveToStop(1000));
}

void TestSimulatedRotator::stopWhileStopped()
{
    Rig rig;
    rig.run(3000);
    const qint64 from = rig.nowMs;
    rig.command("stop");
    rig.run(3000);
    for (const auto &p : rig.log)
        QVERIFY(p.timeMs < from || p.leaf.startsWith(QLatin1String("Pwm"))
                || p.leaf == QLatin1String("StopToleranceDeg"));
}

// §10.13, B5
void TestSimulatedRotator::reversalWithoutRamp()
{
    Rig rig;
    rig.command("Target", "300");
    QVERIFY(rig.runUntil([&] { return rig.device.rawAzimuthDeg() >= 150; }, 60000));
    QCOMPARE(rig.device.status(), 2);
    const int dutyBefore = rig.device.duty();
    const qint64 from = rig.nowMs;
    rig.command("Target", "120");
    QCOMPARE(rig.device.status(), -11);
    QVERIFY(rig.device.duty() >= dutyBefore - 10); // no ramp-down first
    rig.mark = from;
    QVERIFY(rig.moveToStop());
    const auto seq = rig.statuses(from);
    QCOMPARE(seq.first(), -11);
    QCOMPARE(seq.last(), 0);
    QVERIFY(seq.contains(-2));
    QVERIFY(!seq.contains(3));
    QVERIFY(std::abs(rig.device.rawAzimuthDeg() - 120) <= 2);
}

// §10.14
void TestSimulatedRotator::commandTimeout()
{
    auto config = Rig::defaultConfig();
    config.speedDegPerSec = 1.5; // 200° take longer than 120 s
    config.initialRawDeg = 10;
    Rig rig(config);
    rig.command("Target", "300");
    const qint64 start = rig.nowMs;
    QVERIFY(rig.runUntil([&] { return !rig.of("Debug").isEmpty(); }, 130000));
    QCOMPARE(rig.of("Debug").first().payload, QByteArray("Stopped by 120s timeout"));
    const qint64 after = rig.nowMs - start;
    QVERIFY2(after > 120000 && after <= 120100, qPrintable(QString::number(after)));
    QCOMPARE(rig.device.status(), 3);
    QVERIFY(rig.device.errorDetected());
    rig.mark = rig.nowMs;
    QVERIFY(rig.moveToStop(5000));
    QCOMPARE(rig.statuses().mid(rig.statuses().size() - 2), (QList<int> {3, 0}));
}

// §10.15
void TestSimulatedRotator::stall_data()
{
    QTest::addColumn<int>("oneTurnLimitSec");
    QTest::addColumn<int>("thresholdDeg");
    QTest::newRow("360 s") << 360 << 10;
    QTest::newRow("90 s") << 90 << 40;
}

void TestSimulatedRotator::stall()
{
    QFETCH(int, oneTurnLimitSec);
    QFETCH(int, thresholdDeg);
    auto config = Rig::defaultConfig();
    config.oneTurnLimitSec = oneTurnLimitSec;
    Rig rig(config);
    rig.device.setBlocked(true);
    rig.command("Target", "300");
    const qint64 start = rig.nowMs;
    QVERIFY(rig.runUntil([&] { return !rig.of("Debug").isEmpty(); }, 20000));
    QCOMPARE(rig.of("Debug").first().payload, degreeText(thresholdDeg));
    QVERIFY(rig.nowMs - start > 10000 && rig.nowMs - start <= 10100);
    rig.mark = rig.nowMs;
    QVERIFY(rig.moveToStop(5000));
    QCOMPARE(rig.statuses().mid(rig.statuses().size() - 2), (QList<int> {3, 0}));
}

// §10.16
void TestSimulatedRotator::underVoltageTarget()
{
    auto config = Rig::defaultConfig();
    config.supplyVoltageV = 11.0;
    Rig rig(config);
    rig.command("Target", "200");
    rig.run(3000);
    QCOMPARE(rig.of("Debug").size(), 1);
    QCOMPARE(rig.of("Debug").first().payload,
             QByteArray("Target ignore by under voltage 11,5V POE"));
    QVERIFY(rig.of("Status").isEmpty());
    QCOMPARE(rig.device.rawTargetDeg(), -1);
}

// §10.17
void TestSimulatedRotator::underVoltageWhileMoving()
{
    Rig rig;
    rig.command("Target", "300");
    QVERIFY(rig.runUntil([&] { return rig.device.status() == 2; }, 10000));
    rig.device.setSupplyVoltageV(11.0);
    const qint64 from = rig.nowMs + 1;
    QVERIFY(rig.runUntil([&] { return !rig.of("Debug").isEmpty(); }, 1100));
    QCOMPARE(rig.of("Debug").first().payload, QByteArray("Stopped by under voltage 11,5V POE"));
    rig.mark = from;
    QVERIFY(rig.moveToStop(5000));
    QCOMPARE(rig.statuses(from), (QList<int> {3, 0}));
}

// B20: not during ±11 (and ±3)
void TestSimulatedRotator::underVoltageNotDuringRamp()
{
    auto config = Rig::defaultConfig();
    config.pwmRampStepsMs = 200; // ramp-up 0 -> 255 takes > 5 s
    Rig rig(config);
    rig.command("Target", "300");
    QCOMPARE(rig.device.status(), 11);
    rig.device.setSupplyVoltageV(11.0);
    rig.run(3000);
    QCOMPARE(rig.device.status(), 11);
    QVERIFY(rig.of("Debug").isEmpty());
    QVERIFY(rig.runUntil([&] { return !rig.of("Debug").isEmpty(); }, 5000));
    QCOMPARE(rig.device.status(), 3);
}

// §10.18
void TestSimulatedRotator::heartbeat()
{
    Rig rig;
    rig.run(2100); // the boot publication (caches start at 0)
    QCOMPARE(rig.of("Azimuth").size(), 1);
    const qint64 from = rig.of("Azimuth").first().timeMs;
    rig.mark = rig.nowMs;
    rig.run(185000 - 2100);
    const auto az = rig.of("Azimuth", rig.mark);
    const auto stops = rig.of("AzimuthStop", rig.mark);
    QCOMPARE(az.size(), 3);
    QCOMPARE(stops.size(), 3);
    for (int i = 0; i < az.size(); ++i) {
        QCOMPARE(az.at(i).payload, QByteArray("100"));
        QVERIFY(!az.at(i).retained);
        QCOMPARE(stops.at(i).timeMs, az.at(i).timeMs);
        const qint64 expectedMs = from + (i + 1) * 60000;
        QVERIFY2(az.at(i).timeMs > expectedMs && az.at(i).timeMs <= expectedMs + 20 * (i + 1),
                 qPrintable(QString::number(az.at(i).timeMs - from)));
    }
    // A get restarts the heartbeat.
    rig.command("get");
    const qint64 getMs = rig.nowMs;
    rig.run(59000);
    QCOMPARE(rig.of("Azimuth", getMs + 1).size(), 0);
    rig.run(2000);
    QCOMPARE(rig.of("Azimuth", getMs + 1).size(), 1);
}

// §10.19
void TestSimulatedRotator::jitterWhileStopped()
{
    Rig rig;
    rig.run(3000);
    const qint64 from = rig.nowMs;
    for (int i = 0; i < 50; ++i) { // the pot flickers between 100 and 101 every 300 ms
        rig.device.setPhysicalPositionDeg(i % 2 ? 100.2 : 101.1);
        rig.run(300);
    }
    const auto az = rig.of("Azimuth", from);
    const auto stops = rig.of("AzimuthStop", from);
    QVERIFY(az.size() >= 2);
    QCOMPARE(stops.size(), az.size());
    for (int i = 1; i < az.size(); ++i)
        QVERIFY2(az.at(i).timeMs - az.at(i - 1).timeMs > 2000,
                 qPrintable(QString::number(az.at(i).timeMs - az.at(i - 1).timeMs)));
    QVERIFY(rig.of("Status").isEmpty());
}

// §10.24, B11
void TestSimulatedRotator::inboundPacing()
{
    Rig rig;
    rig.run(2500); // past the boot publication of Azimuth
    rig.device.handleInbound(QStringLiteral("Target"), "200");
    rig.device.handleInbound(QStringLiteral("get"), {});
    QVERIFY(rig.runUntil([&] { return !rig.of("Status").isEmpty(); }, 1200));
    const qint64 targetMs = rig.nowMs;
    QCOMPARE(rig.device.pendingInboundCount(), 1);
    QVERIFY(rig.runUntil([&] { return rig.device.pendingInboundCount() == 0; }, 1500));
    QVERIFY(rig.of("AzimuthStop", targetMs).isEmpty()); // moving: Azimuth only
    QCOMPARE(rig.log.last().leaf, QStringLiteral("Azimuth")); // the reply, in the same pass
    QCOMPARE(rig.log.last().timeMs, rig.nowMs);
    const qint64 replyDelayMs = rig.nowMs - targetMs;
    QVERIFY2(replyDelayMs > 900 && replyDelayMs <= 1100, qPrintable(QString::number(replyDelayMs)));
}

void TestSimulatedRotator::fastInbound()
{
    auto config = Rig::defaultConfig();
    config.fastInbound = true;
    Rig rig(config);
    rig.device.handleInbound(QStringLiteral("get"), {});
    rig.device.handleInbound(QStringLiteral("get"), {});
    rig.run(20);
    QCOMPARE(rig.of("Name").size(), 2);
}

// §10.22
void TestSimulatedRotator::rxAzimuth_data()
{
    QTest::addColumn<bool>("mqttSource");
    QTest::newRow("mqtt source") << true;
    QTest::newRow("potentiometer") << false;
}

void TestSimulatedRotator::rxAzimuth()
{
    QFETCH(bool, mqttSource);
    Rig rig;
    if (mqttSource)
        rig.device.setAzimuthSource(SimulatedRotator::AzimuthSource::Mqtt);
    rig.run(3000);
    QCOMPARE(rig.device.rawAzimuthDeg(), 100); // the switch keeps the last azimuth
    const qint64 from = rig.nowMs;
    rig.command("RxAzimuth", "123");
    rig.run(2100);
    if (mqttSource) {
        QCOMPARE(rig.of("Azimuth", from).size(), 1);
        QCOMPARE(rig.of("Azimuth", from).first().payload, QByteArray("123"));
        QCOMPARE(rig.of("AzimuthStop", from).size(), 1); // stopped: the pair
        QCOMPARE(rig.of("AzimuthStop", from).first().payload, QByteArray("123"));
        QCOMPARE(rig.device.rawAzimuthDeg(), 123);
    } else {
        QCOMPARE(rig.of("Azimuth", from).size(), 0);
        QCOMPARE(rig.of("AzimuthStop", from).size(), 0);
        QCOMPARE(rig.device.rawAzimuthDeg(), 100);
    }
}

// B21
void TestSimulatedRotator::acKeepsTarget()
{
    auto config = Rig::defaultConfig();
    config.motor = SimulatedRotatorConfig::Motor::Ac;
    Rig rig(config);
    rig.command("Target", "150");
    QVERIFY(rig.moveToStop());
    QCOMPARE(rig.device.rawTargetDeg(), 150);

    Rig dc;
    dc.command("Target", "150");
    QVERIFY(dc.moveToStop());
    QCOMPARE(dc.device.rawTargetDeg(), -1);
}

void TestSimulatedRotator::voltageValue()
{
    Rig rig;
    rig.run(3000);
    QCOMPARE(rig.of("VoltageValue").size(), 1); // at boot: the cache starts at 0
    QCOMPARE(rig.of("VoltageValue").first().payload, QByteArray("13.00"));
    rig.mark = rig.nowMs;
    rig.device.setSupplyVoltageV(12.75);
    rig.run(2100);
    QCOMPARE(rig.of("VoltageValue", rig.mark).size(), 0); // 0.25 V: not enough
    rig.device.setSupplyVoltageV(12.25);
    rig.run(2100);
    QCOMPARE(rig.of("VoltageValue", rig.mark).size(), 1);
    QCOMPARE(rig.of("VoltageValue", rig.mark).first().payload, QByteArray("12.25"));
    QVERIFY(!rig.of("VoltageValue", rig.mark).first().retained);
}

void TestSimulatedRotator::settersPublishRetained_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("StartAzimuth") << QStringLiteral("StartAzimuth") << QByteArray("137");
    QTest::newRow("MaxRotateDegree") << QStringLiteral("MaxRotateDegree") << QByteArray("446");
    QTest::newRow("Name") << QStringLiteral("Name") << QByteArray("Hexbeam");
    QTest::newRow("AntRadiationAngle") << QStringLiteral("AntRadiationAngle") << QByteArray("60");
    QTest::newRow("OneTurnLimitSec") << QStringLiteral("OneTurnLimitSec") << QByteArray("90");
    QTest::newRow("PwmMaxDuty") << QStringLiteral("PwmMaxDuty") << QByteArray("120");
    QTest::newRow("PwmRampSteps") << QStringLiteral("PwmRampSteps") << QByteArray("50");
    QTest::newRow("PwmTuneAggressiveness")
        << QStringLiteral("PwmTuneAggressiveness") << QByteArray("5");
    QTest::newRow("PWMenable") << QStringLiteral("PWMenable") << QByteArray("OFF");
    QTest::newRow("Motor") << QStringLiteral("Motor") << QByteArray("AC");
}

void TestSimulatedRotator::settersPublishRetained()
{
    QFETCH(QString, leaf);
    QFETCH(QByteArray, payload);
    Rig rig;
    auto &d = rig.device;
    if (leaf == QLatin1String("StartAzimuth"))
        d.setStartAzimuthDeg(payload.toInt());
    else if (leaf == QLatin1String("MaxRotateDegree"))
        d.setMaxRotateDeg(payload.toInt());
    else if (leaf == QLatin1String("Name"))
        d.setName(QString::fromUtf8(payload));
    else if (leaf == QLatin1String("AntRadiationAngle"))
        d.setAntRadiationAngleDeg(payload.toInt());
    else if (leaf == QLatin1String("OneTurnLimitSec"))
        d.setOneTurnLimitSec(payload.toInt());
    else if (leaf == QLatin1String("PwmMaxDuty"))
        d.setPwmMaxDuty(payload.toInt());
    else if (leaf == QLatin1String("PwmRampSteps"))
        d.setPwmRampStepsMs(payload.toInt());
    else if (leaf == QLatin1String("PwmTuneAggressiveness"))
        d.setPwmTuneAggressiveness(payload.toInt());
    else if (leaf == QLatin1String("PWMenable"))
        d.setPwmEnabled(false);
    else if (leaf == QLatin1String("Motor"))
        d.setMotor(SimulatedRotatorConfig::Motor::Ac);
    QVERIFY(!rig.log.isEmpty());
    QCOMPARE(rig.log.first().leaf, leaf);
    QCOMPARE(rig.log.first().payload, payload);
    QVERIFY(rig.log.first().retained);
}

// §5.6
void TestSimulatedRotator::elevationMode()
{
    auto config = Rig::defaultConfig();
    config.elevation = true;
    config.initialRawDeg = 10;
    Rig rig(config);
    QCOMPARE(rig.device.config().startAzimuthDeg, 270);
    QCOMPARE(rig.device.config().maxRotateDeg, 180);
    QVERIFY(rig.log.isEmpty()); // not published at power-on
    rig.command("get");
    QCOMPARE(rig.of("StartAzimuth").first().payload, QByteArray("270"));
    rig.command("Target", "200");
    rig.run(1000);
    QCOMPARE(rig.device.status(), 0); // above 180: ignored
    rig.command("Target", "90");
    rig.mark = rig.nowMs;
    QVERIFY(rig.moveToStop());
    QVERIFY(std::abs(rig.device.rawAzimuthDeg() - 90) <= 2);

    Rig later;
    later.device.setElevation(true);
    QCOMPARE(later.of("StartAzimuth").first().payload, QByteArray("270"));
    QCOMPARE(later.of("MaxRotateDegree").first().payload, QByteArray("180"));
    QVERIFY(later.of("MaxRotateDegree").first().retained);
}

// §3.3
void TestSimulatedRotator::connectSet()
{
    Rig rig;
    rig.device.publishConnectSet();
    QList<QString> leaves;
    for (const auto &p : rig.log) {
        leaves.append(p.leaf);
        QVERIFY(p.retained);
    }
    QCOMPARE(leaves,
             (QList<QString> {QStringLiteral("ip"), QStringLiteral("mac"),
                              QStringLiteral("PwmMaxDuty"), QStringLiteral("PwmSlowWindowDeg"),
                              QStringLiteral("PwmTuneAggressiveness"),
                              QStringLiteral("StopToleranceDeg")}));
    QCOMPARE(rig.of("mac").first().payload, QByteArray("02:00:00:00:00:01"));
    QCOMPARE(rig.of("PwmTuneAggressiveness").first().payload, QByteArray("3"));
    QCOMPARE(rig.of("PwmSlowWindowDeg").first().payload, QByteArray("12.0"));
    QCOMPARE(rig.of("StopToleranceDeg").first().payload, QByteArray("0.45"));
}

// §3.1: PWM telemetry every > 5 s, only on change (the first run always)
void TestSimulatedRotator::telemetry()
{
    Rig rig;
    rig.run(30000);
    QCOMPARE(rig.of("PwmSlowWindowDeg").size(), 1);
    QCOMPARE(rig.of("StopToleranceDeg").size(), 1);
    QVERIFY(!rig.of("StopToleranceDeg").first().retained);
}

// §4.2/§4.3 key moves, the only way ±1 gets published; CwCcwInputValue on change
void TestSimulatedRotator::keys_data()
{
    QTest::addColumn<bool>("pwm");
    QTest::addColumn<bool>("ac");
    QTest::addColumn<bool>("ccw");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("manual PWM CW") << true << false << false << QList<int> {21, 22, 23, 0};
    QTest::newRow("manual PWM CCW") << true << false << true << QList<int> {-21, -22, -23, 0};
    QTest::newRow("no PWM CW") << false << false << false << QList<int> {1, 11, 2, 3, 0};
    QTest::newRow("AC CCW") << false << true << true << QList<int> {-1, -11, -2, -3, 0};
}

void TestSimulatedRotator::keys()
{
    QFETCH(bool, pwm);
    QFETCH(bool, ac);
    QFETCH(bool, ccw);
    QFETCH(QList<int>, expected);
    auto config = Rig::defaultConfig();
    config.pwm = pwm;
    config.motor = ac ? SimulatedRotatorConfig::Motor::Ac : SimulatedRotatorConfig::Motor::Dc;
    Rig rig(config);
    rig.run(3000);
    rig.mark = rig.nowMs;
    rig.device.setKeys(!ccw, ccw);
    rig.run(4000);
    const double heldAt = rig.device.physicalPositionDeg();
    QVERIFY(ccw ? heldAt < 99 : heldAt > 101);
    rig.device.setKeys(false, false);
    QVERIFY(rig.runUntil([&] { return rig.device.status() == 0; }, 5000));
    rig.run(500);
    QCOMPARE(rig.statuses(), expected);
    // §4.3: AzimuthStop after a key move only on the ±1 path, never after a manual (±21) move.
    QCOMPARE(rig.of("AzimuthStop", rig.mark).size(), pwm && !ac ? 0 : 1);
    rig.run(2100); // stopped: the input check runs every 2 s
    const auto input = rig.of("CwCcwInputValue");
    QCOMPARE(input.size(), 2);
    QCOMPARE(input.at(0).payload, ccw ? QByteArray("2") : QByteArray("1"));
    QCOMPARE(input.at(1).payload, QByteArray("0"));
}

// A noisy potentiometer: jitter while stopped obeys the 2 s rule, the stop tolerance grows
// (§6.3) and a move still ends near its target.
void TestSimulatedRotator::potNoise()
{
    auto config = Rig::defaultConfig();
    config.potNoiseDeg = 0.8;
    config.initialRawDeg = 100;
    Rig rig(config);
    rig.device.setPhysicalPositionDeg(100.5);
    rig.run(30000);
    const auto az = rig.of("Azimuth");
    QVERIFY(az.size() >= 3); // it does jitter
    for (qsizetype i = 1; i < az.size(); ++i)
        QVERIFY(az.at(i).timeMs - az.at(i - 1).timeMs > 2000);
    QCOMPARE(rig.of("AzimuthStop").size(), az.size());
    QCOMPARE(rig.of("StopToleranceDeg").first().payload, QByteArray("1.37"));
    rig.mark = rig.nowMs;
    rig.command("Target", "200");
    QVERIFY(rig.moveToStop());
    QVERIFY(std::abs(rig.of("AzimuthStop", rig.mark).last().payload.toInt() - 200) <= 3);
}

QTEST_GUILESS_MAIN(TestSimulatedRotator)
#include "tst_simulatedrotator.moc"
