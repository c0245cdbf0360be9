// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetinput.h"

#include "dxcc/callsign.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace targeting {

namespace {

enum class Force : std::uint8_t { None, Locator, Callsign, Bearing };

/// Strips a sigil that forces a reading: `#`/`@` in front (locator), `=` in front (callsign or
/// prefix), `°` or `d` at the end of a number (bearing).
Force takeSigil(QString &text)
{
    if (text.startsWith(u'#') || text.startsWith(u'@')) {
        text.remove(0, 1);
        return Force::Locator;
    }
    if (text.startsWith(u'=')) {
        text.remove(0, 1);
        return Force::Callsign;
    }
    if (text.endsWith(u'°')
        || (text.endsWith(u'd', Qt::CaseInsensitive) && text.size() > 1
            && (text.at(text.size() - 2).isDigit()))) {
        text.chop(1);
        return Force::Bearing;
    }
    return Force::None;
}

bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression number(u"^[+-]?[0-9]+([.,][0-9]*)?$"_s);
    return number.match(text).hasMatch();
}

/// Two letters A-R and two digits: a 4-character locator (also the shape of some prefixes).
bool isFourCharacterLocator(const QString &text)
{
    return text.size() == 4 && geo::isValidLocator(text);
}

/// Two letters A-R: a locator field (also the shape of many prefixes).
bool isLocatorField(const QString &text)
{
    return text.size() == 2 && geo::isValidLocator(text);
}

void fail(TargetReading &result, Problem problem)
{
    result.reading = Reading::Invalid;
    result.problem = problem;
}

/// Bearings and distances from the station to result.position.
void measureFromStation(TargetReading &result, const TargetContext &context)
{
    if (!context.station) {
        result.problem = Problem::NoStation;
        return;
    }
    const geo::GeoPoint &station = *context.station;
    const geo::GeoPoint &place = *result.position;
    result.bearingDeg = geo::initialBearingDeg(station, place);
    result.longPathBearingDeg = geo::longPathBearingDeg(station, place);
    result.distanceKm = geo::distanceKm(station, place);
    result.longPathDistanceKm = geo::longPathDistanceKm(station, place);
}

void readBearing(TargetReading &result, QString text)
{
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(result, Problem::NotATarget);
        return;
    }
    result.reading = Reading::Bearing;
    result.text = text;
    if (value < 0 || value >= 360) {
        result.reading = Reading::Invalid;
        result.problem = Problem::BearingOutOfRange;
        return;
    }
    result.bearingDeg = value;
}

void readLocator(TargetReading &result, const QString &text, const TargetContext &context)
{
    const std::optional<geo::GeoPoint> point = geo::locatorToPoint(text);
    if (!point) {
        fail(result, Problem::BadLocator);
        return;
    }
    result.reading = Reading::Locator;
    result.text = text;
    result.locator = text;
    result.position = point;
    result.positionSource = PositionSource::TypedLocator;
    measureFromStation(result, context);
}

void readCallsign(TargetReading &result, const QString &text, const TargetContext &context)
{
    const std::optional<dxcc::CallsignForm> form = dxcc::parseCallsign(text);
    if (!form) {
        fail(result, Problem::NotATarget);
        return;
    }
    result.text = form->call;
    if (!context.countries || context.countries->isEmpty()) {
        fail(result, Problem::NoCountryData);
        return;
    }
    // A text without a digit and without '/' is a prefix ("DL", "VP2E" has one: a call).
    const bool prefixOnly = !form->call.contains(u'/')
        && std::none_of(form->call.cbegin(), form->call.cend(),
                        [](QChar c) { return c.isDigit(); });
    result.match = prefixOnly ? context.countries->lookupPrefix(form->call)
                              : context.countries->lookup(form->call);
    switch (result.match.status) {
    case dxcc::LookupStatus::Found:
        break;
    case dxcc::LookupStatus::MaritimeMobile:
        fail(result, Problem::MaritimeMobile);
        return;
    case dxcc::LookupStatus::AeronauticalMobile:
        fail(result, Problem::AeronauticalMobile);
        return;
    case dxcc::LookupStatus::NotFound:
        fail(result, Problem::UnknownCall);
        return;
    case dxcc::LookupStatus::Invalid:
        fail(result, Problem::NotATarget);
        return;
    }
    result.reading = Reading::Callsign;
    // The most precise position known: the station's own locator, then the country file's
    // position for this call or prefix, then the entity's centre.
    std::optional<QString> own;
    if (context.stationLocator && !prefixOnly)
        own = context.stationLocator(form->call);
    if (own && geo::isValidLocator(*own) && own->size() >= 4) {
        result.locator = own->toUpper();
        result.position = geo::locatorToPoint(*own);
        result.positionSource = PositionSource::StationLocator;
    } else {
        result.position = result.match.position;
        const dxcc::DxccEntity &entity = context.countries->entity(result.match.entityIndex);
        result.positionSource = entity.position == result.match.position
            ? PositionSource::EntityCentre
            : PositionSource::CountryFileOverride;
    }
    measureFromStation(result, context);
}

/// The alternative reading of a text that has two, when the other one makes sense.
void noteAlternative(TargetReading &result, const QString &text, const TargetContext &context)
{
    if (result.reading == Reading::Locator && isFourCharacterLocator(text) && context.countries
        && context.countries->lookup(text).found()) {
        result.alternative = Reading::Callsign;
        result.alternativeText = u'=' + text;
    } else if (result.reading == Reading::Callsign && isLocatorField(text)) {
        result.alternative = Reading::Locator;
        result.alternativeText = u'#' + text;
    }
}

} // namespace

TargetReading readTarget(QStringView typed, const TargetContext &context)
{
    TargetReading result;
    QString text = typed.trimmed().toString();
    text.remove(u' ');
    if (text.isEmpty())
        return result;
    const Force force = takeSigil(text);
    result.forced = force != Force::None;
    text = text.toUpper();
    if (text.isEmpty()) {
        fail(result, Problem::NotATarget);
        return result;
    }
    switch (force) {
    case Force::Bearing:
        readBearing(result, text);
        return result;
    case Force::Locator:
        readLocator(result, text, context);
        return result;
    case Force::Callsign:
        readCallsign(result, text, context);
        return result;
    case Force::None:
        break;
    }
    if (looksLikeNumber(text)) {
        readBearing(result, text);
    } else if (text.size() >= 4 && geo::isValidLocator(text)) {
        readLocator(result, text, context);
    } else {
        readCallsign(result, text, context);
    }
    noteAlternative(result, text, context);
    return result;
}

QLatin1String readingName(Reading reading)
{
    switch (reading) {
    case Reading::Empty:
        return "Empty"_L1;
    case Reading::Bearing:
        return "Bearing"_L1;
    case Reading::Locator:
        return "Locator"_L1;
    case Reading::Callsign:
        return "Callsign"_L1;
    case Reading::Invalid:
        return "Invalid"_L1;
    }
    return "?"_L1;
}

QLatin1String problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return "None"_L1;
    case Problem::NotATarget:
        return "NotATarget"_L1;
    case Problem::BearingOutOfRange:
        return "BearingOutOfRange"_L1;
    case Problem::BadLocator:
        return "BadLocator"_L1;
    case Problem::NoCountryData:
        return "NoCountryData"_L1;
    case Problem::UnknownCall:
        return "UnknownCall"_L1;
    case Problem::MaritimeMobile:
        return "MaritimeMobile"_L1;
    case Problem::AeronauticalMobile:
        return "AeronauticalMobile"_L1;
    case Problem::NoStation:
        return "NoStation"_L1;
    }
    return "?"_L1;
}

QLatin1String positionSourceName(PositionSource source)
{
    switch (source) {
    case PositionSource::None:
        return "None"_L1;
    case PositionSource::TypedLocator:
        return "TypedLocator"_L1;
    case PositionSource::StationLocator:
        return "StationLocator"_L1;
    case PositionSource::CountryFileOverride:
        return "CountryFileOverride"_L1;
    case PositionSource::EntityCentre:
        return "EntityCentre"_L1;
    }
    return "?"_L1;
}

} // namespace targeting
