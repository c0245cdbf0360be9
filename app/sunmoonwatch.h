// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "astro/ephemeris.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class Clock;
class Session;

/// Where the Sun and the Moon are seen from the station, kept fresh every few seconds for the
/// status bar and for "Turn to Sun" / "Turn to Moon". The station is the session's locator;
/// without one there is nothing to say. Time comes from the given clock (tests inject one).
class SunMoonWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SunMoonWatch)

public:
    static constexpr int refreshMs = 5000;

    enum class Body { Sun, Moon };

    struct Sky
    {
        QDateTime when;
        astro::HorizontalPosition sun;
        astro::HorizontalPosition moon;
    };

    /// clock must outlive the watch.
    SunMoonWatch(const Clock &clock, Session *session, QObject *parent = nullptr);
    ~SunMoonWatch() override;

    /// The positions at the last refresh; nullopt without a station locator.
    [[nodiscard]] const std::optional<Sky> &sky() const { return m_sky; }
    /// Computes the positions for the clock's time now (also done by the timer).
    void refresh();
    /// A body's position now (computed afresh), nullopt without a station locator.
    [[nodiscard]] std::optional<astro::HorizontalPosition> positionNow(Body body) const;

    /// "Sun 151° 60° · Moon 212° −8°" for the status bar; empty without a station.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] static QString bodyName(Body body);

signals:
    void changed();

private:
    const Clock &m_clock;
    Session *m_session;
    QTimer m_timer;
    std::optional<Sky> m_sky;
};
