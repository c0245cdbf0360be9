// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctyparser.h"

#include <QStringDecoder>
#include <QStringList>

#include <cmath>

namespace dxcc {
namespace {

bool isCallChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
        || u == u'/';
}

std::optional<int> intIn(QStringView text, int low, int high)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

std::optional<double> numberIn(QStringView text, double low, double high)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high)
        return std::nullopt;
    return value;
}

class Parser
{
public:
    std::optional<CtyData> run(const QString &text, CtyParseError *error);

private:
    bool fail(CtyError code, QStringView token)
    {
        m_error = {code, m_line, token.toString()};
        return false;
    }
    bool parseHeader(QStringView line);
    bool parseAliasLine(QStringView line, bool *terminated);
    bool parseAlias(QStringView token);
    bool parseOverrides(QStringView token, QStringView rest, CtyAlias *alias);

    CtyData m_data;
    CtyParseError m_error;
    int m_line = 0;
};

std::optional<CtyData> Parser::run(const QString &text, CtyParseError *error)
{
    bool inAliases = false;
    bool ok = true;
    int headerLine = 0;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        ++m_line;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!inAliases) {
            ok = parseHeader(line);
            inAliases = ok;
            headerLine = m_line;
        } else if (line.contains(u':')) {
            // A new entity line while the previous one still waits for its ';'.
            ok = fail(CtyError::UnterminatedEntity, line.trimmed());
        } else {
            bool terminated = false;
            ok = parseAliasLine(line, &terminated);
            inAliases = !terminated;
        }
        if (!ok)
            break;
    }
    if (ok && inAliases) {
        m_line = headerLine;
        ok = fail(CtyError::UnterminatedEntity, m_data.entities.last().primaryPrefix);
    }
    if (ok && m_data.entities.isEmpty()) {
        m_line = 0;
        ok = fail(CtyError::Empty, {});
    }
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    if (error)
        *error = {};
    return std::move(m_data);
}

bool Parser::parseHeader(QStringView line)
{
    const auto fields = line.split(u':');
    if (fields.size() != 9 || !fields[8].trimmed().isEmpty())
        return fail(CtyError::BadHeader, line.trimmed());
    DxccEntity entity;
    entity.name = fields[0].trimmed().toString();
    if (entity.name.isEmpty())
        return fail(CtyError::BadName, fields[0]);
    const auto cq = intIn(fields[1], 1, 40);
    if (!cq)
        return fail(CtyError::BadCqZone, fields[1].trimmed());
    const auto itu = intIn(fields[2], 1, 90);
    if (!itu)
        return fail(CtyError::BadItuZone, fields[2].trimmed());
    const auto continent = continentFromCode(fields[3].trimmed());
    if (!continent)
        return fail(CtyError::BadContinent, fields[3].trimmed());
    const auto lat = numberIn(fields[4], -90, 90);
    if (!lat)
        return fail(CtyError::BadLatitude, fields[4].trimmed());
    const auto lonWest = numberIn(fields[5], -180, 180);
    if (!lonWest)
        return fail(CtyError::BadLongitude, fields[5].trimmed());
    const auto utc = numberIn(fields[6], -24, 24);
    if (!utc)
        return fail(CtyError::BadUtcOffset, fields[6].trimmed());
    QStringView prefix = fields[7].trimmed();
    if (prefix.startsWith(u'*')) {
        entity.waeOnly = true;
        prefix = prefix.mid(1);
    }
    if (prefix.isEmpty() || !std::all_of(prefix.begin(), prefix.end(), isCallChar))
        return fail(CtyError::BadPrimaryPrefix, fields[7].trimmed());
    entity.primaryPrefix = prefix.toString();
    entity.cqZone = *cq;
    entity.ituZone = *itu;
    entity.continent = *continent;
    entity.position = {*lat, geo::normalisedLonDeg(-*lonWest)};
    entity.utcOffsetHours = *utc == 0 ? 0.0 : -*utc;
    m_data.entities.append(entity);
    m_data.aliases.append(QList<CtyAlias>());
    return true;
}

bool Parser::parseAliasLine(QStringView line, bool *terminated)
{
    const qsizetype end = line.indexOf(u';');
    if (end >= 0) {
        if (!line.mid(end + 1).trimmed().isEmpty())
            return fail(CtyError::BadAlias, line.mid(end + 1).trimmed());
        line = line.left(end);
        *terminated = true;
    }
    for (QStringView token : line.split(u',')) {
        token = token.trimmed();
        if (!token.isEmpty() && !parseAlias(token))
            return false;
    }
    return true;
}

bool Parser::parseAlias(QStringView token)
{
    CtyAlias alias;
    qsizetype i = 0;
    if (token.startsWith(u'=')) {
        alias.exactCall = true;
        ++i;
    }
    const qsizetype callStart = i;
    while (i < token.size() && isCallChar(token[i]))
        ++i;
    if (i == callStart)
        return fail(CtyError::BadAlias, token);
    alias.text = token.mid(callStart, i - callStart).toString().toUpper();
    if (!parseOverrides(token, token.mid(i), &alias))
        return false;
    if (alias.exactCall && alias.text.size() == 11 && alias.text.startsWith(u"VER")
        && std::all_of(alias.text.begin() + 3, alias.text.end(),
                       [](QChar c) { return c.isDigit(); }))
        m_data.version = alias.text.mid(3);
    m_data.aliases.last().append(alias);
    return true;
}

bool Parser::parseOverrides(QStringView token, QStringView rest, CtyAlias *alias)
{
    while (!rest.isEmpty()) {
        const QChar open = rest.front();
        QChar close;
        switch (open.unicode()) {
        case u'(':
            close = u')';
            break;
        case u'[':
            close = u']';
            break;
        case u'<':
            close = u'>';
            break;
        case u'{':
            close = u'}';
            break;
        case u'~':
            close = u'~';
            break;
        default:
            return fail(CtyError::BadAlias, token);
        }
        const qsizetype closeAt = rest.indexOf(close, 1);
        if (closeAt < 0)
            return fail(CtyError::BadOverride, rest);
        const QStringView inner = rest.mid(1, closeAt - 1);
        bool good = false;
        if (open == u'(' && !alias->cqZone) {
            alias->cqZone = intIn(inner, 1, 40);
            good = alias->cqZone.has_value();
        } else if (open == u'[' && !alias->ituZone) {
            alias->ituZone = intIn(inner, 1, 90);
            good = alias->ituZone.has_value();
        } else if (open == u'<' && !alias->position) {
            const qsizetype slash = inner.indexOf(u'/');
            const auto lat = slash < 0 ? std::nullopt : numberIn(inner.left(slash), -90, 90);
            const auto lonWest
                = slash < 0 ? std::nullopt : numberIn(inner.mid(slash + 1), -180, 180);
            if (lat && lonWest)
                alias->position = geo::GeoPoint {*lat, geo::normalisedLonDeg(-*lonWest)};
            good = alias->position.has_value();
        } else if (open == u'{' && !alias->continent) {
            alias->continent = continentFromCode(inner);
            good = alias->continent.has_value();
        } else if (open == u'~' && !alias->utcOffsetHours) {
            const auto utc = numberIn(inner, -24, 24);
            if (utc)
                alias->utcOffsetHours = *utc == 0 ? 0.0 : -*utc;
            good = utc.has_value();
        }
        if (!good)
            return fail(CtyError::BadOverride, rest.left(closeAt + 1));
        rest = rest.mid(closeAt + 1);
    }
    return true;
}

} // namespace

const char *ctyErrorName(CtyError code)
{
    switch (code) {
    case CtyError::None:
        return "None";
    case CtyError::Empty:
        return "Empty";
    case CtyError::Unreadable:
        return "Unreadable";
    case CtyError::TooLarge:
        return "TooLarge";
    case CtyError::NotText:
        return "NotText";
    case CtyError::BadHeader:
        return "BadHeader";
    case CtyError::BadName:
        return "BadName";
    case CtyError::BadCqZone:
        return "BadCqZone";
    case CtyError::BadItuZone:
        return "BadItuZone";
    case CtyError::BadContinent:
        return "BadContinent";
    case CtyError::BadLatitude:
        return "BadLatitude";
    case CtyError::BadLongitude:
        return "BadLongitude";
    case CtyError::BadUtcOffset:
        return "BadUtcOffset";
    case CtyError::BadPrimaryPrefix:
        return "BadPrimaryPrefix";
    case CtyError::BadAlias:
        return "BadAlias";
    case CtyError::BadOverride:
        return "BadOverride";
    case CtyError::UnterminatedEntity:
        return "UnterminatedEntity";
    }
    return "?";
}

QString continentCode(Continent continent)
{
    switch (continent) {
    case Continent::Unknown:
        return {};
    case Continent::Africa:
        return u"AF"_qs;
    case Continent::Antarctica:
        return u"AN"_qs;
    case Continent::Asia:
        return u"AS"_qs;
    case Continent::Europe:
        return u"EU"_qs;
    case Continent::NorthAmerica:
        return u"NA"_qs;
    case Continent::Oceania:
        return u"OC"_qs;
    case Continent::SouthAmerica:
        return u"SA"_qs;
    }
    return {};
}

std::optional<Continent> continentFromCode(QStringView code)
{
    constexpr Continent all[] = {
        Continent::Africa,       Continent::Antarctica, Continent::Asia,        Continent::Europe,
        Continent::NorthAmerica, Continent::Oceania,    Continent::SouthAmerica};
    for (Continent continent : all) {
        if (code.compare(continentCode(continent), Qt::CaseInsensitive) == 0)
            return continent;
    }
    return std::nullopt;
}

std::optional<CtyData> parseCty(const QByteArray &bytes, CtyParseError *error)
{
    const auto refuse = [error](CtyError code, int line) -> std::optional<CtyData> {
        if (error)
            *error = {code, line, {}};
        return std::nullopt;
    };
    if (bytes.size() > maxCtyFileBytes)
        return refuse(CtyError::TooLarge, 0);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the line of the first bad byte sequence, for the error report.
        int badLine = 1;
        for (const QByteArray &piece : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decoded = lineDecoder.decode(piece); // decoding happens here
            if (lineDecoder.hasError())
                break;
            ++badLine;
        }
        return refuse(CtyError::NotText, badLine);
    }
    int line = 1;
    for (QChar c : text) {
        if (c == u'\n')
            ++line;
        else if (c.unicode() < 0x20 && c != u'\r' && c != u'\t')
            return refuse(CtyError::NotText, line);
    }
    return Parser().run(text, error);
}

} // namespace dxcc
