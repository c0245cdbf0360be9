// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// An inline question with an accept and a cancel button (e.g. "The range forces a long way
/// round: Turn / Cancel"). Never modal: while it is shown every other control, above all STOP,
/// keeps working. Hidden until ask(); either button hides it again.
class ConfirmBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmBar)

public:
    explicit ConfirmBar(const QString &acceptText, QWidget *parent = nullptr);
    ~ConfirmBar() override;

    /// Shows the question (replacing any shown one).
    void ask(const QString &text);
    /// Hides the question without emitting anything.
    void dismiss();

    [[nodiscard]] QString text() const;

signals:
    void accepted();
    void cancelled();

private:
    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_cancel;
};
