// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class RemoteController;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

/// Settings ▸ Web Remote: the page for browsers and phones (docs/remote.md). On/off, port,
/// where it listens (loopback unless the user allows the network, with a warning, stronger
/// without TLS), TLS certificate and key files, and the accounts with their role. A password
/// typed here is hashed at once (scrypt) and only the hash is kept. Shows the server's state
/// and the log of who sent what. Apply and OK emit applied(); the dialog never saves or starts
/// anything itself.
class RemoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteDialog)

public:
    RemoteDialog(const RemoteSettings &settings, RemoteController *controller,
                 QWidget *parent = nullptr);
    ~RemoteDialog() override;

    /// The settings as edited.
    [[nodiscard]] RemoteSettings settings() const;
    [[nodiscard]] bool isInputValid() const;

    /// Adds an account (view only unless control) without a password yet; returns its row.
    int addUser(const QString &name, bool control);
    /// Hashes `password` for the account in `row` (the same as typing it and pressing Set).
    void setPassword(int row, const QString &password);

    /// One short line for the status bar ("Web remote: 2 pages"); empty when off.
    [[nodiscard]] static QString summary(const RemoteController &controller);

signals:
    void applied(const RemoteSettings &settings);

private:
    void revalidate();
    void refreshStatus();
    void setRowPassword(int row, const QString &hash);

    QPointer<RemoteController> m_controller;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_allowNetwork = nullptr;
    QLineEdit *m_listenAddress = nullptr;
    QLabel *m_networkWarning = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QTableWidget *m_users = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_setPassword = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_log = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    /// The hash of each row's password (column data would do, but keep it out of any view).
    QList<QString> m_hashes;
};
