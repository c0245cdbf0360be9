// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

/// The reason a field is invalid, shown under it (warning icon + red text), with a red frame on
/// the field itself. Hidden while there is no problem.
class FieldProblem final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldProblem)

public:
    explicit FieldProblem(QWidget *field, QWidget *parent = nullptr);
    ~FieldProblem() override;

    /// Empty = no problem.
    void setProblem(const QString &text);
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] bool hasProblem() const { return !m_problem.isEmpty(); }

private:
    QPointer<QWidget> m_field;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QString m_problem;
};
