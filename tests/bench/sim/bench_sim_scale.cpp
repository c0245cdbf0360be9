// SPDX-License-Identifier: GPL-3.0-or-later
// bench-sim-scale [--devices N] [--seconds S]: N simulated IP-Rotators (500 by default), each
// with its own MqttConnection, all moving in real time for S seconds (30) against a private
// mosquitto. Prints the CPU this process used (percent of one core, from /proc/self/stat) over
// the moving phase and its peak resident memory (VmHWM from /proc/self/status).
#include "core/clock.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

/// utime + stime of this process in seconds.
double cpuSeconds()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

/// A "Vm…:" value of /proc/self/status in MB.
double statusMb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(qstrlen(key)))
                       .trimmed()
                       .split(' ')
                       .first()
                       .toDouble()
                / 1024.0;
    return 0;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("rotordeck.*.debug=false\nrotordeck.*.info=false"));
    int deviceCount = 500;
    int seconds = 30;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--devices"))
            deviceCount = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = std::max(1, args.at(i + 1).toInt());
    }

    EmbeddedBroker broker(EmbeddedBroker::Options {.websocket = false,
                                                   .mosquittoPath = {},
                                                   .tlsCertFile = {},
                                                   .tlsKeyFile = {},
                                                   .allowAnonymous = true,
                                                   .passwordFile = {},
                                                   .extraConfigLines = {}});
    if (!broker.startAndWait(10000)) {
        std::fprintf(stderr, "bench-sim-scale: %s\n", qPrintable(broker.errorString()));
        return 1;
    }

    SystemClock clock;
    SimulatorHost host(broker.tcpUrl(), clock);
    qint64 publishes = 0;
    for (int i = 0; i < deviceCount; ++i) {
        SimulatedRotatorConfig config;
        config.call = QStringLiteral("BENCH");
        config.id = QString::number(i + 1);
        config.maxRotateDeg = 450;
        config.initialRawDeg = 0;
        config.speedDegPerSec = 4.0; // 440° take longer than the run: all keep moving
        SimulatedRotator *device = host.addDevice(config);
        QObject::connect(device, &SimulatedRotator::publishRequested, &app,
                         [&publishes] { ++publishes; });
    }
    QElapsedTimer wall;
    wall.start();
    host.start();

    // One commanding client, outside the measured devices.
    BrokerProfile profile;
    profile.url = broker.tcpUrl();
    profile.discover = false;
    MqttConnection commander(profile);
    commander.open();

    bool measuring = false;
    double cpuStart = 0;
    qint64 publishesStart = 0;
    QElapsedTimer phase;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!measuring) {
            if (host.readyCount() < deviceCount || !commander.isConnected()) {
                if (wall.elapsed() > 120000) {
                    std::fprintf(stderr, "bench-sim-scale: only %d of %d devices connected\n",
                                 host.readyCount(), deviceCount);
                    QCoreApplication::exit(1);
                }
                return;
            }
            print(QStringLiteral("sim-scale-connect %1 devices in %2 ms")
                      .arg(deviceCount)
                      .arg(wall.elapsed()));
            for (int i = 0; i < deviceCount; ++i)
                commander.publish(QStringLiteral("BENCH/%1/ROT/Target").arg(i + 1), "440");
            measuring = true;
            phase.start();
            cpuStart = cpuSeconds();
            publishesStart = publishes;
            return;
        }
        if (phase.elapsed() < seconds * 1000LL)
            return;
        const double elapsedSec = static_cast<double>(phase.elapsed()) / 1000.0;
        const double cpuPercent = 100.0 * (cpuSeconds() - cpuStart) / elapsedSec;
        int moving = 0;
        for (const SimulatedRotator *device : host.devices())
            moving += device->status() != 0 ? 1 : 0;
        print(QStringLiteral("sim-scale-moving %1 of %2").arg(moving).arg(deviceCount));
        print(QStringLiteral("sim-scale-publishes %1 /s")
                  .arg(static_cast<double>(publishes - publishesStart) / elapsedSec, 0, 'f', 0));
        print(QStringLiteral("sim-scale-cpu %1 %").arg(cpuPercent, 0, 'f', 1));
        print(QStringLiteral("sim-scale-rss %1 MB").arg(statusMb("VmHWM:"), 0, 'f', 1));
        host.stop();
        commander.close();
        QTimer::singleShot(500, &app, [] { QCoreApplication::exit(0); });
        poll.stop();
    });
    poll.start();
    return QCoreApplication::exec();
}
