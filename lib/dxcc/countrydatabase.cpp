// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrydatabase.h"

#include "callsign.h"
#include "dxcclogging.h"

#include <QFile>

namespace dxcc {
namespace {

// Prefixes are packed into an integer, 6 bits a character, so the longest-prefix walk hashes
// integers and never allocates: '0'..'9' -> 1..10, 'A'..'Z' -> 11..36, '/' -> 37.
constexpr qsizetype packedKeyLength = 10;

int packedCode(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return 1 + (u - u'0');
    if (u >= u'A' && u <= u'Z')
        return 11 + (u - u'A');
    if (u == u'/')
        return 37;
    return 0;
}

std::optional<quint64> packedKey(QStringView text)
{
    if (text.size() > packedKeyLength)
        return std::nullopt;
    quint64 key = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int code = packedCode(text[i]);
        if (code == 0)
            return std::nullopt;
        key |= quint64(code) << (6 * i);
    }
    return key;
}

bool isPlainUpperCall(QStringView call)
{
    if (call.isEmpty() || call.size() > maxCallsignLength)
        return false;
    for (QChar c : call) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

} // namespace

CountryDatabase::CountryDatabase(const CtyData &data)
    : m_entities(data.entities)
    , m_version(data.version)
{
    for (qsizetype e = 0; e < data.entities.size(); ++e) {
        QString primary = data.entities[e].primaryPrefix.toUpper();
        if (!m_primaryPrefixes.contains(primary))
            m_primaryPrefixes.insert(primary, int(e));
        for (const CtyAlias &alias : data.aliases.value(e)) {
            Record record;
            record.entityIndex = int(e);
            record.text = alias.text;
            record.cqZone = std::int8_t(alias.cqZone.value_or(0));
            record.ituZone = std::int8_t(alias.ituZone.value_or(0));
            record.continent = alias.continent.value_or(Continent::Unknown);
            record.hasPosition = alias.position.has_value();
            record.position = alias.position.value_or(geo::GeoPoint {});
            record.hasUtcOffset = alias.utcOffsetHours.has_value();
            record.utcOffsetHours = alias.utcOffsetHours.value_or(0.0);
            bool inserted = false;
            if (alias.exactCall) {
                inserted = !m_exact.contains(alias.text);
                if (inserted)
                    m_exact.insert(alias.text, record);
            } else if (const auto key = packedKey(alias.text)) {
                inserted = !m_prefixes.contains(*key);
                if (inserted)
                    m_prefixes.insert(*key, record);
            } else {
                inserted = !m_longPrefixes.contains(alias.text);
                if (inserted)
                    m_longPrefixes.insert(alias.text, record);
            }
            if (!inserted)
                ++m_duplicates;
            else if (!alias.exactCall)
                m_maxPrefixLength = std::max(m_maxPrefixLength, alias.text.size());
        }
    }
    qCDebug(lcDxcc) << "country data" << m_version << m_entities.size() << "entities"
                    << m_prefixes.size() + m_longPrefixes.size() << "prefixes" << m_exact.size()
                    << "exact calls" << m_duplicates << "duplicates";
}

std::optional<CountryDatabase> CountryDatabase::fromBytes(const QByteArray &bytes,
                                                          CtyParseError *error)
{
    const auto data = parseCty(bytes, error);
    if (!data)
        return std::nullopt;
    return CountryDatabase(*data);
}

std::optional<CountryDatabase> CountryDatabase::fromFile(const QString &path, CtyParseError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCtyFileBytes) {
        if (error)
            *error = {file.isOpen() ? CtyError::TooLarge : CtyError::Unreadable, 0, path};
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = {CtyError::Unreadable, 0, path};
        return std::nullopt;
    }
    return fromBytes(bytes, error);
}

DxccMatch CountryDatabase::matchFrom(const Record &record, MatchKind kind,
                                     const QString &lookedUp) const
{
    const DxccEntity &entity = m_entities.at(record.entityIndex);
    DxccMatch match;
    match.status = LookupStatus::Found;
    match.kind = kind;
    match.entityIndex = record.entityIndex;
    match.matched = record.text;
    match.lookedUp = lookedUp;
    match.cqZone = record.cqZone != 0 ? record.cqZone : entity.cqZone;
    match.ituZone = record.ituZone != 0 ? record.ituZone : entity.ituZone;
    match.continent = record.continent != Continent::Unknown ? record.continent : entity.continent;
    match.position = record.hasPosition ? record.position : entity.position;
    match.utcOffsetHours = record.hasUtcOffset ? record.utcOffsetHours : entity.utcOffsetHours;
    return match;
}

const CountryDatabase::Record *CountryDatabase::longestPrefix(QStringView call) const
{
    qsizetype length = std::min(call.size(), m_maxPrefixLength);
    for (qsizetype n = length; n > packedKeyLength; --n) {
        const auto it = m_longPrefixes.constFind(call.left(n).toString());
        if (it != m_longPrefixes.cend())
            return &*it;
    }
    length = std::min(length, packedKeyLength);
    // Pack once, then peel characters off the end: shorter prefixes are the low bits.
    quint64 keys[packedKeyLength] = {};
    quint64 key = 0;
    qsizetype usable = 0;
    for (; usable < length; ++usable) {
        const int code = packedCode(call[usable]);
        if (code == 0)
            break;
        key |= quint64(code) << (6 * usable);
        keys[usable] = key;
    }
    for (qsizetype n = usable; n > 0; --n) {
        const auto it = m_prefixes.constFind(keys[n - 1]);
        if (it != m_prefixes.cend())
            return &*it;
    }
    return nullptr;
}

DxccMatch CountryDatabase::prefixMatch(const QString &call) const
{
    if (const Record *record = longestPrefix(call))
        return matchFrom(*record, MatchKind::Prefix, call);
    DxccMatch none;
    none.lookedUp = call;
    return none;
}

DxccMatch CountryDatabase::exactOrPrefix(const QString &call) const
{
    const auto exact = m_exact.constFind(call);
    if (exact != m_exact.cend())
        return matchFrom(*exact, MatchKind::ExactCall, call);
    return prefixMatch(call);
}

DxccMatch CountryDatabase::lookup(QStringView callsign) const
{
    // The common case (a plain upper-case call) takes no detour through the '/' rules.
    if (isPlainUpperCall(callsign))
        return exactOrPrefix(callsign.toString());

    const auto form = parseCallsign(callsign);
    DxccMatch match;
    if (!form) {
        match.status = LookupStatus::Invalid;
        return match;
    }
    const auto exact = m_exact.constFind(form->call);
    if (exact != m_exact.cend())
        return matchFrom(*exact, MatchKind::ExactCall, form->call);
    if (form->maritimeMobile || form->aeronauticalMobile) {
        match.status = form->maritimeMobile ? LookupStatus::MaritimeMobile
                                            : LookupStatus::AeronauticalMobile;
        match.lookedUp = form->call;
        return match;
    }
    if (!form->locationPrefix.isEmpty()) {
        match = prefixMatch(form->locationPrefix);
        if (match.found())
            return match;
    }
    if (form->callAreaDigit >= 0)
        return prefixMatch(withCallAreaDigit(form->homeCall, form->callAreaDigit));
    return exactOrPrefix(form->homeCall);
}

DxccMatch CountryDatabase::lookupPrefix(QStringView prefix) const
{
    const QString upper = prefix.trimmed().toString().toUpper();
    DxccMatch match;
    if (upper.isEmpty() || upper.size() > maxCallsignLength) {
        match.status = LookupStatus::Invalid;
        return match;
    }
    return prefixMatch(upper);
}

std::optional<int> CountryDatabase::entityByPrimaryPrefix(QStringView text) const
{
    const auto it = m_primaryPrefixes.constFind(text.trimmed().toString().toUpper());
    if (it == m_primaryPrefixes.cend())
        return std::nullopt;
    return *it;
}

} // namespace dxcc
