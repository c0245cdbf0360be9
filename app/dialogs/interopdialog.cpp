// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopdialog.h"

#include "interopcontroller.h"

#include "settings/settingsvalidation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
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

#include <algorithm>

namespace {

enum PortColumn { RotatorColumn, RotctldColumn, PstRotatorColumn, N1mmNameColumn };

QSpinBox *portBox(int value, int max, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, max);
    box->setValue(value);
    return box;
}

/// 0 = "auto" (first port + 2 per rotator before it).
QSpinBox *perRotatorBox(int value, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSpecialValueText(InteropDialog::tr("auto"));
    box->setValue(value);
    return box;
}

QString kindText(InteropHub::EndpointStatus::Kind kind)
{
    switch (kind) {
    case InteropHub::EndpointStatus::Kind::Rotctld:
        return QStringLiteral("rotctld");
    case InteropHub::EndpointStatus::Kind::N1mm:
        return QStringLiteral("N1MM");
    case InteropHub::EndpointStatus::Kind::PstRotator:
        return QStringLiteral("PstRotator");
    }
    return {};
}

} // namespace

InteropDialog::InteropDialog(const InteropSettings &settings, const QList<RotatorRow> &rotators,
                             InteropController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_initial(settings)
    , m_rotators(rotators)
{
    setWindowTitle(tr("Interop"));
    setObjectName(QStringLiteral("interopDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Other programs (gpredict, rotctl, N1MM Logger+, PstRotator "
                                "clients) can turn the rotators through these endpoints. Their "
                                "commands follow the same rules as yours, and Stop always wins."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *listenBox = new QGroupBox(tr("Where they listen"), this);
    auto *listenForm = new QFormLayout(listenBox);
    m_allowNetwork = new QCheckBox(tr("Allow other computers to connect"), listenBox);
    m_allowNetwork->setObjectName(QStringLiteral("allowNetwork"));
    m_allowNetwork->setChecked(settings.allowNetwork);
    listenForm->addRow(m_allowNetwork);
    m_listenAddress = new QLineEdit(settings.listenAddress, listenBox);
    m_listenAddress->setObjectName(QStringLiteral("listenAddress"));
    m_listenAddress->setPlaceholderText(QStringLiteral("0.0.0.0"));
    listenForm->addRow(tr("Listen &address:"), m_listenAddress);
    m_addressProblem = new QLabel(listenBox);
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);
    listenForm->addRow(m_addressProblem);
    m_networkWarning = new QLabel(
        tr("Warning: anyone who can reach this computer on the network can then turn your "
           "rotators. The endpoints have no password. Allow this only on a network you trust."),
        listenBox);
    m_networkWarning->setObjectName(QStringLiteral("networkWarning"));
    m_networkWarning->setWordWrap(true);
    m_networkWarning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    listenForm->addRow(m_networkWarning);
    layout->addWidget(listenBox);

    auto *endpoints = new QGroupBox(tr("Endpoints"), this);
    auto *form = new QFormLayout(endpoints);
    m_rotctld = new QCheckBox(tr("hamlib &rotctld (TCP), first port:"), endpoints);
    m_rotctld->setObjectName(QStringLiteral("rotctld"));
    m_rotctld->setChecked(settings.rotctld);
    m_rotctldPort
        = portBox(settings.rotctldFirstPort, 65535, QStringLiteral("rotctldPort"), endpoints);
    form->addRow(m_rotctld, m_rotctldPort);
    if (controller && controller->rotctldPortOverride()) {
        auto *note = new QLabel(tr("For this run rotctld listens from port %1 (--rotctld).")
                                    .arg(*controller->rotctldPortOverride()),
                                endpoints);
        note->setWordWrap(true);
        form->addRow(note);
    }
    m_n1mm = new QCheckBox(tr("&N1MM Logger+ (UDP), port:"), endpoints);
    m_n1mm->setObjectName(QStringLiteral("n1mm"));
    m_n1mm->setChecked(settings.n1mm);
    m_n1mmPort = portBox(settings.n1mmPort, 65535, QStringLiteral("n1mmPort"), endpoints);
    form->addRow(m_n1mm, m_n1mmPort);
    auto *statusRow = new QHBoxLayout;
    m_n1mmStatusAddress = new QLineEdit(settings.n1mmStatusAddress, endpoints);
    m_n1mmStatusAddress->setObjectName(QStringLiteral("n1mmStatusAddress"));
    m_n1mmStatusAddress->setPlaceholderText(tr("automatic"));
    m_n1mmStatusPort
        = portBox(settings.n1mmStatusPort, 65535, QStringLiteral("n1mmStatusPort"), endpoints);
    statusRow->addWidget(m_n1mmStatusAddress, 1);
    statusRow->addWidget(m_n1mmStatusPort);
    form->addRow(tr("N1MM status to:"), statusRow);
    m_bandFollow = new QCheckBox(
        tr("&Band-follow: a command naming no rotator goes to the rotator serving its band"),
        endpoints);
    m_bandFollow->setObjectName(QStringLiteral("bandFollow"));
    m_bandFollow->setToolTip(tr("Each rotator's bands are set in its Properties."));
    m_bandFollow->setChecked(settings.n1mmBandFollow);
    form->addRow(m_bandFollow);
    m_pstRotator = new QCheckBox(tr("&PstRotator (UDP), first port:"), endpoints);
    m_pstRotator->setObjectName(QStringLiteral("pstRotator"));
    m_pstRotator->setChecked(settings.pstRotator);
    m_pstRotatorPort
        = portBox(settings.pstRotatorFirstPort, 65534, QStringLiteral("pstRotatorPort"), endpoints);
    form->addRow(m_pstRotator, m_pstRotatorPort);
    layout->addWidget(endpoints);

    m_ports = new QTableWidget(int(rotators.size()), 4, this);
    m_ports->setObjectName(QStringLiteral("rotatorPorts"));
    m_ports->setHorizontalHeaderLabels(
        {tr("Rotator"), tr("rotctld port"), tr("PstRotator port"), tr("N1MM name")});
    m_ports->verticalHeader()->hide();
    m_ports->horizontalHeader()->setSectionResizeMode(RotatorColumn, QHeaderView::Stretch);
    for (int row = 0; row < rotators.size(); ++row) {
        const RotatorRow &r = rotators.at(row);
        const QString endpoint = r.endpointName.isEmpty() ? r.id : r.endpointName;
        auto *name
            = new QTableWidgetItem(r.label == endpoint || r.label == r.id || r.label.isEmpty()
                                       ? endpoint
                                       : QStringLiteral("%1 (%2)").arg(r.label, endpoint));
        name->setFlags(Qt::ItemIsEnabled);
        m_ports->setItem(row, RotatorColumn, name);
        // A port set here is kept for a CALL/ID: with the CALL/ID on two brokers, the first one's.
        const bool shared = std::any_of(rotators.cbegin(), rotators.cbegin() + row,
                                        [&r](const RotatorRow &o) { return o.id == r.id; });
        QSpinBox *rotctld
            = perRotatorBox(shared ? 0 : settings.rotctldPorts.value(r.id), 65535, m_ports);
        QSpinBox *pst
            = perRotatorBox(shared ? 0 : settings.pstRotatorPorts.value(r.id), 65534, m_ports);
        for (QSpinBox *box : {rotctld, pst}) {
            box->setEnabled(!shared);
            if (shared)
                box->setToolTip(tr("A port set here is for %1 on the first broker; this one "
                                   "takes the next free port.")
                                    .arg(r.id));
        }
        m_ports->setCellWidget(row, RotctldColumn, rotctld);
        m_ports->setCellWidget(row, PstRotatorColumn, pst);
        auto *n1mmName = new QTableWidgetItem(r.n1mmName);
        n1mmName->setFlags(Qt::ItemIsEnabled);
        n1mmName->setToolTip(tr("Set it in the rotator's Properties."));
        m_ports->setItem(row, N1mmNameColumn, n1mmName);
    }
    // Up to four rows without scrolling; the spin boxes make rows taller than the default.
    m_ports->resizeRowsToContents();
    const int rowHeight = rotators.isEmpty() ? m_ports->verticalHeader()->defaultSectionSize()
                                             : m_ports->rowHeight(0);
    m_ports->setFixedHeight(m_ports->horizontalHeader()->sizeHint().height()
                            + int(std::clamp<qsizetype>(rotators.size(), 1, 4)) * rowHeight
                            + 2 * m_ports->frameWidth());
    layout->addWidget(m_ports);

    auto *stateLabel = new QLabel(tr("Now:"), this);
    layout->addWidget(stateLabel);
    m_state = new QTreeWidget(this);
    m_state->setObjectName(QStringLiteral("endpointState"));
    m_state->setRootIsDecorated(false);
    m_state->setHeaderLabels({tr("Endpoint"), tr("Address"), tr("State"), tr("Clients")});
    layout->addWidget(m_state);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isInputValid())
            return;
        emit applied(this->settings());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (isInputValid())
            emit applied(this->settings());
    });

    connect(m_allowNetwork, &QCheckBox::toggled, this, [this](bool on) {
        // Choosing the network with a loopback address means "every interface".
        if (on && QHostAddress(m_listenAddress->text().trimmed()).isLoopback())
            m_listenAddress->setText(QStringLiteral("0.0.0.0"));
        else if (!on)
            m_listenAddress->setText(QStringLiteral("127.0.0.1"));
        revalidate();
    });
    connect(m_listenAddress, &QLineEdit::textChanged, this, &InteropDialog::revalidate);
    connect(m_n1mmStatusAddress, &QLineEdit::textChanged, this, &InteropDialog::revalidate);
    for (QCheckBox *box : {m_rotctld, m_n1mm, m_pstRotator})
        connect(box, &QCheckBox::toggled, this, &InteropDialog::revalidate);
    if (controller)
        connect(controller, &InteropController::statusChanged, this, &InteropDialog::refreshStatus);
    revalidate();
    refreshStatus();
}

InteropDialog::~InteropDialog() = default;

InteropSettings InteropDialog::settings() const
{
    InteropSettings s = m_initial;
    s.allowNetwork = m_allowNetwork->isChecked();
    s.listenAddress
        = s.allowNetwork ? m_listenAddress->text().trimmed() : QStringLiteral("127.0.0.1");
    s.rotctld = m_rotctld->isChecked();
    s.rotctldFirstPort = m_rotctldPort->value();
    s.n1mm = m_n1mm->isChecked();
    s.n1mmPort = m_n1mmPort->value();
    s.n1mmStatusAddress = m_n1mmStatusAddress->text().trimmed();
    s.n1mmStatusPort = m_n1mmStatusPort->value();
    s.n1mmBandFollow = m_bandFollow->isChecked();
    s.pstRotator = m_pstRotator->isChecked();
    s.pstRotatorFirstPort = m_pstRotatorPort->value();
    for (int row = 0; row < m_rotators.size(); ++row) {
        const QString &id = m_rotators.at(row).id;
        if (!m_ports->cellWidget(row, RotctldColumn)->isEnabled())
            continue; // the CALL/ID's port is the first row's
        const int rotctld
            = static_cast<QSpinBox *>(m_ports->cellWidget(row, RotctldColumn))->value();
        const int pst
            = static_cast<QSpinBox *>(m_ports->cellWidget(row, PstRotatorColumn))->value();
        s.rotctldPorts.remove(id);
        s.pstRotatorPorts.remove(id);
        if (rotctld > 0)
            s.rotctldPorts.insert(id, rotctld);
        if (pst > 0)
            s.pstRotatorPorts.insert(id, pst);
    }
    return s;
}

bool InteropDialog::isInputValid() const
{
    const InteropSettings s = settings();
    if (settings::listenAddressProblem(s.listenAddress, s.allowNetwork))
        return false;
    return s.n1mmStatusAddress.isEmpty() || !settings::ipAddressProblem(s.n1mmStatusAddress);
}

void InteropDialog::revalidate()
{
    const bool network = m_allowNetwork->isChecked();
    m_listenAddress->setEnabled(network);
    const QString address = m_listenAddress->text().trimmed();
    const QHostAddress parsed(address);
    m_networkWarning->setVisible(network && !parsed.isNull() && !parsed.isLoopback());
    QString problem;
    if (network && parsed.isNull())
        problem = tr("Enter an IP address, such as 0.0.0.0 (every network) or this computer's "
                     "address.");
    else if (!m_n1mmStatusAddress->text().trimmed().isEmpty()
             && QHostAddress(m_n1mmStatusAddress->text().trimmed()).isNull())
        problem = tr("The N1MM status address must be an IP address.");
    m_addressProblem->setText(problem);
    m_addressProblem->setVisible(!problem.isEmpty());
    const bool valid = isInputValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

void InteropDialog::refreshStatus()
{
    m_state->clear();
    const QList<InteropHub::EndpointStatus> status
        = m_controller ? m_controller->status() : QList<InteropHub::EndpointStatus> {};
    if (status.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_state,
                                         {m_controller && m_controller->isEnabled()
                                              ? tr("Nothing listens: there is no rotator yet.")
                                              : tr("All endpoints are off.")});
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const InteropHub::EndpointStatus &e : status) {
        const QString name = e.rotator.isEmpty() ? kindText(e.kind)
                                                 : kindText(e.kind) + QLatin1Char(' ') + e.rotator;
        auto *item = new QTreeWidgetItem(
            m_state, {name, e.address, stateText(e.state), e.clients.join(QStringLiteral(", "))});
        if (!e.error.isEmpty())
            item->setToolTip(2, e.error);
    }
    for (int column = 0; column < m_state->columnCount(); ++column)
        m_state->resizeColumnToContents(column);
}

QString InteropDialog::stateText(InteropHub::EndpointStatus::State state)
{
    switch (state) {
    case InteropHub::EndpointStatus::State::Listening:
        return tr("listening");
    case InteropHub::EndpointStatus::State::PortInUse:
        return tr("port in use");
    case InteropHub::EndpointStatus::State::Failed:
        return tr("failed");
    }
    return {};
}

QString InteropDialog::summary(const QList<InteropHub::EndpointStatus> &status)
{
    if (status.isEmpty())
        return {};
    int listening = 0;
    int clients = 0;
    for (const InteropHub::EndpointStatus &e : status) {
        if (e.state == InteropHub::EndpointStatus::State::Listening)
            ++listening;
        clients += int(e.clients.size());
    }
    if (listening < status.size())
        return tr("Interop: %1 of %2 listening").arg(listening).arg(status.size());
    return tr("Interop: %n client(s)", nullptr, clients);
}

QStringList InteropDialog::details(const QList<InteropHub::EndpointStatus> &status)
{
    QStringList lines;
    for (const InteropHub::EndpointStatus &e : status) {
        const QString name = e.rotator.isEmpty() ? kindText(e.kind)
                                                 : kindText(e.kind) + QLatin1Char(' ') + e.rotator;
        QString line = tr("%1 %2: %3").arg(name, e.address, stateText(e.state));
        if (!e.clients.isEmpty())
            line += QLatin1String(" (") + e.clients.join(QStringLiteral(", ")) + QLatin1Char(')');
        lines.append(line);
    }
    return lines;
}
