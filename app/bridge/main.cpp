// SPDX-License-Identifier: GPL-3.0-or-later
// rotordeck-bridge: the headless interop hub. Wires broker -> Fleet -> InteropHub and runs until
// SIGINT/SIGTERM.

#include "bridgeoptions.h"
#include "quitsignals.h"

#include "bridge/bridgelogging.h"
#include "bridge/interophub.h"
#include "core/clock.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "protocol/firmwarelimits.h"
#include "remote/passwordhash.h"
#include "remote/remoteserver.h"
#include "remote/remotetls.h"
#include "remote/remoteusers.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <memory>

namespace {

std::optional<double> locatorBearing(const QString &from, const QString &to)
{
    const auto a = geo::locatorToPoint(from);
    const auto b = geo::locatorToPoint(to);
    if (!a || !b)
        return std::nullopt;
    return geo::initialBearingDeg(*a, *b);
}

// --hash-password: one line from stdin (not echoed on a terminal), its hash on stdout.
int printPasswordHash()
{
    QTextStream err(stderr);
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        err << "Password: " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    if (password.isEmpty()) {
        err << "rotordeck-bridge: empty password" << Qt::endl;
        return 1;
    }
    const QString hash = remote::hashPassword(password);
    if (hash.isEmpty()) {
        err << "rotordeck-bridge: could not hash the password" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << hash << Qt::endl;
    return 0;
}

// The web remote of --web; nullptr (after saying why on stderr) when it cannot start.
std::unique_ptr<RemoteServer> startWebRemote(const BridgeOptions::Web &web, const Clock &clock,
                                             const QList<Rotator *> &rotators)
{
    QTextStream err(stderr);
    QFile usersFile(web.usersFile);
    if (!usersFile.open(QIODevice::ReadOnly)) {
        err << "rotordeck-bridge: --web-users " << web.usersFile << ": " << usersFile.errorString()
            << Qt::endl;
        return nullptr;
    }
    QString problem;
    const auto users = remote::parseUsers(QString::fromUtf8(usersFile.readAll()), &problem);
    if (!users || users->isEmpty()) {
        err << "rotordeck-bridge: --web-users " << web.usersFile << ": "
            << (users ? QStringLiteral("no accounts") : problem) << Qt::endl;
        return nullptr;
    }
    RemoteServer::Options options;
    options.port = *web.port;
    options.listenAddress = web.listenAddress;
    options.users = *users;
    options.serverVersion = QStringLiteral(ROTORDECK_VERSION);
    if (!web.certificateFile.isEmpty()) {
        QString file;
        const auto tls
            = remote::loadTlsConfiguration(web.certificateFile, web.keyFile, nullptr, &file);
        if (!tls) {
            err << "rotordeck-bridge: cannot read TLS file " << file << Qt::endl;
            return nullptr;
        }
        options.tls = *tls;
    }
    auto server = std::make_unique<RemoteServer>(options, clock);
    for (Rotator *rotator : rotators)
        server->addRotator(rotator);
    if (!server->start()) {
        err << "rotordeck-bridge: web remote: cannot listen: " << server->errorString() << Qt::endl;
        return nullptr;
    }
    if (!web.listenAddress.isLoopback()) {
        err << "rotordeck-bridge: warning: the web remote is reachable from other machines at "
            << web.listenAddress.toString()
            << (options.tls.isNull() ? " without TLS: passwords cross the network readable" : "")
            << Qt::endl;
    }
    return server;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rotordeck-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROTORDECK_VERSION));
    const auto parsed = BridgeOptions::parse(QCoreApplication::arguments());
    if (parsed.outcome != CommandLineOutcome::Run)
        return cli::printOutcome(QStringLiteral("rotordeck-bridge"), parsed,
                                 QStringLiteral("Try 'rotordeck-bridge --help'."));
    BridgeOptions options = parsed.options;
    if (options.hashPassword)
        return printPasswordHash();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (!options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("rotordeck.*.debug=false"));

    const QuitSignals quitSignals;
    if (!quitSignals.isValid()) {
        err << "rotordeck-bridge: cannot set up signal handling" << Qt::endl;
        return 1;
    }
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &app, [] {
        qCInfo(lcBridge) << "signal received, shutting down";
        QCoreApplication::quit();
    });

    BrokerProfile profile;
    profile.name = QStringLiteral("bridge");
    profile.url = options.brokerUrl;
    profile.discover = false;
    MqttConnection connection(profile);
    SystemClock clock;
    Fleet fleet(&connection, clock);

    options.hub.locatorBearing = locatorBearing;
    InteropHub hub(options.hub);
    QList<Rotator *> webRotators;
    for (const RotatorAddress &address : std::as_const(options.rotators)) {
        Rotator *rotator = fleet.addRotator(address);
        RotatorSettings config = rotator->settings();
        if (options.maxRotateDeg)
            config.maxRotateDeg = options.maxRotateDeg;
        // The web remote's Park turns where rotctld's K and PstRotator's PARK do.
        if (options.hub.parkBearingDeg)
            config.parkBearingDeg = options.hub.parkBearingDeg;
        rotator->setSettings(config);
        hub.addRotator(rotator);
        webRotators.append(rotator);
    }
    for (const BridgeOptions::AzElPair &pair : std::as_const(options.azElPairs)) {
        Rotator *azimuth = fleet.addRotator(pair.azimuth);
        if (options.maxRotateDeg) {
            RotatorSettings config = azimuth->settings();
            config.maxRotateDeg = options.maxRotateDeg;
            azimuth->setSettings(config);
        }
        // The user says it is an elevation unit; the firmware publishes ElevationEnable and
        // MaxRotateDegree only when its setup changes, and what it publishes wins.
        Rotator *elevation = fleet.addRotator(pair.elevation);
        RotatorSettings config = elevation->settings();
        config.elevationMode = true;
        config.maxRotateDeg = protocol::maxElevationRangeDeg;
        elevation->setSettings(config);
        hub.addAzElPair(azimuth, elevation);
        webRotators.append(azimuth);
        webRotators.append(elevation);
    }
    if (!hub.start()) {
        for (const QString &e : hub.errors())
            err << "rotordeck-bridge: cannot listen: " << e << Qt::endl;
        return 1;
    }
    QObject::connect(&connection, &MqttConnection::connected, &app,
                     [&] { qCInfo(lcBridge) << "connected to" << profile.url.toString(); });
    QObject::connect(&connection, &MqttConnection::errorOccurred, &app,
                     [&](MqttConnection::Error, const QString &detail) {
                         err << "rotordeck-bridge: broker: " << detail << Qt::endl;
                     });
    std::unique_ptr<RemoteServer> web;
    if (options.web.port) {
        web = startWebRemote(options.web, clock, webRotators);
        if (!web) {
            hub.stop();
            return 1;
        }
    }
    connection.open();

    for (const QString &line : hub.endpoints())
        out << line << Qt::endl;
    if (web)
        out << "web " << web->url() << Qt::endl;

    const int code = QCoreApplication::exec();
    web.reset();
    hub.stop();
    connection.close();
    return code;
}
