// SPDX-License-Identifier: GPL-3.0-or-later
#include "n1mmparser.h"

#include "bridgexml.h"

#include "cluster/spotparser.h"

#include <QXmlStreamReader>

#include <cmath>

double N1mmCommand::rotorBearingDeg() const
{
    double bearing = std::fmod(goAzimuthDeg - offsetDeg, 360.0);
    if (bearing < 0.0)
        bearing += 360.0;
    if (bearing >= 359.5) // rounds to 360 = north
        bearing = 0.0;
    return bearing;
}

namespace {

bool isName(QStringView name, QLatin1StringView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

std::optional<bool> flag(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t.isEmpty())
        return false;
    const auto n = BridgeXml::number(t.toLatin1());
    if (!n)
        return std::nullopt;
    return *n != 0.0;
}

} // namespace

std::optional<N1mmCommand> N1mmParser::parse(QByteArrayView datagram)
{
    const auto text = BridgeXml::cleanDatagram(datagram, maxDatagramBytes);
    if (!text)
        return std::nullopt;

    QXmlStreamReader xml(*text);
    if (!xml.readNextStartElement() || !isName(xml.name(), QLatin1StringView("N1MMRotor")))
        return std::nullopt;

    N1mmCommand command;
    std::optional<QString> rotor;
    std::optional<double> goAzimuth;
    bool stop = false;

    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (isName(name, QLatin1StringView("stop"))) {
            stop = true;
            // Either <stop>NAME</stop> or <stop><rotor>NAME</rotor>…</stop>.
            QString direct;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::Characters) {
                    direct += xml.text();
                } else if (token == QXmlStreamReader::StartElement) {
                    if (isName(xml.name(), QLatin1StringView("rotor"))) {
                        rotor = xml.readElementText().trimmed();
                    } else if (isName(xml.name(), QLatin1StringView("freqband"))) {
                        command.freqBandMHz = BridgeXml::number(xml.readElementText().toLatin1());
                    } else {
                        xml.skipCurrentElement();
                    }
                } else if (token == QXmlStreamReader::EndElement) {
                    break;
                }
            }
            if (!direct.trimmed().isEmpty())
                rotor = direct.trimmed();
            continue;
        }
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (isName(name, QLatin1StringView("rotor"))) {
            rotor = value.trimmed();
        } else if (isName(name, QLatin1StringView("goazi"))) {
            goAzimuth = BridgeXml::number(value.toLatin1());
            if (!goAzimuth)
                return std::nullopt;
        } else if (isName(name, QLatin1StringView("offset"))) {
            const auto offset = value.trimmed().isEmpty() ? std::optional<double>(0.0)
                                                          : BridgeXml::number(value.toLatin1());
            if (!offset)
                return std::nullopt;
            command.offsetDeg = *offset;
        } else if (isName(name, QLatin1StringView("bidirectional"))) {
            const auto bidirectional = flag(value);
            if (!bidirectional)
                return std::nullopt;
            command.bidirectional = *bidirectional;
        } else if (isName(name, QLatin1StringView("freqband"))) {
            command.freqBandMHz = BridgeXml::number(value.toLatin1());
        }
    }
    if (xml.hasError())
        return std::nullopt;
    // No <rotor> at all (older N1MM): empty name, for the default rotator. An empty <rotor> is a
    // mistake, not that format.
    if (rotor && rotor->isEmpty())
        return std::nullopt;
    command.rotorName = rotor.value_or(QString());
    if (stop) {
        command.kind = N1mmCommand::Kind::Stop;
        command.offsetDeg = 0.0;
        command.bidirectional = false;
        return command;
    }
    if (!goAzimuth)
        return std::nullopt;
    command.kind = N1mmCommand::Kind::Turn;
    command.goAzimuthDeg = *goAzimuth;
    return command;
}

QByteArray N1mmParser::formatStatus(const QString &rotorName, double headingDeg)
{
    double heading = std::fmod(headingDeg, 360.0);
    if (heading < 0.0)
        heading += 360.0;
    const long tenths = std::lround(heading * 10.0) % 3600;
    return rotorName.toUtf8() + " @ " + QByteArray::number(qint64(tenths));
}

QString N1mmParser::bandName(double freqBandMHz)
{
    if (!std::isfinite(freqBandMHz) || freqBandMHz <= 0.0 || freqBandMHz > 1e6)
        return {};
    const QString band = cluster::bandOf(freqBandMHz * 1000.0);
    if (!band.isEmpty() || freqBandMHz < 1.0)
        return band;
    // N1MM names some bands by a round MHz below their edge (5, 10, 18, 24): the first band
    // starting within that MHz.
    const double wholeKhz = std::floor(freqBandMHz) * 1000.0;
    for (double kHz = wholeKhz; kHz < wholeKhz + 1000.0; kHz += 1.0) {
        const QString inside = cluster::bandOf(kHz);
        if (!inside.isEmpty())
            return inside;
    }
    return {};
}
