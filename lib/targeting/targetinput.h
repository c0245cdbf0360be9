// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dxcc/countrydatabase.h"
#include "geo/geopoint.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <optional>

/// What the operator typed as a target: a bearing, a Maidenhead locator, or a callsign or
/// prefix; read with the rules of docs/country-data.md ("Reading a typed target"). Pure: no
/// widgets, no I/O, so the panel, the "Turn to…" dialog and the bridges read text the same way.
namespace targeting {

/// How a text was read.
enum class Reading : std::uint8_t {
    Empty, ///< nothing typed
    Bearing, ///< a compass bearing 0..359
    Locator, ///< a Maidenhead locator (4, 6 or 8 characters)
    Callsign, ///< a callsign or a prefix, looked up in the country file
    Invalid, ///< none of them: problem says why
};

/// Why a text gives no target (Invalid) or no bearing.
enum class Problem : std::uint8_t {
    None,
    NotATarget, ///< no reading fits (characters, shape)
    BearingOutOfRange, ///< a number outside 0..359
    BadLocator, ///< forced as a locator but not one
    NoCountryData, ///< a callsign, but no country file is loaded
    UnknownCall, ///< a callsign no prefix of the country file matches
    MaritimeMobile, ///< "/MM": at sea, no position
    AeronauticalMobile, ///< "/AM": in the air, no position
    NoStation, ///< a place, but the station's own position is not known: no bearing
};

/// Where the position of a locator or callsign came from, most precise first.
enum class PositionSource : std::uint8_t {
    None,
    TypedLocator, ///< the locator typed
    StationLocator, ///< a locator the station itself gave (cluster comment, logger)
    CountryFileOverride, ///< the country file's own position for that call or prefix
    EntityCentre, ///< the centre of the DXCC entity
};

/// Everything the panel shows before Go.
struct TargetReading
{
    Reading reading = Reading::Empty;
    Problem problem = Problem::None;
    /// The text forced its reading with a sigil (`#`/`@` locator, `=` callsign, `°`/`d` bearing).
    bool forced = false;
    /// The text without sigils and blanks: "120", "JO70VA", "OK1ABC/P".
    QString text;

    /// Short-path bearing from the station (or the typed bearing), 0..360.
    std::optional<double> bearingDeg;
    /// Long-path bearing and both distances (places only, with the station known).
    std::optional<double> longPathBearingDeg;
    std::optional<double> distanceKm;
    std::optional<double> longPathDistanceKm;
    /// The place (locators and callsigns) and where it came from.
    std::optional<geo::GeoPoint> position;
    PositionSource positionSource = PositionSource::None;
    /// The locator that gave the position (TypedLocator, StationLocator).
    QString locator;

    /// Callsigns: the country file's answer (entity, zones, the rule that matched).
    dxcc::DxccMatch match;

    /// A text that could also be read another way (a 4-character locator that is also a known
    /// prefix, a 2-character prefix that is also a locator field): that reading, and the text
    /// that forces it ("=KP20", "#JN").
    std::optional<Reading> alternative;
    QString alternativeText;

    [[nodiscard]] bool hasBearing() const { return bearingDeg.has_value(); }
};

/// What reading needs besides the text.
struct TargetContext
{
    /// The station's position; without it places have no bearing (NoStation).
    std::optional<geo::GeoPoint> station;
    /// The country file; without it callsigns are NoCountryData. Not owned; may be null.
    const dxcc::CountryDatabase *countries = nullptr;
    /// A locator a callsign gave for itself (e.g. in a cluster spot), or nullopt. May be empty.
    std::function<std::optional<QString>(const QString &call)> stationLocator;
};

/// Reads a typed target (case-insensitive, blanks around ignored).
[[nodiscard]] TargetReading readTarget(QStringView text, const TargetContext &context);

/// Short English names for logs and tests ("Bearing", "UnknownCall", ...); the app words them.
[[nodiscard]] QLatin1String readingName(Reading reading);
[[nodiscard]] QLatin1String problemName(Problem problem);
[[nodiscard]] QLatin1String positionSourceName(PositionSource source);

} // namespace targeting
