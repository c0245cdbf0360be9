// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusternodesdialog.h"

#include "fieldproblem.h"

#include "settings/settingsvalidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { HostColumn, PortColumn, EnabledColumn, CommandColumn, ColumnCount };
constexpr int defaultPort = 7300;
} // namespace

ClusterNodesDialog::ClusterNodesDialog(const QString &callsign,
                                       const QList<ClusterNodeSettings> &nodes, QWidget *parent)
    : QDialog(parent)
    , m_callsign(new QLineEdit(callsign, this))
    , m_callsignProblem(new FieldProblem(m_callsign, this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_tableProblem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("DX cluster"));
    setObjectName(QStringLiteral("clusterNodesDialog"));
    m_callsign->setObjectName(QStringLiteral("callsign"));
    m_callsign->setPlaceholderText(tr("e.g. OK1ABC"));
    m_table->setObjectName(QStringLiteral("clusterNodes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Host"), tr("Port"), tr("On"), tr("Command after login")});
    m_table->horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableProblem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &callsign:"), m_callsign);
    form->addRow(QString(), m_callsignProblem);
    auto *hint = new QLabel(tr("Nodes are logged in with this callsign. Without one, or without "
                               "a node that is on, nothing is connected."),
                            this);
    hint->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add node"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    add->setObjectName(QStringLiteral("addNode"));
    remove->setObjectName(QStringLiteral("removeNode"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_tableProblem);
    layout->addWidget(m_buttons);

    for (const ClusterNodeSettings &node : nodes)
        addRow(node);

    connect(add, &QPushButton::clicked, this, [this] {
        ClusterNodeSettings node;
        node.port = defaultPort;
        addRow(node);
        m_table->setCurrentCell(m_table->rowCount() - 1, HostColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, HostColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        revalidate();
    });
    connect(m_callsign, &QLineEdit::textChanged, this, &ClusterNodesDialog::revalidate);
    connect(m_table, &QTableWidget::itemChanged, this, &ClusterNodesDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 45, sizeHint().height());
    revalidate();
}

ClusterNodesDialog::~ClusterNodesDialog() = default;

void ClusterNodesDialog::addRow(const ClusterNodeSettings &node)
{
    QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, HostColumn, new QTableWidgetItem(node.host));
    m_table->setItem(row, PortColumn, new QTableWidgetItem(QString::number(node.port)));
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(node.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    m_table->setItem(row, CommandColumn, new QTableWidgetItem(node.loginCommand));
    blocker.unblock();
    revalidate();
}

QString ClusterNodesDialog::callsign() const
{
    return m_callsign->text().trimmed().toUpper();
}

QList<ClusterNodeSettings> ClusterNodesDialog::nodes() const
{
    QList<ClusterNodeSettings> nodes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ClusterNodeSettings node;
        node.host = m_table->item(row, HostColumn)->text().trimmed();
        node.port = m_table->item(row, PortColumn)->text().trimmed().toInt();
        node.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        node.loginCommand = m_table->item(row, CommandColumn)->text().trimmed();
        nodes.append(node);
    }
    return nodes;
}

void ClusterNodesDialog::revalidate()
{
    const QString call = callsign();
    m_callsignProblem->setProblem(!call.isEmpty() && settings::callsignProblem(call)
                                      ? tr("Not a callsign: letters, digits and '/' only.")
                                      : QString());
    QString tableProblem;
    const QList<ClusterNodeSettings> list = nodes();
    for (int row = 0; row < list.size() && tableProblem.isEmpty(); ++row) {
        const ClusterNodeSettings &node = list.at(row);
        if (settings::clusterHostProblem(node.host))
            tableProblem = tr("Row %1: the host must be a name or an address without the port "
                              "(e.g. dxc.example.org).")
                               .arg(row + 1);
        else if (node.port < 1 || node.port > 65535)
            tableProblem = tr("Row %1: the port must be 1 to 65535.").arg(row + 1);
        else if (settings::clusterCommandProblem(node.loginCommand))
            tableProblem
                = tr("Row %1: the command must be one line of at most 80 characters.").arg(row + 1);
    }
    // Saving nodes without a callsign is allowed; the dialog only says what it means.
    m_valid = !m_callsignProblem->hasProblem() && tableProblem.isEmpty();
    if (tableProblem.isEmpty() && call.isEmpty()
        && std::any_of(list.cbegin(), list.cend(), [](const auto &n) { return n.enabled; }))
        tableProblem = tr("Without a callsign the nodes are not connected.");
    m_tableProblem->setText(tableProblem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}
