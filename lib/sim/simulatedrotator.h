// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedrotatorconfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <deque>

/// The device model of one IP-Rotator (firmware REV 20260523, see docs/device-protocol.md).
///
/// Pure: no MQTT and no clock inside. handleInbound() queues a message on one of the four
/// subscribed leaves; step(nowMs) runs one firmware main-loop pass at device time nowMs (MQTT
/// service tick, sensor, motion step, watchdogs, publish logic). Everything the firmware would
/// publish comes out of publishRequested(); the "last published" caches advance whether or not
/// anybody could send it (B10). Call step() every 10-50 ms with non-decreasing times.
class SimulatedRotator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedRotator)

public:
    /// `Status` codes (§4.1).
    enum Status : int {
        Stop = 0,
        StartCw = 1,
        PwmUpCw = 11,
        Cw = 2,
        PwmDownCw = 3,
        StartCcw = -1,
        PwmUpCcw = -11,
        Ccw = -2,
        PwmDownCcw = -3,
        ManualStartCw = 21,
        ManualCw = 22,
        ManualPwmDownCw = 23,
        ManualStartCcw = -21,
        ManualCcw = -22,
        ManualPwmDownCcw = -23,
    };
    enum class AzimuthSource { Potentiometer, Pulse, Mqtt };

    explicit SimulatedRotator(const SimulatedRotatorConfig &config, QObject *parent = nullptr);
    ~SimulatedRotator() override;

    // --- inputs -------------------------------------------------------------------------------
    /// An inbound MQTT message on `CALL/ID/ROT/<leaf>`. Queued; one packet is processed per
    /// service tick (> 1000 ms apart) unless fastInbound, then all at the next step(). A
    /// retained message that the broker sends right after a SUBACK is queued behind that SUBACK.
    void handleInbound(const QString &leaf, const QByteArray &payload, bool retained = false);
    /// The MQTT side connected (true) or lost its connection (false). A connect queues the four
    /// SUBACKs, which PubSubClient reads one per service tick like any other packet (§9); while
    /// connected a PINGREQ goes out after 15 s without traffic and its PINGRESP takes a tick too.
    void setLinkUp(bool up);
    /// One main-loop pass at device time nowMs.
    void step(qint64 nowMs);
    /// The retained set of the first broker connection (ip, mac, PwmMaxDuty, PwmSlowWindowDeg,
    /// PwmTuneAggressiveness, StopToleranceDeg). The MQTT side calls it once, never on reconnects.
    void publishConnectSet();

    // --- configuration setters: change the setting and publish its retained echo (§3.4) -----
    void setName(const QString &name);
    void setStartAzimuthDeg(int startAzimuthDeg);
    void setMaxRotateDeg(int maxRotateDeg);
    void setAntRadiationAngleDeg(int angleDeg);
    void setOneTurnLimitSec(int seconds);
    void setPwmEnabled(bool enabled);
    void setMotor(SimulatedRotatorConfig::Motor motor);
    void setPwmRampStepsMs(int ms);
    void setPwmTuneAggressiveness(int level);
    void setPwmMaxDuty(int duty);
    void setElevation(bool enabled);
    void setAzimuthSource(AzimuthSource source);

    // --- fault injection --------------------------------------------------------------------
    /// A blocked rotor: the motor gets power but the antenna does not move.
    void setBlocked(bool blocked);
    /// Supply (PoE-side) voltage.
    void setSupplyVoltageV(double volts);
    /// Moves the antenna by hand (or wind): sets the physical position in raw degrees.
    void setPhysicalPositionDeg(double rawDeg);
    /// Potentiometer noise amplitude in degrees (see SimulatedRotatorConfig::potNoiseDeg).
    void setPotNoiseDeg(double amplitudeDeg);
    /// The CW / CCW jack keys (CCW wins when both are held). With the potentiometer source, DC
    /// and PWM a key starts a manual move (±21, ±22, release ±23); otherwise ±1 .. ±3 (§4.2).
    void setKeys(bool cwPressed, bool ccwPressed);
    /// Inbound PUBLISH packets not processed yet (with fastInbound off: queued for service ticks).
    [[nodiscard]] int pendingInboundCount() const { return m_pendingPublishes; }
    /// All inbound packets not read yet, SUBACKs and PINGRESPs included.
    [[nodiscard]] int pendingPacketCount() const { return static_cast<int>(m_inbound.size()); }

    /// The web page's rotate request (`POST :88/` `ROT=<bearing>`, §5.5): while stopped the target
    /// becomes (bearing - StartAzimuth) mod 360, `AzimuthTarget` is published and §5.3 runs
    /// (Accepted even when §5.3 then ignores it, B14); while moving it requests a stop (Busy).
    enum class WebRotateResult { Accepted, Busy };
    WebRotateResult webRotate(int bearingDeg);

    // --- state ------------------------------------------------------------------------------
    [[nodiscard]] const SimulatedRotatorConfig &config() const { return m_config; }
    [[nodiscard]] QString callSlashId() const
    {
        return m_config.call + QLatin1Char('/') + m_config.id;
    }
    [[nodiscard]] int status() const { return m_status; }
    /// Raw azimuth as the sensor reports it (whole degrees, updated ~every 210 ms).
    [[nodiscard]] int rawAzimuthDeg() const { return m_rawDeg; }
    /// Compass bearing (raw + StartAzimuth) mod 360.
    [[nodiscard]] int bearingDeg() const;
    [[nodiscard]] double physicalPositionDeg() const { return m_positionDeg; }
    /// Raw target (after the overlap choice), -1 when none.
    [[nodiscard]] int rawTargetDeg() const { return m_targetDeg; }
    [[nodiscard]] int duty() const { return m_duty; }
    /// `PwmSlowWindowDeg` as learned so far (§6.5).
    [[nodiscard]] double slowWindowDeg() const { return m_slowWindowDeg; }
    [[nodiscard]] bool errorDetected() const { return m_errorDetect; }
    /// Device time since power-on (the first step()).
    [[nodiscard]] qint64 uptimeMs() const { return m_nowMs - m_bootMs; }
    /// The web page shows its SPEED control (DC motor with PWM).
    [[nodiscard]] bool pwmUiEnabled() const { return isPwmDrive(); }
    [[nodiscard]] const QString &name() const { return m_config.name; }
    [[nodiscard]] int antRadiationAngleDeg() const { return m_config.antRadiationAngleDeg; }
    [[nodiscard]] bool elevation() const { return m_config.elevation; }
    [[nodiscard]] int pwmMaxDuty() const { return m_config.pwmMaxDuty; }

    /// §2.1: the digits-only parser shared by Target and RxAzimuth.
    [[nodiscard]] static int parseDigits(const QByteArray &payload);
    /// Human text of a status code (§4.1), e.g. "PwmUp-CW".
    [[nodiscard]] static QString statusHuman(int status);
    /// Stall threshold N of §7 (360 / (OneTurnLimitSec / 10), integer maths).
    [[nodiscard]] static int stallThresholdDeg(int oneTurnLimitSec);

signals:
    /// The firmware publishes `CALL/ID/ROT/<leaf>` (QoS 0).
    void publishRequested(const QString &leaf, const QByteArray &payload, bool retained);

private:
    void publish(const char *leaf, const QByteArray &payload, bool retained = false);
    void processInbound(const QString &leaf, const QByteArray &payload);
    void rotCalculate(int target);
    void requestStop();
    void replyGet();
    void sampleSensor();
    void motionStep();
    void watchdog();
    void keyHandler();
    void publishChecks();
    void watchdogChecks();
    void startWatchdogs();
    void stopByWatchdog(const QByteArray &debugText);
    void requestStopRamp(bool suppressBrakeLearning);
    void detectEndstopZone();
    void finishStop();
    void slewToward(int wantedDuty);
    void serviceMqtt();
    void maybeBeginBrakeLearning(int dir);
    void updateAutoSlowWindow(double finalDistanceDeg);
    [[nodiscard]] int closedLoopDuty(int dir) const;
    [[nodiscard]] bool targetReached(int dir) const;
    [[nodiscard]] bool shouldForceStopFromPwmStall(int dir);
    [[nodiscard]] double remainingDeg(int dir) const;
    [[nodiscard]] double aggressionFactor() const;
    [[nodiscard]] double speedDegPerSec() const;
    [[nodiscard]] bool isPwmDrive() const;
    [[nodiscard]] double stopToleranceDeg() const;
    [[nodiscard]] bool manualKeyControl() const;
    [[nodiscard]] int potMvAt(double rawDeg) const;

    /// One inbound MQTT packet as PubSubClient reads it.
    struct Packet
    {
        enum class Kind { Publish, SubAck, PingResp } kind = Kind::Publish;
        QString leaf; ///< Publish: the leaf; SubAck: the leaf it acknowledges
        QByteArray payload;
    };

    SimulatedRotatorConfig m_config;
    AzimuthSource m_source = AzimuthSource::Potentiometer;
    std::deque<Packet> m_inbound;
    int m_pendingPublishes = 0;
    bool m_linkUp = false;
    qint64 m_lastInActivityMs = 0;
    qint64 m_lastOutActivityMs = 0;

    // device state
    int m_status = Stop;
    int m_targetDeg = -1;
    int m_duty = 0;
    int m_motorDir = 0; ///< +1 CW, -1 CCW, 0 relays off
    bool m_motorOn = false; ///< non-PWM / AC outputs on
    double m_positionDeg = 0; ///< physical, raw degrees (continuous)
    int m_potMv = 0; ///< AzimuthValue: averaged potentiometer millivolts
    int m_rawDeg = 0; ///< sensor value, whole degrees (the firmware's Azimuth)
    int m_rxAzimuthDeg = 0;
    bool m_blocked = false;
    bool m_errorDetect = false;
    bool m_azimuthStopSent = true; ///< OneTimeSend: cleared only by a ±1 start (3194, 3214)
    QRandomGenerator m_noise;
    bool m_keyCw = false;
    bool m_keyCcw = false;
    int m_keyInput = 0; ///< CwCcwInputValue: 0 none, 1 CW, 2 CCW, sampled with the ADC average
    bool m_runByKey = false; ///< a non-manual key move is running

    // PWM end of move and brake learning (§6.3, §6.5)
    double m_slowWindowDeg = 12.0;
    bool m_brakeLearning = false;
    int m_brakeDir = 0;
    double m_brakeStartDeg = 0;
    bool m_skipBrakeLearning = false;
    int m_stallDir = 0;
    bool m_stallTiming = false;
    double m_stallStartDeg = 0;
    qint64 m_stallTimerMs = 0;
    int m_savedWindowTenths = 0;
    qint64 m_windowSaveMs = 0;

    // timers (device ms)
    qint64 m_nowMs = 0;
    qint64 m_bootMs = 0;
    bool m_firstStep = true;
    qint64 m_lastServiceMs = 0;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSlewMs = 0;
    qint64 m_commandStartMs = 0; ///< StatusWatchdogTimer
    qint64 m_lastStallCheckMs = 0;
    int m_stallRefDeg = 0;
    qint64 m_lastVoltageCheckMs = 0;
    qint64 m_lastPublishCheckMs = 0;
    qint64 m_lastAzimuthPublishMs = 0;
    qint64 m_lastTelemetryMs = 0;

    // "last published" caches
    int m_publishedStatus = Stop;
    int m_publishedAzimuth = 0;
    double m_publishedVoltage = 0;
    int m_publishedKeyInput = 0;
    bool m_telemetryPublished = false;
    double m_publishedSlowWindow = 0;
    double m_publishedTolerance = 0;
};
