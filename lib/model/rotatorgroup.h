// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresult.h"
#include "turnplan.h"

#include "mqtt/commandorigin.h"
#include "settings/appsettings.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class Rotator;

/// A saved group (GroupSettings) bound to the live rotators of its members: one command turns,
/// stops or parks them all. Every member goes through its own Rotator, so its range, pacing,
/// the half rule, safe reversal and its bidirectional setting apply as for a single turn.
///
/// "What can": a member that cannot take a command (dark zone, position unknown, broker down,
/// not on a broker now, no park bearing) is refused and reported in its outcome; the others
/// still go. Nothing is asked here (a long unwind is sent as planned): the app plans first with
/// plan() / planPark(), asks the user once, then sends through each Rotator or through turnTo().
///
/// A value holding QPointers: a member whose Rotator goes away reads as Skip::Missing. Lives on
/// the rotators' thread.
class RotatorGroup
{
public:
    /// Finds the live rotator of a member (broker name + address); null when there is none now.
    using Resolver = std::function<Rotator *(const QString &brokerName, const RotatorAddress &)>;

    /// Why a member took no command although it was not its Rotator that refused.
    enum class Skip {
        None, ///< the member's Rotator was asked (see MemberOutcome::result)
        Missing, ///< no such rotator on a broker right now
        ElevationUnit, ///< an elevation-only unit takes no compass bearing
        NoParkBearing, ///< park: the member has no park bearing
    };

    struct Member
    {
        GroupMemberSettings settings;
        QPointer<Rotator> rotator;
    };

    /// What one member did with (or would do with, for plans) a group command.
    struct MemberOutcome
    {
        GroupMemberSettings member;
        QPointer<Rotator> rotator;
        /// Compass bearing the member was asked to point at (group bearing + its offset, or its
        /// park bearing); nullopt for a stop or when skipped before a bearing was known.
        std::optional<double> bearingDeg;
        /// Turns and parks: the member's plan, when it has one.
        std::optional<TurnPlan> plan;
        Skip skip = Skip::None;
        /// The Rotator's answer (plans: Sent when a plan exists, else the refusal).
        CommandResult result;

        [[nodiscard]] bool accepted() const { return skip == Skip::None && result.accepted(); }
    };

    RotatorGroup() = default;
    RotatorGroup(const GroupSettings &settings, const Resolver &resolve);

    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] const QList<Member> &members() const { return m_members; }
    /// The live rotators among the members, in the group's order.
    [[nodiscard]] QList<Rotator *> rotators() const;
    /// An empty group turns nothing (its commands return no outcomes).
    [[nodiscard]] bool isEmpty() const { return m_members.isEmpty(); }

    /// groupBearingDeg + offsetDeg wrapped into 0..360 (exclusive).
    [[nodiscard]] static double memberBearingDeg(double groupBearingDeg, int offsetDeg);

    /// Each member's plan for turning the group to a compass bearing; sends nothing.
    [[nodiscard]] QList<MemberOutcome> plan(double groupBearingDeg) const;
    /// Each member's plan for turning to its own park bearing (offsets do not apply).
    [[nodiscard]] QList<MemberOutcome> planPark() const;
    /// Turns every member that can to groupBearingDeg + its offset ("what can", see above).
    QList<MemberOutcome> turnTo(double groupBearingDeg, const CommandOrigin &origin = {});
    /// Turns every member that has a park bearing to it.
    QList<MemberOutcome> park(const CommandOrigin &origin = {});
    /// Stops every live member (elevation units too).
    QList<MemberOutcome> stop(const CommandOrigin &origin = {});

    /// The outcomes that were accepted.
    [[nodiscard]] static int acceptedCount(const QList<MemberOutcome> &outcomes);

private:
    [[nodiscard]] MemberOutcome planMember(const Member &member,
                                           std::optional<double> bearingDeg) const;
    QList<MemberOutcome> send(QList<MemberOutcome> planned, const CommandOrigin &origin);

    QString m_name;
    QList<Member> m_members;
};
