// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackview.h"

#include "externaltracking.h"

#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/rotatorpanel.h"
#include "widgets/sunmoonlayer.h"

#include "core/clock.h"
#include "model/rotator.h"

#include <QEvent>

#include <algorithm>
#include <cmath>

using tracking::Break;
using tracking::RotatorTracker;
using Body = TrackingController::Body;

namespace {

constexpr double sunRingFraction = 0.9;
constexpr double moonRingFraction = 0.8;

/// The first unwind among breaks, if any.
std::optional<Break> firstUnwind(const QList<Break> &breaks)
{
    const auto it = std::find_if(breaks.cbegin(), breaks.cend(),
                                 [](const Break &b) { return b.kind == Break::Kind::Unwind; });
    return it == breaks.cend() ? std::nullopt : std::optional(*it);
}

/// Index of the plan point at atMs (the track point a break is late for); -1 when none.
qsizetype pointIndex(const tracking::TrackPlan &plan, qint64 atMs)
{
    for (qsizetype i = 0; i < plan.points.size(); ++i) {
        if (plan.points.at(i).atMs == atMs)
            return i;
    }
    return -1;
}

} // namespace

TrackView::TrackView(Session *session, TrackingController *tracking, CompassMapWidget *map,
                     RotatorPanel *panel, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tracking(tracking)
    , m_map(map)
    , m_mapObject(map)
    , m_panel(panel)
    , m_bar(new ConfirmBar(tr("Start"), map))
{
    m_bar->setObjectName(QStringLiteral("trackPlanBar"));
    map->installEventFilter(this);
    connect(m_bar, &ConfirmBar::accepted, this, &TrackView::start);
    connect(m_bar, &ConfirmBar::cancelled, this, &TrackView::cancelProposal);
    connect(tracking, &TrackingController::trackingChanged, this, &TrackView::refresh);
    m_refresh.setInterval(refreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &TrackView::refresh);
    m_refresh.start();
}

TrackView::~TrackView() = default;

QString TrackView::timeText(const QDateTime &utc)
{
    // Local time, as the notifications and the traffic log show it.
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

bool TrackView::propose(const QList<Rotator *> &rotators, Body body)
{
    cancelProposal();
    QList<TrackingController::Preview> previews = m_tracking->preview(rotators, body);
    if (previews.isEmpty())
        return false;
    m_previews = std::move(previews);
    m_proposedBody = body;
    m_proposalWatch = std::make_unique<QObject>();
    QStringList lines {tr("Track %1?").arg(TrackingController::bodyName(body))};
    for (Rotator *rotator : rotators) {
        m_proposed.append(rotator);
        // Any stop drops the question, as it drops a pending long turn.
        connect(rotator, &Rotator::stopRequested, m_proposalWatch.get(),
                [this] { cancelProposal(); });
    }
    for (const TrackingController::Preview &preview : std::as_const(m_previews))
        lines << planText(preview);
    m_bar->ask(lines.join(QLatin1Char('\n')));
    placeBar();
    refresh();
    return true;
}

void TrackView::cancelProposal()
{
    const bool was = isProposing();
    m_proposalWatch.reset();
    m_proposed.clear();
    m_previews.clear();
    m_bar->dismiss();
    if (was)
        refresh();
}

bool TrackView::isProposing() const
{
    return m_proposalWatch != nullptr;
}

void TrackView::start()
{
    QList<Rotator *> rotators;
    for (const QPointer<Rotator> &rotator : std::as_const(m_proposed)) {
        if (rotator)
            rotators.append(rotator);
    }
    const Body body = m_proposedBody;
    cancelProposal();
    if (!rotators.isEmpty())
        m_tracking->track(rotators, body);
}

QString TrackView::planText(const TrackingController::Preview &preview) const
{
    Rotator *rotator = preview.rotator;
    if (!rotator)
        return {};
    const QString label = m_session->label(rotator);
    if (preview.refusal)
        return tr("%1: %2.").arg(label, TrackingController::endText(*preview.refusal));
    if (preview.visible.isEmpty())
        return tr("%1: %2.").arg(
            label, TrackingController::endText(RotatorTracker::EndReason::NeverRises));

    QStringList parts;
    const QDateTime riseUtc = preview.visible.constFirst().first;
    const QDateTime setUtc = preview.visible.constLast().first;
    if (riseUtc <= m_session->clock().nowUtc())
        parts << tr("up now until %1").arg(timeText(setUtc));
    else
        parts << tr("rises at %1, sets at %2").arg(timeText(riseUtc), timeText(setUtc));

    const RotatorState &state = rotator->state();
    const auto &points = preview.plan.points;
    if (state.elevationMode) {
        parts << tr("follows the elevation, %1° at the start")
                     .arg(std::lround(preview.visible.constFirst().second.elevationDeg));
    } else {
        const auto first = std::find_if(points.cbegin(), points.cend(),
                                        [](const auto &p) { return !p.unreachable; });
        if (first == points.cend()) {
            parts << tr("never within the rotator's range");
        } else {
            const qsizetype index = first - points.cbegin();
            const int bearing = int(std::lround(preview.visible.at(index).second.azimuthDeg)) % 360;
            const int raw = int(std::lround(first->rawAzimuthDeg));
            const bool twoCopies = raw + 360 <= state.maxRotateDeg || raw - 360 >= 0;
            if (!twoCopies)
                parts << tr("starts at %1° (raw %2)").arg(bearing).arg(raw);
            else if (raw >= 360)
                parts << tr("starts at %1° on the overlap (raw %2)").arg(bearing).arg(raw);
            else
                parts << tr("starts at %1° on the first turn (raw %2)").arg(bearing).arg(raw);
            // Moving to another copy first can be a long turn: say so before it starts.
            if (preview.plan.startTravelDeg > 180.0)
                parts
                    << tr("a %1° turn to get there").arg(std::lround(preview.plan.startTravelDeg));
            const auto beyond
                = std::find_if(first, points.cend(), [](const auto &p) { return p.unreachable; });
            if (beyond != points.cend())
                parts << tr("out of reach from %1")
                             .arg(timeText(preview.visible.at(beyond - points.cbegin()).first));
        }
    }
    const auto utcOf = [&](qint64 atMs) {
        const qsizetype i = pointIndex(preview.plan, atMs);
        return i >= 0 ? preview.visible.at(i).first : QDateTime();
    };
    if (const auto unwind = firstUnwind(preview.plan.breaks))
        parts << tr("an unwind at %1 cannot be avoided").arg(timeText(utcOf(unwind->atMs)));
    else if (const auto saved = firstUnwind(preview.plan.unplannedBreaks))
        parts << tr("without planning: unwind at %1").arg(timeText(utcOf(saved->atMs)));
    return tr("%1: %2.").arg(label, parts.join(QStringLiteral(", ")));
}

MapSkyTrack TrackView::skyTrack(Body body, const VisibleTrack &visible,
                                const tracking::TrackPlan &plan, const QDateTime &fromUtc,
                                std::optional<double> headingDeg, std::optional<Break> unwind) const
{
    MapSkyTrack track;
    track.id = body == Body::Sun ? QStringLiteral("sun") : QStringLiteral("moon");
    track.colour = body == Body::Sun ? sunmoonlayer::sunFill : sunmoonlayer::moonFill;
    track.ringFraction = body == Body::Sun ? sunRingFraction : moonRingFraction;
    track.headingDeg = headingDeg;
    const bool planned = plan.points.size() == visible.size();
    std::optional<qint64> lastStep;
    std::optional<qint64> lastHour;
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const QDateTime &at = visible.at(i).first;
        if (at < fromUtc)
            continue;
        // Marks on the local clock's ten minutes and full hours.
        const qint64 localMin = (at.toSecsSinceEpoch() + at.toLocalTime().offsetFromUtc()) / 60;
        const qint64 step = localMin / markStepMin;
        const qint64 hour = localMin / 60;
        if (lastStep && *lastStep == step)
            continue;
        MapSkyTrack::Mark mark;
        mark.bearingDeg = visible.at(i).second.azimuthDeg;
        mark.reachable = !planned || !plan.points.at(i).unreachable;
        if (lastHour && *lastHour != hour)
            mark.label = timeText(at);
        lastStep = step;
        lastHour = hour;
        track.marks.append(mark);
    }
    if (unwind) {
        const qsizetype i = pointIndex(plan, unwind->atMs);
        if (i >= 0 && i < visible.size())
            track.unwind
                = MapSkyTrack::Mark {visible.at(i).second.azimuthDeg,
                                     tr("unwind at %1").arg(timeText(visible.at(i).first)), true};
    }
    return track;
}

void TrackView::setExternalTracking(ExternalTracking *external)
{
    m_external = external;
    if (external)
        connect(external, &ExternalTracking::trackingChanged, this, &TrackView::refresh);
    refresh();
}

void TrackView::refresh()
{
    refreshMap();
    refreshPanel();
}

void TrackView::refreshMap()
{
    if (!m_map)
        return;
    QList<MapSkyTrack> tracks;
    const QDateTime nowUtc = m_session->clock().nowUtc();
    if (isProposing()) {
        for (const TrackingController::Preview &preview : std::as_const(m_previews)) {
            if (preview.refusal || preview.visible.isEmpty())
                continue;
            auto unwind = firstUnwind(preview.plan.breaks);
            if (!unwind)
                unwind = firstUnwind(preview.plan.unplannedBreaks);
            tracks << skyTrack(m_proposedBody, preview.visible, preview.plan, nowUtc,
                               preview.visible.constFirst().second.azimuthDeg, unwind);
            break; // one track per target: the same sky for every rotator
        }
    } else {
        const Rotator *primary = m_panel ? m_panel->primary() : nullptr;
        for (const Body body : {Body::Sun, Body::Moon}) {
            // The panel's rotator's track when it follows this target, else the first one's.
            const RotatorTracker *tracker = nullptr;
            if (primary && m_tracking->trackedBody(primary) == body)
                tracker = m_tracking->tracker(primary);
            for (int i = 0; !tracker && i < m_session->rotatorCount(); ++i) {
                const Rotator *rotator = m_session->rotatorAt(i);
                if (m_tracking->trackedBody(rotator) == body)
                    tracker = m_tracking->tracker(rotator);
            }
            if (!tracker)
                continue;
            const auto now = m_tracking->position(body, nowUtc);
            std::optional<Break> unwind = firstUnwind(tracker->plan().breaks);
            if (unwind && unwind->atMs < m_session->clock().nowMs())
                unwind.reset();
            tracks << skyTrack(body, tracker->visibleTrack(), tracker->plan(), nowUtc.addSecs(-60),
                               now ? std::optional(now->azimuthDeg) : std::nullopt, unwind);
        }
    }
    m_map->setSkyTracks(tracks);
}

void TrackView::refreshPanel()
{
    if (!m_panel)
        return;
    const Rotator *rotator = m_panel->primary();
    const RotatorTracker *tracker = rotator ? m_tracking->tracker(rotator) : nullptr;
    const auto body = rotator ? m_tracking->trackedBody(rotator) : std::nullopt;
    if (!tracker || !body || tracker->visibleTrack().isEmpty()) {
        const QString client = rotator && m_external ? m_external->client(rotator) : QString();
        m_panel->setTrackingText(client.isEmpty() ? QString()
                                                  : tr("Tracking: rotctld client %1").arg(client));
        return;
    }
    const QString name = TrackingController::bodyName(*body);
    const auto &visible = tracker->visibleTrack();
    if (tracker->state() == RotatorTracker::State::WaitingForRise)
        m_panel->setTrackingText(
            tr("Waiting for %1 to rise at %2").arg(name, timeText(visible.constFirst().first)));
    else
        m_panel->setTrackingText(
            tr("Tracking %1 until %2").arg(name, timeText(visible.constLast().first)));
}

void TrackView::placeBar()
{
    if (!m_map || !isProposing())
        return;
    constexpr int marginPx = 12;
    const int em = m_map->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int width = std::max(0, std::min(m_map->width() - 2 * marginPx, em * 36));
    const int height
        = m_bar->hasHeightForWidth() ? m_bar->heightForWidth(width) : m_bar->sizeHint().height();
    // At the top, clear of the southern sky where the Sun and the Moon are seen from the north.
    m_bar->setGeometry((m_map->width() - width) / 2, marginPx, width, height);
    m_bar->raise();
}

bool TrackView::eventFilter(QObject *watched, QEvent *event)
{
    // Compared as plain objects: the map's own destructor sends events through this filter, and
    // by then it is no longer a CompassMapWidget that QPointer could cast to.
    if (event->type() == QEvent::Resize && watched == m_mapObject)
        placeBar();
    return QObject::eventFilter(watched, event);
}
