// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include "mqtt/mqttconnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace bench {

QString deviceId(int index)
{
    static constexpr char symbols[]
        = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int base = int(sizeof(symbols)) - 1;
    Q_ASSERT(index >= 0 && index < base * base);
    return QString(QLatin1Char(symbols[(index / base) % base]))
        + QLatin1Char(symbols[index % base]);
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Args::Args(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")))
            continue;
        const QString key = arg.mid(2);
        if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
            m_values.insert(key, arguments.at(i + 1));
            ++i;
        } else {
            m_values.insert(key, QStringLiteral("1"));
        }
    }
}

QString Args::value(const QString &key, const QString &fallback) const
{
    return m_values.value(key, fallback);
}

int Args::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = m_values.value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool Args::flag(const QString &key) const
{
    return m_values.contains(key);
}

void printFigure(const QString &name, double value, const QString &unit)
{
    std::printf("%s %s %s\n", qPrintable(name), qPrintable(QString::number(value, 'g', 6)),
                qPrintable(unit));
    std::fflush(stdout);
}

void printNote(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(q * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    // A plain event loop checked every 10 ms: the loop sleeps in poll() between events, so the
    // harness itself costs next to nothing (a processEvents() spin showed up in the profile).
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

bool openAndWait(MqttConnection &connection, int timeoutMs)
{
    connection.open();
    return spinUntil([&] { return connection.isConnected(); }, timeoutMs);
}

qint64 residentKiB(qint64 pid, bool peak)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = peak ? QByteArrayLiteral("VmHWM:") : QByteArrayLiteral("VmRSS:");
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 processCpuUs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

QHash<qint64, ThreadCpu> threadCpuNs()
{
    QHash<qint64, ThreadCpu> threads;
    const qint64 pid = QCoreApplication::applicationPid();
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &entry : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(entry + QLatin1String("/schedstat")));
        QFile comm(tasks.filePath(entry + QLatin1String("/comm")));
        if (!stat.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const qint64 tid = entry.toLongLong();
        ThreadCpu thread;
        thread.name
            = tid == pid ? QStringLiteral("main") : QString::fromUtf8(comm.readAll().trimmed());
        thread.cpuNs = stat.readAll().split(' ').value(0).toLongLong();
        threads.insert(tid, thread);
    }
    return threads;
}

QString mosquittoSubPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub"));
}

qint64 threadCpuUs(qint64 tid)
{
    QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    // Fields after the command name "(…)": state is field 3; utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000000LL / sysconf(_SC_CLK_TCK);
}

bool EventTimer::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::Paint && type != QEvent::UpdateRequest) || m_inside.contains(watched))
        return QObject::eventFilter(watched, event);
    m_inside.insert(watched);
    const qint64 t0 = nowNs();
    QCoreApplication::sendEvent(watched, event);
    const double ms = static_cast<double>(nowNs() - t0) / 1e6;
    m_inside.remove(watched);
    if (recording)
        durationsMs[qMakePair(watched, type)] << ms;
    return true;
}

} // namespace bench
