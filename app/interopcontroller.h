// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/interophub.h"
#include "model/rotator.h"
#include "settings/appsettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class Session;

/// Runs the interop endpoints (rotctld, N1MM Logger+, PstRotator) inside the app: one
/// InteropHub, the same one rotordeck-bridge runs, over the session's own Rotator objects, so
/// commands from the endpoints obey the same pacing, range and stop rules as clicks and reach
/// the broker through the app's connection.
///
/// Every rotator gets its endpoints, named by its CALL/ID, or "CALL/ID @ broker" while the same
/// CALL/ID is on two brokers; every saved az/el pair whose units are in the session gets its
/// own (numbered after the single rotators, as the bridge does), and its units none of their
/// own. The hub changes in place: a bands, park, locator or N1MM name change reaches it without
/// closing a socket, a rotator added or removed opens or closes its own endpoints only, and a
/// port or listen address change reopens only the endpoints concerned.
class InteropController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteropController)

public:
    explicit InteropController(Session *session, QObject *parent = nullptr);
    ~InteropController() override;

    /// The saved settings; applied at the next turn of the event loop.
    void setSettings(const InteropSettings &settings);
    [[nodiscard]] const InteropSettings &settings() const { return m_settings; }
    /// The saved az/el pairs (AppSettings::azElPairs); applied at the next turn of the loop.
    void setAzElPairs(const QList<AzElPairSettings> &pairs);
    /// `rotordeck --rotctld PORT`: rotctld on, first rotator at PORT, for this run only.
    void setRotctldPortOverride(std::optional<quint16> port);
    [[nodiscard]] std::optional<quint16> rotctldPortOverride() const { return m_rotctldPort; }
    /// What runs: the settings with the command line's override.
    [[nodiscard]] InteropSettings effectiveSettings() const;
    /// True while any endpoint is switched on.
    [[nodiscard]] bool isEnabled() const;

    /// The name a rotator's endpoints go by ("CALL/ID", "CALL/ID @ broker"); empty for the
    /// units of a pair (they are served as the pair).
    [[nodiscard]] QString endpointName(const Rotator *rotator) const;
    /// The rotor name N1MM Logger+ reaches a rotator by: its setting, else a unique default
    /// (the device Name, with the CALL/ID added when another rotator has the same name); empty
    /// for the units of a pair.
    [[nodiscard]] QString n1mmName(const Rotator *rotator) const;

    /// Every endpoint and its state; empty while all are off.
    [[nodiscard]] QList<InteropHub::EndpointStatus> status() const;
    /// The running hub, nullptr while all endpoints are off (tests).
    [[nodiscard]] InteropHub *hub() const { return m_hub.get(); }
    /// Applies now if anything changed (tests; a timer does it otherwise).
    void applyNow();

signals:
    /// status() changed.
    void statusChanged();

private:
    /// One rotator or pair the hub serves.
    struct Target
    {
        QString name;
        QPointer<Rotator> rotator;
        /// The elevation unit of a pair; null for a single rotator.
        QPointer<Rotator> elevation;

        [[nodiscard]] bool isSame(const Target &other) const
        {
            return rotator == other.rotator && elevation == other.elevation;
        }
        friend bool operator==(const Target &, const Target &) = default;
    };
    /// What the hub is made of; it changes only when this does.
    struct Plan
    {
        InteropSettings settings;
        QList<Target> targets;
        InteropHub::Options options;
        /// N1MM name per single rotator.
        QHash<const Rotator *, QString> n1mmNames;

        friend bool operator==(const Plan &a, const Plan &b)
        {
            return a.settings == b.settings && a.targets == b.targets
                && a.options.rotctldPorts == b.options.rotctldPorts
                && a.options.pstRotatorPorts == b.options.pstRotatorPorts
                && a.options.n1mmNames == b.options.n1mmNames && a.options.bands == b.options.bands
                && a.options.parkBearingsDeg == b.options.parkBearingsDeg
                && a.options.stationLocator == b.options.stationLocator;
        }
    };
    [[nodiscard]] Plan currentPlan() const;
    void scheduleApply();
    void watchDeviceName(Rotator *rotator);

    Session *m_session;
    InteropSettings m_settings;
    QList<AzElPairSettings> m_pairs;
    std::optional<quint16> m_rotctldPort;
    std::unique_ptr<InteropHub> m_hub;
    /// What the running hub serves, as last applied.
    QList<Target> m_served;
    std::optional<Plan> m_applied;
    /// The device Names the N1MM defaults were made from.
    QHash<const Rotator *, QString> m_deviceNames;
    QTimer m_applyTimer;
};
