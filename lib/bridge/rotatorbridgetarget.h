// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridgetarget.h"

#include "model/rotator.h"

#include <QPointer>

/// BridgeTarget over a live Rotator of the model. Does not own the rotator; when it is deleted,
/// commands are refused (InvalidValue, "rotator removed") and state() is empty.
class RotatorBridgeTarget final : public BridgeTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatorBridgeTarget)

public:
    explicit RotatorBridgeTarget(Rotator *rotator, QObject *parent = nullptr);
    ~RotatorBridgeTarget() override;

    [[nodiscard]] Rotator *rotator() const { return m_rotator; }

    [[nodiscard]] RotatorAddress address() const override;
    [[nodiscard]] QString label() const override;
    [[nodiscard]] RotatorState state() const override;
    [[nodiscard]] std::optional<TurnPlan> planTurnToBearing(double bearingDeg) const override;
    CommandResult turnToBearing(double bearingDeg, const CommandOrigin &origin) override;
    CommandResult turnToRaw(int rawDeg, const CommandOrigin &origin) override;
    CommandResult stop(const CommandOrigin &origin) override;
    CommandResult refresh(const CommandOrigin &origin) override;

private:
    [[nodiscard]] static CommandResult gone();

    QPointer<Rotator> m_rotator;
    RotatorAddress m_address;
};
