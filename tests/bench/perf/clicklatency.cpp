// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommands.h"
#include "rawpublisher.h"

#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "widgets/compassmapwidget.h"

#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace bench {

/// MainWindow-free: a CompassMapWidget (offscreen) whose bearingRequested goes to
/// Rotator::turnToBearing as the window routes it; a separate mosquitto_sub process timestamps
/// each Target message (%U, CLOCK_REALTIME ns). One fresh rotator per click respects the
/// device's 1 s pacing without waiting for it.
int runClickLatency(const Args &args)
{
    const int measured = qMax(1, args.intValue(QStringLiteral("clicks"), 200));
    // The first clicks after the window appears are timed apart ("cold"): they met a stall of
    // up to ~0.5 s on this machine that steady-state clicks never show.
    const int cold = qMax(0, args.intValue(QStringLiteral("cold-clicks"), 10));
    const int clicks = measured + cold;
    const QString call = QStringLiteral("CLK");
    EmbeddedBroker broker;
    if (!broker.startAndWait(10000) || mosquittoSubPath().isEmpty()) {
        printNote(QStringLiteral("cannot start mosquitto / no mosquitto_sub: %1")
                      .arg(broker.errorString()));
        return 1;
    }

    BrokerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = broker.tcpUrl();
    profile.discover = true;
    SystemClock clock;
    MqttConnection connection(profile);
    Fleet fleet(&connection, clock);
    fleet.setDiscoveryEnabled(true);
    if (!openAndWait(connection)) {
        printNote(QStringLiteral("cannot connect"));
        return 1;
    }

    // The devices: stopped at raw 0, start azimuth 0, 360° range. Retained so that the order of
    // subscribe and publish does not matter; a live Azimuth after it makes each one Live.
    RawPublisher device;
    if (!device.connectTo(broker.tcpUrl(), QStringLiteral("bench-devices"))) {
        printNote(device.errorString());
        return 1;
    }
    for (int i = 0; i < clicks; ++i) {
        const QString base = QStringLiteral("%1/%2/ROT/").arg(call, deviceId(i));
        device.queue(base + QLatin1String("StartAzimuth"), "0", true);
        device.queue(base + QLatin1String("MaxRotateDegree"), "360", true);
        device.queue(base + QLatin1String("Status"), "0", true);
        device.queue(base + QLatin1String("AzimuthStop"), "0");
        device.queue(base + QLatin1String("Azimuth"), "0");
    }
    device.flush();
    const bool known = spinUntil(
        [&] {
            if (fleet.rotators().size() < clicks)
                return false;
            for (const Rotator *r : fleet.rotators()) {
                if (!r->state().rawAzimuthDeg)
                    return false;
            }
            return true;
        },
        20000);
    if (!known) {
        printNote(QStringLiteral("only %1 rotators known").arg(fleet.rotators().size()));
        return 1;
    }

    QProcess spy;
    spy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    spy.start(QStringLiteral("stdbuf"),
              {QStringLiteral("-oL"), mosquittoSubPath(), QStringLiteral("-h"),
               QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(broker.tcpPort()),
               QStringLiteral("-t"), call + QLatin1String("/+/ROT/Target"), QStringLiteral("-F"),
               QStringLiteral("%U %t")});
    QHash<QString, qint64> receivedNs;
    QByteArray buffer;
    auto readSpy = [&] {
        buffer += spy.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = buffer.left(nl).split(' ');
            buffer.remove(0, nl + 1);
            if (parts.size() < 2)
                continue;
            const QList<QByteArray> secNs = parts.at(0).split('.');
            const qint64 ns = secNs.value(0).toLongLong() * 1000000000LL
                + secNs.value(1).leftJustified(9, '0').left(9).toLongLong();
            receivedNs.insert(QString::fromUtf8(parts.at(1)), ns);
        }
    };
    // Ready when a probe Target comes back through it.
    const QString probe = call + QLatin1String("/probe/ROT/Target");
    const bool spyReady = spinUntil(
        [&] {
            device.publish(probe, "1");
            QTest::qWait(50);
            readSpy();
            return receivedNs.contains(probe);
        },
        20000);
    if (!spyReady) {
        printNote(QStringLiteral("the Target spy did not start"));
        return 1;
    }

    CompassMapWidget map;
    map.resize(800, 800);
    map.show();
    if (!QTest::qWaitForWindowExposed(&map)) {
        printNote(QStringLiteral("map not exposed"));
        return 1;
    }
    spinUntil([] { return false; }, args.intValue(QStringLiteral("settle-ms"), 1000));
    QPointer<Rotator> current;
    QObject::connect(&map, &CompassMapWidget::bearingRequested, &map, [&](double bearingDeg) {
        if (current)
            current->turnToBearing(bearingDeg);
    });

    QHash<QString, qint64> clickNs;
    QHash<QString, int> clickIndex;
    const QList<Rotator *> rotators = fleet.rotators();
    int refused = 0;
    for (int i = 0; i < clicks; ++i) {
        current = rotators.at(i);
        const double bearingDeg = 20.0 + (i * 37) % 320;
        const QPoint point = map.pointForBearing(bearingDeg, 0.7).toPoint();
        QSignalSpy refusedSpy(current.data(), &Rotator::commandRefused);
        const qint64 t0 = nowNs();
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, point);
        clickNs.insert(current->address().topic(u"Target"), t0);
        clickIndex.insert(current->address().topic(u"Target"), i);
        refused += static_cast<int>(refusedSpy.count());
        QTest::qWait(20);
        readSpy();
    }
    spinUntil(
        [&] {
            readSpy();
            for (auto it = clickNs.cbegin(); it != clickNs.cend(); ++it) {
                if (!receivedNs.contains(it.key()))
                    return false;
            }
            return true;
        },
        10000);
    spy.terminate();
    spy.waitForFinished(2000);

    QList<double> latenciesMs;
    QList<double> coldMs;
    QStringList slowest;
    for (auto it = clickNs.cbegin(); it != clickNs.cend(); ++it) {
        if (!receivedNs.contains(it.key()))
            continue;
        const double ms = static_cast<double>(receivedNs.value(it.key()) - it.value()) / 1e6;
        if (clickIndex.value(it.key()) < cold) {
            coldMs << ms;
            continue;
        }
        latenciesMs << ms;
        if (ms > 5.0)
            slowest
                << QStringLiteral("%1: %2 ms").arg(it.key().section(u'/', 1, 1)).arg(ms, 0, 'f', 1);
    }
    if (!slowest.isEmpty())
        printNote(QStringLiteral("clicks over 5 ms (click index: latency): ")
                  + slowest.join(u", "));
    printNote(QStringLiteral("click-latency: %1 clicks, %2 Target messages seen by a separate "
                             "mosquitto_sub, %3 refused; CompassMapWidget offscreen, no MainWindow")
                  .arg(measured)
                  .arg(latenciesMs.size())
                  .arg(refused));
    printFigure(QStringLiteral("click-latency-median"), quantile(latenciesMs, 0.5),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("click-latency-p99"), quantile(latenciesMs, 0.99),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("click-latency-max"), quantile(latenciesMs, 1.0),
                QStringLiteral("ms"));
    printFigure(QStringLiteral("click-latency-cold-max"), quantile(coldMs, 1.0),
                QStringLiteral("ms"));
    return latenciesMs.size() == measured ? 0 : 1;
}

} // namespace bench
