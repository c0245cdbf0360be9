// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedrotator.h"

#include "simlogging.h"

#include "protocol/firmwarelimits.h"

#include <algorithm>
#include <array>
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

constexpr qint64 keepAliveMs = 15000; // PubSubClient default
constexpr int subscribedLeafCount = 4;
constexpr int slewStep = 10;
constexpr int pwmMinStart = 64; // duty floor while the duty is still 0 (2102-2104)
constexpr int pwmMinRun = 40;
constexpr qint64 windowSaveMs = 60000; // PwmSlowWindowDeg saved and republished <= 1 per 60 s

// Simulator choices ([SIM] notes).
constexpr double mechanicalMarginDeg = 2.0; // hardware end stops just beyond the calibration points
constexpr int dutyDeadBand = 5; // below this duty the motor does not turn
constexpr double crawlDegPerSec = 5.0; // the slowest a turning rotor goes

// Lead offset and aggression factor per aggressiveness level 1..5 (§6.3).
constexpr double leadOffsetDeg[] = {0.0, 0.2, 0.45, 0.9, 1.4};
constexpr double aggressionFactors[] = {0.95, 1.40, 2.05, 2.85, 3.70};

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
    m_config.slowWindowDeg = std::clamp(m_config.slowWindowDeg, 3.0, 60.0);
    m_slowWindowDeg = m_config.slowWindowDeg;
    m_savedWindowTenths = static_cast<int>(std::lround(m_slowWindowDeg * 10.0));
    m_positionDeg = m_config.initialRawDeg;
    m_potMv = potMvAt(m_positionDeg);
    m_rawDeg = m_config.initialRawDeg;
    // The "last published" caches of Azimuth and VoltageValue start at 0 (1582-1584), so both go
    // out at the first check after boot.
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

bool SimulatedRotator::isPwmDrive() const
{
    return m_config.pwm && m_config.motor == SimulatedRotatorConfig::Motor::Dc;
}

bool SimulatedRotator::manualKeyControl() const
{
    return m_source == AzimuthSource::Potentiometer && isPwmDrive();
}

double SimulatedRotator::aggressionFactor() const
{
    return aggressionFactors[m_config.pwmTuneAggressiveness - 1];
}

int SimulatedRotator::potMvAt(double rawDeg) const
{
    // [SIM] A linear pot: CcwRaw at raw 0, CwRaw at raw MaxRotateDegree (§5.2).
    if (m_config.maxRotateDeg <= 0)
        return m_config.ccwRawMv;
    const double mvPerDeg
        = double(m_config.cwRawMv - m_config.ccwRawMv) / double(m_config.maxRotateDeg);
    return static_cast<int>(std::lround(m_config.ccwRawMv + rawDeg * mvPerDeg));
}

// --- inbound -------------------------------------------------------------------------------------

void SimulatedRotator::handleInbound(const QString &leaf, const QByteArray &payload, bool retained)
{
    ++m_pendingPublishes;
    Packet packet {Packet::Kind::Publish, leaf, payload};
    if (retained) {
        // The broker sends a retained message right after the SUBACK of its subscription.
        const auto subAck = std::find_if(m_inbound.begin(), m_inbound.end(), [&](const Packet &p) {
            return p.kind == Packet::Kind::SubAck && p.leaf == leaf;
        });
        if (subAck != m_inbound.end()) {
            m_inbound.insert(std::next(subAck), std::move(packet));
            return;
        }
    }
    m_inbound.push_back(std::move(packet));
}

void SimulatedRotator::setLinkUp(bool up)
{
    m_linkUp = up;
    if (!up) { // the socket is gone with whatever it still held
        m_inbound.clear();
        m_pendingPublishes = 0;
        return;
    }
    if (m_config.fastInbound)
        return;
    // PubSubClient sends the four SUBSCRIBEs without waiting; their SUBACKs queue up (§9), ahead
    // of anything the new connection already delivered.
    const std::array<QLatin1String, subscribedLeafCount> leaves {
        QLatin1String("Target"), QLatin1String("get"), QLatin1String("stop"),
        QLatin1String("RxAzimuth")};
    for (auto leaf = leaves.rbegin(); leaf != leaves.rend(); ++leaf)
        m_inbound.push_front({Packet::Kind::SubAck, *leaf, {}});
    m_lastInActivityMs = m_nowMs;
    m_lastOutActivityMs = m_nowMs;
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
        if (m_source == AzimuthSource::Mqtt)
            m_rawDeg = m_rxAzimuthDeg; // only on receipt: a source switch keeps the last azimuth
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
    }
    // The watchdog timers restart in the ±1 motion step (RunTimer), not here.
}

void SimulatedRotator::requestStop()
{
    requestStopRamp(true); // §2.4: flagged manual, brake learning skips this stop
}

void SimulatedRotator::requestStopRamp(bool suppressBrakeLearning)
{
    if (isManual(m_status)) {
        m_status = signOf(m_status) * ManualPwmDownCw;
        return;
    }
    if (m_status == Stop)
        return;
    if (suppressBrakeLearning)
        m_skipBrakeLearning = true;
    m_status = m_status > 0 ? PwmDownCw : PwmDownCcw;
}

SimulatedRotator::WebRotateResult SimulatedRotator::webRotate(int bearingDeg)
{
    if (m_status != Stop) {
        requestStopRamp(true); // "click again = emergency stop"
        return WebRotateResult::Busy;
    }
    int target = bearingDeg - m_config.startAzimuthDeg;
    if (target < 0)
        target += 360;
    publish("AzimuthTarget", QByteArray::number(target));
    rotCalculate(target);
    return WebRotateResult::Accepted;
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
    m_lastOutActivityMs = m_nowMs;
    emit publishRequested(QString::fromLatin1(leaf), payload, retained);
}

// --- one main-loop pass --------------------------------------------------------------------------

void SimulatedRotator::step(qint64 nowMs)
{
    if (m_firstStep) {
        m_firstStep = false;
        m_nowMs = nowMs;
        m_bootMs = nowMs;
        m_lastServiceMs = nowMs;
        m_lastSampleMs = nowMs;
        m_lastSlewMs = nowMs;
        m_lastStallCheckMs = nowMs;
        m_commandStartMs = nowMs;
        m_lastVoltageCheckMs = nowMs;
        m_lastPublishCheckMs = nowMs;
        m_lastAzimuthPublishMs = nowMs;
        m_lastTelemetryMs = nowMs;
        m_windowSaveMs = nowMs;
        m_lastInActivityMs = nowMs;
        m_lastOutActivityMs = nowMs;
    }
    const qint64 dtMs = std::max<qint64>(0, nowMs - m_nowMs);
    m_nowMs = std::max(m_nowMs, nowMs);

    // The physical world during the time since the previous pass.
    if (dtMs > 0 && m_motorDir != 0 && !m_blocked) {
        m_positionDeg += m_motorDir * speedDegPerSec() * static_cast<double>(dtMs) / 1000.0;
        m_positionDeg = std::clamp(m_positionDeg, -mechanicalMarginDeg,
                                   m_config.maxRotateDeg + mechanicalMarginDeg);
    }

    serviceMqtt();

    if (m_nowMs - m_lastSampleMs >= sensorPeriodMs) {
        m_lastSampleMs = m_nowMs;
        sampleSensor();
    }

    motionStep();
    watchdog();
}

void SimulatedRotator::serviceMqtt()
{
    if (m_config.fastInbound) {
        while (!m_inbound.empty()) {
            Packet packet = std::move(m_inbound.front());
            m_inbound.pop_front();
            if (packet.kind == Packet::Kind::Publish) {
                --m_pendingPublishes;
                processInbound(packet.leaf, packet.payload);
            }
        }
        return;
    }
    if (m_nowMs - m_lastServiceMs <= serviceTickMs)
        return;
    m_lastServiceMs = m_nowMs;
    // PubSubClient loop(): PINGREQ after 15 s without traffic either way, then at most one packet.
    const bool pingNow = m_linkUp
        && (m_nowMs - m_lastInActivityMs > keepAliveMs
            || m_nowMs - m_lastOutActivityMs > keepAliveMs);
    if (pingNow) {
        m_lastInActivityMs = m_nowMs;
        m_lastOutActivityMs = m_nowMs;
    }
    if (!m_inbound.empty()) {
        Packet packet = std::move(m_inbound.front());
        m_inbound.pop_front();
        m_lastInActivityMs = m_nowMs;
        if (packet.kind == Packet::Kind::Publish) {
            --m_pendingPublishes;
            processInbound(packet.leaf, packet.payload);
        }
    }
    if (pingNow) // the PINGRESP is read on a later tick
        m_inbound.push_back({Packet::Kind::PingResp, {}, {}});
}

void SimulatedRotator::sampleSensor()
{
    // A new 35-sample average: the key inputs are read with it (1506-1514).
    m_keyInput = m_keyCcw ? 2 : (m_keyCw ? 1 : 0);
    switch (m_source) {
    case AzimuthSource::Mqtt:
        break; // Azimuth changes only when an RxAzimuth is processed
    case AzimuthSource::Pulse:
        m_rawDeg = static_cast<int>(std::clamp(m_positionDeg, 0.0, double(m_config.maxRotateDeg)));
        break;
    case AzimuthSource::Potentiometer: {
        double sensedDeg = m_positionDeg;
        if (m_config.potNoiseDeg > 0)
            sensedDeg += (m_noise.generateDouble() * 2.0 - 1.0) * m_config.potNoiseDeg;
        m_potMv = potMvAt(sensedDeg);
        // Arduino's integer map() of the averaged millivolts truncates toward zero and
        // extrapolates beyond the calibration points: whole degrees.
        m_rawDeg = static_cast<int>(sensedDeg);
        break;
    }
    }
}

double SimulatedRotator::speedDegPerSec() const
{
    if (m_motorDir == 0)
        return 0;
    if (isPwmDrive()) {
        if (m_duty <= dutyDeadBand)
            return 0;
        // [SIM] Speed grows linearly with the duty above the dead band, but never falls below a
        // crawl of a few degrees per second: a geared rotor at low duty still turns, and the
        // firmware's stall stop (1° change within ~350 ms at low duty) expects it to.
        const double dutyFraction
            = (m_duty - dutyDeadBand) / (double(protocol::fullPwmDuty) - dutyDeadBand);
        return std::max(m_config.speedDegPerSec * dutyFraction,
                        std::min(m_config.speedDegPerSec, crawlDegPerSec));
    }
    return m_motorOn ? m_config.speedDegPerSec : 0;
}

double SimulatedRotator::remainingDeg(int dir) const
{
    if (m_targetDeg < 0)
        return 0; // B6: a cleared target leaves nothing to go
    // The loop sees whole degrees for every source (the pot's control value follows the integer
    // raw azimuth within a few 5 ms filter steps).
    return dir > 0 ? m_targetDeg - m_rawDeg : m_rawDeg - m_targetDeg;
}

bool SimulatedRotator::targetReached(int dir) const
{
    // §6.3: the stop decision uses the integer raw azimuth, no lead offset.
    return remainingDeg(dir) <= stopToleranceDeg();
}

int SimulatedRotator::closedLoopDuty(int dir) const
{
    // §6.3, 2069-2107.
    const double tolDeg = stopToleranceDeg();
    const double winDeg = std::max(m_slowWindowDeg, tolDeg + 1.0);
    const double remDeg = remainingDeg(dir) - leadOffsetDeg[m_config.pwmTuneAggressiveness - 1];
    if (remDeg <= tolDeg)
        return 0;
    double normalized = std::clamp((remDeg - tolDeg) / (winDeg - tolDeg), 0.0, 1.0);
    const double aggression = aggressionFactor();
    const int maxDuty = m_config.pwmMaxDuty;
    const double dutyRatio = maxDuty > 0 ? std::clamp(double(m_duty) / maxDuty, 0.0, 1.0) : 0.0;
    const double shape = (0.24 + 0.76 * dutyRatio * dutyRatio) * (0.96 + aggression * 0.16);
    const double brakeWindowDeg = tolDeg + (winDeg - tolDeg) * std::clamp(shape, 0.0, 1.30);
    double urgency = 0;
    if (brakeWindowDeg > tolDeg)
        urgency = std::clamp((brakeWindowDeg - remDeg) / (brakeWindowDeg - tolDeg), 0.0, 1.0);
    normalized = std::pow(normalized, 1.0 + urgency * (1.35 + aggression * 0.95));
    const double reduction = std::clamp(0.50 + aggression * 0.18, 0.50, 0.88);
    const int minDuty = std::min(
        maxDuty,
        std::max(8, static_cast<int>(std::lround(pwmMinRun * (1.0 - urgency * reduction)))));
    int duty = minDuty + static_cast<int>((maxDuty - minDuty) * normalized);
    if (m_duty == 0 && duty > 0) // the start floor, only while the duty is still 0
        duty = std::max(duty, std::min(maxDuty, pwmMinStart));
    return std::clamp(duty, 0, protocol::fullPwmDuty);
}

bool SimulatedRotator::shouldForceStopFromPwmStall(int dir)
{
    // §7, 2030-2067: the duty tapered so low that the rotor stands still short of the target.
    const int maxDuty = m_config.pwmMaxDuty;
    const int lowDuty
        = std::min(maxDuty, std::max(10, static_cast<int>(std::lround(maxDuty * 0.18))));
    if (m_duty > lowDuty) {
        m_stallDir = 0;
        m_stallTiming = false;
        m_stallStartDeg = m_rawDeg;
        return false;
    }
    if (m_stallDir != dir || !m_stallTiming) {
        m_stallDir = dir;
        m_stallStartDeg = m_rawDeg;
        m_stallTimerMs = m_nowMs;
        m_stallTiming = true;
        return false;
    }
    if (std::abs(m_rawDeg - m_stallStartDeg) > 0.18) {
        m_stallStartDeg = m_rawDeg;
        m_stallTimerMs = m_nowMs;
        return false;
    }
    const qint64 heldMs = m_nowMs - m_stallTimerMs;
    const qint64 rampMs = std::max<qint64>(350,
                                           qint64(std::max(1, (m_duty + 9) / 10))
                                               * std::max(1, m_config.pwmRampStepsMs) * 11 / 10);
    return heldMs > rampMs || heldMs > 2500;
}

void SimulatedRotator::maybeBeginBrakeLearning(int dir)
{
    if (m_brakeLearning || m_source != AzimuthSource::Potentiometer || m_targetDeg < 0)
        return;
    const double tolDeg = stopToleranceDeg();
    const double winDeg = std::max(m_slowWindowDeg, tolDeg + 1.0);
    const double remDeg = remainingDeg(dir);
    if (remDeg <= 0 || remDeg > winDeg + 0.8)
        return;
    m_brakeLearning = true;
    m_brakeDir = dir;
    m_brakeStartDeg = remDeg;
}

void SimulatedRotator::updateAutoSlowWindow(double finalDistanceDeg)
{
    // §6.5, 2772-2810: the residual after the stop moves the window toward a recommendation.
    if (m_source != AzimuthSource::Potentiometer)
        return;
    const double reachedDeg = std::max(0.0, m_brakeStartDeg - std::max(finalDistanceDeg, 0.0));
    const double overshootDeg = std::max(0.0, -finalDistanceDeg);
    const double undershootDeg = std::max(0.0, finalDistanceDeg);
    const double settleDeg = stopToleranceDeg() + 0.5;
    const double aggression = aggressionFactor();
    const double recommendedDeg
        = std::clamp(reachedDeg + overshootDeg * (2.2 + aggression * 1.1)
                         - undershootDeg * (0.45 + aggression * 0.30) + settleDeg,
                     3.0, 60.0);
    const double normalizedError
        = std::clamp(std::abs(recommendedDeg - m_slowWindowDeg) / 14.0, 0.0, 1.0);
    const double overshootFactor = std::clamp(overshootDeg / 8.0, 0.0, 1.0);
    const double residualFactor = std::clamp(std::abs(finalDistanceDeg) / 3.0, 0.0, 1.0);
    const double blend = std::clamp(
        0.16 + aggression * 0.10 + normalizedError * (0.12 + aggression * 0.05)
            + normalizedError * normalizedError * 0.18 + residualFactor * (0.07 + aggression * 0.04)
            + overshootFactor * (0.10 + aggression * 0.06),
        0.18, 0.82);
    m_slowWindowDeg
        = std::clamp(m_slowWindowDeg * (1.0 - blend) + recommendedDeg * blend, 3.0, 60.0);
    // Saved (and republished retained) only when it changed and at most once per 60 s.
    const int tenths = static_cast<int>(std::lround(m_slowWindowDeg * 10.0));
    if (tenths != m_savedWindowTenths && m_nowMs - m_windowSaveMs > windowSaveMs) {
        m_savedWindowTenths = tenths;
        m_windowSaveMs = m_nowMs;
        publish("PwmSlowWindowDeg", QByteArray::number(m_slowWindowDeg, 'f', 1), true);
    }
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
    // RunTimer (1900-1905): only the ±1 / ±21 motion steps call it.
    m_commandStartMs = m_nowMs;
    m_lastStallCheckMs = m_nowMs;
    m_stallRefDeg = m_rawDeg;
}

void SimulatedRotator::detectEndstopZone()
{
    // §5.4, 1907-1945: the software end stops of a potentiometer without end-stop switches.
    if (m_config.endstopInstalled || m_source != AzimuthSource::Potentiometer)
        return;
    const double volts = m_potMv / 1000.0;
    const bool normalPot = m_config.ccwRawMv < m_config.cwRawMv;
    const int a = std::abs(m_status);
    const bool moving = a == StartCw || a == PwmUpCw || a == Cw || isManual(m_status);
    if (!moving)
        return;
    if (m_status < 0) {
        if (normalPot ? volts <= m_config.lowZoneV : volts >= m_config.highZoneV)
            m_status = PwmDownCcw;
    } else {
        if (normalPot ? volts >= m_config.highZoneV : volts <= m_config.lowZoneV)
            m_status = PwmDownCw;
    }
}

void SimulatedRotator::finishStop()
{
    const bool ac = m_config.motor == SimulatedRotatorConfig::Motor::Ac;
    m_motorOn = false;
    m_motorDir = 0;
    m_duty = 0;
    m_status = Stop;
    if (isPwmDrive() && m_brakeLearning && !m_skipBrakeLearning)
        updateAutoSlowWindow(remainingDeg(m_brakeDir));
    m_brakeLearning = false;
    m_skipBrakeLearning = false;
    if (!ac)
        m_targetDeg = -1; // B21: an AC stop keeps the target
}

void SimulatedRotator::motionStep()
{
    detectEndstopZone();
    const bool pwm = isPwmDrive();
    const int dir = signOf(m_status);
    if (manualKeyControl() && isManual(m_status)) { // HandleManualPwmStatus (3009-3066)
        switch (std::abs(m_status)) {
        case ManualStartCw:
            m_errorDetect = false;
            m_motorDir = dir;
            startWatchdogs();
            m_targetDeg = -1;
            m_status = dir * ManualCw;
            m_lastSlewMs = m_nowMs;
            break;
        case ManualCw:
            m_errorDetect = false;
            slewToward(m_config.pwmMaxDuty);
            break;
        default: // ManualPwmDownCw: no AzimuthStop afterwards, OneTimeSend stays as it was
            slewToward(0);
            if (m_duty == 0) {
                m_motorDir = 0;
                m_status = Stop;
                m_targetDeg = -1;
            }
            break;
        }
        return;
    }
    switch (std::abs(m_status)) {
    case Stop:
        m_brakeLearning = false;
        m_skipBrakeLearning = false;
        if (!m_azimuthStopSent) { // first pass after a commanded stop (3197-3205)
            m_azimuthStopSent = true;
            publish("AzimuthStop", QByteArray::number(m_rawDeg));
            m_lastAzimuthPublishMs = m_nowMs;
        }
        break;
    case StartCw: // relays set, watchdogs restart; a reversal keeps the current duty (B5)
        m_motorDir = dir;
        startWatchdogs();
        m_brakeLearning = false;
        m_skipBrakeLearning = false;
        m_stallDir = 0;
        m_stallTiming = false;
        m_stallStartDeg = m_rawDeg;
        m_status = dir * PwmUpCw;
        m_azimuthStopSent = false;
        m_lastSlewMs = m_nowMs;
        break;
    case PwmUpCw:
        m_errorDetect = false;
        if (pwm) {
            const int loopDuty = closedLoopDuty(dir);
            if (loopDuty == 0 || targetReached(dir)) {
                m_status = dir * PwmDownCw;
            } else {
                slewToward(loopDuty);
                if (m_duty >= loopDuty)
                    m_status = dir * Cw;
            }
        } else {
            m_motorOn = true;
            m_status = dir * Cw;
        }
        break;
    case Cw:
        if (pwm) {
            maybeBeginBrakeLearning(dir);
            if (targetReached(dir)) {
                m_status = dir * PwmDownCw;
            } else if (shouldForceStopFromPwmStall(dir)) {
                m_status = dir * PwmDownCw;
                publish(
                    "Debug",
                    dir > 0
                        ? QByteArrayLiteral("Forced stop after low PWM stall during CW braking")
                        : QByteArrayLiteral("Forced stop after low PWM stall during CCW braking"));
            } else {
                slewToward(closedLoopDuty(dir));
            }
        } else if (std::abs(m_targetDeg - m_rawDeg) < 2) {
            m_status = dir * PwmDownCw;
        }
        break;
    case PwmDownCw:
    case ManualPwmDownCw: // a manual code turned into ±3 by an end-stop zone lands here too
        if (pwm) {
            slewToward(0);
            if (m_duty > 0)
                break;
        }
        finishStop();
        break;
    default:
        break;
    }
}

// --- Watchdog(): key handler, publish logic, then the checks -------------------------------------

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
    keyHandler();

    // Status: once per pass, as seen after the motion step and the key handler (transients are
    // never published; a watchdog stop below is seen only on the next pass).
    if (m_status != m_publishedStatus) {
        m_publishedStatus = m_status;
        publish("StatusHuman", statusHuman(m_status).toLatin1());
        publish("Status", QByteArray::number(m_status));
    }
    publishChecks();
    watchdogChecks();
}

void SimulatedRotator::watchdogChecks()
{
    if (m_status != Stop) {
        if (m_nowMs - m_commandStartMs > commandTimeoutMs) {
            stopByWatchdog(QByteArrayLiteral("Stopped by 120s timeout"));
            m_commandStartMs += commandTimeoutRecheckMs; // next check 5 s later
        }
        if (m_nowMs - m_lastStallCheckMs > stallCheckMs) {
            m_lastStallCheckMs = m_nowMs;
            const int thresholdDeg = stallThresholdDeg(m_config.oneTurnLimitSec);
            if (std::abs(m_stallRefDeg - m_rawDeg) > thresholdDeg) {
                m_stallRefDeg = m_rawDeg;
            } else {
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
    // Runs inside Watchdog(), before the status publish: this is how ±1 becomes visible. It acts
    // on the key level, not on its changes (1546-1578): a held key starts again whenever Status
    // is back at 0, for example after a watchdog stop.
    if (m_source != AzimuthSource::Potentiometer)
        return; // keys only work with the potentiometer source (1548)
    if (manualKeyControl()) {
        m_runByKey = false;
        if (m_keyInput == 1 || m_keyInput == 2) {
            if (m_status == Stop)
                m_status = m_keyInput == 1 ? ManualStartCw : ManualStartCcw;
        } else if (isManual(m_status)) {
            m_status = signOf(m_status) * ManualPwmDownCw;
        }
    } else if (m_keyInput == 1 && m_status >= 0) {
        if (m_status == Stop) {
            m_status = StartCw; // the target stays as it was (B21)
            m_runByKey = true;
        }
    } else if (m_keyInput == 2 && m_status <= 0) {
        if (m_status == Stop) {
            m_status = StartCcw;
            m_runByKey = true;
        }
    } else if (m_runByKey) {
        requestStopRamp(true);
        m_runByKey = false;
    }
}
