// SPDX-License-Identifier: GPL-3.0-or-later
// The track planner on synthetic tracks: across north, across the end stop, through the zenith,
// into a dark zone. Each case also checks what following the track without a plan would do, so
// a planner that only copies the unplanned choice fails.
#include "tracking/trackplanner.h"

#include <QTest>

#include <cmath>

using tracking::Antenna;
using tracking::Break;
using tracking::TrackPoint;

namespace {

constexpr qint64 minuteMs = 60'000;

/// A target that turns steadily from fromDeg by spanDeg (negative: CCW) over minutes, one point
/// a minute, at a fixed elevation.
QList<TrackPoint> sweep(double fromDeg, double spanDeg, int minutes, double elevationDeg = 10)
{
    QList<TrackPoint> track;
    for (int m = 0; m <= minutes; ++m) {
        const double az = std::fmod(fromDeg + spanDeg * m / minutes + 720.0, 360.0);
        track.append({m * minuteMs, az, elevationDeg});
    }
    return track;
}

int unwinds(const QList<Break> &breaks)
{
    return int(std::count_if(breaks.cbegin(), breaks.cend(),
                             [](const Break &b) { return b.kind == Break::Kind::Unwind; }));
}

} // namespace

class TestTrackPlanner : public QObject
{
    Q_OBJECT

private slots:
    void acrossNorthStartsWhereItFits();
    void acrossTheEndStopUsesTheOverlap();
    void unavoidableUnwindIsShownOnce();
    void overheadPassUsesTheFlip();
    void darkZonePointsWait();
    void emptyTrack();
};

void TestTrackPlanner::acrossNorthStartsWhereItFits()
{
    // 450° unit, raw 0 = north, parked in the overlap at raw 400 (bearing 40). The target goes
    // from 30° to 120°. Nearest-first starts at raw 390 and hits the end stop at 450 (bearing
    // 90): an unwind mid-track. The plan starts at raw 30 and never unwinds.
    Antenna antenna;
    antenna.maxRotateDeg = 450;
    antenna.currentRawDeg = 400;
    const auto plan = tracking::planTrack(sweep(30, 90, 90), antenna);
    QVERIFY(plan.fits());
    QCOMPARE(plan.points.first().rawAzimuthDeg, 30.0);
    QCOMPARE(plan.points.last().rawAzimuthDeg, 120.0);
    QCOMPARE(unwinds(plan.unplannedBreaks), 1);
    QCOMPARE(plan.unplannedBreaks.first().atMs, 61 * minuteMs); // first bearing past 90°
    QCOMPARE(plan.startTravelDeg, 370.0);
}

void TestTrackPlanner::acrossTheEndStopUsesTheOverlap()
{
    // 450° unit, raw 0 = north; the target goes CCW from 60° through north to 300°. Starting at
    // raw 60 meets the CCW end stop at north; starting on the overlap copy raw 420 does not.
    Antenna antenna;
    antenna.maxRotateDeg = 450;
    antenna.currentRawDeg = 50;
    const auto plan = tracking::planTrack(sweep(60, -120, 120), antenna);
    QVERIFY(plan.fits());
    QCOMPARE(plan.points.first().rawAzimuthDeg, 420.0);
    QCOMPARE(plan.points.last().rawAzimuthDeg, 300.0);
    QCOMPARE(unwinds(plan.unplannedBreaks), 1);

    // The same with the CCW stop in the south (start azimuth 180), a 360° unit: north is
    // mid-range, nothing to plan, and both agree.
    antenna.startAzimuthDeg = 180;
    antenna.maxRotateDeg = 360;
    const auto south = tracking::planTrack(sweep(60, -120, 120), antenna);
    QVERIFY(south.fits());
    QVERIFY(south.unplannedBreaks.isEmpty());
    QCOMPARE(south.points.first().rawAzimuthDeg, 240.0);
}

void TestTrackPlanner::unavoidableUnwindIsShownOnce()
{
    // 360° unit with the stop in the north and a target crossing north: no copy fits, one unwind.
    Antenna antenna;
    antenna.currentRawDeg = 340;
    const auto plan = tracking::planTrack(sweep(340, 40, 40), antenna);
    QCOMPARE(plan.breaks.size(), 1);
    QCOMPARE(plan.breaks.first().kind, Break::Kind::Unwind);
    QVERIFY(plan.breaks.first().travelDeg > 300);
}

void TestTrackPlanner::overheadPassUsesTheFlip()
{
    // An overhead pass from east to west, a point every 20 s: azimuth 90° while rising to 88°,
    // then 270° while setting. Unflipped, the azimuth must swing 180° at the top within 20 s
    // (60 s at 3°/s); with the elevation unit going over the zenith (raw 92..170), the azimuth
    // stays at 90.
    constexpr qint64 stepMs = 20'000;
    QList<TrackPoint> pass;
    for (int m = 0; m <= 10; ++m)
        pass.append({m * stepMs, 90, 10 + m * 7.8});
    for (int m = 1; m <= 10; ++m)
        pass.append({(10 + m) * stepMs, 270, 88 - m * 7.8});
    Antenna pair;
    pair.hasElevation = true;
    pair.startAzimuthDeg = 180;
    pair.currentRawDeg = 270;
    const auto plan = tracking::planTrack(pass, pair);
    QVERIFY(plan.fits());
    for (const auto &point : plan.points)
        QCOMPARE(point.rawAzimuthDeg, 270.0); // bearing 90 with the stop in the south
    QVERIFY(!plan.points.first().flipped);
    QVERIFY(plan.points.last().flipped);
    QCOMPARE(*plan.points.last().rawElevationDeg, 180.0 - 10.0);
    QCOMPARE(plan.unplannedBreaks.size(), 1);
    QCOMPARE(plan.unplannedBreaks.first().kind, Break::Kind::TooFast);
    QCOMPARE(plan.unplannedBreaks.first().atMs, 11 * stepMs);

    // Without an elevation unit that reaches over the zenith, the swing stays.
    Antenna noFlip = pair;
    noFlip.elevationMaxRawDeg = 90;
    QCOMPARE(tracking::planTrack(pass, noFlip).breaks.size(), 1);
}

void TestTrackPlanner::darkZonePointsWait()
{
    // A 300° unit, stop in the north: bearings 300..359 are out of reach. The antenna waits at
    // the last reachable point; the plan never names a raw value out of range.
    Antenna antenna;
    antenna.maxRotateDeg = 300;
    const auto plan = tracking::planTrack(sweep(280, 40, 40), antenna);
    bool sawUnreachable = false;
    for (const auto &point : plan.points) {
        QVERIFY(point.rawAzimuthDeg >= 0 && point.rawAzimuthDeg <= 300);
        sawUnreachable = sawUnreachable || point.unreachable;
    }
    QVERIFY(sawUnreachable);
    QVERIFY(plan.points.last().unreachable); // bearing 320
    QCOMPARE(plan.points.last().rawAzimuthDeg, 300.0); // waits at the edge it reached
}

void TestTrackPlanner::emptyTrack()
{
    const auto plan = tracking::planTrack({}, Antenna {});
    QVERIFY(plan.points.isEmpty());
    QVERIFY(plan.fits());
}

QTEST_GUILESS_MAIN(TestTrackPlanner)
#include "tst_trackplanner.moc"
