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

// Queries are words ending in '?', with or without blanks between them ("AZ? EL?", "AZ?EL?").
bool applyQueries(const QString &text, PstRotatorCommand &command)
{
    QString rest = text.simplified().remove(QLatin1Char(' ')).toUpper();
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf(QLatin1Char('?'));
        if (end < 0)
            return false;
        const QString q = rest.left(end + 1);
        rest = rest.mid(end + 1);
        if (q == QLatin1String("AZ?"))
            command.queryAzimuth = true;
        else if (q == QLatin1String("EL?"))
            command.queryElevation = true;
        else if (q == QLatin1String("TGA?"))
            command.queryTargetAzimuth = true;
        else if (q == QLatin1String("TGE?"))
            command.queryTargetElevation = true;
        else if (q == QLatin1String("MODE?"))
            command.queryMode = true;
        else
            return false;
    }
    return true;
}

} // namespace

std::optional<PstRotatorCommand> PstRotatorParser::parse(QByteArrayView datagram)
{
    auto text = BridgeXml::cleanDatagram(datagram, maxDatagramBytes);
    if (!text)
        return std::nullopt;
    // Several <PST> elements may share a datagram: read them as children of one wrapper, after
    // the XML declaration (which may only open a document).
    if (text->startsWith("<?xml")) {
        const qsizetype end = text->indexOf("?>");
        if (end < 0)
            return std::nullopt;
        text->remove(0, end + 2);
    }
    QXmlStreamReader xml("<RotorDeckDatagram>" + *text + "</RotorDeckDatagram>");
    xml.readNextStartElement(); // the wrapper

    PstRotatorCommand command;
    bool usable = false;
    bool anyPst = false;
    QString looseText;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            if (!xml.isWhitespace())
                return std::nullopt; // text outside <PST>
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!isName(xml.name(), QLatin1StringView("PST")))
            return std::nullopt;
        anyPst = true;
        while (!xml.atEnd()) {
            const auto inner = xml.readNext();
            if (inner == QXmlStreamReader::Characters) {
                looseText += xml.text();
                looseText += QLatin1Char(' ');
                continue;
            }
            if (inner == QXmlStreamReader::EndElement)
                break; // </PST>
            if (inner != QXmlStreamReader::StartElement)
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
            } else if (isName(name, QLatin1StringView("TRACK"))) {
                const auto f = flag(value);
                if (!f)
                    return std::nullopt;
                command.track = *f;
                usable = true;
            } else if (isName(name, QLatin1StringView("QRA"))) {
                const QString locator = value.trimmed();
                if (!isValidLocator(locator))
                    return std::nullopt;
                command.qraLocator = locator.left(2).toUpper() + locator.mid(2, 2)
                    + locator.mid(4, 2).toLower() + locator.mid(6);
                usable = true;
            }
            // Other PstRotator elements (OFFSET, …) are ignored.
        }
    }
    if (xml.hasError() || !anyPst)
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
