// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rotator.h"
#include "tracking/tracksettings.h"

#include <QTest>

using tracking::TrackSettings;

/// The rotator's tracking settings as the tracker gets them: defaults, the user's values, the
/// device's one-command-a-second floor and the horizon order.
class TestTrackSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheBuiltInOnes();
    void userValuesAreTaken();
    void stopElevationNeverAboveStart();
};

void TestTrackSettings::defaultsAreTheBuiltInOnes()
{
    const TrackSettings settings = tracking::trackSettingsFor(RotatorSettings {});
    QCOMPARE(settings.deadBandDeg, 2.0);
    QCOMPARE(settings.minIntervalMs, 5000);
    QCOMPARE(settings.startElevationDeg, 0.0);
    QCOMPARE(settings.stopElevationDeg, -0.5);
    const TrackSettings builtIn;
    QCOMPARE(settings.deadBandDeg, builtIn.deadBandDeg);
    QCOMPARE(settings.minIntervalMs, builtIn.minIntervalMs);
    QCOMPARE(settings.startElevationDeg, builtIn.startElevationDeg);
    QCOMPARE(settings.stopElevationDeg, builtIn.stopElevationDeg);
}

void TestTrackSettings::userValuesAreTaken()
{
    RotatorSettings rotator;
    rotator.trackDeadBandDeg = 7;
    rotator.trackIntervalSec = 30;
    rotator.trackStartElevationDeg = 10.5;
    rotator.trackStopElevationDeg = 3;
    const TrackSettings settings = tracking::trackSettingsFor(rotator);
    QCOMPARE(settings.deadBandDeg, 7.0);
    QCOMPARE(settings.minIntervalMs, 30'000);
    QCOMPARE(settings.startElevationDeg, 10.5);
    QCOMPARE(settings.stopElevationDeg, 3.0);

    rotator.trackIntervalSec = 0; // not from the dialog or the file, but never below the tick
    QCOMPARE(tracking::trackSettingsFor(rotator).minIntervalMs, Rotator::commandIntervalMs);
}

void TestTrackSettings::stopElevationNeverAboveStart()
{
    RotatorSettings rotator;
    rotator.trackStartElevationDeg = -3;
    QCOMPARE(tracking::trackSettingsFor(rotator).stopElevationDeg, -3.0);
    rotator.trackStartElevationDeg = 5;
    rotator.trackStopElevationDeg = 8;
    QCOMPARE(tracking::trackSettingsFor(rotator).stopElevationDeg, 5.0);
}

QTEST_GUILESS_MAIN(TestTrackSettings)
#include "tst_tracksettings.moc"
