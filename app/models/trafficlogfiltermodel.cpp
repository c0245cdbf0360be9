// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlogfiltermodel.h"

#include "trafficlogmodel.h"

TrafficLogFilterModel::TrafficLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

TrafficLogFilterModel::~TrafficLogFilterModel() = default;

void TrafficLogFilterModel::setTopicPrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    invalidateFilter();
}

QString TrafficLogFilterModel::topicPrefix() const
{
    return m_prefix;
}

void TrafficLogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

QString TrafficLogFilterModel::text() const
{
    return m_text;
}

bool TrafficLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_prefix.isEmpty() && m_text.isEmpty())
        return true;
    const auto *log = qobject_cast<const TrafficLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const TrafficLogModel::Entry &e = log->entry(sourceRow);
    if (!m_prefix.isEmpty() && !e.topic.startsWith(m_prefix))
        return false;
    if (!m_text.isEmpty() && !e.topic.contains(m_text, Qt::CaseInsensitive)
        && !QString::fromUtf8(e.payload).contains(m_text, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}
