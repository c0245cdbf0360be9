// SPDX-License-Identifier: GPL-3.0-or-later
#include "linknotifier.h"

#include "session.h"

#include "model/rotator.h"

LinkNotifier::LinkNotifier(Session *station, QObject *parent)
    : QObject(parent)
    , m_session(station)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, &LinkNotifier::flush);
    for (Rotator *rotator : station->rotators())
        watch(rotator);
    connect(station, &Session::rotatorAdded, this,
            [this](int, Rotator *rotator) { watch(rotator); });
    connect(station, &Session::rotatorAboutToBeRemoved, this,
            [this](int, Rotator *rotator) { m_links.remove(rotator); });
}

LinkNotifier::~LinkNotifier() = default;

void LinkNotifier::watch(Rotator *rotator)
{
    m_links.insert(rotator, rotator->state().link);
    connect(rotator, &Rotator::stateChanged, this, [this, rotator] { onStateChanged(rotator); });
}

void LinkNotifier::onStateChanged(Rotator *rotator)
{
    const auto it = m_links.find(rotator);
    if (it == m_links.end())
        return;
    const LinkState before = *it;
    const LinkState now = rotator->state().link;
    if (now == before)
        return;
    *it = now;
    if (now == LinkState::Stale)
        m_wentStale.append(rotator);
    else if (before == LinkState::Stale && now == LinkState::Live)
        m_heardAgain.append(rotator);
    else
        return;
    if (!m_gather.isActive())
        m_gather.start();
}

void LinkNotifier::flush()
{
    auto report = [this](QList<QPointer<Rotator>> &rotators, NotificationDock::Severity severity,
                         const QString &one, const auto &many) {
        // A unit that changed back meanwhile, or was removed, is no news.
        QList<Rotator *> current;
        for (const QPointer<Rotator> &rotator : std::as_const(rotators))
            if (rotator && m_links.contains(rotator))
                current.append(rotator);
        rotators.clear();
        if (current.size() > maxNamed) {
            emit notification(severity, QString(), many(int(current.size())));
            return;
        }
        for (Rotator *rotator : std::as_const(current))
            emit notification(severity, m_session->label(rotator), one);
    };
    const int staleSeconds = Rotator::staleAfterMs / 1000;
    report(m_wentStale, NotificationDock::Severity::Warning,
           tr("Silent for %n s; its position may be out of date. Asking it again.", nullptr,
              staleSeconds),
           [](int count) {
               return tr("%n rotators fell silent; their positions may be out of date.", nullptr,
                         count);
           });
    report(m_heardAgain, NotificationDock::Severity::Info, tr("Heard again."),
           [](int count) { return tr("%n rotators were heard again.", nullptr, count); });
}
