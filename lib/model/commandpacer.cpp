// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpacer.h"

#include "core/clock.h"
#include "protocol/command.h"

using namespace Qt::StringLiterals;

namespace model {

namespace {

std::optional<TurnPlan> plan(const TargetRequest &request, const TurnSituation &situation,
                             CommandResult *whyNot)
{
    return request.byBearing ? planTurnToBearing(situation, request.bearingDeg, whyNot)
                             : planTurnToRaw(situation, request.rawDeg, whyNot);
}

QString pacingReason()
{
    return u"queued by the 1 s command pacing"_s;
}

CommandResult queuedOrSent(bool stillWaiting, const QString &why)
{
    if (stillWaiting)
        return CommandResult {CommandResult::Code::Queued, why};
    return CommandResult {CommandResult::Code::Sent, {}};
}

} // namespace

CommandPacer::CommandPacer(CommandLink &link, const Clock &clock)
    : m_link(link)
    , m_clock(clock)
{
}

CommandResult CommandPacer::requestTarget(const TargetRequest &request,
                                          const TurnSituation &situation)
{
    if (!m_link.isUp())
        return refuse(CommandResult::Code::BrokerDown,
                      u"the broker connection is down; nothing was sent"_s);
    CommandResult whyNot;
    const std::optional<TurnPlan> turn = plan(request, situation, &whyNot);
    if (!turn)
        return refuse(whyNot.code, whyNot.detail);
    m_target = request; // replaces an unsent older target
    if (turn->stopFirst && !m_targetWaitsForStop) {
        m_targetWaitsForStop = true;
        if (!m_stopWaits)
            m_stopOrigin = request.origin;
        m_stopWaits = true;
    }
    pump(situation);
    return queuedOrSent(m_target.has_value(),
                        m_targetWaitsForStop ? u"stopping first, target follows"_s
                                             : pacingReason());
}

CommandResult CommandPacer::requestStop(const TurnSituation &situation, const CommandOrigin &origin)
{
    if (!m_link.isUp())
        return refuse(CommandResult::Code::BrokerDown,
                      u"the broker connection is down; nothing was sent"_s);
    // Stop means stop: it replaces a waiting target and goes first.
    m_target.reset();
    m_targetWaitsForStop = false;
    m_stopWaits = true;
    m_stopOrigin = origin;
    pump(situation);
    return queuedOrSent(m_stopWaits, pacingReason());
}

CommandResult CommandPacer::requestGet(const TurnSituation &situation, const CommandOrigin &origin)
{
    if (!m_link.isUp())
        return refuse(CommandResult::Code::BrokerDown,
                      u"the broker connection is down; nothing was sent"_s);
    if (!m_getWaits)
        m_getOrigin = origin;
    m_getWaits = true;
    pump(situation);
    return queuedOrSent(m_getWaits, pacingReason());
}

void CommandPacer::pump(const TurnSituation &situation)
{
    if (!somethingSendable(situation.moving)) {
        m_wakeUpAtMs.reset();
        return;
    }
    if (!m_link.isUp()) {
        dropAll(u"the broker connection is down"_s);
        return;
    }
    const qint64 nowMs = m_clock.nowMs();
    if (m_lastSentMs && nowMs - *m_lastSentMs < intervalMs) {
        m_wakeUpAtMs = *m_lastSentMs + intervalMs;
        return;
    }
    if (m_stopWaits) {
        m_stopWaits = false;
        if (transmit(protocol::stopCommand(), m_stopOrigin))
            m_stopSentMs = nowMs;
        else
            refuse(CommandResult::Code::BrokerDown, u"stop could not be sent"_s);
    } else if (targetSendable(situation.moving)) {
        sendTarget(situation, nowMs);
    } else if (m_getWaits) {
        m_getWaits = false;
        transmit(protocol::getCommand(), m_getOrigin);
    }
    if (somethingSendable(situation.moving))
        m_wakeUpAtMs = nowMs + intervalMs;
    else
        m_wakeUpAtMs.reset();
}

void CommandPacer::sendTarget(const TurnSituation &situation, qint64 nowMs)
{
    CommandResult whyNot;
    const std::optional<TurnPlan> turn = plan(*m_target, situation, &whyNot);
    if (!turn) {
        m_target.reset();
        m_targetWaitsForStop = false;
        refuse(whyNot.code, whyNot.detail);
        return;
    }
    if (turn->stopFirst) {
        // Moving the other way now: the firmware would reverse without ramping down.
        m_targetWaitsForStop = true;
        if (transmit(protocol::stopCommand(), m_target->origin))
            m_stopSentMs = nowMs;
        return;
    }
    const std::optional<protocol::Command> command
        = protocol::targetCommand(turn->rawTargetDeg, situation.maxRotateDeg);
    const CommandOrigin origin = m_target->origin;
    m_target.reset();
    m_targetWaitsForStop = false;
    m_stopSentMs.reset();
    if (!command)
        refuse(CommandResult::Code::OutOfRange,
               u"raw %1 is outside 0..%2"_s.arg(turn->rawTargetDeg).arg(situation.maxRotateDeg));
    else if (transmit(*command, origin))
        m_link.targetSent(*turn);
    else
        refuse(CommandResult::Code::BrokerDown, u"target could not be sent"_s);
}

void CommandPacer::poll(const TurnSituation &situation)
{
    const qint64 nowMs = m_clock.nowMs();
    if (m_targetWaitsForStop && m_stopSentMs && nowMs - *m_stopSentMs >= stopCheckAfterMs) {
        // No stop seen yet: ask, the reply (AzimuthStop or not) settles it.
        m_stopSentMs = nowMs;
        if (!m_getWaits)
            m_getOrigin = {};
        m_getWaits = true;
    }
    pump(situation);
}

void CommandPacer::dropWaitingTarget(const QString &why)
{
    if (!m_target)
        return;
    refuse(CommandResult::Code::Superseded, u"target dropped: "_s + why);
    m_target.reset();
    m_targetWaitsForStop = false;
    m_stopSentMs.reset();
    if (!m_stopWaits && !m_getWaits)
        m_wakeUpAtMs.reset();
}

void CommandPacer::dropAll(const QString &why)
{
    if (m_target)
        refuse(CommandResult::Code::BrokerDown, u"target dropped: "_s + why);
    if (m_stopWaits)
        refuse(CommandResult::Code::BrokerDown, u"stop dropped: "_s + why);
    if (m_getWaits)
        refuse(CommandResult::Code::BrokerDown, u"get dropped: "_s + why);
    m_stopWaits = false;
    m_getWaits = false;
    m_target.reset();
    m_targetWaitsForStop = false;
    m_stopSentMs.reset();
    m_wakeUpAtMs.reset();
}

bool CommandPacer::targetSendable(bool moving) const
{
    return m_target && !(m_targetWaitsForStop && moving);
}

bool CommandPacer::somethingSendable(bool moving) const
{
    return m_stopWaits || m_getWaits || targetSendable(moving);
}

bool CommandPacer::transmit(const protocol::Command &command, const CommandOrigin &origin)
{
    if (!m_link.isUp() || !m_link.send(command, origin))
        return false;
    m_lastSentMs = m_clock.nowMs();
    return true;
}

CommandResult CommandPacer::refuse(CommandResult::Code code, const QString &detail)
{
    const CommandResult result {code, detail};
    m_link.refused(result);
    return result;
}

} // namespace model
