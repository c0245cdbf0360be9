// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommands.h"
#include "rawpublisher.h"

#include "mainwindow.h"
#include "session.h"
#include "widgets/compassmapwidget.h"

#include "core/clock.h"
#include "mqtt/embeddedbroker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace bench {

bool seedRetainedRotators(const QUrl &url, const QString &call, int count)
{
    RawPublisher device;
    if (!device.connectTo(url, QStringLiteral("bench-seed-%1").arg(call)))
        return false;
    for (int i = 0; i < count; ++i) {
        const QString base = QStringLiteral("%1/%2/ROT/").arg(call, deviceId(i));
        device.queue(base + QLatin1String("Name"), "Bench antenna", true);
        device.queue(base + QLatin1String("StartAzimuth"), QByteArray::number((i * 7) % 360), true);
        device.queue(base + QLatin1String("MaxRotateDegree"), "450", true);
        device.queue(base + QLatin1String("AntRadiationAngle"), "40", true);
        device.queue(base + QLatin1String("Status"), "0", true);
        device.queue(base + QLatin1String("StatusHuman"), "Stopped", true);
        device.queue(base + QLatin1String("Azimuth"), QByteArray::number((i * 13) % 450), true);
        device.queue(base + QLatin1String("VoltageValue"), "13.02", true);
    }
    const bool ok = device.flush();
    device.disconnectFromBroker();
    return ok;
}

namespace {

/// Paint events of one widget, first one timed.
class FirstPaintProbe : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedNs == 0)
            paintedNs = nowNs();
        return QObject::eventFilter(watched, event);
    }
    qint64 paintedNs = 0;
};

QString appPath(const Args &args)
{
    const QString given = args.value(QStringLiteral("app"));
    if (!given.isEmpty())
        return given;
    // build/<dir>/tests/bench/perf/rotordeck-bench -> build/<dir>/app/rotordeck
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../../app/rotordeck"));
}

} // namespace

int runStartup(const Args &args)
{
    const int count = qMax(1, args.intValue(QStringLiteral("rotators"), 100));
    const int repeat = qMax(1, args.intValue(QStringLiteral("repeat"), 5));
    const QString call = QStringLiteral("STU");
    EmbeddedBroker broker;
    if (!broker.startAndWait(10000) || mosquittoSubPath().isEmpty()) {
        printNote(QStringLiteral("cannot start mosquitto / no mosquitto_sub"));
        return 1;
    }
    if (!seedRetainedRotators(broker.tcpUrl(), call, count)) {
        printNote(QStringLiteral("cannot seed the retained rotators"));
        return 1;
    }

    // 1. The real program: process start -> its `get` probes on the broker (they go out from
    //    the GUI thread once the event loop runs, i.e. after window.show()), and memory.
    const QString program = appPath(args);
    QList<double> firstGetMs;
    QList<double> allGetsMs;
    QList<double> rssMiB;
    if (QFileInfo(program).isExecutable()) {
        for (int run = 0; run < repeat; ++run) {
            QTemporaryDir dir;
            QProcess spy;
            spy.start(QStringLiteral("stdbuf"),
                      {QStringLiteral("-oL"), mosquittoSubPath(), QStringLiteral("-h"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       QString::number(broker.tcpPort()), QStringLiteral("-t"),
                       call + QLatin1String("/+/ROT/get"), QStringLiteral("-F"),
                       QStringLiteral("%U %t")});
            const QString probe = call + QLatin1String("/probe/ROT/get");
            RawPublisher prober;
            prober.connectTo(broker.tcpUrl(), QStringLiteral("bench-probe"));
            QByteArray seen;
            const bool spyReady = spinUntil(
                [&] {
                    prober.publish(probe, QByteArray());
                    QTest::qWait(50);
                    seen += spy.readAllStandardOutput();
                    return seen.contains(probe.toUtf8());
                },
                20000);
            prober.disconnectFromBroker();
            if (!spyReady) {
                printNote(QStringLiteral("get spy did not start"));
                return 1;
            }
            seen.clear();

            QStringList arguments {QStringLiteral("--broker"), broker.tcpUrl().toString(),
                                   QStringLiteral("--settings"),
                                   dir.filePath(QStringLiteral("bench.ini"))};
            for (int i = 0; i < count; ++i)
                arguments << QStringLiteral("--rotator")
                          << QStringLiteral("%1/%2").arg(call, deviceId(i));
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            app.setProcessEnvironment(env);
            app.setProcessChannelMode(QProcess::MergedChannels);
            const qint64 startNs = nowNs();
            app.start(program, arguments);
            QList<qint64> getNs;
            spinUntil(
                [&] {
                    seen += spy.readAllStandardOutput();
                    qsizetype nl;
                    while ((nl = seen.indexOf('\n')) >= 0) {
                        const QList<QByteArray> secNs
                            = seen.left(nl).split(' ').value(0).split('.');
                        seen.remove(0, nl + 1);
                        getNs << secNs.value(0).toLongLong() * 1000000000LL
                                + secNs.value(1).leftJustified(9, '0').left(9).toLongLong();
                    }
                    return getNs.size() >= count || app.state() == QProcess::NotRunning;
                },
                30000);
            if (getNs.size() < count) {
                printNote(QStringLiteral("rotordeck sent %1 of %2 gets; output: %3")
                              .arg(getNs.size())
                              .arg(count)
                              .arg(QString::fromLocal8Bit(app.readAll().left(2000))));
                app.kill();
                app.waitForFinished(3000);
                return 1;
            }
            QTest::qWait(2000); // let the window settle before reading memory
            rssMiB << static_cast<double>(residentKiB(app.processId())) / 1024.0;
            firstGetMs << static_cast<double>(getNs.first() - startNs) / 1e6;
            allGetsMs << static_cast<double>(getNs.last() - startNs) / 1e6;
            app.terminate();
            if (!app.waitForFinished(5000)) {
                app.kill();
                app.waitForFinished(3000);
            }
            spy.terminate();
            spy.waitForFinished(2000);
        }
        printNote(QStringLiteral("startup: rotordeck --broker URL --rotator x%1 (retained topics "
                                 "of %1 rotators), offscreen; start -> first/last `get` seen by "
                                 "mosquitto_sub; RSS 2 s later; median of %2")
                      .arg(count)
                      .arg(repeat));
        printFigure(QStringLiteral("startup-process-to-first-get"), quantile(firstGetMs, 0.5),
                    QStringLiteral("ms"));
        printFigure(QStringLiteral("startup-process-to-all-gets"), quantile(allGetsMs, 0.5),
                    QStringLiteral("ms"));
        printFigure(QStringLiteral("startup-rss-%1-rotators").arg(count), quantile(rssMiB, 0.5),
                    QStringLiteral("MiB"));
    } else {
        printNote(QStringLiteral("%1 not built: process figures skipped").arg(program));
    }

    // 2. In-process, widget level: Session + MainWindow construction -> first paint of the map.
    QList<double> firstPaintMs;
    for (int run = 0; run < repeat; ++run) {
        SystemClock clock;
        const qint64 t0 = nowNs();
        Session station(clock);
        BrokerProfile profile;
        profile.name = QStringLiteral("bench");
        profile.url = broker.tcpUrl();
        profile.discover = false;
        for (int i = 0; i < count; ++i) {
            RotatorSettings rotator;
            rotator.brokerName = profile.name;
            rotator.address = RotatorAddress {call, QString::number(i)};
            station.addRotator(rotator);
        }
        station.addBroker(profile);
        MainWindow::Context context;
        MainWindow window(&station, std::move(context));
        FirstPaintProbe probe;
        window.findChild<CompassMapWidget *>(QStringLiteral("compassMap"))
            ->installEventFilter(&probe);
        window.show();
        spinUntil([&] { return probe.paintedNs != 0; }, 10000);
        firstPaintMs << static_cast<double>(probe.paintedNs - t0) / 1e6;
    }
    printFigure(QStringLiteral("startup-mainwindow-to-first-map-paint"),
                quantile(firstPaintMs, 0.5), QStringLiteral("ms"));
    return 0;
}

} // namespace bench
