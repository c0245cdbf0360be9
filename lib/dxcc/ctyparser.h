// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dxccentity.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace dxcc {

/// Why a country file was refused. Codes only: app/ words them.
enum class CtyError : std::uint8_t {
    None,
    Empty, ///< no entity at all
    Unreadable, ///< the file could not be opened or read (token: the path)
    TooLarge, ///< more than maxCtyFileBytes
    NotText, ///< invalid UTF-8 or a control character
    BadHeader, ///< an entity line without its 8 ':'-terminated fields
    BadName, ///< empty entity name
    BadCqZone, ///< not an integer 1..40
    BadItuZone, ///< not an integer 1..90
    BadContinent, ///< not AF, AN, AS, EU, NA, OC or SA
    BadLatitude, ///< not a number -90..90
    BadLongitude, ///< not a number -180..180
    BadUtcOffset, ///< not a number -24..24
    BadPrimaryPrefix, ///< empty or with characters a prefix cannot have
    BadAlias, ///< an alias that is empty or has characters a call cannot have
    BadOverride, ///< a (CQ) [ITU] <lat/lon> {continent} ~offset~ that is malformed or out of range
    UnterminatedEntity ///< the file ends inside an alias list (no ';')
};

/// Where and why: line is 1-based; token is the offending text as found (data, not a message).
struct CtyParseError
{
    CtyError code = CtyError::None;
    int line = 0;
    QString token;
    friend bool operator==(const CtyParseError &, const CtyParseError &) = default;
};

/// A code's stable name ("BadCqZone"), for logs and test output.
[[nodiscard]] const char *ctyErrorName(CtyError code);

/// One alias of an entity with its optional overrides (empty optionals inherit the entity's).
struct CtyAlias
{
    QString text; ///< upper case, without '=' and overrides: "OK", "=" calls as "OK1ABC/P"
    bool exactCall = false; ///< '=' in the file: matches this whole call only
    std::optional<int> cqZone;
    std::optional<int> ituZone;
    std::optional<geo::GeoPoint> position; ///< east positive, like DxccEntity
    std::optional<Continent> continent;
    std::optional<double> utcOffsetHours; ///< local minus UTC, like DxccEntity
    friend bool operator==(const CtyAlias &, const CtyAlias &) = default;
};

/// The whole file: entities in file order, and per entity its aliases.
struct CtyData
{
    QList<DxccEntity> entities;
    QList<QList<CtyAlias>> aliases; ///< aliases[i] belong to entities[i]
    QString version; ///< the "=VERyyyymmdd" marker AD1C puts in the file ("" if none)
};

/// Files larger than this are refused (the real file is ~330 kB, the "big" one ~1 MB).
constexpr qsizetype maxCtyFileBytes = 16 * 1024 * 1024;

/// Parses AD1C's cty.dat format completely; on the first problem returns nullopt and fills *error.
/// Pure and thread-safe.
[[nodiscard]] std::optional<CtyData> parseCty(const QByteArray &bytes,
                                              CtyParseError *error = nullptr);

} // namespace dxcc
