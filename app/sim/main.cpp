// SPDX-License-Identifier: GPL-3.0-or-later
// rotordeck-sim: headless IP-Rotator simulator (docs/architecture.md §10).
#include "quitsignals.h"
#include "simulatoroptions.h"

#include "core/clock.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulateddevicelink.h"
#include "sim/simulatedhttpserver.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int connectWaitMs = 10000;
constexpr int shutdownGraceMs = 300;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rotordeck-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROTORDECK_VERSION));

    const auto parsed = SimulatorOptions::parse(QCoreApplication::arguments());
    if (parsed.outcome != CommandLineOutcome::Run)
        return cli::printOutcome(QStringLiteral("rotordeck-sim"), parsed);
    const SimulatorOptions &options = parsed.options;
    for (const QString &warning : options.warnings)
        printLine(stderr, QStringLiteral("rotordeck-sim: warning: ") + warning);

    if (!options.verbose) // QT_LOGGING_RULES still wins
        QLoggingCategory::setFilterRules(
            QStringLiteral("rotordeck.*.debug=false\nrotordeck.*.info=false"));

    const QuitSignals quitSignals;
    if (!quitSignals.isValid()) {
        printLine(stderr, QStringLiteral("rotordeck-sim: cannot create the signal pipe"));
        return 1;
    }

    std::unique_ptr<EmbeddedBroker> broker;
    QUrl brokerUrl = options.brokerUrl;
    if (options.embeddedBroker) {
        broker = std::make_unique<EmbeddedBroker>();
        if (!broker->startAndWait(connectWaitMs)) {
            printLine(stderr,
                      QStringLiteral("rotordeck-sim: cannot start the embedded broker: ")
                          + broker->errorString());
            return 1;
        }
        brokerUrl = broker->tcpUrl();
        printLine(stdout, QStringLiteral("broker ") + brokerUrl.toString());
    }

    SystemClock clock;
    SimulatorHost host(brokerUrl, clock);
    std::vector<std::unique_ptr<SimulatedHttpServer>> httpServers;
    for (const auto &config : options.devices) {
        SimulatedRotator *device = host.addDevice(config);
        if (options.httpPort == 0)
            continue;
        const auto port = static_cast<quint16>(options.httpPort + httpServers.size());
        auto server = std::make_unique<SimulatedHttpServer>(device, options.httpPassword);
        if (server->listenOnLoopback(port) != port) {
            printLine(stderr,
                      QStringLiteral("rotordeck-sim: cannot serve HTTP on 127.0.0.1:%1").arg(port));
            return 1;
        }
        printLine(
            stdout,
            QStringLiteral("http %1 http://127.0.0.1:%2/").arg(device->callSlashId()).arg(port));
        httpServers.push_back(std::move(server));
    }
    QObject::connect(&host, &SimulatorHost::deviceReady, &app, [](const QString &prefix) {
        printLine(stdout, QStringLiteral("ready ") + prefix);
    });

    bool quitting = false;
    auto quit = [&](int code) {
        if (quitting)
            return;
        quitting = true;
        host.stop();
        if (broker)
            broker->stop();
        // Let the DISCONNECTs go out before the event loop ends.
        QTimer::singleShot(shutdownGraceMs, &app, [code] { QCoreApplication::exit(code); });
    };

    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &app, [&] { quit(0); });
    if (broker)
        QObject::connect(broker.get(), &EmbeddedBroker::crashed, &app, [&](const QString &reason) {
            printLine(stderr,
                      QStringLiteral("rotordeck-sim: the embedded broker ended: ") + reason);
            quit(1);
        });

    QTimer::singleShot(connectWaitMs, &app, [&] {
        if (host.readyCount() > 0 || quitting)
            return;
        QString why = host.link(0) ? host.link(0)->connection()->lastErrorText() : QString();
        printLine(stderr,
                  QStringLiteral("rotordeck-sim: broker %1 unreachable after %2 s%3")
                      .arg(brokerUrl.toString())
                      .arg(connectWaitMs / 1000)
                      .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        quit(1);
    });

    host.start();
    return QCoreApplication::exec();
}
