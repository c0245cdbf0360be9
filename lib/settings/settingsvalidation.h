// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QList>
#include <QString>

#include <optional>

/// Checks shared by SettingsStore (at load) and the settings dialogs (live, at the field).
/// Each returns nullopt when the value is fine, else a short English reason. The firmware's own
/// ranges (rotation range, beam width, ...) are in protocol/firmwarelimits.h.
namespace settings {

/// "#rrggbb" (hex digits, either case).
[[nodiscard]] std::optional<QString> colourProblem(const QString &colour);
/// Maidenhead locator of 4, 6 or 8 characters (case-insensitive: "JO62", "jo62QM", "JO62qm12").
[[nodiscard]] std::optional<QString> locatorProblem(const QString &locator);
/// A station callsign as loggers write it ("OK1HRA", "ok1hra/p", "DL/OK1HRA").
[[nodiscard]] std::optional<QString> callsignProblem(const QString &callsign);
/// An address to download a file from: an absolute http:// or https:// URL with a host.
[[nodiscard]] std::optional<QString> downloadUrlProblem(const QString &url);
/// A band name that cluster::bandNames() lists ("20m", "70cm").
[[nodiscard]] std::optional<QString> bandProblem(const QString &band);
/// An N1MM rotor name: at most n1mmNameMaxLength characters, printable, none of '@' (status
/// datagrams are "NAME @ HEADING") and '<', '>', '&' (commands are XML). Empty is fine (the
/// default name).
[[nodiscard]] std::optional<QString> n1mmNameProblem(const QString &name);
constexpr int n1mmNameMaxLength = 40;
/// A cluster node's host name or address: no spaces, no scheme, no port ("dxc.example.org").
[[nodiscard]] std::optional<QString> clusterHostProblem(const QString &host);
/// A cluster login command: one line of printable text, at most 80 characters.
[[nodiscard]] std::optional<QString> clusterCommandProblem(const QString &command);
/// An IPv4 or IPv6 address in numeric form ("127.0.0.1", "0.0.0.0", "::1").
[[nodiscard]] std::optional<QString> ipAddressProblem(const QString &address);
/// An address to listen on: loopback always, anything else only when the user allowed the
/// network.
[[nodiscard]] std::optional<QString> listenAddressProblem(const QString &address,
                                                          bool allowNetwork);
/// value within min..max.
[[nodiscard]] std::optional<QString> rangeProblem(int value, int min, int max);
/// value within min..max (a finite number).
[[nodiscard]] std::optional<QString> rangeProblem(double value, double min, double max);
/// A tracking horizon: both elevations within RotatorSettings::minTrackElevationDeg..
/// maxTrackElevationDeg, and the stop elevation not above the start elevation.
[[nodiscard]] std::optional<QString> trackElevationProblem(double startElevationDeg,
                                                           double stopElevationDeg);
/// An az/el pair next to the rotators and the other pairs: both units must be valid addresses,
/// differ, be rotators on the pair's broker and be in no other pair.
[[nodiscard]] std::optional<QString> azElPairProblem(const AzElPairSettings &pair,
                                                     const QList<RotatorSettings> &rotators,
                                                     const QList<AzElPairSettings> &otherPairs);

/// A group's name next to the other groups: not empty (after trimming), at most 40 characters,
/// not used by another group (case-insensitive).
[[nodiscard]] std::optional<QString> groupNameProblem(const QString &name,
                                                      const QList<GroupSettings> &otherGroups);
/// One member of a group: a valid address that is one of the rotators, an offset within
/// minGroupOffsetDeg..maxGroupOffsetDeg, not already among `earlierMembers`.
[[nodiscard]] std::optional<QString>
groupMemberProblem(const GroupMemberSettings &member, const QList<RotatorSettings> &rotators,
                   const QList<GroupMemberSettings> &earlierMembers);

} // namespace settings
