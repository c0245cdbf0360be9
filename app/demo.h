// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/brokerprofile.h"
#include "settings/appsettings.h"
#include "sim/simulatedrotatorconfig.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class Clock;
class EmbeddedBroker;
class Session;
class SimulatedHttpServer;
class SimulatorHost;

/// `rotordeck --demo [N]`: a private mosquitto on loopback (no WebSocket listener) and N
/// simulated IP-Rotators with different set-ups, each with its HTTP side on a free loopback
/// port (the units publish ip 127.0.0.1), plus the broker profile and rotator settings
/// the app uses to show them. Nothing turns unless the user asks.
class Demo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Demo)

public:
    static constexpr int defaultCount = 4;
    /// The default station of the demo (Prague).
    static constexpr const char *defaultLocator = "JO70VA";

    /// clock must outlive the demo.
    explicit Demo(const Clock &clock, QObject *parent = nullptr);
    ~Demo() override;

    /// Starts the broker (waits until it accepts connections, at most a few seconds) and the
    /// simulated devices. False with *error set when mosquitto cannot run.
    bool start(int count, QString *error);
    void stop();

    /// Asks each of session's demo rotators for its state (`get`) when its simulated device
    /// becomes ready, so that a device that came up after the app asked does not stay silent
    /// until its 60 s heartbeat. Only while the app's connection is up: before, a `get` would
    /// be refused (and reported to the user), and Fleet asks every rotator when it comes up.
    /// Call after start(); the wiring ends with the simulator or the session.
    void refreshWhenReady(Session *session);

    [[nodiscard]] BrokerProfile brokerProfile() const;
    [[nodiscard]] QList<RotatorSettings> rotatorSettings() const;
    /// The demo's az/el pair: #3 (300°) with #4 (elevation only) as one antenna, when both run.
    /// For this session only (the demo broker is never saved).
    [[nodiscard]] QList<AzElPairSettings> azElPairs() const;
    [[nodiscard]] SimulatorHost *simulator() const;
    [[nodiscard]] EmbeddedBroker *broker() const;

    /// The device set-ups for N demo rotators: #1 360° from north, #2 450° overlap starting at
    /// 137°, #3 300° with a dark zone, #4 elevation only, then variations.
    [[nodiscard]] static QList<SimulatedRotatorConfig> deviceConfigs(int count);
    /// The label shown for demo device n (0-based).
    [[nodiscard]] static QString labelFor(int n, const SimulatedRotatorConfig &config);

private:
    const Clock &m_clock;
    std::unique_ptr<EmbeddedBroker> m_broker;
    std::unique_ptr<SimulatorHost> m_simulator;
    QList<SimulatedRotatorConfig> m_configs;
    /// Device n's HTTP side; its port goes into rotatorSettings().
    std::vector<std::unique_ptr<SimulatedHttpServer>> m_httpServers;
    QList<quint16> m_httpPorts;
};
