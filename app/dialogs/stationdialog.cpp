// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationdialog.h"

#include "fieldproblem.h"
#include "settings/settingsvalidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// "jo62QM12" -> "JO62qm12": the usual way locators are written.
QString normalisedLocator(const QString &locator)
{
    QString out = locator.trimmed();
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = (i < 2) ? out.at(i).toUpper() : out.at(i).toLower();
    return out;
}

} // namespace

StationDialog::StationDialog(const StationSettings &station, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Station"));

    m_locator = new QLineEdit(station.locator, this);
    m_locator->setObjectName(QStringLiteral("locatorEdit"));
    m_locator->setPlaceholderText(tr("e.g. JO62qm"));
    m_locator->setMaxLength(8);
    m_problem = new FieldProblem(m_locator, this);
    m_callsign = new QLineEdit(station.callsign, this);
    m_callsign->setObjectName(QStringLiteral("callsignEdit"));
    m_callsign->setPlaceholderText(tr("e.g. OK1HRA"));
    m_callsignProblem = new FieldProblem(m_callsign, this);
    m_name = new QLineEdit(station.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. OK1HRA contest station"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Locator:"), m_locator);
    form->addRow(QString(), m_problem);
    auto *hint = new QLabel(tr("Maidenhead locator of 4, 6 or 8 characters. Leave it empty if "
                               "you do not want the map centred on your station."),
                            this);
    hint->setObjectName(QStringLiteral("locatorHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    form->addRow(tr("&Callsign:"), m_callsign);
    form->addRow(QString(), m_callsignProblem);
    form->addRow(tr("&Name:"), m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    auto check = [this] {
        const QString text = m_locator->text().trimmed();
        const auto why = text.isEmpty() ? std::nullopt : settings::locatorProblem(text);
        // The user's language at the field; the library's English detail in its tooltip.
        m_problem->setProblem(why ? tr("Not a Maidenhead locator (4, 6 or 8 characters, e.g. "
                                       "JO62 or JO62qm).")
                                  : QString());
        m_problem->setToolTip(why ? *why : QString());
        revalidate();
        // The problem line takes room of its own: never let it lie over the help text.
        adjustSize();
    };
    connect(m_locator, &QLineEdit::textChanged, this, check);
    auto checkCallsign = [this] {
        const QString text = m_callsign->text().trimmed();
        const auto why = text.isEmpty() ? std::nullopt : settings::callsignProblem(text);
        m_callsignProblem->setProblem(
            why ? tr("Not a callsign (letters, digits and '/', e.g. OK1HRA or DL/OK1HRA).")
                : QString());
        m_callsignProblem->setToolTip(why ? *why : QString());
        revalidate();
        adjustSize();
    };
    connect(m_callsign, &QLineEdit::textChanged, this, checkCallsign);
    check();
    checkCallsign();
    setMinimumWidth(420);
}

StationDialog::~StationDialog() = default;

StationSettings StationDialog::station() const
{
    return {normalisedLocator(m_locator->text()), m_name->text().trimmed(),
            m_callsign->text().trimmed().toUpper()};
}

bool StationDialog::isInputValid() const
{
    return !m_problem->hasProblem() && !m_callsignProblem->hasProblem();
}

QPushButton *StationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StationDialog::revalidate()
{
    okButton()->setEnabled(isInputValid());
}
