// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedrotator.h"

#include "simlogging.h"

#include "protocol/firmwarelimits.h"

#include <algorithm>
#include <cmath>

namespace {

// Firmware timings (docs/device-protocol.md §9).
constexpr qint64 serviceTickMs = 1000; // MQTT service: > 1000 ms apart, one packet per tick
constexpr qint64 sensorPeriodMs = 210; // 35-sample ADC average, one every > 5 ms
constexpr qint64 publishCheckMovingMs = 100;
constexpr qint64 publishCheckStoppedMs = 2000;
constexpr qint64 heartbeatMs = 60000;
constexpr qint64 telemetryMs = 5000;
constexpr qint64 commandTimeoutMs = 120000;
constexpr qint64 commandTimeoutRecheckMs = 5000;
constexpr qint64 stallCheckMs = 10000;
constexpr qint64 voltageCheckMs = 1000;
constexpr double voltagePublishDeltaV = 0.5;

// Simulator choices ([SIM] notes).
constexpr double mechanicalMarginDeg = 2.0; // hardware end stops just beyond the calibration points
constexpr int dutyDeadBand = 5; // below this duty the motor does not turn
constexpr int minClosedLoopDuty = 40;
constexpr int startDuty = 64;
constexpr int slewStep = 10;

// Lead offset per aggressiveness level 1..5 (§6.3).
constexpr double leadOffsetDeg[] = {0.0, 0.2, 0.45, 0.9, 1.4};

int signOf(int v)
{
    return (v > 0) - (v < 0);
}

bool isManual(int status)
{
    const int a = std::abs(status);
    return a >= 21 && a <= 23;
}

} // namespace

SimulatedRotator::SimulatedRotator(const SimulatedRotatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_noise(static_cast<quint32>(qHash(config.mac) ^ qHash(config.call + config.id)))
{
    if (m_config.elevation) {
        m_config.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
        m_config.maxRotateDeg = protocol::maxElevationRangeDeg;
    }
    if (m_config.motor == SimulatedRotatorConfig::Motor::Ac)
        m_config.pwm = false;
    m_config.pwmTuneAggressiveness
        = std::clamp(m_config.pwmTuneAggressiveness, protocol::minPwmTuneAggressiveness,
                     protocol::maxPwmTuneAggressiveness);
    m_config.pwmMaxDuty
        = std::clamp(m_config.pwmMaxDuty, protocol::minPwmMaxDuty, protocol::maxPwmMaxDuty);
    m_config.pwmRampStepsMs = std::clamp(m_config.pwmRampStepsMs, protocol::minPwmRampStepsMs,
                                         protocol::maxPwmRampStepsMs);
    m_positionDeg = m_config.initialRawDeg;
    m_sampledDeg = m_positionDeg;
    m_rawDeg = m_config.initialRawDeg;
    m_publishedAzimuth = m_rawDeg;
    m_publishedVoltage = m_config.supplyVoltageV;
}

SimulatedRotator::~SimulatedRotator() = default;

// --- §2.1 ----------------------------------------------------------------------------------------

int SimulatedRotator::parseDigits(const QByteArray &payload)
{
    quint32 value = 0;
    quint32 power = 1;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        const auto byte = static_cast<unsigned char>(payload.at(i));
        if (byte < 48 || byte > 58)
            continue; // skipped, the scan goes on
        value += (byte - 48u) * power; // ':' counts as 10 (B1); wraps mod 2^32 (B3)
        power *= 10u;
    }
    return static_cast<int>(value);
}

QString SimulatedRotator::statusHuman(int status)
{
    switch (status) {
    case Stop:
        return QStringLiteral("STOP");
    case StartCw:
        return QStringLiteral("START-CW");
    case PwmUpCw:
        return QStringLiteral("PwmUp-CW");
    case Cw:
        return QStringLiteral("CW");
    case PwmDownCw:
        return QStringLiteral("PwmDwn-CW");
    case StartCcw:
        return QStringLiteral("START-CCW");
    case PwmUpCcw:
        return QStringLiteral("PwmUp-CCW");
    case Ccw:
        return QStringLiteral("CCW");
    case PwmDownCcw:
        return QStringLiteral("PwmDwn-CCW");
    case ManualStartCw:
        return QStringLiteral("ManualStart-CW");
    case ManualCw:
        return QStringLiteral("Manual-CW");
    case ManualPwmDownCw:
        return QStringLiteral("ManualPwmDwn-CW");
    case ManualStartCcw:
        return QStringLiteral("ManualStart-CCW");
    case ManualCcw:
        return QStringLiteral("Manual-CCW");
    case ManualPwmDownCcw:
        return QStringLiteral("ManualPwmDwn-CCW");
    default:
        return QString::number(status);
    }
}

int SimulatedRotator::stallThresholdDeg(int oneTurnLimitSec)
{
    return protocol::stallThresholdDeg(oneTurnLimitSec);
}

int SimulatedRotator::bearingDeg() const
{
    return ((m_rawDeg + m_config.startAzimuthDeg) % 360 + 360) % 360;
}

double SimulatedRotator::stopToleranceDeg() const
{
    if (m_source != AzimuthSource::Potentiometer)
        return 0.6;
    // The firmware estimates the noise of the averaged pot; for uniform noise of amplitude a the
    // standard deviation is a / sqrt(3).
    const double noiseDeg = std::max(0.0, m_config.potNoiseDeg) / std::sqrt(3.0);
    return std::clamp(0.35 + 2.2 * noiseDeg, 0.45, 1.6);
}

double SimulatedRotator::slowWindowDeg() const
{
    // [SIM] Stands in for the brake learning (§6.5): 12° (the default) for ordinary speeds, wider
    // for fast rotors so that they still stop near the target; 3..60 like the firmware.
    const double fullSpeedDegPerSec
        = m_config.speedDegPerSec * m_config.pwmMaxDuty / double(protocol::fullPwmDuty);
    const double windowDeg = std::clamp(std::max(12.0, 2.0 * fullSpeedDegPerSec), 3.0, 60.0);
    return std::max(windowDeg, stopToleranceDeg() + 1.0);
}

bool SimulatedRotator::isPwmDrive() const
{
    return m_config.pwm && m_config.motor == SimulatedRotatorConfig::Motor::Dc;
}

// --- inbound -------------------------------------------------------------------------------------

void SimulatedRotator::handleInbound(const QString &leaf, const QByteArray &payload)
{
    m_inbound.emplace_back(leaf, payload);
}

void SimulatedRotator::processInbound(const QString &leaf, const QByteArray &payload)
{
    if (leaf == QLatin1String("Target")) {
        rotCalculate(parseDigits(payload));
    } else if (leaf == QLatin1String("get")) {
        replyGet();
    } else if (leaf == QLatin1String("stop")) {
        requestStop();
    } else if (leaf == QLatin1String("RxAzimuth")) {
        m_rxAzimuthDeg = parseDigits(payload);
        if (m_source == AzimuthSource::Mqtt) {
            m_rawDeg = m_rxAzimuthDeg;
            m_sampledDeg = m_rxAzimuthDeg;
        }
    }
}

void SimulatedRotator::rotCalculate(int target)
{
    // §5.3 step 1
    if (protocol::isUnderVoltage(m_config.supplyVoltageV)) {
        m_targetDeg = -1;
        publish("Debug", QByteArrayLiteral("Target ignore by under voltage 11,5V POE"));
        return;
    }
    // Step 2, the half rule. The firmware compares against an unsigned MaxRotateDegree, so a
    // negative raw azimuth or target counts as huge (B12).
    const auto maxU = static_cast<unsigned>(m_config.maxRotateDeg);
    const auto rawU = static_cast<unsigned>(m_rawDeg);
    const auto targetU = static_cast<unsigned>(target);
    if (rawU < maxU / 2 && targetU < maxU / 2) {
        // keep
    } else if (maxU > 360 && targetU < maxU - 360) {
        target += 360;
    }
    // Step 3, direction; equal counts as CCW.
    if (target >= 0 && static_cast<unsigned>(target) <= maxU) {
        m_targetDeg = target;
        m_status = target > m_rawDeg ? StartCw : StartCcw;
        m_keyMove = false;
    } else if (m_rawDeg < 0 && target > 0) {
        // Step 4, first escape rule: drives CW toward a target it can never reach.
        m_targetDeg = target;
        m_status = StartCw;
    } else if (m_rawDeg > m_config.maxRotateDeg && static_cast<unsigned>(target) < maxU) {
        // Second escape rule: unreachable with the unsigned comparison (kept for fidelity).
        m_targetDeg = target;
        m_status = StartCcw;
    } else {
        m_targetDeg = -1; // step 5: ignored silently
        return;
    }
    startWatchdogs();
}

void SimulatedRotator::requestStop()
{
    if (m_status == Stop)
        return;
    if (isManual(m_status))
        m_status = signOf(m_status) * ManualPwmDownCw;
    else
        m_status = m_status > 0 ? PwmDownCw : PwmDownCcw;
}

void SimulatedRotator::replyGet()
{
    publish("Azimuth", QByteArray::number(m_rawDeg));
    if (m_status == Stop) {
        publish("AzimuthStop", QByteArray::number(m_rawDeg));
        publish("StartAzimuth", QByteArray::number(m_config.startAzimuthDeg));
        publish("Name", m_config.name.toUtf8());
    }
    m_lastAzimuthPublishMs = m_nowMs;
}

void SimulatedRotator::publishConnectSet()
{
    publish("ip", m_config.ip.toUtf8(), true);
    publish("mac", m_config.mac.toUtf8(), true);
    publish("PwmMaxDuty", QByteArray::number(m_config.pwmMaxDuty), true);
    publish("PwmSlowWindowDeg", QByteArray::number(slowWindowDeg(), 'f', 1), true);
    publish("PwmTuneAggressiveness", QByteArray::number(m_config.pwmTuneAggressiveness), true);
    publish("StopToleranceDeg", QByteArray::number(stopToleranceDeg(), 'f', 2), true);
}

void SimulatedRotator::publish(const char *leaf, const QByteArray &payload, bool retained)
{
    emit publishRequested(QString::fromLatin1(leaf), payload, retained);
}

// --- one main-loop pass --------------------------------------------------------------------------

void SimulatedRotator::step(qint64 nowMs)
{
    if (m_firstStep) {
        m_firstStep = false;
        m_nowMs = nowMs;
        m_lastServiceMs = nowMs;
        m_lastSampleMs = nowMs;
        m_lastSlewMs = nowMs;
        m_lastStallCheckMs = nowMs;
        m_lastVoltageCheckMs = nowMs;
        m_lastPublishCheckMs = nowMs;
        m_lastAzimuthPublishMs = nowMs;
        m_lastTelemetryMs = nowMs;
    }
    const qint64 dtMs = std::max<qint64>(0, nowMs - m_nowMs);
    m_nowMs = std::max(m_nowMs, nowMs);

    // The physical world during the time since the previous pass.
    if (dtMs > 0 && m_motorDir != 0 && !m_blocked) {
        m_positionDeg += m_motorDir * speedDegPerSec() * static_cast<double>(dtMs) / 1000.0;
        m_positionDeg = std::clamp(m_positionDeg, -mechanicalMarginDeg,
                                   m_config.maxRotateDeg + mechanicalMarginDeg);
    }

    // MQTT service routine.
    if (m_config.fastInbound) {
        while (!m_inbound.empty()) {
            auto [leaf, payload] = std::move(m_inbound.front());
            m_inbound.pop_front();
            processInbound(leaf, payload);
        }
    } else if (m_nowMs - m_lastServiceMs > serviceTickMs) {
        m_lastServiceMs = m_nowMs;
        if (!m_inbound.empty()) {
            auto [leaf, payload] = std::move(m_inbound.front());
            m_inbound.pop_front();
            processInbound(leaf, payload);
        }
    }

    if (m_nowMs - m_lastSampleMs >= sensorPeriodMs) {
        m_lastSampleMs = m_nowMs;
        sampleSensor();
    }

    motionStep();
    watchdog();
}

void SimulatedRotator::sampleSensor()
{
    switch (m_source) {
    case AzimuthSource::Mqtt:
        m_sampledDeg = m_rxAzimuthDeg;
        m_rawDeg = m_rxAzimuthDeg;
        break;
    case AzimuthSource::Pulse:
        m_sampledDeg = std::clamp(m_positionDeg, 0.0, double(m_config.maxRotateDeg));
        m_rawDeg = static_cast<int>(m_sampledDeg);
        break;
    case AzimuthSource::Potentiometer:
        // Integer map() truncates toward zero; beyond the calibration points it extrapolates.
        m_sampledDeg = m_positionDeg;
        if (m_config.potNoiseDeg > 0)
            m_sampledDeg += (m_noise.generateDouble() * 2.0 - 1.0) * m_config.potNoiseDeg;
        m_rawDeg = static_cast<int>(m_sampledDeg);
        break;
    }
}

double SimulatedRotator::speedDegPerSec() const
{
    if (m_motorDir == 0)
        return 0;
    if (isPwmDrive()) {
        if (m_duty <= dutyDeadBand)
            return 0;
        return m_config.speedDegPerSec * (m_duty - dutyDeadBand)
            / (double(protocol::fullPwmDuty) - dutyDeadBand);
    }
    return m_motorOn ? m_config.speedDegPerSec : 0;
}

double SimulatedRotator::remainingDeg() const
{
    if (m_targetDeg < 0)
        return 0; // B6: a cleared target leaves nothing to go
    const double along = m_status > 0 ? m_targetDeg - m_sampledDeg : m_sampledDeg - m_targetDeg;
    return along - leadOffsetDeg[m_config.pwmTuneAggressiveness - 1];
}

double SimulatedRotator::closedLoopDuty() const
{
    // A simplification of §6.3: full PwmMaxDuty far away, a linear taper inside the slow window
    // down to ~40, 0 within the stop tolerance.
    const double remDeg = remainingDeg();
    const double tolDeg = stopToleranceDeg();
    if (remDeg <= tolDeg)
        return 0;
    const double winDeg = std::max(slowWindowDeg(), tolDeg + 1.0);
    const double n = std::clamp((remDeg - tolDeg) / (winDeg - tolDeg), 0.0, 1.0);
    const int maxDuty = m_config.pwmMaxDuty;
    const int minDuty = std::min(maxDuty, minClosedLoopDuty);
    double duty = minDuty + (maxDuty - minDuty) * n;
    if (m_startedFromStandstill && std::abs(m_status) == PwmUpCw)
        duty = std::max(duty, double(std::min(maxDuty, startDuty)));
    return duty;
}

void SimulatedRotator::slewToward(int wantedDuty)
{
    if (m_nowMs - m_lastSlewMs < m_config.pwmRampStepsMs)
        return;
    m_lastSlewMs = m_nowMs;
    if (m_duty < wantedDuty)
        m_duty = std::min(wantedDuty, m_duty + slewStep);
    else if (m_duty > wantedDuty)
        m_duty = std::max(wantedDuty, m_duty - slewStep);
}

void SimulatedRotator::startWatchdogs()
{
    m_commandStartMs = m_nowMs;
    m_timeoutCheckMs = 0;
    m_lastStallCheckMs = m_nowMs;
    m_stallRefDeg = m_rawDeg;
}

void SimulatedRotator::motionStep()
{
    const bool pwm = isPwmDrive();
    const bool ac = m_config.motor == SimulatedRotatorConfig::Motor::Ac;
    const int dir = signOf(m_status);
    switch (std::abs(m_status)) {
    case Stop:
        if (m_stopPending) { // first pass after a stop (3197-3205)
            m_stopPending = false;
            publish("AzimuthStop", QByteArray::number(m_rawDeg));
            m_lastAzimuthPublishMs = m_nowMs;
        }
        break;
    case StartCw: // relays set, watchdogs restart; a reversal keeps the current duty (B5)
        m_startedFromStandstill = m_duty == 0;
        if (m_duty == 0)
            m_lastSlewMs = m_nowMs;
        m_motorDir = dir;
        m_errorDetect = false;
        startWatchdogs();
        m_status = dir * PwmUpCw;
        break;
    case PwmUpCw:
        if (pwm) {
            const double loopDuty = closedLoopDuty();
            if (loopDuty <= 0) {
                m_status = dir * PwmDownCw;
            } else {
                const int wanted = static_cast<int>(std::lround(loopDuty));
                slewToward(wanted);
                if (m_duty >= wanted)
                    m_status = dir * Cw;
            }
        } else {
            m_motorOn = true;
            m_status = dir * Cw;
        }
        break;
    case Cw:
        if (pwm) {
            const double loopDuty = closedLoopDuty();
            if (loopDuty <= 0)
                m_status = dir * PwmDownCw;
            else
                slewToward(static_cast<int>(std::lround(loopDuty)));
        } else if (std::abs(m_targetDeg - m_rawDeg) < 2) {
            m_status = dir * PwmDownCw;
        }
        break;
    case PwmDownCw:
    case ManualPwmDownCw:
        if (pwm && m_duty > 0) {
            slewToward(0);
            if (m_duty > 0)
                break;
        }
        m_motorOn = false;
        m_motorDir = 0;
        m_duty = 0;
        m_status = Stop;
        if (!ac)
            m_targetDeg = -1; // B21: an AC stop keeps the target
        m_stopPending = true;
        break;
    case ManualStartCw:
        m_startedFromStandstill = m_duty == 0;
        if (m_duty == 0)
            m_lastSlewMs = m_nowMs;
        m_motorDir = dir;
        m_errorDetect = false;
        startWatchdogs();
        m_status = dir * ManualCw;
        break;
    case ManualCw:
        slewToward(m_config.pwmMaxDuty);
        break;
    default:
        break;
    }
}

// --- Watchdog(): checks, then the publish logic --------------------------------------------------

void SimulatedRotator::stopByWatchdog(const QByteArray &debugText)
{
    if (isManual(m_status))
        m_status = signOf(m_status) * ManualPwmDownCw;
    else
        m_status = m_status > 0 ? PwmDownCw : PwmDownCcw;
    m_errorDetect = true;
    qCDebug(lcSim) << callSlashId() << debugText;
    publish("Debug", debugText);
}

void SimulatedRotator::watchdog()
{
    if (m_status != Stop) {
        if (m_nowMs - m_commandStartMs > commandTimeoutMs && m_nowMs >= m_timeoutCheckMs) {
            m_timeoutCheckMs = m_nowMs + commandTimeoutRecheckMs;
            stopByWatchdog(QByteArrayLiteral("Stopped by 120s timeout"));
        }
        if (m_nowMs - m_lastStallCheckMs > stallCheckMs) {
            m_lastStallCheckMs = m_nowMs;
            const int thresholdDeg = stallThresholdDeg(m_config.oneTurnLimitSec);
            if (std::abs(m_rawDeg - m_stallRefDeg) > thresholdDeg) {
                m_stallRefDeg = m_rawDeg;
            } else {
                m_stallRefDeg = m_rawDeg;
                stopByWatchdog(QByteArrayLiteral("Stopped after not reaching ")
                               + QByteArray::number(thresholdDeg)
                               + QByteArrayLiteral("\xC2\xB0 change in 10s"));
            }
        }
    }
    if (m_nowMs - m_lastVoltageCheckMs > voltageCheckMs) {
        m_lastVoltageCheckMs = m_nowMs;
        const int a = std::abs(m_status);
        const bool checked = a == StartCw || a == Cw || a == ManualStartCw || a == ManualCw;
        if (checked
            && protocol::isUnderVoltage(m_config.supplyVoltageV)) // B20: not during ±11 / ±3
            stopByWatchdog(QByteArrayLiteral("Stopped by under voltage 11,5V POE"));
    }

    keyHandler();

    // Status: once per pass, as seen after the motion step (transients are never published).
    if (m_status != m_publishedStatus) {
        m_publishedStatus = m_status;
        publish("StatusHuman", statusHuman(m_status).toLatin1());
        publish("Status", QByteArray::number(m_status));
    }
    publishChecks();
}

void SimulatedRotator::publishChecks()
{
    const qint64 intervalMs = m_status != Stop ? publishCheckMovingMs : publishCheckStoppedMs;
    if (m_nowMs - m_lastPublishCheckMs > intervalMs) {
        m_lastPublishCheckMs = m_nowMs;
        if (m_rawDeg != m_publishedAzimuth) {
            m_publishedAzimuth = m_rawDeg;
            publish("Azimuth", QByteArray::number(m_rawDeg));
            if (m_status == Stop)
                publish("AzimuthStop", QByteArray::number(m_rawDeg));
            m_lastAzimuthPublishMs = m_nowMs;
        }
        if (m_keyInput != m_publishedKeyInput) {
            m_publishedKeyInput = m_keyInput;
            publish("CwCcwInputValue", QByteArray::number(m_keyInput));
        }
        if (std::abs(m_config.supplyVoltageV - m_publishedVoltage) > voltagePublishDeltaV) {
            m_publishedVoltage = m_config.supplyVoltageV;
            publish("VoltageValue", QByteArray::number(m_config.supplyVoltageV, 'f', 2));
        }
    }
    if (m_nowMs - m_lastAzimuthPublishMs > heartbeatMs) {
        m_lastAzimuthPublishMs = m_nowMs;
        m_publishedAzimuth = m_rawDeg;
        publish("Azimuth", QByteArray::number(m_rawDeg));
        if (m_status == Stop)
            publish("AzimuthStop", QByteArray::number(m_rawDeg));
    }
    if (m_nowMs - m_lastTelemetryMs > telemetryMs) {
        m_lastTelemetryMs = m_nowMs;
        const double windowDeg = slowWindowDeg();
        const double toleranceDeg = stopToleranceDeg();
        if (!m_telemetryPublished || std::abs(windowDeg - m_publishedSlowWindow) > 0.09) {
            m_publishedSlowWindow = windowDeg;
            publish("PwmSlowWindowDeg", QByteArray::number(windowDeg, 'f', 1));
        }
        if (!m_telemetryPublished || std::abs(toleranceDeg - m_publishedTolerance) > 0.04) {
            m_publishedTolerance = toleranceDeg;
            publish("StopToleranceDeg", QByteArray::number(toleranceDeg, 'f', 2));
        }
        m_telemetryPublished = true;
    }
}

// --- setters: the setting changes and its retained echo goes out (§3.4) --------------------------

void SimulatedRotator::setName(const QString &name)
{
    m_config.name = name.left(20);
    publish("Name", m_config.name.toUtf8(), true);
}

void SimulatedRotator::setStartAzimuthDeg(int startAzimuthDeg)
{
    m_config.startAzimuthDeg
        = std::clamp(startAzimuthDeg, protocol::minStartAzimuthDeg, protocol::maxStartAzimuthDeg);
    publish("StartAzimuth", QByteArray::number(m_config.startAzimuthDeg), true);
}

void SimulatedRotator::setMaxRotateDeg(int maxRotateDeg)
{
    m_config.maxRotateDeg = std::clamp(maxRotateDeg, protocol::minRotateRangeDeg,
                                       protocol::maxRotateRangeDegFor(m_config.elevation));
    publish("MaxRotateDegree", QByteArray::number(m_config.maxRotateDeg), true);
}

void SimulatedRotator::setAntRadiationAngleDeg(int angleDeg)
{
    m_config.antRadiationAngleDeg
        = std::clamp(angleDeg, protocol::minBeamWidthDeg, protocol::maxBeamWidthDeg);
    publish("AntRadiationAngle", QByteArray::number(m_config.antRadiationAngleDeg), true);
}

void SimulatedRotator::setOneTurnLimitSec(int seconds)
{
    m_config.oneTurnLimitSec
        = std::clamp(seconds, protocol::minOneTurnLimitSec, protocol::maxOneTurnLimitSec);
    publish("OneTurnLimitSec", QByteArray::number(m_config.oneTurnLimitSec), true);
}

void SimulatedRotator::setPwmEnabled(bool enabled)
{
    m_config.pwm = enabled && m_config.motor == SimulatedRotatorConfig::Motor::Dc;
    publish("PWMenable", m_config.pwm ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF"), true);
}

void SimulatedRotator::setMotor(SimulatedRotatorConfig::Motor motor)
{
    m_config.motor = motor;
    const bool ac = motor == SimulatedRotatorConfig::Motor::Ac;
    publish("Motor", ac ? QByteArrayLiteral("AC") : QByteArrayLiteral("DC"), true);
    if (ac)
        setPwmEnabled(false); // AC forces PWM off
}

void SimulatedRotator::setPwmRampStepsMs(int ms)
{
    m_config.pwmRampStepsMs
        = std::clamp(ms, protocol::minPwmRampStepsMs, protocol::maxPwmRampStepsMs);
    publish("PwmRampSteps", QByteArray::number(m_config.pwmRampStepsMs), true);
}

void SimulatedRotator::setPwmTuneAggressiveness(int level)
{
    m_config.pwmTuneAggressiveness
        = std::clamp(level, protocol::minPwmTuneAggressiveness, protocol::maxPwmTuneAggressiveness);
    publish("PwmTuneAggressiveness", QByteArray::number(m_config.pwmTuneAggressiveness), true);
}

void SimulatedRotator::setPwmMaxDuty(int duty)
{
    m_config.pwmMaxDuty = std::clamp(duty, protocol::minPwmMaxDuty, protocol::maxPwmMaxDuty);
    publish("PwmMaxDuty", QByteArray::number(m_config.pwmMaxDuty), true);
}

void SimulatedRotator::setElevation(bool enabled)
{
    m_config.elevation = enabled;
    if (enabled) {
        m_config.startAzimuthDeg = protocol::elevationStartAzimuthDeg;
        m_config.maxRotateDeg = protocol::maxElevationRangeDeg;
        publish("StartAzimuth", QByteArray::number(m_config.startAzimuthDeg), true);
        publish("MaxRotateDegree", QByteArray::number(m_config.maxRotateDeg), true);
    }
    publish("ElevationEnable", enabled ? QByteArrayLiteral("1") : QByteArrayLiteral("0"), true);
}

void SimulatedRotator::setAzimuthSource(AzimuthSource source)
{
    m_source = source;
    switch (source) {
    case AzimuthSource::Potentiometer:
        publish("AZsource", QByteArrayLiteral("Potentiometer"), true);
        break;
    case AzimuthSource::Pulse:
        publish("AZsource", QByteArrayLiteral("CW/CCW pulse"), true);
        break;
    case AzimuthSource::Mqtt:
        publish("AZsource", QByteArrayLiteral("MQTT"), true);
        break;
    }
}

// --- fault injection -----------------------------------------------------------------------------

void SimulatedRotator::setBlocked(bool blocked)
{
    m_blocked = blocked;
}

void SimulatedRotator::setSupplyVoltageV(double volts)
{
    m_config.supplyVoltageV = volts;
}

void SimulatedRotator::setPhysicalPositionDeg(double rawDeg)
{
    m_positionDeg = rawDeg;
}

void SimulatedRotator::setPotNoiseDeg(double amplitudeDeg)
{
    m_config.potNoiseDeg = std::max(0.0, amplitudeDeg);
}

void SimulatedRotator::setKeys(bool cwPressed, bool ccwPressed)
{
    m_keyCw = cwPressed;
    m_keyCcw = ccwPressed;
}

void SimulatedRotator::keyHandler()
{
    // Runs inside Watchdog(), before the status publish: this is how ±1 becomes visible.
    const int input = m_keyCcw ? 2 : (m_keyCw ? 1 : 0);
    if (input == m_keyInput)
        return;
    m_keyInput = input;
    if (m_source != AzimuthSource::Potentiometer)
        return; // keys only work with the potentiometer source (1548)
    if (input != 0 && m_status == Stop) {
        const int dir = input == 1 ? 1 : -1;
        m_targetDeg = -1; // a key move has no target
        m_keyMove = true;
        m_status = dir * (isPwmDrive() ? ManualStartCw : StartCw);
        startWatchdogs();
    } else if (input == 0 && m_keyMove && m_status != Stop) {
        m_keyMove = false;
        const int a = std::abs(m_status);
        if (a == ManualStartCw || a == ManualCw)
            m_status = signOf(m_status) * ManualPwmDownCw;
        else if (a == StartCw || a == PwmUpCw || a == Cw)
            m_status = signOf(m_status) * PwmDownCw;
    }
}
