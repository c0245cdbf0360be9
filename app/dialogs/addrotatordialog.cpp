// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrotatordialog.h"

#include "fieldproblem.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The firmware keeps CALL in 20 characters and NET_ID in 2 (its web form's limits); '/', '+'
// and '#' cannot stand in an MQTT topic level a client subscribes to.
constexpr int maxCallChars = 20;
constexpr int maxIdChars = 2;

QString levelProblem(const QString &level, int maxChars, bool mayBeEmpty)
{
    if (level.isEmpty())
        return mayBeEmpty ? QString() : AddRotatorDialog::tr("Required.");
    if (level.size() > maxChars)
        return AddRotatorDialog::tr("At most %n characters.", nullptr, maxChars);
    for (const QChar c : level) {
        if (c == u'/' || c == u'+' || c == u'#')
            return AddRotatorDialog::tr("'%1' cannot be part of an address.").arg(c);
        if (!c.isPrint() || c.isSpace() || c.unicode() > 0x7e)
            return AddRotatorDialog::tr("Only printable ASCII characters, no spaces.");
    }
    return {};
}

} // namespace

AddRotatorDialog::AddRotatorDialog(const QStringList &brokerNames, const QStringList &taken,
                                   QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
{
    setObjectName(QStringLiteral("addRotatorDialog"));
    setWindowTitle(tr("Add Rotator"));
    setWindowModality(Qt::NonModal);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The address is the unit's callsign (CALL) and network ID "
                                "(NET_ID) as set on its own web page; its topics are "
                                "CALL/ID/ROT/…"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_broker = new QComboBox(this);
    m_broker->setObjectName(QStringLiteral("broker"));
    m_broker->addItems(brokerNames);
    form->addRow(tr("&Broker:"), m_broker);
    m_call = new QLineEdit(this);
    m_call->setObjectName(QStringLiteral("call"));
    m_call->setMaxLength(maxCallChars + 1); // one more, so that "too long" can be said
    m_callProblem = new FieldProblem(m_call, this);
    form->addRow(tr("&CALL:"), m_call);
    form->addRow(QString(), m_callProblem);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setPlaceholderText(tr("empty on a factory-fresh unit"));
    m_id->setMaxLength(maxIdChars + 1);
    m_idProblem = new FieldProblem(m_id, this);
    form->addRow(tr("NET_&ID:"), m_id);
    form->addRow(QString(), m_idProblem);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("optional, e.g. 20 m yagi"));
    form->addRow(tr("&Label:"), m_label);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_call, &QLineEdit::textChanged, this, &AddRotatorDialog::validate);
    connect(m_id, &QLineEdit::textChanged, this, &AddRotatorDialog::validate);
    connect(m_broker, &QComboBox::currentIndexChanged, this, &AddRotatorDialog::validate);
    validate();
}

AddRotatorDialog::~AddRotatorDialog() = default;

QString AddRotatorDialog::takenKey(const QString &brokerName, const RotatorAddress &address)
{
    return brokerName + QLatin1Char('\n') + address.toString();
}

RotatorSettings AddRotatorDialog::rotator() const
{
    RotatorSettings settings;
    settings.brokerName = m_broker->currentText();
    settings.address = {m_call->text().trimmed(), m_id->text().trimmed()};
    settings.label = m_label->text().trimmed();
    return settings;
}

void AddRotatorDialog::validate()
{
    const RotatorSettings candidate = rotator();
    const bool userTouchedCall = !m_call->text().isEmpty();
    m_callProblem->setProblem(
        userTouchedCall ? levelProblem(candidate.address.call, maxCallChars, false) : QString());
    m_idProblem->setProblem(levelProblem(candidate.address.id, maxIdChars, true));
    if (!m_callProblem->hasProblem() && !m_idProblem->hasProblem()
        && m_taken.contains(takenKey(candidate.brokerName, candidate.address)))
        m_idProblem->setProblem(tr("This rotator is in the list already."));
    m_ok->setEnabled(userTouchedCall && m_broker->count() > 0 && !m_callProblem->hasProblem()
                     && !m_idProblem->hasProblem());
}
