// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommands.h"
#include "rawpublisher.h"

#include <QThread>
#include <QUrl>

#include <cstdio>

namespace bench {

void floodMessage(const QString &call, int rotators, int index, QString *topic, QByteArray *payload)
{
    const int rotator = index % rotators;
    const int round = index / rotators;
    const QString base = call + QLatin1Char('/') + deviceId(rotator) + QLatin1String("/ROT/");
    switch (round % 3) {
    case 0:
        *topic = base + QLatin1String("Azimuth");
        *payload = QByteArray::number(round % 360);
        break;
    case 1:
        *topic = base + QLatin1String("Status");
        *payload = QByteArray::number((round / 3) % 2);
        break;
    default:
        *topic = base + QLatin1String("VoltageValue");
        *payload = QByteArray::number(12.0 + (round % 100) / 100.0, 'f', 2);
        break;
    }
}

namespace {

/// Every intervalMs one Azimuth (and every 5th round a Status) per rotator, for `seconds`: the
/// load of many moving rotators at the firmware's 100 ms-ish rate.
int publishPaced(const QUrl &url, const QString &call, int rotators, int intervalMs, int seconds)
{
    RawPublisher publisher;
    if (!publisher.connectTo(url, QStringLiteral("bench-pub-%1").arg(call))) {
        std::fprintf(stderr, "publish: %s\n", qPrintable(publisher.errorString()));
        return 1;
    }
    std::printf("start %lld\n", static_cast<long long>(nowNs()));
    std::fflush(stdout);
    const qint64 startNs = nowNs();
    const qint64 endNs = startNs + static_cast<qint64>(seconds) * 1000000000LL;
    for (int round = 0; nowNs() < endNs; ++round) {
        for (int r = 0; r < rotators; ++r) {
            const QString base = call + QLatin1Char('/') + deviceId(r) + QLatin1String("/ROT/");
            publisher.queue(base + QLatin1String("Azimuth"),
                            QByteArray::number((round * 2 + r) % 450));
            if (round % 5 == 0)
                publisher.queue(base + QLatin1String("Status"), round % 10 == 0 ? "1" : "0");
        }
        if (!publisher.flush()) {
            std::fprintf(stderr, "publish: %s\n", qPrintable(publisher.errorString()));
            return 1;
        }
        const qint64 nextNs = startNs + static_cast<qint64>(round + 1) * intervalMs * 1000000LL;
        const qint64 waitNs = nextNs - nowNs();
        if (waitNs > 0)
            QThread::usleep(static_cast<unsigned long>(waitNs / 1000));
    }
    publisher.disconnectFromBroker();
    return 0;
}

} // namespace

int runPublish(const Args &args)
{
    const QUrl url(args.value(QStringLiteral("url")));
    const QString call = args.value(QStringLiteral("call"), QStringLiteral("BENCH"));
    const int rotators = qMax(1, args.intValue(QStringLiteral("rotators"), 1000));
    const int messages = qMax(0, args.intValue(QStringLiteral("messages"), 200000));

    const int intervalMs = args.intValue(QStringLiteral("interval-ms"), 0);
    if (intervalMs > 0)
        return publishPaced(url, call, rotators, intervalMs,
                            args.intValue(QStringLiteral("seconds"), 20));

    RawPublisher publisher;
    QString topic;
    QByteArray payload;
    for (int i = 0; i < messages; ++i) {
        floodMessage(call, rotators, i, &topic, &payload);
        publisher.queue(topic, payload);
    }
    if (!publisher.connectTo(url, QStringLiteral("bench-pub-%1").arg(call))) {
        std::fprintf(stderr, "publish: %s\n", qPrintable(publisher.errorString()));
        return 1;
    }
    std::printf("start %lld\n", static_cast<long long>(nowNs()));
    std::fflush(stdout);
    if (!publisher.flush(120000)) {
        std::fprintf(stderr, "publish: %s\n", qPrintable(publisher.errorString()));
        return 1;
    }
    std::printf("sent %lld\n", static_cast<long long>(nowNs()));
    std::fflush(stdout);
    publisher.disconnectFromBroker();
    return 0;
}

} // namespace bench
