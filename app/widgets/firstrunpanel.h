// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class FieldProblem;
class QLineEdit;
class QPushButton;

/// What a first start shows in the rotator list's place: the three things that make RotorDeck
/// useful, each one step away. The station locator (checked as it is typed; the map follows
/// it), a broker to add (with discovery, units announce themselves), or the built-in demo.
class FirstRunPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPanel)

public:
    explicit FirstRunPanel(QWidget *parent = nullptr);
    ~FirstRunPanel() override;

    /// Whether the demo can be offered (it needs mosquitto).
    void setDemoAvailable(bool available, const QString &whyNot = {});

signals:
    /// A valid locator was typed (6 or fewer characters are enough to centre the map).
    void locatorEdited(const QString &locator);
    /// The user confirmed the locator (Enter or the button).
    void locatorAccepted(const QString &locator);
    void addBrokerRequested();
    void demoRequested();
    void dismissed();

private:
    QLineEdit *m_locator = nullptr;
    FieldProblem *m_locatorProblem = nullptr;
    QPushButton *m_useLocator = nullptr;
    QPushButton *m_demo = nullptr;
};
