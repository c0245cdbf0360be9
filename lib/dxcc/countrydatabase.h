// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctyparser.h"
#include "dxccentity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace dxcc {

/// The outcome of a lookup.
enum class LookupStatus : std::uint8_t {
    Found,
    NotFound, ///< a valid call, but no prefix of the file matches
    MaritimeMobile, ///< "/MM": at sea, counts for no entity
    AeronauticalMobile, ///< "/AM": in the air, counts for no entity
    Invalid ///< not a callsign (characters, length, no call part)
};

/// What matched: an '=' exact call of the file, or a prefix.
enum class MatchKind : std::uint8_t { None, ExactCall, Prefix };

/// A lookup result. Zones, continent, position and offset are the effective ones (the alias's
/// overrides applied over the entity's). Only status == Found fills the rest.
struct DxccMatch
{
    LookupStatus status = LookupStatus::NotFound;
    MatchKind kind = MatchKind::None;
    int entityIndex = -1; ///< into CountryDatabase::entity()
    QString matched; ///< the alias that matched: "OK", "KC4AAA" (exact)
    QString lookedUp; ///< the text the rule looked up: "DL" for "DL/OK1ABC", "W6AW" for "W1AW/6"
    int cqZone = 0;
    int ituZone = 0;
    Continent continent = Continent::Unknown;
    geo::GeoPoint position; ///< east positive
    double utcOffsetHours = 0;
    [[nodiscard]] bool found() const { return status == LookupStatus::Found; }
    friend bool operator==(const DxccMatch &, const DxccMatch &) = default;
};

/// The parsed country file, indexed for fast lookups (>= 1 million per second). An immutable
/// value: cheap to copy (implicitly shared Qt containers), const methods thread-safe.
class CountryDatabase
{
public:
    CountryDatabase() = default;
    explicit CountryDatabase(const CtyData &data);

    /// Parses file bytes; nullopt (and *error) on a damaged file.
    [[nodiscard]] static std::optional<CountryDatabase> fromBytes(const QByteArray &bytes,
                                                                  CtyParseError *error = nullptr);
    /// Reads and parses a file; CtyError::Unreadable when it cannot be read.
    [[nodiscard]] static std::optional<CountryDatabase> fromFile(const QString &path,
                                                                 CtyParseError *error = nullptr);

    [[nodiscard]] bool isEmpty() const { return m_entities.isEmpty(); }
    [[nodiscard]] qsizetype entityCount() const { return m_entities.size(); }
    /// index 0..entityCount()-1 (as DxccMatch::entityIndex gives it).
    [[nodiscard]] const DxccEntity &entity(int index) const { return m_entities.at(index); }
    [[nodiscard]] const QList<DxccEntity> &entities() const { return m_entities; }
    /// "20230502" from the file's =VERyyyymmdd marker, "" if it has none.
    [[nodiscard]] QString version() const { return m_version; }

    /// The entity of a callsign as loggers find it: the '=' exact calls first, then the longest
    /// prefix, with the portable forms (/P, /M, /MM, /AM, /QRP, /digit, PREFIX/CALL, CALL/PREFIX).
    [[nodiscard]] DxccMatch lookup(QStringView callsign) const;

    /// The longest matching prefix of text only: no exact calls, no '/' rules ("DL", "KH6").
    [[nodiscard]] DxccMatch lookupPrefix(QStringView prefix) const;

    /// The entity whose primary prefix is text (case-insensitive, without the '*'), e.g. "OK".
    [[nodiscard]] std::optional<int> entityByPrimaryPrefix(QStringView text) const;

    /// How many aliases the file gave that an earlier entity already had (the first one wins).
    [[nodiscard]] int duplicateAliasCount() const { return m_duplicates; }

private:
    struct Record
    {
        int entityIndex = -1;
        QString text;
        std::int8_t cqZone = 0; // 0: the entity's
        std::int8_t ituZone = 0; // 0: the entity's
        Continent continent = Continent::Unknown;
        bool hasPosition = false;
        bool hasUtcOffset = false;
        geo::GeoPoint position;
        double utcOffsetHours = 0;
    };

    DxccMatch matchFrom(const Record &record, MatchKind kind, const QString &lookedUp) const;
    const Record *longestPrefix(QStringView call) const;
    DxccMatch prefixMatch(const QString &call) const;
    DxccMatch exactOrPrefix(const QString &call) const;

    QList<DxccEntity> m_entities;
    QHash<QString, Record> m_exact;
    QHash<quint64, Record> m_prefixes; // prefixes of up to packedKeyLength characters
    QHash<QString, Record> m_longPrefixes; // the rare longer ones
    QHash<QString, int> m_primaryPrefixes;
    QString m_version;
    qsizetype m_maxPrefixLength = 0;
    int m_duplicates = 0;
};

} // namespace dxcc
