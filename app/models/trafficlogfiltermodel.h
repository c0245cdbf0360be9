// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/// Filters the traffic log by rotator (topic prefix "CALL/ID/ROT/") and by a text that must
/// appear in the topic or the payload (case-insensitive).
class TrafficLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLogFilterModel)

public:
    explicit TrafficLogFilterModel(QObject *parent = nullptr);
    ~TrafficLogFilterModel() override;

    /// Empty = every topic.
    void setTopicPrefix(const QString &prefix);
    [[nodiscard]] QString topicPrefix() const;
    /// Empty = no text filter.
    void setText(const QString &text);
    [[nodiscard]] QString text() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_prefix;
    QString m_text;
};
