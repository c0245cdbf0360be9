// SPDX-License-Identifier: GPL-3.0-or-later
#include "pstrotatorparser.h"

#include "bridgexml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace {

bool isName(QStringView name, QLatin1StringView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

// PstRotator flags: "1" means do it; "0" (or empty) means nothing.
std::optional<bool> flag(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    const auto n = BridgeXml::number(t.toLatin1());
    if (!n)
        return std::nullopt;
    return *n != 0.0;
}

bool applyQueries(const QString &text, PstRotatorCommand &command)
{
    bool any = false;
    const auto parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString q = part.toUpper();
        if (q == QLatin1String("AZ?"))
            command.queryAzimuth = true;
        else if (q == QLatin1String("EL?"))
            command.queryElevation = true;
        else if (q == QLatin1String("TGA?"))
            command.queryTargetAzimuth = true;
        else if (q == QLatin1String("TGE?"))
            command.queryTargetElevation = true;
        else
            return false;
        any = true;
    }
    return any || parts.isEmpty();
}

} // namespace

std::optional<PstRotatorCommand> PstRotatorParser::parse(QByteArrayView datagram)
{
    const auto text = BridgeXml::cleanDatagram(datagram, maxDatagramBytes);
    if (!text)
        return std::nullopt;

    QXmlStreamReader xml(*text);
    if (!xml.readNextStartElement() || !isName(xml.name(), QLatin1StringView("PST")))
        return std::nullopt;

    PstRotatorCommand command;
    bool usable = false;
    QString looseText;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            looseText += xml.text();
            looseText += QLatin1Char(' ');
            continue;
        }
        if (token == QXmlStreamReader::EndElement)
            break; // </PST>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (isName(name, QLatin1StringView("AZIMUTH"))) {
            command.azimuthDeg = BridgeXml::number(value.toLatin1());
            if (!command.azimuthDeg)
                return std::nullopt;
            usable = true;
        } else if (isName(name, QLatin1StringView("ELEVATION"))) {
            command.elevationDeg = BridgeXml::number(value.toLatin1());
            if (!command.elevationDeg)
                return std::nullopt;
            usable = true;
        } else if (isName(name, QLatin1StringView("STOP"))) {
            const auto f = flag(value);
            if (!f)
                return std::nullopt;
            command.stop = *f;
            usable = usable || *f;
        } else if (isName(name, QLatin1StringView("PARK"))) {
            const auto f = flag(value);
            if (!f)
                return std::nullopt;
            command.park = *f;
            usable = usable || *f;
        } else if (isName(name, QLatin1StringView("QRA"))) {
            const QString locator = value.trimmed();
            if (!isValidLocator(locator))
                return std::nullopt;
            command.qraLocator = locator.left(2).toUpper() + locator.mid(2, 2)
                + locator.mid(4, 2).toLower() + locator.mid(6);
            usable = true;
        }
        // Other PstRotator elements (TRACK, MODE, OFFSET, …) are ignored.
    }
    if (xml.hasError())
        return std::nullopt;
    if (!applyQueries(looseText, command))
        return std::nullopt;
    if (!usable && !command.isQuery())
        return std::nullopt;
    return command;
}

bool PstRotatorParser::isValidLocator(const QString &locator)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Ra-r]{2}[0-9]{2}([A-Xa-x]{2}([0-9]{2})?)?$"));
    return pattern.match(locator).hasMatch();
}

QByteArray PstRotatorParser::formatReply(QByteArrayView key, double valueDeg)
{
    return key.toByteArray() + ':' + QByteArray::number(qint64(std::lround(valueDeg))) + '\r';
}
