// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommands.h"

#include "mainwindow.h"
#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/historyplot.h"

#include "core/clock.h"
#include "mqtt/embeddedbroker.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <unistd.h>

namespace bench {

int runGuiLoad(const Args &args)
{
    const int count = qMax(1, args.intValue(QStringLiteral("rotators"), 500));
    const int intervalMs = qMax(10, args.intValue(QStringLiteral("interval-ms"), 200));
    const int seconds = qMax(1, args.intValue(QStringLiteral("seconds"), 20));
    const QString call = QStringLiteral("GUI");
    EmbeddedBroker::Options options;
    options.extraConfigLines = {QStringLiteral("max_queued_messages 0")};
    EmbeddedBroker broker(options);
    if (!broker.startAndWait(10000) || !seedRetainedRotators(broker.tcpUrl(), call, count)) {
        printNote(QStringLiteral("cannot start or seed mosquitto"));
        return 1;
    }

    SystemClock clock;
    Session station(clock);
    BrokerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = broker.tcpUrl();
    profile.discover = true;
    station.addBroker(profile);
    MainWindow window(&station, MainWindow::Context {});
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)
        || !spinUntil([&] { return station.rotatorCount() >= count; }, 30000)) {
        printNote(QStringLiteral("only %1 of %2 rotators appeared")
                      .arg(station.rotatorCount())
                      .arg(count));
        return 1;
    }
    window.selectRotatorRow(0);

    EventTimer timer;
    window.installEventFilter(&timer);
    auto *map = window.findChild<CompassMapWidget *>(QStringLiteral("compassMap"));
    auto *rotatorView = window.findChild<QTableView *>(QStringLiteral("rotatorList"));
    map->installEventFilter(&timer);
    rotatorView->viewport()->installEventFilter(&timer);
    QWidget *plot = window.findChild<HistoryPlot *>(QStringLiteral("historyPlot"));
    const QList<QWidget *> plotChildren = plot->findChildren<QWidget *>();
    for (QWidget *w : plotChildren)
        w->installEventFilter(&timer);
    spinUntil([] { return false; }, 500);

    QProcess publisher;
    publisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 pid = QCoreApplication::applicationPid();
    timer.recording = true;
    const qint64 cpu0 = threadCpuUs(pid);
    const qint64 wall0 = nowNs();
    publisher.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("publish"), QStringLiteral("--url"), broker.tcpUrl().toString(),
                     QStringLiteral("--call"), call, QStringLiteral("--rotators"),
                     QString::number(count), QStringLiteral("--interval-ms"),
                     QString::number(intervalMs), QStringLiteral("--seconds"),
                     QString::number(seconds)});
    spinUntil([&] { return publisher.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    const qint64 cpu1 = threadCpuUs(pid);
    const qint64 wall1 = nowNs();
    timer.recording = false;

    const double busyShare
        = static_cast<double>(cpu1 - cpu0) * 1000.0 / static_cast<double>(wall1 - wall0);
    const QList<double> frames = timer.durationsMs.value(
        qMakePair(static_cast<QObject *>(&window), QEvent::UpdateRequest));
    const QList<double> mapPaints
        = timer.durationsMs.value(qMakePair(static_cast<QObject *>(map), QEvent::Paint));
    const QList<double> listPaints = timer.durationsMs.value(
        qMakePair(static_cast<QObject *>(rotatorView->viewport()), QEvent::Paint));
    printNote(QStringLiteral("gui-load: MainWindow 1600x1000 offscreen, %1 discovered rotators, "
                             "Azimuth of each every %2 ms (+Status every 5th round) for %3 s "
                             "from a child process; %4 frames, %5 map paints, %6 list paints")
                  .arg(count)
                  .arg(intervalMs)
                  .arg(seconds)
                  .arg(frames.size())
                  .arg(mapPaints.size())
                  .arg(listPaints.size()));
    printFigure(QStringLiteral("gui-load-gui-thread-busy"), busyShare * 100.0, QStringLiteral("%"));
    printFigure(QStringLiteral("gui-load-frame-p99"), quantile(frames, 0.99), QStringLiteral("ms"));
    printFigure(QStringLiteral("gui-load-frame-median"), quantile(frames, 0.5),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("gui-load-map-paint-p99"), quantile(mapPaints, 0.99),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("gui-load-list-paint-p99"), quantile(listPaints, 0.99),
                QStringLiteral("ms"));
    QList<double> plotPaints;
    for (QWidget *w : plotChildren)
        plotPaints << timer.durationsMs.value(qMakePair(static_cast<QObject *>(w), QEvent::Paint));
    printFigure(QStringLiteral("gui-load-plot-paint-p99"), quantile(plotPaints, 0.99),
                QStringLiteral("ms"));
    QList<double> slowFrames;
    for (double ms : frames) {
        if (ms > 16.0)
            slowFrames << ms;
    }
    printFigure(QStringLiteral("gui-load-frames-over-16ms"), static_cast<double>(slowFrames.size()),
                QStringLiteral("frames"));
    // CPU time misses the GUI thread's waits for Qt's raster worker threads; the wall time
    // spent delivering frames shows them.
    double frameWallMs = 0.0;
    for (double ms : frames)
        frameWallMs += ms;
    printFigure(QStringLiteral("gui-load-frame-wall-share"),
                frameWallMs * 1e6 * 100.0 / static_cast<double>(wall1 - wall0),
                QStringLiteral("%"));
    printFigure(QStringLiteral("gui-load-map-paint-median"), quantile(mapPaints, 0.5),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("gui-load-frames-per-s"),
                static_cast<double>(frames.size()) * 1e9 / static_cast<double>(wall1 - wall0),
                QStringLiteral("1/s"));
    return publisher.exitCode() == 0 ? 0 : 1;
}

} // namespace bench
