// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class MqttConnection;

/// Small helpers shared by the rotordeck-bench subcommands.
namespace bench {

/// Wall-clock time (CLOCK_REALTIME) in nanoseconds: comparable across processes on this machine.
[[nodiscard]] qint64 nowNs();
/// "--key value" / "--flag" arguments after the subcommand.
class Args
{
public:
    explicit Args(const QStringList &arguments);
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] int intValue(const QString &key, int fallback) const;
    [[nodiscard]] bool flag(const QString &key) const;

private:
    QHash<QString, QString> m_values;
};

/// The NET_ID of bench device number index (0..3843): two characters from 0-9, A-Z, a-z, as
/// the firmware allows (NET_ID is at most 2 characters; the app ignores longer ones).
[[nodiscard]] QString deviceId(int index);
/// Prints one figure line `name value unit` (stdout, flushed).
void printFigure(const QString &name, double value, const QString &unit);
/// Prints a comment line (stdout, starts with '#').
void printNote(const QString &text);
/// The q-quantile (0..1) of values (nearest rank); 0 for an empty list.
[[nodiscard]] double quantile(QList<double> values, double q);
/// Runs the event loop until done() or timeoutMs passed; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
/// Opens the connection and waits until connected; false on timeout.
bool openAndWait(MqttConnection &connection, int timeoutMs = 10000);
/// Resident and peak resident memory of a process in KiB (VmRSS, VmHWM); -1 when unknown.
[[nodiscard]] qint64 residentKiB(qint64 pid, bool peak = false);
/// User + system CPU time of this process so far, microseconds.
[[nodiscard]] qint64 processCpuUs();
/// CPU time so far of each live thread of this process, nanoseconds, by thread id
/// (/proc/self/task/<tid>/schedstat); names from .../comm, the main thread is "main".
struct ThreadCpu
{
    QString name;
    qint64 cpuNs = 0;
};
[[nodiscard]] QHash<qint64, ThreadCpu> threadCpuNs();
/// CPU time (user + system) of one thread of this process, microseconds (-1 unknown).
[[nodiscard]] qint64 threadCpuUs(qint64 tid);

/// Times the delivery of paint and update-request events to chosen objects: it sends the event
/// again itself (the inner delivery passes through this filter untouched and then through every
/// other filter, e.g. a scroll area's viewport filter) and stops the outer delivery.
class EventTimer : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool recording = false;
    QHash<QPair<QObject *, QEvent::Type>, QList<double>> durationsMs;

private:
    QSet<QObject *> m_inside;
};

/// Absolute path of the mosquitto_sub client (PATH), empty when missing.
[[nodiscard]] QString mosquittoSubPath();

} // namespace bench
