// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dxspot.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace cluster {

/// What a line from a cluster node is.
enum class ClusterLineKind : std::uint8_t {
    Spot, ///< "DX de SPOTTER: FREQ DXCALL COMMENT HHMMZ"
    Announcement, ///< "To ALL de SPOTTER: text" (and "To LOCAL", "To SYSOP"...)
    Wwv, ///< "WWV de ..." propagation (solar flux, A, K)
    Wcy, ///< "WCY de ..."
    Talk, ///< "To OK1RR de G4ABC: text" addressed to us
    Other ///< greetings, prompts, command echoes
};

/// Longest line a node may send; longer ones are dropped (DX Spider's lines are < 100 chars).
constexpr qsizetype maxClusterLineLength = 1024;

/// Classifies one line (no line end). Lines that start "DX de" but do not parse are Other.
[[nodiscard]] ClusterLineKind classifyLine(QStringView line, QStringView ownCall = {});

/// Parses a spot line of DX Spider, AR-Cluster or CC-Cluster, including skimmer/RBN spots
/// ("DX de EA5WU-#: 7024.0 DL1ABC CW 12 dB 22 WPM CQ 1201Z"). nullopt when it is not a spot or
/// a field is out of range (frequency outside 1 kHz..300 GHz, a DX call that is no callsign).
/// Rules (locators, band, mode): docs/dx-cluster.md.
[[nodiscard]] std::optional<DxSpot> parseSpot(QStringView line);

/// The amateur band of a frequency ("160m" .. "3cm", "2200m", "630m", "60m"); "" outside them.
[[nodiscard]] QString bandOf(double frequencyKhz);

/// The names bandOf() can return, longest wavelength first ("2200m", "630m", "160m", … "3cm").
[[nodiscard]] QStringList bandNames();

/// The mode the band plan suggests at a frequency (FT8/FT4 calling frequencies, CW and phone
/// segments); Unknown where the plan says nothing clear.
[[nodiscard]] SpotMode modeFromBandPlan(double frequencyKhz);

} // namespace cluster
