// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class Rotator;
class Session;

/// The az/el pairs in use: an azimuth unit and an elevation-only unit turned as one antenna
/// (AzElPairSettings), resolved to the session's live rotators. A pair counts once both of its
/// units are on the session; until then each unit is shown and turned on its own. SettingsKeeper
/// holds the one instance; the list, the map, the panel and the commands ask it.
class AzElPairs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzElPairs)

public:
    /// session must outlive this object.
    explicit AzElPairs(Session *session, QObject *parent = nullptr);
    ~AzElPairs() override;

    void setPairs(const QList<AzElPairSettings> &pairs);
    [[nodiscard]] const QList<AzElPairSettings> &pairs() const { return m_pairs; }

    /// The elevation unit paired with this azimuth unit; nullptr when it is in no live pair.
    [[nodiscard]] Rotator *elevationOf(const Rotator *azimuth) const;
    /// The azimuth unit this elevation unit is paired with; nullptr when in no live pair.
    [[nodiscard]] Rotator *azimuthOf(const Rotator *elevation) const;
    /// The pair's name: its label, else "azimuth unit + elevation unit" (session labels).
    [[nodiscard]] QString label(const Rotator *azimuth) const;
    /// rotators with each live pair's elevation unit added after its azimuth unit (once).
    [[nodiscard]] QList<Rotator *> withElevationUnits(const QList<Rotator *> &rotators) const;

    /// What each unit of a pair is sent to point at a sky position: the azimuth unit's compass
    /// bearing and the elevation unit's raw elevation (what Rotator::turnToBearing takes for an
    /// elevation unit), chosen by tracking::chooseAzElPose from where both units are now, so the
    /// pair flips (azimuth + 180°, raw elevation 180° − el) when that saves an unwind.
    struct SkyTargets
    {
        double azimuthBearingDeg = 0;
        double rawElevationDeg = 0;
        bool flipped = false;
    };
    /// nullopt with *why (user text) when the pair cannot point there: a unit's position is
    /// unknown, the elevation unit is not in elevation mode, the target is below the horizon or
    /// out of the pair's reach.
    [[nodiscard]] std::optional<SkyTargets> skyTargets(const Rotator *azimuth, double azimuthDeg,
                                                       double elevationDeg,
                                                       QString *why = nullptr) const;

signals:
    /// The pairs, or which of them are live, changed.
    void changed();

private:
    /// Resolves the pairs on the session's rotators, leaving `leaving` out (it is about to go).
    void resolve(const Rotator *leaving = nullptr);

    Session *m_session;
    QList<AzElPairSettings> m_pairs;
    QHash<const Rotator *, Rotator *> m_elevationOf;
    QHash<const Rotator *, Rotator *> m_azimuthOf;
    QHash<const Rotator *, QString> m_labelOf;
};
