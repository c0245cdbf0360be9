// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trackingcontroller.h"

#include "widgets/skytracklayer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class CompassMapWidget;
class ExternalTracking;
class ConfirmBar;
class Rotator;
class RotatorPanel;
class Session;

/// Shows tracking to the user. Before a track starts: its plan, as a question over the compass
/// map (when the target is up, which copy of the bearing each rotator starts on, and when it
/// would otherwise have had to unwind: Start / Cancel), with the target's track on the map.
/// While rotators track: the tracks of the followed targets on the map and the tracking state
/// of the panel's rotator.
class TrackView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackView)

public:
    /// One mark on the map every this many minutes; the full hours are labelled.
    static constexpr int markStepMin = 10;
    /// The map's tracks move on this often while rotators track.
    static constexpr int refreshIntervalMs = 30'000;

    TrackView(Session *session, TrackingController *tracking, CompassMapWidget *map,
              RotatorPanel *panel, QObject *parent = nullptr);
    ~TrackView() override;

    /// Plans following `body` with the rotators and asks. Start tracks them; Cancel, or a stop
    /// of one of them, drops the question. False (and nothing asked) without a station locator.
    bool propose(const QList<Rotator *> &rotators, TrackingController::Body body);
    void cancelProposal();
    [[nodiscard]] bool isProposing() const;
    [[nodiscard]] ConfirmBar *planBar() const { return m_bar; }
    /// The panel's tracking line and the map's tracks, again (the selection changed).
    void refresh();
    /// Rotators fed by a rotctld client are shown as tracking too (not owned; may be null).
    void setExternalTracking(ExternalTracking *external);
    /// The question's words for one rotator.
    [[nodiscard]] QString planText(const TrackingController::Preview &preview) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using VisibleTrack = QList<QPair<QDateTime, tracking::SkyPosition>>;
    void start();
    void placeBar();
    void refreshMap();
    void refreshPanel();
    [[nodiscard]] MapSkyTrack skyTrack(TrackingController::Body body, const VisibleTrack &visible,
                                       const tracking::TrackPlan &plan, const QDateTime &fromUtc,
                                       std::optional<double> headingDeg,
                                       std::optional<tracking::Break> unwind) const;
    [[nodiscard]] static QString timeText(const QDateTime &utc);

    Session *m_session;
    TrackingController *m_tracking;
    QPointer<CompassMapWidget> m_map;
    const QObject *m_mapObject; ///< only for telling the map's events apart in eventFilter()
    QPointer<RotatorPanel> m_panel;
    QPointer<ExternalTracking> m_external;
    ConfirmBar *m_bar;
    QList<QPointer<Rotator>> m_proposed;
    TrackingController::Body m_proposedBody = TrackingController::Body::Sun;
    QList<TrackingController::Preview> m_previews;
    /// Holds the connections that drop the question on a stop, while it is asked.
    std::unique_ptr<QObject> m_proposalWatch;
    QTimer m_refresh;
};
