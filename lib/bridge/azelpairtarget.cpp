// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpairtarget.h"

#include "tracking/azelpose.h"

#include "protocol/firmwarelimits.h"

#include <algorithm>
#include <cmath>

AzElPairTarget::AzElPairTarget(BridgeTarget *azimuth, BridgeTarget *elevation, QObject *parent)
    : BridgeTarget(parent)
    , m_azimuth(azimuth)
    , m_elevation(elevation)
{
    if (azimuth)
        connect(azimuth, &BridgeTarget::stateChanged, this, &BridgeTarget::stateChanged);
    if (elevation)
        connect(elevation, &BridgeTarget::stateChanged, this, &BridgeTarget::stateChanged);
}

AzElPairTarget::~AzElPairTarget() = default;

RotatorState AzElPairTarget::elevationState() const
{
    return m_elevation ? m_elevation->state() : RotatorState {};
}

int AzElPairTarget::elevationMaxRawDeg() const
{
    return std::clamp(elevationState().maxRotateDeg, 0, protocol::maxElevationRangeDeg);
}

RotatorAddress AzElPairTarget::address() const
{
    return m_azimuth ? m_azimuth->address() : RotatorAddress {};
}

QString AzElPairTarget::label() const
{
    return (m_azimuth ? m_azimuth->label() : QString()) + QStringLiteral(" + ")
        + (m_elevation ? m_elevation->label() : QString());
}

RotatorState AzElPairTarget::state() const
{
    return m_azimuth ? m_azimuth->state() : RotatorState {};
}

std::optional<TurnPlan> AzElPairTarget::planTurnToBearing(double bearingDeg) const
{
    return m_azimuth ? m_azimuth->planTurnToBearing(bearingDeg) : std::nullopt;
}

CommandResult AzElPairTarget::turnToBearing(double bearingDeg, const CommandOrigin &origin)
{
    const auto now = pointing();
    if (!now)
        return {CommandResult::Code::PositionUnknown,
                QStringLiteral("the pair's position is not known yet")};
    return turnTo(bearingDeg, now->elevationDeg, origin);
}

CommandResult AzElPairTarget::turnToRaw(int rawDeg, const CommandOrigin &origin)
{
    if (!m_azimuth)
        return {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    return m_azimuth->turnToRaw(rawDeg, origin);
}

CommandResult AzElPairTarget::stop(const CommandOrigin &origin)
{
    // Both, always: a refusal of one never keeps the other turning.
    const CommandResult az = m_azimuth
        ? m_azimuth->stop(origin)
        : CommandResult {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    const CommandResult el = m_elevation
        ? m_elevation->stop(origin)
        : CommandResult {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    return both(az, el);
}

CommandResult AzElPairTarget::refresh(const CommandOrigin &origin)
{
    const CommandResult az = m_azimuth
        ? m_azimuth->refresh(origin)
        : CommandResult {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    const CommandResult el = m_elevation
        ? m_elevation->refresh(origin)
        : CommandResult {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    return both(az, el);
}

CommandResult AzElPairTarget::park(const CommandOrigin &origin)
{
    if (const auto why = cannotMove())
        return *why;
    m_clientPoseFrame = false;
    const CommandResult az = m_azimuth->turnToBearing(parkBearingDeg().value_or(0), origin);
    if (!az.accepted())
        return az;
    return both(az, m_elevation->turnToRaw(0, origin));
}

std::optional<AzElPairTarget::Pointing> AzElPairTarget::pointing() const
{
    const RotatorState az = state();
    const RotatorState el = elevationState();
    if (!az.rawAzimuthDeg || !el.rawAzimuthDeg)
        return std::nullopt;
    const int bearing = wrapBearingDeg(*az.rawAzimuthDeg + az.startAzimuthDeg);
    const int rawEl = *el.rawAzimuthDeg;
    if (rawEl > 90)
        return Pointing {wrapBearingDeg(bearing + 180), 180 - rawEl};
    return Pointing {bearing, rawEl};
}

std::optional<CommandResult> AzElPairTarget::cannotMove() const
{
    if (!m_azimuth || !m_elevation)
        return CommandResult {CommandResult::Code::InvalidValue, QStringLiteral("rotator removed")};
    if (!elevationState().elevationMode)
        return CommandResult {
            CommandResult::Code::InvalidValue,
            QStringLiteral("%1 is not in elevation mode").arg(m_elevation->address().toString())};
    return std::nullopt;
}

CommandResult AzElPairTarget::turnTo(double azimuthDeg, double elevationDeg,
                                     const CommandOrigin &origin)
{
    if (const auto why = cannotMove())
        return *why;
    const RotatorState az = state();
    const RotatorState el = elevationState();
    if (!az.rawAzimuthDeg || !el.rawAzimuthDeg)
        return {CommandResult::Code::PositionUnknown,
                QStringLiteral("the pair's position is not known yet")};
    const tracking::AzElRanges ranges {az.startAzimuthDeg, az.maxRotateDeg, elevationMaxRawDeg()};
    const auto pose = tracking::chooseAzElPose(azimuthDeg, elevationDeg, ranges, *az.rawAzimuthDeg,
                                               *el.rawAzimuthDeg);
    if (!pose)
        return {CommandResult::Code::DarkZone,
                QStringLiteral("no pose of the pair points at az %1 el %2")
                    .arg(azimuthDeg)
                    .arg(elevationDeg)};
    const CommandResult result = turnToRawPose(pose->rawAzimuthDeg, pose->rawElevationDeg, origin);
    m_clientPoseFrame = false;
    return result;
}

CommandResult AzElPairTarget::turnToBearingWithRawElevation(double bearingDeg, int rawElevationDeg,
                                                            const CommandOrigin &origin)
{
    if (const auto why = cannotMove())
        return *why;
    if (rawElevationDeg < 0 || rawElevationDeg > elevationMaxRawDeg())
        return {CommandResult::Code::OutOfRange,
                QStringLiteral("elevation %1 is outside 0..%2")
                    .arg(rawElevationDeg)
                    .arg(elevationMaxRawDeg())};
    if (!m_azimuth->planTurnToBearing(bearingDeg))
        return m_azimuth->turnToBearing(bearingDeg, origin); // refused: says why, sends nothing
    m_clientPoseFrame = true;
    const CommandResult az = m_azimuth->turnToBearing(bearingDeg, origin);
    if (!az.accepted())
        return az;
    return both(az, m_elevation->turnToRaw(rawElevationDeg, origin));
}

CommandResult AzElPairTarget::turnToRawPose(int rawAzimuthDeg, int rawElevationDeg,
                                            const CommandOrigin &origin)
{
    if (const auto why = cannotMove())
        return *why;
    const int azMax = state().maxRotateDeg;
    if (rawAzimuthDeg < 0 || rawAzimuthDeg > azMax)
        return {CommandResult::Code::OutOfRange,
                QStringLiteral("raw azimuth %1 is outside 0..%2").arg(rawAzimuthDeg).arg(azMax)};
    if (rawElevationDeg < 0 || rawElevationDeg > elevationMaxRawDeg())
        return {CommandResult::Code::OutOfRange,
                QStringLiteral("elevation %1 is outside 0..%2")
                    .arg(rawElevationDeg)
                    .arg(elevationMaxRawDeg())};
    m_clientPoseFrame = true;
    const CommandResult az = m_azimuth->turnToRaw(rawAzimuthDeg, origin);
    if (!az.accepted())
        return az;
    return both(az, m_elevation->turnToRaw(rawElevationDeg, origin));
}

CommandResult AzElPairTarget::both(const CommandResult &first, const CommandResult &second)
{
    if (!first.accepted())
        return first;
    if (!second.accepted())
        return second;
    if (first.code == CommandResult::Code::Sent && second.code == CommandResult::Code::Sent)
        return first;
    return {CommandResult::Code::Queued, first.detail.isEmpty() ? second.detail : first.detail};
}
