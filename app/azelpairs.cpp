// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpairs.h"

#include "session.h"

#include "model/rotator.h"
#include "tracking/azelpose.h"

#include <cmath>

AzElPairs::AzElPairs(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::rotatorAdded, this, [this] { resolve(); });
    connect(session, &Session::rotatorAboutToBeRemoved, this,
            [this](int, Rotator *rotator) { resolve(rotator); });
    // A unit's label names an unlabelled pair.
    connect(session, &Session::rotatorConfigChanged, this, [this](Rotator *rotator) {
        if (m_elevationOf.contains(rotator) || m_azimuthOf.contains(rotator))
            resolve();
    });
}

AzElPairs::~AzElPairs() = default;

void AzElPairs::setPairs(const QList<AzElPairSettings> &pairs)
{
    if (pairs == m_pairs)
        return;
    m_pairs = pairs;
    resolve();
}

void AzElPairs::resolve(const Rotator *leaving)
{
    auto find = [this, leaving](const QString &brokerName, const RotatorAddress &address) {
        for (Rotator *rotator : m_session->rotators()) {
            if (rotator != leaving && rotator->address() == address
                && m_session->brokerName(rotator) == brokerName)
                return rotator;
        }
        return static_cast<Rotator *>(nullptr);
    };
    QHash<const Rotator *, Rotator *> elevationOf;
    QHash<const Rotator *, Rotator *> azimuthOf;
    QHash<const Rotator *, QString> labelOf;
    for (const AzElPairSettings &pair : std::as_const(m_pairs)) {
        Rotator *azimuth = find(pair.brokerName, pair.azimuth);
        Rotator *elevation = find(pair.brokerName, pair.elevation);
        if (!azimuth || !elevation || azimuth == elevation || elevationOf.contains(azimuth)
            || azimuthOf.contains(elevation))
            continue;
        elevationOf.insert(azimuth, elevation);
        azimuthOf.insert(elevation, azimuth);
        labelOf.insert(azimuth,
                       pair.label.isEmpty() ? tr("%1 + %2").arg(m_session->label(azimuth),
                                                                m_session->label(elevation))
                                            : pair.label);
    }
    if (elevationOf == m_elevationOf && labelOf == m_labelOf)
        return;
    m_elevationOf = elevationOf;
    m_azimuthOf = azimuthOf;
    m_labelOf = labelOf;
    emit changed();
}

Rotator *AzElPairs::elevationOf(const Rotator *azimuth) const
{
    return m_elevationOf.value(azimuth);
}

Rotator *AzElPairs::azimuthOf(const Rotator *elevation) const
{
    return m_azimuthOf.value(elevation);
}

QString AzElPairs::label(const Rotator *azimuth) const
{
    return m_labelOf.value(azimuth);
}

QList<Rotator *> AzElPairs::withElevationUnits(const QList<Rotator *> &rotators) const
{
    QList<Rotator *> result;
    result.reserve(rotators.size());
    for (Rotator *rotator : rotators) {
        if (!result.contains(rotator))
            result.append(rotator);
        if (Rotator *elevation = elevationOf(rotator); elevation && !result.contains(elevation))
            result.append(elevation);
    }
    return result;
}

std::optional<AzElPairs::SkyTargets> AzElPairs::skyTargets(const Rotator *azimuth,
                                                           double azimuthDeg, double elevationDeg,
                                                           QString *why) const
{
    auto fail = [why](const QString &reason) -> std::optional<SkyTargets> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const Rotator *elevation = elevationOf(azimuth);
    if (!elevation)
        return fail(tr("The rotator is in no az/el pair."));
    const RotatorState &az = azimuth->state();
    const RotatorState &el = elevation->state();
    if (!el.elevationMode)
        return fail(tr("The pair's elevation unit is not in elevation mode."));
    if (!az.rawAzimuthDeg || !el.rawAzimuthDeg)
        return fail(tr("The position of the pair's units is not known yet."));
    if (elevationDeg < 0)
        return fail(
            tr("The target is below the horizon (elevation %1°).").arg(std::lround(elevationDeg)));
    const tracking::AzElRanges ranges {az.startAzimuthDeg, az.maxRotateDeg, el.maxRotateDeg};
    const auto pose = tracking::chooseAzElPose(azimuthDeg, std::min(elevationDeg, 90.0), ranges,
                                               *az.rawAzimuthDeg, *el.rawAzimuthDeg);
    if (!pose)
        return fail(tr("The pair cannot point there (azimuth %1°, elevation %2°).")
                        .arg(std::lround(azimuthDeg) % 360)
                        .arg(std::lround(elevationDeg)));
    SkyTargets targets;
    targets.azimuthBearingDeg = (pose->rawAzimuthDeg + az.startAzimuthDeg) % 360;
    targets.rawElevationDeg = pose->rawElevationDeg;
    targets.flipped = pose->flipped;
    return targets;
}
