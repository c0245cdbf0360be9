// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackingcontroller.h"

#include "azelpairs.h"
#include "rotatorformat.h"
#include "session.h"

#include "astro/ephemeris.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "model/rotatorgroup.h"
#include "tracking/tracksettings.h"

using tracking::PairTracker;
using tracking::RotatorTracker;

struct TrackingController::Entry
{
    TrackingController::Body body = TrackingController::Body::Sun;
    std::unique_ptr<RotatorTracker> tracker;
};

struct TrackingController::PairEntry
{
    TrackingController::Body body = TrackingController::Body::Sun;
    std::unique_ptr<PairTracker> tracker;
};

TrackingController::TrackingController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::rotatorAboutToBeRemoved, this,
            [this](int, Rotator *rotator) { forget(rotator); });
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // A tracker may end (and be forgotten) while polled: walk a copy.
        QList<RotatorTracker *> trackers;
        for (const auto &[rotator, entry] : m_entries)
            trackers << entry->tracker.get();
        QList<PairTracker *> pairTrackers;
        for (const auto &[rotator, entry] : m_pairEntries)
            pairTrackers << entry->tracker.get();
        for (RotatorTracker *tracker : std::as_const(trackers))
            tracker->poll();
        for (PairTracker *tracker : std::as_const(pairTrackers))
            tracker->poll();
    });
}

TrackingController::~TrackingController() = default;

QString TrackingController::bodyName(Body body)
{
    return body == Body::Sun ? tr("the Sun") : tr("the Moon");
}

QString TrackingController::endText(RotatorTracker::EndReason reason)
{
    using R = RotatorTracker::EndReason;
    switch (reason) {
    case R::None:
        break;
    case R::Stopped:
        return tr("the rotator was stopped");
    case R::OtherClient:
        return tr("another client turned the rotator");
    case R::Overridden:
        return tr("the rotator was turned by hand");
    case R::BrokerDown:
        return tr("the broker is down");
    case R::Stale:
        return tr("the rotator fell silent");
    case R::PositionUnknown:
        return tr("the rotator's position is not known");
    case R::OutOfReach:
        return tr("the target left the rotator's range");
    case R::BelowHorizon:
        return tr("the target went below the horizon");
    case R::Refused:
        return tr("the rotator refused the command");
    case R::NeverRises:
        return tr("the target does not rise in the next hours");
    }
    return {};
}

std::optional<tracking::SkyPosition> TrackingController::position(Body body,
                                                                  const QDateTime &utc) const
{
    const auto station = geo::locatorToPoint(m_session->stationLocator());
    if (!station)
        return std::nullopt;
    const astro::Station where {*station, 0.0};
    const astro::HorizontalPosition p
        = body == Body::Sun ? astro::sunPosition(where, utc) : astro::moonPosition(where, utc);
    return tracking::SkyPosition {p.azimuthDeg, p.elevationDeg};
}

std::optional<tracking::SkyFunction> TrackingController::skyFunction(Body body)
{
    const auto station = geo::locatorToPoint(m_session->stationLocator());
    if (!station) {
        emit notification(NotificationDock::Severity::Warning, tr("Tracking"),
                          tr("Set the station locator first (Settings ▸ Station…): the position "
                             "of %1 depends on it.")
                              .arg(bodyName(body)));
        return std::nullopt;
    }
    const astro::Station where {*station, 0.0};
    return [where, body](const QDateTime &utc) {
        const astro::HorizontalPosition p
            = body == Body::Sun ? astro::sunPosition(where, utc) : astro::moonPosition(where, utc);
        return std::optional<tracking::SkyPosition>({p.azimuthDeg, p.elevationDeg});
    };
}

QList<TrackingController::Preview> TrackingController::preview(const QList<Rotator *> &rotators,
                                                               Body body)
{
    const auto sky = skyFunction(body);
    if (!sky)
        return {};
    QList<Preview> previews;
    for (Rotator *rotator : rotators) {
        RotatorTracker planner(rotator, skyFor(*sky, rotator),
                               tracking::trackSettingsFor(rotator->settings()), m_session->clock());
        Preview preview;
        preview.rotator = rotator;
        preview.refusal = planner.preview();
        preview.plan = planner.plan();
        preview.visible = planner.visibleTrack();
        previews.append(preview);
    }
    return previews;
}

tracking::SkyFunction TrackingController::skyFor(const tracking::SkyFunction &sky,
                                                 const Rotator *rotator) const
{
    const int offsetDeg = m_azimuthOffset ? m_azimuthOffset(rotator) : 0;
    if (offsetDeg == 0)
        return sky;
    return [sky, offsetDeg](const QDateTime &utc) -> std::optional<tracking::SkyPosition> {
        std::optional<tracking::SkyPosition> p = sky(utc);
        if (p)
            p->azimuthDeg = RotatorGroup::memberBearingDeg(p->azimuthDeg, offsetDeg);
        return p;
    };
}

std::optional<TrackingController::Body>
TrackingController::trackedBody(const Rotator *rotator) const
{
    if (const auto it = m_entries.find(rotator);
        it != m_entries.end() && it->second->tracker->state() != RotatorTracker::State::Ended)
        return it->second->body;
    // A pair is keyed by its azimuth unit, which is what the map and the panel show.
    if (const auto it = m_pairEntries.find(rotator);
        it != m_pairEntries.end() && it->second->tracker->state() != PairTracker::State::Ended)
        return it->second->body;
    return std::nullopt;
}

template<typename Tracker>
void TrackingController::watch(Tracker *tracker, Rotator *rotator, Body body, const QString &source,
                               bool parkAfter)
{
    connect(tracker, &Tracker::stateChanged, this,
            [this, rotator, body, source](RotatorTracker::State state) {
                if (state == RotatorTracker::State::Tracking)
                    emit notification(NotificationDock::Severity::Info, source,
                                      tr("Tracking %1.").arg(bodyName(body)));
                else if (state == RotatorTracker::State::WaitingForRise)
                    emit notification(NotificationDock::Severity::Info, source,
                                      tr("Waiting for %1 to rise.").arg(bodyName(body)));
                emit trackingChanged(rotator);
            });
    connect(tracker, &Tracker::ended, this,
            [this, rotator, body, source, parkAfter](RotatorTracker::EndReason reason) {
                emit notification(
                    reason == RotatorTracker::EndReason::Stopped
                        ? NotificationDock::Severity::Info
                        : NotificationDock::Severity::Warning,
                    source, tr("Tracking of %1 ended: %2.").arg(bodyName(body), endText(reason)));
                if (parkAfter)
                    parkAfterTrack(rotator, reason);
                // Not from inside the tracker's own signal.
                QMetaObject::invokeMethod(
                    this, [this, rotator] { forget(rotator); }, Qt::QueuedConnection);
            });
}

int TrackingController::track(const QList<Rotator *> &rotators, Body body)
{
    const auto sky = skyFunction(body);
    return sky ? trackWith(rotators, body, *sky) : 0;
}

int TrackingController::trackWith(const QList<Rotator *> &rotators, Body body,
                                  const tracking::SkyFunction &sky)
{
    int started = 0;
    for (Rotator *rotator : rotators) {
        forget(rotator);
        if (Rotator *elevation = m_pairs ? m_pairs->elevationOf(rotator) : nullptr) {
            started += trackPair(rotator, elevation, body, skyFor(sky, rotator)) ? 1 : 0;
            continue;
        }
        auto entry = std::make_unique<Entry>();
        entry->body = body;
        entry->tracker = std::make_unique<RotatorTracker>(
            rotator, skyFor(sky, rotator), tracking::trackSettingsFor(rotator->settings()),
            m_session->clock());
        RotatorTracker *tracker = entry->tracker.get();
        watch(tracker, rotator, body, m_session->label(rotator), true);
        m_entries[rotator] = std::move(entry);
        if (tracker->start())
            ++started;
        emit trackingChanged(rotator);
    }
    if (!m_entries.empty() || !m_pairEntries.empty())
        m_poll.start();
    return started;
}

void TrackingController::setAzElPairs(const AzElPairs *pairs)
{
    m_pairs = pairs;
}

bool TrackingController::trackPair(Rotator *azimuth, Rotator *elevation, Body body,
                                   const tracking::SkyFunction &sky)
{
    // The elevation unit follows as part of the pair only.
    forget(elevation);
    auto entry = std::make_unique<PairEntry>();
    entry->body = body;
    // The pair follows with its azimuth unit's Tracking settings (Properties ▸ Tracking).
    entry->tracker = std::make_unique<PairTracker>(azimuth, elevation, sky,
                                                   tracking::trackSettingsFor(azimuth->settings()),
                                                   m_session->clock());
    PairTracker *tracker = entry->tracker.get();
    // A pair does not auto-park after its track: parking is each unit's own setting.
    watch(tracker, azimuth, body, m_pairs->label(azimuth), false);
    m_pairEntries[azimuth] = std::move(entry);
    const bool running = tracker->start();
    emit trackingChanged(azimuth);
    return running;
}

const PairTracker *TrackingController::pairTracker(const Rotator *azimuth) const
{
    const auto it = m_pairEntries.find(azimuth);
    if (it == m_pairEntries.end() || it->second->tracker->state() == RotatorTracker::State::Ended)
        return nullptr;
    return it->second->tracker.get();
}

int TrackingController::stopTracking(const QList<Rotator *> &rotators)
{
    int stopped = 0;
    for (Rotator *rotator : rotators) {
        if (const auto pair = m_pairEntries.find(rotator); pair != m_pairEntries.end()) {
            if (pair->second->tracker->state() != RotatorTracker::State::Ended)
                ++stopped;
            pair->second->tracker->stop();
        }
        const auto it = m_entries.find(rotator);
        if (it == m_entries.end())
            continue;
        if (it->second->tracker->state() != RotatorTracker::State::Ended)
            ++stopped;
        it->second->tracker->stop();
    }
    return stopped;
}

const RotatorTracker *TrackingController::tracker(const Rotator *rotator) const
{
    const auto it = m_entries.find(rotator);
    if (it == m_entries.end() || it->second->tracker->state() == RotatorTracker::State::Ended)
        return nullptr;
    return it->second->tracker.get();
}

QString TrackingController::targetName(const Rotator *rotator) const
{
    if (const auto pair = m_pairEntries.find(rotator); pair != m_pairEntries.end()
        && pair->second->tracker->state() != RotatorTracker::State::Ended)
        return pair->second->body == Body::Sun ? tr("Sun") : tr("Moon");
    const auto it = m_entries.find(rotator);
    if (it == m_entries.end() || it->second->tracker->state() == RotatorTracker::State::Ended)
        return {};
    return it->second->body == Body::Sun ? tr("Sun") : tr("Moon");
}

int TrackingController::trackingCount() const
{
    int count = 0;
    for (const auto &[rotator, entry] : m_entries)
        count += entry->tracker->state() != RotatorTracker::State::Ended ? 1 : 0;
    for (const auto &[rotator, entry] : m_pairEntries)
        count += entry->tracker->state() != RotatorTracker::State::Ended ? 1 : 0;
    return count;
}

void TrackingController::parkAfterTrack(Rotator *rotator, RotatorTracker::EndReason reason)
{
    // Only after a track that ended by itself: a stop, a takeover or a lost link leave the
    // antenna where it is.
    using R = RotatorTracker::EndReason;
    if (reason != R::BelowHorizon && reason != R::OutOfReach && reason != R::NeverRises)
        return;
    const RotatorSettings &settings = rotator->settings();
    if (!settings.autoParkAfterMin || !settings.parkBearingDeg
        || rotator->state().link != LinkState::Live)
        return;
    const CommandResult result = rotator->turnToBearing(*settings.parkBearingDeg);
    emit notification(
        result.accepted() ? NotificationDock::Severity::Info : NotificationDock::Severity::Warning,
        m_session->label(rotator),
        result.accepted()
            ? tr("Auto-park after the track: turning to %1°.").arg(*settings.parkBearingDeg)
            : tr("Auto-park after the track refused: %1")
                  .arg(rotatorformat::commandResultText(result)));
}

void TrackingController::forget(Rotator *rotator)
{
    // A pair goes with either of its units.
    for (auto pair = m_pairEntries.begin(); pair != m_pairEntries.end();) {
        PairTracker *tracker = pair->second->tracker.get();
        if (pair->first != rotator && tracker->elevation() != rotator) {
            ++pair;
            continue;
        }
        Rotator *azimuth = tracker->azimuth();
        tracker->disconnect(this);
        pair = m_pairEntries.erase(pair);
        if (m_entries.empty() && m_pairEntries.empty())
            m_poll.stop();
        emit trackingChanged(azimuth);
    }
    const auto it = m_entries.find(rotator);
    if (it == m_entries.end())
        return;
    // Ends quietly: a replaced or removed tracker sends nothing more.
    it->second->tracker->disconnect(this);
    m_entries.erase(it);
    if (m_entries.empty() && m_pairEntries.empty())
        m_poll.stop();
    emit trackingChanged(rotator);
}
