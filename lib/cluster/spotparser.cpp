// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotparser.h"

#include "geo/maidenhead.h"

#include <QList>
#include <QRegularExpression>

#include <array>

namespace cluster {
namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0; // one past
};

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > start)
            tokens.append({start, i});
    }
    return tokens;
}

bool isCallsignText(QStringView text, qsizetype maxLength)
{
    if (text.size() < 2 || text.size() > maxLength)
        return false;
    bool letter = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            letter = true;
        else if (!((u >= u'0' && u <= u'9') || u == u'/'))
            return false;
    }
    return letter;
}

bool isSpotterText(QStringView text)
{
    // Skimmers are "CALL-#", nodes sometimes add "-2" style SSIDs.
    if (text.isEmpty() || text.size() > 20)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'/' || u == u'-'
              || u == u'#'))
            return false;
    }
    return true;
}

bool isTimeToken(QStringView token)
{
    if (token.size() != 5 || (token[4] != u'Z' && token[4] != u'z'))
        return false;
    for (int i = 0; i < 4; ++i) {
        if (!token[i].isDigit())
            return false;
    }
    const int hours = token.left(2).toInt();
    const int minutes = token.mid(2, 2).toInt();
    return hours < 24 && minutes < 60;
}

/// A 4-, 6- or 8-character Maidenhead locator ("JO70", "JO70va"), upper-cased; "" if not one.
/// "RR73" (the FT8 sign-off) is not taken for a locator.
QString locatorOf(QStringView token)
{
    if ((token.size() != 4 && token.size() != 6 && token.size() != 8) || !token[2].isDigit()
        || token.compare(u"RR73", Qt::CaseInsensitive) == 0)
        return {};
    if (!geo::isValidLocator(token))
        return {};
    QString locator = token.toString().toUpper();
    return locator;
}

struct ModeWord
{
    const char16_t *word;
    SpotMode mode;
};

constexpr std::array<ModeWord, 22> modeWords {{
    {u"CW", SpotMode::Cw},
    {u"SSB", SpotMode::Ssb},
    {u"USB", SpotMode::Ssb},
    {u"LSB", SpotMode::Ssb},
    {u"AM", SpotMode::Am},
    {u"FM", SpotMode::Fm},
    {u"RTTY", SpotMode::Rtty},
    {u"PSK", SpotMode::Psk},
    {u"PSK31", SpotMode::Psk},
    {u"PSK63", SpotMode::Psk},
    {u"BPSK", SpotMode::Psk},
    {u"FT8", SpotMode::Ft8},
    {u"FT4", SpotMode::Ft4},
    {u"JT65", SpotMode::Jt65},
    {u"JT9", SpotMode::OtherDigital},
    {u"MSK144", SpotMode::OtherDigital},
    {u"Q65", SpotMode::OtherDigital},
    {u"FSK441", SpotMode::OtherDigital},
    {u"JS8", SpotMode::OtherDigital},
    {u"SSTV", SpotMode::OtherDigital},
    {u"OLIVIA", SpotMode::OtherDigital},
    {u"DIGI", SpotMode::OtherDigital},
}};

std::optional<SpotMode> modeWord(QStringView token)
{
    for (const ModeWord &entry : modeWords) {
        if (token.compare(QStringView(entry.word), Qt::CaseInsensitive) == 0)
            return entry.mode;
    }
    return std::nullopt;
}

void analyseComment(DxSpot &spot)
{
    const QStringView comment(spot.comment);
    const QList<Token> tokens = tokenize(comment);
    // "JO70VA<TR>JN88", "JO70>KP20", "JO70-KP20": the spotter's locator, then the DX's.
    static const QRegularExpression pair(
        QStringLiteral("\\b([A-R]{2}[0-9]{2}(?:[A-X]{2})?)\\s*(?:<[A-Z0-9]{1,6}>|>|<|-)\\s*"
                       "([A-R]{2}[0-9]{2}(?:[A-X]{2})?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pair.match(comment);
    if (match.hasMatch()) {
        spot.spotterLocator = locatorOf(match.capturedView(1));
        spot.dxLocator = locatorOf(match.capturedView(2));
    }
    QList<QString> lone;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView token = comment.mid(tokens[i].start, tokens[i].end - tokens[i].start);
        if (!spot.modeFromComment) {
            if (const auto mode = modeWord(token)) {
                spot.mode = *mode;
                spot.modeFromComment = true;
            }
        }
        // Skimmer figures: "23 dB", "28 WPM" / "45 BPS".
        if (i > 0) {
            const QStringView previous
                = comment.mid(tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start);
            bool ok = false;
            const int value = previous.toInt(&ok);
            if (ok && token.compare(u"dB", Qt::CaseInsensitive) == 0 && value > -100 && value < 100)
                spot.snrDb = value;
            if (ok
                && (token.compare(u"WPM", Qt::CaseInsensitive) == 0
                    || token.compare(u"BPS", Qt::CaseInsensitive) == 0)
                && value > 0 && value < 1000)
                spot.speedWpm = value;
        }
        const QString locator = locatorOf(token);
        if (!locator.isEmpty() && locator != spot.dxCall)
            lone.append(locator);
    }
    // One locator alone in the comment is taken as the DX station's own (docs/dx-cluster.md).
    if (!match.hasMatch() && lone.size() == 1)
        spot.dxLocator = lone.front();
    if (spot.spotter.endsWith(u"-#") || (spot.snrDb && spot.speedWpm))
        spot.source = SpotSource::Skimmer;
}

struct BandEdge
{
    double lowKhz;
    double highKhz;
    const char16_t *name;
};

constexpr std::array<BandEdge, 23> bands {{
    {135.7, 137.8, u"2200m"},    {472, 479, u"630m"},          {1800, 2000, u"160m"},
    {3500, 4000, u"80m"},        {5060, 5450, u"60m"},         {7000, 7300, u"40m"},
    {10100, 10150, u"30m"},      {14000, 14350, u"20m"},       {18068, 18168, u"17m"},
    {21000, 21450, u"15m"},      {24890, 24990, u"12m"},       {28000, 29700, u"10m"},
    {50000, 54000, u"6m"},       {70000, 71000, u"4m"},        {144000, 148000, u"2m"},
    {219000, 225000, u"1.25m"},  {420000, 450000, u"70cm"},    {902000, 928000, u"33cm"},
    {1240000, 1300000, u"23cm"}, {2300000, 2450000, u"13cm"},  {3300000, 3500000, u"9cm"},
    {5650000, 5925000, u"6cm"},  {10000000, 10500000, u"3cm"},
}};

} // namespace

QString spotModeCode(SpotMode mode)
{
    switch (mode) {
    case SpotMode::Unknown:
        return {};
    case SpotMode::Cw:
        return u"CW"_qs;
    case SpotMode::Ssb:
        return u"SSB"_qs;
    case SpotMode::Am:
        return u"AM"_qs;
    case SpotMode::Fm:
        return u"FM"_qs;
    case SpotMode::Rtty:
        return u"RTTY"_qs;
    case SpotMode::Psk:
        return u"PSK"_qs;
    case SpotMode::Ft8:
        return u"FT8"_qs;
    case SpotMode::Ft4:
        return u"FT4"_qs;
    case SpotMode::Jt65:
        return u"JT65"_qs;
    case SpotMode::OtherDigital:
        return u"DIGI"_qs;
    }
    return {};
}

QString bandOf(double frequencyKhz)
{
    for (const BandEdge &band : bands) {
        if (frequencyKhz >= band.lowKhz && frequencyKhz <= band.highKhz)
            return QString::fromUtf16(band.name);
    }
    return {};
}

QStringList bandNames()
{
    QStringList names;
    names.reserve(qsizetype(bands.size()));
    for (const BandEdge &band : bands)
        names.append(QString::fromUtf16(band.name));
    return names;
}

SpotMode modeFromBandPlan(double frequencyKhz)
{
    // FT8 and FT4 calling frequencies: the dial frequency plus the 3 kHz audio passband.
    constexpr std::array<double, 12> ft8 {1840,  3573,  5357,  7074,  10136, 14074,
                                          18100, 21074, 24915, 28074, 50313, 144174};
    constexpr std::array<double, 9> ft4 {3575,  7047.5, 10140, 14080, 18104,
                                         21140, 24919,  28180, 50318};
    for (double dial : ft8) {
        if (frequencyKhz >= dial && frequencyKhz <= dial + 3)
            return SpotMode::Ft8;
    }
    for (double dial : ft4) {
        if (frequencyKhz >= dial && frequencyKhz <= dial + 3)
            return SpotMode::Ft4;
    }
    // IARU Region 1 band plans, simplified: the CW part at the bottom, phone at the top.
    struct Segment
    {
        double lowKhz;
        double highKhz;
        SpotMode mode;
    };
    constexpr std::array<Segment, 21> segments {{
        {1800, 1838, SpotMode::Cw},     {1843, 2000, SpotMode::Ssb},
        {3500, 3570, SpotMode::Cw},     {3600, 4000, SpotMode::Ssb},
        {7000, 7040, SpotMode::Cw},     {7060, 7300, SpotMode::Ssb},
        {10100, 10130, SpotMode::Cw},   {14000, 14070, SpotMode::Cw},
        {14101, 14350, SpotMode::Ssb},  {18068, 18095, SpotMode::Cw},
        {18111, 18168, SpotMode::Ssb},  {21000, 21070, SpotMode::Cw},
        {21151, 21450, SpotMode::Ssb},  {24890, 24915, SpotMode::Cw},
        {24931, 24990, SpotMode::Ssb},  {28000, 28070, SpotMode::Cw},
        {28300, 29300, SpotMode::Ssb},  {29500, 29700, SpotMode::Fm},
        {50000, 50100, SpotMode::Cw},   {144000, 144150, SpotMode::Cw},
        {145200, 145800, SpotMode::Fm},
    }};
    for (const Segment &segment : segments) {
        if (frequencyKhz >= segment.lowKhz && frequencyKhz <= segment.highKhz)
            return segment.mode;
    }
    return SpotMode::Unknown;
}

ClusterLineKind classifyLine(QStringView line, QStringView ownCall)
{
    const QStringView text = line.trimmed();
    if (text.startsWith(u"DX de ", Qt::CaseInsensitive))
        return parseSpot(text) ? ClusterLineKind::Spot : ClusterLineKind::Other;
    if (text.startsWith(u"WWV de ", Qt::CaseInsensitive))
        return ClusterLineKind::Wwv;
    if (text.startsWith(u"WCY de ", Qt::CaseInsensitive))
        return ClusterLineKind::Wcy;
    if (text.startsWith(u"To ", Qt::CaseInsensitive)
        && text.contains(u" de ", Qt::CaseInsensitive)) {
        const QStringView to
            = text.mid(3).left(text.indexOf(u" de ", 0, Qt::CaseInsensitive) - 3).trimmed();
        if (!ownCall.isEmpty() && to.compare(ownCall, Qt::CaseInsensitive) == 0)
            return ClusterLineKind::Talk;
        return ClusterLineKind::Announcement;
    }
    return ClusterLineKind::Other;
}

std::optional<DxSpot> parseSpot(QStringView line)
{
    QStringView text = line.trimmed();
    if (!text.startsWith(u"DX de ", Qt::CaseInsensitive) || text.size() > maxClusterLineLength)
        return std::nullopt;
    text = text.mid(6);
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    DxSpot spot;
    spot.spotter = text.left(colon).trimmed().toString().toUpper();
    if (!isSpotterText(spot.spotter))
        return std::nullopt;
    const QStringView rest = text.mid(colon + 1);
    const QList<Token> tokens = tokenize(rest);
    if (tokens.size() < 2)
        return std::nullopt;
    const auto view = [rest](const Token &token) {
        return rest.mid(token.start, token.end - token.start);
    };

    bool ok = false;
    spot.frequencyKhz = view(tokens[0]).toDouble(&ok);
    if (!ok || !(spot.frequencyKhz >= 1.0 && spot.frequencyKhz <= 300e6))
        return std::nullopt;
    spot.dxCall = view(tokens[1]).toString().toUpper();
    if (!isCallsignText(spot.dxCall, 20))
        return std::nullopt;

    // The time is the last HHMMZ token; after it some nodes put the spotter's locator.
    qsizetype timeIndex = -1;
    for (qsizetype i = tokens.size() - 1; i >= 2; --i) {
        if (isTimeToken(view(tokens[i]))) {
            timeIndex = i;
            break;
        }
    }
    const qsizetype commentEnd = timeIndex >= 0 ? tokens[timeIndex].start : rest.size();
    spot.comment = rest.mid(tokens[1].end, commentEnd - tokens[1].end).trimmed().toString();
    if (timeIndex >= 0) {
        const QStringView time = view(tokens[timeIndex]);
        spot.timeUtc = QTime(time.left(2).toInt(), time.mid(2, 2).toInt());
        for (qsizetype i = timeIndex + 1; i < tokens.size(); ++i) {
            const QString locator = locatorOf(view(tokens[i]));
            if (!locator.isEmpty())
                spot.spotterLocator = locator;
        }
    }
    spot.band = bandOf(spot.frequencyKhz);
    const QString afterTimeLocator = spot.spotterLocator;
    analyseComment(spot);
    if (spot.spotterLocator.isEmpty())
        spot.spotterLocator = afterTimeLocator;
    if (!spot.modeFromComment)
        spot.mode = modeFromBandPlan(spot.frequencyKhz);
    return spot;
}

} // namespace cluster
