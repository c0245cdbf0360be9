// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecontroller.h"

#include "applogging.h"
#include "session.h"

#include "model/rotator.h"
#include "remote/remotetls.h"

namespace {

constexpr qsizetype commandLogSize = 200;

} // namespace

RemoteController::RemoteController(Session *session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &RemoteController::applyNow);
    connect(session, &Session::rotatorAdded, this, &RemoteController::scheduleApply);
    connect(session, &Session::rotatorRemoved, this, &RemoteController::scheduleApply);
}

RemoteController::~RemoteController()
{
    // Whoever listens to statusChanged may be half destroyed by now (the main window).
    if (m_server)
        disconnect(m_server.get(), nullptr, this, nullptr);
}

void RemoteController::setSettings(const RemoteSettings &settings)
{
    m_settings = settings;
    scheduleApply();
}

void RemoteController::setPortOverride(std::optional<quint16> port)
{
    m_portOverride = port;
    scheduleApply();
}

RemoteSettings RemoteController::effectiveSettings() const
{
    RemoteSettings s = m_settings;
    if (m_portOverride) {
        s.enabled = true;
        s.port = *m_portOverride;
    }
    return s;
}

bool RemoteController::isRunning() const
{
    return m_server && m_server->isRunning();
}

QString RemoteController::url() const
{
    return m_server ? m_server->url() : QString();
}

int RemoteController::clientCount() const
{
    return m_server ? m_server->clientCount() : 0;
}

void RemoteController::scheduleApply()
{
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

RemoteController::Plan RemoteController::currentPlan() const
{
    Plan plan;
    plan.settings = effectiveSettings();
    QStringList seen;
    for (Rotator *rotator : m_session->rotators()) {
        // Pages know a rotator by CALL/ID: the same address on a second broker is left out.
        const QString id = rotator->address().toString();
        if (seen.contains(id))
            continue;
        seen.append(id);
        plan.rotators.append(rotator);
    }
    return plan;
}

void RemoteController::setProblem(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_problemDetail = detail;
    if (problem != Problem::None)
        qCWarning(lcApp).noquote() << "web remote:" << problem << detail;
}

void RemoteController::applyNow()
{
    m_applyTimer.stop();
    const Plan plan = currentPlan();
    if (m_applied && *m_applied == plan)
        return;
    m_applied = plan;
    if (m_server) {
        m_server.reset();
        setProblem(Problem::None, {});
        emit statusChanged();
    }
    const RemoteSettings &s = plan.settings;
    if (!s.enabled) {
        setProblem(Problem::None, {});
        return;
    }
    if (s.users.isEmpty()) {
        setProblem(Problem::NoUsers, {});
        emit statusChanged();
        return;
    }

    RemoteServer::Options options;
    const QHostAddress listen(s.listenAddress);
    options.listenAddress = (s.allowNetwork || listen.isLoopback()) && !listen.isNull()
        ? listen
        : QHostAddress(QHostAddress::LocalHost);
    options.port = quint16(s.port);
    options.serverVersion = QStringLiteral(ROTORDECK_VERSION);
    for (const RemoteUserSettings &user : s.users) {
        options.users.append({user.name, user.passwordHash,
                              user.control ? remote::Role::Control : remote::Role::View});
    }
    if (!s.tlsCertificateFile.isEmpty()) {
        QString file;
        const auto tls
            = remote::loadTlsConfiguration(s.tlsCertificateFile, s.tlsKeyFile, nullptr, &file);
        if (!tls) {
            setProblem(Problem::TlsFilesUnreadable, file);
            emit statusChanged();
            return;
        }
        options.tls = *tls;
    }

    m_server = std::make_unique<RemoteServer>(options, m_clock);
    for (const QPointer<Rotator> &rotator : plan.rotators) {
        if (rotator)
            m_server->addRotator(rotator);
    }
    connect(m_server.get(), &RemoteServer::clientCountChanged, this,
            &RemoteController::statusChanged);
    connect(m_server.get(), &RemoteServer::commandHandled, this,
            [this](const RemoteCommandRecord &record) {
                m_log.append(record);
                if (m_log.size() > commandLogSize)
                    m_log.remove(0, m_log.size() - commandLogSize);
                emit statusChanged();
            });
    if (!m_server->start()) {
        // The port is the likely culprit; the socket's words tell.
        const bool inUse
            = m_server->errorString().contains(QLatin1String("in use"), Qt::CaseInsensitive);
        setProblem(inUse ? Problem::PortInUse : Problem::CannotListen, m_server->errorString());
        m_server.reset();
    } else {
        setProblem(Problem::None, {});
    }
    emit statusChanged();
}
