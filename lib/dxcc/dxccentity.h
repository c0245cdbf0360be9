// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geopoint.h"

#include <QDebug>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace dxcc {

/// The continent abbreviations of the country file. Unknown only as "no override".
enum class Continent : std::uint8_t {
    Unknown,
    Africa,
    Antarctica,
    Asia,
    Europe,
    NorthAmerica,
    Oceania,
    SouthAmerica
};

/// "AF", "AN", "AS", "EU", "NA", "OC", "SA" (the file's codes, not words); "" for Unknown.
[[nodiscard]] QString continentCode(Continent continent);
/// The continent for a two-letter code (case-insensitive); nullopt for anything else.
[[nodiscard]] std::optional<Continent> continentFromCode(QStringView code);

/// One entity (DXCC country, or a WAE/CQ-only region when waeOnly) as the country file lists it.
struct DxccEntity
{
    QString name; ///< as in the file, e.g. "Czech Republic" (English: shown as data)
    QString primaryPrefix; ///< e.g. "OK", "3D2/c" (CT's own names can carry a '/')
    int cqZone = 0; ///< 1..40
    int ituZone = 0; ///< 1..90
    Continent continent = Continent::Unknown;
    geo::GeoPoint
        position; ///< the entity's centre; longitude east positive (the file's is west positive)
    double utcOffsetHours
        = 0; ///< local time minus UTC, hours (the file stores UTC minus local: sign flipped)
    bool waeOnly = false; ///< the '*' marker: counts for CQ WAE/WAEDC only, not a DXCC entity
    friend bool operator==(const DxccEntity &, const DxccEntity &) = default;
};

inline QDebug operator<<(QDebug debug, const DxccEntity &entity)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "DxccEntity(" << entity.primaryPrefix << ", " << entity.name << ", CQ "
                    << entity.cqZone << ", ITU " << entity.ituZone << ", "
                    << continentCode(entity.continent) << ", " << entity.position << ')';
    return debug;
}

} // namespace dxcc
