// SPDX-License-Identifier: GPL-3.0-or-later
#include "sunmoonwatch.h"

#include "session.h"

#include "core/clock.h"
#include "geo/maidenhead.h"

#include <cmath>

namespace {
std::optional<astro::Station> stationOf(const Session *session)
{
    if (!session)
        return std::nullopt;
    const auto point = geo::locatorToPoint(session->stationLocator());
    if (!point)
        return std::nullopt;
    return astro::Station {*point, 0.0};
}

QString angle(double deg)
{
    // A real minus sign: "−8°" reads better than "-8°" next to other numbers.
    const long rounded = std::lround(deg);
    return rounded < 0 ? QStringLiteral("−%1°").arg(-rounded) : QStringLiteral("%1°").arg(rounded);
}
QString azimuth(double deg)
{
    return QStringLiteral("%1°").arg(std::lround(deg) % 360);
}
} // namespace

SunMoonWatch::SunMoonWatch(const Clock &clock, Session *session, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_session(session)
{
    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SunMoonWatch::refresh);
    if (session)
        connect(session, &Session::stationChanged, this, &SunMoonWatch::refresh);
    m_timer.start();
    refresh();
}

SunMoonWatch::~SunMoonWatch() = default;

void SunMoonWatch::refresh()
{
    const auto station = stationOf(m_session);
    if (!station) {
        if (m_sky) {
            m_sky.reset();
            emit changed();
        }
        return;
    }
    Sky sky;
    sky.when = m_clock.nowUtc();
    sky.sun = astro::sunPosition(*station, sky.when);
    sky.moon = astro::moonPosition(*station, sky.when);
    m_sky = sky;
    emit changed();
}

std::optional<astro::HorizontalPosition> SunMoonWatch::positionNow(Body body) const
{
    const auto station = stationOf(m_session);
    if (!station)
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    return body == Body::Sun ? astro::sunPosition(*station, now)
                             : astro::moonPosition(*station, now);
}

QString SunMoonWatch::statusText() const
{
    if (!m_sky)
        return {};
    return tr("Sun %1 %2 · Moon %3 %4")
        .arg(azimuth(m_sky->sun.azimuthDeg), angle(m_sky->sun.elevationDeg),
             azimuth(m_sky->moon.azimuthDeg), angle(m_sky->moon.elevationDeg));
}

QString SunMoonWatch::bodyName(Body body)
{
    return body == Body::Sun ? tr("the Sun") : tr("the Moon");
}
