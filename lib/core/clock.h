// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

/// Injectable time source. Device-time logic (simulator, staleness, pacing) reads time only
/// through this, so tests can run minutes of device time in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Monotonic milliseconds since an arbitrary start.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    /// Wall-clock time (UTC) matching nowMs(); used for history and logs.
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    [[nodiscard]] qint64 nowMs() const override { return m_timer.elapsed(); }
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};

/// A clock that moves only when told to (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_startUtc(std::move(startUtc))
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    [[nodiscard]] QDateTime nowUtc() const override { return m_startUtc.addMSecs(m_nowMs); }
    void advanceMs(qint64 deltaMs) { m_nowMs += deltaMs; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }

private:
    QDateTime m_startUtc;
    qint64 m_nowMs = 0;
};
