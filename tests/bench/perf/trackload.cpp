// SPDX-License-Identifier: GPL-3.0-or-later
// track-load: N antennas tracking at once in the real main window. A rotordeck-sim child
// process plays N rotators on a private mosquitto; the app's TrackingController makes every
// one follow a target moving 1°/s (the Sun's name and drawing, a faster path) with a 1° dead
// band and a 1 s interval, so each antenna gets a Target about once a second and reports its
// moves. The GUI thread's busy share and the frame times are measured as gui-load does.
#include "benchcommands.h"

#include "mainwindow.h"
#include "session.h"
#include "trackingcontroller.h"
#include "widgets/compassmapwidget.h"

#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/embeddedbroker.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace bench {

namespace {
constexpr double startBearingDeg = 20.0;
constexpr double elevationDeg = 30.0;
} // namespace

int runTrackLoad(const Args &args)
{
    const int count = qMax(1, args.intValue(QStringLiteral("rotators"), 20));
    const int seconds = qMax(5, args.intValue(QStringLiteral("seconds"), 60));
    const double degPerSec = 1.0;
    // build/<dir>/tests/bench/perf/rotordeck-bench -> build/<dir>/app/sim/rotordeck-sim
    const QString simPath
        = args.value(QStringLiteral("sim"),
                     QDir(QCoreApplication::applicationDirPath())
                         .absoluteFilePath(QStringLiteral("../../../app/sim/rotordeck-sim")));
    EmbeddedBroker broker(EmbeddedBroker::Options {});
    if (!broker.startAndWait(10000)) {
        printNote(QStringLiteral("cannot start mosquitto"));
        return 1;
    }
    const QString call = QStringLiteral("TRK");
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(simPath,
              {QStringLiteral("--broker"), broker.tcpUrl().toString(), QStringLiteral("--call"),
               call, QStringLiteral("--count"), QString::number(count), QStringLiteral("--range"),
               QStringLiteral("360"), QStringLiteral("--start-azimuth"), QStringLiteral("0"),
               QStringLiteral("--azimuth"), QString::number(int(startBearingDeg))});
    int ready = 0;
    if (!spinUntil(
            [&] {
                while (sim.canReadLine())
                    ready += sim.readLine().startsWith("ready ") ? 1 : 0;
                return ready >= count;
            },
            30000)) {
        printNote(QStringLiteral("the simulator did not start (%1 of %2 ready; --sim %3)")
                      .arg(ready)
                      .arg(count)
                      .arg(simPath));
        return 1;
    }

    SystemClock clock;
    Session station(clock);
    station.setStationLocator(QStringLiteral("JO70fb"));
    BrokerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = broker.tcpUrl();
    profile.discover = true;
    station.addBroker(profile);
    MainWindow window(&station, MainWindow::Context {});
    window.resize(1600, 1000);
    window.show();
    const auto allLive = [&] {
        if (station.rotatorCount() < count)
            return false;
        for (const Rotator *rotator : station.rotators()) {
            if (rotator->state().link != LinkState::Live || !rotator->state().rawAzimuthDeg)
                return false;
        }
        return true;
    };
    if (!QTest::qWaitForWindowExposed(&window) || !spinUntil(allLive, 30000)) {
        printNote(QStringLiteral("only %1 of %2 rotators are live")
                      .arg(station.rotatorCount())
                      .arg(count));
        return 1;
    }
    window.selectRotatorRow(0);

    // Every antenna follows with a 1° dead band and a 1 s interval (Properties ▸ Tracking).
    QList<Rotator *> rotators = station.rotators();
    int targetsSent = 0;
    for (Rotator *rotator : std::as_const(rotators)) {
        RotatorSettings settings = rotator->settings();
        settings.trackDeadBandDeg = 1;
        settings.trackIntervalSec = 1;
        rotator->setSettings(settings);
        QObject::connect(rotator, &Rotator::commandSent, &window, [&](const QString &command) {
            targetsSent += command == QLatin1String("Target") ? 1 : 0;
        });
    }
    const QDateTime startUtc = clock.nowUtc();
    const tracking::SkyFunction sky = [startUtc, degPerSec](const QDateTime &utc) {
        const double sec = double(startUtc.msecsTo(utc)) / 1000.0;
        return std::optional<tracking::SkyPosition>(
            {std::fmod(startBearingDeg + degPerSec * sec, 360.0), elevationDeg});
    };

    EventTimer timer;
    window.installEventFilter(&timer);
    CompassMapWidget *map = window.compassMap();
    map->installEventFilter(&timer);
    spinUntil([] { return false; }, 500);

    const qint64 pid = QCoreApplication::applicationPid();
    timer.recording = true;
    const qint64 cpu0 = threadCpuUs(pid);
    const qint64 wall0 = nowNs();
    const int started = window.tracking()->trackWith(rotators, TrackingController::Body::Sun, sky);
    spinUntil([] { return false; }, seconds * 1000);
    const int stillTracking = window.tracking()->trackingCount();
    const qint64 cpu1 = threadCpuUs(pid);
    const qint64 wall1 = nowNs();
    timer.recording = false;
    window.tracking()->stopTracking(rotators);
    sim.terminate();
    sim.waitForFinished(5000);

    const double wallSec = double(wall1 - wall0) / 1e9;
    const double busyShare = double(cpu1 - cpu0) * 1000.0 / double(wall1 - wall0);
    const QList<double> frames = timer.durationsMs.value(
        qMakePair(static_cast<QObject *>(&window), QEvent::UpdateRequest));
    const QList<double> mapPaints
        = timer.durationsMs.value(qMakePair(static_cast<QObject *>(map), QEvent::Paint));
    double maxFrame = 0;
    int slow = 0;
    for (const double ms : frames) {
        maxFrame = std::max(maxFrame, ms);
        slow += ms > 16.0 ? 1 : 0;
    }
    printNote(QStringLiteral("track-load: MainWindow 1600x1000 offscreen, %1 simulated rotators "
                             "(rotordeck-sim, faithful 1 s inbound tick) tracking a target "
                             "moving %2°/s for %3 s, dead band 1°, interval 1 s; %4 started, "
                             "%5 still tracking at the end; %6 frames, %7 map paints")
                  .arg(count)
                  .arg(degPerSec)
                  .arg(seconds)
                  .arg(started)
                  .arg(stillTracking)
                  .arg(frames.size())
                  .arg(mapPaints.size()));
    printFigure(QStringLiteral("track-load-targets-per-rotator-per-s"),
                double(targetsSent) / double(count) / wallSec, QStringLiteral("1/s"));
    printFigure(QStringLiteral("track-load-gui-thread-busy"), busyShare * 100.0,
                QStringLiteral("%"));
    printFigure(QStringLiteral("track-load-frame-max"), maxFrame, QStringLiteral("ms"));
    printFigure(QStringLiteral("track-load-frame-p99"), quantile(frames, 0.99),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("track-load-frames-over-16ms"), slow, QStringLiteral("frames"));
    printFigure(QStringLiteral("track-load-map-paint-p99"), quantile(mapPaints, 0.99),
                QStringLiteral("ms"));
    return started == count ? 0 : 1;
}

} // namespace bench
