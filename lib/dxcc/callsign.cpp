// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsign.h"

#include <algorithm>

namespace dxcc {

const QStringList &operatingModifiers()
{
    // "R" is the US rover and "A"/"B" the alternate-address/beacon suffixes: as suffixes they
    // are never the prefixes R (Russia) or the A- and B- blocks. "M" likewise is mobile, not
    // England (which is "M/CALL" in front).
    static const QStringList modifiers {u"P"_qs, u"M"_qs, u"QRP"_qs, u"QRPP"_qs,
                                        u"A"_qs, u"B"_qs, u"R"_qs,   u"LH"_qs};
    return modifiers;
}

std::optional<CallsignForm> parseCallsign(QStringView text)
{
    QString call;
    call.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.toUpper().unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'/'))
            return std::nullopt;
        call.append(QChar(u));
    }
    if (call.isEmpty() || call.size() > maxCallsignLength)
        return std::nullopt;

    CallsignForm form;
    QStringList parts;
    const auto pieces = QStringView(call).split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringView piece = pieces[i];
        // Indicators count only after the first part: "M/OK1ABC" is England, "OK1ABC/M" mobile.
        if (i > 0 && piece == u"MM") {
            form.maritimeMobile = true;
        } else if (i > 0 && piece == u"AM") {
            form.aeronauticalMobile = true;
        } else if (i > 0 && piece.size() == 1 && piece[0].isDigit()) {
            form.callAreaDigit = piece[0].digitValue();
        } else if (i > 0 && operatingModifiers().contains(piece)) {
            form.modifiers.append(piece.toString());
        } else {
            parts.append(piece.toString());
        }
    }
    if (parts.isEmpty())
        return std::nullopt;
    form.call = call;
    // The operator's own call is the longest part (the later one of equal length: "PREFIX/CALL"
    // is the ITU form); the location prefix is the shortest of the others (the earlier one).
    qsizetype home = 0;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() >= parts[home].size())
            home = i;
    }
    form.homeCall = parts[home];
    qsizetype location = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i != home && (location < 0 || parts[i].size() < parts[location].size()))
            location = i;
    }
    if (location >= 0)
        form.locationPrefix = parts[location];
    return form;
}

QString withCallAreaDigit(const QString &homeCall, int digit)
{
    const QChar digitChar = QChar(u'0' + char16_t(std::clamp(digit, 0, 9)));
    qsizetype end = homeCall.size();
    while (end > 0 && !homeCall[end - 1].isDigit())
        --end;
    if (end == 0)
        return homeCall + digitChar;
    qsizetype start = end;
    while (start > 0 && homeCall[start - 1].isDigit())
        --start;
    return homeCall.left(start) + digitChar + homeCall.mid(end);
}

} // namespace dxcc
