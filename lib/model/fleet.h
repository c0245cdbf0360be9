// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/rotatoraddress.h"

#include <QList>
#include <QObject>

#include <memory>

class Clock;
class MqttConnection;
class Rotator;

/// The rotators on one broker connection: configured ones plus, when discovery is on, every
/// `+/+/ROT/#` prefix seen. Routes each message to its Rotator, tells rotators when the broker
/// goes down and comes back (they then refresh with `get`), and polls them once a second.
class Fleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fleet)

public:
    /// Does not take ownership of connection or clock; both must outlive the fleet.
    Fleet(MqttConnection *connection, const Clock &clock, QObject *parent = nullptr);
    ~Fleet() override;

    [[nodiscard]] MqttConnection *connection() const;

    void setDiscoveryEnabled(bool enabled);
    [[nodiscard]] bool discoveryEnabled() const;

    /// Adds (or returns the existing) configured rotator; subscribes CALL/ID/ROT/# and sends get.
    Rotator *addRotator(const RotatorAddress &address);
    void removeRotator(const RotatorAddress &address);
    [[nodiscard]] Rotator *rotator(const RotatorAddress &address) const;
    /// In the order they were added or discovered.
    [[nodiscard]] QList<Rotator *> rotators() const;

    /// Runs Rotator::poll() on every rotator now (tests with a ManualClock call this).
    void pollNow();

signals:
    void rotatorAdded(Rotator *rotator);
    /// Emitted before the Rotator is deleted.
    void rotatorAboutToBeRemoved(Rotator *rotator);

private:
    class Private;
    std::unique_ptr<Private> d;
};
