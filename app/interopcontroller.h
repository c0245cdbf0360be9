// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/interophub.h"
#include "settings/appsettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class Rotator;
class Session;

/// Runs the interop endpoints (rotctld, N1MM Logger+, PstRotator) inside the app: one
/// InteropHub, the same one rotordeck-bridge runs, over the session's own Rotator objects, so
/// commands from the endpoints obey the same pacing, range and stop rules as clicks and reach
/// the broker through the app's connection. The hub is rebuilt when the settings, the rotators,
/// their bands or the station locator change (not for a label or colour edit: clients stay
/// connected then).
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
    /// `rotordeck --rotctld PORT`: rotctld on, first rotator at PORT, for this run only.
    void setRotctldPortOverride(std::optional<quint16> port);
    [[nodiscard]] std::optional<quint16> rotctldPortOverride() const { return m_rotctldPort; }
    /// What runs: the settings with the command line's override.
    [[nodiscard]] InteropSettings effectiveSettings() const;
    /// True while any endpoint is switched on.
    [[nodiscard]] bool isEnabled() const;

    /// Every endpoint and its state; empty while all are off.
    [[nodiscard]] QList<InteropHub::EndpointStatus> status() const;
    /// The running hub, nullptr while all endpoints are off (tests).
    [[nodiscard]] InteropHub *hub() const { return m_hub.get(); }
    /// Rebuilds now if anything changed (tests; a timer does it otherwise).
    void applyNow();

signals:
    /// status() changed.
    void statusChanged();

private:
    /// What the hub is built from; a rebuild happens only when it changes.
    struct Plan
    {
        InteropSettings settings;
        QList<QPointer<Rotator>> rotators;
        QMap<QString, QStringList> bands;
        QMap<QString, int> parkBearingsDeg;
        QString locator;

        friend bool operator==(const Plan &, const Plan &) = default;
    };
    [[nodiscard]] Plan currentPlan() const;
    void scheduleApply();

    Session *m_session;
    InteropSettings m_settings;
    std::optional<quint16> m_rotctldPort;
    std::unique_ptr<InteropHub> m_hub;
    std::optional<Plan> m_applied;
    QTimer m_applyTimer;
};
