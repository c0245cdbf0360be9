// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmBar::ConfirmBar(const QString &acceptText, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_label);

    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(acceptText, this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Return must never confirm a big move by accident: no default button.
    m_accept->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        hide();
        emit accepted();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    hide();
}

ConfirmBar::~ConfirmBar() = default;

void ConfirmBar::ask(const QString &text)
{
    m_label->setText(text);
    show();
    raise();
}

void ConfirmBar::dismiss()
{
    hide();
}

QString ConfirmBar::text() const
{
    return m_label->text();
}
