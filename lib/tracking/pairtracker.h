// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azelpose.h"
#include "rotatortracker.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class Clock;
class Rotator;

namespace tracking {

/// Makes an az/el pair (an azimuth unit and an elevation-only unit, raw 0..180 from one
/// horizon over the zenith to the other) follow a moving target as one antenna. At each poll
/// it picks the pose with chooseAzElPose from where both units are headed, so the pair flips
/// past the zenith (azimuth + 180°, raw elevation 180° − el) when that saves an unwind, and
/// sends a unit its raw Target when its part moved past the dead band and the minimum interval
/// has passed; never outside either unit's range.
///
/// It ends, and says why (RotatorTracker::EndReason), on the same events as RotatorTracker, for
/// either unit: a stop, another client's command, this app turning a unit, the broker going
/// down, a unit going stale or losing its position, a target the pair cannot reach, the
/// target sinking below the stop elevation, a refused command, or a target that never rises.
/// It never sends anything after it ended.
class PairTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairTracker)

public:
    using State = RotatorTracker::State;
    using EndReason = RotatorTracker::EndReason;

    /// Both units and clock must outlive the tracker; elevation must be in elevation mode.
    PairTracker(Rotator *azimuth, Rotator *elevation, SkyFunction target, TrackSettings settings,
                const Clock &clock, QObject *parent = nullptr);
    ~PairTracker() override;

    /// Starts (Idle only): follows at once when the target is up, else waits for its rise.
    /// Ends at once (NeverRises, a unit's problem) when it cannot follow; returns whether it runs.
    bool start();
    /// Ends with Stopped and sends both units a stop.
    void stop();
    /// Checks both units and the target, and sends the Targets that are due. Call about once a
    /// second.
    void poll();

    [[nodiscard]] State state() const;
    [[nodiscard]] EndReason endReason() const;
    [[nodiscard]] QString endDetail() const;
    [[nodiscard]] Rotator *azimuth() const;
    [[nodiscard]] Rotator *elevation() const;
    [[nodiscard]] const TrackSettings &settings() const;
    /// The pose last chosen (nullopt before the first).
    [[nodiscard]] std::optional<AzElPose> pose() const;

signals:
    void stateChanged(tracking::RotatorTracker::State state);
    /// The tracker ended (once).
    void ended(tracking::RotatorTracker::EndReason reason, const QString &detail);

private:
    void watch(Rotator *unit);
    void endNow(EndReason reason, const QString &detail);
    /// Both units linked, placed, the elevation unit in elevation mode: nullopt, else why not.
    [[nodiscard]] std::optional<EndReason> unitProblem() const;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tracking
