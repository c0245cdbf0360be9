// SPDX-License-Identifier: GPL-3.0-or-later
// MotionTracker: moving inference while Status is unknown, direction and the speed estimate.
#include "model/motiontracker.h"

#include <QTest>

#include <cmath>

using model::MotionTracker;

namespace {

constexpr int unknown = -9999;

std::optional<int> optionalStatus(int status)
{
    return status == unknown ? std::nullopt : std::optional<int>(status);
}

} // namespace

class TestMotionTracker : public QObject
{
    Q_OBJECT

private slots:
    void speed_data();
    void speed();
    void speedIsARunningAverage();
    void speedWindowRestartsAfterAStop();
    void direction_data();
    void direction();
    void movingWithoutStatus();
    void azimuthStopOverdue();
};

void TestMotionTracker::speed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("moving");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<int>("stepDeg");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("speed"); // < 0: none measured

    QTest::newRow("running-cw") << 2 << true << 250 << 1 << 10 << 4.0;
    QTest::newRow("running-ccw") << -2 << true << 250 << -1 << 10 << 4.0;
    QTest::newRow("status-unknown") << unknown << true << 250 << 1 << 10 << 4.0;
    QTest::newRow("ramp-up-ignored") << 11 << true << 250 << 1 << 10 << -1.0;
    QTest::newRow("ramp-down-ignored") << -3 << true << 250 << -1 << 10 << -1.0;
    QTest::newRow("manual-key-ignored") << 22 << true << 250 << 1 << 10 << -1.0;
    QTest::newRow("not-moving") << 2 << false << 250 << 1 << 10 << -1.0;
    QTest::newRow("shorter-than-window") << 2 << true << 250 << 1 << 3 << -1.0;
    QTest::newRow("standing-still-ignored") << 2 << true << 500 << 0 << 10 << -1.0;
    QTest::newRow("too-fast-ignored") << 2 << true << 100 << 10 << 20 << -1.0;
    QTest::newRow("just-inside-limits") << 2 << true << 1000 << 89 << 2 << 89.0;
}

void TestMotionTracker::speed()
{
    QFETCH(int, status);
    QFETCH(bool, moving);
    QFETCH(int, stepMs);
    QFETCH(int, stepDeg);
    QFETCH(int, steps);
    QFETCH(double, speed);

    MotionTracker tracker;
    std::optional<int> previous;
    int raw = 300;
    qint64 nowMs = 0;
    for (int i = 0; i <= steps; ++i) {
        tracker.notePosition(previous, raw, moving, optionalStatus(status), nowMs);
        previous = raw;
        raw += stepDeg;
        nowMs += stepMs;
    }
    if (speed < 0) {
        QCOMPARE(tracker.speedDegPerSec(), std::nullopt);
    } else {
        QVERIFY(tracker.speedDegPerSec());
        QVERIFY2(std::abs(*tracker.speedDegPerSec() - speed) < 1e-9,
                 qPrintable(QString::number(*tracker.speedDegPerSec())));
    }
}

void TestMotionTracker::speedIsARunningAverage()
{
    MotionTracker tracker;
    tracker.notePosition(std::nullopt, 0, true, 2, 0);
    tracker.notePosition(0, 4, true, 2, 1000);
    QCOMPARE(tracker.speedDegPerSec(), std::optional<double>(4.0));
    tracker.notePosition(4, 12, true, 2, 2000);
    // 8°/s measured: the estimate moves by newSpeedWeight of the difference.
    const double expected = 4.0 + MotionTracker::newSpeedWeight * (8.0 - 4.0);
    QVERIFY(tracker.speedDegPerSec());
    QVERIFY2(std::abs(*tracker.speedDegPerSec() - expected) < 1e-9,
             qPrintable(QString::number(*tracker.speedDegPerSec())));
}

void TestMotionTracker::speedWindowRestartsAfterAStop()
{
    MotionTracker tracker;
    tracker.notePosition(std::nullopt, 0, true, 2, 0);
    tracker.noteStopped();
    // Without the restart this would measure 100° in 1 s.
    tracker.notePosition(0, 100, true, 2, 1000);
    QCOMPARE(tracker.speedDegPerSec(), std::nullopt);
    tracker.notePosition(100, 105, true, 2, 2000);
    QCOMPARE(tracker.speedDegPerSec(), std::optional<double>(5.0));
}

void TestMotionTracker::direction_data()
{
    QTest::addColumn<int>("previousRaw"); // unknown: none
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("statusSeen"); // fed to noteStatus; unknown: none
    QTest::addColumn<bool>("moving");
    QTest::addColumn<int>("status"); // asked with; unknown: none
    QTest::addColumn<int>("direction");

    QTest::newRow("stopped") << 100 << 110 << unknown << false << unknown << 0;
    QTest::newRow("cw-status") << 110 << 100 << unknown << true << 2 << 1;
    QTest::newRow("ccw-status") << 100 << 110 << unknown << true << -11 << -1;
    QTest::newRow("position-rising") << 100 << 110 << unknown << true << unknown << 1;
    QTest::newRow("position-falling") << 110 << 100 << unknown << true << unknown << -1;
    QTest::newRow("first-position") << unknown << 100 << unknown << true << unknown << 0;
    QTest::newRow("same-position-keeps-status") << 100 << 100 << -2 << true << unknown << -1;
    QTest::newRow("position-after-status") << 110 << 100 << 2 << true << unknown << -1;
    QTest::newRow("stop-status-keeps-last") << 100 << 110 << 0 << true << unknown << 1;
}

void TestMotionTracker::direction()
{
    QFETCH(int, previousRaw);
    QFETCH(int, raw);
    QFETCH(int, statusSeen);
    QFETCH(bool, moving);
    QFETCH(int, status);
    QFETCH(int, direction);

    MotionTracker tracker;
    if (statusSeen != unknown)
        tracker.noteStatus(statusSeen);
    tracker.notePosition(optionalStatus(previousRaw), raw, moving, optionalStatus(status), 0);
    QCOMPARE(tracker.direction(moving, optionalStatus(status)), direction);
}

void TestMotionTracker::movingWithoutStatus()
{
    MotionTracker tracker;
    QVERIFY(!tracker.azimuthWithoutStatus(100, 0));
    QVERIFY(!tracker.azimuthWithoutStatus(100, 100)); // same value: proves nothing
    QVERIFY(tracker.azimuthWithoutStatus(103, 200)); // changed without AzimuthStop: moving
    tracker.forgetUnconfirmedAzimuth(); // AzimuthStop or Status came
    QVERIFY(!tracker.azimuthWithoutStatus(110, 300));
    tracker.noteStatus(0);
    QVERIFY(!tracker.azimuthWithoutStatus(120, 400));
    QVERIFY(tracker.azimuthWithoutStatus(121, 500));
}

void TestMotionTracker::azimuthStopOverdue()
{
    MotionTracker tracker;
    QVERIFY(!tracker.azimuthStopOverdue(100000));
    QVERIFY(!tracker.azimuthWithoutStatus(100, 1000));
    // The grace counts from the first unconfirmed Azimuth, not the latest.
    QVERIFY(!tracker.azimuthWithoutStatus(100, 2000));
    QVERIFY(!tracker.azimuthStopOverdue(1000 + MotionTracker::azimuthStopGraceMs - 1));
    QVERIFY(tracker.azimuthStopOverdue(1000 + MotionTracker::azimuthStopGraceMs));
    tracker.forgetUnconfirmedAzimuth();
    QVERIFY(!tracker.azimuthStopOverdue(100000));
}

QTEST_GUILESS_MAIN(TestMotionTracker)
#include "tst_motiontracker.moc"
