// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotsdock.h"

#include "models/spotfiltermodel.h"
#include "spotfeed.h"

#include "cluster/spotparser.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int maxDistanceFilterKm = 20000;
constexpr int distanceStepKm = 500;
const char *const modeCodes[] = {"CW", "SSB", "FT8", "FT4", "RTTY", "PSK", "DIGI", "AM", "FM"};
const char *const continentCodes[] = {"AF", "AN", "AS", "EU", "NA", "OC", "SA"};
constexpr int ageChoicesMin[] = {0, 5, 15, 30, 60};
} // namespace

SpotsDock::SpotsDock(SpotFeed *feed, QWidget *parent)
    : QDockWidget(tr("Spots"), parent)
    , m_feed(feed)
    , m_model(feed->model())
    , m_filter(new SpotFilterModel(this))
    , m_view(new QTableView(this))
    , m_bandBox(new QComboBox(this))
    , m_modeBox(new QComboBox(this))
    , m_ageBox(new QComboBox(this))
    , m_continentBox(new QComboBox(this))
    , m_distanceBox(new QSpinBox(this))
    , m_textEdit(new QLineEdit(this))
    , m_routeLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("spotsDock"));
    m_filter->setSpotModel(m_model);

    m_bandBox->setObjectName(QStringLiteral("spotBandFilter"));
    m_modeBox->setObjectName(QStringLiteral("spotModeFilter"));
    m_ageBox->setObjectName(QStringLiteral("spotAgeFilter"));
    m_continentBox->setObjectName(QStringLiteral("spotContinentFilter"));
    m_distanceBox->setObjectName(QStringLiteral("spotDistanceFilter"));
    m_textEdit->setObjectName(QStringLiteral("spotTextFilter"));
    m_distanceBox->setRange(0, maxDistanceFilterKm);
    m_distanceBox->setSingleStep(distanceStepKm);
    m_textEdit->setClearButtonEnabled(true);
    fillChoices();

    m_view->setObjectName(QStringLiteral("spotList"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SpotListModel::CommentColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto widthFor = [&fm](const QString &sample) {
        return fm.horizontalAdvance(sample) + fm.horizontalAdvance(QLatin1Char('M'));
    };
    m_view->setColumnWidth(SpotListModel::TimeColumn, widthFor(QStringLiteral("00:00")));
    m_view->setColumnWidth(SpotListModel::FrequencyColumn, widthFor(QStringLiteral("144300.0")));
    m_view->setColumnWidth(SpotListModel::BandColumn, widthFor(QStringLiteral("160m")));
    m_view->setColumnWidth(SpotListModel::ModeColumn, widthFor(QStringLiteral("RTTY")));
    m_view->setColumnWidth(SpotListModel::DxColumn, widthFor(QStringLiteral("VP2E/OK1ABC")));
    m_view->setColumnWidth(SpotListModel::EntityColumn, widthFor(QStringLiteral("United States")));
    m_view->setColumnWidth(SpotListModel::BearingColumn, widthFor(tr("Bearing")));
    m_view->setColumnWidth(SpotListModel::DistanceColumn, widthFor(QStringLiteral("19 999 km")));
    m_view->setColumnWidth(SpotListModel::SpotterColumn, widthFor(QStringLiteral("EA5WU-#")));
    m_view->setColumnWidth(SpotListModel::AgeColumn, widthFor(QStringLiteral("59 min")));
    m_view->installEventFilter(this);

    m_routeLabel->setObjectName(QStringLiteral("spotRoute"));
    m_routeLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("spotStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_bandBox);
    filters->addWidget(m_modeBox);
    filters->addWidget(m_ageBox);
    filters->addWidget(m_continentBox);
    filters->addWidget(m_distanceBox);
    filters->addWidget(m_textEdit, 1);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_routeLabel);
    layout->addWidget(m_statusLabel);
    setWidget(content);

    connect(m_bandBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setBand(m_bandBox->currentData().toString()); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMode(m_modeBox->currentData().toString()); });
    connect(m_ageBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMaxAgeMinutes(m_ageBox->currentData().toInt()); });
    connect(m_continentBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setContinent(m_continentBox->currentData().toString()); });
    connect(m_distanceBox, &QSpinBox::valueChanged, m_filter, &SpotFilterModel::setMaxDistanceKm);
    connect(m_textEdit, &QLineEdit::textChanged, m_filter, &SpotFilterModel::setText);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit turnRequested(index.data(SpotListModel::SerialRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SpotsDock::onCurrentChanged);
    // Rows come and go: the current spot stays what it was, or is gone.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SpotsDock::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SpotsDock::onCurrentChanged);
    connect(m_feed, &SpotFeed::statusChanged, this, &SpotsDock::updateStatus);
    updateStatus();
    refreshRoute();
}

SpotsDock::~SpotsDock() = default;

void SpotsDock::fillChoices()
{
    const auto keep = [](QComboBox *box) {
        return box->count() ? box->currentIndex() : 0;
    };
    const int band = keep(m_bandBox);
    const int mode = keep(m_modeBox);
    const int age = keep(m_ageBox);
    const int continent = keep(m_continentBox);
    const QSignalBlocker b1(m_bandBox);
    const QSignalBlocker b2(m_modeBox);
    const QSignalBlocker b3(m_ageBox);
    const QSignalBlocker b4(m_continentBox);
    m_bandBox->clear();
    m_bandBox->addItem(tr("All bands"), QString());
    for (const QString &name : cluster::bandNames())
        m_bandBox->addItem(name, name);
    m_modeBox->clear();
    m_modeBox->addItem(tr("All modes"), QString());
    for (const char *code : modeCodes)
        m_modeBox->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_ageBox->clear();
    for (const int minutes : ageChoicesMin)
        m_ageBox->addItem(minutes == 0 ? tr("Any age") : tr("≤ %n min", nullptr, minutes), minutes);
    m_continentBox->clear();
    m_continentBox->addItem(tr("All continents"), QString());
    for (const char *code : continentCodes)
        m_continentBox->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_bandBox->setCurrentIndex(band);
    m_modeBox->setCurrentIndex(mode);
    m_ageBox->setCurrentIndex(age);
    m_continentBox->setCurrentIndex(continent);
    m_distanceBox->setSpecialValueText(tr("Any distance"));
    m_distanceBox->setSuffix(tr(" km"));
    m_distanceBox->setPrefix(tr("≤ "));
    m_distanceBox->setToolTip(tr("Only spots at most this far from the station"));
    m_textEdit->setPlaceholderText(tr("Call, entity or comment"));
    m_bandBox->setToolTip(tr("Band"));
    m_modeBox->setToolTip(tr("Mode"));
    m_ageBox->setToolTip(tr("Age"));
    m_continentBox->setToolTip(tr("Continent of the DX"));
}

void SpotsDock::setRouteDescriber(RouteDescriber describer)
{
    m_describe = std::move(describer);
    refreshRoute();
}

void SpotsDock::refreshRoute()
{
    const int row = m_currentSerial ? m_model->rowOfSerial(m_currentSerial) : -1;
    if (row < 0) {
        m_routeLabel->setText(tr("Select a spot: Enter or a double-click turns the antenna "
                                 "that serves its band."));
        return;
    }
    m_routeLabel->setText(m_describe ? m_describe(m_model->entry(row)) : QString());
}

bool SpotsDock::selectSerial(qint64 serial)
{
    const int sourceRow = m_model->rowOfSerial(serial);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

qint64 SpotsDock::currentSerial() const
{
    return m_currentSerial;
}

QString SpotsDock::routeText() const
{
    return m_routeLabel->text();
}

QString SpotsDock::statusText() const
{
    return m_statusLabel->text();
}

void SpotsDock::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 serial
        = current.isValid() ? current.data(SpotListModel::SerialRole).toLongLong() : 0;
    if (serial != m_currentSerial) {
        m_currentSerial = serial;
        emit currentSpotChanged(serial);
    }
    refreshRoute();
}

void SpotsDock::updateStatus()
{
    QString text = m_feed->statusText();
    if (!m_feed->lastMessage().isEmpty())
        text += QLatin1Char('\n') + m_feed->lastMessage();
    m_statusLabel->setText(text);
}

bool SpotsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_view->selectionModel()->currentIndex();
            if (current.isValid())
                emit turnRequested(current.data(SpotListModel::SerialRole).toLongLong());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void SpotsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Spots"));
        fillChoices();
        updateStatus();
        refreshRoute();
    }
    QDockWidget::changeEvent(event);
}
