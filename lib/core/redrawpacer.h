// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <limits>

/// Paces the redraws of something fed at telemetry rate (a map, a table, the web remote's
/// updates). After a change, due() follows gatherMs later, so that a round of reports from many
/// rotators is drawn once; and due() comes at most about once per intervalMs.
///
/// The spacing is counted from when the last due() was due, not from when a busy event loop
/// delivered it (else rounds at the update rate drift against the timer until each waits a whole
/// interval), and it is intervalMs - gatherMs: the schedule then falls into step with devices
/// that report every intervalMs instead of keeping whatever phase it started with. Pacers with
/// the same settings fed by the same changes fire together, in one pass of the event loop.
///
/// Real time, not the injectable Clock: this paces work for the screen and the network.
class RedrawPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedrawPacer)

public:
    static constexpr int defaultIntervalMs = 100;
    static constexpr int defaultGatherMs = 15;

    explicit RedrawPacer(QObject *parent = nullptr)
        : RedrawPacer(defaultIntervalMs, defaultGatherMs, parent)
    {
    }
    RedrawPacer(int intervalMs, int gatherMs, QObject *parent = nullptr);
    ~RedrawPacer() override;

    /// Something changed: due() will follow (once, however often this is called before).
    void request();
    /// Drops a pending due(): the caller is redrawing now anyway.
    void cancel() { m_timer.stop(); }
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

signals:
    void due();

private:
    void fire();

    int m_intervalMs;
    int m_gatherMs;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_nextDueMs = 0;
    qint64 m_lastDueMs = std::numeric_limits<int>::min();
};
