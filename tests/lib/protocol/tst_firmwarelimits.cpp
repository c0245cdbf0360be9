// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/firmwarelimits.h"

#include <QTest>

// The header is constexpr: the same checks must also hold at compile time.
static_assert(protocol::isValidRotateRangeDeg(protocol::defaultRotateRangeDeg, false));
static_assert(!protocol::isValidRotateRangeDeg(protocol::defaultRotateRangeDeg, true));
static_assert(protocol::stallThresholdDeg(protocol::defaultOneTurnLimitSec) == 10);

class TestFirmwareLimits : public QObject
{
    Q_OBJECT

private slots:
    void defaultsLieInTheirRanges();
    void rotateRange_data();
    void rotateRange();
    void underVoltage_data();
    void underVoltage();
    void stallThreshold_data();
    void stallThreshold();
};

void TestFirmwareLimits::defaultsLieInTheirRanges()
{
    using namespace protocol;
    QVERIFY(defaultStartAzimuthDeg >= minStartAzimuthDeg
            && defaultStartAzimuthDeg <= maxStartAzimuthDeg);
    QVERIFY(elevationStartAzimuthDeg >= minStartAzimuthDeg
            && elevationStartAzimuthDeg <= maxStartAzimuthDeg);
    QVERIFY(defaultBeamWidthDeg >= minBeamWidthDeg && defaultBeamWidthDeg <= maxBeamWidthDeg);
    QVERIFY(defaultOneTurnLimitSec >= minOneTurnLimitSec
            && defaultOneTurnLimitSec <= maxOneTurnLimitSec);
    QVERIFY(defaultPwmRampStepsMs >= minPwmRampStepsMs
            && defaultPwmRampStepsMs <= maxPwmRampStepsMs);
    QVERIFY(maxElevationRangeDeg < maxRotateRangeDeg);
    QCOMPARE(maxRotateLimitDeg, maxRotateRangeDeg);
}

void TestFirmwareLimits::rotateRange_data()
{
    QTest::addColumn<int>("rangeDeg");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero-is-legal") << 0 << false << true;
    QTest::newRow("full-turn") << 360 << false << true;
    QTest::newRow("most-overlap") << 719 << false << true;
    QTest::newRow("beyond-719") << 720 << false << false;
    QTest::newRow("negative") << -1 << false << false;
    QTest::newRow("elevation-180") << 180 << true << true;
    QTest::newRow("elevation-181") << 181 << true << false;
    QTest::newRow("elevation-zero") << 0 << true << true;
}

void TestFirmwareLimits::rotateRange()
{
    QFETCH(int, rangeDeg);
    QFETCH(bool, elevation);
    QFETCH(bool, valid);
    QCOMPARE(protocol::isValidRotateRangeDeg(rangeDeg, elevation), valid);
    QCOMPARE(protocol::maxRotateRangeDegFor(elevation), elevation ? 180 : 719);
}

void TestFirmwareLimits::underVoltage_data()
{
    QTest::addColumn<double>("supplyV");
    QTest::addColumn<bool>("under");
    QTest::newRow("healthy") << 13.0 << false;
    QTest::newRow("exactly-11.5-is-enough") << 11.5 << false;
    QTest::newRow("just-below") << 11.49 << true;
    QTest::newRow("manual-says-11") << 11.0 << true;
    QTest::newRow("zero") << 0.0 << true;
}

void TestFirmwareLimits::underVoltage()
{
    QFETCH(double, supplyV);
    QFETCH(bool, under);
    QCOMPARE(protocol::isUnderVoltage(supplyV), under);
}

void TestFirmwareLimits::stallThreshold_data()
{
    // The table of §7, plus the divide-by-zero guard.
    QTest::addColumn<int>("oneTurnLimitSec");
    QTest::addColumn<int>("thresholdDeg");
    QTest::newRow("20s") << 20 << 180;
    QTest::newRow("60s") << 60 << 60;
    QTest::newRow("90s") << 90 << 40;
    QTest::newRow("120s") << 120 << 30;
    QTest::newRow("360s-default") << 360 << 10;
    QTest::newRow("600s") << 600 << 6;
    QTest::newRow("integer-maths") << 95 << 40;
    QTest::newRow("below-10s-no-crash") << 5 << 360;
}

void TestFirmwareLimits::stallThreshold()
{
    QFETCH(int, oneTurnLimitSec);
    QFETCH(int, thresholdDeg);
    QCOMPARE(protocol::stallThresholdDeg(oneTurnLimitSec), thresholdDeg);
}

QTEST_GUILESS_MAIN(TestFirmwareLimits)
#include "tst_firmwarelimits.moc"
