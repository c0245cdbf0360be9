// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class CredentialStore;

/// Asks for a broker's password after the broker refused the login. Non-modal, so that the
/// main window (and every stop) stays usable while it is open. Says at once when no keyring
/// exists to keep the password in.
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPrompt)

public:
    /// store may be null (then nothing can be saved, and the prompt says so).
    PasswordPrompt(const QString &brokerLabel, const QString &userName,
                   const CredentialStore *store, QWidget *parent = nullptr);
    ~PasswordPrompt() override;

signals:
    /// The user chose Connect. save: keep the password in the keyring.
    void passwordEntered(const QString &password, bool save);

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_save = nullptr;
};
