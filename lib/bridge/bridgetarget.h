// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commandresult.h"
#include "model/rotatorstate.h"
#include "model/turnplan.h"
#include "mqtt/commandorigin.h"
#include "protocol/rotatoraddress.h"

#include <QObject>
#include <QString>

#include <optional>

/// What an interop endpoint (rotctld, N1MM, PstRotator) may see of and do to one rotator.
///
/// The production implementation (RotatorBridgeTarget) forwards every command to Rotator, so the
/// model's range checks, half rule, safe reversal and pacing apply to all of them; the endpoints
/// never build MQTT payloads themselves. Tests use a fake to drive the servers alone.
class BridgeTarget : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BridgeTarget)

public:
    using QObject::QObject;
    ~BridgeTarget() override = default;

    [[nodiscard]] virtual RotatorAddress address() const = 0;
    /// The name clients see: the device's Name when known, else "CALL/ID".
    [[nodiscard]] virtual QString label() const = 0;
    [[nodiscard]] virtual RotatorState state() const = 0;
    /// Pure: nullopt when the bearing cannot be reached now (see Rotator::planTurnToBearing).
    [[nodiscard]] virtual std::optional<TurnPlan> planTurnToBearing(double bearingDeg) const = 0;

    /// origin (every command): the endpoint and client asking, for the traffic log.
    virtual CommandResult turnToBearing(double bearingDeg, const CommandOrigin &origin) = 0;
    virtual CommandResult turnToRaw(int rawDeg, const CommandOrigin &origin) = 0;
    virtual CommandResult stop(const CommandOrigin &origin) = 0;
    virtual CommandResult refresh(const CommandOrigin &origin) = 0;

    /// Compass bearing that `park` turns to (azimuth units); nullopt = the default (north).
    [[nodiscard]] std::optional<int> parkBearingDeg() const { return m_parkBearingDeg; }
    void setParkBearingDeg(std::optional<int> bearingDeg) { m_parkBearingDeg = bearingDeg; }

    /// Compass bearing of the current position (raw + start, wrapped); nullopt while unknown or
    /// for elevation-only units. Computed here so the endpoints agree on one rule.
    [[nodiscard]] static std::optional<int> azimuthBearingDeg(const RotatorState &state)
    {
        if (!state.rawAzimuthDeg || state.elevationMode)
            return std::nullopt;
        return wrapBearingDeg(*state.rawAzimuthDeg + state.startAzimuthDeg);
    }

    /// Turns to the park position: the park bearing, or raw 0 (the horizon) for elevation-only
    /// units.
    virtual CommandResult park(const CommandOrigin &origin)
    {
        if (state().elevationMode)
            return turnToRaw(0, origin);
        return turnToBearing(m_parkBearingDeg.value_or(0), origin);
    }

signals:
    /// Any field of state() changed.
    void stateChanged();

private:
    std::optional<int> m_parkBearingDeg;
};
