// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rotatorstate.h"
#include "model/turnplanner.h"

#include "protocol/command.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using model::planTurnToBearing;
using model::planTurnToRaw;
using model::TurnSituation;
using Direction = TurnPlan::Direction;
using Code = CommandResult::Code;

Q_DECLARE_METATYPE(TurnPlan::Direction)
Q_DECLARE_METATYPE(CommandResult::Code)

namespace {

TurnSituation situation(int current, int start, int max)
{
    TurnSituation s;
    s.currentRawDeg = current;
    s.startAzimuthDeg = start;
    s.maxRotateDeg = max;
    return s;
}

} // namespace

class TestTurnPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void refused_data();
    void refused();
    void stopFirst_data();
    void stopFirst();
    void explicitRaw_data();
    void explicitRaw();
    void estimate();
    void bidirectional_data();
    void bidirectional();
    void propertyEveryPlanIsWhatTheFirmwareDoes();
};

void TestTurnPlanner::plans_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("bearing");
    QTest::addColumn<int>("rawTarget");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("travel");
    QTest::addColumn<bool>("overlap");
    QTest::addColumn<bool>("longUnwind");

    QTest::newRow("360-simple-cw")
        << 100 << 0 << 360 << 200.0 << 200 << Direction::Clockwise << 100 << false << false;
    QTest::newRow("360-simple-ccw")
        << 100 << 0 << 360 << 50.0 << 50 << Direction::CounterClockwise << 50 << false << false;
    QTest::newRow("360-start-offset")
        << 100 << 180 << 360 << 0.0 << 180 << Direction::Clockwise << 80 << false << false;
    QTest::newRow("360-no-overlap-long-way")
        << 10 << 0 << 360 << 350.0 << 350 << Direction::Clockwise << 340 << false << true;
    QTest::newRow("360-same-bearing")
        << 100 << 0 << 360 << 100.0 << 100 << Direction::None << 0 << false << false;
    QTest::newRow("360-rounds") << 100 << 0 << 360 << 199.6 << 200 << Direction::Clockwise << 100
                                << false << false;
    QTest::newRow("360-bearing-360-is-north")
        << 100 << 0 << 360 << 360.0 << 0 << Direction::CounterClockwise << 100 << false << false;
    QTest::newRow("360-negative-bearing-wraps")
        << 100 << 0 << 360 << -10.0 << 350 << Direction::Clockwise << 250 << false << true;
    // Spec §5.3 examples (Max 450): the planner sends what the firmware will really do.
    QTest::newRow("450-at-100-to-30")
        << 100 << 0 << 450 << 30.0 << 30 << Direction::CounterClockwise << 70 << false << false;
    QTest::newRow("450-at-300-to-30")
        << 300 << 0 << 450 << 30.0 << 390 << Direction::Clockwise << 90 << true << false;
    QTest::newRow("450-at-224-to-89")
        << 224 << 0 << 450 << 89.0 << 89 << Direction::CounterClockwise << 135 << false << false;
    QTest::newRow("450-at-226-to-89-B13")
        << 226 << 0 << 450 << 89.0 << 449 << Direction::Clockwise << 223 << true << true;
    QTest::newRow("450-at-50-to-40")
        << 50 << 0 << 450 << 40.0 << 40 << Direction::CounterClockwise << 10 << false << false;
    QTest::newRow("450-at-400-to-50-stays-in-overlap")
        << 400 << 0 << 450 << 50.0 << 410 << Direction::Clockwise << 10 << true << false;
    QTest::newRow("450-at-400-to-200")
        << 400 << 0 << 450 << 200.0 << 200 << Direction::CounterClockwise << 200 << true << true;
    QTest::newRow("450-negative-raw-B12")
        << -2 << 0 << 450 << 10.0 << 370 << Direction::Clockwise << 372 << true << true;
    QTest::newRow("450-negative-raw-to-100")
        << -2 << 0 << 450 << 100.0 << 100 << Direction::Clockwise << 102 << false << false;
    QTest::newRow("720-like-719") << 360 << 0 << 719 << 10.0 << 370 << Direction::Clockwise << 10
                                  << true << false;
    QTest::newRow("719-at-0-to-350")
        << 0 << 0 << 719 << 350.0 << 350 << Direction::Clockwise << 350 << false << true;
    QTest::newRow("300-reachable")
        << 100 << 0 << 300 << 250.0 << 250 << Direction::Clockwise << 150 << false << false;
    QTest::newRow("300-start-90") << 100 << 90 << 300 << 30.0 << 300 << Direction::Clockwise << 200
                                  << false << true;
    QTest::newRow("above-max-pot")
        << 455 << 0 << 450 << 60.0 << 420 << Direction::CounterClockwise << 35 << true << false;
}

void TestTurnPlanner::plans()
{
    QFETCH(int, current);
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(double, bearing);
    QFETCH(int, rawTarget);
    QFETCH(Direction, direction);
    QFETCH(int, travel);
    QFETCH(bool, overlap);
    QFETCH(bool, longUnwind);

    CommandResult whyNot;
    const auto plan = planTurnToBearing(situation(current, start, max), bearing, &whyNot);
    QVERIFY2(plan, qPrintable(whyNot.detail));
    QCOMPARE(plan->fromRawDeg, current);
    QCOMPARE(plan->rawTargetDeg, rawTarget);
    QCOMPARE(plan->destinationRawDeg, rawTarget);
    QCOMPARE(plan->bearingDeg, wrapBearingDeg(static_cast<int>(std::lround(bearing))));
    QCOMPARE(plan->direction, direction);
    QCOMPARE(plan->travelDeg, travel);
    QCOMPARE(plan->usesOverlap, overlap);
    QCOMPARE(plan->longUnwind, longUnwind);
    QVERIFY(!plan->stopFirst);
    QCOMPARE(protocol::firmwareDestinationRaw(current, plan->rawTargetDeg, max),
             std::optional<int>(plan->destinationRawDeg));
}

void TestTurnPlanner::bidirectional_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("bearing");
    QTest::addColumn<int>("frontBearing"); // where the plan points the front; -1 = refused
    QTest::addColumn<bool>("otherEnd");

    // At raw 10 (bearing 10) a request for 200 is 170° CW for the front or 10° CCW for the back.
    QTest::newRow("back end nearer") << 10 << 360 << 200.0 << 20 << true;
    QTest::newRow("front nearer") << 10 << 360 << 60.0 << 60 << false;
    // 90° either way: the front, as asked.
    QTest::newRow("tie keeps the front") << 0 << 360 << 90.0 << 90 << false;
    QTest::newRow("already there by its back") << 100 << 360 << 280.0 << 100 << true;
    // 0..180 range: bearing 300 is dark for the front, its back (120) is not.
    QTest::newRow("dark for the front") << 0 << 180 << 300.0 << 120 << true;
    QTest::newRow("dark both ways") << 0 << 0 << 100.0 << -1 << false;
}

void TestTurnPlanner::bidirectional()
{
    QFETCH(int, current);
    QFETCH(int, max);
    QFETCH(double, bearing);
    QFETCH(int, frontBearing);
    QFETCH(bool, otherEnd);

    TurnSituation s = situation(current, 0, max);
    s.bidirectional = true;
    CommandResult whyNot;
    const auto plan = planTurnToBearing(s, bearing, &whyNot);
    if (frontBearing < 0) {
        QVERIFY(!plan);
        QCOMPARE(whyNot.code, Code::DarkZone);
        return;
    }
    QVERIFY2(plan, qPrintable(whyNot.detail));
    QCOMPARE(plan->bearingDeg, frontBearing);
    QCOMPARE(plan->otherEnd, otherEnd);
    QCOMPARE(protocol::firmwareDestinationRaw(current, plan->rawTargetDeg, max),
             std::optional<int>(plan->destinationRawDeg));

    // The same request to a one-way antenna never uses the back.
    s.bidirectional = false;
    const auto oneWay = planTurnToBearing(s, bearing);
    if (oneWay) {
        QVERIFY(!oneWay->otherEnd);
        QCOMPARE(oneWay->bearingDeg, wrapBearingDeg(int(bearing)));
        QVERIFY(oneWay->travelDeg >= plan->travelDeg);
    }
}

void TestTurnPlanner::refused_data()
{
    QTest::addColumn<int>("current"); // -999 = unknown
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("max");
    QTest::addColumn<double>("bearing");
    QTest::addColumn<Code>("code");

    QTest::newRow("300-dark-zone-330") << 100 << 0 << 300 << 330.0 << Code::DarkZone;
    QTest::newRow("300-dark-zone-301") << 100 << 0 << 300 << 301.0 << Code::DarkZone;
    QTest::newRow("300-dark-zone-start") << 100 << 90 << 300 << 60.0 << Code::DarkZone;
    QTest::newRow("zero-range") << 0 << 0 << 0 << 10.0 << Code::DarkZone;
    QTest::newRow("nan") << 100 << 0 << 360 << std::numeric_limits<double>::quiet_NaN()
                         << Code::InvalidValue;
    QTest::newRow("inf") << 100 << 0 << 360 << std::numeric_limits<double>::infinity()
                         << Code::InvalidValue;
    QTest::newRow("huge") << 100 << 0 << 360 << 1e300 << Code::InvalidValue;
    QTest::newRow("position-unknown") << -999 << 0 << 360 << 100.0 << Code::PositionUnknown;
    QTest::newRow("dark-zone-beats-unknown") << -999 << 0 << 300 << 330.0 << Code::DarkZone;
}

void TestTurnPlanner::refused()
{
    QFETCH(int, current);
    QFETCH(int, start);
    QFETCH(int, max);
    QFETCH(double, bearing);
    QFETCH(Code, code);

    TurnSituation s = situation(current, start, max);
    if (current == -999)
        s.currentRawDeg.reset();
    CommandResult whyNot;
    QVERIFY(!planTurnToBearing(s, bearing, &whyNot));
    QCOMPARE(whyNot.code, code);
    QVERIFY(!whyNot.detail.isEmpty());
    QVERIFY(!whyNot.accepted());
}

void TestTurnPlanner::stopFirst_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<bool>("moving");
    QTest::addColumn<int>("movingDirection");
    QTest::addColumn<double>("bearing");
    QTest::addColumn<bool>("stopFirst");

    QTest::newRow("stopped") << 150 << false << 0 << 120.0 << false;
    QTest::newRow("cw-to-further-cw") << 150 << true << 1 << 200.0 << false;
    QTest::newRow("cw-reversal-spec-13") << 150 << true << 1 << 120.0 << true;
    QTest::newRow("ccw-to-further-ccw") << 150 << true << -1 << 100.0 << false;
    QTest::newRow("ccw-reversal") << 150 << true << -1 << 200.0 << true;
    QTest::newRow("cw-to-current-is-ccw") << 150 << true << 1 << 150.0 << true;
    QTest::newRow("moving-direction-unknown") << 150 << true << 0 << 200.0 << true;
}

void TestTurnPlanner::stopFirst()
{
    QFETCH(int, current);
    QFETCH(bool, moving);
    QFETCH(int, movingDirection);
    QFETCH(double, bearing);
    QFETCH(bool, stopFirst);

    TurnSituation s = situation(current, 0, 360);
    s.moving = moving;
    s.movingDirection = movingDirection;
    const auto plan = planTurnToBearing(s, bearing);
    QVERIFY(plan);
    QCOMPARE(plan->stopFirst, stopFirst);
}

void TestTurnPlanner::explicitRaw_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("elevation");
    QTest::addColumn<int>("raw");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("destination");

    QTest::newRow("plain") << 100 << 360 << false << 200 << true << 200;
    QTest::newRow("at-max") << 100 << 360 << false << 360 << true << 360;
    QTest::newRow("above-max") << 100 << 360 << false << 361 << false << 0;
    QTest::newRow("negative") << 100 << 360 << false << -1 << false << 0;
    QTest::newRow("firmware-adds-360") << 300 << 450 << false << 30 << true << 390;
    QTest::newRow("overlap-explicit") << 50 << 450 << false << 400 << true << 400;
    QTest::newRow("elevation") << 10 << 180 << true << 90 << true << 90;
    QTest::newRow("elevation-out") << 10 << 180 << true << 181 << false << 0;
    QTest::newRow("max-clamped-719") << 10 << 900 << false << 720 << false << 0;
}

void TestTurnPlanner::explicitRaw()
{
    QFETCH(int, current);
    QFETCH(int, max);
    QFETCH(bool, elevation);
    QFETCH(int, raw);
    QFETCH(bool, valid);
    QFETCH(int, destination);

    TurnSituation s = situation(current, elevation ? 270 : 0, max);
    s.elevationMode = elevation;
    CommandResult whyNot;
    const auto plan = planTurnToRaw(s, raw, &whyNot);
    QCOMPARE(plan.has_value(), valid);
    if (!valid) {
        QCOMPARE(whyNot.code, Code::OutOfRange);
        return;
    }
    QCOMPARE(plan->rawTargetDeg, raw);
    QCOMPARE(plan->destinationRawDeg, destination);
    if (elevation) {
        QCOMPARE(plan->bearingDeg, destination);
        // Bearing turns in elevation mode take the value as the raw elevation.
        const auto viaBearing = planTurnToBearing(s, raw);
        QVERIFY(viaBearing);
        QCOMPARE(viaBearing->rawTargetDeg, raw);
        QVERIFY(!planTurnToBearing(s, -5.0));
    }
}

void TestTurnPlanner::estimate()
{
    TurnSituation s = situation(0, 0, 360);
    auto plan = planTurnToBearing(s, 90.0);
    QVERIFY(plan);
    QCOMPARE(plan->estimatedSeconds, 90.0 / model::defaultSpeedDegPerSec);
    s.speedDegPerSec = 3.0;
    plan = planTurnToBearing(s, 90.0);
    QVERIFY(plan);
    QCOMPARE(plan->estimatedSeconds, 30.0);
}

void TestTurnPlanner::propertyEveryPlanIsWhatTheFirmwareDoes()
{
    QRandomGenerator random(20260523); // fixed seed: failures are reproducible
    int planned = 0;
    int darkZone = 0;
    for (int i = 0; i < 20000; ++i) {
        const int start = random.bounded(360);
        const int max = random.bounded(720);
        // Current raw including the potentiometer end zones below 0 and above max.
        const int current = random.bounded(-30, max + 31);
        const double bearing = random.bounded(3600) / 10.0;
        const int roundedBearing = wrapBearingDeg(static_cast<int>(std::lround(bearing)));
        const QString row = QStringLiteral("start %1 max %2 current %3 bearing %4")
                                .arg(start)
                                .arg(max)
                                .arg(current)
                                .arg(bearing);

        CommandResult whyNot;
        const auto plan = planTurnToBearing(situation(current, start, max), bearing, &whyNot);
        const int firstCopy = wrapBearingDeg(roundedBearing - start);
        if (!plan) {
            ++darkZone;
            QVERIFY2(whyNot.code == Code::DarkZone, qPrintable(row));
            QVERIFY2(max < 360 && firstCopy > max, qPrintable(row));
            continue;
        }
        ++planned;
        // Never anything outside 0..max.
        QVERIFY2(plan->rawTargetDeg >= 0 && plan->rawTargetDeg <= max, qPrintable(row));
        QVERIFY2(protocol::targetCommand(plan->rawTargetDeg, max), qPrintable(row));
        // The firmware goes exactly where the plan says, and that is the requested bearing.
        const auto firmware = protocol::firmwareDestinationRaw(current, plan->rawTargetDeg, max);
        QVERIFY2(firmware && *firmware == plan->destinationRawDeg, qPrintable(row));
        QVERIFY2(plan->destinationRawDeg == plan->rawTargetDeg, qPrintable(row));
        QVERIFY2(wrapBearingDeg(plan->destinationRawDeg + start) == roundedBearing,
                 qPrintable(row));
        QVERIFY2(plan->travelDeg == std::abs(plan->destinationRawDeg - current), qPrintable(row));
        // No other value we could send reaches the bearing with less travel.
        for (int sent = 0; sent <= max; ++sent) {
            const auto other = protocol::firmwareDestinationRaw(current, sent, max);
            if (other && wrapBearingDeg(*other + start) == roundedBearing)
                QVERIFY2(std::abs(*other - current) >= plan->travelDeg, qPrintable(row));
        }
    }
    QVERIFY(planned > 15000);
    QVERIFY(darkZone > 0);
}

QTEST_GUILESS_MAIN(TestTurnPlanner)
#include "tst_turnplanner.moc"
