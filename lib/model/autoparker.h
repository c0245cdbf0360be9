// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresult.h"

#include <QObject>

#include <memory>
#include <optional>

class Clock;
class Rotator;

/// Parks rotators that were left alone. A rotator whose settings have autoParkAfterMin and a
/// parkBearingDeg turns to its park bearing once that many minutes passed without a command (ours
/// or another client's) and without movement. It says so warningMs before (parkingSoon) and when
/// it sends the park (parkingStarted).
///
/// It never fires while the broker is down, the unit is stale or not heard yet, or its position
/// is unknown: any of those restarts the wait, so a unit that comes back gets the full delay
/// again. A rotator already at its park bearing is left as it is. After a park, nothing more
/// happens until the next command or move.
class AutoParker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoParker)

public:
    /// How long before the park the warning comes.
    static constexpr qint64 warningMs = 60'000;
    /// Within this many degrees of the park bearing the rotator counts as parked.
    static constexpr int parkedToleranceDeg = 2;

    /// clock must outlive the parker.
    explicit AutoParker(const Clock &clock, QObject *parent = nullptr);
    ~AutoParker() override;

    /// Starts watching a rotator (its settings say whether and when it parks). Forgotten when the
    /// rotator is destroyed or unwatch() is called.
    void watch(Rotator *rotator);
    void unwatch(Rotator *rotator);

    /// Checks every watched rotator; call about once a second.
    void poll();

    /// Milliseconds until the rotator parks, when it is counting down now; nullopt when auto-park
    /// is off for it, it is parked already, or a condition holds it (broker down, stale, …).
    [[nodiscard]] std::optional<qint64> msUntilPark(const Rotator *rotator) const;

signals:
    /// The rotator parks in secondsLeft seconds unless a command comes first (once per wait).
    void parkingSoon(Rotator *rotator, int secondsLeft);
    /// The countdown announced by parkingSoon ended without a park (a command, a move, the
    /// broker or the unit went away, or auto-park was turned off).
    void parkingCancelled(Rotator *rotator);
    /// The park turn was requested: result says whether it went out (Sent / Queued) or why not.
    void parkingStarted(Rotator *rotator, int parkBearingDeg, const CommandResult &result);

private:
    struct Watch;

    void restart(Rotator *rotator);
    [[nodiscard]] Watch *find(const Rotator *rotator) const;

    class Private;
    std::unique_ptr<Private> d;
};
