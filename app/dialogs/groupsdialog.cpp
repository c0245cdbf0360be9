// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsdialog.h"

#include "fieldproblem.h"

#include "settings/settingsvalidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

GroupsDialog::GroupsDialog(const QList<RotatorSettings> &rotators,
                           const QList<GroupSettings> &groups, QWidget *parent)
    : QDialog(parent)
    , m_rotators(rotators)
    , m_groups(groups)
{
    setObjectName(QStringLiteral("groupsDialog"));
    setWindowTitle(tr("Groups"));
    setWindowModality(Qt::NonModal);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rotators turned together from one click, one target, Stop and "
                                "Park, such as a stack of yagis or all 20 m antennas. Each "
                                "member points at the group's bearing plus its offset."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("groups"));
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New"), this);
    m_add->setObjectName(QStringLiteral("newGroup"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteGroup"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    left->addLayout(listButtons);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(int(maxGroupNameLength) + 10); // room to see that it is too long
    form->addRow(tr("N&ame:"), m_name);
    m_nameProblem = new FieldProblem(m_name, this);
    form->addRow(QString(), m_nameProblem);
    right->addLayout(form);
    m_members = new QTableWidget(0, ColumnCount, this);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Offset")});
    m_members->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(OffsetColumn,
                                                        QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    right->addWidget(m_members);
    auto *offsetHint = new QLabel(tr("Offset: degrees added to the group's bearing for this "
                                     "antenna (clockwise positive)."),
                                  this);
    offsetHint->setWordWrap(true);
    right->addWidget(offsetHint);
    columns->addLayout(right, 2);
    layout->addLayout(columns);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // One row per rotator; the rows stay, the group shown decides what they say.
    m_members->setRowCount(int(m_rotators.size()));
    for (int row = 0; row < m_rotators.size(); ++row) {
        auto *item = new QTableWidgetItem(rotatorText(m_rotators.at(row)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_members->setItem(row, MemberColumn, item);
        auto *offset = new QSpinBox(m_members);
        offset->setObjectName(QStringLiteral("offset%1").arg(row));
        offset->setRange(minGroupOffsetDeg, maxGroupOffsetDeg);
        offset->setSuffix(tr("°"));
        offset->setEnabled(false);
        m_members->setCellWidget(row, OffsetColumn, offset);
        connect(offset, &QSpinBox::valueChanged, this,
                [this, row](int value) { offsetChanged(row, value); });
    }
    connect(m_members, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == MemberColumn)
            memberToggled(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &GroupsDialog::showGroup);
    connect(m_add, &QPushButton::clicked, this, &GroupsDialog::addGroup);
    connect(m_delete, &QPushButton::clicked, this, &GroupsDialog::deleteGroup);
    connect(m_name, &QLineEdit::textEdited, this, &GroupsDialog::rename);
    refillGroups(m_groups.isEmpty() ? -1 : 0);
}

GroupsDialog::~GroupsDialog() = default;

QString GroupsDialog::rotatorText(const RotatorSettings &rotator) const
{
    const QString label = rotator.label.trimmed();
    return label.isEmpty() ? rotator.address.toString()
                           : tr("%1 (%2)").arg(label, rotator.address.toString());
}

int GroupsDialog::currentGroup() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_groups.size() ? row : -1;
}

void GroupsDialog::selectGroup(int row)
{
    m_list->setCurrentRow(row);
}

void GroupsDialog::refillGroups(int select)
{
    m_filling = true;
    m_list->clear();
    for (const GroupSettings &group : std::as_const(m_groups))
        m_list->addItem(group.name);
    m_filling = false;
    m_list->setCurrentRow(select);
    showGroup();
    validate();
}

void GroupsDialog::showGroup()
{
    const int group = currentGroup();
    m_filling = true;
    m_name->setEnabled(group >= 0);
    m_delete->setEnabled(group >= 0);
    m_members->setEnabled(group >= 0);
    m_name->setText(group >= 0 ? m_groups.at(group).name : QString());
    for (int row = 0; row < m_rotators.size(); ++row) {
        const RotatorSettings &rotator = m_rotators.at(row);
        std::optional<int> offset;
        if (group >= 0) {
            for (const GroupMemberSettings &member : m_groups.at(group).members) {
                if (member.brokerName == rotator.brokerName && member.address == rotator.address)
                    offset = member.offsetDeg;
            }
        }
        m_members->item(row, MemberColumn)->setCheckState(offset ? Qt::Checked : Qt::Unchecked);
        auto *spin = static_cast<QSpinBox *>(m_members->cellWidget(row, OffsetColumn));
        spin->setValue(offset.value_or(0));
        spin->setEnabled(offset.has_value());
    }
    m_filling = false;
    validate();
}

void GroupsDialog::addGroup()
{
    // The first free "Group N", so that a new group is valid at once.
    QString name;
    for (int n = int(m_groups.size()) + 1;; ++n) {
        name = tr("Group %1").arg(n);
        if (!settings::groupNameProblem(name, m_groups))
            break;
    }
    m_groups.append({name, {}});
    refillGroups(int(m_groups.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void GroupsDialog::deleteGroup()
{
    const int group = currentGroup();
    if (group < 0)
        return;
    m_groups.removeAt(group);
    refillGroups(std::min(group, int(m_groups.size()) - 1));
}

void GroupsDialog::rename(const QString &name)
{
    const int group = currentGroup();
    if (group < 0 || m_filling)
        return;
    m_groups[group].name = name.trimmed();
    m_list->item(group)->setText(m_groups.at(group).name);
    validate();
}

void GroupsDialog::memberToggled(int row, bool checked)
{
    const int group = currentGroup();
    if (group < 0 || m_filling)
        return;
    const RotatorSettings &rotator = m_rotators.at(row);
    QList<GroupMemberSettings> &members = m_groups[group].members;
    auto *spin = static_cast<QSpinBox *>(m_members->cellWidget(row, OffsetColumn));
    members.removeIf([&](const GroupMemberSettings &m) {
        return m.brokerName == rotator.brokerName && m.address == rotator.address;
    });
    if (checked)
        members.append({rotator.brokerName, rotator.address, spin->value()});
    spin->setEnabled(checked);
}

void GroupsDialog::offsetChanged(int row, int offsetDeg)
{
    const int group = currentGroup();
    if (group < 0 || m_filling)
        return;
    const RotatorSettings &rotator = m_rotators.at(row);
    for (GroupMemberSettings &member : m_groups[group].members) {
        if (member.brokerName == rotator.brokerName && member.address == rotator.address)
            member.offsetDeg = offsetDeg;
    }
}

QString GroupsDialog::nameProblem(int group) const
{
    const QString name = m_groups.at(group).name.trimmed();
    QList<GroupSettings> others = m_groups;
    others.removeAt(group);
    if (!settings::groupNameProblem(name, others))
        return {};
    if (name.isEmpty())
        return tr("A group needs a name.");
    if (name.size() > maxGroupNameLength)
        return tr("At most %n characters.", nullptr, int(maxGroupNameLength));
    return tr("Another group has this name.");
}

void GroupsDialog::validate()
{
    const int current = currentGroup();
    m_nameProblem->setProblem(current >= 0 ? nameProblem(current) : QString());
    bool allValid = true;
    for (int group = 0; group < m_groups.size(); ++group) {
        if (!nameProblem(group).isEmpty())
            allValid = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allValid);
}
