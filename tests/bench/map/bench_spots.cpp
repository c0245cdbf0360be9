// SPDX-License-Identifier: GPL-3.0-or-later
// Times the compass map at 1000 x 1000 px with 100 beams and 2,000 DX spots (ages spread over
// an hour, so every fade level is drawn):
//   spots-paint-p99                paint with nothing changed (a hover or expose repaint)
//   spots-paint-beams-changed-p99  paint after one beam moved (the frame is drawn again)
//   spots-paint-spots-changed-p99  paint after a batch of 20 new spots (the spot layer is
//                                  drawn again, then the frame)
// and the medians. Usage: bench-spots [repetitions] [last-frame.png]. Wall-clock ms, this
// thread's CPU time in brackets.
#include "models/spotlistmodel.h"
#include "widgets/compassmapwidget.h"

#include "benchtiming.h"
#include "widgets/spotmaplayer.h"

#include "cluster/spotparser.h"
#include "core/clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = std::min(values.size() - 1, size_t(q * double(values.size())));
    return values[rank];
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
        beam.moving = i % 3 == 0;
        beam.beamWidthDeg = 30 + i % 40;
        beam.startAzimuthDeg = 137;
        beam.maxRotateDeg = 446;
        beams.append(beam);
    }
    return beams;
}

cluster::DxSpot randomSpot(QRandomGenerator &random, int index)
{
    cluster::DxSpot spot;
    spot.spotter = QStringLiteral("OK1RR");
    spot.frequencyKhz = 14000 + random.bounded(350);
    spot.band = cluster::bandOf(spot.frequencyKhz);
    spot.dxCall = QStringLiteral("K%1XYZ").arg(index);
    spot.dxLocator = QStringLiteral("%1%2%3%4")
                         .arg(QChar(u'A' + random.bounded(18)))
                         .arg(QChar(u'A' + random.bounded(18)))
                         .arg(random.bounded(10))
                         .arg(random.bounded(10));
    return spot;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(10, atoi(argv[1])) : 200;

    ManualClock clock;
    SpotListModel model(clock);
    model.setStationLocator(QStringLiteral("JO70"));
    QRandomGenerator random(42);
    for (int i = 0; i < SpotListModel::defaultCapacity; ++i) {
        model.addSpot(randomSpot(random, i));
        clock.advanceMs(1800); // 2,000 spots over an hour
        if (i % 100 == 99)
            model.flush();
    }
    model.flush();

    CompassMapWidget map;
    map.resize(1000, 1000);
    map.setCentreLocator(QStringLiteral("JO70"));
    map.setRadiusKm(20000);
    map.setBeams(hundredBeams());
    SpotMapLayer layer(&model);
    // BENCH_SPOTS_OFF=1: the same map without the spot layer, for comparison.
    if (qEnvironmentVariableIsEmpty("BENCH_SPOTS_OFF"))
        map.setSpotLayer(&layer);
    QPixmap target(map.size());
    map.render(&target); // builds the caches and loads the world data once

    QElapsedTimer timer;
    const auto measure = [&](Samples &samples) {
        const double cpuStart = threadCpuMs();
        timer.start();
        map.render(&target);
        samples.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        samples.cpuMs.push_back(threadCpuMs() - cpuStart);
    };
    Samples steady;
    for (int i = 0; i < repetitions; ++i)
        measure(steady);
    Samples beamsChanged;
    QList<MapBeam> beams = hundredBeams();
    for (int i = 0; i < repetitions; ++i) {
        beams[i % 100].bearingDeg = *beams[i % 100].bearingDeg + 1.0;
        map.setBeams(beams);
        measure(beamsChanged);
    }
    Samples spotsChanged;
    int next = SpotListModel::defaultCapacity;
    for (int i = 0; i < repetitions; ++i) {
        for (int k = 0; k < 20; ++k)
            model.addSpot(randomSpot(random, next++));
        clock.advanceMs(200);
        model.flush();
        measure(spotsChanged);
    }
    if (argc > 2)
        target.save(QString::fromLocal8Bit(argv[2]));

    QTextStream out(stdout);
    out << "# bench-spots: 1000x1000 map, 100 beams, " << layer.drawnCount() << " spots drawn, "
        << repetitions << " repetitions\n";
    const auto report = [&](const char *name, const Samples &samples) {
        for (const auto &[suffix, q] : {std::pair {"-p99 ", 0.99}, std::pair {"-median ", 0.5}}) {
            out << name << suffix << QString::number(quantile(samples.wallMs, q), 'f', 2)
                << " ms (cpu " << QString::number(quantile(samples.cpuMs, q), 'f', 2) << " ms)\n";
        }
    };
    report("spots-paint", steady);
    report("spots-paint-beams-changed", beamsChanged);
    report("spots-paint-spots-changed", spotsChanged);
    return 0;
}
