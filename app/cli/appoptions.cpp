// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include "geo/maidenhead.h"
#include "mqtt/brokerprofile.h"
#include "settings/settingsvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AppOptions", text); // lupdate files them there
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

ParsedCommandLine<AppOptions> AppOptions::parse(const QStringList &arguments)
{
    const auto fail = ParsedCommandLine<AppOptions>::error;

    // `--demo` takes an optional count, which QCommandLineParser cannot express: turn
    // `--demo 6` into `--demo --demo-count 6` before parsing.
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (i > 0 && (a == QLatin1String("--demo") || a == QLatin1String("-demo"))) {
            args << QStringLiteral("--demo");
            if (i + 1 < arguments.size() && isDigits(arguments.at(i + 1)))
                args << QStringLiteral("--demo-count") << arguments.at(++i);
        } else if (i > 0 && a.startsWith(QLatin1String("--demo="))) {
            args << QStringLiteral("--demo") << QStringLiteral("--demo-count")
                 << a.mid(int(qstrlen("--demo=")));
        } else {
            args << a;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Control IP-Rotator antenna rotators over MQTT. Without options the brokers and "
           "rotators of your settings are used."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Demo mode: a private broker and N simulated rotators (default 4). Write N after "
           "--demo: --demo 6."));
    QCommandLineOption demoCountOption(QStringLiteral("demo-count"), tr("Demo rotator count."),
                                       tr("N"));
    demoCountOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption brokerOption(
        QStringLiteral("broker"),
        tr("Add a broker for this run: tcp://host:port, ws://, ssl:// or wss://."), tr("URL"));
    const QCommandLineOption rotatorOption(QStringLiteral("rotator"),
                                           tr("Add a rotator on the --broker (repeatable)."),
                                           tr("CALL/ID"));
    const QCommandLineOption locatorOption(
        QStringLiteral("locator"), tr("Station Maidenhead locator, e.g. JO70va."), tr("LOC"));
    const QCommandLineOption dxClusterOption(
        QStringLiteral("dx-cluster"),
        tr("Read DX spots from this cluster node for this run (needs the station callsign)."),
        tr("HOST:PORT"));
    const QCommandLineOption callsignOption(
        QStringLiteral("callsign"), tr("Station callsign for this run, e.g. OK1HRA."), tr("CALL"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            tr("Use this settings file instead of the user's."),
                                            tr("FILE"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        tr("Log MQTT traffic and internal details to the terminal (the Traffic log shows the "
           "traffic too)."));
    const QCommandLineOption rotctldOption(
        QStringLiteral("rotctld"),
        tr("Serve hamlib rotctld for this run: the first rotator on TCP PORT, the next on PORT+2, "
           "… (loopback unless Settings ▸ Interop allows the network)."),
        tr("PORT"));
    parser.addOption(rotctldOption);
    const QCommandLineOption webOption(
        QStringLiteral("web"),
        tr("Serve the web remote for this run on TCP PORT (loopback unless Settings ▸ Web Remote "
           "allows the network; accounts from there too)."),
        tr("PORT"));
    parser.addOption(webOption);
    parser.addOptions({demoOption, demoCountOption, brokerOption, rotatorOption, locatorOption,
                       dxClusterOption, callsignOption, settingsOption, verboseOption});

    if (const auto early = ParsedCommandLine<AppOptions>::helpVersionOrParseError(
            parser, args, helpOption, versionOption, QStringLiteral("rotordeck")))
        return *early;

    AppOptions options;
    options.verbose = parser.isSet(verboseOption);

    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    }

    options.demo = parser.isSet(demoOption);
    if (parser.isSet(demoCountOption)) {
        bool ok = false;
        const int count = parser.value(demoCountOption).toInt(&ok);
        if (!ok || count < 1 || count > maxDemoCount) {
            return fail(tr("--demo: the rotator count must be 1 to %1, not “%2”.")
                            .arg(maxDemoCount)
                            .arg(parser.value(demoCountOption)));
        }
        options.demoCount = count;
    }

    if (parser.isSet(brokerOption)) {
        if (parser.values(brokerOption).size() > 1)
            return fail(tr("--broker may be given once."));
        const QString text = parser.value(brokerOption);
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("--broker: “%1” is not a URL.").arg(text));
        if (const auto problem = brokerUrlProblem(url))
            return fail(tr("--broker: “%1”: %2.").arg(text, *problem));
        options.brokerUrl = url;
    }

    for (const QString &text : parser.values(rotatorOption)) {
        const auto address = RotatorAddress::fromString(text);
        if (!address || !address->isValidForUser()) {
            return fail(tr("--rotator: “%1” is not CALL/ID (two non-empty parts without "
                           "'/', '+' or '#').")
                            .arg(text));
        }
        if (!options.rotators.contains(*address))
            options.rotators.append(*address);
    }
    if (!options.rotators.isEmpty() && options.brokerUrl.isEmpty())
        return fail(tr("--rotator needs a --broker to live on."));
    if (options.demo && !options.brokerUrl.isEmpty())
        return fail(tr("--demo runs its own broker; leave out --broker."));

    if (parser.isSet(locatorOption)) {
        const QString locator = parser.value(locatorOption).trimmed();
        if (locator.size() < 4 || !geo::isValidLocator(locator)) {
            return fail(tr("--locator: “%1” is not a Maidenhead locator of 4, 6 or 8 "
                           "characters (e.g. JO70va).")
                            .arg(locator));
        }
        options.locator = locator;
    }

    if (parser.isSet(dxClusterOption)) {
        if (parser.values(dxClusterOption).size() > 1)
            return fail(tr("--dx-cluster may be given once."));
        const QString text = parser.value(dxClusterOption);
        const auto node = cluster::ClusterNode::fromString(text);
        if (!node) {
            return fail(
                tr("--dx-cluster: “%1” is not HOST:PORT (e.g. dxc.example.org:7300).").arg(text));
        }
        options.dxCluster = *node;
    }

    if (parser.isSet(rotctldOption)) {
        bool ok = false;
        const int port = parser.value(rotctldOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("--rotctld: “%1” is not a TCP port 1 to 65535.")
                            .arg(parser.value(rotctldOption)));
        options.rotctldPort = quint16(port);
    }
    if (parser.isSet(webOption)) {
        bool ok = false;
        const int port = parser.value(webOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(
                tr("--web: “%1” is not a TCP port 1 to 65535.").arg(parser.value(webOption)));
        options.webPort = quint16(port);
    }

    if (parser.isSet(callsignOption)) {
        const QString callsign = parser.value(callsignOption).trimmed();
        if (settings::callsignProblem(callsign)) {
            return fail(tr("--callsign: “%1” is not a callsign (letters, digits and '/', e.g. "
                           "OK1HRA or DL/OK1HRA).")
                            .arg(callsign));
        }
        options.callsign = callsign.toUpper();
    }

    if (parser.isSet(settingsOption)) {
        const QString path = parser.value(settingsOption);
        const QFileInfo info(path);
        if (path.isEmpty())
            return fail(tr("--settings: the file name is empty."));
        if (info.exists() && info.isDir())
            return fail(tr("--settings: “%1” is a folder, not a file.").arg(path));
        if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
            return fail(tr("--settings: the folder of “%1” does not exist.").arg(path));
        options.settingsFile = info.absoluteFilePath();
    }
    return ParsedCommandLine<AppOptions>::run(options);
}
