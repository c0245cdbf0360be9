// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/groupsdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RotatorSettings rotator(const QString &broker, const QString &id, const QString &label = {})
{
    RotatorSettings r;
    r.brokerName = broker;
    r.address = {u"OK1HRA"_s, id};
    r.label = label;
    return r;
}

} // namespace

/// Groups are made, renamed and deleted; members and offsets are chosen per group; a name that
/// is empty or taken keeps OK disabled.
class TestGroupsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSavedGroups();
    void newGroupWithMembersAndOffsets();
    void renameChecksTheName_data();
    void renameChecksTheName();
    void deleteGroup();
    void keepsMembersItDoesNotList();
    void isNonModal();

private:
    [[nodiscard]] QTableWidget *members() const
    {
        return m_dialog->findChild<QTableWidget *>(u"members"_s);
    }
    [[nodiscard]] QSpinBox *offset(int row) const
    {
        return m_dialog->findChild<QSpinBox *>(u"offset%1"_s.arg(row));
    }
    [[nodiscard]] QPushButton *ok() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    void check(int row, bool on)
    {
        members()
            ->item(row, GroupsDialog::MemberColumn)
            ->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    QList<RotatorSettings> m_rotators;
    std::unique_ptr<GroupsDialog> m_dialog;
};

void TestGroupsDialog::init()
{
    m_rotators = {rotator(u"Home"_s, u"1"_s, u"Upper yagi"_s), rotator(u"Home"_s, u"2"_s),
                  rotator(u"Club"_s, u"3"_s, u"Dipole"_s)};
    GroupSettings stack {
        u"Stack"_s,
        {{u"Home"_s, {u"OK1HRA"_s, u"1"_s}, 0}, {u"Home"_s, {u"OK1HRA"_s, u"2"_s}, -10}}};
    m_dialog = std::make_unique<GroupsDialog>(m_rotators, QList<GroupSettings> {stack});
}

void TestGroupsDialog::cleanup()
{
    m_dialog.reset();
}

void TestGroupsDialog::showsTheSavedGroups()
{
    auto *list = m_dialog->findChild<QListWidget *>(u"groups"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Stack"_s);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"name"_s)->text(), u"Stack"_s);
    QCOMPARE(members()->rowCount(), 3);
    QCOMPARE(members()->item(0, GroupsDialog::MemberColumn)->text(), u"Upper yagi (OK1HRA/1)"_s);
    QCOMPARE(members()->item(1, GroupsDialog::MemberColumn)->text(), u"OK1HRA/2"_s);
    QCOMPARE(members()->item(0, GroupsDialog::MemberColumn)->checkState(), Qt::Checked);
    QCOMPARE(members()->item(1, GroupsDialog::MemberColumn)->checkState(), Qt::Checked);
    QCOMPARE(members()->item(2, GroupsDialog::MemberColumn)->checkState(), Qt::Unchecked);
    QCOMPARE(offset(1)->value(), -10);
    QVERIFY(offset(1)->isEnabled());
    QVERIFY(!offset(2)->isEnabled());
    QVERIFY(ok()->isEnabled());
}

void TestGroupsDialog::newGroupWithMembersAndOffsets()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"newGroup"_s), Qt::LeftButton);
    auto *name = m_dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(name->text(), u"Group 2"_s);
    // Nothing is checked in a new group.
    for (int row = 0; row < 3; ++row)
        QCOMPARE(members()->item(row, GroupsDialog::MemberColumn)->checkState(), Qt::Unchecked);
    name->selectAll();
    QTest::keyClicks(name, u"All 20 m"_s);
    check(2, true);
    offset(2)->setValue(180);
    check(0, true);
    offset(0)->setValue(-25);
    check(1, true);
    check(1, false);
    QVERIFY(ok()->isEnabled());

    const QList<GroupSettings> groups = m_dialog->groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).name, u"Stack"_s);
    QCOMPARE(groups.at(0).members.size(), 2); // untouched
    const GroupSettings &added = groups.at(1);
    QCOMPARE(added.name, u"All 20 m"_s);
    const QList<GroupMemberSettings> expected {{u"Club"_s, {u"OK1HRA"_s, u"3"_s}, 180},
                                               {u"Home"_s, {u"OK1HRA"_s, u"1"_s}, -25}};
    QCOMPARE(added.members, expected);

    // Back to the first group: its own members and offsets.
    m_dialog->selectGroup(0);
    QCOMPARE(offset(1)->value(), -10);
    QCOMPARE(members()->item(2, GroupsDialog::MemberColumn)->checkState(), Qt::Unchecked);
}

void TestGroupsDialog::renameChecksTheName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::newRow("new name") << u"Stack 2 x 5 el"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blanks") << u"   "_s << false;
    QTest::newRow("the other group's") << u"dipoles"_s << false;
    QTest::newRow("too long") << QString(41, QLatin1Char('x')) << false;
}

void TestGroupsDialog::renameChecksTheName()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"newGroup"_s), Qt::LeftButton);
    auto *name = m_dialog->findChild<QLineEdit *>(u"name"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Dipoles"_s);
    m_dialog->selectGroup(0);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    if (!typed.isEmpty())
        QTest::keyClicks(name, typed);
    QCOMPARE(ok()->isEnabled(), valid);
    if (valid) {
        QCOMPARE(m_dialog->groups().at(0).name, typed);
        QCOMPARE(m_dialog->findChild<QListWidget *>(u"groups"_s)->item(0)->text(), typed);
    }
}

void TestGroupsDialog::deleteGroup()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"deleteGroup"_s), Qt::LeftButton);
    QVERIFY(m_dialog->groups().isEmpty());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"deleteGroup"_s)->isEnabled());
    QVERIFY(!members()->isEnabled());
    QVERIFY(ok()->isEnabled());
}

void TestGroupsDialog::keepsMembersItDoesNotList()
{
    // A member whose rotator the dialog was not given stays in the group.
    GroupSettings group {u"G"_s, {{u"Gone"_s, {u"OK1HRA"_s, u"9"_s}, 5}}};
    GroupsDialog dialog(m_rotators, {group});
    dialog.findChild<QTableWidget *>(u"members"_s)
        ->item(0, GroupsDialog::MemberColumn)
        ->setCheckState(Qt::Checked);
    QCOMPARE(dialog.groups().at(0).members.size(), 2);
    QCOMPARE(dialog.groups().at(0).members.at(0), group.members.at(0));
}

void TestGroupsDialog::isNonModal()
{
    QCOMPARE(m_dialog->windowModality(), Qt::NonModal);
}

QTEST_MAIN(TestGroupsDialog)
#include "tst_groupsdialog.moc"
