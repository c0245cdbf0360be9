// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorgroup.h"

#include "modellogging.h"
#include "rotator.h"

#include <algorithm>
#include <cmath>

RotatorGroup::RotatorGroup(const GroupSettings &settings, const Resolver &resolve)
    : m_name(settings.name)
{
    m_members.reserve(settings.members.size());
    for (const GroupMemberSettings &member : settings.members)
        m_members.append({member, resolve ? resolve(member.brokerName, member.address) : nullptr});
}

QList<Rotator *> RotatorGroup::rotators() const
{
    QList<Rotator *> live;
    for (const Member &member : m_members) {
        if (member.rotator)
            live.append(member.rotator);
    }
    return live;
}

double RotatorGroup::memberBearingDeg(double groupBearingDeg, int offsetDeg)
{
    const double wrapped = std::fmod(groupBearingDeg + offsetDeg, 360.0);
    return wrapped < 0 ? wrapped + 360.0 : wrapped;
}

RotatorGroup::MemberOutcome RotatorGroup::planMember(const Member &member,
                                                     std::optional<double> bearingDeg) const
{
    MemberOutcome outcome;
    outcome.member = member.settings;
    outcome.rotator = member.rotator;
    outcome.bearingDeg = bearingDeg;
    if (!member.rotator) {
        outcome.skip = Skip::Missing;
        return outcome;
    }
    if (member.rotator->state().elevationMode) {
        outcome.skip = Skip::ElevationUnit;
        return outcome;
    }
    if (!bearingDeg) {
        outcome.skip = Skip::NoParkBearing;
        return outcome;
    }
    CommandResult why;
    outcome.plan = member.rotator->planTurnToBearing(*bearingDeg, &why);
    outcome.result = outcome.plan ? CommandResult {} : why;
    return outcome;
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::plan(double groupBearingDeg) const
{
    QList<MemberOutcome> outcomes;
    outcomes.reserve(m_members.size());
    for (const Member &member : m_members)
        outcomes.append(
            planMember(member, memberBearingDeg(groupBearingDeg, member.settings.offsetDeg)));
    return outcomes;
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::planPark() const
{
    QList<MemberOutcome> outcomes;
    outcomes.reserve(m_members.size());
    for (const Member &member : m_members) {
        std::optional<double> park;
        if (member.rotator) {
            if (const auto bearing = member.rotator->settings().parkBearingDeg)
                park = *bearing;
        }
        outcomes.append(planMember(member, park));
    }
    return outcomes;
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::send(QList<MemberOutcome> planned,
                                                      const CommandOrigin &origin)
{
    for (MemberOutcome &outcome : planned) {
        if (outcome.skip != Skip::None || !outcome.rotator || !outcome.bearingDeg)
            continue;
        // Planned again by the Rotator itself: its answer is the one that counts.
        outcome.result = outcome.rotator->turnToBearing(*outcome.bearingDeg, origin);
        if (!outcome.result.accepted())
            qCInfo(lcModel).noquote()
                << "group" << m_name << ":" << outcome.member.address.toString()
                << "refused:" << outcome.result.detail;
    }
    return planned;
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::turnTo(double groupBearingDeg,
                                                        const CommandOrigin &origin)
{
    return send(plan(groupBearingDeg), origin);
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::park(const CommandOrigin &origin)
{
    return send(planPark(), origin);
}

QList<RotatorGroup::MemberOutcome> RotatorGroup::stop(const CommandOrigin &origin)
{
    QList<MemberOutcome> outcomes;
    outcomes.reserve(m_members.size());
    for (const Member &member : m_members) {
        MemberOutcome outcome;
        outcome.member = member.settings;
        outcome.rotator = member.rotator;
        if (member.rotator)
            outcome.result = member.rotator->stop(origin);
        else
            outcome.skip = Skip::Missing;
        outcomes.append(outcome);
    }
    return outcomes;
}

int RotatorGroup::acceptedCount(const QList<MemberOutcome> &outcomes)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const MemberOutcome &o) { return o.accepted(); }));
}
