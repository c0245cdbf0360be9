// SPDX-License-Identifier: GPL-3.0-or-later
// The track planner on synthetic tracks: across north, across the end stop, through the zenith,
// into a dark zone. Each case also checks what following the track without a plan would do, so
// a planner that only copies the unplanned choice fails.
#include "tracking/azelpose.h"
#include "tracking/trackplanner.h"

#include <QTest>

#include <algorithm>
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

/// The largest raw azimuth step between two planned points: a plan without an unwind never
/// jumps by more than the target moved.
double largestStepDeg(const tracking::TrackPlan &plan)
{
    double largest = 0;
    for (qsizetype i = 1; i < plan.points.size(); ++i)
        largest = std::max(
            largest,
            std::abs(plan.points.at(i).rawAzimuthDeg - plan.points.at(i - 1).rawAzimuthDeg));
    return largest;
}

} // namespace

class TestTrackPlanner : public QObject
{
    Q_OBJECT

private slots:
    void acrossNorthStartsWhereItFits();
    void acrossTheEndStopUsesTheOverlap();
    void unavoidableUnwindIsShownOnce();
    void longTrackUsesTheWholeOverlap();
    void zenithPassAgreesWithTheOneCommandRule();
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
    QVERIFY2(largestStepDeg(plan) <= 1.0, qPrintable(QString::number(largestStepDeg(plan))));
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
    QVERIFY2(largestStepDeg(plan) <= 1.0, qPrintable(QString::number(largestStepDeg(plan))));
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

void TestTrackPlanner::longTrackUsesTheWholeOverlap()
{
    // 450° unit, stop in the north, antenna in the overlap at raw 380 (bearing 20). The target
    // turns 400° CW from 20° (a day of the Moon seen from high latitude): only raw 20..420 holds
    // it. Nearest-first starts at raw 380 and unwinds at bearing 90; a plan that started on the
    // nearest copy would also have to unwind once.
    Antenna antenna;
    antenna.maxRotateDeg = 450;
    antenna.currentRawDeg = 380;
    const auto plan = tracking::planTrack(sweep(20, 400, 400), antenna);
    QVERIFY(plan.fits());
    QCOMPARE(plan.points.first().rawAzimuthDeg, 20.0);
    QCOMPARE(plan.points.last().rawAzimuthDeg, 420.0);
    QVERIFY2(largestStepDeg(plan) <= 1.0, qPrintable(QString::number(largestStepDeg(plan))));
    for (const auto &point : plan.points)
        QVERIFY(point.rawAzimuthDeg >= 0 && point.rawAzimuthDeg <= 450);
    QCOMPARE(unwinds(plan.unplannedBreaks), 1);
    QCOMPARE(plan.unplannedBreaks.first().atMs, 71 * minuteMs); // bearing 91: past raw 450

    // 20° more and no copy holds it: one unwind, even planned.
    QCOMPARE(unwinds(tracking::planTrack(sweep(20, 440, 440), antenna).breaks), 1);
}

void TestTrackPlanner::zenithPassAgreesWithTheOneCommandRule()
{
    // A pass straight through the zenith from north to south, a point every 30 s: azimuth 0°
    // while rising to exactly 90°, 180° after. The plan keeps the azimuth still and lets the
    // elevation unit go over the top (raw 90..170); a client sending one position at a time
    // through chooseAzElPose does the same, point for point.
    constexpr qint64 stepMs = 30'000;
    QList<TrackPoint> pass;
    for (int m = 0; m <= 8; ++m)
        pass.append({m * stepMs, 0, 10.0 + m * 10.0});
    for (int m = 1; m <= 8; ++m)
        pass.append({(8 + m) * stepMs, 180, 90.0 - m * 10.0});
    Antenna pair;
    pair.hasElevation = true;
    pair.startAzimuthDeg = 180; // stop in the south: north is raw 180
    pair.maxRotateDeg = 360;
    pair.currentRawDeg = 180;
    const auto plan = tracking::planTrack(pass, pair);
    QVERIFY(plan.fits());
    QCOMPARE(plan.points.size(), pass.size());
    QCOMPARE(largestStepDeg(plan), 0.0);

    const tracking::AzElRanges ranges {pair.startAzimuthDeg, pair.maxRotateDeg,
                                       pair.elevationMaxRawDeg};
    int rawAz = 180;
    int rawEl = 0;
    for (int i = 0; i < pass.size(); ++i) {
        const auto pose = tracking::chooseAzElPose(pass.at(i).azimuthDeg, pass.at(i).elevationDeg,
                                                   ranges, rawAz, rawEl);
        QVERIFY(pose);
        const auto &planned = plan.points.at(i);
        QCOMPARE(double(pose->rawAzimuthDeg), planned.rawAzimuthDeg);
        QCOMPARE(double(pose->rawElevationDeg), *planned.rawElevationDeg);
        // At the zenith itself both sides point the same way; after it, both are flipped.
        if (pass.at(i).elevationDeg < 90)
            QCOMPARE(pose->flipped, planned.flipped);
        rawAz = pose->rawAzimuthDeg;
        rawEl = pose->rawElevationDeg;
    }
    QVERIFY(plan.points.last().flipped);
    QCOMPARE(*plan.points.last().rawElevationDeg, 170.0);

    // Without the flip (an elevation unit of 0..90) the azimuth must swing 180° at the top.
    Antenna noFlip = pair;
    noFlip.elevationMaxRawDeg = 90;
    const auto swung = tracking::planTrack(pass, noFlip);
    QCOMPARE(swung.breaks.size(), 1);
    QCOMPARE(largestStepDeg(swung), 180.0);
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
