// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlogdock.h"

#include "models/trafficlogfiltermodel.h"
#include "models/trafficlogmodel.h"
#include "rotatorformat.h"
#include "session.h"

#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

TrafficLogDock::TrafficLogDock(Session *station, QWidget *parent)
    : QDockWidget(tr("Traffic log"), parent)
    , m_session(station)
    , m_model(new TrafficLogModel(this))
    , m_filter(new TrafficLogFilterModel(this))
{
    setObjectName(QStringLiteral("trafficLogDock"));
    m_filter->setObjectName(QStringLiteral("trafficLogFilter"));
    m_filter->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_rotatorBox = new QComboBox(content);
    m_rotatorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rotatorBox->setToolTip(tr("Show only one rotator's topics"));
    m_textEdit = new QLineEdit(content);
    m_textEdit->setPlaceholderText(tr("Filter topic or payload…"));
    m_textEdit->setClearButtonEnabled(true);
    m_pauseBox = new QCheckBox(tr("Pause"), content);
    m_pauseBox->setToolTip(tr("Stop adding messages while you read"));
    m_followBox = new QCheckBox(tr("Follow"), content);
    m_followBox->setChecked(true);
    m_followBox->setToolTip(tr("Scroll to the newest message"));
    auto *clearButton = new QToolButton(content);
    clearButton->setText(tr("Clear"));
    bar->addWidget(new QLabel(tr("Rotator:"), content));
    bar->addWidget(m_rotatorBox);
    bar->addWidget(m_textEdit, 1);
    bar->addWidget(m_pauseBox);
    bar->addWidget(m_followBox);
    bar->addWidget(clearButton);
    layout->addLayout(bar);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("trafficLogView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(TrafficLogModel::TimeColumn, charWidth * 14);
    m_view->setColumnWidth(TrafficLogModel::DirectionColumn, charWidth * 5);
    m_view->setColumnWidth(TrafficLogModel::SourceColumn, charWidth * 13);
    m_view->setColumnWidth(TrafficLogModel::BrokerColumn, charWidth * 10);
    m_view->setColumnWidth(TrafficLogModel::TopicColumn, charWidth * 34);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_textEdit, &QLineEdit::textChanged, m_filter, &TrafficLogFilterModel::setText);
    connect(m_pauseBox, &QCheckBox::toggled, m_model, &TrafficLogModel::setPaused);
    connect(clearButton, &QToolButton::clicked, m_model, &TrafficLogModel::clear);
    connect(m_rotatorBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTopicPrefix(m_rotatorBox->currentData().toString()); });
    connect(m_model, &TrafficLogModel::batchInserted, this, [this] {
        if (m_followBox->isChecked() && isVisible())
            m_view->scrollToBottom();
    });
    // The user scrolling up stops following; scrolling to the end resumes it.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *scroll = m_view->verticalScrollBar();
        if (scroll->isSliderDown())
            m_followBox->setChecked(value >= scroll->maximum());
    });

    auto watchBroker = [this](MqttConnection *connection) {
        connect(connection, &MqttConnection::messagesReceived, m_model,
                [this, connection](const QList<MqttMessage> &messages) {
                    m_model->addReceived(Session::brokerLabel(connection), messages);
                });
        connect(connection, &MqttConnection::messagePublished, m_model,
                [this, connection](const MqttMessage &message) {
                    m_model->addPublished(Session::brokerLabel(connection), message);
                });
    };
    for (MqttConnection *connection : station->connections())
        watchBroker(connection);
    connect(station, &Session::brokerAdded, this, watchBroker);
    // Rebuilding the list per added rotator made discovering 500 rotators quadratic (8% of the
    // GUI thread's time in the gui-load benchmark); one rebuild per burst of changes suffices.
    m_choicesTimer = new QTimer(this);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(0);
    connect(m_choicesTimer, &QTimer::timeout, this, &TrafficLogDock::rebuildRotatorChoices);
    connect(station, &Session::rotatorAdded, this, &TrafficLogDock::scheduleRotatorChoices);
    connect(station, &Session::rotatorRemoved, this, &TrafficLogDock::scheduleRotatorChoices);
    connect(station, &Session::rotatorConfigChanged, this, &TrafficLogDock::scheduleRotatorChoices);
    rebuildRotatorChoices();
}

TrafficLogDock::~TrafficLogDock() = default;

void TrafficLogDock::setRotatorFilter(const Rotator *rotator)
{
    if (m_choicesTimer->isActive()) // a rotator added a moment ago must be in the list
        rebuildRotatorChoices();
    const QString prefix = rotator ? rotator->address().baseTopic() + QLatin1Char('/') : QString();
    const int index = m_rotatorBox->findData(prefix);
    m_rotatorBox->setCurrentIndex(index < 0 ? 0 : index);
}

void TrafficLogDock::scheduleRotatorChoices()
{
    m_choicesTimer->start();
}

void TrafficLogDock::rebuildRotatorChoices()
{
    m_choicesTimer->stop();
    const QString current = m_rotatorBox->currentData().toString();
    const QSignalBlocker blocker(m_rotatorBox);
    m_rotatorBox->clear();
    m_rotatorBox->addItem(tr("All"), QString());
    for (const Rotator *rotator : m_session->rotators()) {
        const QString label = m_session->label(rotator);
        const QString address = rotatorformat::addressText(rotator->address());
        m_rotatorBox->addItem(label == address ? label : tr("%1 (%2)").arg(label, address),
                              rotator->address().baseTopic() + QLatin1Char('/'));
    }
    const int index = m_rotatorBox->findData(current);
    m_rotatorBox->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setTopicPrefix(m_rotatorBox->currentData().toString());
}
