// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedrotatorconfig.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class Clock;
class SimulatedRotator;
class SimulatedDeviceLink;

/// Runs N simulated IP-Rotators, each with its own MqttConnection (client id = its fake MAC).
///
/// Real time: start() connects every device and steps all models from one QTimer (~20 ms) that
/// reads the clock. Tests with a ManualClock call advance() instead; the models only ever see the
/// host's device time, which advance() moves forward.
class SimulatorHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorHost)

public:
    SimulatorHost(QUrl brokerUrl, const Clock &clock, QObject *parent = nullptr);
    ~SimulatorHost() override;

    /// Creates a device (owned by the host). Devices added after start() connect at once.
    SimulatedRotator *addDevice(const SimulatedRotatorConfig &config);
    [[nodiscard]] QList<SimulatedRotator *> devices() const;
    /// The MQTT side of device `index` (fault injection: drop/restore link, raw publishes).
    [[nodiscard]] SimulatedDeviceLink *link(int index) const;
    [[nodiscard]] SimulatedDeviceLink *link(const SimulatedRotator *device) const;

    /// Connects all devices and starts ticking (a QTimer every ~20 ms reading the clock).
    void start();
    /// Stops ticking and disconnects every device.
    void stop();
    /// Advances device time by `ms`, stepping every model in ticks of <= 20 ms and publishing as
    /// it goes (ManualClock tests; works with or without start()).
    void advance(qint64 ms);
    /// The device time the models have been stepped to.
    [[nodiscard]] qint64 deviceNowMs() const { return m_deviceNowMs; }
    /// Number of devices whose first connect is done.
    [[nodiscard]] int readyCount() const { return m_readyCount; }

    static constexpr qint64 tickMs = 20;

signals:
    /// First connect of a device done (subscribed); argument "CALL/ID".
    void deviceReady(const QString &callSlashId);
    void errorOccurred(const QString &message);

private:
    void stepTo(qint64 targetMs);
    void onTimer();

    QUrl m_brokerUrl;
    const Clock &m_clock;
    QList<SimulatedRotator *> m_devices;
    QList<SimulatedDeviceLink *> m_links;
    QTimer m_timer;
    qint64 m_deviceNowMs = 0;
    bool m_started = false;
    int m_readyCount = 0;
};
