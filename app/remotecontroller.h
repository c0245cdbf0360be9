// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remoteserver.h"
#include "settings/appsettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class Clock;
class Rotator;
class Session;

/// Runs the web remote inside the app: one RemoteServer, the same one rotordeck-bridge runs,
/// over the session's own Rotator objects, so a page's commands obey the same pacing, range and
/// stop rules as clicks and show in the traffic log as `web user@address`. Rebuilt when the
/// settings or the set of rotators change; a rotator's label or presets reach pages with its
/// next update without a rebuild.
class RemoteController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteController)

public:
    /// Why the server is not running although it should.
    enum class Problem { None, PortInUse, CannotListen, TlsFilesUnreadable, NoUsers };
    Q_ENUM(Problem)

    /// clock (session expiry, rate limit) must outlive the controller.
    RemoteController(Session *session, const Clock &clock, QObject *parent = nullptr);
    ~RemoteController() override;

    /// The saved settings; applied at the next turn of the event loop.
    void setSettings(const RemoteSettings &settings);
    [[nodiscard]] const RemoteSettings &settings() const { return m_settings; }
    /// `rotordeck --web PORT`: the web remote on for this run, at PORT (loopback unless the
    /// settings allow the network).
    void setPortOverride(std::optional<quint16> port);
    [[nodiscard]] std::optional<quint16> portOverride() const { return m_portOverride; }
    /// What runs: the settings with the command line's override.
    [[nodiscard]] RemoteSettings effectiveSettings() const;

    [[nodiscard]] bool isRunning() const;
    /// "http://127.0.0.1:8088/"; empty while not running.
    [[nodiscard]] QString url() const;
    [[nodiscard]] Problem problem() const { return m_problem; }
    /// The socket's or the file's words for problem().
    [[nodiscard]] QString problemDetail() const { return m_problemDetail; }
    [[nodiscard]] int clientCount() const;
    /// The commands pages sent, oldest first (the last 200).
    [[nodiscard]] const QList<RemoteCommandRecord> &commandLog() const { return m_log; }
    /// The running server, nullptr while off (tests).
    [[nodiscard]] RemoteServer *server() const { return m_server.get(); }
    /// Rebuilds now if anything changed (tests; a timer does it otherwise).
    void applyNow();

signals:
    /// Running state, problem, client count or the command log changed.
    void statusChanged();

private:
    struct Plan
    {
        RemoteSettings settings;
        QList<QPointer<Rotator>> rotators;
        friend bool operator==(const Plan &, const Plan &) = default;
    };
    [[nodiscard]] Plan currentPlan() const;
    void scheduleApply();
    void setProblem(Problem problem, const QString &detail);

    Session *m_session;
    const Clock &m_clock;
    RemoteSettings m_settings;
    std::optional<quint16> m_portOverride;
    std::unique_ptr<RemoteServer> m_server;
    std::optional<Plan> m_applied;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
    QList<RemoteCommandRecord> m_log;
    QTimer m_applyTimer;
};
