// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class FieldProblem;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

/// Rotator ▸ Groups…: creates, renames and deletes groups of rotators that turn together, and
/// chooses each group's members and their offsets (degrees added to the group's bearing).
/// Non-modal: stops keep working while it is open.
class GroupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsDialog)

public:
    /// Table columns of the member list.
    enum Column { MemberColumn, OffsetColumn, ColumnCount };

    /// rotators: every rotator a group may hold (label, broker and address are used).
    GroupsDialog(const QList<RotatorSettings> &rotators, const QList<GroupSettings> &groups,
                 QWidget *parent = nullptr);
    ~GroupsDialog() override;

    /// The groups as edited (valid after accept(); the caller saves them).
    [[nodiscard]] QList<GroupSettings> groups() const { return m_groups; }
    /// Selects the group at row (tests and callers that open it on a group).
    void selectGroup(int row);

private:
    void refillGroups(int select);
    void showGroup();
    void addGroup();
    void deleteGroup();
    void rename(const QString &name);
    void memberToggled(int row, bool checked);
    void offsetChanged(int row, int offsetDeg);
    void validate();
    [[nodiscard]] int currentGroup() const;
    [[nodiscard]] QString nameProblem(int group) const;
    [[nodiscard]] QString rotatorText(const RotatorSettings &rotator) const;

    QList<RotatorSettings> m_rotators;
    QList<GroupSettings> m_groups;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    FieldProblem *m_nameProblem = nullptr;
    QTableWidget *m_members = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    /// True while the widgets are filled from m_groups (their signals are not edits then).
    bool m_filling = false;
};
