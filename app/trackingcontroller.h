// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/notificationdock.h"

#include "tracking/pairtracker.h"
#include "tracking/rotatortracker.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>

class AzElPairs;
class Rotator;
class Session;

/// Runs the app's tracking: one RotatorTracker per rotator that follows the Sun or the Moon,
/// polled once a second, and words what happens for the notification dock (started, waiting for
/// the rise, ended and why). A rotator follows one target at a time; starting another replaces
/// the first.
class TrackingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingController)

public:
    enum class Body { Sun, Moon };
    Q_ENUM(Body)

    static constexpr int pollIntervalMs = 1000;

    explicit TrackingController(Session *session, QObject *parent = nullptr);
    ~TrackingController() override;

    /// The az/el pairs (may be null): a pair's azimuth unit passed to track() follows with both
    /// units as one antenna (tracking::PairTracker), and stopTracking() of it ends that.
    void setAzElPairs(const AzElPairs *pairs);
    /// Degrees added to the target's azimuth for one rotator: a group member's offset (a stack
    /// whose lower yagi points 10° clockwise follows the Sun 10° clockwise). Read when a track
    /// starts or is previewed; unset or 0 = the target itself.
    using AzimuthOffset = std::function<int(const Rotator *rotator)>;
    void setAzimuthOffset(AzimuthOffset offset) { m_azimuthOffset = std::move(offset); }
    /// What track() would do now for one rotator, without starting it.
    struct Preview
    {
        QPointer<Rotator> rotator;
        /// Why it could not start (NeverRises, PositionUnknown, …); nullopt = it can.
        std::optional<tracking::RotatorTracker::EndReason> refusal;
        tracking::TrackPlan plan;
        /// The visible part of the track in UTC (index i goes with plan.points[i]).
        QList<QPair<QDateTime, tracking::SkyPosition>> visible;
    };

    /// Plans following `body` with each rotator, as track() would, and sends nothing. Empty
    /// (with a notification) when the station locator is not set.
    QList<Preview> preview(const QList<Rotator *> &rotators, Body body);
    /// Where `body` is at a moment, seen from the station; nullopt without a station locator.
    [[nodiscard]] std::optional<tracking::SkyPosition> position(Body body,
                                                                const QDateTime &utc) const;
    /// The body a rotator follows now; nullopt when it does not track.
    [[nodiscard]] std::optional<Body> trackedBody(const Rotator *rotator) const;

    /// Starts following `body` with each rotator (the station locator must be set). Returns how
    /// many started; each refusal is told through notification().
    int track(const QList<Rotator *> &rotators, Body body);
    /// As track(), with `sky` in place of the body's position (still named and drawn as the
    /// body): for benchmarks and tests that need a target moving faster than the sky.
    int trackWith(const QList<Rotator *> &rotators, Body body, const tracking::SkyFunction &sky);
    /// Ends the tracking of these rotators and stops them. Returns how many were tracking.
    int stopTracking(const QList<Rotator *> &rotators);

    /// The pair tracker of a pair's azimuth unit while the pair tracks (nullptr otherwise).
    [[nodiscard]] const tracking::PairTracker *pairTracker(const Rotator *azimuth) const;
    /// The tracker of a rotator while it tracks (nullptr otherwise).
    [[nodiscard]] const tracking::RotatorTracker *tracker(const Rotator *rotator) const;
    /// "Sun", "Moon" for the rotator's target; empty when it does not track.
    [[nodiscard]] QString targetName(const Rotator *rotator) const;
    /// How many rotators track now.
    [[nodiscard]] int trackingCount() const;

    [[nodiscard]] static QString bodyName(Body body);
    /// The reason a tracker ended, in words.
    [[nodiscard]] static QString endText(tracking::RotatorTracker::EndReason reason);

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);
    /// A rotator started or stopped tracking, or its tracker changed state.
    void trackingChanged(Rotator *rotator);

private:
    struct Entry;
    struct PairEntry;
    /// Starts a pair (azimuth unit + its elevation unit) on the target; true when it runs.
    bool trackPair(Rotator *azimuth, Rotator *elevation, Body body,
                   const tracking::SkyFunction &sky);
    /// The body's position from the station; nullopt without a locator (after telling so).
    [[nodiscard]] std::optional<tracking::SkyFunction> skyFunction(Body body);
    /// Tells of a tracker's state and end (notifications, trackingChanged), forgets it when it
    /// ended and, with parkAfter, parks a rotator whose track ended by itself.
    template<typename Tracker>
    void watch(Tracker *tracker, Rotator *rotator, Body body, const QString &source,
               bool parkAfter);
    void forget(Rotator *rotator);
    /// A rotator with auto-park parks when its track ends by itself (set, out of reach).
    void parkAfterTrack(Rotator *rotator, tracking::RotatorTracker::EndReason reason);

    Session *m_session;
    std::unordered_map<const Rotator *, std::unique_ptr<Entry>> m_entries;
    /// Pairs that track, by their azimuth unit.
    std::unordered_map<const Rotator *, std::unique_ptr<PairEntry>> m_pairEntries;
    AzimuthOffset m_azimuthOffset;
    /// sky, turned by the rotator's azimuth offset (sky itself when it has none).
    [[nodiscard]] tracking::SkyFunction skyFor(const tracking::SkyFunction &sky,
                                               const Rotator *rotator) const;
    QPointer<const AzElPairs> m_pairs;
    QTimer m_poll;
};
