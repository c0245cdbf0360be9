// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridgeoptions.h"

#include "bridge/pstrotatorparser.h"
#include "cluster/spotparser.h"
#include "mqtt/brokerprofile.h"
#include "protocol/firmwarelimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {

std::optional<quint16> portValue(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

/// "20m,15m" as band names spelled as cluster::bandNames() does; nullopt when one is unknown.
std::optional<QStringList> bandList(const QString &text)
{
    const QStringList known = cluster::bandNames();
    QStringList bands;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        const auto it = std::find_if(known.cbegin(), known.cend(), [&](const QString &name) {
            return name.compare(word, Qt::CaseInsensitive) == 0;
        });
        if (it == known.cend())
            return std::nullopt;
        if (!bands.contains(*it))
            bands.append(*it);
    }
    if (bands.isEmpty())
        return std::nullopt;
    return bands;
}

} // namespace

ParsedCommandLine<BridgeOptions> BridgeOptions::parse(const QStringList &arguments)
{
    const auto error = ParsedCommandLine<BridgeOptions>::error;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless interop hub: lets hamlib rotctld clients (rotctl, gpredict, …), N1MM Logger+ "
        "and PstRotator-speaking programs, and browsers (--web), turn IP-Rotators over MQTT."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version."));
    const QCommandLineOption brokerOption(
        QStringLiteral("broker"),
        QStringLiteral("Broker URL: tcp://host:1883, ws://host:1884, ssl://…, wss://…"),
        QStringLiteral("URL"));
    const QCommandLineOption rotatorOption(
        QStringLiteral("rotator"), QStringLiteral("Rotator topic prefix CALL/ID (repeatable)."),
        QStringLiteral("CALL/ID"));
    const QCommandLineOption azelOption(
        QStringLiteral("azel"),
        QStringLiteral("An azimuth unit and an elevation-only unit turned as one antenna, with one "
                       "AzEl rotctld (and PstRotator) endpoint after the single rotators' "
                       "(repeatable)."),
        QStringLiteral("AZCALL/ID,ELCALL/ID"));
    const QCommandLineOption rotctldOption(
        QStringLiteral("rotctld"),
        QStringLiteral("First rotctld TCP port; one per rotator, then one per --azel pair, +2 each "
                       "(default 4533 when no endpoint is chosen)."),
        QStringLiteral("PORT"));
    const QCommandLineOption n1mmOption(
        QStringLiteral("n1mm"),
        QStringLiteral("N1MM Logger+ rotor endpoint (UDP 12040, status "
                       "to 13010)."));
    const QCommandLineOption n1mmPortOption(QStringLiteral("n1mm-port"),
                                            QStringLiteral("N1MM command port (default 12040)."),
                                            QStringLiteral("PORT"));
    const QCommandLineOption n1mmStatusOption(
        QStringLiteral("n1mm-status"),
        QStringLiteral("Where N1MM status datagrams go, ADDR or ADDR:PORT (default 127.0.0.1:13010 "
                       "on loopback, else broadcast)."),
        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption n1mmNameOption(
        QStringLiteral("n1mm-name"),
        QStringLiteral("N1MM rotor name of a rotator, as in N1MM's Antennas tab (repeatable; "
                       "default: the device Name while unique, else CALL/ID)."),
        QStringLiteral("CALL/ID=NAME"));
    const QCommandLineOption pstOption(QStringLiteral("pstrotator"),
                                       QStringLiteral("PstRotator UDP endpoints, one per rotator "
                                                      "and --azel pair (UDP 12000, +2 each)."));
    const QCommandLineOption pstPortOption(
        QStringLiteral("pstrotator-port"),
        QStringLiteral("First PstRotator port (default 12000; +2 per rotator)."),
        QStringLiteral("PORT"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address every endpoint binds to (default 127.0.0.1)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption locatorOption(
        QStringLiteral("locator"),
        QStringLiteral("Station Maidenhead locator (for PstRotator QRA commands)."),
        QStringLiteral("LOC"));
    const QCommandLineOption parkOption(QStringLiteral("park"),
                                        QStringLiteral("Park bearing in degrees (default 0)."),
                                        QStringLiteral("DEG"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        QStringLiteral("Rotation range (MaxRotateDegree, %1..%2) to assume until a rotator "
                       "publishes its own (default %3).")
            .arg(protocol::minRotateRangeDeg)
            .arg(protocol::maxRotateRangeDeg)
            .arg(protocol::defaultRotateRangeDeg),
        QStringLiteral("DEG"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log every command and reply."));
    const QCommandLineOption bandsOption(
        QStringLiteral("bands"),
        QStringLiteral("Bands a rotator serves, for --band-follow (repeatable), e.g. "
                       "OK1HRA/1=20m,15m,10m."),
        QStringLiteral("CALL/ID=BANDS"));
    const QCommandLineOption bandFollowOption(
        QStringLiteral("band-follow"),
        QStringLiteral("N1MM datagrams that name no rotator go to the one serving their band "
                       "(see --bands); turns the N1MM endpoint on."));
    const QCommandLineOption webOption(
        QStringLiteral("web"),
        QStringLiteral("Serve the web remote (a page for browsers and phones) on this TCP port; "
                       "needs --web-users."),
        QStringLiteral("PORT"));
    const QCommandLineOption webListenOption(
        QStringLiteral("web-listen"),
        QStringLiteral("Address the web remote binds to (default 127.0.0.1; anything else lets "
                       "other machines reach it: use TLS)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption webUsersOption(
        QStringLiteral("web-users"),
        QStringLiteral("Web remote accounts, one NAME:ROLE:HASH per line (ROLE view or control, "
                       "HASH from --hash-password)."),
        QStringLiteral("FILE"));
    const QCommandLineOption webCertOption(
        QStringLiteral("web-cert"), QStringLiteral("PEM certificate for HTTPS (with --web-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption webKeyOption(QStringLiteral("web-key"),
                                          QStringLiteral("PEM private key for HTTPS."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption hashPasswordOption(
        QStringLiteral("hash-password"),
        QStringLiteral("Read a password from standard input, print its hash for --web-users, "
                       "and exit."));
    parser.addOptions({bandsOption, bandFollowOption});
    parser.addOptions({webOption, webListenOption, webUsersOption, webCertOption, webKeyOption,
                       hashPasswordOption});
    parser.addOptions({helpOption, versionOption, brokerOption, rotatorOption, azelOption,
                       rotctldOption, n1mmOption, n1mmPortOption, n1mmStatusOption, n1mmNameOption,
                       pstOption, pstPortOption, listenOption, locatorOption, parkOption,
                       rangeOption, verboseOption});

    if (const auto early = ParsedCommandLine<BridgeOptions>::helpVersionOrParseError(
            parser, arguments, helpOption, versionOption, QStringLiteral("rotordeck-bridge")))
        return *early;
    if (!parser.positionalArguments().isEmpty())
        return error(QStringLiteral("unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));

    BridgeOptions o;
    if (parser.isSet(hashPasswordOption)) {
        o.hashPassword = true;
        return ParsedCommandLine<BridgeOptions>::run(o);
    }
    if (!parser.isSet(brokerOption))
        return error(QStringLiteral("--broker URL is required"));
    o.brokerUrl = QUrl(parser.value(brokerOption), QUrl::StrictMode);
    if (const auto problem = brokerUrlProblem(o.brokerUrl))
        return error(QStringLiteral("--broker %1: %2").arg(parser.value(brokerOption), *problem));

    const QStringList rotators = parser.values(rotatorOption);
    const QStringList pairs = parser.values(azelOption);
    if (rotators.isEmpty() && pairs.isEmpty())
        return error(QStringLiteral("at least one --rotator CALL/ID or --azel AZCALL/ID,ELCALL/ID "
                                    "is required"));
    for (const QString &text : rotators) {
        const auto address = RotatorAddress::fromString(text);
        if (!address || !address->isValidForUser())
            return error(QStringLiteral("--rotator '%1': expected CALL/ID (no '+', '#' or extra "
                                        "'/')")
                             .arg(text));
        if (o.rotators.contains(*address))
            return error(QStringLiteral("--rotator %1 given twice").arg(text));
        o.rotators.append(*address);
    }
    for (const QString &text : pairs) {
        const QStringList parts = text.split(QLatin1Char(','));
        const auto azimuth
            = parts.size() == 2 ? RotatorAddress::fromString(parts.at(0).trimmed()) : std::nullopt;
        const auto elevation
            = parts.size() == 2 ? RotatorAddress::fromString(parts.at(1).trimmed()) : std::nullopt;
        if (!azimuth || !elevation || !azimuth->isValidForUser() || !elevation->isValidForUser())
            return error(QStringLiteral("--azel '%1': expected AZCALL/ID,ELCALL/ID").arg(text));
        if (*azimuth == *elevation)
            return error(QStringLiteral("--azel '%1': the azimuth and the elevation unit must "
                                        "differ")
                             .arg(text));
        for (const RotatorAddress &unit : {*azimuth, *elevation}) {
            if (o.rotators.contains(unit))
                return error(QStringLiteral("--azel '%1': %2 is also a --rotator")
                                 .arg(text, unit.toString()));
            for (const AzElPair &other : std::as_const(o.azElPairs)) {
                if (other.azimuth == unit || other.elevation == unit)
                    return error(QStringLiteral("--azel '%1': %2 is already in a pair")
                                     .arg(text, unit.toString()));
            }
        }
        o.azElPairs.append({*azimuth, *elevation});
    }
    const int endpointCount = int(o.rotators.size() + o.azElPairs.size());

    if (parser.isSet(listenOption)) {
        const QString text = parser.value(listenOption);
        QHostAddress address;
        if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            address = QHostAddress(QHostAddress::LocalHost);
        else if (!address.setAddress(text))
            return error(QStringLiteral("--listen '%1': not an IP address").arg(text));
        o.hub.listenAddress = address;
    }

    if (parser.isSet(rotctldOption)) {
        const auto port = portValue(parser.value(rotctldOption));
        if (!port)
            return error(QStringLiteral("--rotctld '%1': expected a port 1..65535")
                             .arg(parser.value(rotctldOption)));
        if (int(*port) + 2 * (endpointCount - 1) > 65535)
            return error(QStringLiteral("--rotctld %1: not enough ports for %2 rotators")
                             .arg(*port)
                             .arg(endpointCount));
        o.hub.rotctldFirstPort = *port;
    }
    o.hub.n1mm = parser.isSet(n1mmOption) || parser.isSet(n1mmPortOption);
    if (parser.isSet(n1mmPortOption)) {
        const auto port = portValue(parser.value(n1mmPortOption));
        if (!port)
            return error(QStringLiteral("--n1mm-port '%1': expected a port 1..65535")
                             .arg(parser.value(n1mmPortOption)));
        o.hub.n1mmPort = *port;
    }
    if (parser.isSet(n1mmStatusOption)) {
        QString text = parser.value(n1mmStatusOption);
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && text.count(QLatin1Char(':')) == 1) {
            const auto port = portValue(text.mid(colon + 1));
            if (!port)
                return error(QStringLiteral("--n1mm-status '%1': bad port").arg(text));
            o.hub.n1mmStatusPort = *port;
            text = text.left(colon);
        }
        if (!o.hub.n1mmStatusAddress.setAddress(text))
            return error(QStringLiteral("--n1mm-status '%1': not an IP address").arg(text));
        o.hub.n1mm = true;
    }
    for (const QString &text : parser.values(n1mmNameOption)) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        const auto address
            = equals > 0 ? RotatorAddress::fromString(text.left(equals).trimmed()) : std::nullopt;
        const QString name = equals > 0 ? text.mid(equals + 1).trimmed() : QString();
        if (!address || name.isEmpty())
            return error(QStringLiteral("--n1mm-name '%1': expected CALL/ID=NAME").arg(text));
        if (!o.rotators.contains(*address))
            return error(QStringLiteral("--n1mm-name '%1': %2 is not a --rotator")
                             .arg(text, address->toString()));
        if (o.hub.n1mmNames.contains(address->toString()))
            return error(QStringLiteral("--n1mm-name: %1 named twice").arg(address->toString()));
        // Names must tell the rotators apart, from each other and from every CALL/ID.
        const auto taken = [&](const QString &candidate) {
            for (const QString &other : std::as_const(o.hub.n1mmNames)) {
                if (other.compare(candidate, Qt::CaseInsensitive) == 0)
                    return true;
            }
            for (const RotatorAddress &r : std::as_const(o.rotators)) {
                if (r != *address && r.toString().compare(candidate, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
        if (taken(name))
            return error(QStringLiteral("--n1mm-name '%1': '%2' is already another rotator's "
                                        "name")
                             .arg(text, name));
        o.hub.n1mmNames.insert(address->toString(), name);
        o.hub.n1mm = true;
    }
    for (const QString &text : parser.values(bandsOption)) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        const auto address
            = equals > 0 ? RotatorAddress::fromString(text.left(equals).trimmed()) : std::nullopt;
        const auto bands = equals > 0 ? bandList(text.mid(equals + 1)) : std::nullopt;
        if (!address || !bands)
            return error(QStringLiteral("--bands '%1': expected CALL/ID=BANDS with bands from "
                                        "%2")
                             .arg(text, cluster::bandNames().join(QLatin1Char(','))));
        if (!o.rotators.contains(*address))
            return error(QStringLiteral("--bands '%1': %2 is not a --rotator")
                             .arg(text, address->toString()));
        if (o.hub.bands.contains(address->toString()))
            return error(QStringLiteral("--bands: %1 given twice").arg(address->toString()));
        o.hub.bands.insert(address->toString(), *bands);
    }
    if (parser.isSet(bandFollowOption)) {
        if (o.hub.bands.isEmpty())
            return error(QStringLiteral("--band-follow needs --bands CALL/ID=BANDS"));
        o.hub.n1mmBandFollow = true;
        o.hub.n1mm = true;
    }
    o.hub.pstRotator = parser.isSet(pstOption) || parser.isSet(pstPortOption);
    if (parser.isSet(pstPortOption)) {
        const auto port = portValue(parser.value(pstPortOption));
        if (!port)
            return error(QStringLiteral("--pstrotator-port '%1': expected a port 1..65535")
                             .arg(parser.value(pstPortOption)));
        // Each endpoint answers on its port + 1.
        if (int(*port) + 2 * (endpointCount - 1) + 1 > 65535)
            return error(QStringLiteral("--pstrotator-port %1: not enough ports for %2 rotators")
                             .arg(*port)
                             .arg(endpointCount));
        o.hub.pstRotatorPort = *port;
    }
    if (parser.isSet(webOption)) {
        const auto port = portValue(parser.value(webOption));
        if (!port)
            return error(QStringLiteral("--web '%1': expected a port 1..65535")
                             .arg(parser.value(webOption)));
        o.web.port = *port;
        if (!parser.isSet(webUsersOption))
            return error(QStringLiteral("--web needs --web-users FILE (nobody could log in)"));
    } else if (parser.isSet(webListenOption) || parser.isSet(webUsersOption)
               || parser.isSet(webCertOption) || parser.isSet(webKeyOption)) {
        return error(QStringLiteral("--web-listen, --web-users, --web-cert and --web-key need "
                                    "--web PORT"));
    }
    if (parser.isSet(webListenOption)) {
        const QString text = parser.value(webListenOption);
        if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0
            && !o.web.listenAddress.setAddress(text))
            return error(QStringLiteral("--web-listen '%1': not an IP address").arg(text));
    }
    o.web.usersFile = parser.value(webUsersOption);
    o.web.certificateFile = parser.value(webCertOption);
    o.web.keyFile = parser.value(webKeyOption);
    if (o.web.certificateFile.isEmpty() != o.web.keyFile.isEmpty())
        return error(QStringLiteral("--web-cert and --web-key go together"));

    // With only the web remote asked for, no rotctld opens uninvited.
    if (!o.hub.rotctldFirstPort && !o.hub.n1mm && !o.hub.pstRotator && !o.web.port)
        o.hub.rotctldFirstPort = 4533;

    if (parser.isSet(locatorOption)) {
        const QString locator = parser.value(locatorOption).trimmed();
        if (!PstRotatorParser::isValidLocator(locator))
            return error(QStringLiteral("--locator '%1': expected a Maidenhead locator such as "
                                        "JO70va")
                             .arg(locator));
        o.hub.stationLocator = locator;
    }
    if (parser.isSet(parkOption)) {
        bool ok = false;
        const double park = parser.value(parkOption).toDouble(&ok);
        if (!ok || park < 0.0 || park >= 360.0)
            return error(QStringLiteral("--park '%1': expected a bearing 0..359")
                             .arg(parser.value(parkOption)));
        o.hub.parkBearingDeg = int(park + 0.5) % 360;
    }
    if (parser.isSet(rangeOption)) {
        bool ok = false;
        const int range = parser.value(rangeOption).toInt(&ok);
        // Same range as the device's setup form: 0 (no travel) is a real configuration.
        if (!ok || !protocol::isValidRotateRangeDeg(range, false))
            return error(QStringLiteral("--range '%1': expected degrees %2..%3")
                             .arg(parser.value(rangeOption))
                             .arg(protocol::minRotateRangeDeg)
                             .arg(protocol::maxRotateRangeDeg));
        o.maxRotateDeg = range;
    }
    o.verbose = parser.isSet(verboseOption);
    return ParsedCommandLine<BridgeOptions>::run(o);
}
