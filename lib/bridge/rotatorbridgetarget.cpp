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

CommandResult RotatorBridgeTarget::turnToBearing(double bearingDeg, const CommandOrigin &origin)
{
    return m_rotator ? m_rotator->turnToBearing(bearingDeg, origin) : gone();
}

CommandResult RotatorBridgeTarget::turnToRaw(int rawDeg, const CommandOrigin &origin)
{
    return m_rotator ? m_rotator->turnToRaw(rawDeg, origin) : gone();
}

CommandResult RotatorBridgeTarget::stop(const CommandOrigin &origin)
{
    return m_rotator ? m_rotator->stop(origin) : gone();
}

CommandResult RotatorBridgeTarget::refresh(const CommandOrigin &origin)
{
    return m_rotator ? m_rotator->refresh(origin) : gone();
}

CommandResult RotatorBridgeTarget::gone()
{
    return {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
}
