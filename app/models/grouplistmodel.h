// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

class Session;
class SettingsKeeper;

/// The saved groups (SettingsKeeper::settings().groups) as a list, in the user's order: each
/// row names a group and counts its members; the tool tip lists them with their offsets.
class GroupListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupListModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the group's name (QString)
        MemberCountRole, ///< int
    };

    /// Neither is owned; both must outlive the model.
    GroupListModel(SettingsKeeper *keeper, Session *station, QObject *parent = nullptr);
    ~GroupListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    /// The row of the group named `name`, -1 when there is none.
    [[nodiscard]] int rowOf(const QString &name) const;

private:
    [[nodiscard]] QString memberText(int row) const;

    SettingsKeeper *m_keeper;
    Session *m_session;
};
