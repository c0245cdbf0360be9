// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/interopdialog.h"
#include "interopcontroller.h"
#include "mainwindow.h"
#include "models/trafficlogmodel.h"
#include "session.h"

#include "bridge/n1mmrotorlistener.h"
#include "bridge/rotctldserver.h"
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
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUdpSocket>

#include <memory>

namespace {

constexpr int timeoutMs = 20000;

quint16 freeTcpPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
}

/// A first port with first + 2 * i free for i < count.
quint16 freeTcpPortSequence(int count)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 first = freeTcpPort();
        if (first == 0 || first > 65535 - 2 * count)
            continue;
        bool free = true;
        for (int i = 1; i < count && free; ++i) {
            QTcpServer probe;
            free = probe.listen(QHostAddress::LocalHost, quint16(first + 2 * i));
        }
        if (free)
            return first;
    }
    return 0;
}

QByteArray n1mmTurn(const QString &rotor, int bearingDeg)
{
    return "<N1MMRotor><rotor>" + rotor.toUtf8() + "</rotor><goazi>"
        + QByteArray::number(bearingDeg)
        + "</goazi><offset>0</offset><bidirectional>0</bidirectional><freqband>14</freqband>"
          "</N1MMRotor>";
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
    // Issue 16: the hub changes in place; a client connected here stays through all of these.
    void endpointsStayAcrossChanges();
    void n1mmNamesTellTwinsApart();
    void sameCallIdOnTwoBrokers();
    void pairServedFromSettings();

private:
    [[nodiscard]] RotctlRun rotctl(const QStringList &command) { return rotctl(m_port, command); }
    [[nodiscard]] RotctlRun rotctl(quint16 port, const QStringList &command);
    [[nodiscard]] qsizetype wireCount(const QString &leaf) const
    {
        return wireCount(QStringLiteral("1"), leaf);
    }
    [[nodiscard]] qsizetype wireCount(const QString &id, const QString &leaf) const;
    [[nodiscard]] QString topic(const QString &leaf) const
    {
        return topic(QStringLiteral("1"), leaf);
    }
    [[nodiscard]] QString topic(const QString &id, const QString &leaf) const
    {
        return QStringLiteral("%1/%2/ROT/%3").arg(m_call, id, leaf);
    }
    /// The client connected in endpointsStayAcrossChanges is still connected to the same server
    /// of rotator 1 and answers `p` with a position.
    void checkClientServed(const char *step);
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
    // A rotctld client that stays connected (as gpredict does) and the server it talks to.
    std::unique_ptr<QTcpSocket> m_client;
    QPointer<RotctldServer> m_server;
    QString m_endpoint; ///< rotator 1's endpoint name
    QUdpSocket m_n1mmStatus;
    // A second broker with a rotator of the same CALL/ID.
    BrokerFixture m_broker2;
    std::unique_ptr<SimulatorHost> m_sim2;
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
    m_client.reset();
    m_window.reset();
    m_session.reset();
    m_spy.reset();
    m_sim.reset();
    m_sim2.reset();
}

RotctlRun TestInteropInApp::rotctl(quint16 port, const QStringList &command)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_rotctlPath,
                  QStringList {QStringLiteral("-m"), QStringLiteral("2"), QStringLiteral("-r"),
                               QStringLiteral("127.0.0.1:%1").arg(port)}
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

qsizetype TestInteropInApp::wireCount(const QString &id, const QString &leaf) const
{
    return std::count_if(m_wire.cbegin(), m_wire.cend(),
                         [&](const MqttMessage &m) { return m.topic == topic(id, leaf); });
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

void TestInteropInApp::checkClientServed(const char *step)
{
    InteropHub *hub = m_window->interop()->hub();
    QVERIFY2(hub, step);
    QVERIFY2(m_server && hub->rotctldServer(m_endpoint) == m_server, step);
    QVERIFY2(m_client->state() == QAbstractSocket::ConnectedState, step);
    m_client->readAll();
    m_client->write("p\n");
    QVERIFY2(QTest::qWaitFor(
                 [this] {
                     return m_client->state() == QAbstractSocket::ConnectedState
                         && m_client->peek(64).count('\n') >= 2;
                 },
                 timeoutMs),
             step);
    const QList<QByteArray> lines = m_client->readAll().split('\n');
    bool ok = false;
    lines.value(0).toDouble(&ok);
    QVERIFY2(
        ok,
        qPrintable(
            QStringLiteral("%1: '%2'").arg(QLatin1String(step), QLatin1String(lines.value(0)))));
}

void TestInteropInApp::endpointsStayAcrossChanges()
{
    InteropController *interop = m_window->interop();
    m_endpoint = m_call + QStringLiteral("/1");
    m_server = interop->hub()->rotctldServer(m_endpoint);
    QVERIFY(m_server);
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QAbstractSocket::ConnectedState, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 1, timeoutMs);
    checkClientServed("connected");

    RotatorSettings settings = m_session->rotatorSettings(rotator());
    settings.bands = {QStringLiteral("20m"), QStringLiteral("15m")};
    m_session->updateRotatorSettings(settings);
    interop->applyNow();
    checkClientServed("after a bands change");
    QCOMPARE(interop->hub()->options().bands.value(m_endpoint), settings.bands);

    settings.parkBearingDeg = 90;
    m_session->updateRotatorSettings(settings);
    interop->applyNow();
    checkClientServed("after a park change");
    QCOMPARE(interop->hub()->options().parkBearingsDeg.value(m_endpoint), 90);

    m_session->setStationLocator(QStringLiteral("JO70va"));
    interop->applyNow();
    checkClientServed("after a locator change");
    QCOMPARE(interop->hub()->options().stationLocator, QStringLiteral("JO70va"));

    // N1MM and PstRotator switched on: rotctld stays.
    QVERIFY(m_n1mmStatus.bind(QHostAddress::LocalHost, 0));
    InteropSettings interopSettings = interop->settings();
    interopSettings.n1mm = true;
    interopSettings.n1mmPort = freeUdpPort();
    interopSettings.n1mmStatusAddress = QStringLiteral("127.0.0.1");
    interopSettings.n1mmStatusPort = m_n1mmStatus.localPort();
    interopSettings.pstRotator = true;
    interopSettings.pstRotatorFirstPort = freeUdpPort();
    interop->setSettings(interopSettings);
    interop->applyNow();
    checkClientServed("after switching N1MM and PstRotator on");
    QVERIFY(interop->hub()->n1mmListener());
    QCOMPARE(interop->hub()->pstRotatorListeners().size(), 1);

    settings.n1mmName = QStringLiteral("Yagi 20");
    m_session->updateRotatorSettings(settings);
    interop->applyNow();
    checkClientServed("after an N1MM name change");
    QCOMPARE(interop->n1mmName(rotator()), QStringLiteral("Yagi 20"));
    QVERIFY(interop->hub()->n1mmListener()->targetForName(QStringLiteral("yagi 20")));
    settings.n1mmName.clear();
    m_session->updateRotatorSettings(settings);
    interop->applyNow();
    checkClientServed("after the N1MM name went back to the default");
}

void TestInteropInApp::n1mmNamesTellTwinsApart()
{
    // A second unit whose device Name is the same as the first's: "Antenna".
    InteropController *interop = m_window->interop();
    SimulatedRotatorConfig config;
    config.call = m_call;
    config.id = QStringLiteral("2");
    config.speedDegPerSec = 30;
    config.maxRotateDeg = 360;
    config.fastInbound = true;
    config.initialRawDeg = 200;
    apptest::addSimulatedRotator(*m_sim, *m_session, config, QStringLiteral("Twin"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);
    Rotator *twin = m_session->rotatorAt(1);
    // The device Name comes in a get reply; the first get may have gone before it connected.
    QTRY_VERIFY_WITH_TIMEOUT(twin->state().rawAzimuthDeg.has_value(), timeoutMs);
    twin->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(twin->state().name, QStringLiteral("Antenna"), timeoutMs);
    QCOMPARE(rotator()->state().name, QStringLiteral("Antenna"));
    QTRY_VERIFY_WITH_TIMEOUT(twin->state().rawAzimuthDeg.has_value(), timeoutMs);
    interop->applyNow();
    checkClientServed("after adding a rotator");
    QVERIFY(interop->hub()->rotctldServer(m_call + QStringLiteral("/2")));
    QCOMPARE(interop->hub()->rotctldServer(m_call + QStringLiteral("/2"))->serverPort(),
             m_port + 2);

    const QString nameA = interop->n1mmName(rotator());
    const QString nameB = interop->n1mmName(twin);
    QCOMPARE(nameA, QStringLiteral("Antenna %1/1").arg(m_call));
    QCOMPARE(nameB, QStringLiteral("Antenna %1/2").arg(m_call));

    // Over real UDP: each name turns its own rotator.
    N1mmRotorListener *n1mm = interop->hub()->n1mmListener();
    QVERIFY(n1mm);
    QUdpSocket logger;
    const qsizetype targetsA = wireCount(QStringLiteral("1"), QStringLiteral("Target"));
    const qsizetype targetsB = wireCount(QStringLiteral("2"), QStringLiteral("Target"));
    logger.writeDatagram(n1mmTurn(nameB, 250), QHostAddress::LocalHost, n1mm->localPort());
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("2"), QStringLiteral("Target")) > targetsB,
                             timeoutMs);
    QCOMPARE(twin->state().rawTargetDeg, std::optional<int>(250));
    logger.writeDatagram(n1mmTurn(nameA, 120), QHostAddress::LocalHost, n1mm->localPort());
    QTRY_VERIFY_WITH_TIMEOUT(wireCount(QStringLiteral("1"), QStringLiteral("Target")) > targetsA,
                             timeoutMs);
    QCOMPARE(rotator()->state().rawTargetDeg, std::optional<int>(120));
    QCOMPARE(twin->state().rawTargetDeg, std::optional<int>(250));
    // The shared device Name drives neither.
    QSignalSpy rejected(n1mm, &N1mmRotorListener::datagramRejected);
    logger.writeDatagram(n1mmTurn(QStringLiteral("Antenna"), 10), QHostAddress::LocalHost,
                         n1mm->localPort());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, timeoutMs);

    // Status datagrams name them apart.
    QSet<QByteArray> named;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (m_n1mmStatus.hasPendingDatagrams()) {
                QByteArray d(qsizetype(m_n1mmStatus.pendingDatagramSize()), '\0');
                m_n1mmStatus.readDatagram(d.data(), d.size());
                named.insert(d.left(d.indexOf(" @ ")));
            }
            return named.contains(nameA.toUtf8()) && named.contains(nameB.toUtf8());
        }(),
        timeoutMs);
    m_session->stopAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(0)->status() == 0
                                 && m_sim->devices().at(1)->status() == 0,
                             timeoutMs * 2);
    checkClientServed("after the N1MM turns");
}

void TestInteropInApp::sameCallIdOnTwoBrokers()
{
    // A second broker with a unit of the same CALL/ID (and the same device Name).
    InteropController *interop = m_window->interop();
    QVERIFY2(m_broker2.start(), qPrintable(m_broker2.why()));
    m_sim2 = std::make_unique<SimulatorHost>(m_broker2.tcpUrl(), m_clock);
    SimulatedRotatorConfig config;
    config.call = m_call;
    config.id = QStringLiteral("1");
    config.speedDegPerSec = 30;
    config.maxRotateDeg = 360;
    config.fastInbound = true;
    config.initialRawDeg = 10;
    m_sim2->addDevice(config);
    m_sim2->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim2->readyCount(), 1, timeoutMs);
    BrokerProfile profile = apptest::simulatorBrokerProfile(m_broker2.tcpUrl());
    profile.name = QStringLiteral("second");
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    RotatorSettings settings;
    settings.brokerName = profile.name;
    settings.address = RotatorAddress {m_call, QStringLiteral("1")};
    settings.label = QStringLiteral("Far");
    settings.maxRotateDeg = 360;
    Rotator *far = m_session->addRotator(settings);
    QVERIFY(far);
    QTRY_COMPARE_WITH_TIMEOUT(far->state().rawAzimuthDeg, std::optional<int>(10), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(far->state().name, QStringLiteral("Antenna"), timeoutMs);
    interop->applyNow();

    // Both are served; the one already served is renamed, not restarted.
    const QString nearName = m_call + QStringLiteral("/1 @ test");
    const QString farName = m_call + QStringLiteral("/1 @ second");
    m_endpoint = nearName;
    checkClientServed("after the same CALL/ID came on a second broker");
    QCOMPARE(interop->endpointName(rotator()), nearName);
    QCOMPARE(interop->endpointName(far), farName);
    RotctldServer *farServer = interop->hub()->rotctldServer(farName);
    QVERIFY(farServer);
    QStringList names;
    for (const InteropHub::EndpointStatus &s : interop->status())
        names.append(s.rotator);
    QVERIFY2(names.contains(nearName) && names.contains(farName), qPrintable(names.join(u'|')));
    QCOMPARE(interop->n1mmName(rotator()), QStringLiteral("Antenna %1/1 (test)").arg(m_call));
    QCOMPARE(interop->n1mmName(far), QStringLiteral("Antenna %1/1 (second)").arg(m_call));

    // rotctl on the far endpoint turns the unit on the second broker, not the near one.
    const int nearTargetBefore = m_sim->devices().at(0)->rawTargetDeg();
    const RotctlRun run = rotctl(farServer->serverPort(),
                                 {QStringLiteral("P"), QStringLiteral("40"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim2->devices().first()->rawTargetDeg(), 40, timeoutMs);
    QCOMPARE(m_sim->devices().at(0)->rawTargetDeg(), nearTargetBefore);
    const SimulatedRotator *farDevice = m_sim2->devices().first();
    QTRY_VERIFY_WITH_TIMEOUT(farDevice->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(farDevice->status() == 0, timeoutMs);

    // The dialog and the status bar tell them apart.
    InteropDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("endpointState"));
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.append(tree->topLevelItem(i)->text(0));
    QVERIFY2(rows.contains(QStringLiteral("rotctld ") + nearName)
                 && rows.contains(QStringLiteral("rotctld ") + farName),
             qPrintable(rows.join(u'|')));
    auto *ports = dialog->findChild<QTableWidget *>(QStringLiteral("rotatorPorts"));
    QVERIFY(ports);
    QStringList n1mmNames;
    for (int row = 0; row < ports->rowCount(); ++row)
        n1mmNames.append(ports->item(row, 3)->text());
    QVERIFY2(n1mmNames.contains(interop->n1mmName(far)), qPrintable(n1mmNames.join(u'|')));
    dialog->close();
    auto *status = m_window->findChild<QToolButton *>(QStringLiteral("interopStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->toolTip().contains(farName), timeoutMs);
}

void TestInteropInApp::pairServedFromSettings()
{
    // An az/el pair as saved by the pair dialog: CALL/11 turns in azimuth, CALL/12 is in
    // elevation mode (raw 0 = horizon, 90 = zenith).
    InteropController *interop = m_window->interop();
    SimulatedRotatorConfig azConfig;
    azConfig.call = m_call;
    azConfig.id = QStringLiteral("11");
    azConfig.name = QStringLiteral("Azimuth");
    azConfig.startAzimuthDeg = 0;
    azConfig.maxRotateDeg = 360;
    azConfig.speedDegPerSec = 10;
    azConfig.initialRawDeg = 100;
    azConfig.fastInbound = true;
    azConfig.endstopInstalled = true;
    SimulatedRotatorConfig elConfig = azConfig;
    elConfig.id = QStringLiteral("12");
    elConfig.name = QStringLiteral("Elevation");
    elConfig.elevation = true;
    elConfig.maxRotateDeg = 180;
    elConfig.initialRawDeg = 10;
    apptest::addSimulatedRotator(*m_sim, *m_session, azConfig, QStringLiteral("EME az"));
    apptest::addSimulatedRotator(*m_sim, *m_session, elConfig, QStringLiteral("EME el"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 4, timeoutMs);
    Rotator *az = m_session->rotatorAt(3);
    Rotator *el = m_session->rotatorAt(4);
    QCOMPARE(az->address().id, QStringLiteral("11"));
    QTRY_COMPARE_WITH_TIMEOUT(az->state().rawAzimuthDeg, std::optional<int>(100), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(el->state().rawAzimuthDeg, std::optional<int>(10), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(el->state().elevationMode, timeoutMs);
    interop->applyNow();
    checkClientServed("after adding two rotators");
    QVERIFY(interop->hub()->rotctldServer(m_call + QStringLiteral("/11")));

    interop->setAzElPairs(
        {{apptest::simulatorBrokerName(), az->address(), el->address(), QStringLiteral("EME")}});
    interop->applyNow();
    checkClientServed("after adding a pair");
    const QString pairName = m_call + QStringLiteral("/11,") + m_call + QStringLiteral("/12");
    RotctldServer *pairServer = interop->hub()->rotctldServer(pairName);
    QVERIFY(pairServer);
    // Its units are served as the pair only.
    QVERIFY(!interop->hub()->rotctldServer(m_call + QStringLiteral("/11")));
    QVERIFY(!interop->hub()->rotctldServer(m_call + QStringLiteral("/12")));
    QVERIFY(interop->endpointName(az).isEmpty());

    // Real rotctl turns both units.
    const quint16 pairPort = pairServer->serverPort();
    const RotctlRun state = rotctl(pairPort, {QStringLiteral("dump_state")});
    QCOMPARE(state.exitCode, 0);
    QVERIFY2(state.out.contains("max_el=180.000000"), state.out.constData());
    const RotctlRun turn
        = rotctl(pairPort, {QStringLiteral("P"), QStringLiteral("140"), QStringLiteral("30")});
    QCOMPARE(turn.exitCode, 0);
    SimulatedRotator *azDevice = m_sim->devices().at(2);
    SimulatedRotator *elDevice = m_sim->devices().at(3);
    // Both units got their part (where they coast to is the device's business).
    QTRY_COMPARE_WITH_TIMEOUT(azDevice->rawTargetDeg(), 140, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(elDevice->rawTargetDeg(), 30, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(azDevice->status() == 0 && elDevice->status() == 0
                                 && az->state().rawAzimuthDeg == azDevice->rawAzimuthDeg()
                                 && el->state().rawAzimuthDeg == elDevice->rawAzimuthDeg()
                                 && !az->state().moving && !el->state().moving,
                             timeoutMs * 2);
    const RotctlRun position = rotctl(pairPort, {QStringLiteral("p")});
    QCOMPARE(position.exitCode, 0);
    QCOMPARE(position.out,
             QByteArray::number(*az->state().rawAzimuthDeg) + ".00\n"
                 + QByteArray::number(*el->state().rawAzimuthDeg) + ".00\n");

    // Numbered as rotordeck-bridge numbers them: single rotators first, then the pair. A new
    // first port renumbers every automatic endpoint (so the client above is dropped).
    const quint16 first = freeTcpPortSequence(4);
    QVERIFY(first != 0);
    interop->setRotctldPortOverride(first);
    interop->applyNow();
    const QStringList expected {
        QStringLiteral("rotctld %1/1 @ test 127.0.0.1:%2").arg(m_call).arg(first),
        QStringLiteral("rotctld %1/2 127.0.0.1:%2").arg(m_call).arg(first + 2),
        QStringLiteral("rotctld %1/1 @ second 127.0.0.1:%2").arg(m_call).arg(first + 4),
        QStringLiteral("rotctld %1 127.0.0.1:%2").arg(pairName).arg(first + 6),
    };
    QStringList rotctldLines = interop->hub()->endpoints();
    rotctldLines.removeIf([](const QString &l) { return !l.startsWith(u"rotctld "); });
    QCOMPARE(rotctldLines, expected);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), QAbstractSocket::UnconnectedState, timeoutMs);
    // The pair's PstRotator endpoint comes after the single rotators' too.
    const QList<PstRotatorListener *> pst = interop->hub()->pstRotatorListeners();
    QCOMPARE(pst.size(), 4);
    QCOMPARE(pst.last()->localPort(), interop->settings().pstRotatorFirstPort + 6);
}

QTEST_MAIN(TestInteropInApp)
#include "tst_interopinapp.moc"
