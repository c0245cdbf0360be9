// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorbridgetarget.h"

#include "model/rotator.h"

RotatorBridgeTarget::RotatorBridgeTarget(Rotator *rotator, QObject *parent)
    : BridgeTarget(parent)
    , m_rotator(rotator)
{
    if (rotator) {
        m_address = rotator->address();
        connect(rotator, &Rotator::stateChanged, this, &BridgeTarget::stateChanged);
    }
}

RotatorBridgeTarget::~RotatorBridgeTarget() = default;

RotatorAddress RotatorBridgeTarget::address() const
{
    return m_address;
}

QString RotatorBridgeTarget::label() const
{
    if (m_rotator && !m_rotator->state().name.trimmed().isEmpty())
        return m_rotator->state().name.trimmed();
    return m_address.toString();
}

RotatorState RotatorBridgeTarget::state() const
{
    return m_rotator ? m_rotator->state() : RotatorState {};
}

std::optional<TurnPlan> RotatorBridgeTarget::planTurnToBearing(double bearingDeg) const
{
    if (!m_rotator)
        return std::nullopt;
    return m_rotator->planTurnToBearing(bearingDeg);
}

CommandResult RotatorBridgeTarget::turnToBearing(double bearingDeg)
{
    return m_rotator ? m_rotator->turnToBearing(bearingDeg) : gone();
}

CommandResult RotatorBridgeTarget::turnToRaw(int rawDeg)
{
    return m_rotator ? m_rotator->turnToRaw(rawDeg) : gone();
}

CommandResult RotatorBridgeTarget::stop()
{
    return m_rotator ? m_rotator->stop() : gone();
}

CommandResult RotatorBridgeTarget::refresh()
{
    return m_rotator ? m_rotator->refresh() : gone();
}

CommandResult RotatorBridgeTarget::gone()
{
    return {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
}
