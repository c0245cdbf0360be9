// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresult.h"
#include "rotatorstate.h"
#include "turnplan.h"

#include "mqtt/commandorigin.h"
#include "protocol/rotatoraddress.h"
#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class Clock;
class MqttConnection;

/// How a message reached a rotator, beyond its leaf and payload.
struct MessageOrigin
{
    /// Old news kept by the broker.
    bool retained = false;
    /// Our own command handed back by the broker (MqttMessage::ownEcho).
    bool ownEcho = false;
};

/// A `Target` or `stop` that another client (a second RotorDeck, the device's MQTT page, a
/// script) published to a rotator. Never one of ours.
struct OtherClientCommand
{
    enum class Kind { Target, Stop };
    Kind kind = Kind::Target;
    /// Target only: the raw value as sent (not yet moved by the half rule).
    std::optional<int> sentRawDeg;
    /// Target only: where the firmware will drive for it; nullopt when the device ignores it
    /// (out of its range) or the position is unknown and the value out of range.
    std::optional<int> destinationRawDeg;
    /// Kept by the broker: some client published it retained, and the device acts on it again
    /// at every reconnect.
    bool retained = false;
};

/// What the device's HTTP side told about its set-up (DeviceHttpLink reads it). nullopt: not
/// known from there.
struct DeviceHttpValues
{
    std::optional<int> maxRotateDeg;
    std::optional<int> beamWidthDeg;
    std::optional<bool> elevationMode;

    friend bool operator==(const DeviceHttpValues &, const DeviceHttpValues &) = default;
};

/// One IP-Rotator as the app knows it: live state from its topics, and the commands that
/// respect the firmware's rules (raw targets within 0..range only, half rule, safe reversal,
/// one command per ~1 s, nothing queued while the broker is down, never retained).
/// Created and fed by Fleet; lives on the connection's thread.
class Rotator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rotator)

public:
    /// Minimum gap between two commands to one device (it services one message per ~1 s).
    static constexpr int commandIntervalMs = 1000;
    /// Silence after which a rotator is stale (heartbeat is 60 s).
    static constexpr int staleAfterMs = 65000;

    Rotator(RotatorAddress address, MqttConnection *connection, const Clock &clock,
            QObject *parent = nullptr);
    ~Rotator() override;

    [[nodiscard]] const RotatorAddress &address() const;
    [[nodiscard]] const RotatorState &state() const;
    [[nodiscard]] MqttConnection *connection() const;
    [[nodiscard]] bool isDiscovered() const;
    void setDiscovered(bool discovered);

    /// The user's settings of this rotator (the same RotatorSettings the settings file and the
    /// app use). Of them, only the range, beam width, start-azimuth override and elevation mode
    /// affect the model: device-published MaxRotateDegree / AntRadiationAngle / ElevationEnable
    /// win over maxRotateDeg / beamWidthDeg / elevationMode; startAzimuthOverrideDeg, when set,
    /// wins over the device's StartAzimuth.
    [[nodiscard]] const RotatorSettings &settings() const;
    void setSettings(const RotatorSettings &settings);

    /// Range, beam width and elevation mode read from the device's HTTP side. They count as the
    /// device's own (ValueSource::DeviceHttp): below what it published on MQTT, above the
    /// user's settings. Pass {} to forget them (another address, HTTP switched off).
    void setHttpValues(const DeviceHttpValues &values);

    /// The plan for turning to a compass bearing (0..359.x accepted, rounded), or nullopt with
    /// *whyNot set (dark zone, position unknown, …). Pure: sends nothing.
    [[nodiscard]] std::optional<TurnPlan> planTurnToBearing(double bearingDeg,
                                                            CommandResult *whyNot = nullptr) const;
    /// Measured speed in degrees per second from recent moves; nullopt until measured.
    [[nodiscard]] std::optional<double> measuredSpeedDegPerSec() const;

    /// Plans (see planTurnToBearing) and sends the Target. Sent = published now; Queued = the
    /// 1 s pacing gap or a stop-first reversal holds it (it is planned again when it goes out,
    /// and a newer target replaces it); anything else = refused, nothing sent or kept.
    /// origin (every command here): who asked; it goes with the command to the published
    /// message (the traffic log shows it). The same rules apply whoever asks.
    CommandResult turnToBearing(double bearingDeg, const CommandOrigin &origin = {});
    /// Sends an explicit raw target 0..max as it is (OutOfRange otherwise). The firmware may move
    /// a low value to its +360 copy (half rule); state().rawTargetDeg shows where it really goes.
    CommandResult turnToRaw(int rawDeg, const CommandOrigin &origin = {});
    /// The raw destination of a target held back until a stop-first reversal has stopped the
    /// device (state().rawTargetDeg still shows the old target meanwhile); nullopt otherwise.
    /// pendingTargetChanged() tells when it changes.
    [[nodiscard]] std::optional<int> pendingRawTargetDeg() const;
    /// Sends `stop`; drops any pending target. Goes before everything else queued.
    CommandResult stop(const CommandOrigin &origin = {});
    /// Sends `get`.
    CommandResult refresh(const CommandOrigin &origin = {});

    /// Applies one message of this rotator (leaf = last topic level). Bad payloads are logged
    /// and ignored; state never changes because of them.
    void handleMessage(QStringView leaf, const QByteArray &payload);
    /// As above; a retained message (old news kept by the broker) updates values but does not
    /// count as a sign of life. Command leaves (Target, stop, get, RxAzimuth: sent by clients,
    /// including our own echo) never count as a sign of life either. A Target or stop that is
    /// not our own echo came from another client: otherClientCommand() tells, a target still
    /// waiting here is dropped (theirs is newer), and nothing is sent back.
    void handleMessage(QStringView leaf, const QByteArray &payload, MessageOrigin origin);
    /// Called by Fleet about once a second and on broker state changes: stale detection,
    /// probing with get, pacing of queued commands.
    void poll();
    /// Fleet tells the rotator when its broker goes down or comes back.
    void setBrokerUp(bool up);

signals:
    /// Any field of state() changed.
    void stateChanged();
    /// The device published a Debug text (watchdog stop, under-voltage, …).
    void debugReceived(const QString &text);
    /// pendingRawTargetDeg() changed.
    void pendingTargetChanged();
    /// stop() was called (before the stop goes out, which may be up to the pacing gap later).
    void stopRequested();
    /// turnToBearing() or turnToRaw() was called (before the Target goes out or is refused).
    void targetRequested();
    /// A command went out (leaf and payload, for logs and tests).
    void commandSent(const QString &leaf, const QByteArray &payload);
    /// A requested or queued command was refused or dropped, with the reason.
    void commandRefused(const CommandResult &result);
    /// Another client sent this rotator a Target or stop (see OtherClientCommand).
    void otherClientCommand(const OtherClientCommand &command);

private:
    class Private;
    std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(OtherClientCommand)
