// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace targetwords {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TargetWords", text); // lupdate files them there
}

QString entityName(const targeting::TargetReading &reading, const dxcc::CountryDatabase *countries)
{
    if (!countries || reading.match.entityIndex < 0
        || reading.match.entityIndex >= countries->entityCount())
        return {};
    return countries->entity(reading.match.entityIndex).name;
}

QString kilometres(double km)
{
    return QCoreApplication::translate("TargetWords", "%1 km")
        .arg(QLocale().toString(std::lround(km)));
}

int wholeBearing(double deg)
{
    return int(std::lround(deg)) % 360;
}
} // namespace

QString problemText(const targeting::TargetReading &reading)
{
    using targeting::Problem;
    switch (reading.problem) {
    case Problem::None:
        return {};
    case Problem::NotATarget:
        return tr("Not a target: type a bearing 0–359, a locator such as JO62qm, a callsign or "
                  "a prefix.");
    case Problem::BearingOutOfRange:
        return tr("A bearing is 0 to 359°.");
    case Problem::BadLocator:
        return tr("Not a locator: use 4, 6 or 8 characters like JO62 or JO62qm.");
    case Problem::NoCountryData:
        return tr("Callsigns need the country data (Settings ▸ Update Country Data…).");
    case Problem::UnknownCall:
        return tr("No country has that prefix.");
    case Problem::MaritimeMobile:
        return tr("Maritime mobile (/MM): at sea, no known position.");
    case Problem::AeronauticalMobile:
        return tr("Aeronautical mobile (/AM): in the air, no known position.");
    case Problem::NoStation:
        return tr("Locators and callsigns need the station locator (Settings ▸ Station…).");
    }
    return {};
}

QString placeText(const targeting::TargetReading &reading, const dxcc::CountryDatabase *countries)
{
    using targeting::PositionSource;
    QString where;
    switch (reading.positionSource) {
    case PositionSource::None:
        return {};
    case PositionSource::TypedLocator:
        where = tr("Locator %1").arg(reading.locator);
        break;
    case PositionSource::StationLocator:
        where = tr("position: the station's own locator %1").arg(reading.locator);
        break;
    case PositionSource::CountryFileOverride:
        where = tr("position: the country file's for %1").arg(reading.match.matched);
        break;
    case PositionSource::EntityCentre:
        where = tr("position: centre of the country");
        break;
    }
    if (reading.reading != targeting::Reading::Callsign)
        return where;
    const QString rule = reading.match.kind == dxcc::MatchKind::ExactCall
        ? tr("exact call %1").arg(reading.match.matched)
        : tr("prefix %1").arg(reading.match.matched);
    return tr("%1 · %2 · %3").arg(entityName(reading, countries), rule, where);
}

QString pathsText(const targeting::TargetReading &reading, bool longPath)
{
    if (!reading.bearingDeg || !reading.longPathBearingDeg || !reading.distanceKm
        || !reading.longPathDistanceKm)
        return {};
    QString shortPath = tr("Short path %1° · %2")
                            .arg(wholeBearing(*reading.bearingDeg))
                            .arg(kilometres(*reading.distanceKm));
    QString longPathText = tr("long path %1° · %2")
                               .arg(wholeBearing(*reading.longPathBearingDeg))
                               .arg(kilometres(*reading.longPathDistanceKm));
    // The path Go takes stands out.
    (longPath ? longPathText : shortPath)
        = QStringLiteral("<b>%1</b>").arg((longPath ? longPathText : shortPath).toHtmlEscaped());
    return shortPath + QStringLiteral(" · ") + longPathText;
}

QString alternativeText(const targeting::TargetReading &reading,
                        const targeting::TargetReading &other,
                        const dxcc::CountryDatabase *countries)
{
    if (!reading.alternative || reading.forced)
        return {};
    const QString link = QStringLiteral("<a href=\"alternative\">%1</a>")
                             .arg(reading.alternativeText.toHtmlEscaped());
    if (*reading.alternative == targeting::Reading::Callsign) {
        const QString name = entityName(other, countries);
        return tr("Read as a locator. As a prefix it is %1: type %2.")
            .arg(name.isEmpty() ? tr("a country") : name.toHtmlEscaped(), link);
    }
    return tr("Read as a prefix. As a locator field: type %1.").arg(link);
}

} // namespace targetwords
