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

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

std::optional<double> locatorBearing(const QString &from, const QString &to)
{
    const auto a = geo::locatorToPoint(from);
    const auto b = geo::locatorToPoint(to);
    if (!a || !b)
        return std::nullopt;
    return geo::initialBearingDeg(*a, *b);
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
    for (const RotatorAddress &address : std::as_const(options.rotators)) {
        Rotator *rotator = fleet.addRotator(address);
        if (options.maxRotateDeg) {
            RotatorSettings config = rotator->settings();
            config.maxRotateDeg = options.maxRotateDeg;
            rotator->setSettings(config);
        }
        hub.addRotator(rotator);
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
    connection.open();

    for (const QString &line : hub.endpoints())
        out << line << Qt::endl;

    const int code = QCoreApplication::exec();
    hub.stop();
    connection.close();
    return code;
}
