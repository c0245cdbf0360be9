// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QMetaType>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

namespace cluster {

/// The operating mode of a spot: from its comment when it names one, else from the band plan.
enum class SpotMode : std::uint8_t {
    Unknown,
    Cw,
    Ssb,
    Am,
    Fm,
    Rtty,
    Psk,
    Ft8,
    Ft4,
    Jt65,
    OtherDigital
};

/// Who made the spot: a person, or a CW/RTTY skimmer (the Reverse Beacon Network's "-#" nodes).
enum class SpotSource : std::uint8_t { Human, Skimmer };

/// One DX spot as the cluster sent it, validated. Text fields are the node's (callsigns upper
/// case), not words of ours.
struct DxSpot
{
    QString spotter; ///< "OK1RR", skimmers "EA5WU-#"
    double frequencyKhz = 0; ///< 14025.0
    QString dxCall; ///< "JA1ABC" (may carry /P etc.)
    QString comment; ///< trimmed, "" when none
    std::optional<QTime> timeUtc; ///< the node's HHMMZ (no date: the day is the receiver's)
    QString band; ///< "20m", "2m", "70cm"; "" outside the amateur bands
    SpotMode mode = SpotMode::Unknown;
    bool modeFromComment = false; ///< false: guessed from the band plan (or Unknown)
    SpotSource source = SpotSource::Human;
    std::optional<int> snrDb; ///< skimmers: "23 dB"
    std::optional<int> speedWpm; ///< skimmers: "28 WPM"
    QString dxLocator; ///< a locator the comment gives for the DX ("" none), upper case
    QString
        spotterLocator; ///< the spotter's locator (VHF "JO70<TR>JN88" comments, or after the time)
    friend bool operator==(const DxSpot &, const DxSpot &) = default;
};

/// "CW", "SSB", "FT8"... (the usual abbreviations: data, not words); "" for Unknown.
[[nodiscard]] QString spotModeCode(SpotMode mode);

inline QDebug operator<<(QDebug debug, const DxSpot &spot)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "DxSpot(" << spot.spotter << " " << spot.frequencyKhz << " " << spot.dxCall
                    << " \"" << spot.comment << "\" " << spot.timeUtc.value_or(QTime()) << " "
                    << spot.band << " " << spotModeCode(spot.mode) << " dx " << spot.dxLocator
                    << " spotter " << spot.spotterLocator << ')';
    return debug;
}

} // namespace cluster

Q_DECLARE_METATYPE(cluster::DxSpot)
