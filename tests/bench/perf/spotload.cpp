// SPDX-License-Identifier: GPL-3.0-or-later
// spots-load: the gui-load variant for the DX cluster. A fake cluster node in a child process
// sends N spots a second for S seconds to the real main window (Spots dock raised, spots on
// the map); the GUI thread's busy share and the frame times are measured as gui-load does.
#include "benchcommands.h"

#include "fakeclusternode.h"
#include "mainwindow.h"
#include "models/spotlistmodel.h"
#include "session.h"
#include "spotfeed.h"
#include "widgets/compassmapwidget.h"
#include "widgets/spotsdock.h"

#include "core/clock.h"

#include <QApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace bench {

namespace {
/// A spot line somewhere on the globe with a locator in its comment, so that it has a place on
/// the map; calls and frequencies vary as on a contest weekend.
QByteArray randomSpotLine(QRandomGenerator &random, int index)
{
    static const char *const bands[] = {"1825.0",  "3525.0",  "7010.0",  "10106.0", "14025.0",
                                        "18080.0", "21074.0", "24900.0", "28495.0"};
    const char field1 = char('A' + random.bounded(18));
    const char field2 = char('A' + random.bounded(18));
    const QByteArray locator = QByteArray() + field1 + field2 + char('0' + random.bounded(10))
        + char('0' + random.bounded(10));
    const QByteArray call = "K" + QByteArray::number(index % 10) + "X"
        + QByteArray(1, char('A' + index % 26)) + QByteArray(1, char('A' + (index / 26) % 26))
        + QByteArray(1, char('A' + (index / 676) % 26)); // unique: the hub drops repeats
    return QStringLiteral("DX de OK1RR:%1  %2 %3 tnx            %4Z")
        .arg(QString::fromLatin1(bands[random.bounded(9)]), 10)
        .arg(QString::fromLatin1(call), -12)
        .arg(QString::fromLatin1(locator))
        .arg(
            QStringLiteral("%1").arg(index % 1440 / 60 * 100 + index % 60, 4, 10, QLatin1Char('0')))
        .toLatin1();
}
} // namespace

int runSpotNode(const Args &args)
{
    const int rate = qMax(1, args.intValue(QStringLiteral("rate"), 100));
    const int seconds = qMax(1, args.intValue(QStringLiteral("seconds"), 60));
    FakeClusterNode node;
    if (!node.start())
        return 1;
    std::printf("port %d\n", int(node.port()));
    std::fflush(stdout);
    if (!spinUntil([&] { return !node.logins().isEmpty(); }, 30000))
        return 1;
    QRandomGenerator random(7);
    int sent = 0;
    const qint64 start = nowNs();
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 due = (nowNs() - start) * rate / 1000000000LL;
        for (; sent < due; ++sent)
            node.sendLine(randomSpotLine(random, sent));
    });
    tick.start();
    spinUntil([] { return false; }, seconds * 1000);
    return 0;
}

int runSpotsLoad(const Args &args)
{
    const int rate = qMax(1, args.intValue(QStringLiteral("rate"), 100));
    const int seconds = qMax(1, args.intValue(QStringLiteral("seconds"), 60));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("spot-node"), QStringLiteral("--rate"), QString::number(rate),
                 QStringLiteral("--seconds"), QString::number(seconds)});
    if (!spinUntil([&] { return child.canReadLine(); }, 10000)) {
        printNote(QStringLiteral("the spot node did not start"));
        return 1;
    }
    const quint16 port = quint16(child.readLine().trimmed().split(' ').value(1).toUInt());

    SystemClock clock;
    Session station(clock);
    station.setStationLocator(QStringLiteral("JO70va"));
    MainWindow::Context context;
    context.settings.station.callsign = QStringLiteral("OK1XYZ");
    context.dxCluster = cluster::ClusterNode {QStringLiteral("127.0.0.1"), port};
    MainWindow window(&station, context);
    window.resize(1600, 1000);
    window.show();
    window.spotsDock()->raise();
    if (!QTest::qWaitForWindowExposed(&window)) {
        printNote(QStringLiteral("the window did not show"));
        return 1;
    }
    EventTimer timer;
    window.installEventFilter(&timer);
    CompassMapWidget *map = window.compassMap();
    QWidget *spotView = window.spotsDock()->view()->viewport();
    map->installEventFilter(&timer);
    spotView->installEventFilter(&timer);
    const SpotListModel *model = window.spotFeed()->model();

    // From the login on: the node starts sending then.
    if (!spinUntil([&] { return window.spotFeed()->status() == SpotFeed::Status::Online; },
                   10000)) {
        printNote(QStringLiteral("the window did not log in"));
        return 1;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    timer.recording = true;
    const qint64 cpu0 = threadCpuUs(pid);
    const qint64 wall0 = nowNs();
    spinUntil([&] { return child.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    spinUntil([] { return false; }, 500); // the last batch
    const qint64 cpu1 = threadCpuUs(pid);
    const qint64 wall1 = nowNs();
    timer.recording = false;

    const qint64 received = model->rowCount() ? model->entry(0).serial : 0;
    const double busyShare
        = static_cast<double>(cpu1 - cpu0) * 1000.0 / static_cast<double>(wall1 - wall0);
    const QList<double> frames = timer.durationsMs.value(
        qMakePair(static_cast<QObject *>(&window), QEvent::UpdateRequest));
    const QList<double> mapPaints
        = timer.durationsMs.value(qMakePair(static_cast<QObject *>(map), QEvent::Paint));
    const QList<double> listPaints
        = timer.durationsMs.value(qMakePair(static_cast<QObject *>(spotView), QEvent::Paint));
    printNote(QStringLiteral("spots-load: MainWindow 1600x1000 offscreen, Spots dock raised, %1 "
                             "spots/s for %2 s from a fake node in a child process; %3 spots "
                             "received, %4 listed, %5 frames, %6 map paints, %7 list paints")
                  .arg(rate)
                  .arg(seconds)
                  .arg(received)
                  .arg(model->rowCount())
                  .arg(frames.size())
                  .arg(mapPaints.size())
                  .arg(listPaints.size()));
    double maxFrame = 0;
    int slow = 0;
    for (const double ms : frames) {
        maxFrame = std::max(maxFrame, ms);
        if (ms > 16.0)
            ++slow;
    }
    printFigure(QStringLiteral("spots-load-gui-thread-busy"), busyShare * 100.0,
                QStringLiteral("%"));
    printFigure(QStringLiteral("spots-load-frame-max"), maxFrame, QStringLiteral("ms"));
    printFigure(QStringLiteral("spots-load-frame-p99"), quantile(frames, 0.99),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("spots-load-frames-over-16ms"), slow, QStringLiteral("frames"));
    printFigure(QStringLiteral("spots-load-map-paint-p99"), quantile(mapPaints, 0.99),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("spots-load-list-paint-p99"), quantile(listPaints, 0.99),
                QStringLiteral("ms"));
    return received > 0 ? 0 : 1;
}

} // namespace bench
