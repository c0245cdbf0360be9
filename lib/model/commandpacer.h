// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresult.h"
#include "turnplan.h"
#include "turnplanner.h"

#include "mqtt/commandorigin.h"

#include <QString>

#include <optional>

class Clock;

namespace protocol {
struct Command;
}

namespace model {

/// A target the user asked for. It is planned again when it really goes out: the position may
/// have changed meanwhile (e.g. during a stop ramp).
struct TargetRequest
{
    bool byBearing = false;
    double bearingDeg = 0.0;
    int rawDeg = 0;
    /// Who asked; goes with the Target (and a stop sent first for it) to the link.
    CommandOrigin origin = {};

    [[nodiscard]] static TargetRequest bearing(double bearingDeg, CommandOrigin origin = {})
    {
        return {true, bearingDeg, 0, std::move(origin)};
    }
    [[nodiscard]] static TargetRequest raw(int rawDeg, CommandOrigin origin = {})
    {
        return {false, 0.0, rawDeg, std::move(origin)};
    }
};

/// Where the pacer's commands go, and where it reports what became of them.
class CommandLink
{
public:
    virtual ~CommandLink() = default;
    /// True while a command can go out now (broker up and connected).
    [[nodiscard]] virtual bool isUp() const = 0;
    /// Publishes one command now (QoS 0, never retained); false when it did not go out.
    /// origin: who asked for it (see CommandOrigin).
    virtual bool send(const protocol::Command &command, const CommandOrigin &origin) = 0;
    /// A Target went out; plan.destinationRawDeg is where the firmware will drive.
    virtual void targetSent(const TurnPlan &plan) = 0;
    /// A requested or queued command was refused or dropped: nothing was or will be sent.
    virtual void refused(const CommandResult &result) = 0;
};

/// The command queue of one IP-Rotator (spec §2: the device services about one inbound message
/// per second). Pure: no MQTT, no timers; it reads time only from the Clock and sends through a
/// CommandLink. The owner calls pump() again at wakeUpAtMs() and whenever the device stops.
///
/// Rules:
/// - At most one command per intervalMs; what waits goes out in the order stop, target, get.
/// - One target waits at most: a newer target replaces an unsent older one, and stop drops it.
/// - A target in the direction opposite to the current move is preceded by a stop and goes
///   out (planned again) only once the device no longer moves; if nothing settles that within
///   stopCheckAfterMs, poll() asks the device with `get`.
/// - Several `get` requests that wait together go out as one.
/// - Nothing is accepted while the link is down, and whatever waits is dropped (and reported)
///   when the link goes down: a command never fires later than the user expects.
class CommandPacer
{
public:
    /// Minimum gap between two commands to one device.
    static constexpr qint64 intervalMs = 1000;
    /// A target waiting for a stop to complete asks with `get` when nothing happened for this long.
    static constexpr qint64 stopCheckAfterMs = 5000;

    /// Both must outlive the pacer.
    CommandPacer(CommandLink &link, const Clock &clock);

    /// Plans the target for `situation` (refused when it cannot be planned), then sends it now
    /// or keeps it as the one waiting target. Sent, Queued or the refusal.
    CommandResult requestTarget(const TargetRequest &request, const TurnSituation &situation);
    /// Drops a waiting target and sends stop first. Sent, Queued or BrokerDown. Never refused
    /// for any other reason, whoever asks.
    CommandResult requestStop(const TurnSituation &situation, const CommandOrigin &origin = {});
    /// Sends `get` (joins one that already waits, keeping its origin). Sent, Queued or
    /// BrokerDown.
    CommandResult requestGet(const TurnSituation &situation, const CommandOrigin &origin = {});

    /// Sends the most important waiting command if the gap allows it.
    void pump(const TurnSituation &situation);
    /// About once a second: the stop check (see stopCheckAfterMs), then pump().
    void poll(const TurnSituation &situation);
    /// The link went down: everything waiting is dropped and reported with `why`.
    void dropAll(const QString &why);
    /// Another client sent the device a target or a stop: a target still waiting here is older
    /// than that, so it is dropped (reported as Superseded with `why`) instead of overriding it.
    /// A waiting stop or get stays.
    void dropWaitingTarget(const QString &why);

    /// When pump() has something to do next (Clock milliseconds); nullopt when it waits for
    /// nothing but a request or the device stopping.
    [[nodiscard]] std::optional<qint64> wakeUpAtMs() const { return m_wakeUpAtMs; }
    [[nodiscard]] bool getWaits() const { return m_getWaits; }
    [[nodiscard]] std::optional<TargetRequest> waitingTarget() const { return m_target; }
    /// The waiting target is held back until the device stops.
    [[nodiscard]] bool targetWaitsForStop() const { return m_targetWaitsForStop; }

private:
    [[nodiscard]] bool targetSendable(bool moving) const;
    [[nodiscard]] bool somethingSendable(bool moving) const;
    bool transmit(const protocol::Command &command, const CommandOrigin &origin);
    void sendTarget(const TurnSituation &situation, qint64 nowMs);
    CommandResult refuse(CommandResult::Code code, const QString &detail);

    CommandLink &m_link;
    const Clock &m_clock;
    std::optional<qint64> m_lastSentMs;
    std::optional<qint64> m_wakeUpAtMs;
    bool m_stopWaits = false;
    CommandOrigin m_stopOrigin;
    bool m_getWaits = false;
    CommandOrigin m_getOrigin;
    std::optional<TargetRequest> m_target;
    bool m_targetWaitsForStop = false;
    /// When the stop that the waiting target depends on went out (or was last checked).
    std::optional<qint64> m_stopSentMs;
};

} // namespace model
