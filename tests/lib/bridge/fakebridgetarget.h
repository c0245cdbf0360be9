// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/bridgetarget.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

/// A BridgeTarget that records what the endpoints ask for, so the servers can be tested alone
/// (the end-to-end tests use the real model and a simulated rotator instead).
class FakeBridgeTarget final : public BridgeTarget
{
    Q_OBJECT

public:
    struct Call
    {
        QString what; ///< "bearing", "raw", "stop", "refresh"
        double value = 0.0;
        friend bool operator==(const Call &, const Call &) = default;
    };

    explicit FakeBridgeTarget(QObject *parent = nullptr)
        : BridgeTarget(parent)
    {
        m_state.rawAzimuthDeg = 0;
        m_state.link = LinkState::Live;
    }

    RotatorAddress address() const override { return m_address; }
    QString label() const override
    {
        return m_state.name.isEmpty() ? m_address.toString() : m_state.name;
    }
    RotatorState state() const override { return m_state; }

    std::optional<TurnPlan> planTurnToBearing(double bearingDeg) const override
    {
        if (!m_state.rawAzimuthDeg)
            return std::nullopt;
        int raw = int(std::lround(bearingDeg - m_state.startAzimuthDeg)) % 360;
        if (raw < 0)
            raw += 360;
        if (raw > m_state.maxRotateDeg)
            return std::nullopt;
        TurnPlan plan;
        plan.fromRawDeg = *m_state.rawAzimuthDeg;
        plan.rawTargetDeg = raw;
        plan.travelDeg = std::abs(raw - plan.fromRawDeg);
        if (raw + 360 <= m_state.maxRotateDeg
            && std::abs(raw + 360 - plan.fromRawDeg) < plan.travelDeg) {
            plan.rawTargetDeg = raw + 360;
            plan.travelDeg = std::abs(raw + 360 - plan.fromRawDeg);
        }
        return plan;
    }

    CommandResult turnToBearing(double bearingDeg, const CommandOrigin &origin) override
    {
        lastOrigin = origin;
        calls.append({QStringLiteral("bearing"), bearingDeg});
        if (!brokerUp)
            return {CommandResult::Code::BrokerDown, QStringLiteral("broker down")};
        if (!planTurnToBearing(bearingDeg))
            return {CommandResult::Code::DarkZone, QStringLiteral("dark zone")};
        return {CommandResult::Code::Sent, {}};
    }
    CommandResult turnToRaw(int rawDeg, const CommandOrigin &origin) override
    {
        lastOrigin = origin;
        calls.append({QStringLiteral("raw"), double(rawDeg)});
        if (!brokerUp)
            return {CommandResult::Code::BrokerDown, QStringLiteral("broker down")};
        if (rawDeg < 0 || rawDeg > m_state.maxRotateDeg)
            return {CommandResult::Code::OutOfRange, QStringLiteral("out of range")};
        return {CommandResult::Code::Sent, {}};
    }
    CommandResult stop(const CommandOrigin &origin) override
    {
        lastOrigin = origin;
        calls.append({QStringLiteral("stop"), 0.0});
        if (!brokerUp)
            return {CommandResult::Code::BrokerDown, QStringLiteral("broker down")};
        return {CommandResult::Code::Sent, {}};
    }
    CommandResult refresh(const CommandOrigin &origin) override
    {
        lastOrigin = origin;
        calls.append({QStringLiteral("refresh"), 0.0});
        return {CommandResult::Code::Sent, {}};
    }

    void setAddress(const RotatorAddress &address) { m_address = address; }
    void setState(const RotatorState &state)
    {
        m_state = state;
        emit stateChanged();
    }
    RotatorState &mutableState() { return m_state; }

    QList<Call> calls;
    /// The origin of the last command.
    CommandOrigin lastOrigin;
    bool brokerUp = true;

private:
    RotatorAddress m_address {QStringLiteral("TEST"), QStringLiteral("1")};
    RotatorState m_state;
};

/// The calls so far as "what:value what:value", for comparisons in the listener tests.
inline QString callsText(const FakeBridgeTarget &target)
{
    QStringList got;
    for (const auto &c : target.calls)
        got.append(c.what + QLatin1Char(':') + QString::number(c.value));
    return got.join(QLatin1Char(' '));
}

inline char *toString(const FakeBridgeTarget::Call &c)
{
    return qstrdup(QStringLiteral("%1(%2)").arg(c.what).arg(c.value).toUtf8().constData());
}
