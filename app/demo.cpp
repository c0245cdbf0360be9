// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "applogging.h"
#include "session.h"

#include "model/rotator.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "protocol/firmwarelimits.h"
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotatorconfig.h"
#include "sim/simulatorhost.h"

Demo::Demo(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

Demo::~Demo()
{
    stop();
}

QList<SimulatedRotatorConfig> Demo::deviceConfigs(int count)
{
    QList<SimulatedRotatorConfig> configs;
    for (int n = 0; n < count; ++n) {
        SimulatedRotatorConfig c;
        c.call = QStringLiteral("DEMO");
        // NET_ID holds two characters on a real unit: 1..99, then the simulator's A0, A1, ...
        c.id = n < 99 ? QString::number(n + 1) : SimulatedRotatorConfig::formatId(n + 1);
        // Each unit's HTTP side listens on loopback (its own port): the app must reach it there.
        c.ip = QStringLiteral("127.0.0.1");
        switch (n) {
        case 0: // a plain full turn from north
            c.name = QStringLiteral("Yagi 20m");
            c.startAzimuthDeg = 0;
            c.maxRotateDeg = 360;
            c.antRadiationAngleDeg = 40;
            c.speedDegPerSec = 6.0;
            c.initialRawDeg = 45;
            c.supplyVoltageV = 13.4;
            break;
        case 1: // 450° with overlap, CCW stop at 137° (as the anchor picture)
            c.name = QStringLiteral("Beam 40m");
            c.startAzimuthDeg = 137;
            c.maxRotateDeg = 450;
            c.antRadiationAngleDeg = 60;
            c.speedDegPerSec = 4.0;
            c.initialRawDeg = 383; // in the overlap: bearing 160
            c.supplyVoltageV = 13.1;
            break;
        case 2: // 300° range: a dark zone of 60°
            c.name = QStringLiteral("LFA 6m");
            c.startAzimuthDeg = 200;
            c.maxRotateDeg = 300;
            c.antRadiationAngleDeg = 30;
            c.speedDegPerSec = 8.0;
            c.initialRawDeg = 110; // bearing 310
            c.supplyVoltageV = 12.4;
            break;
        case 3: // elevation only (the firmware forces start 270, range 180)
            c.name = QStringLiteral("Sat elevation");
            c.elevation = true;
            c.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
            c.maxRotateDeg = protocol::maxElevationRangeDeg;
            c.antRadiationAngleDeg = 20;
            c.speedDegPerSec = 3.0;
            c.initialRawDeg = 30;
            c.supplyVoltageV = 13.0;
            break;
        default: { // variations on the theme
            c.name = QStringLiteral("Antenna %1").arg(n + 1);
            c.startAzimuthDeg = (n * 53) % 360;
            static constexpr int ranges[] = {360, 450, 540, 330, 400};
            c.maxRotateDeg = ranges[n % 5];
            c.antRadiationAngleDeg = 25 + (n * 7) % 50;
            c.speedDegPerSec = 3.0 + (n % 6);
            c.initialRawDeg = (n * 71) % std::min(c.maxRotateDeg, 360);
            c.pwm = n % 3 != 0;
            c.motor = n % 4 == 0 ? SimulatedRotatorConfig::Motor::Ac
                                 : SimulatedRotatorConfig::Motor::Dc;
            if (c.motor == SimulatedRotatorConfig::Motor::Ac)
                c.pwm = false;
            c.supplyVoltageV = 12.6 + (n % 5) * 0.2;
            break;
        }
        }
        configs.append(c);
    }
    return configs;
}

QString Demo::labelFor(int n, const SimulatedRotatorConfig &config)
{
    switch (n) {
    case 0:
        return tr("20 m Yagi");
    case 1:
        return tr("40 m Beam (450°)");
    case 2:
        return tr("6 m LFA (300°)");
    case 3:
        return tr("Satellite elevation");
    default:
        break;
    }
    return tr("Demo %1 (%2°)").arg(n + 1).arg(config.maxRotateDeg);
}

bool Demo::start(int count, QString *error)
{
    stop();
    m_broker = std::make_unique<EmbeddedBroker>(
        EmbeddedBroker::Options {.websocket = false, .mosquittoPath = {}});
    if (!m_broker->startAndWait(8000)) {
        if (error)
            *error = m_broker->errorString();
        m_broker.reset();
        return false;
    }
    m_configs = deviceConfigs(count);
    m_simulator = std::make_unique<SimulatorHost>(m_broker->tcpUrl(), m_clock);
    connect(m_simulator.get(), &SimulatorHost::errorOccurred, this,
            [](const QString &message) { qCWarning(lcApp) << "demo simulator:" << message; });
    for (const SimulatedRotatorConfig &config : std::as_const(m_configs)) {
        SimulatedRotator *device = m_simulator->addDevice(config);
        // No password, as a unit out of the box; a port the system picks.
        auto server = std::make_unique<SimulatedHttpServer>(device, QString());
        const quint16 port = server->listenOnLoopback(0);
        if (port == 0)
            qCWarning(lcApp) << "demo: no HTTP side for" << config.call << config.id;
        m_httpPorts.append(port);
        m_httpServers.push_back(std::move(server));
    }
    m_simulator->start();
    qCInfo(lcApp) << "demo broker on" << m_broker->tcpUrl().toString() << "with" << count
                  << "rotators";
    return true;
}

void Demo::stop()
{
    m_httpServers.clear(); // they refer to the simulator's devices
    m_httpPorts.clear();
    if (m_simulator) {
        m_simulator->stop();
        m_simulator.reset();
    }
    if (m_broker) {
        m_broker->stop();
        m_broker.reset();
    }
}

void Demo::refreshWhenReady(Session *session)
{
    if (!m_simulator || !session)
        return;
    connect(
        m_simulator.get(), &SimulatorHost::deviceReady, session,
        [session, brokerName = brokerProfile().name](const QString &callSlashId) {
            const std::optional<RotatorAddress> address = RotatorAddress::fromString(callSlashId);
            if (!address)
                return;
            for (Rotator *rotator : session->rotators()) {
                if (rotator->address() != *address || session->brokerName(rotator) != brokerName)
                    continue;
                const MqttConnection *connection = rotator->connection();
                if (connection && connection->isConnected())
                    rotator->refresh();
            }
        });
}

BrokerProfile Demo::brokerProfile() const
{
    BrokerProfile profile;
    profile.name = tr("Demo");
    if (m_broker)
        profile.url = m_broker->tcpUrl();
    profile.discover = true;
    profile.reconnectMinMs = 500;
    profile.reconnectMaxMs = 2000;
    return profile;
}

QList<RotatorSettings> Demo::rotatorSettings() const
{
    QList<RotatorSettings> result;
    const QString brokerName = brokerProfile().name;
    for (int n = 0; n < m_configs.size(); ++n) {
        const SimulatedRotatorConfig &c = m_configs.at(n);
        RotatorSettings s;
        s.brokerName = brokerName;
        s.address = RotatorAddress {c.call, c.id};
        s.label = labelFor(n, c);
        s.colour = Session::paletteColour(n).name();
        // The simulator publishes no retained range topics at connect (as the firmware), so
        // tell the model what the demo devices are, like a user would in Properties.
        s.maxRotateDeg = c.maxRotateDeg;
        s.beamWidthDeg = c.antRadiationAngleDeg;
        if (c.elevation)
            s.elevationMode = true;
        s.parkBearingDeg = c.elevation ? 0 : c.startAzimuthDeg;
        // Its HTTP side tells range and beam width too (and offers SPEED).
        if (n < m_httpPorts.size() && m_httpPorts.at(n) != 0)
            s.httpPort = m_httpPorts.at(n);
        else
            s.useHttp = false;
        if (!c.elevation) {
            s.presets = {RotatorPreset {tr("JA"), 40}, RotatorPreset {tr("VK"), 80},
                         RotatorPreset {tr("PY"), 235}, RotatorPreset {tr("W"), 300}};
        }
        result.append(s);
    }
    return result;
}

QList<AzElPairSettings> Demo::azElPairs() const
{
    constexpr int azimuthIndex = 2;
    constexpr int elevationIndex = 3;
    if (m_configs.size() <= elevationIndex || !m_configs.at(elevationIndex).elevation)
        return {};
    const SimulatedRotatorConfig &azimuth = m_configs.at(azimuthIndex);
    const SimulatedRotatorConfig &elevation = m_configs.at(elevationIndex);
    return {AzElPairSettings {brokerProfile().name,
                              {azimuth.call, azimuth.id},
                              {elevation.call, elevation.id},
                              tr("6 m EME (az/el)")}};
}

SimulatorHost *Demo::simulator() const
{
    return m_simulator.get();
}

EmbeddedBroker *Demo::broker() const
{
    return m_broker.get();
}
