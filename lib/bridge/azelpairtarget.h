// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridgetarget.h"

#include <QPointer>

#include <optional>

/// An azimuth unit and an elevation-only unit (spec §5.6: raw 0 = one horizon, 90 = zenith, 180
/// = the other horizon) turned as one antenna by the interop endpoints.
///
/// Seen as a plain BridgeTarget it is its azimuth unit (address, state, bearing turns keep the
/// elevation), except that stop() and refresh() reach both units and park() parks both (the
/// azimuth at the park bearing, the elevation unit at raw 0). The az/el commands choose the pose
/// with tracking::chooseAzElPose (the flip past the zenith when it saves an unwind or an end
/// stop) or take a client's own pose as it is; nothing is sent unless both units can take their
/// part. Every command passes its origin on to both units' commands. Does not own the units.
class AzElPairTarget final : public BridgeTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzElPairTarget)

public:
    /// Where the antenna points: compass azimuth 0..359 and elevation above the horizon.
    struct Pointing
    {
        int azimuthDeg = 0;
        int elevationDeg = 0;
        friend bool operator==(const Pointing &, const Pointing &) = default;
    };

    AzElPairTarget(BridgeTarget *azimuth, BridgeTarget *elevation, QObject *parent = nullptr);
    ~AzElPairTarget() override;

    [[nodiscard]] BridgeTarget *azimuthUnit() const { return m_azimuth; }
    [[nodiscard]] BridgeTarget *elevationUnit() const { return m_elevation; }
    /// The elevation unit's state (empty when it is gone).
    [[nodiscard]] RotatorState elevationState() const;
    /// Highest raw elevation: the elevation unit's range, at most 180.
    [[nodiscard]] int elevationMaxRawDeg() const;

    [[nodiscard]] RotatorAddress address() const override;
    /// "AZLABEL + ELLABEL".
    [[nodiscard]] QString label() const override;
    [[nodiscard]] RotatorState state() const override;
    [[nodiscard]] std::optional<TurnPlan> planTurnToBearing(double bearingDeg) const override;
    /// Turns to the bearing at the current elevation (the pose rule may flip).
    CommandResult turnToBearing(double bearingDeg, const CommandOrigin &origin) override;
    /// The azimuth unit alone.
    CommandResult turnToRaw(int rawDeg, const CommandOrigin &origin) override;
    /// Stops both units, each whatever the other answers.
    CommandResult stop(const CommandOrigin &origin) override;
    CommandResult refresh(const CommandOrigin &origin) override;
    CommandResult park(const CommandOrigin &origin) override;

    /// Where the antenna points (a flipped pose folded back); nullopt while either position is
    /// unknown.
    [[nodiscard]] std::optional<Pointing> pointing() const;
    /// The last az/el command gave the raw pose itself (a client's own flip or an explicit
    /// overlap copy): clients that flip themselves read positions back in that frame.
    [[nodiscard]] bool clientPoseFrame() const { return m_clientPoseFrame; }

    /// Points at compass azimuth / elevation 0..90, choosing the pose (tracking::chooseAzElPose).
    CommandResult turnTo(double azimuthDeg, double elevationDeg, const CommandOrigin &origin);
    /// The client's own pose: the azimuth unit turns to the bearing (its copy chosen as for a
    /// single unit), the elevation unit to rawElevationDeg (past 90 = flipped).
    CommandResult turnToBearingWithRawElevation(double bearingDeg, int rawElevationDeg,
                                                const CommandOrigin &origin);
    /// Both raw values as they are.
    CommandResult turnToRawPose(int rawAzimuthDeg, int rawElevationDeg,
                                const CommandOrigin &origin);

private:
    /// Why the pair cannot move now, or nullopt.
    [[nodiscard]] std::optional<CommandResult> cannotMove() const;
    [[nodiscard]] static CommandResult both(const CommandResult &first,
                                            const CommandResult &second);

    QPointer<BridgeTarget> m_azimuth;
    QPointer<BridgeTarget> m_elevation;
    bool m_clientPoseFrame = false;
};
