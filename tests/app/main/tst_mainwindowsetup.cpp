// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addrotatordialog.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/compassmapwidget.h"
#include "widgets/firstrunpanel.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "mqtt/mqttconnection.h"
#include "settings/settingsstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int timeoutMs = 20000;
}

/// A first start guides, an empty list says what happens, rotators are added and forgotten
/// from the window: real widgets (offscreen), a real settings file, a real mosquitto.
class TestMainWindowSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void firstRunGuides();
    void emptyListSaysWhatHappens();
    void addAndForgetFromTheWindow();

private:
    QLabel *hint(MainWindow &window) const
    {
        return window.findChild<QLabel *>(u"emptyListHint"_qs);
    }

    BrokerFixture m_fixture;
    SystemClock m_clock;
};

void TestMainWindowSetup::firstRunGuides()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session session(m_clock);
    MainWindow::Context context;
    context.store = &store;
    MainWindow window(&session, context);
    window.show();
    auto *panel = window.findChild<FirstRunPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    // The panel stands in the empty list's place; the list's own hint waits behind it.
    QVERIFY2(hint(window)->text().contains(u"No broker yet"_qs), qPrintable(hint(window)->text()));

    auto *map = window.findChild<CompassMapWidget *>();
    auto *field = panel->findChild<QLineEdit *>(u"firstRunLocator"_qs);
    QTest::keyClicks(field, u"JO70VA"_qs);
    QVERIFY(std::abs(map->stationLatDeg() - 50.02) < 0.01); // the map follows as it is typed
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(session.stationLocator(), u"JO70VA"_qs);
    QCOMPARE(store.load().settings.station.locator, u"JO70VA"_qs);

    // Once a broker exists the panel has done its job.
    BrokerProfile profile = m_fixture.profile();
    profile.name = u"club"_qs;
    session.addBroker(profile);
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY(hint(window)->isVisible());
}

void TestMainWindowSetup::emptyListSaysWhatHappens()
{
    Session session(m_clock);
    BrokerProfile profile = m_fixture.profile();
    profile.name = u"club"_qs;
    profile.discover = true;
    MqttConnection *connection = session.addBroker(profile);
    MainWindow window(&session, MainWindow::Context {});
    window.show();
    QVERIFY(!window.findChild<FirstRunPanel *>()); // a broker is given: no first run
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY2(hint(window)->text().contains(u"Listening for rotators on club"_qs),
                 qPrintable(hint(window)->text()));
    QVERIFY(hint(window)->isVisible());
}

void TestMainWindowSetup::addAndForgetFromTheWindow()
{
    QTemporaryDir dir;
    SettingsStore store(dir.filePath(u"s.ini"_qs));
    Session session(m_clock);
    MainWindow::Context context;
    context.store = &store;
    BrokerProfile profile = m_fixture.profile();
    profile.name = u"club"_qs;
    profile.discover = false;
    context.settings.brokers = {profile};
    session.addBroker(profile);
    MainWindow window(&session, context);
    window.show();

    window.action(MainWindow::Command::AddRotator)->trigger();
    auto *dialog = window.findChild<AddRotatorDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    dialog->findChild<QLineEdit *>(u"call"_qs)->setText(u"OK1RD"_qs);
    dialog->findChild<QLineEdit *>(u"id"_qs)->setText(u"7"_qs);
    dialog->accept();
    QCOMPARE(session.rotatorCount(), 1);
    QTRY_VERIFY(!hint(window)->isVisible());
    QCOMPARE(store.load().settings.rotators.size(), 1);

    window.selectRotatorRow(0);
    window.action(MainWindow::Command::ForgetRotator)->trigger();
    auto *box = window.findChild<QMessageBox *>(u"forgetRotatorBox"_qs);
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::NonModal);
    QTest::mouseClick(box->findChild<QPushButton *>(u"forgetButton"_qs), Qt::LeftButton);
    QTRY_COMPARE(session.rotatorCount(), 0);
    QCOMPARE(store.load().settings.rotators.size(), 0);
    QTRY_VERIFY(hint(window)->isVisible());
}

QTEST_MAIN(TestMainWindowSetup)
#include "tst_mainwindowsetup.moc"
