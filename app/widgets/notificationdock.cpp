// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationdock.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

NotificationDock::NotificationDock(QWidget *parent)
    : QDockWidget(tr("Notifications"), parent)
{
    setObjectName(QStringLiteral("notificationDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(content);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto *clearButton = new QToolButton(content);
    clearButton->setText(tr("Clear"));
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(clearButton);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    setWidget(content);
    connect(clearButton, &QToolButton::clicked, m_list, &QListWidget::clear);
}

NotificationDock::~NotificationDock() = default;

void NotificationDock::add(Severity severity, const QString &source, const QString &text,
                           const QString &detail)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const QString line = source.isEmpty() ? tr("%1  %2").arg(time, text)
                                          : tr("%1  %2: %3").arg(time, source, text);
    auto *item = new QListWidgetItem(line);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (severity == Severity::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (severity == Severity::Error)
        icon = QStyle::SP_MessageBoxCritical;
    item->setIcon(QApplication::style()->standardIcon(icon));
    item->setToolTip(detail.isEmpty() ? line : line + QLatin1Char('\n') + detail);
    m_list->insertItem(0, item);
    while (m_list->count() > maxEntries)
        delete m_list->takeItem(m_list->count() - 1);
    emit added(line);
}

int NotificationDock::count() const
{
    return m_list->count();
}

QString NotificationDock::toolTipAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->toolTip() : QString();
}

QString NotificationDock::textAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}
