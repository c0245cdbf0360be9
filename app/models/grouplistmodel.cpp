// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplistmodel.h"

#include "session.h"
#include "settingskeeper.h"

#include "model/fleet.h"

GroupListModel::GroupListModel(SettingsKeeper *keeper, Session *station, QObject *parent)
    : QAbstractListModel(parent)
    , m_keeper(keeper)
    , m_session(station)
{
    connect(keeper, &SettingsKeeper::groupsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    // Members' labels are in the tool tips.
    connect(station, &Session::rotatorConfigChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::ToolTipRole});
    });
}

GroupListModel::~GroupListModel() = default;

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keeper->settings().groups.size());
}

int GroupListModel::rowOf(const QString &name) const
{
    const QList<GroupSettings> &groups = m_keeper->settings().groups;
    for (int row = 0; row < groups.size(); ++row) {
        if (groups.at(row).name == name)
            return row;
    }
    return -1;
}

QString GroupListModel::memberText(int row) const
{
    const GroupSettings &group = m_keeper->settings().groups.at(row);
    if (group.members.isEmpty())
        return tr("No members yet (Rotator ▸ Groups…)");
    QStringList lines;
    for (const GroupMemberSettings &member : group.members) {
        const Fleet *fleet = m_session->fleet(member.brokerName);
        const Rotator *rotator = fleet ? fleet->rotator(member.address) : nullptr;
        const QString name = rotator ? m_session->label(rotator) : member.address.toString();
        const QString offset = member.offsetDeg == 0
            ? tr("no offset")
            : tr("%1%2°")
                  .arg(member.offsetDeg > 0 ? QStringLiteral("+") : QString())
                  .arg(member.offsetDeg);
        lines << (rotator ? tr("%1: %2").arg(name, offset)
                          : tr("%1: %2 (not connected)").arg(name, offset));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupSettings &group = m_keeper->settings().groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%n)", "a group's name and how many rotators it has",
                  int(group.members.size()))
            .arg(group.name);
    case Qt::ToolTipRole:
        return memberText(index.row());
    case NameRole:
        return group.name;
    case MemberCountRole:
        return int(group.members.size());
    default:
        return {};
    }
}
