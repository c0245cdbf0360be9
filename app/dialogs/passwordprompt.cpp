// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include "settings/credentialstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordPrompt::PasswordPrompt(const QString &brokerLabel, const QString &userName,
                               const CredentialStore *store, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Password for %1").arg(brokerLabel));
    setWindowModality(Qt::NonModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        userName.isEmpty()
            ? tr("%1 refused the login without a user name. Enter a password to try again, or "
                 "set a user name in Brokers.")
                  .arg(brokerLabel)
            : tr("%1 refused the login of %2. Enter the password to try again.")
                  .arg(brokerLabel, userName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_save = new QCheckBox(tr("&Save in the keyring"), this);
    m_save->setObjectName(QStringLiteral("savePassword"));
    layout->addWidget(m_save);
    const bool keyring = store && store->isAvailable() && store->isPersistent();
    if (!keyring) {
        m_save->setEnabled(false);
        auto *noKeyring = new QLabel(
            tr("No keyring is available, so the password is used for this session only."), this);
        noKeyring->setObjectName(QStringLiteral("noKeyring"));
        noKeyring->setWordWrap(true);
        if (store)
            noKeyring->setToolTip(store->unavailableReason());
        layout->addWidget(noKeyring);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, keyring] {
        emit passwordEntered(m_password->text(), keyring && m_save->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PasswordPrompt::~PasswordPrompt() = default;
