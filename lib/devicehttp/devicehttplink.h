// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicehttpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <cstdint>

class Rotator;

/// The HTTP side of one rotator: follows the address the unit publishes on `ip` (and the port
/// and password the user set), reads it when the address becomes known or changes, when the
/// MQTT link comes back and then once a minute, and hands range, beam width and elevation mode
/// to the Rotator as ValueSource::DeviceHttp. Sets SPEED (PwmMaxDuty) on request. Never turns
/// the antenna: commands stay on MQTT. Everything is asynchronous with bounded timeouts; a
/// status change is logged once, an unreachable unit (a remote station behind NAT) quietly.
/// Owned by its rotator (child object), lives on its thread.
class DeviceHttpLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceHttpLink)

public:
    /// How often a known address is read again.
    static constexpr int defaultRefreshIntervalMs = 60000;
    /// A comeback of the MQTT link reads again only when the last read is at least this old.
    static constexpr int comebackGapMs = 5000;

    /// How the last SPEED change went.
    enum class SpeedOutcome : std::uint8_t {
        None, ///< none asked yet
        Sending, ///< on its way
        Set, ///< the unit took it
        Refused, ///< the unit refused the login
        Unreachable, ///< the unit's HTTP side did not answer
        Failed, ///< it answered with an error
    };
    Q_ENUM(SpeedOutcome)

    /// rotator becomes the parent. Starts enabled on the firmware's port 88, no password.
    explicit DeviceHttpLink(Rotator *rotator);
    ~DeviceHttpLink() override;

    /// Off: nothing is read, and what was read is forgotten (the rotator too).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setPort(quint16 port);
    [[nodiscard]] quint16 port() const { return m_port; }
    /// The Digest password (user admin); a change reads again at once.
    void setPassword(const QString &password);
    [[nodiscard]] QString password() const { return m_password; }
    void setRefreshIntervalMs(int intervalMs);
    void setTimeoutMs(int timeoutMs) { m_client.setTimeoutMs(timeoutMs); }

    /// The address in use (from `ip`); empty while none is known.
    [[nodiscard]] QString host() const { return m_client.host(); }
    /// NotAsked (off, or no address yet), Reading (the first read of an address runs), then the
    /// outcome of the last read: Reachable, Unreachable, LoginRefused or BadReply. Later reads
    /// keep the last outcome until they end.
    [[nodiscard]] DeviceHttpClient::Status status() const { return m_status; }
    /// English detail of the last failure (logs, tooltips).
    [[nodiscard]] QString detail() const { return m_client.detail(); }
    /// What the last good read said.
    [[nodiscard]] const DeviceHttpInfo &info() const { return m_client.info(); }
    /// When the last read ended (whatever its outcome); invalid before the first.
    [[nodiscard]] QDateTime lastReadUtc() const { return m_lastReadUtc; }

    /// Reads now (when on and an address is known; not while a read runs).
    void refresh();
    /// Sets SPEED 40..255; false at once when out of range or the HTTP side is not Reachable.
    bool setSpeed(int pwmMaxDuty);
    [[nodiscard]] SpeedOutcome speedOutcome() const { return m_speedOutcome; }
    /// The SPEED last asked for with setSpeed() (0 before).
    [[nodiscard]] int requestedSpeed() const { return m_requestedSpeed; }

signals:
    /// status(), info(), host() or speedOutcome() changed.
    void changed();
    /// A read ended, whatever its outcome (changed() tells only what changed).
    void readDone();

private:
    void followRotator();
    void applyEndpoint();
    void onClientStatus(DeviceHttpClient::Status status);
    void feedRotator();
    void updateTimer();
    [[nodiscard]] QString rotatorName() const;

    QPointer<Rotator> m_rotator;
    DeviceHttpClient m_client;
    QTimer m_timer;
    QElapsedTimer m_sinceRead;
    bool m_enabled = true;
    quint16 m_port = DeviceHttpClient::defaultPort;
    QString m_password;
    QString m_ip;
    bool m_mqttLive = false;
    QDateTime m_lastReadUtc;
    DeviceHttpClient::Status m_status = DeviceHttpClient::Status::NotAsked;
    SpeedOutcome m_speedOutcome = SpeedOutcome::None;
    int m_requestedSpeed = 0;
};
