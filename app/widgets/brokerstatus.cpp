// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerstatus.h"

#include "dialogs/passwordprompt.h"
#include "mqtt/mqttconnection.h"
#include "rotatorformat.h"
#include "session.h"
#include "settings/credentialstore.h"

#include <QLabel>
#include <QStatusBar>

namespace {

constexpr int tickMs = 1000;

NotificationDock::Severity severityOf(MqttConnection::Error error)
{
    switch (error) {
    case MqttConnection::Error::AuthFailed:
    case MqttConnection::Error::BrokerLost:
    case MqttConnection::Error::InvalidUrl:
    case MqttConnection::Error::TlsFailed:
        return NotificationDock::Severity::Error;
    default:
        return NotificationDock::Severity::Warning;
    }
}

bool isTrying(MqttConnection::State state)
{
    return state == MqttConnection::State::Connecting
        || state == MqttConnection::State::Reconnecting;
}

} // namespace

BrokerStatus::BrokerStatus(Session *station, QStatusBar *statusBar, CredentialStore *credentials,
                           QWidget *window)
    : QObject(window)
    , m_session(station)
    , m_statusBar(statusBar)
    , m_credentials(credentials)
    , m_window(window)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &BrokerStatus::refreshAll);
    const QList<MqttConnection *> connections = station->connections();
    for (MqttConnection *connection : connections)
        watch(connection);
    connect(station, &Session::brokerAdded, this, &BrokerStatus::watch);
    connect(station, &Session::brokerAboutToBeRemoved, this, &BrokerStatus::forget);
}

BrokerStatus::~BrokerStatus() = default;

QLabel *BrokerStatus::label(const MqttConnection *connection) const
{
    return m_entries.value(connection).label;
}

void BrokerStatus::watch(MqttConnection *connection)
{
    Entry entry;
    entry.label = new QLabel(m_statusBar);
    entry.label->setObjectName(QStringLiteral("brokerStatus"));
    entry.label->setTextFormat(Qt::RichText);
    m_statusBar->addPermanentWidget(entry.label);
    m_entries.insert(connection, entry);
    connect(connection, &MqttConnection::stateChanged, this, [this, connection] {
        Entry &e = m_entries[connection];
        if (connection->isConnected() && e.problemReported) {
            e.problemReported = false;
            emit notification(NotificationDock::Severity::Info, Session::brokerLabel(connection),
                              tr("Connected again."));
        }
        refresh(connection);
    });
    connect(connection, &MqttConnection::errorOccurred, this,
            [this, connection](MqttConnection::Error code) { onError(connection, int(code)); });
    refresh(connection);
}

void BrokerStatus::forget(MqttConnection *connection)
{
    Entry entry = m_entries.take(connection);
    delete entry.label;
    if (entry.prompt)
        entry.prompt->close();
}

void BrokerStatus::onError(MqttConnection *connection, int code)
{
    const auto error = MqttConnection::Error(code);
    // The library signals a reason only when it changes, so a broker that keeps refusing is
    // one notification, not one per retry.
    m_entries[connection].problemReported = true;
    emit notification(severityOf(error), Session::brokerLabel(connection),
                      rotatorformat::brokerErrorText(error));
    refresh(connection);
    if (error == MqttConnection::Error::AuthFailed)
        askPassword(connection);
}

void BrokerStatus::askPassword(MqttConnection *connection)
{
    Entry &entry = m_entries[connection];
    if (entry.prompt) {
        entry.prompt->raise();
        return;
    }
    const QString name = Session::brokerLabel(connection);
    auto *prompt
        = new PasswordPrompt(name, connection->profile().username, m_credentials.data(), m_window);
    entry.prompt = prompt;
    connect(prompt, &PasswordPrompt::passwordEntered, this,
            [this, connection, name](const QString &password, bool save) {
                if (!m_entries.contains(connection))
                    return; // the broker was removed meanwhile
                connection->setPassword(password);
                connection->open();
                if (!save || !m_credentials)
                    return;
                const QString key = CredentialStore::brokerPasswordKey(connection->profile().name);
                m_credentials->writePassword(
                    key, password, [guard = QPointer(this), name](bool ok, const QString &why) {
                        if (!guard || ok)
                            return;
                        emit guard->notification(
                            NotificationDock::Severity::Warning, name,
                            tr("The password could not be saved in the keyring (%1); it is "
                               "used for this session only.")
                                .arg(why));
                    });
            });
    prompt->show();
}

void BrokerStatus::refreshAll()
{
    bool waiting = false;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        refresh(it.key());
        waiting = waiting || isTrying(it.key()->state());
    }
    if (!waiting)
        m_tick.stop();
}

void BrokerStatus::refresh(const MqttConnection *connection)
{
    QLabel *label = m_entries.value(connection).label;
    if (!label)
        return;
    const MqttConnection::State state = connection->state();
    const int retryMs = connection->msUntilRetry();
    const QString text = rotatorformat::brokerStatusText(state, connection->lastError(), retryMs);
    label->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2: %3")
                       .arg(rotatorformat::brokerStateColour(state).name(),
                            Session::brokerLabel(connection).toHtmlEscaped(),
                            text.toHtmlEscaped()));
    QString tip
        = tr("%1 (%2)").arg(Session::brokerLabel(connection), connection->profile().url.toString());
    if (state != MqttConnection::State::Connected && !connection->lastErrorText().isEmpty())
        tip += QLatin1Char('\n') + connection->lastErrorText();
    label->setToolTip(tip);
    // A retry is scheduled just after the error is signalled: tick while trying at all.
    if (isTrying(state) && !m_tick.isActive())
        m_tick.start();
}
