// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addrotatordialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

/// Only addresses a real unit can have, and not twice, can be added.
class TestAddRotatorDialog : public QObject
{
    Q_OBJECT

private slots:
    void validates_data();
    void validates();
    void isNonModal();
};

void TestAddRotatorDialog::validates_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("usual") << u"OK1RD"_qs << u"1"_qs << true;
    QTest::newRow("factory-fresh: empty ID") << u"EE:FF"_qs << QString() << true;
    QTest::newRow("two-character ID") << u"OK1RD"_qs << u"12"_qs << true;
    QTest::newRow("20-character call") << QString(20, u'A') << u"1"_qs << true;
    QTest::newRow("no call") << QString() << u"1"_qs << false;
    QTest::newRow("21-character call") << QString(21, u'A') << u"1"_qs << false;
    QTest::newRow("three-character ID") << u"OK1RD"_qs << u"123"_qs << false;
    QTest::newRow("slash") << u"OK/RD"_qs << u"1"_qs << false;
    QTest::newRow("wildcard") << u"OK1RD"_qs << u"+"_qs << false;
    QTest::newRow("space") << u"OK 1RD"_qs << u"1"_qs << false;
    QTest::newRow("taken") << u"OK1RD"_qs << u"9"_qs << false;
}

void TestAddRotatorDialog::validates()
{
    QFETCH(QString, call);
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    AddRotatorDialog dialog({u"club"_qs},
                            {AddRotatorDialog::takenKey(u"club"_qs, {u"OK1RD"_qs, u"9"_qs})});
    dialog.findChild<QLineEdit *>(u"call"_qs)->setText(call);
    dialog.findChild<QLineEdit *>(u"id"_qs)->setText(id);
    QPushButton *ok = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == u"&Add"_qs)
            ok = button;
    QVERIFY(ok);
    QCOMPARE(ok->isEnabled(), accepted);
    if (accepted) {
        QCOMPARE(dialog.rotator().address.call, call);
        QCOMPARE(dialog.rotator().address.id, id);
        QCOMPARE(dialog.rotator().brokerName, u"club"_qs);
    }
}

void TestAddRotatorDialog::isNonModal()
{
    AddRotatorDialog dialog({u"club"_qs}, {});
    QCOMPARE(dialog.windowModality(), Qt::NonModal);
    QVERIFY(!dialog.isModal());
}

QTEST_MAIN(TestAddRotatorDialog)
#include "tst_addrotatordialog.moc"
