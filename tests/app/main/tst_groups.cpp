// SPDX-License-Identifier: GPL-3.0-or-later
// Groups in the main window (issue 15 part 4) on a real mosquitto with simulated IP-Rotators:
// the group list selects a group's members, a map click or the target field turns each member
// by its offset with one preview and one long-unwind question, Stop and Park act on them all,
// and the map marks the group.
#include "mainwindow.h"
#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/rotatorpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatedrotator.h"
#include "sim/simulatorhost.h"

#include "namedchild.h"
#include "simulatedrotators.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 20000;
constexpr int fastSpeedDegPerSec = 30;
} // namespace

class TestGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsGroupsAndSelectsMembers();
    void choosingARotatorLeavesTheGroup();
    void mapClickTurnsEachByItsOffset();
    void targetFieldStopAndParkActOnTheGroup();
    void longUnwindIsAskedOnce();
    void emptyGroupTurnsNothing();

private:
    Rotator *rotator(int index) const { return m_session->rotatorAt(index); }
    [[nodiscard]] GroupMemberSettings member(int index, int offsetDeg) const
    {
        return {apptest::simulatorBrokerName(), rotator(index)->address(), offsetDeg};
    }
    void openWindow(const QList<GroupSettings> &groups);
    [[nodiscard]] QListView *groupList() const
    {
        return namedChild<QListView>(m_window.get(), "groupList");
    }
    void clickMap(int bearingDeg);
    [[nodiscard]] int deviceTarget(int index) const
    {
        return m_sim->devices().at(index)->rawTargetDeg();
    }

    BrokerFixture m_broker;
    SystemClock m_clock;
    std::unique_ptr<SimulatorHost> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_call;
};

void TestGroups::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestGroups::init()
{
    m_call = BrokerFixture::uniqueCall();
    m_sim = std::make_unique<SimulatorHost>(m_broker.tcpUrl(), m_clock);
    m_session = std::make_unique<Session>(m_clock);
    // R1, R2: 360° from north; R3: 300° from north (dark zone 300..359). All at raw 0.
    int n = 0;
    for (const int range : {360, 360, 300}) {
        SimulatedRotatorConfig config;
        config.call = m_call;
        config.id = QString::number(++n);
        config.speedDegPerSec = fastSpeedDegPerSec;
        config.slowWindowDeg = 50.0; // a fast unit's settled brake window (no overshoot)
        config.maxRotateDeg = range;
        config.fastInbound = true;
        config.initialRawDeg = 0;
        apptest::addSimulatedRotator(*m_sim, *m_session, config, u"R%1"_s.arg(n));
    }
    m_sim->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->readyCount(), 3, timeoutMs);
    MqttConnection *connection
        = m_session->addBroker(apptest::simulatorBrokerProfile(m_broker.tcpUrl()));
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(rotator(i)->state().rawAzimuthDeg.has_value(), timeoutMs);
}

void TestGroups::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_sim.reset();
}

void TestGroups::openWindow(const QList<GroupSettings> &groups)
{
    MainWindow::Context context;
    context.settings.groups = groups;
    m_window = std::make_unique<MainWindow>(m_session.get(), context);
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGroups::clickMap(int bearingDeg)
{
    CompassMapWidget *map = m_window->compassMap();
    QSignalSpy requested(map, &CompassMapWidget::bearingRequested);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                      map->pointForBearing(bearingDeg, 0.5).toPoint());
    QCOMPARE(requested.count(), 1);
}

void TestGroups::listShowsGroupsAndSelectsMembers()
{
    openWindow({{u"Stack"_s, {member(0, 0), member(2, 15)}}, {u"Empty"_s, {}}});
    QListView *list = groupList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Stack (2)"_s);
    QCOMPARE(list->model()->index(1, 0).data().toString(), u"Empty (0)"_s);
    QVERIFY(list->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"R3: +15°"_s));

    // A click on the group's row selects it and its members.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualRect(list->model()->index(0, 0)).center());
    QCOMPARE(m_window->selectedGroup(), u"Stack"_s);
    QCOMPARE(m_window->selectedRotators(), (QList<Rotator *> {rotator(0), rotator(2)}));
    // The map marks the group over its members' beams, which are highlighted together.
    m_window->flushMap();
    const MapGroupMark mark = m_window->compassMap()->groupMark();
    QCOMPARE(mark.name, u"Stack"_s);
    QCOMPARE(mark.beamIds.size(), 2);
    int selectedBeams = 0;
    for (const MapBeam &beam : m_window->compassMap()->beams()) {
        if (beam.selected) {
            ++selectedBeams;
            QVERIFY2(mark.beamIds.contains(beam.id), qPrintable(beam.id));
        }
    }
    QCOMPARE(selectedBeams, 2);
}

void TestGroups::choosingARotatorLeavesTheGroup()
{
    openWindow({{u"Stack"_s, {member(0, 0), member(1, 15)}}});
    m_window->selectGroupRow(0);
    QCOMPARE(m_window->selectedGroup(), u"Stack"_s);
    m_window->selectRotatorRow(2);
    QCOMPARE(m_window->selectedGroup(), QString());
    QVERIFY(groupList()->selectionModel()->selectedRows().isEmpty());
    m_window->flushMap();
    QVERIFY(m_window->compassMap()->groupMark().isEmpty());
    // A click now turns the chosen rotator alone, with no offset.
    clickMap(100);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(2), 100, timeoutMs);
    QCOMPARE(deviceTarget(0), -1);
    QCOMPARE(deviceTarget(1), -1);
}

void TestGroups::mapClickTurnsEachByItsOffset()
{
    // 100 + 220 = 320° lies in R3's dark zone: R3 is refused and reported, the others turn.
    openWindow({{u"Stack"_s, {member(0, 0), member(1, 20), member(2, 220)}}});
    m_window->selectGroupRow(0);
    QSignalSpy refusedR3(rotator(2), &Rotator::commandSent);
    clickMap(100);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(0), 100, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(1), 120, timeoutMs);
    // One preview for the group: where each member goes.
    const QString preview = m_window->statusBar()->currentMessage();
    QVERIFY2(preview.contains(u"Stack"_s) && preview.contains(u"R1 100°"_s)
                 && preview.contains(u"R2 120°"_s) && !preview.contains(u"R3"_s),
             qPrintable(preview));
    QCOMPARE(deviceTarget(2), -1);
    QCOMPARE(refusedR3.count(), 0);
}

void TestGroups::targetFieldStopAndParkActOnTheGroup()
{
    openWindow({{u"Pair"_s, {member(0, 0), member(1, -30)}}});
    m_window->selectGroupRow(0);
    RotatorPanel *panel = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel");
    namedChild<QLineEdit>(panel, "targetEdit")->setText(u"170"_s);
    QTest::mouseClick(namedChild<QPushButton>(panel, "goButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(0), 170, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(1), 140, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->devices().at(0)->status() != 0 && m_sim->devices().at(1)->status() != 0, timeoutMs);

    QSignalSpy stop0(rotator(0), &Rotator::stopRequested);
    QSignalSpy stop1(rotator(1), &Rotator::stopRequested);
    QSignalSpy stop2(rotator(2), &Rotator::stopRequested);
    m_window->action(MainWindow::Command::Stop)->trigger();
    QCOMPARE(stop0.count(), 1);
    QCOMPARE(stop1.count(), 1);
    QCOMPARE(stop2.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->devices().at(0)->status() == 0 && m_sim->devices().at(1)->status() == 0, timeoutMs);
    QVERIFY(m_sim->devices().at(0)->bearingDeg() < 165);

    // Park: each at its own park bearing, offsets do not apply. R2 has none and is reported.
    RotatorSettings config = m_session->rotatorSettings(rotator(0));
    config.parkBearingDeg = 80;
    m_session->updateRotatorSettings(config);
    QSignalSpy sent0(rotator(0), &Rotator::commandSent);
    QSignalSpy sent1(rotator(1), &Rotator::commandSent);
    m_window->action(MainWindow::Command::Park)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(sent0.count(), 1, timeoutMs);
    QCOMPARE(sent0.first().at(0).toString(), u"Target"_s);
    QCOMPARE(sent0.first().at(1).toByteArray(), QByteArray("80"));
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(0), 80, timeoutMs);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"R2"_s));
    QCOMPARE(sent1.count(), 0);
}

void TestGroups::longUnwindIsAskedOnce()
{
    // From raw 0 of a 360° range, 225° is only reachable the long way: both members would make
    // that move, and one question covers them both.
    openWindow({{u"Stack"_s, {member(0, 0), member(1, 5)}}});
    m_window->selectGroupRow(0);
    QSignalSpy sent0(rotator(0), &Rotator::commandSent);
    QSignalSpy sent1(rotator(1), &Rotator::commandSent);
    clickMap(225);
    ConfirmBar *bar = namedChild<RotatorPanel>(m_window.get(), "rotatorPanel")->unwindBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"R1"_s) && bar->text().contains(u"R2"_s),
             qPrintable(bar->text()));
    QCOMPARE(sent0.count() + sent1.count(), 0);
    QTest::mouseClick(namedChild<QPushButton>(bar, "acceptButton"), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(0), 225, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(deviceTarget(1), 230, timeoutMs);
}

void TestGroups::emptyGroupTurnsNothing()
{
    openWindow({{u"Empty"_s, {}}});
    m_window->selectGroupRow(0);
    QCOMPARE(m_window->selectedGroup(), u"Empty"_s);
    QVERIFY(m_window->selectedRotators().isEmpty());
    clickMap(90);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no members"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(deviceTarget(i), -1);
}

QTEST_MAIN(TestGroups)
#include "tst_groups.moc"
