// SPDX-License-Identifier: GPL-3.0-or-later
// Times the country data (targets from issue 14):
//   load-median        read + parse + index Debian's cty.dat            (target < 50 ms)
//   lookups-per-second CountryDatabase::lookup over the ~85,000 real calls of MASTER.SCP
//                      (hamradio-files), 5 % of them in a portable form (target >= 1,000,000)
// Usage: bench-dxcc [seconds]. Wall clock; thread CPU in brackets. Exit code 1 when a target
// is missed.
#include "dxcc/countrydatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

constexpr auto ctyPath = "/usr/share/hamradio-files/cty.dat";
constexpr auto masterScpPath = "/usr/share/hamradio-files/MASTER.SCP";

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QStringList realCalls()
{
    QFile file(QString::fromLatin1(masterScpPath));
    QStringList calls;
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    const QStringList portable {u"/P"_qs, u"/M"_qs, u"/QRP"_qs, u"/6"_qs};
    const QStringList prefixes {u"DL/"_qs, u"EA8/"_qs, u"KH6/"_qs};
    int n = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        ++n;
        if (n % 40 == 0)
            calls.append(line + portable[(n / 40) % portable.size()]);
        else if (n % 40 == 20)
            calls.append(prefixes[(n / 40) % prefixes.size()] + line);
        else
            calls.append(line);
    }
    return calls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 2.0;

    std::vector<double> loadMs;
    std::vector<double> loadCpuMs;
    dxcc::CountryDatabase database;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        const double cpu0 = threadCpuMs();
        timer.start();
        auto loaded = dxcc::CountryDatabase::fromFile(QString::fromLatin1(ctyPath));
        loadMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        loadCpuMs.push_back(threadCpuMs() - cpu0);
        if (!loaded) {
            std::fprintf(stderr, "bench-dxcc: cannot load %s\n", ctyPath);
            return 2;
        }
        database = std::move(*loaded);
    }

    const QStringList calls = realCalls();
    if (calls.isEmpty()) {
        std::fprintf(stderr, "bench-dxcc: cannot read %s\n", masterScpPath);
        return 2;
    }
    qint64 lookups = 0;
    qint64 found = 0;
    QElapsedTimer timer;
    const double cpu0 = threadCpuMs();
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (const QString &call : calls)
            found += database.lookup(call).found() ? 1 : 0;
        lookups += calls.size();
    }
    const double elapsedS = double(timer.nsecsElapsed()) / 1e9;
    const double cpuS = (threadCpuMs() - cpu0) / 1e3;
    const double perSecond = double(lookups) / elapsedS;

    const double load = median(loadMs);
    std::printf("country data %s: %lld entities\n", qPrintable(database.version()),
                static_cast<long long>(database.entityCount()));
    std::printf("load-median          %8.2f ms  [cpu %.2f ms]  target < 50 ms: %s\n", load,
                median(loadCpuMs), load < 50 ? "ok" : "MISSED");
    std::printf("lookups-per-second %10.0f     [cpu %.0f/s]  target >= 1000000: %s  (%lld calls, "
                "%.1f %% found)\n",
                perSecond, double(lookups) / cpuS, perSecond >= 1e6 ? "ok" : "MISSED",
                static_cast<long long>(calls.size()), 100.0 * double(found) / double(lookups));
    return load < 50 && perSecond >= 1e6 ? 0 : 1;
}
