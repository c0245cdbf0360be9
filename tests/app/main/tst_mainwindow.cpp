// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/brokerprofilesdialog.h"
#include "dialogs/rotatorpropertiesdialog.h"
#include "mainwindow.h"
#include "models/rotatorlistmodel.h"
#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/notificationdock.h"
#include "widgets/rotatorpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "settings/settingsstore.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "namedchild.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int timeoutMs = 20000;
constexpr int fastSpeedDegPerSec = 30;
constexpr int slowSpeedDegPerSec = 4;

bool near(std::optional<int> bearingDeg, int wantedDeg, int toleranceDeg = 2)
{
    if (!bearingDeg)
        return false;
    const int diff = std::abs(*bearingDeg - wantedDeg) % 360;
    return std::min(diff, 360 - diff) <= toleranceDeg;
}
} // namespace

/// The real main window on a real mosquitto with simulated IP-Rotators (fast inbound, real
/// time): map clicks, the panel, STOP and the keyboard reach the devices.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mapClickTurns_data();
    void mapClickTurns();
    void panelTargetTurns();
    void nudgeAndParkAskBeforeALongUnwind();
    void parkAllTurnsEveryRotatorWithAParkBearing();
    void escapeStopsSelected();
    void stopButtonStops();
    void shiftEscapeStopsAll();
    void shortcuts_data();
    void shortcuts();
    void targetFieldValidates_data();
    void targetFieldValidates();
    void darkZoneIsRefusedWithReason();
    void brokerDownIsShownAndRefused();
    void propertiesDialogRelabels();
    void renamedBrokerKeepsItsRotators();
    void closeSavesAndRestoresUiState();
    void stopStaysVisibleInASmallWindow_data();
    void stopStaysVisibleInASmallWindow();
    void firstSizeFitsTheScreen();
    void statusColumnIsVisibleAtFirstStart();
    void listIsSortedByLabelThenAddress();
    void mapDoubleClickSendsOnce();
    void goIsDisabledWhileTheBrokerIsDown();
    void quitWhileTurningAsks_data();
    void quitWhileTurningAsks();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    void selectOnly(int index);
    void waitStopped(int index);

    BrokerFixture m_broker;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_call;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestMainWindow::init()
{
    m_call = BrokerFixture::uniqueCall();
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    m_session->setStationLocator(QStringLiteral("JO70VA"));

    // 0: fast, full circle from north; 1: slow, same; 2: 300° range from 0 (dark 300..359).
    const struct
    {
        double speed;
        int range;
    } devices[] = {{fastSpeedDegPerSec, 360}, {slowSpeedDegPerSec, 360}, {fastSpeedDegPerSec, 300}};
    int n = 0;
    for (const auto &d : devices) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = QString::number(++n);
        config.speedDegPerSec = d.speed;
        // A fast unit's brake learning has settled on a wide slow window (with the default 12°
        // it overshoots by tens of degrees, as the firmware would).
        if (d.speed > 10)
            config.slowWindowDeg = 50.0;
        config.maxRotateDeg = d.range;
        config.fastInbound = true;
        config.initialRawDeg = 0;
        apptest::addSimulatedRotator(*m_sim, *m_session, config, QStringLiteral("R%1").arg(n));
    }
    QSignalSpy ready(m_sim.get(), &SimulatorHost::deviceReady);
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 3, timeoutMs);

    MqttConnection *connection
        = m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl()));
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(rotator(i)->state().rawAzimuthDeg.has_value(), timeoutMs);

    m_window = std::make_unique<MainWindow>(m_session.get(), MainWindow::Context {});
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_sim.reset();
}

void TestMainWindow::selectOnly(int index)
{
    m_window->selectRotatorRow(index);
    QCOMPARE(m_window->selectedRotators(), QList<Rotator *> {rotator(index)});
}

void TestMainWindow::waitStopped(int index)
{
    QTRY_VERIFY_WITH_TIMEOUT(!rotator(index)->state().moving
                                 && rotator(index)->state().status.value_or(0) == 0
                                 && m_sim->devices().at(index)->status() == 0,
                             timeoutMs);
}

void TestMainWindow::mapClickTurns_data()
{
    QTest::addColumn<int>("bearingDeg");
    QTest::addColumn<bool>("asksFirst");
    QTest::newRow("east") << 90 << false;
    QTest::newRow("south, short way") << 170 << false;
    // From 0 with a 360° range, 225° is only reachable the long way (CW 225°): confirm first.
    QTest::newRow("south-west, long unwind") << 225 << true;
}

void TestMainWindow::mapClickTurns()
{
    QFETCH(int, bearingDeg);
    QFETCH(bool, asksFirst);
    selectOnly(0);
    CompassMapWidget *map = namedChild<CompassMapWidget>(m_window.get(), "compassMap");
    QSignalSpy requested(map, &CompassMapWidget::bearingRequested);
    QSignalSpy sent(rotator(0), &Rotator::commandSent);
    const QPoint point = map->pointForBearing(bearingDeg, 0.5).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, point);
    QCOMPARE(requested.count(), 1);
    // The question is inline (panel) and over the map, never a modal box.
    ConfirmBar *overlay = namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay");
    QCOMPARE(overlay->isVisible(), asksFirst);
    QCOMPARE(namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar()->isVisible(),
             asksFirst);
    QVERIFY(!QApplication::activeModalWidget());
    if (asksFirst) {
        QCOMPARE(sent.count(), 0); // nothing goes out before the user agrees
        QVERIFY(overlay->geometry().intersects(map->rect()));
        QTest::mouseClick(namedChild<QPushButton>(overlay, "acceptButton"), Qt::LeftButton);
        QVERIFY(!overlay->isVisible());
        QVERIFY(
            !namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar()->isVisible());
    }
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().moving, timeoutMs);
    waitStopped(0);
    QVERIFY2(near(rotator(0)->state().bearingDeg(), bearingDeg),
             qPrintable(QString::number(rotator(0)->state().bearingDeg().value_or(-1))));
    QVERIFY(near(m_sim->devices().at(0)->bearingDeg(), bearingDeg));
    // The other rotators were not selected and did not move.
    QCOMPARE(m_sim->devices().at(1)->bearingDeg(), 0);
}

void TestMainWindow::panelTargetTurns()
{
    selectOnly(0);
    RotatorPanel *panel = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel");
    namedChild<QLineEdit>(panel, "targetEdit")->setText(QStringLiteral("135"));
    QVERIFY(namedChild<QPushButton>(panel, "goButton")->isEnabled());
    QVERIFY(namedChild<QLabel>(panel, "previewLabel")->text().contains(QStringLiteral("CW 135°")));
    QTest::mouseClick(namedChild<QPushButton>(panel, "goButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().moving, timeoutMs);
    waitStopped(0);
    QVERIFY(near(rotator(0)->state().bearingDeg(), 135));
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(panel, "bearingReadout")
                                 ->text()
                                 .startsWith(QString::number(*rotator(0)->state().bearingDeg())),
                             timeoutMs);
}

// Nudges and Park go through the same long-unwind question as a click: 5° CCW from the CCW end
// stop of a 360° rotator is 355° the long way round.
void TestMainWindow::nudgeAndParkAskBeforeALongUnwind()
{
    selectOnly(0);
    QSignalSpy sent(rotator(0), &Rotator::commandSent);
    ConfirmBar *bar = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar();
    auto asked = [this, bar] {
        return bar->isVisible()
            && namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible();
    };

    m_window->nudgeSelected(-5);
    QVERIFY(asked());
    QVERIFY(bar->text().contains(QStringLiteral("R1")));
    QTest::mouseClick(namedChild<QPushButton>(bar, "cancelButton"),
                      Qt::LeftButton); // Cancel: nothing goes out
    QVERIFY(!bar->isVisible());
    QVERIFY(!namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible());
    QCOMPARE(sent.count(), 0);

    RotatorSettings config = m_session->rotatorSettings(rotator(0));
    config.parkBearingDeg = 225;
    m_session->updateRotatorSettings(config);
    m_window->parkSelected();
    QVERIFY(asked());
    QCOMPARE(sent.count(), 0);
    QTest::mouseClick(namedChild<QPushButton>(bar, "acceptButton"), Qt::LeftButton); // Turn
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), timeoutMs);
    QCOMPARE(sent.first().at(0).toString(), QStringLiteral("Target"));
    QCOMPARE(sent.first().at(1).toByteArray(), QByteArray("225"));

    // A short nudge from there needs no question. Wait for the arrival itself: the device
    // takes the Target up to a second later, so "stopped" alone can still be the start. The
    // simulated PWM move may end a degree short of 225 (as a unit can), and a stopped rotator
    // is nudged from where it is.
    QTRY_VERIFY_WITH_TIMEOUT(near(rotator(0)->state().bearingDeg(), 225), timeoutMs);
    waitStopped(0);
    const int arrivedDeg = rotator(0)->state().bearingDeg().value_or(-1);
    QVERIFY(near(arrivedDeg, 225));
    sent.clear();
    m_window->nudgeSelected(5);
    QVERIFY(!asked());
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), timeoutMs);
    QCOMPARE(sent.first().at(1).toByteArray(), QByteArray::number(arrivedDeg + 5));
}

void TestMainWindow::parkAllTurnsEveryRotatorWithAParkBearing()
{
    // Rotators 0 and 2 get a park bearing 20° from where they are (no unwind question); 1 has
    // none and is left alone, whatever is selected.
    selectOnly(1);
    std::vector<std::unique_ptr<QSignalSpy>> sent;
    QList<int> parkDeg;
    for (int i = 0; i < 3; ++i) {
        sent.push_back(std::make_unique<QSignalSpy>(rotator(i), &Rotator::commandSent));
        QTRY_VERIFY_WITH_TIMEOUT(rotator(i)->state().bearingDeg().has_value(), timeoutMs);
        parkDeg << (*rotator(i)->state().bearingDeg() + 20) % 360;
        if (i == 1)
            continue;
        RotatorSettings config = m_session->rotatorSettings(rotator(i));
        config.parkBearingDeg = parkDeg.at(i);
        m_session->updateRotatorSettings(config);
    }
    QAction *parkAll = m_window->action(MainWindow::Command::ParkAll);
    QCOMPARE(parkAll->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    parkAll->trigger();
    for (int i : {0, 2}) {
        QTRY_VERIFY_WITH_TIMEOUT(!sent.at(i)->isEmpty(), timeoutMs);
        QCOMPARE(sent.at(i)->first().at(0).toString(), QStringLiteral("Target"));
        QVERIFY(near(rotator(i)->state().targetBearingDeg(), parkDeg.at(i)));
    }
    QVERIFY(sent.at(1)->isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("no park bearing")));
}

void TestMainWindow::escapeStopsSelected()
{
    selectOnly(1);
    m_window->turnSelectedTo(180);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().moving, timeoutMs);
    QTest::keyClick(namedChild<QTableView>(m_window.get(), "rotatorList"), Qt::Key_Escape);
    waitStopped(1);
    // Stopped well short of 180 (4°/s).
    QVERIFY(rotator(1)->state().bearingDeg().value_or(999) < 90);
}

void TestMainWindow::stopButtonStops()
{
    selectOnly(1);
    m_window->turnSelectedTo(150);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().moving, timeoutMs);
    QTest::mouseClick(namedChild<QPushButton>(
                          namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"), "stopButton"),
                      Qt::LeftButton);
    waitStopped(1);
    QVERIFY(rotator(1)->state().bearingDeg().value_or(999) < 90);
}

void TestMainWindow::shiftEscapeStopsAll()
{
    namedChild<QTableView>(m_window.get(), "rotatorList")->selectAll();
    QCOMPARE(m_window->selectedRotators().size(), 3);
    m_window->turnSelectedTo(160);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().moving, timeoutMs);
    // Select only one, then Shift+Esc must still stop the other moving one too.
    m_window->selectRotatorRow(0);
    QTest::keyClick(namedChild<QTableView>(m_window.get(), "rotatorList"), Qt::Key_Escape,
                    Qt::ShiftModifier);
    waitStopped(1);
    QVERIFY(rotator(1)->state().bearingDeg().value_or(999) < 90);
}

void TestMainWindow::shortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("effect");

    QTest::newRow("2 selects the second rotator")
        << int(Qt::Key_2) << 0 << QStringLiteral("select2");
    QTest::newRow("3 selects the third rotator")
        << int(Qt::Key_3) << 0 << QStringLiteral("select3");
    QTest::newRow("Ctrl+L focuses the target")
        << int(Qt::Key_L) << int(Qt::ControlModifier) << QStringLiteral("focus");
    QTest::newRow("L toggles long path") << int(Qt::Key_L) << 0 << QStringLiteral("longPath");
    QTest::newRow("Right nudges CW by 5") << int(Qt::Key_Right) << 0 << QStringLiteral("nudge");
}

void TestMainWindow::shortcuts()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, effect);

    selectOnly(0);
    namedChild<QTableView>(m_window.get(), "rotatorList")->setFocus();
    const bool longPathBefore
        = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->isLongPath();
    QSignalSpy sent(rotator(0), &Rotator::commandSent);
    QTest::keyClick(namedChild<QTableView>(m_window.get(), "rotatorList"), Qt::Key(key),
                    Qt::KeyboardModifiers(modifiers));

    if (effect == QLatin1String("select2")) {
        QCOMPARE(m_window->selectedRotators(), QList<Rotator *> {rotator(1)});
        QCOMPARE(namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->primary(), rotator(1));
    } else if (effect == QLatin1String("select3")) {
        QCOMPARE(m_window->selectedRotators(), QList<Rotator *> {rotator(2)});
    } else if (effect == QLatin1String("focus")) {
        QCOMPARE(QApplication::focusWidget(),
                 namedChild<QLineEdit>(namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"),
                                       "targetEdit"));
    } else if (effect == QLatin1String("longPath")) {
        QCOMPARE(namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->isLongPath(),
                 !longPathBefore);
    } else if (effect == QLatin1String("nudge")) {
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), timeoutMs);
        QCOMPARE(sent.first().at(0).toString(), QStringLiteral("Target"));
        QCOMPARE(sent.first().at(1).toByteArray(), QByteArray("5"));
        QTRY_VERIFY_WITH_TIMEOUT(near(m_sim->devices().at(0)->bearingDeg(), 5)
                                     && m_sim->devices().at(0)->status() == 0,
                                 timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(near(rotator(0)->state().bearingDeg(), 5), timeoutMs);
    } else {
        QFAIL("unknown effect");
    }
}

void TestMainWindow::targetFieldValidates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("goEnabled");

    QTest::newRow("bearing") << QStringLiteral("90") << true;
    QTest::newRow("zero") << QStringLiteral("0") << true;
    QTest::newRow("360 is out of range") << QStringLiteral("360") << false;
    QTest::newRow("negative") << QStringLiteral("-5") << false;
    QTest::newRow("locator 4") << QStringLiteral("JO62") << true;
    QTest::newRow("locator 6 lower case") << QStringLiteral("io91wm") << true;
    QTest::newRow("not a locator") << QStringLiteral("JZ62") << false;
    QTest::newRow("station itself") << QStringLiteral("JO70va") << false;
    QTest::newRow("words") << QStringLiteral("east") << false;
}

void TestMainWindow::targetFieldValidates()
{
    QFETCH(QString, text);
    QFETCH(bool, goEnabled);

    selectOnly(0);
    RotatorPanel *panel = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel");
    panel->setLongPath(false);
    namedChild<QLineEdit>(panel, "targetEdit")->setText(text);
    QCOMPARE(namedChild<QPushButton>(panel, "goButton")->isEnabled(), goEnabled);
    QString why;
    QCOMPARE(panel->requestedBearing(&why).has_value(), goEnabled);
    QCOMPARE(why.isEmpty(), goEnabled);
}

void TestMainWindow::darkZoneIsRefusedWithReason()
{
    selectOnly(2); // 300° range from north: 300..359 cannot be reached
    QSignalSpy sent(rotator(2), &Rotator::commandSent);
    const int before = namedChild<NotificationDock>(m_window.get(), "notificationDock")->count();
    m_window->turnSelectedTo(330);
    QCOMPARE(namedChild<NotificationDock>(m_window.get(), "notificationDock")->count(), before + 1);
    QVERIFY2(
        namedChild<NotificationDock>(m_window.get(), "notificationDock")
            ->textAt(0)
            .contains(QStringLiteral("dark zone")),
        qPrintable(namedChild<NotificationDock>(m_window.get(), "notificationDock")->textAt(0)));
    QCOMPARE(sent.count(), 0);
}

void TestMainWindow::brokerDownIsShownAndRefused()
{
    auto brokerLabelText = [this] {
        const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text().contains(QStringLiteral("test:")))
                return label->text();
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(brokerLabelText().contains(QStringLiteral("Connected")), timeoutMs);

    selectOnly(0);
    m_broker.broker().stop();
    QTRY_VERIFY_WITH_TIMEOUT(brokerLabelText().contains(QStringLiteral("Reconnecting")), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rotator(0)->state().link, LinkState::BrokerDown, timeoutMs);
    const QModelIndex link = namedChild<QTableView>(m_window.get(), "rotatorList")
                                 ->model()
                                 ->index(0, RotatorListModel::LinkColumn);
    QTRY_COMPARE_WITH_TIMEOUT(link.data().toString(), QStringLiteral("Broker down"), timeoutMs);

    // A command now is refused with a visible reason and nothing is kept for later.
    const int before = namedChild<NotificationDock>(m_window.get(), "notificationDock")->count();
    m_window->turnSelectedTo(45);
    QCOMPARE(namedChild<NotificationDock>(m_window.get(), "notificationDock")->count(), before + 1);
    QVERIFY2(
        namedChild<NotificationDock>(m_window.get(), "notificationDock")
            ->textAt(0)
            .contains(QStringLiteral("broker")),
        qPrintable(namedChild<NotificationDock>(m_window.get(), "notificationDock")->textAt(0)));

    QVERIFY2(m_broker.broker().restart(10000), qPrintable(m_broker.why()));
    QTRY_VERIFY_WITH_TIMEOUT(brokerLabelText().contains(QStringLiteral("Connected")), timeoutMs);
    // Back up: no longer "broker down" (it is live again once the device speaks).
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().link != LinkState::BrokerDown, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(link.data().toString() != QStringLiteral("Broker down"), timeoutMs);
    QCOMPARE(m_sim->devices().at(0)->bearingDeg(), 0); // the refused turn never happened
}

void TestMainWindow::propertiesDialogRelabels()
{
    selectOnly(1);
    m_window->action(MainWindow::Command::Properties)->trigger();
    auto *dialog = m_window->findChild<RotatorPropertiesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), timeoutMs);
    namedChild<QLineEdit>(dialog, "labelEdit")->setText(QStringLiteral("Renamed"));
    namedChild<QLineEdit>(dialog, "colourEdit")->setText(QStringLiteral("#ff00ff"));
    QVERIFY(namedChild<QPushButton>(dialog, "okButton")->isEnabled());
    namedChild<QPushButton>(dialog, "okButton")->click();
    QCOMPARE(m_session->label(rotator(1)), QStringLiteral("Renamed"));
    QCOMPARE(m_session->colour(rotator(1)), QColor(0xff, 0x00, 0xff));
    const QModelIndex label = namedChild<QTableView>(m_window.get(), "rotatorList")
                                  ->model()
                                  ->index(1, RotatorListModel::LabelColumn);
    QTRY_COMPARE_WITH_TIMEOUT(label.data().toString(), QStringLiteral("Renamed"), timeoutMs);
    m_window->flushMap();
    const QList<MapBeam> beams
        = namedChild<CompassMapWidget>(m_window.get(), "compassMap")->beams();
    QVERIFY(std::any_of(beams.cbegin(), beams.cend(), [](const MapBeam &b) {
        return b.label == QLatin1String("Renamed") && b.colour == QColor(0xff, 0x00, 0xff)
            && b.selected;
    }));
}

// Renaming a broker in the Brokers dialog moves its rotators' settings along: the rotator
// comes back on the renamed connection with its label.
void TestMainWindow::renamedBrokerKeepsItsRotators()
{
    m_window.reset();
    MainWindow::Context context;
    context.settings.brokers = {apptest::simulatorBrokerProfile(m_broker.tcpUrl())};
    context.settings.rotators = {m_session->rotatorSettings(rotator(0))};
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->show();

    auto *brokers = m_window->findChild<QAction *>(QStringLiteral("brokers"));
    QVERIFY(brokers);
    brokers->trigger();
    BrokerProfilesDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<BrokerProfilesDialog *>()), timeoutMs);
    namedChild<QListWidget>(dialog, "profileList")->setCurrentRow(0);
    namedChild<QLineEdit>(dialog, "nameEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "nameEdit"), QStringLiteral("renamed"));
    QVERIFY(namedChild<QPushButton>(dialog, "okButton")->isEnabled());
    dialog->accept();

    auto renamedR1 = [this]() -> Rotator * {
        for (Rotator *r : m_session->rotators()) {
            if (m_session->brokerName(r) == QLatin1String("renamed"))
                return r;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(renamedR1() != nullptr, timeoutMs);
    QCOMPARE(m_session->label(renamedR1()), QStringLiteral("R1"));
    QCOMPARE(renamedR1()->address().id, QStringLiteral("1"));
    // The old connection is gone with its rotators.
    QVERIFY(!m_session->connection(QStringLiteral("test")));
}

void TestMainWindow::closeSavesAndRestoresUiState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsStore store(dir.filePath(QStringLiteral("rotordeck.ini")));
    MainWindow::Context context;
    context.store = &store;
    {
        MainWindow window(m_session.get(), context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        namedChild<RotatorPanel>(&window, "rotatorPanel")->setLongPath(true);
        window.setTheme(theme::Mode::Dark);
        window.close();
    }
    const SettingsStore::LoadResult loaded = store.load();
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(QLatin1Char('\n'))));
    QVERIFY(!loaded.settings.windowGeometry.isEmpty());
    QVERIFY(!loaded.settings.windowState.isEmpty());
    QCOMPARE(loaded.settings.ui.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));

    context.settings = loaded.settings;
    MainWindow again(m_session.get(), context);
    QVERIFY(namedChild<RotatorPanel>(&again, "rotatorPanel")->isLongPath());
    again.setTheme(theme::Mode::System);
}

void TestMainWindow::stopStaysVisibleInASmallWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("640x480") << QSize(640, 480);
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// Issue 13: shrunk to 800x600 the big STOP button was gone. The panel scrolls; STOP stays.
void TestMainWindow::stopStaysVisibleInASmallWindow()
{
    QFETCH(QSize, size);
    selectOnly(1);
    m_window->resize(size);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), size, timeoutMs);
    QPushButton *stop = namedChild<QPushButton>(
        namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"), "stopButton");
    QTRY_VERIFY_WITH_TIMEOUT(stop->isVisible(), timeoutMs);
    QVERIFY(stop->isEnabled());
    QVERIFY(stop->height() >= 48);
    const QRect inWindow(stop->mapTo(m_window.get(), QPoint(0, 0)), stop->size());
    QVERIFY2(m_window->rect().contains(inWindow),
             qPrintable(QStringLiteral("STOP at %1,%2 %3x%4")
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height())));
    // Nothing covers it: the widget under its centre is the button.
    QCOMPARE(m_window->childAt(stop->mapTo(m_window.get(), stop->rect().center())), stop);
    // And it works from there.
    m_window->turnSelectedTo(150);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() != 0, timeoutMs);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, Qt::NoModifier,
                      stop->mapTo(m_window.get(), stop->rect().center()));
    waitStopped(1);
    QVERIFY(rotator(1)->state().bearingDeg().value_or(999) < 90);
}

// Without saved geometry the window fits the screen it opens on (it was always 1280x800).
void TestMainWindow::firstSizeFitsTheScreen()
{
    MainWindow window(m_session.get(), MainWindow::Context {});
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
    QVERIFY(window.width() >= std::min(640, available.width()));
    QVERIFY(available.contains(window.geometry()));
}

// At the first start (no saved header) Status is not cut: it was "Sta" even at 2560 px.
void TestMainWindow::statusColumnIsVisibleAtFirstStart()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_session.get(), MainWindow::Context {});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTableView *view = namedChild<QTableView>(m_window.get(), "rotatorList");
    QHeaderView *header = view->horizontalHeader();
    const int column = RotatorListModel::StatusColumn;
    QVERIFY(!header->isSectionHidden(column));
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    QVERIFY(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title));
    QTRY_VERIFY_WITH_TIMEOUT(view->viewport()->width() > 0, timeoutMs);
    QVERIFY2(
        header->sectionViewportPosition(column) >= 0
            && header->sectionViewportPosition(column) + header->sectionSize(column)
                <= view->viewport()->width(),
        qPrintable(QStringLiteral("Status at %1..%2 of %3")
                       .arg(header->sectionViewportPosition(column))
                       .arg(header->sectionViewportPosition(column) + header->sectionSize(column))
                       .arg(view->viewport()->width())));
}

// Sorted by label, then CALL/ID (numbers as numbers); any column sorts on a header click.
void TestMainWindow::listIsSortedByLabelThenAddress()
{
    auto relabel = [this](Rotator *r, const QString &label) {
        RotatorSettings config = m_session->rotatorSettings(r);
        config.label = label;
        m_session->updateRotatorSettings(config);
    };
    relabel(rotator(0), QStringLiteral("Beam"));
    relabel(rotator(1), QStringLiteral("aerial"));
    relabel(rotator(2), QStringLiteral("Aerial"));
    // A fourth, silent one whose ID sorts first but which was added last.
    RotatorSettings extra;
    extra.brokerName = QStringLiteral("test");
    extra.address = RotatorAddress {m_call, QStringLiteral("0")};
    extra.label = QStringLiteral("Aerial");
    m_session->addRotator(extra);

    QTableView *view = namedChild<QTableView>(m_window.get(), "rotatorList");
    auto order = [view] {
        QStringList ids;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            ids << view->model()
                       ->index(row, RotatorListModel::AddressColumn)
                       .data()
                       .toString()
                       .section(QLatin1Char('/'), -1);
        }
        return ids.join(QLatin1Char(' '));
    };
    QTRY_COMPARE_WITH_TIMEOUT(order(), QStringLiteral("0 2 3 1"), timeoutMs);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RotatorListModel::LabelColumn));

    // Sortable: a click on the Address header sorts by CALL/ID.
    QHeaderView *header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(RotatorListModel::AddressColumn)
        + header->sectionSize(RotatorListModel::AddressColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(RotatorListModel::AddressColumn));
    QTRY_VERIFY_WITH_TIMEOUT(
        order() == QStringLiteral("0 1 2 3") || order() == QStringLiteral("3 2 1 0"), timeoutMs);
}

// Issue 13: a double-click on the map sent the Target twice.
void TestMainWindow::mapDoubleClickSendsOnce()
{
    selectOnly(0);
    CompassMapWidget *map = namedChild<CompassMapWidget>(m_window.get(), "compassMap");
    QSignalSpy sent(rotator(0), &Rotator::commandSent);
    // What the window system delivers for a double-click: press, release, double-click
    // (QTest::mouseDClick sends that one event alone), release.
    const QPoint at = map->pointForBearing(90, 0.5).toPoint();
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(map, Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, at);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().moving, timeoutMs);
    waitStopped(0);
    QVERIFY(near(rotator(0)->state().bearingDeg(), 90));
    // Longer than the 1 s pacing, so a second Target would have gone out by now.
    const int targets = int(std::count_if(sent.cbegin(), sent.cend(), [](const QList<QVariant> &s) {
        return s.at(0).toString() == QLatin1String("Target");
    }));
    QCOMPARE(targets, 1);
}

// Issue 13: with the broker down Go stayed enabled and the preview promised a time.
void TestMainWindow::goIsDisabledWhileTheBrokerIsDown()
{
    selectOnly(0);
    RotatorPanel *panel = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel");
    namedChild<QLineEdit>(panel, "targetEdit")->setText(QStringLiteral("135"));
    QVERIFY(namedChild<QPushButton>(panel, "goButton")->isEnabled());
    m_broker.broker().stop();
    QTRY_COMPARE_WITH_TIMEOUT(rotator(0)->state().link, LinkState::BrokerDown, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!namedChild<QPushButton>(panel, "goButton")->isEnabled(), timeoutMs);
    QVERIFY2(namedChild<QLabel>(panel, "previewLabel")->text().contains(QStringLiteral("broker")),
             qPrintable(namedChild<QLabel>(panel, "previewLabel")->text()));
    QVERIFY(!namedChild<QLabel>(panel, "previewLabel")->text().contains(QStringLiteral("≈")));
    QVERIFY(!namedChild<QPushButton>(panel, "goButton")->toolTip().isEmpty());

    QVERIFY2(m_broker.broker().restart(10000), qPrintable(m_broker.why()));
    QTRY_VERIFY_WITH_TIMEOUT(rotator(0)->state().link != LinkState::BrokerDown, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(panel, "goButton")->isEnabled(), timeoutMs);
}

void TestMainWindow::quitWhileTurningAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("stop them and quit") << QStringLiteral("stopAndQuitButton");
    QTest::newRow("quit, let them finish") << QStringLiteral("letFinishButton");
    QTest::newRow("cancel") << QString();
}

// Issue 13: quitting while rotators turn asks (stop them / let them finish / cancel), and the
// question is modeless.
void TestMainWindow::quitWhileTurningAsks()
{
    QFETCH(QString, answer);
    selectOnly(1);
    m_window->turnSelectedTo(150);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().moving, timeoutMs);
    QSignalSpy sent(rotator(1), &Rotator::commandSent);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("quitBox")))
                                 && box->isVisible(),
                             timeoutMs);
    QVERIFY(!QApplication::activeModalWidget());
    if (answer.isEmpty()) {
        box->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<QMessageBox *>(QStringLiteral("quitBox")),
                                 timeoutMs);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_sim->devices().at(1)->status() != 0);
        return;
    }
    auto *button = box->findChild<QPushButton *>(answer);
    QVERIFY(button);
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), timeoutMs);
    const bool stopped = std::any_of(sent.cbegin(), sent.cend(), [](const QList<QVariant> &s) {
        return s.at(0).toString() == QLatin1String("stop");
    });
    if (answer == QLatin1String("stopAndQuitButton")) {
        QVERIFY(stopped);
        waitStopped(1);
    } else {
        QVERIFY(!stopped);
        QVERIFY(m_sim->devices().at(1)->status() != 0); // still turning to its target
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
