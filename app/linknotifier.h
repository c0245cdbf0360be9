// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/rotatorstate.h"
#include "widgets/notificationdock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Rotator;
class Session;

/// Tells the user when a rotator falls silent (stale) and when it is heard again: one
/// notification per change, gathered per moment so that many units changing together make one
/// line, not hundreds. Broker loss is the broker's news (BrokerStatus) and is not repeated here.
class LinkNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkNotifier)

public:
    /// Changes this close together are reported together.
    static constexpr int gatherMs = 300;
    /// Up to this many changes of one kind are named one by one; more are counted.
    static constexpr int maxNamed = 3;

    explicit LinkNotifier(Session *station, QObject *parent = nullptr);
    ~LinkNotifier() override;

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);

private:
    void watch(Rotator *rotator);
    void onStateChanged(Rotator *rotator);
    void flush();

    Session *m_session;
    QHash<const Rotator *, LinkState> m_links;
    QList<QPointer<Rotator>> m_wentStale;
    QList<QPointer<Rotator>> m_heardAgain;
    QTimer m_gather;
};
