// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/firstrunpanel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestFirstRunPanel : public QObject
{
    Q_OBJECT

private slots:
    void locatorIsCheckedAsTyped();
    void buttonsAsk();
};

void TestFirstRunPanel::locatorIsCheckedAsTyped()
{
    FirstRunPanel panel;
    panel.show();
    QSignalSpy edited(&panel, &FirstRunPanel::locatorEdited);
    QSignalSpy accepted(&panel, &FirstRunPanel::locatorAccepted);
    auto *field = panel.findChild<QLineEdit *>(u"firstRunLocator"_qs);
    auto *set = panel.findChild<QPushButton *>(u"firstRunSetLocator"_qs);
    QVERIFY(field && set);
    QTest::keyClicks(field, u"ZZ99"_qs);
    QCOMPARE(edited.count(), 0);
    QVERIFY(!set->isEnabled());
    field->clear();
    QTest::keyClicks(field, u"jo70va"_qs);
    QVERIFY(set->isEnabled());
    QVERIFY(edited.count() >= 1);
    QCOMPARE(edited.last().at(0).toString(), u"JO70VA"_qs);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.at(0).at(0).toString(), u"JO70VA"_qs);
}

void TestFirstRunPanel::buttonsAsk()
{
    FirstRunPanel panel;
    panel.show();
    QSignalSpy broker(&panel, &FirstRunPanel::addBrokerRequested);
    QSignalSpy demo(&panel, &FirstRunPanel::demoRequested);
    QSignalSpy dismissed(&panel, &FirstRunPanel::dismissed);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"firstRunAddBroker"_qs), Qt::LeftButton);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"firstRunDemo"_qs), Qt::LeftButton);
    QCOMPARE(broker.count(), 1);
    QCOMPARE(demo.count(), 1);
    panel.setDemoAvailable(false, u"mosquitto is not installed"_qs);
    QVERIFY(!panel.findChild<QPushButton *>(u"firstRunDemo"_qs)->isEnabled());
    QTest::mouseClick(panel.findChild<QPushButton *>(u"firstRunHide"_qs), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!panel.isVisible());
}

QTEST_MAIN(TestFirstRunPanel)
#include "tst_firstrunpanel.moc"
