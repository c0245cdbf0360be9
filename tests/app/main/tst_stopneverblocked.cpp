// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrydata.h"
#include "dialogs/azelpairsdialog.h"
#include "dialogs/brokerprofilesdialog.h"
#include "dialogs/clusternodesdialog.h"
#include "dialogs/countrydatadialog.h"
#include "dialogs/groupsdialog.h"
#include "dialogs/interopdialog.h"
#include "dialogs/rotatorpropertiesdialog.h"
#include "dialogs/stationdialog.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/confirmbar.h"
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
#include <QColorDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>
#include <tuple>

namespace {
constexpr int timeoutMs = 20000;

enum class StopPath { StopAction, StopAllAction, EscapeInMainWindow, ShiftEscapeInDialog, Button };
} // namespace
Q_DECLARE_METATYPE(StopPath)

/// Issue 13: no dialog, question or message may keep a stop from going out. While rotator 2
/// turns, each dialog and question is opened in turn and each stop path is used; the `stop`
/// must appear on the wire (seen by a separate MQTT client on the real broker). Input goes
/// through the window system (QWindow overloads of QTest), so modality applies as for a user.
class TestStopNeverBlocked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void stopWhileOpen_data();
    void stopWhileOpen();
    void anyStopCancelsTheUnwindQuestion();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    QString topic(int index, const QString &leaf) const
    {
        return QStringLiteral("%1/%2/ROT/%3").arg(m_call).arg(index + 1).arg(leaf);
    }
    /// Topics seen on the wire since `from` (an index into m_wire).
    [[nodiscard]] bool seen(const QString &wanted, qsizetype from) const;
    /// Opens what the row names; returns the window to type into (nullptr on failure).
    QWidget *open(const QString &what);
    void clickInMainWindow(QWidget *widget);
    void startTurning();

    BrokerFixture m_broker;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<CountryData> m_countryData;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MqttConnection> m_spy;
    std::unique_ptr<MainWindow> m_window;
    QList<MqttMessage> m_wire;
    QString m_call;
};

void TestStopNeverBlocked::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("rotordeck.ini")));
    m_call = BrokerFixture::uniqueCall();

    // The spy: a separate client that sees every command leaf of this test's rotators.
    m_spy = std::make_unique<MqttConnection>(m_broker.profile());
    connect(m_spy.get(), &MqttConnection::messagesReceived, this,
            [this](const QList<MqttMessage> &messages) { m_wire.append(messages); });
    m_spy->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_spy->isConnected(), timeoutMs);
    m_spy->subscribe(m_call + QStringLiteral("/+/ROT/stop"));
    m_spy->subscribe(m_call + QStringLiteral("/+/ROT/Target"));

    // 1: idle at raw 350 of a 360° range (10° is a long unwind from there); 2: turns at 6°/s.
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    for (const int initialRawDeg : {350, 0}) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = QString::number(m_sim->devices().size() + 1);
        config.speedDegPerSec = 6;
        config.maxRotateDeg = 360;
        config.fastInbound = true;
        config.initialRawDeg = initialRawDeg;
        apptest::addSimulatedRotator(*m_sim, *m_session, config,
                                     QStringLiteral("R%1").arg(config.id));
    }
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 2, timeoutMs);

    const BrokerProfile profile = apptest::simulatorBrokerProfile(m_broker.tcpUrl());
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    for (int i = 0; i < 2; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(rotator(i)->state().rawAzimuthDeg.has_value(), timeoutMs);

    // Update Country Data needs country data; a download would go to the temporary folder.
    m_countryData = std::make_unique<CountryData>(dxcc::systemCountryFilePath(),
                                                  m_dir.filePath(QStringLiteral("cty.dat")));
    MainWindow::Context context;
    context.store = m_store.get();
    context.settings.brokers = {profile};
    context.countryData = m_countryData.get();
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStopNeverBlocked::init()
{
    // Both selected, so that a stop of the selection reaches the turning rotator too.
    namedChild<QTableView>(m_window.get(), "rotatorList")->selectAll();
    QCOMPARE(m_window->selectedRotators().size(), 2);
    QApplication::setActiveWindow(m_window.get());
}

void TestStopNeverBlocked::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w != m_window.get() && w->isVisible())
            w->close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), timeoutMs);
    m_session->stopAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() == 0, timeoutMs);
}

void TestStopNeverBlocked::cleanupTestCase()
{
    m_window.reset();
    m_countryData.reset();
    m_session.reset();
    m_spy.reset();
    m_sim.reset();
}

bool TestStopNeverBlocked::seen(const QString &wanted, qsizetype from) const
{
    for (qsizetype i = from; i < m_wire.size(); ++i) {
        if (m_wire.at(i).topic == wanted)
            return true;
    }
    return false;
}

void TestStopNeverBlocked::startTurning()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() == 0, timeoutMs);
    // Back and forth between 10 and 170 across rows, always well away from where it is.
    const int bearing = m_sim->devices().at(1)->bearingDeg() < 90 ? 170 : 10;
    const CommandResult sent = rotator(1)->turnToBearing(bearing);
    QVERIFY2(sent, qPrintable(sent.detail));
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() != 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rotator(1)->state().moving, timeoutMs);
}

void TestStopNeverBlocked::clickInMainWindow(QWidget *widget)
{
    QVERIFY(widget);
    QTRY_VERIFY_WITH_TIMEOUT(widget->isVisible(), timeoutMs);
    const QPoint at = widget->mapTo(m_window.get(), widget->rect().center());
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, Qt::NoModifier, at);
}

QWidget *TestStopNeverBlocked::open(const QString &what)
{
    auto visibleChild = [this](auto *typeTag, const QString &name = {}) -> QWidget * {
        using T = std::remove_pointer_t<decltype(typeTag)>;
        const QList<T *> found = m_window->findChildren<T *>(name);
        for (T *w : found) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    };
    QWidget *window = nullptr;
    if (what == QLatin1String("long unwind")) {
        // Rotator 1 at raw 350 to 10: the long way round (CCW 340°), so the app asks.
        m_window->turnSelectedTo(10);
        ConfirmBar *bar = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar();
        if (!QTest::qWaitFor([bar] { return bar->isVisible(); }, timeoutMs))
            return nullptr;
        if (!namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible())
            return nullptr;
        namedChild<QPushButton>(bar, "acceptButton")->setFocus();
        return m_window.get();
    }
    if (what == QLatin1String("quit question")) {
        // Rotator 2 turns, so closing the window asks first.
        m_window->close();
        return QTest::qWaitFor(
                   [&] {
                       return (window = visibleChild(static_cast<QMessageBox *>(nullptr),
                                                     QStringLiteral("quitBox")))
                           != nullptr;
                   },
                   timeoutMs)
            ? window
            : nullptr;
    }
    static const QHash<QString, MainWindow::Command> actionOf {
        {QStringLiteral("properties"), MainWindow::Command::Properties},
        {QStringLiteral("colour picker"), MainWindow::Command::Properties},
        {QStringLiteral("brokers"), MainWindow::Command::Brokers},
        {QStringLiteral("CA file picker"), MainWindow::Command::Brokers},
        {QStringLiteral("station"), MainWindow::Command::Station},
        {QStringLiteral("az/el pairs"), MainWindow::Command::AzElPairs},
        {QStringLiteral("country data"), MainWindow::Command::UpdateCountryData},
        {QStringLiteral("groups"), MainWindow::Command::Groups},
        {QStringLiteral("settings file"), MainWindow::Command::SettingsFile},
        {QStringLiteral("shortcuts"), MainWindow::Command::Shortcuts},
        {QStringLiteral("about"), MainWindow::Command::About},
        {QStringLiteral("about Qt"), MainWindow::Command::AboutQt},
    };
    // Settings menu entries that have no Command of their own.
    static const QHash<QString, QString> actionNamed {
        {QStringLiteral("interop"), QStringLiteral("interop")},
        {QStringLiteral("DX cluster"), QStringLiteral("dxCluster")},
    };
    QAction *action = actionOf.contains(what)
        ? m_window->action(actionOf.value(what))
        : m_window->findChild<QAction *>(actionNamed.value(what));
    if (!action)
        return nullptr;
    action->trigger();
    auto wait = [&](auto find) {
        // The caller checks the result (window stays null when it never opened).
        std::ignore = QTest::qWaitFor([&] { return (window = find()) != nullptr; }, timeoutMs);
    };
    if (what == QLatin1String("properties") || what == QLatin1String("colour picker"))
        wait([&] { return visibleChild(static_cast<RotatorPropertiesDialog *>(nullptr)); });
    else if (what == QLatin1String("brokers") || what == QLatin1String("CA file picker"))
        wait([&] { return visibleChild(static_cast<BrokerProfilesDialog *>(nullptr)); });
    else if (what == QLatin1String("station"))
        wait([&] { return visibleChild(static_cast<StationDialog *>(nullptr)); });
    else if (what == QLatin1String("az/el pairs"))
        wait([&] { return visibleChild(static_cast<AzElPairsDialog *>(nullptr)); });
    else if (what == QLatin1String("interop"))
        wait([&] { return visibleChild(static_cast<InteropDialog *>(nullptr)); });
    else if (what == QLatin1String("DX cluster"))
        wait([&] { return visibleChild(static_cast<ClusterNodesDialog *>(nullptr)); });
    else if (what == QLatin1String("country data"))
        wait([&] { return visibleChild(static_cast<CountryDataDialog *>(nullptr)); });
    else if (what == QLatin1String("groups"))
        wait([&] { return visibleChild(static_cast<GroupsDialog *>(nullptr)); });
    else if (what == QLatin1String("settings file"))
        wait([&] {
            return visibleChild(static_cast<QMessageBox *>(nullptr),
                                QStringLiteral("settingsFileBox"));
        });
    else if (what == QLatin1String("shortcuts"))
        wait([&] {
            return visibleChild(static_cast<QMessageBox *>(nullptr),
                                QStringLiteral("shortcutsBox"));
        });
    else if (what == QLatin1String("about"))
        wait([&] {
            return visibleChild(static_cast<QMessageBox *>(nullptr), QStringLiteral("aboutBox"));
        });
    else if (what == QLatin1String("about Qt"))
        wait([&] {
            return visibleChild(static_cast<QMessageBox *>(nullptr), QStringLiteral("aboutQtBox"));
        });
    if (!window)
        return nullptr;

    // Pickers opened from inside a dialog.
    QString button;
    if (what == QLatin1String("colour picker"))
        button = QStringLiteral("colourButton");
    else if (what == QLatin1String("CA file picker"))
        button = QStringLiteral("caBrowseButton");
    if (!button.isEmpty()) {
        auto *b = window->findChild<QPushButton *>(button);
        if (!b)
            return nullptr;
        b->click();
        QWidget *picker = nullptr;
        std::ignore = QTest::qWaitFor(
            [&] {
                if (what == QLatin1String("colour picker"))
                    picker = window->findChild<QColorDialog *>();
                else
                    picker = window->findChild<QFileDialog *>();
                return picker && picker->isVisible();
            },
            timeoutMs);
        window = picker && picker->isVisible() ? picker : nullptr;
    }
    if (window) {
        window->activateWindow();
        QApplication::setActiveWindow(window);
    }
    return window;
}

void TestStopNeverBlocked::stopWhileOpen_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<StopPath>("path");
    const QStringList opened {
        QStringLiteral("long unwind"),    QStringLiteral("properties"),
        QStringLiteral("colour picker"),  QStringLiteral("brokers"),
        QStringLiteral("CA file picker"), QStringLiteral("station"),
        QStringLiteral("interop"),        QStringLiteral("DX cluster"),
        QStringLiteral("country data"),   QStringLiteral("groups"),
        QStringLiteral("az/el pairs"),    QStringLiteral("settings file"),
        QStringLiteral("shortcuts"),      QStringLiteral("about"),
        QStringLiteral("about Qt"),       QStringLiteral("quit question"),
    };
    const std::pair<StopPath, const char *> paths[] = {
        {StopPath::StopAction, "toolbar Stop"},
        {StopPath::StopAllAction, "toolbar Stop All"},
        {StopPath::EscapeInMainWindow, "Esc in the main window"},
        {StopPath::ShiftEscapeInDialog, "Shift+Esc typed into it"},
        {StopPath::Button, "STOP button"},
    };
    for (const QString &what : opened) {
        for (const auto &[path, name] : paths)
            QTest::addRow("%s, %s", qPrintable(what), name) << what << path;
    }
}

void TestStopNeverBlocked::stopWhileOpen()
{
    QFETCH(QString, what);
    QFETCH(StopPath, path);

    startTurning();
    const qsizetype from = m_wire.size();
    QWidget *window = open(what);
    QVERIFY2(window, qPrintable(what + QStringLiteral(" did not open")));
    QVERIFY(!seen(topic(1, QStringLiteral("stop")), from)); // opening it stopped nothing

    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("commandToolBar"));
    QVERIFY(toolBar);
    switch (path) {
    case StopPath::StopAction:
        clickInMainWindow(toolBar->widgetForAction(m_window->action(MainWindow::Command::Stop)));
        break;
    case StopPath::StopAllAction:
        clickInMainWindow(toolBar->widgetForAction(m_window->action(MainWindow::Command::StopAll)));
        break;
    case StopPath::EscapeInMainWindow:
        // The user clicks into the main window (the list), which the window manager activates,
        // and presses Esc.
        clickInMainWindow(namedChild<QTableView>(m_window.get(), "rotatorList")->viewport());
        namedChild<QTableView>(m_window.get(), "rotatorList")->selectAll();
        m_window->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), timeoutMs);
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Escape);
        break;
    case StopPath::ShiftEscapeInDialog:
        QVERIFY(window->windowHandle());
        QTest::keyClick(window->windowHandle(), Qt::Key_Escape, Qt::ShiftModifier);
        break;
    case StopPath::Button:
        clickInMainWindow(namedChild<QPushButton>(
            namedChild<RotatorPanel>(m_window.get(), "rotatorPanel"), "stopButton"));
        break;
    }
    QTRY_VERIFY2_WITH_TIMEOUT(
        seen(topic(1, QStringLiteral("stop")), from),
        qPrintable(QStringLiteral("no stop on the wire with %1 open").arg(what)), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->devices().at(1)->status() == 0, timeoutMs);
    // A stop also drops the long-unwind question: rotator 1 never got its target.
    QVERIFY(!namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar()->isVisible());
    QVERIFY(!namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible());
    QVERIFY(!seen(topic(0, QStringLiteral("Target")), from));
}

// After any stop, Turn is no longer on offer: a late click cannot start the dropped turn.
void TestStopNeverBlocked::anyStopCancelsTheUnwindQuestion()
{
    const qsizetype from = m_wire.size();
    m_window->turnSelectedTo(10);
    ConfirmBar *bar = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), timeoutMs);
    QVERIFY(bar->text().contains(QStringLiteral("R1")));
    QVERIFY(namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")
                ->text()
                .contains(QStringLiteral("R1")));
    m_window->stopAll();
    QVERIFY(!bar->isVisible());
    QVERIFY(!namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(0, QStringLiteral("stop")), from), timeoutMs);
    QVERIFY(!seen(topic(0, QStringLiteral("Target")), from));

    // A new selection drops it too; a new question replaces the old one.
    m_window->turnSelectedTo(10);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), timeoutMs);
    m_window->selectRotatorRow(1);
    QVERIFY(!bar->isVisible());
    QVERIFY(!namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible());

    // Turn on the overlay sends it.
    m_window->selectRotatorRow(0);
    m_window->turnSelectedTo(10);
    QTRY_VERIFY_WITH_TIMEOUT(
        namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay")->isVisible(), timeoutMs);
    namedChild<QPushButton>(namedChild<ConfirmBar>(m_window.get(), "longUnwindOverlay"),
                            "acceptButton")
        ->click();
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(seen(topic(0, QStringLiteral("Target")), from), timeoutMs);
}

QTEST_MAIN(TestStopNeverBlocked)
#include "tst_stopneverblocked.moc"
