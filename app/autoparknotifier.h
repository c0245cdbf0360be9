// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/notificationdock.h"

#include <QObject>
#include <QTimer>

#include <memory>

class AutoParker;
class Session;

/// Runs auto-park for every rotator of the session (a lib AutoParker polled once a second) and
/// words what it does for the notification dock: the warning a minute before, the park itself
/// (or why it could not go), and a cancelled countdown.
class AutoParkNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoParkNotifier)

public:
    static constexpr int pollIntervalMs = 1000;

    explicit AutoParkNotifier(Session *session, QObject *parent = nullptr);
    ~AutoParkNotifier() override;

    /// The parker (for the panel's countdown and tests).
    [[nodiscard]] AutoParker *parker() const;

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);

private:
    Session *m_session;
    std::unique_ptr<AutoParker> m_parker;
    QTimer m_poll;
};
