// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/notificationdock.h"

#include <QObject>
#include <QTimer>

#include <unordered_map>

class MqttConnection;
class Rotator;
class Session;
struct MqttMessage;

/// An external tracker (gpredict, any hamlib rotctld client of the app's rotctld endpoint) that
/// feeds a rotator positions over and over, shown as a tracking mode: "Tracking: rotctld client
/// 127.0.0.1:PORT". It only watches what the app publishes for the client (the command origin
/// says rotctld); it never sends anything and never refuses the client.
///
/// It starts with the client's second position within quietMs, and ends, with a notification,
/// when: the user stops the rotator (the words say the external tracker was stopped and that
/// its next position turns the rotator again until it is disengaged in the program), the
/// client stops it itself, the rotator is turned by this app or another client, the client
/// sends nothing for quietMs, the broker goes down or the unit goes stale.
class ExternalTracking final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalTracking)

public:
    /// Positions a client must send before it counts as tracking.
    static constexpr int feedCount = 2;
    /// A client that sent no position for this long no longer tracks.
    static constexpr qint64 quietMs = 60'000;
    static constexpr int pollIntervalMs = 1000;

    explicit ExternalTracking(Session *session, QObject *parent = nullptr);
    ~ExternalTracking() override;

    /// The rotctld client ("127.0.0.1:50312") that tracks with the rotator; empty when none.
    [[nodiscard]] QString client(const Rotator *rotator) const;

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);
    /// A rotator started or stopped following an external tracker.
    void trackingChanged(Rotator *rotator);

private:
    struct Feed
    {
        Rotator *rotator = nullptr;
        QString client;
        int positions = 0;
        qint64 lastMs = 0;
        bool tracking = false;
        /// Another client's command ends the tracking (while it tracks).
        QMetaObject::Connection otherClient;
    };
    void watch(MqttConnection *connection);
    void onPublished(const MqttConnection *connection, const MqttMessage &message);
    void end(Rotator *rotator, NotificationDock::Severity severity, const QString &why);
    void poll();

    Session *m_session;
    std::unordered_map<const Rotator *, Feed> m_feeds;
    QTimer m_poll;
};
