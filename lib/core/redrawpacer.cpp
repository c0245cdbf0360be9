// SPDX-License-Identifier: GPL-3.0-or-later
#include "redrawpacer.h"

#include <algorithm>

RedrawPacer::RedrawPacer(int intervalMs, int gatherMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(std::max(0, intervalMs))
    , m_gatherMs(std::clamp(gatherMs, 0, m_intervalMs))
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5 % late, each on its own: pacers that should fire together
    // would then take separate passes of the event loop.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RedrawPacer::fire);
    m_monotonic.start();
}

RedrawPacer::~RedrawPacer() = default;

void RedrawPacer::request()
{
    if (m_timer.isActive())
        return;
    const qint64 nowMs = m_monotonic.elapsed();
    m_nextDueMs = std::max(nowMs + m_gatherMs, m_lastDueMs + (m_intervalMs - m_gatherMs));
    m_timer.start(int(m_nextDueMs - nowMs));
}

void RedrawPacer::fire()
{
    m_lastDueMs = m_nextDueMs;
    emit due();
}
