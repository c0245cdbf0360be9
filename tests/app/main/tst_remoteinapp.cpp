// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/remotedialog.h"
#include "mainwindow.h"
#include "models/trafficlogmodel.h"
#include "remotecontroller.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "remote/passwordhash.h"
#include "settings/settingsstore.h"
#include "sim/simulatorhost.h"

#include "pageclient.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr int timeoutMs = 20000;

quint16 freeTcpPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

/// Issue 18 in the app: `rotordeck --web PORT` serves the web remote over the app's own
/// rotators with the accounts of Settings ▸ Web Remote. A page's turn reaches the real broker
/// as a Target, the traffic log names the page's user and address, the dialog keeps only
/// password hashes and warns before the network.
class TestRemoteInApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageSeesAndTurnsTheAppsRotator();
    void dialogKeepsOnlyHashes();
    void dialogWarnsBeforeTheNetwork();
    void offWithoutAccountsOrPort();

private:
    [[nodiscard]] Rotator *rotator() const { return m_session->rotatorAt(0); }

    BrokerFixture m_broker;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MqttConnection> m_spy;
    std::unique_ptr<MainWindow> m_window;
    QList<MqttMessage> m_wire;
    QString m_call;
    quint16 m_port = 0;
};

void TestRemoteInApp::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("rotordeck.ini")));
    m_call = BrokerFixture::uniqueCall();

    m_spy = std::make_unique<MqttConnection>(m_broker.profile());
    connect(m_spy.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) { m_wire.append(messages); });
    m_spy->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_spy->isConnected(), timeoutMs);
    m_spy->subscribe(m_call + QStringLiteral("/+/ROT/Target"));

    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    SimulatedRotatorConfig config;
    config.call = m_call;
    config.id = QStringLiteral("1");
    config.maxRotateDeg = 360;
    config.fastInbound = true;
    config.initialRawDeg = 100;
    apptest::addSimulatedRotator(*m_sim, *m_session, config, QStringLiteral("Yagi"));
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 1, timeoutMs);
    const BrokerProfile profile = apptest::simulatorBrokerProfile(m_broker.tcpUrl());
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator()->state().rawAzimuthDeg, std::optional<int>(100), timeoutMs);

    m_port = freeTcpPort();
    QVERIFY(m_port != 0);
    MainWindow::Context context;
    context.store = m_store.get();
    context.settings.brokers = {profile};
    context.settings.remote.users
        = {{QStringLiteral("op"), true,
            remote::hashPassword(QStringLiteral("op-pw"), remote::KdfCost::Minimal)}};
    context.webPort = m_port; // rotordeck --web PORT
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    RemoteController *remote = m_window->remote();
    QVERIFY(remote);
    QTRY_VERIFY_WITH_TIMEOUT(remote->isRunning(), timeoutMs);
    QCOMPARE(remote->url(), QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    auto *status = m_window->findChild<QToolButton *>(QStringLiteral("remoteStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), timeoutMs);
}

void TestRemoteInApp::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_spy.reset();
    m_sim.reset();
}

void TestRemoteInApp::pageSeesAndTurnsTheAppsRotator()
{
    PageClient page;
    QVERIFY(page.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port))));
    QVERIFY(page.login(QStringLiteral("op"), QStringLiteral("op-pw")));
    const auto snapshot = page.next(QStringLiteral("snapshot"));
    QVERIFY(snapshot);
    const QJsonObject first = snapshot->value(QLatin1String("rotators")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), m_call + QStringLiteral("/1"));
    QCOMPARE(first.value(QLatin1String("label")).toString(), QStringLiteral("Yagi"));

    const qsizetype before = m_wire.size();
    page.sendJson({{QLatin1String("type"), QLatin1String("turn")},
                   {QLatin1String("rotator"), m_call + QStringLiteral("/1")},
                   {QLatin1String("bearingDeg"), 150}});
    const auto result = page.next(QStringLiteral("result"));
    QVERIFY(result);
    QVERIFY(result->value(QLatin1String("accepted")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m_wire.size() > before, timeoutMs);
    QCOMPARE(m_wire.last().payload, QByteArray("150"));

    // The traffic log names the page's user and address.
    auto *log = m_window->findChild<TrafficLogModel *>();
    QVERIFY(log);
    log->flush();
    bool found = false;
    for (int row = 0; row < log->rowCount() && !found; ++row) {
        found = log->entry(row).direction == TrafficLogModel::Direction::Out
            && log->data(log->index(row, TrafficLogModel::SourceColumn)).toString()
                == QLatin1String("web op@127.0.0.1");
    }
    QVERIFY2(found, "no outgoing row from the web page in the traffic log");
    // And the controller's log of who sent what.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->remote()->commandLog().isEmpty(), timeoutMs);
    QCOMPARE(m_window->remote()->commandLog().last().user, QStringLiteral("op"));
    page.sendJson({{QLatin1String("type"), QLatin1String("stop")},
                   {QLatin1String("rotator"), m_call + QStringLiteral("/1")}});
    QVERIFY(page.next(QStringLiteral("result")));
}

void TestRemoteInApp::dialogKeepsOnlyHashes()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("webRemote"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<RemoteDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->settings().users.size(), 1);
    // Running because of --web, although the saved switch is off: the dialog says why.
    QVERIFY(!dialog->settings().enabled);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))
                ->text()
                .contains(QStringLiteral("--web")));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    const int row = dialog->addUser(QStringLiteral("family"), false);
    // No password yet: the dialog says so and will not apply.
    QVERIFY(!dialog->isInputValid());
    QVERIFY(!ok->isEnabled());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem->text().contains(QStringLiteral("family")));

    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("users"));
    table->selectRow(row);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    password->setText(QStringLiteral("kitchen-table"));
    dialog->findChild<QPushButton *>(QStringLiteral("setPassword"))->click();
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog->isInputValid());
    QVERIFY(ok->isEnabled());

    QSignalSpy applied(dialog, &RemoteDialog::applied);
    ok->click();
    QCOMPARE(applied.count(), 1);
    const auto settings = applied.first().first().value<RemoteSettings>();
    QCOMPARE(settings.users.size(), 2);
    const RemoteUserSettings &family = settings.users.at(1);
    QCOMPARE(family.name, QStringLiteral("family"));
    QVERIFY(!family.control);
    QVERIFY(!family.passwordHash.contains(QStringLiteral("kitchen")));
    QVERIFY(remote::verifyPassword(QStringLiteral("kitchen-table"), family.passwordHash));

    // Saved: the settings file has the hash, never the password.
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("$scrypt$"));
    QVERIFY(!bytes.contains("kitchen-table"));
    QCOMPARE(m_window->remote()->settings().users.size(), 2);
}

void TestRemoteInApp::dialogWarnsBeforeTheNetwork()
{
    RemoteDialog dialog(m_window->remote()->settings(), m_window->remote());
    dialog.show();
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("networkWarning"));
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowNetwork"));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("listenAddress"));
    QVERIFY(!warning->isVisible());
    QVERIFY(!address->isEnabled());
    // Without the explicit choice the address is loopback, whatever the field says.
    address->setText(QStringLiteral("0.0.0.0"));
    QCOMPARE(dialog.settings().listenAddress, QStringLiteral("127.0.0.1"));
    allow->setChecked(true);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("without TLS")));
    QCOMPARE(dialog.settings().listenAddress, QStringLiteral("0.0.0.0"));
    dialog.findChild<QLineEdit *>(QStringLiteral("certificate"))->setText(QStringLiteral("/a.crt"));
    QVERIFY(!dialog.isInputValid()); // a certificate needs its key
    dialog.findChild<QLineEdit *>(QStringLiteral("key"))->setText(QStringLiteral("/a.key"));
    QVERIFY(dialog.isInputValid());
    QVERIFY(!warning->text().contains(QStringLiteral("without TLS")));
}

void TestRemoteInApp::offWithoutAccountsOrPort()
{
    RemoteController controller(m_session.get(), m_clock);
    QSignalSpy changed(&controller, &RemoteController::statusChanged);
    RemoteSettings settings;
    settings.enabled = true;
    controller.setSettings(settings);
    controller.applyNow();
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.problem(), RemoteController::Problem::NoUsers);
    QCOMPARE(RemoteDialog::summary(controller), QStringLiteral("Web remote: no accounts"));

    // The app's own remote holds m_port: a second one there cannot listen.
    settings.users = m_window->remote()->settings().users;
    settings.port = m_port;
    controller.setSettings(settings);
    controller.applyNow();
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.problem(), RemoteController::Problem::PortInUse);

    settings.enabled = false;
    controller.setSettings(settings);
    controller.applyNow();
    QCOMPARE(controller.problem(), RemoteController::Problem::None);
    QVERIFY(RemoteDialog::summary(controller).isEmpty());
    QVERIFY(changed.count() >= 2);
}

QTEST_MAIN(TestRemoteInApp)
#include "tst_remoteinapp.moc"
