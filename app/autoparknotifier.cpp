// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoparknotifier.h"

#include "rotatorformat.h"
#include "session.h"

#include "model/autoparker.h"
#include "model/rotator.h"

AutoParkNotifier::AutoParkNotifier(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_parker(std::make_unique<AutoParker>(session->clock()))
{
    for (Rotator *rotator : session->rotators())
        m_parker->watch(rotator);
    connect(session, &Session::rotatorAdded, this,
            [this](int, Rotator *rotator) { m_parker->watch(rotator); });
    connect(session, &Session::rotatorAboutToBeRemoved, this,
            [this](int, Rotator *rotator) { m_parker->unwatch(rotator); });

    connect(m_parker.get(), &AutoParker::parkingSoon, this,
            [this](Rotator *rotator, int secondsLeft) {
                const RotatorSettings settings = rotator->settings();
                emit notification(
                    NotificationDock::Severity::Info, m_session->label(rotator),
                    tr("Parks at %1 in %n s: no command for %2 min. Any command cancels it.",
                       nullptr, secondsLeft)
                        .arg(rotatorformat::bearingText(settings.parkBearingDeg))
                        .arg(settings.autoParkAfterMin.value_or(0)));
            });
    connect(m_parker.get(), &AutoParker::parkingCancelled, this, [this](Rotator *rotator) {
        emit notification(NotificationDock::Severity::Info, m_session->label(rotator),
                          tr("Auto-park called off."));
    });
    connect(m_parker.get(), &AutoParker::parkingStarted, this,
            [this](Rotator *rotator, int parkBearingDeg, const CommandResult &result) {
                if (result.accepted())
                    emit notification(NotificationDock::Severity::Info, m_session->label(rotator),
                                      tr("Auto-park: turning to %1.")
                                          .arg(rotatorformat::bearingText(parkBearingDeg)));
                else
                    emit notification(NotificationDock::Severity::Warning,
                                      m_session->label(rotator),
                                      tr("Auto-park to %1 refused: %2")
                                          .arg(rotatorformat::bearingText(parkBearingDeg),
                                               rotatorformat::commandResultText(result)));
            });

    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, m_parker.get(), &AutoParker::poll);
    m_poll.start();
}

AutoParkNotifier::~AutoParkNotifier() = default;

AutoParker *AutoParkNotifier::parker() const
{
    return m_parker.get();
}
