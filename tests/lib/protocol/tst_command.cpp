// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/command.h"
#include "protocol/payload.h"
#include "protocol/status.h"

#include <QTest>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

/// The firmware's digits-only scanner (spec §2.1), re-implemented from the spec's description:
/// walks from the last byte to the first, accepts bytes '0'..':' with increasing powers of ten,
/// skips everything else, 32-bit wrap-around.
int deviceScan(const QByteArray &payload)
{
    std::uint32_t value = 0;
    std::uint32_t power = 1;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const auto byte = static_cast<unsigned char>(payload[i]);
        if (byte >= 48 && byte <= 58) {
            value += (byte - 48u) * power;
            power *= 10u;
        }
    }
    return static_cast<int>(value);
}

} // namespace

class TestCommand : public QObject
{
    Q_OBJECT

private slots:
    void target_data();
    void target();
    void everyTargetSurvivesTheDeviceScanner();
    void stopAndGet();
    void deviceScannerQuirks_data();
    void deviceScannerQuirks();
    void halfRule_data();
    void halfRule();
    void status_data();
    void status();
};

void TestCommand::target_data()
{
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("zero") << 0 << 360 << true << QByteArray("0");
    QTest::newRow("mid") << 200 << 360 << true << QByteArray("200");
    QTest::newRow("at-max") << 360 << 360 << true << QByteArray("360");
    QTest::newRow("overlap") << 390 << 450 << true << QByteArray("390");
    QTest::newRow("max-719") << 719 << 719 << true << QByteArray("719");
    QTest::newRow("max-zero-range") << 0 << 0 << true << QByteArray("0");
    QTest::newRow("negative") << -10 << 360 << false << QByteArray();
    QTest::newRow("above-max") << 361 << 360 << false << QByteArray();
    QTest::newRow("dark-zone") << 330 << 300 << false << QByteArray();
    QTest::newRow("spec-500-ignored") << 500 << 450 << false << QByteArray();
    QTest::newRow("max-beyond-firmware") << 720 << 720 << false << QByteArray();
    QTest::newRow("negative-max") << 0 << -1 << false << QByteArray();
}

void TestCommand::target()
{
    QFETCH(int, raw);
    QFETCH(int, max);
    QFETCH(bool, valid);
    QFETCH(QByteArray, payload);

    const auto command = protocol::targetCommand(raw, max);
    QCOMPARE(command.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(command->leaf, u"Target"_s);
    QCOMPARE(command->payload, payload);
}

void TestCommand::everyTargetSurvivesTheDeviceScanner()
{
    // Whatever we build must mean the same to the device's lax scanner and to our strict parser.
    for (int max = 0; max <= 719; max += 37) {
        for (int raw = 0; raw <= max; ++raw) {
            const auto command = protocol::targetCommand(raw, max);
            QVERIFY(command);
            QCOMPARE(deviceScan(command->payload), raw);
            QCOMPARE(protocol::parseStrictInt(command->payload), std::optional<int>(raw));
            QVERIFY(!command->payload.contains('-'));
            QVERIFY(!command->payload.contains('.'));
            QVERIFY(command->payload.size() <= 3);
        }
    }
}

void TestCommand::stopAndGet()
{
    QCOMPARE(protocol::stopCommand().leaf, u"stop"_s);
    QCOMPARE(protocol::getCommand().leaf, u"get"_s);
    QVERIFY(protocol::stopCommand().payload.size() < protocol::maxPayloadBytes);
    QVERIFY(protocol::getCommand().payload.size() < protocol::maxPayloadBytes);
    QCOMPARE(protocol::leafFromName(protocol::stopCommand().leaf), protocol::Leaf::Stop);
    QCOMPARE(protocol::leafFromName(protocol::getCommand().leaf), protocol::Leaf::Get);
}

void TestCommand::deviceScannerQuirks_data()
{
    // Spec §2.1: payloads the device misreads. Our strict parser rejects each of them, so the
    // client never produces or accepts such a Target.
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("deviceReads");
    QTest::newRow("minus-skipped") << QByteArray("-10") << 10;
    QTest::newRow("dot-skipped") << QByteArray("12.5") << 125;
    QTest::newRow("inner-space") << QByteArray("9 0") << 90;
    QTest::newRow("exponent") << QByteArray("1e3") << 13;
    QTest::newRow("letters") << QByteArray("abc") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("colon-is-ten") << QByteArray("1:") << 20;
    QTest::newRow("wraps") << QByteArray("4294967306") << 10;
    QTest::newRow("wraps-negative") << QByteArray("3000000000") << -1294967296;
}

void TestCommand::deviceScannerQuirks()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, deviceReads);
    QCOMPARE(deviceScan(payload), deviceReads);
    QString reason;
    QVERIFY(!protocol::parsePayload(u"Target", payload, &reason));
    QVERIFY(!reason.isEmpty());
}

void TestCommand::halfRule_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("destination"); // -1 = ignored

    // Spec §5.3 examples (Max 450).
    QTest::newRow("450-lower-half-kept") << 100 << 30 << 450 << 30;
    QTest::newRow("450-upper-half-overlap") << 300 << 30 << 450 << 390;
    QTest::newRow("450-224-kept") << 224 << 89 << 450 << 89;
    QTest::newRow("450-226-overlap-B13") << 226 << 89 << 450 << 449;
    QTest::newRow("450-explicit-overlap") << 50 << 400 << 450 << 400;
    QTest::newRow("450-negative-raw-B12") << -2 << 10 << 450 << 370;
    QTest::newRow("450-out-of-range") << 100 << 500 << 450 << -1;
    // Spec §10 scenarios.
    QTest::newRow("360-cw") << 100 << 200 << 360 << 200;
    QTest::newRow("360-equal") << 100 << 100 << 360 << 100;
    QTest::newRow("360-ignored") << 100 << 500 << 360 << -1;
    QTest::newRow("300-dark-zone") << 100 << 330 << 300 << -1;
    QTest::newRow("360-never-plus-360") << 300 << 0 << 360 << 0;
    // Boundaries of the rule.
    QTest::newRow("450-target-at-max-minus-360") << 300 << 90 << 450 << 90;
    QTest::newRow("450-target-below-max-minus-360") << 300 << 89 << 450 << 449;
    QTest::newRow("450-current-at-half") << 225 << 10 << 450 << 370;
    QTest::newRow("450-target-at-half") << 10 << 225 << 450 << 225;
    QTest::newRow("719-overlap") << 400 << 0 << 719 << 360;
    QTest::newRow("361-tiny-overlap") << 200 << 0 << 361 << 360;
    QTest::newRow("elevation-180") << 170 << 10 << 180 << 10;
    QTest::newRow("current-above-max") << 460 << 20 << 450 << 380;
    QTest::newRow("negative-target") << 100 << -10 << 360 << -1;
}

void TestCommand::halfRule()
{
    QFETCH(int, current);
    QFETCH(int, target);
    QFETCH(int, max);
    QFETCH(int, destination);
    const auto result = protocol::firmwareDestinationRaw(current, target, max);
    QCOMPARE(result.value_or(-1), destination);
}

void TestCommand::status_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("moving");
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("rampDown");
    QTest::addColumn<bool>("manual");

    QTest::newRow("0") << 0 << u"STOP"_s << false << 0 << false << false;
    QTest::newRow("1") << 1 << u"START-CW"_s << true << 1 << false << false;
    QTest::newRow("11") << 11 << u"PwmUp-CW"_s << true << 1 << false << false;
    QTest::newRow("2") << 2 << u"CW"_s << true << 1 << false << false;
    QTest::newRow("3") << 3 << u"PwmDwn-CW"_s << true << 1 << true << false;
    QTest::newRow("-1") << -1 << u"START-CCW"_s << true << -1 << false << false;
    QTest::newRow("-11") << -11 << u"PwmUp-CCW"_s << true << -1 << false << false;
    QTest::newRow("-2") << -2 << u"CCW"_s << true << -1 << false << false;
    QTest::newRow("-3") << -3 << u"PwmDwn-CCW"_s << true << -1 << true << false;
    QTest::newRow("21") << 21 << u"ManualStart-CW"_s << true << 1 << false << true;
    QTest::newRow("22") << 22 << u"Manual-CW"_s << true << 1 << false << true;
    QTest::newRow("23") << 23 << u"ManualPwmDwn-CW"_s << true << 1 << true << true;
    QTest::newRow("-21") << -21 << u"ManualStart-CCW"_s << true << -1 << false << true;
    QTest::newRow("-22") << -22 << u"Manual-CCW"_s << true << -1 << false << true;
    QTest::newRow("-23") << -23 << u"ManualPwmDwn-CCW"_s << true << -1 << true << true;
    QTest::newRow("4-old-offset-unknown") << 4 << QString() << false << 0 << false << false;
    QTest::newRow("12-unknown") << 12 << QString() << false << 0 << false << false;
}

void TestCommand::status()
{
    QFETCH(int, code);
    QFETCH(QString, label);
    QFETCH(bool, moving);
    QFETCH(int, direction);
    QFETCH(bool, rampDown);
    QFETCH(bool, manual);
    QCOMPARE(protocol::isKnownStatus(code), !label.isEmpty());
    QCOMPARE(protocol::statusLabel(code), label);
    QCOMPARE(protocol::isMovingStatus(code), moving);
    QCOMPARE(protocol::statusDirection(code), direction);
    QCOMPARE(protocol::statusFromLabel(label),
             label.isEmpty() ? std::nullopt : std::optional<int>(code));
    if (!label.isEmpty()) {
        QCOMPARE(protocol::isRampDownStatus(code), rampDown);
        QCOMPARE(protocol::isManualStatus(code), manual);
    }
}

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
