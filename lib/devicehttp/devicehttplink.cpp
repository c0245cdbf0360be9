// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicehttplink.h"

#include "devicehttplogging.h"

#include "model/rotator.h"
#include "protocol/firmwarelimits.h"

using Status = DeviceHttpClient::Status;

DeviceHttpLink::DeviceHttpLink(Rotator *rotator)
    : QObject(rotator)
    , m_rotator(rotator)
{
    m_timer.setInterval(defaultRefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DeviceHttpLink::refresh);
    connect(&m_client, &DeviceHttpClient::statusChanged, this, &DeviceHttpLink::onClientStatus);
    connect(&m_client, &DeviceHttpClient::infoChanged, this, [this] {
        feedRotator();
        emit changed();
    });
    connect(&m_client, &DeviceHttpClient::speedSet, this, [this](bool ok) {
        SpeedOutcome outcome = SpeedOutcome::Set;
        if (!ok) {
            switch (m_client.status()) {
            case Status::LoginRefused:
                outcome = SpeedOutcome::Refused;
                break;
            case Status::Unreachable:
                outcome = SpeedOutcome::Unreachable;
                break;
            default:
                // Said here: no status change tells it.
                outcome = SpeedOutcome::Failed;
                qCInfo(lcDeviceHttp).noquote() << rotatorName() << "SPEED not set";
                break;
            }
        }
        m_speedOutcome = outcome;
        emit changed();
    });
    if (m_rotator)
        connect(m_rotator, &Rotator::stateChanged, this, &DeviceHttpLink::followRotator);
    followRotator();
}

DeviceHttpLink::~DeviceHttpLink() = default;

QString DeviceHttpLink::rotatorName() const
{
    return m_rotator ? m_rotator->address().toString() : QString();
}

void DeviceHttpLink::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    applyEndpoint();
}

void DeviceHttpLink::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    applyEndpoint();
}

void DeviceHttpLink::setPassword(const QString &password)
{
    if (password == m_password)
        return;
    m_password = password;
    m_client.setPassword(password);
    // The user may just have fixed a refused login: read now, even when a read with the old
    // password runs (the client drops that one).
    if (m_enabled && !m_client.host().isEmpty()) {
        m_sinceRead.start();
        m_client.refresh();
    }
}

void DeviceHttpLink::setRefreshIntervalMs(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

void DeviceHttpLink::followRotator()
{
    if (!m_rotator)
        return;
    const RotatorState &state = m_rotator->state();
    const bool live = state.link == LinkState::Live;
    const bool cameBack = live && !m_mqttLive;
    m_mqttLive = live;
    if (state.ip != m_ip) {
        m_ip = state.ip;
        applyEndpoint();
        return;
    }
    // The MQTT link came back (broker restart, a stale unit heard again): its address may
    // answer again too. Not on every reconnect flutter.
    if (cameBack && (!m_sinceRead.isValid() || m_sinceRead.elapsed() >= comebackGapMs))
        refresh();
}

void DeviceHttpLink::applyEndpoint()
{
    const QString host = m_enabled ? m_ip : QString();
    if (host != m_client.host() || m_port != m_client.port()) {
        if (m_rotator)
            m_rotator->setHttpValues({}); // what another address said is no longer known
        m_client.setEndpoint(host, m_port);
        m_speedOutcome = SpeedOutcome::None;
        if (m_status != Status::NotAsked) {
            m_status = Status::NotAsked;
            emit changed();
        }
    }
    updateTimer();
    refresh();
}

void DeviceHttpLink::updateTimer()
{
    if (m_enabled && !m_client.host().isEmpty()) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void DeviceHttpLink::refresh()
{
    if (!m_enabled || m_client.host().isEmpty() || m_client.status() == Status::Reading)
        return;
    m_sinceRead.start();
    m_client.refresh();
}

bool DeviceHttpLink::setSpeed(int pwmMaxDuty)
{
    if (!m_enabled || m_status != Status::Reachable || !m_client.setPwmMaxDuty(pwmMaxDuty))
        return false;
    m_requestedSpeed = pwmMaxDuty;
    m_speedOutcome = SpeedOutcome::Sending;
    emit changed();
    return true;
}

void DeviceHttpLink::onClientStatus(Status status)
{
    // NotAsked comes with a new endpoint (handled there); a read that runs keeps the last
    // outcome on show, except for the first read of an address.
    if (status == Status::NotAsked)
        return;
    if (status != Status::Reading) {
        m_lastReadUtc = QDateTime::currentDateTimeUtc();
        emit readDone();
    }
    if (status == Status::Reading && m_status != Status::NotAsked)
        return;
    if (status == m_status)
        return;
    m_status = status;
    const QString where = QStringLiteral("%1:%2").arg(m_client.host()).arg(m_client.port());
    switch (status) {
    case Status::Reachable:
        qCInfo(lcDeviceHttp).noquote() << rotatorName() << "HTTP side reachable at" << where;
        feedRotator();
        break;
    case Status::Unreachable:
        // A remote station behind NAT never answers: worth a line, not a warning.
        qCInfo(lcDeviceHttp).noquote()
            << rotatorName() << "HTTP side unreachable at" << where << "-" << m_client.detail();
        break;
    case Status::LoginRefused:
        qCWarning(lcDeviceHttp).noquote()
            << rotatorName() << "HTTP login refused at" << where << "-" << m_client.detail();
        break;
    case Status::BadReply:
        qCWarning(lcDeviceHttp).noquote()
            << rotatorName() << "unexpected HTTP reply from" << where << "-" << m_client.detail();
        break;
    case Status::NotAsked:
    case Status::Reading:
        break;
    }
    emit changed();
}

void DeviceHttpLink::feedRotator()
{
    if (!m_rotator || m_client.status() != Status::Reachable)
        return;
    const DeviceHttpInfo &read = m_client.info();
    DeviceHttpValues values;
    values.elevationMode = read.elevationMode;
    const bool elevation = read.elevationMode.value_or(false);
    if (read.maxRotateDeg && protocol::isValidRotateRangeDeg(*read.maxRotateDeg, elevation))
        values.maxRotateDeg = read.maxRotateDeg;
    if (read.beamWidthDeg && *read.beamWidthDeg >= protocol::minBeamWidthDeg
        && *read.beamWidthDeg <= protocol::maxBeamWidthDeg)
        values.beamWidthDeg = read.beamWidthDeg;
    m_rotator->setHttpValues(values);
}
