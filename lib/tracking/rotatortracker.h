// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trackplanner.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class Rotator;

namespace tracking {

/// Where a moving target is, seen from the station.
struct SkyPosition
{
    double azimuthDeg = 0; ///< compass, 0..360
    double elevationDeg = 0; ///< above the horizon, -90..90
};

/// The target's position at a moment (nullopt when unknown then).
using SkyFunction = std::function<std::optional<SkyPosition>(const QDateTime &utc)>;

/// How one antenna follows a target.
struct TrackSettings
{
    /// A new command only when the target moved at least this far from the last one.
    double deadBandDeg = 2.0;
    /// At least this long between two commands; never below the device's one-command-per-second
    /// tick (Rotator::commandIntervalMs).
    int minIntervalMs = 5000;
    /// Following starts once the target is at least this high.
    double startElevationDeg = 0.0;
    /// Following ends when the target sinks below this.
    double stopElevationDeg = -0.5;
    /// How far ahead the track is planned, and its step.
    qint64 planHorizonMs = 8 * 3600 * 1000LL;
    qint64 planStepMs = 60'000;
};

/// Makes one rotator follow a moving target (the Sun, the Moon, …): an azimuth rotator takes the
/// target's bearing, an elevation-mode unit its elevation. Before it starts, it plans the
/// visible part of the track (planTrack) so that a rotator with an overlap starts on the copy
/// that needs no unwind; while it runs, it sends a raw Target when the target has moved past
/// the dead band and the minimum interval has passed, always within the rotator's range.
///
/// It ends, and says why, on: a stop (ours or anyone's), another client's command, the broker
/// going down, the unit going stale or losing its position, a target the rotator cannot reach
/// (its dark zone or beyond its range), the target sinking below the stop elevation, or a
/// command the rotator refuses. It never sends anything after it ended.
class RotatorTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatorTracker)

public:
    enum class State {
        Idle, ///< not started
        WaitingForRise, ///< started; the target is below the start elevation
        Tracking, ///< following
        Ended, ///< over (endReason() says why)
    };
    Q_ENUM(State)

    enum class EndReason {
        None,
        Stopped, ///< a stop was sent to the rotator (Stop, Esc, Stop All, another client)
        OtherClient, ///< another client sent a Target
        Overridden, ///< this app sent the rotator another Target (the user turned it)
        BrokerDown,
        Stale, ///< the unit fell silent
        PositionUnknown,
        OutOfReach, ///< the target left the rotator's range (dark zone, beyond the end stop)
        BelowHorizon, ///< the target sank below the stop elevation
        Refused, ///< the rotator refused a command (detail in endDetail())
        NeverRises, ///< within the plan horizon the target never reaches the start elevation
    };
    Q_ENUM(EndReason)

    /// rotator and clock must outlive the tracker.
    RotatorTracker(Rotator *rotator, SkyFunction target, TrackSettings settings, const Clock &clock,
                   QObject *parent = nullptr);
    ~RotatorTracker() override;

    /// Plans and starts (Idle only). Ends at once (NeverRises, OutOfReach, …) when it cannot
    /// follow; returns whether it is running.
    bool start();
    /// Plans as start() would, but neither starts nor sends (Idle only): plan() and
    /// visibleTrack() then show what start() would follow from now. nullopt when it could
    /// start, else the reason start() would end with at once.
    [[nodiscard]] std::optional<EndReason> preview();
    /// Ends with Stopped and sends the rotator a stop.
    void stop();
    /// Checks the rotator and the target, and sends a Target when one is due. Call about once a
    /// second (the app's timer; tests call it with a manual clock).
    void poll();

    [[nodiscard]] State state() const;
    [[nodiscard]] EndReason endReason() const;
    [[nodiscard]] QString endDetail() const;
    [[nodiscard]] Rotator *rotator() const;
    [[nodiscard]] const TrackSettings &settings() const;
    /// The plan made at start (azimuth rotators; empty for elevation units): its points, and the
    /// unwinds a client without planning would have met (unplannedBreaks).
    [[nodiscard]] const TrackPlan &plan() const;
    /// The visible part of the track from start, in UTC: the map draws it.
    [[nodiscard]] const QList<QPair<QDateTime, SkyPosition>> &visibleTrack() const;

signals:
    void stateChanged(RotatorTracker::State state);
    /// The tracker ended (once).
    void ended(RotatorTracker::EndReason reason, const QString &detail);

private:
    void endNow(EndReason reason, const QString &detail);
    /// Linked and placed: nullopt when it may go on, else why it must end.
    [[nodiscard]] std::optional<EndReason> rotatorProblem() const;
    /// The raw value that points at `position` now; nullopt when out of reach.
    [[nodiscard]] std::optional<int> rawFor(const SkyPosition &position) const;
    void planAhead();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tracking
