// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldproblem.h"

#include "palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

FieldProblem::FieldProblem(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_icon = new QLabel(this);
    const int iconPx = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconPx, iconPx));
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(QStringLiteral("color: %1;").arg(palette::fieldProblem.name()));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

FieldProblem::~FieldProblem() = default;

void FieldProblem::setProblem(const QString &text)
{
    if (text == m_problem)
        return;
    m_problem = text;
    m_text->setText(text);
    setVisible(!text.isEmpty());
    if (m_field) {
        const QString type = QString::fromLatin1(m_field->metaObject()->className());
        m_field->setStyleSheet(text.isEmpty() ? QString()
                                              : QStringLiteral("%1 { border: 2px solid %2; "
                                                               "border-radius: 3px; }")
                                                    .arg(type, palette::fieldProblem.name()));
        m_field->setToolTip(text);
        m_field->setAccessibleDescription(text);
    }
}
