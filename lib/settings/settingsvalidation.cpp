// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsvalidation.h"

#include <QUrl>

#include "cluster/spotparser.h"
#include "dxcc/callsign.h"
#include "geo/maidenhead.h"

#include <QHostAddress>

#include <algorithm>
#include <cmath>

namespace settings {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLetterIn(QChar c, char first, char last)
{
    const QChar u = c.toUpper();
    return u >= QLatin1Char(first) && u <= QLatin1Char(last);
}

} // namespace

std::optional<QString> colourProblem(const QString &colour)
{
    if (colour.size() != 7 || colour.front() != QLatin1Char('#'))
        return QStringLiteral("'%1' is not a colour of the form #rrggbb").arg(colour);
    for (qsizetype i = 1; i < colour.size(); ++i) {
        if (!isHexDigit(colour.at(i)))
            return QStringLiteral("'%1' is not a colour of the form #rrggbb").arg(colour);
    }
    return std::nullopt;
}

std::optional<QString> locatorProblem(const QString &locator)
{
    const qsizetype n = locator.size();
    // geo accepts 2-character fields too; a station needs at least a square.
    if (n != 4 && n != 6 && n != 8)
        return QStringLiteral("needs 4, 6 or 8 characters (e.g. JO62 or JO62qm)");
    if (geo::isValidLocator(locator) && locator.trimmed().size() == n)
        return std::nullopt;
    // Say which part is wrong.
    // Field AA..RR, square 00..99, subsquare aa..xx, extended square 00..99.
    if (!isLetterIn(locator.at(0), 'A', 'R') || !isLetterIn(locator.at(1), 'A', 'R'))
        return QStringLiteral("characters 1-2 must be letters A to R");
    if (!isDigit(locator.at(2)) || !isDigit(locator.at(3)))
        return QStringLiteral("characters 3-4 must be digits");
    if (n >= 6 && (!isLetterIn(locator.at(4), 'A', 'X') || !isLetterIn(locator.at(5), 'A', 'X')))
        return QStringLiteral("characters 5-6 must be letters a to x");
    if (n == 8 && (!isDigit(locator.at(6)) || !isDigit(locator.at(7))))
        return QStringLiteral("characters 7-8 must be digits");
    return QStringLiteral("not a Maidenhead locator");
}

std::optional<QString> rangeProblem(int value, int min, int max)
{
    if (value < min || value > max)
        return QStringLiteral("%1 is outside %2..%3").arg(value).arg(min).arg(max);
    return std::nullopt;
}

std::optional<QString> rangeProblem(double value, double min, double max)
{
    if (!std::isfinite(value) || value < min || value > max)
        return QStringLiteral("%1 is outside %2..%3").arg(value).arg(min).arg(max);
    return std::nullopt;
}

std::optional<QString> trackElevationProblem(double startElevationDeg, double stopElevationDeg)
{
    for (const double deg : {startElevationDeg, stopElevationDeg}) {
        if (const auto why = rangeProblem(deg, RotatorSettings::minTrackElevationDeg,
                                          RotatorSettings::maxTrackElevationDeg))
            return why;
    }
    if (stopElevationDeg > startElevationDeg)
        return QStringLiteral("the stop elevation %1 is above the start elevation %2")
            .arg(stopElevationDeg)
            .arg(startElevationDeg);
    return std::nullopt;
}

std::optional<QString> callsignProblem(const QString &callsign)
{
    if (!dxcc::parseCallsign(callsign))
        return QStringLiteral("'%1' is not a callsign (letters, digits and '/', at most %2)")
            .arg(callsign)
            .arg(dxcc::maxCallsignLength);
    return std::nullopt;
}

std::optional<QString> ipAddressProblem(const QString &address)
{
    if (QHostAddress(address.trimmed()).isNull())
        return QStringLiteral("'%1' is not an IP address").arg(address);
    return std::nullopt;
}

std::optional<QString> listenAddressProblem(const QString &address, bool allowNetwork)
{
    if (const auto why = ipAddressProblem(address))
        return why;
    if (!allowNetwork && !QHostAddress(address.trimmed()).isLoopback())
        return QStringLiteral("'%1' is reachable from the network, which is not allowed")
            .arg(address);
    return std::nullopt;
}

std::optional<QString> downloadUrlProblem(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QStringLiteral("'%1' is not an http:// or https:// address").arg(url);
    return std::nullopt;
}

std::optional<QString> bandProblem(const QString &band)
{
    if (!cluster::bandNames().contains(band))
        return QStringLiteral("'%1' is not an amateur band name such as 20m or 70cm").arg(band);
    return std::nullopt;
}

std::optional<QString> n1mmNameProblem(const QString &name)
{
    if (name.size() > n1mmNameMaxLength)
        return QStringLiteral("longer than %1 characters").arg(n1mmNameMaxLength);
    if (name.trimmed() != name)
        return QStringLiteral("starts or ends with a space");
    for (const QChar c : name) {
        if (!c.isPrint())
            return QStringLiteral("has a character that cannot be printed");
        if (c == u'@' || c == u'<' || c == u'>' || c == u'&')
            return QStringLiteral("'%1' cannot be in an N1MM name").arg(c);
    }
    return std::nullopt;
}

std::optional<QString> azElPairProblem(const AzElPairSettings &pair,
                                       const QList<RotatorSettings> &rotators,
                                       const QList<AzElPairSettings> &otherPairs)
{
    if (!pair.azimuth.isValidForUser() || !pair.elevation.isValidForUser())
        return QStringLiteral("a unit is not a CALL/ID address");
    if (pair.azimuth == pair.elevation)
        return QStringLiteral("the azimuth and the elevation unit must differ");
    for (const RotatorAddress &unit : {pair.azimuth, pair.elevation}) {
        const bool known = std::any_of(rotators.cbegin(), rotators.cend(), [&](const auto &r) {
            return r.brokerName == pair.brokerName && r.address == unit;
        });
        if (!known)
            return QStringLiteral("%1 is not a rotator on '%2'")
                .arg(unit.toString(), pair.brokerName);
        for (const AzElPairSettings &other : otherPairs) {
            if (other.brokerName == pair.brokerName
                && (other.azimuth == unit || other.elevation == unit))
                return QStringLiteral("%1 is already in a pair").arg(unit.toString());
        }
    }
    return std::nullopt;
}

std::optional<QString> groupNameProblem(const QString &name,
                                        const QList<GroupSettings> &otherGroups)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the group has no name");
    if (trimmed.size() > maxGroupNameLength)
        return QStringLiteral("the group name is longer than %1 characters")
            .arg(maxGroupNameLength);
    for (const GroupSettings &other : otherGroups) {
        if (other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return QStringLiteral("a group named '%1' exists already").arg(trimmed);
    }
    return std::nullopt;
}

std::optional<QString> groupMemberProblem(const GroupMemberSettings &member,
                                          const QList<RotatorSettings> &rotators,
                                          const QList<GroupMemberSettings> &earlierMembers)
{
    if (!member.address.isValidForUser())
        return QStringLiteral("the member is not a CALL/ID address");
    if (const auto why = rangeProblem(member.offsetDeg, minGroupOffsetDeg, maxGroupOffsetDeg))
        return QStringLiteral("offset: %1").arg(*why);
    const bool known = std::any_of(rotators.cbegin(), rotators.cend(), [&](const auto &r) {
        return r.brokerName == member.brokerName && r.address == member.address;
    });
    if (!known)
        return QStringLiteral("%1 is not a rotator on '%2'")
            .arg(member.address.toString(), member.brokerName);
    for (const GroupMemberSettings &earlier : earlierMembers) {
        if (earlier.brokerName == member.brokerName && earlier.address == member.address)
            return QStringLiteral("%1 is in the group twice").arg(member.address.toString());
    }
    return std::nullopt;
}

std::optional<QString> clusterHostProblem(const QString &host)
{
    constexpr qsizetype maxHostLength = 253; // the DNS limit
    if (host.isEmpty())
        return QStringLiteral("the host is empty");
    if (host.size() > maxHostLength)
        return QStringLiteral("the host is longer than %1 characters").arg(maxHostLength);
    if (host.contains(QLatin1Char(':'))) {
        // Only an IPv6 address has colons; "host:port" belongs in two fields.
        if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        return QStringLiteral("'%1' is not a host name (write the port separately)").arg(host);
    }
    for (const QChar c : host) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || isDigit(c)
            || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_');
        if (!ok)
            return QStringLiteral("'%1' is not a host name (letters, digits, '-' and '.')")
                .arg(host);
    }
    return std::nullopt;
}

std::optional<QString> clusterCommandProblem(const QString &command)
{
    constexpr qsizetype maxCommandLength = 80;
    if (command.size() > maxCommandLength)
        return QStringLiteral("the command is longer than %1 characters").arg(maxCommandLength);
    for (const QChar c : command) {
        if (!c.isPrint())
            return QStringLiteral("the command must be one line of printable text");
    }
    return std::nullopt;
}

} // namespace settings
