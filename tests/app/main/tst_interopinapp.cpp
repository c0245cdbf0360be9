// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/interopdialog.h"
#include "interopcontroller.h"
#include "mainwindow.h"
#include "models/trafficlogmodel.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "settings/settingsstore.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "simulatedrotators.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
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

struct RotctlRun
{
    int exitCode = -1;
    QByteArray out;
};

} // namespace

/// Issue 16 part 3: the app serves the same endpoints as rotordeck-bridge, over its own
/// rotators. hamlib's rotctl turns a simulated rotator through the app's rotctld endpoint
/// (started with --rotctld, as the command line does); a separate MQTT client sees the Target on
/// the real broker, the traffic log names the client, a target out of range is refused as a
/// click's is, the app's Stop wins, and the Interop dialog shows the endpoint and its client.
class TestInteropInApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rotctlTurnsTheRotator();
    void outOfRangeIsRefusedAsAClickIs();
    void stopFromTheAppWins();
    void parkGoesWhereTheAppParks();
    void dialogShowsStateAndClients();
    void networkNeedsTheExplicitChoice();

private:
    [[nodiscard]] RotctlRun rotctl(const QStringList &command);
    [[nodiscard]] qsizetype wireCount(const QString &leaf) const;
    [[nodiscard]] QString topic(const QString &leaf) const
    {
        return QStringLiteral("%1/1/ROT/%2").arg(m_call, leaf);
    }
    [[nodiscard]] Rotator *rotator() const { return m_session->rotatorAt(0); }
    InteropDialog *openDialog();
    /// The device starts turning, then stops (where exactly depends on its coasting).
    void waitUntilTurnDone();

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
    QString m_rotctlPath;
    quint16 m_port = 0;
};

void TestInteropInApp::initTestCase()
{
    m_rotctlPath = QStandardPaths::findExecutable(QStringLiteral("rotctl"));
    QVERIFY2(!m_rotctlPath.isEmpty(), "rotctl (Debian libhamlib-utils) is required");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("rotordeck.ini")));
    m_call = BrokerFixture::uniqueCall();

    m_spy = std::make_unique<MqttConnection>(m_broker.profile());
    connect(m_spy.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) { m_wire.append(messages); });
    m_spy->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_spy->isConnected(), timeoutMs);
    m_spy->subscribe(m_call + QStringLiteral("/+/ROT/stop"));
    m_spy->subscribe(m_call + QStringLiteral("/+/ROT/Target"));

    // Start 0, range 300: bearings 301..359 are out of its reach (the dark zone).
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    SimulatedRotatorConfig config;
    config.call = m_call;
    config.id = QStringLiteral("1");
    config.speedDegPerSec = 6;
    config.maxRotateDeg = 300;
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
    context.rotctldPort = m_port; // rotordeck --rotctld PORT
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    InteropController *interop = m_window->interop();
    QVERIFY(interop);
    QTRY_COMPARE_WITH_TIMEOUT(interop->status().size(), 1, timeoutMs);
    QCOMPARE(interop->status().first().state, InteropHub::EndpointStatus::State::Listening);
    QCOMPARE(interop->status().first().address, QStringLiteral("127.0.0.1:%1").arg(m_port));
    // The compact state outside the dialog.
    auto *status = m_window->findChild<QToolButton *>(QStringLiteral("interopStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY2(status->toolTip().contains(QStringLiteral("listening")),
             qPrintable(status->toolTip()));
}

void TestInteropInApp::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_spy.reset();
    m_sim.reset();
}

RotctlRun TestInteropInApp::rotctl(const QStringList &command)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_rotctlPath,
                  QStringList {QStringLiteral("-m"), QStringLiteral("2"), QStringLiteral("-r"),
                               QStringLiteral("127.0.0.1:%1").arg(m_port)}
                      + command);
    RotctlRun run;
    // rotctl talks to the app on this thread: wait with the event loop running.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
    }();
    if (finished.isEmpty()) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput() + process.readAllStandardError();
    return run;
}

qsizetype TestInteropInApp::wireCount(const QString &leaf) const
{
    return std::count_if(m_wire.cbegin(), m_wire.cend(),
                         [&](const MqttMessage &m) { return m.topic == topic(leaf); });
}

void TestInteropInApp::rotctlTurnsTheRotator()
{
    auto *log = m_window->findChild<TrafficLogModel *>();
    QVERIFY(log);
    const qsizetype targetsBefore = wireCount(QStringLiteral("Target"));
    const RotctlRun run = rotctl({QStringLiteral("P"), QStringLiteral("120"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    // On the broker, sent by the app's own connection.
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("Target")) > targetsBefore, timeoutMs);
    QCOMPARE(m_wire.last().payload, QByteArray("120"));
    QTRY_COMPARE_WITH_TIMEOUT(rotator()->state().rawTargetDeg, std::optional<int>(120), timeoutMs);

    // The traffic log names the client, not "this app".
    log->flush();
    const QString prefix = QStringLiteral("rotctld 127.0.0.1:");
    bool found = false;
    for (int row = 0; row < log->rowCount() && !found; ++row) {
        const TrafficLogModel::Entry &e = log->entry(row);
        found = e.direction == TrafficLogModel::Direction::Out
            && e.topic == topic(QStringLiteral("Target"))
            && log->data(log->index(row, TrafficLogModel::SourceColumn))
                   .toString()
                   .startsWith(prefix);
    }
    QVERIFY2(found, "no outgoing Target row from rotctld in the traffic log");
    waitUntilTurnDone();
}

void TestInteropInApp::outOfRangeIsRefusedAsAClickIs()
{
    // A click on 330° is refused: it is in the dark zone of a 300° range.
    CommandResult whyNot;
    QVERIFY(!rotator()->planTurnToBearing(330, &whyNot));
    const qsizetype targetsBefore = wireCount(QStringLiteral("Target"));
    const RotctlRun run = rotctl({QStringLiteral("P"), QStringLiteral("330"), QStringLiteral("0")});
    QVERIFY2(run.exitCode != 0 || run.out.toLower().contains("error"), run.out.constData());
    // A reachable target afterwards goes out; none for 330 ever did.
    const RotctlRun ok = rotctl({QStringLiteral("P"), QStringLiteral("130"), QStringLiteral("0")});
    QCOMPARE(ok.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("Target")) > targetsBefore, timeoutMs);
    for (qsizetype i = 0; i < m_wire.size(); ++i) {
        if (m_wire.at(i).topic == topic(QStringLiteral("Target")))
            QVERIFY(m_wire.at(i).payload != "330");
    }
    waitUntilTurnDone();
}

void TestInteropInApp::stopFromTheAppWins()
{
    // rotctl starts a long turn; the app's Stop (the toolbar action) follows at once.
    const RotctlRun run = rotctl({QStringLiteral("P"), QStringLiteral("290"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().first()->status() != 0, timeoutMs);
    const qsizetype stopsBefore = wireCount(QStringLiteral("stop"));
    auto *stop = m_window->findChild<QAction *>(QStringLiteral("stop"));
    QVERIFY(stop);
    stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("stop")) > stopsBefore, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().first()->status() == 0, timeoutMs);
    // It stopped on the way, far from where rotctl wanted it.
    QVERIFY(m_sim->devices().first()->rawAzimuthDeg() < 250);
}

void TestInteropInApp::parkGoesWhereTheAppParks()
{
    // The rotator's own park bearing (Properties), not north.
    RotatorSettings settings = m_session->rotatorSettings(rotator());
    settings.parkBearingDeg = 60;
    m_session->updateRotatorSettings(settings);
    m_window->interop()->applyNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->interop()->status().size(), 1, timeoutMs);
    const qsizetype targetsBefore = wireCount(QStringLiteral("Target"));
    const RotctlRun run = rotctl({QStringLiteral("K")});
    QCOMPARE(run.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("Target")) > targetsBefore, timeoutMs);
    QCOMPARE(m_wire.last().payload, QByteArray("60"));
    waitUntilTurnDone();
}

void TestInteropInApp::waitUntilTurnDone()
{
    const SimulatedRotator *device = m_sim->devices().first();
    QTRY_VERIFY_WITH_TIMEOUT(device->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(device->status() == 0, timeoutMs * 2);
}

InteropDialog *TestInteropInApp::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("interop"));
    if (!action)
        return nullptr;
    action->trigger();
    InteropDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_window->findChild<InteropDialog *>()) && dialog->isVisible(), timeoutMs);
    }();
    return dialog;
}

void TestInteropInApp::dialogShowsStateAndClients()
{
    InteropDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("endpointState"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *row = tree->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("rotctld %1/1").arg(m_call));
    QCOMPARE(row->text(1), QStringLiteral("127.0.0.1:%1").arg(m_port));
    QCOMPARE(row->text(2), QStringLiteral("listening"));
    QCOMPARE(row->text(3), QString());

    // A client connects (as gpredict would and stays): the dialog shows it.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, timeoutMs);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->text(3), peer, timeoutMs);
    auto *status = m_window->findChild<QToolButton *>(QStringLiteral("interopStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->toolTip().contains(peer), timeoutMs);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->text(3), QString(), timeoutMs);
    dialog->close();
}

void TestInteropInApp::networkNeedsTheExplicitChoice()
{
    InteropDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *allow = dialog->findChild<QCheckBox *>(QStringLiteral("allowNetwork"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("listenAddress"));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("networkWarning"));
    QVERIFY(allow && address && warning);

    // Without the choice the address cannot be edited, and loopback is what is kept.
    QVERIFY(!allow->isChecked());
    QVERIFY(!address->isEnabled());
    QVERIFY(warning->isHidden());
    address->setText(QStringLiteral("0.0.0.0"));
    QCOMPARE(dialog->settings().listenAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!dialog->settings().allowNetwork);

    // The choice: every interface, with the warning.
    allow->setChecked(true);
    QVERIFY(address->isEnabled());
    QCOMPARE(address->text(), QStringLiteral("0.0.0.0"));
    QVERIFY(!warning->isHidden());
    QCOMPARE(dialog->settings().listenAddress, QStringLiteral("0.0.0.0"));
    QVERIFY(dialog->settings().allowNetwork);
    // A loopback address needs no warning; a host name is not accepted.
    address->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(warning->isHidden());
    address->setText(QStringLiteral("shack.local"));
    QVERIFY(!dialog->isInputValid());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestInteropInApp)
#include "tst_interopinapp.moc"
