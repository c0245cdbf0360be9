// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/notificationdock.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

class Rotator;
class Session;
struct OtherClientCommand;

/// Tells the user when another client (a second RotorDeck, the device's MQTT page, a script)
/// turns or stops one of the rotators: "Sent to 120° by another client." The first command is
/// told at once; more from the same rotator within the quiet time (30 s) are gathered into one line
/// at the end of that time, so a tracker sending every second makes a line now and then, not a
/// flood. A retained command on the broker is a warning of its own: the device obeys it again at
/// every reconnect.
class OtherClientNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherClientNotifier)

public:
    /// After a notification, more commands of one rotator are held back this long.
    static constexpr int defaultQuietMs = 30'000;

    explicit OtherClientNotifier(Session *session, QObject *parent = nullptr,
                                 int quietMs = defaultQuietMs);
    ~OtherClientNotifier() override;

    /// The text for one command of another client to `rotator` (also for the panel).
    [[nodiscard]] static QString commandText(const Rotator &rotator,
                                             const OtherClientCommand &command);

signals:
    void notification(NotificationDock::Severity severity, const QString &source,
                      const QString &text);

private:
    struct Held;

    void watch(Rotator *rotator);
    void onCommand(Rotator *rotator, const OtherClientCommand &command);
    void release(const Rotator *rotator);

    Session *m_session;
    int m_quietMs;
    std::unordered_map<const Rotator *, std::unique_ptr<Held>> m_held;
};
