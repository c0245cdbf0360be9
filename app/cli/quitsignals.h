// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into the Qt signal quitRequested() on the thread that owns this
/// object, for rotordeck-sim, rotordeck-bridge and the desktop app. The Unix handler only
/// writes the signal number into a socket pair (async-signal-safe); a QSocketNotifier reads it
/// on the event loop. Only one instance may exist at a time; the destructor restores the
/// previous handlers.
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    /// False when the socket pair could not be made, or another instance exists; then no
    /// handler is installed and quitRequested() never comes.
    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

signals:
    /// SIGINT or SIGTERM arrived (signalNumber says which).
    void quitRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
