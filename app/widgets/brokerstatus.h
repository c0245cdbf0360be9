// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/notificationdock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CredentialStore;
class MqttConnection;
class PasswordPrompt;
class QLabel;
class QStatusBar;
class Session;

/// Every broker's state in the status bar, in the user's language, and what follows from it:
/// one notification per change of state (not per retry), a live "retrying in N s", and a
/// password prompt when a broker refuses the login. The library's English detail is shown only
/// in tooltips (and the log).
class BrokerStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerStatus)

public:
    /// credentials may be null. Prompts are parented to window.
    BrokerStatus(Session *station, QStatusBar *statusBar, CredentialStore *credentials,
                 QWidget *window);
    ~BrokerStatus() override;

    /// The status bar entry of a broker (tests; objectName "brokerStatus").
    [[nodiscard]] QLabel *label(const MqttConnection *connection) const;

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);

private:
    struct Entry
    {
        QLabel *label = nullptr;
        bool problemReported = false;
        QPointer<PasswordPrompt> prompt;
    };

    void watch(MqttConnection *connection);
    void forget(MqttConnection *connection);
    void refresh(const MqttConnection *connection);
    void refreshAll();
    void onError(MqttConnection *connection, int code);
    void askPassword(MqttConnection *connection);

    Session *m_session;
    QStatusBar *m_statusBar;
    QPointer<CredentialStore> m_credentials;
    QWidget *m_window;
    QHash<const MqttConnection *, Entry> m_entries;
    QTimer m_tick; ///< counts "retrying in N s" down while any broker waits to retry
};
