// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotedialog.h"

#include "remotecontroller.h"

#include "remote/passwordhash.h"
#include "remote/remoteusers.h"
#include "settings/settingsvalidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum UserColumn { NameColumn, RoleColumn, PasswordColumn };

QString actionText(remote::protocol::RequestType type)
{
    using remote::protocol::RequestType;
    switch (type) {
    case RequestType::Turn:
        return RemoteDialog::tr("turn");
    case RequestType::Preset:
        return RemoteDialog::tr("preset");
    case RequestType::Park:
        return RemoteDialog::tr("park");
    case RequestType::Stop:
        return RemoteDialog::tr("stop");
    case RequestType::StopAll:
        return RemoteDialog::tr("stop all");
    case RequestType::Login:
    case RequestType::Resume:
    case RequestType::Logout:
    case RequestType::Ping:
    case RequestType::Preview:
        break;
    }
    return QString::fromLatin1(remote::protocol::requestTypeName(type));
}

QLineEdit *fileRow(QFormLayout *form, const QString &label, const QString &value,
                   const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(value, parent);
    edit->setObjectName(name);
    auto *browse = new QPushButton(RemoteDialog::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, parent] {
        const QString file
            = QFileDialog::getOpenFileName(parent, RemoteDialog::tr("Choose a file"), edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

} // namespace

RemoteDialog::RemoteDialog(const RemoteSettings &settings, RemoteController *controller,
                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Web Remote"));
    auto *layout = new QVBoxLayout(this);

    m_enabled = new QCheckBox(tr("Serve the web remote (a page for browsers and phones)"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(settings.enabled);
    layout->addWidget(m_enabled);

    auto *listenBox = new QGroupBox(tr("Where it listens"), this);
    auto *listenForm = new QFormLayout(listenBox);
    m_port = new QSpinBox(listenBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    listenForm->addRow(tr("Port:"), m_port);
    m_allowNetwork = new QCheckBox(tr("Allow other computers to connect"), listenBox);
    m_allowNetwork->setObjectName(QStringLiteral("allowNetwork"));
    m_allowNetwork->setChecked(settings.allowNetwork);
    listenForm->addRow(m_allowNetwork);
    m_listenAddress = new QLineEdit(settings.listenAddress, listenBox);
    m_listenAddress->setObjectName(QStringLiteral("listenAddress"));
    listenForm->addRow(tr("Address:"), m_listenAddress);
    m_networkWarning = new QLabel(listenBox);
    m_networkWarning->setObjectName(QStringLiteral("networkWarning"));
    m_networkWarning->setWordWrap(true);
    m_networkWarning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    listenForm->addRow(m_networkWarning);
    m_certificate = fileRow(listenForm, tr("TLS certificate:"), settings.tlsCertificateFile,
                            QStringLiteral("certificate"), this);
    m_key = fileRow(listenForm, tr("TLS key:"), settings.tlsKeyFile, QStringLiteral("key"), this);
    layout->addWidget(listenBox);

    auto *usersBox = new QGroupBox(tr("Accounts"), this);
    auto *usersLayout = new QVBoxLayout(usersBox);
    m_users = new QTableWidget(0, 3, usersBox);
    m_users->setObjectName(QStringLiteral("users"));
    m_users->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Password")});
    m_users->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_users->verticalHeader()->hide();
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    usersLayout->addWidget(m_users);
    auto *userButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), usersBox);
    add->setObjectName(QStringLiteral("addUser"));
    auto *remove = new QPushButton(tr("Remove"), usersBox);
    remove->setObjectName(QStringLiteral("removeUser"));
    m_password = new QLineEdit(usersBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("New password for the selected account"));
    m_setPassword = new QPushButton(tr("Set Password"), usersBox);
    m_setPassword->setObjectName(QStringLiteral("setPassword"));
    userButtons->addWidget(add);
    userButtons->addWidget(remove);
    userButtons->addWidget(m_password, 1);
    userButtons->addWidget(m_setPassword);
    usersLayout->addLayout(userButtons);
    auto *rolesNote = new QLabel(tr("Control may turn and park the rotators; view only "
                                    "watches. Both may stop them. Only a hash of each "
                                    "password is kept."),
                                 usersBox);
    rolesNote->setWordWrap(true);
    usersLayout->addWidget(rolesNote);
    layout->addWidget(usersBox, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_log = new QTreeWidget(this);
    m_log->setObjectName(QStringLiteral("commandLog"));
    m_log->setHeaderLabels(
        {tr("Time (UTC)"), tr("Who"), tr("Command"), tr("Rotator"), tr("Result")});
    m_log->setRootIsDecorated(false);
    m_log->setMinimumHeight(100);
    layout->addWidget(m_log, 1);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    for (const RemoteUserSettings &user : settings.users) {
        const int row = addUser(user.name, user.control);
        setRowPassword(row, user.passwordHash);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        emit applied(this->settings());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applied(this->settings()); });
    connect(add, &QPushButton::clicked, this, [this] {
        int n = m_users->rowCount() + 1;
        while (!m_users->findItems(QStringLiteral("user%1").arg(n), Qt::MatchExactly).isEmpty())
            ++n;
        const int row = addUser(QStringLiteral("user%1").arg(n), false);
        m_users->selectRow(row);
        m_password->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_users->currentRow();
        if (row < 0)
            return;
        m_users->removeRow(row);
        m_hashes.removeAt(row);
        revalidate();
    });
    connect(m_setPassword, &QPushButton::clicked, this, [this] {
        const int row = m_users->currentRow();
        if (row >= 0 && !m_password->text().isEmpty())
            setPassword(row, m_password->text());
        m_password->clear();
    });
    connect(m_users, &QTableWidget::itemChanged, this, [this] { revalidate(); });
    connect(m_users, &QTableWidget::itemSelectionChanged, this, [this] { revalidate(); });
    connect(m_password, &QLineEdit::textChanged, this, [this] { revalidate(); });
    for (QCheckBox *box : {m_enabled, m_allowNetwork})
        connect(box, &QCheckBox::toggled, this, [this] { revalidate(); });
    for (QLineEdit *edit : {m_listenAddress, m_certificate, m_key})
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    if (m_controller)
        connect(m_controller, &RemoteController::statusChanged, this, &RemoteDialog::refreshStatus);
    revalidate();
    refreshStatus();
    resize(640, 680);
}

RemoteDialog::~RemoteDialog() = default;

int RemoteDialog::addUser(const QString &name, bool control)
{
    const int row = m_users->rowCount();
    m_users->blockSignals(true);
    m_users->insertRow(row);
    m_users->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *role = new QComboBox(m_users);
    role->addItem(tr("View only"));
    role->addItem(tr("Control"));
    role->setCurrentIndex(control ? 1 : 0);
    m_users->setCellWidget(row, RoleColumn, role);
    auto *password = new QTableWidgetItem;
    password->setFlags(password->flags() & ~Qt::ItemIsEditable);
    m_users->setItem(row, PasswordColumn, password);
    m_users->blockSignals(false);
    m_hashes.insert(row, QString());
    setRowPassword(row, QString());
    revalidate();
    return row;
}

void RemoteDialog::setPassword(int row, const QString &password)
{
    if (row < 0 || row >= m_users->rowCount() || password.isEmpty())
        return;
    setRowPassword(row, remote::hashPassword(password));
}

void RemoteDialog::setRowPassword(int row, const QString &hash)
{
    m_hashes[row] = hash;
    m_users->blockSignals(true);
    m_users->item(row, PasswordColumn)->setText(hash.isEmpty() ? tr("not set") : tr("set"));
    m_users->blockSignals(false);
    revalidate();
}

RemoteSettings RemoteDialog::settings() const
{
    RemoteSettings s;
    s.enabled = m_enabled->isChecked();
    s.port = m_port->value();
    s.allowNetwork = m_allowNetwork->isChecked();
    s.listenAddress
        = s.allowNetwork ? m_listenAddress->text().trimmed() : QStringLiteral("127.0.0.1");
    s.tlsCertificateFile = m_certificate->text().trimmed();
    s.tlsKeyFile = m_key->text().trimmed();
    for (int row = 0; row < m_users->rowCount(); ++row) {
        RemoteUserSettings user;
        user.name = m_users->item(row, NameColumn)->text().trimmed();
        const auto *role = qobject_cast<QComboBox *>(m_users->cellWidget(row, RoleColumn));
        user.control = role && role->currentIndex() == 1;
        user.passwordHash = m_hashes.value(row);
        s.users.append(user);
    }
    return s;
}

bool RemoteDialog::isInputValid() const
{
    const RemoteSettings s = settings();
    if (settings::listenAddressProblem(s.listenAddress, s.allowNetwork))
        return false;
    if (s.tlsCertificateFile.isEmpty() != s.tlsKeyFile.isEmpty())
        return false;
    QStringList names;
    for (const RemoteUserSettings &user : s.users) {
        if (!remote::isValidUserName(user.name) || names.contains(user.name)
            || !remote::isPasswordHash(user.passwordHash))
            return false;
        names.append(user.name);
    }
    return !s.enabled || !s.users.isEmpty();
}

void RemoteDialog::revalidate()
{
    const RemoteSettings s = settings();
    m_listenAddress->setEnabled(s.allowNetwork);
    m_setPassword->setEnabled(m_users->currentRow() >= 0 && !m_password->text().isEmpty());
    const QHostAddress address(m_listenAddress->text().trimmed());
    const bool network = s.allowNetwork && !address.isNull() && !address.isLoopback();
    const bool tls = !s.tlsCertificateFile.isEmpty();
    m_networkWarning->setVisible(network);
    m_networkWarning->setText(
        tls ? tr("Other computers on the network can reach the page. Anyone who knows a "
                 "password can turn your antennas.")
            : tr("Other computers on the network can reach the page, and without TLS "
                 "passwords cross the network readable. Set a certificate and key, or keep "
                 "it on this computer."));

    QString problem;
    QStringList names;
    for (const RemoteUserSettings &user : s.users) {
        if (!remote::isValidUserName(user.name))
            problem = tr("“%1” is not a user name: use letters, digits, “.”, “_” or “-”.")
                          .arg(user.name);
        else if (names.contains(user.name))
            problem = tr("%1 is listed twice.").arg(user.name);
        else if (!remote::isPasswordHash(user.passwordHash))
            problem = tr("%1 has no password yet: select it, type one and press Set Password.")
                          .arg(user.name);
        if (!problem.isEmpty())
            break;
        names.append(user.name);
    }
    if (problem.isEmpty() && settings::listenAddressProblem(s.listenAddress, s.allowNetwork))
        problem = tr("The address is not an IP address of this computer.");
    if (problem.isEmpty() && s.tlsCertificateFile.isEmpty() != s.tlsKeyFile.isEmpty())
        problem = tr("TLS needs both a certificate and its key.");
    if (problem.isEmpty() && s.enabled && s.users.isEmpty())
        problem = tr("Add an account first: nobody could log in.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool valid = isInputValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

QString RemoteDialog::summary(const RemoteController &controller)
{
    if (controller.isRunning())
        return tr("Web remote: %n page(s)", nullptr, controller.clientCount());
    switch (controller.problem()) {
    case RemoteController::Problem::None:
        return {};
    case RemoteController::Problem::PortInUse:
        return tr("Web remote: port in use");
    case RemoteController::Problem::CannotListen:
        return tr("Web remote: cannot listen");
    case RemoteController::Problem::TlsFilesUnreadable:
        return tr("Web remote: TLS files unreadable");
    case RemoteController::Problem::NoUsers:
        return tr("Web remote: no accounts");
    }
    return {};
}

void RemoteDialog::refreshStatus()
{
    if (!m_controller) {
        m_status->clear();
        return;
    }
    const RemoteController &c = *m_controller;
    if (c.isRunning()) {
        QString text = tr("Running at %1 — %n page(s) open", nullptr, c.clientCount()).arg(c.url());
        if (c.portOverride())
            text += QLatin1Char(' ') + tr("(--web, for this run)");
        m_status->setText(text);
    } else {
        switch (c.problem()) {
        case RemoteController::Problem::None:
            m_status->setText(tr("Off."));
            break;
        case RemoteController::Problem::PortInUse:
            m_status->setText(tr("Not running: port %1 is in use by another program.")
                                  .arg(c.effectiveSettings().port));
            break;
        case RemoteController::Problem::CannotListen:
            m_status->setText(tr("Not running: %1").arg(c.problemDetail()));
            break;
        case RemoteController::Problem::TlsFilesUnreadable:
            m_status->setText(tr("Not running: cannot read %1.").arg(c.problemDetail()));
            break;
        case RemoteController::Problem::NoUsers:
            m_status->setText(tr("Not running: no accounts."));
            break;
        }
    }
    m_log->clear();
    for (const RemoteCommandRecord &record : c.commandLog()) {
        auto *item = new QTreeWidgetItem(m_log);
        item->setText(0, record.utc.toString(QStringLiteral("HH:mm:ss")));
        item->setText(1, record.user + QLatin1Char('@') + record.address);
        QString command = actionText(record.type);
        if (record.bearingDeg)
            command += QStringLiteral(" %1°").arg(qRound(*record.bearingDeg));
        item->setText(2, command);
        item->setText(3, record.rotator.isEmpty() ? tr("all") : record.rotator);
        item->setText(4, record.result);
    }
    m_log->scrollToBottom();
}
