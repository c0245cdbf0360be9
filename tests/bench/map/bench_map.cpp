// SPDX-License-Identifier: GPL-3.0-or-later
// Times the compass map at 1000 x 1000 px with 100 beams:
//   render-median                paint with map and beams unchanged (a hover or expose repaint)
//   render-beams-changed-median  paint after one beam moved (the beams are drawn again)
//   reproject-median             from a centre change to the first paint with the new map (the
//                                map is projected and drawn on the widget's worker thread; the
//                                CPU figure is the GUI thread's share)
//   render-no-beams-median       paint with no beams
// Usage: bench-map [repetitions] [last-frame.png]. Wall-clock medians, thread CPU in brackets.
// BENCH_MAP_ONLY=steady|changed|reproject|bare runs one of them (for a profiler).
#include "widgets/compassmapwidget.h"

#include "benchtiming.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

using benchtiming::Samples;
using benchtiming::threadCpuMs;

QList<MapBeam> hundredBeams()
{
    QList<MapBeam> beams;
    for (int i = 0; i < 100; ++i) {
        MapBeam beam;
        beam.id = QStringLiteral("BENCH/%1").arg(i);
        beam.label = QStringLiteral("rotator %1").arg(i);
        beam.colour = QColor::fromHsv((i * 37) % 360, 160, 240);
        beam.bearingDeg = (i * 3.6);
        if (i % 3 == 0)
            beam.targetBearingDeg = (i * 3.6 + 40);
        beam.moving = i % 3 == 0;
        beam.stale = i % 7 == 0;
        beam.selected = i == 5;
        beam.beamWidthDeg = 30 + i % 40;
        beam.startAzimuthDeg = 137;
        beam.maxRotateDeg = 446;
        beams.append(beam);
    }
    return beams;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(3, atoi(argv[1])) : 40;

    CompassMapWidget map;
    map.resize(1000, 1000);
    map.setCentreLocator(QStringLiteral("JO70"));
    map.setRadiusKm(10000);
    map.setGreyLineVisible(true);
    map.setTargetLocator(QStringLiteral("QF56od"));
    map.setBeams(hundredBeams());
    QPixmap target(map.size());

    map.render(&target); // builds the cache and loads the world data once
    const QByteArray only = qgetenv("BENCH_MAP_ONLY");
    auto runs = [&](const char *name) {
        return only.isEmpty() || only == name;
    };
    QElapsedTimer timer;
    // Times prepare() (if any) and the paint after it.
    auto measure = [&](Samples &samples, const std::function<void()> &prepare = {}) {
        const double cpuStart = threadCpuMs();
        timer.start();
        if (prepare)
            prepare();
        map.render(&target);
        samples.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        samples.cpuMs.push_back(threadCpuMs() - cpuStart);
    };

    Samples steady;
    for (int i = 0; i < repetitions && runs("steady"); ++i)
        measure(steady);

    // A telemetry update: one beam moved, so the frame with the beams is drawn again.
    Samples changed;
    QList<MapBeam> beams = hundredBeams();
    for (int i = 0; i < repetitions && runs("changed"); ++i) {
        beams[i % 100].bearingDeg = *beams[i % 100].bearingDeg + 1.0;
        map.setBeams(beams);
        measure(changed);
    }

    const char *const locators[] = {"FN31", "PF95", "JO70", "KP20", "GG66", "BL11"};
    Samples reproject;
    for (int i = 0; i < repetitions && runs("reproject"); ++i) {
        measure(reproject, [&] {
            map.setCentreLocator(QString::fromLatin1(locators[i % 6]));
            while (!map.isMapCurrent())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        });
    }
    if (argc > 2)
        target.save(QString::fromLocal8Bit(argv[2]));

    Samples bare;
    map.setBeams({});
    map.render(&target);
    for (int i = 0; i < repetitions && runs("bare"); ++i)
        measure(bare);

    QTextStream out(stdout);
    auto report = [&](const char *name, const Samples &samples) {
        if (samples.wallMs.empty())
            return;
        out << name << ' ' << QString::number(median(samples.wallMs), 'f', 2) << " ms (cpu "
            << QString::number(median(samples.cpuMs), 'f', 2) << " ms)\n";
    };
    report("render-median", steady);
    report("render-beams-changed-median", changed);
    report("reproject-median", reproject);
    report("render-no-beams-median", bare);
    return 0;
}
