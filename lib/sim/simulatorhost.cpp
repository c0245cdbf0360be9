// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorhost.h"

#include "simlogging.h"
#include "simulateddevicelink.h"
#include "simulatedrotator.h"

#include "core/clock.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

/// A locally administered unicast MAC ("02:…"), unique within the process and random across
/// processes, so two simulators on one broker do not kick each other out (B26).
QString uniqueFakeMac()
{
    static QSet<QString> used;
    QString mac;
    do {
        const quint64 bits = QRandomGenerator::global()->generate64();
        mac = QStringLiteral("02");
        for (int i = 0; i < 5; ++i)
            mac += QStringLiteral(":%1").arg((bits >> (8 * i)) & 0xff, 2, 16, QLatin1Char('0'));
        mac = mac.toUpper();
    } while (used.contains(mac));
    used.insert(mac);
    return mac;
}

} // namespace

SimulatorHost::SimulatorHost(QUrl brokerUrl, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_brokerUrl(std::move(brokerUrl))
    , m_clock(clock)
    , m_deviceNowMs(clock.nowMs())
{
    m_timer.setInterval(static_cast<int>(tickMs));
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatorHost::onTimer);
}

SimulatorHost::~SimulatorHost()
{
    m_timer.stop();
    // Links before models: a link listens to its model.
    qDeleteAll(m_links);
    m_links.clear();
    qDeleteAll(m_devices);
    m_devices.clear();
}

SimulatedRotator *SimulatorHost::addDevice(const SimulatedRotatorConfig &config)
{
    SimulatedRotatorConfig effective = config;
    if (effective.mac.isEmpty())
        effective.mac = uniqueFakeMac();
    auto *device = new SimulatedRotator(effective, this);
    auto *link = new SimulatedDeviceLink(device, m_brokerUrl, this);
    connect(link, &SimulatedDeviceLink::ready, this, [this, device] {
        ++m_readyCount;
        qCInfo(lcSim) << "device ready" << device->callSlashId() << device->config().mac;
        emit deviceReady(device->callSlashId());
    });
    connect(link, &SimulatedDeviceLink::errorOccurred, this, &SimulatorHost::errorOccurred);
    device->step(m_deviceNowMs); // power-on: the device's timers start now
    m_devices.append(device);
    m_links.append(link);
    if (m_started)
        link->open();
    return device;
}

QList<SimulatedRotator *> SimulatorHost::devices() const
{
    return m_devices;
}

SimulatedDeviceLink *SimulatorHost::link(int index) const
{
    return m_links.value(index, nullptr);
}

SimulatedDeviceLink *SimulatorHost::link(const SimulatedRotator *device) const
{
    const auto index = m_devices.indexOf(const_cast<SimulatedRotator *>(device));
    return index < 0 ? nullptr : m_links.at(index);
}

void SimulatorHost::start()
{
    if (m_started)
        return;
    m_started = true;
    for (SimulatedDeviceLink *link : std::as_const(m_links))
        link->open();
    m_timer.start();
}

void SimulatorHost::stop()
{
    m_started = false;
    m_timer.stop();
    for (SimulatedDeviceLink *link : std::as_const(m_links))
        link->close();
}

void SimulatorHost::advance(qint64 ms)
{
    stepTo(m_deviceNowMs + ms);
}

void SimulatorHost::onTimer()
{
    qint64 nowMs = m_clock.nowMs();
    // After a long stall of the process (debugger, overloaded machine) do not replay minutes.
    if (nowMs - m_deviceNowMs > 5000)
        m_deviceNowMs = nowMs - tickMs;
    stepTo(nowMs);
}

void SimulatorHost::stepTo(qint64 targetMs)
{
    while (m_deviceNowMs < targetMs) {
        m_deviceNowMs = std::min(targetMs, m_deviceNowMs + tickMs);
        for (SimulatedRotator *device : std::as_const(m_devices))
            device->step(m_deviceNowMs);
    }
}
