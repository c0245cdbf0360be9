// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "applogging.h"
#include "autoparknotifier.h"
#include "azelpairs.h"
#include "countrydata.h"
#include "dialogs/addrotatordialog.h"
#include "dialogs/azelpairsdialog.h"
#include "dialogs/brokerprofilesdialog.h"
#include "dialogs/clusternodesdialog.h"
#include "dialogs/countrydatadialog.h"
#include "dialogs/groupsdialog.h"
#include "dialogs/interopdialog.h"
#include "dialogs/remotedialog.h"
#include "dialogs/rotatorpropertiesdialog.h"
#include "dialogs/stationdialog.h"
#include "externaltracking.h"
#include "interopcontroller.h"
#include "linknotifier.h"
#include "models/grouplistmodel.h"
#include "models/rotatorlistmodel.h"
#include "models/spotlistmodel.h"
#include "otherclientnotifier.h"
#include "palette.h"
#include "remotecontroller.h"
#include "rotatorformat.h"
#include "session.h"
#include "settingskeeper.h"
#include "spotfeed.h"
#include "spotrouting.h"
#include "sunmoonwatch.h"
#include "trackingcontroller.h"
#include "trackview.h"

#include "mqtt/embeddedbroker.h"
#include "widgets/brokerstatus.h"
#include "widgets/compassmapwidget.h"
#include "widgets/confirmbar.h"
#include "widgets/firstrunpanel.h"
#include "widgets/historyplot.h"
#include "widgets/notificationdock.h"
#include "widgets/rotatorpanel.h"
#include "widgets/spotmaplayer.h"
#include "widgets/spotsdock.h"
#include "widgets/trafficlogdock.h"

#include "core/clock.h"
#include "geo/greatcircle.h"
#include "geo/maidenhead.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "model/rotatorgroup.h"
#include "mqtt/mqttconnection.h"
#include "settings/settingsstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCollator>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <utility>

namespace {
/// The bearing column's widest text, in the UI language ("180° el" in English).
QString widestElevationText()
{
    RotatorState elevation;
    elevation.elevationMode = true;
    elevation.rawAzimuthDeg = 180;
    return rotatorformat::positionText(elevation);
}
constexpr int nudgeStepDeg = 5;
constexpr int statusMessageMs = 10000;

const QString uiThemeKey = QStringLiteral("theme");
const QString uiListHeaderKey = QStringLiteral("rotatorListHeader");
const QString uiPlotRawKey = QStringLiteral("plotRaw");
const QString uiPlotAllKey = QStringLiteral("plotAll");
const QString uiLongPathKey = QStringLiteral("longPath");
const QString uiMapRadiusKey = QStringLiteral("mapRadiusKm");

/// A filled red square (one) or two overlapping ones (all): readable on light and dark bars,
/// drawn at several sizes so it stays crisp at any scale.
QIcon stopIcon(bool all)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette::stop::border, std::max(1.0, size / 16.0)));
        painter.setBrush(palette::stop::iconFill);
        const double margin = size * 0.15;
        const double radius = size * 0.12;
        if (all) {
            const double side = size * 0.55;
            painter.drawRoundedRect(QRectF(margin, margin, side, side), radius, radius);
            painter.drawRoundedRect(QRectF(size - margin - side, size - margin - side, side, side),
                                    radius, radius);
        } else {
            painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                                    radius, radius);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

/// Shows a dialog without any modality: the toolbar, STOP and Esc in the main window must keep
/// working while it is open (Shift+Esc is application-wide anyway).
void showModeless(QWidget *dialog)
{
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

/// A settings problem in the user's words (the library's English text is the detail).
QString settingsProblemText(const SettingsStore::Problem &problem)
{
    using Kind = SettingsStore::Problem::Kind;
    switch (problem.kind) {
    case Kind::DamagedFile:
        return MainWindow::tr("The settings file %1 is damaged. RotorDeck started with defaults "
                              "and keeps the old file as %1.damaged when it saves.")
            .arg(problem.subject);
    case Kind::UnreadableFile:
        return MainWindow::tr("The settings file %1 could not be read. RotorDeck started with "
                              "defaults.")
            .arg(problem.subject);
    case Kind::NewerFormat:
        return MainWindow::tr("The settings file was written by a newer RotorDeck. What this "
                              "version understands is used; the file is not overwritten "
                              "without asking.");
    case Kind::Truncated:
        return MainWindow::tr("The settings file is incomplete (cut short?). What is there is "
                              "used.");
    case Kind::BadValue:
        break;
    }
    return MainWindow::tr("The setting %1 could not be used; it was ignored or set to its "
                          "default.")
        .arg(problem.subject);
}

/// One instance of each dialog: brings an open one to the front instead of opening another.
bool raiseIfOpen(QWidget *dialog)
{
    if (!dialog)
        return false;
    showModeless(dialog);
    return true;
}

/// The rotator list's order: the sort column, then label, then CALL/ID, text compared as people
/// read it ("R2" before "R10"), so that equal labels still come in a stable, meaningful order.
class RotatorSortProxy final : public QSortFilterProxyModel
{
public:
    explicit RotatorSortProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int column = left.column();
        if (column != RotatorListModel::LabelColumn && column != RotatorListModel::AddressColumn) {
            if (QSortFilterProxyModel::lessThan(left, right))
                return true;
            if (QSortFilterProxyModel::lessThan(right, left))
                return false;
        }
        const std::array<int, 2> order = column == RotatorListModel::AddressColumn
            ? std::array {int(RotatorListModel::AddressColumn), int(RotatorListModel::LabelColumn)}
            : std::array {int(RotatorListModel::LabelColumn), int(RotatorListModel::AddressColumn)};
        for (const int c : order) {
            const int compared = m_collator.compare(textAt(left, c), textAt(right, c));
            if (compared != 0)
                return compared < 0;
        }
        return false;
    }

    // A paired elevation unit is shown in its pair's row.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return !sourceModel()
                    ->index(sourceRow, 0, sourceParent)
                    .data(RotatorListModel::PairedElevationRole)
                    .toBool();
    }

private:
    QString textAt(const QModelIndex &index, int column) const
    {
        return sourceModel()
            ->index(index.row(), column, index.parent())
            .data(RotatorListModel::SortRole)
            .toString();
    }

    QCollator m_collator;
};

QString mapId(const QString &broker, const Rotator *rotator)
{
    return broker + QLatin1Char('|') + rotator->address().toString();
}
} // namespace

MainWindow::MainWindow(Session *station, Context context, QWidget *parent)
    : QMainWindow(parent)
    , m_session(station)
    , m_context(std::move(context))
    , m_keeper(m_context.keeper ? m_context.keeper
                                : new SettingsKeeper(m_context.settings, station, m_context.store,
                                                     m_context.credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    connect(&m_mapPacer, &RedrawPacer::due, this, &MainWindow::updateMap);

    buildUi();
    buildSpots();
    buildActions();
    buildMenus();

    for (Rotator *rotator : station->rotators())
        watchRotator(rotator);
    connect(station, &Session::rotatorAdded, this, [this](int, Rotator *rotator) {
        watchRotator(rotator);
        scheduleMapUpdate();
        // The first rotator to appear becomes the selection, so the panel is never idle.
        if (!m_listView->selectionModel()->hasSelection())
            selectRotatorRow(0);
    });
    connect(station, &Session::rotatorRemoved, this, [this] { scheduleMapUpdate(); });
    connect(station, &Session::rotatorConfigChanged, this, [this] { scheduleMapUpdate(); });
    connect(station, &Session::stationChanged, this, [this] {
        applyStationLocator();
        updateTitle();
    });
    auto forwardNotification
        = [this](NotificationDock::Severity severity, const QString &source, const QString &text) {
              notify(severity, source, text);
          };
    m_brokerStatus = new BrokerStatus(station, statusBar(), m_keeper->credentials(), this);
    connect(m_brokerStatus, &BrokerStatus::notification, this, forwardNotification);
    connect(new LinkNotifier(station, this), &LinkNotifier::notification, this,
            forwardNotification);
    connect(new OtherClientNotifier(station, this), &OtherClientNotifier::notification, this,
            forwardNotification);
    connect(new AutoParkNotifier(station, this), &AutoParkNotifier::notification, this,
            forwardNotification);
    m_tracking = new TrackingController(station, this);
    m_tracking->setAzElPairs(m_keeper->azElPairs());
    // A selected group tracks as one: each member with its offset.
    m_tracking->setAzimuthOffset([this](const Rotator *rotator) {
        const auto group = activeGroup();
        if (!group)
            return 0;
        const RotatorGroup live = liveGroup(*group);
        for (const RotatorGroup::Member &member : live.members()) {
            if (member.rotator == rotator)
                return member.settings.offsetDeg;
        }
        return 0;
    });
    connect(m_tracking, &TrackingController::notification, this, forwardNotification);
    m_trackView = new TrackView(station, m_tracking, m_map, m_panel, this);
    auto *external = new ExternalTracking(station, this);
    connect(external, &ExternalTracking::notification, this, forwardNotification);
    m_trackView->setExternalTracking(external);
    m_trackingLabel = new QLabel(statusBar());
    m_trackingLabel->setObjectName(QStringLiteral("trackingLabel"));
    m_trackingLabel->hide();
    statusBar()->addPermanentWidget(m_trackingLabel);
    const auto showTracking = [this, external] {
        QStringList who;
        for (Rotator *rotator : m_session->rotators()) {
            const QString target = m_tracking->targetName(rotator);
            const AzElPairs *pairs = m_keeper->azElPairs();
            const QString name
                = pairs->elevationOf(rotator) ? pairs->label(rotator) : m_session->label(rotator);
            const QString client = external->client(rotator);
            if (!target.isEmpty())
                who << tr("%1 → %2").arg(name, target);
            else if (!client.isEmpty())
                who << tr("%1 → rotctld client %2").arg(name, client);
        }
        m_trackingLabel->setVisible(!who.isEmpty());
        m_trackingLabel->setText(tr("Tracking: %1").arg(who.join(QStringLiteral(", "))));
    };
    connect(m_tracking, &TrackingController::trackingChanged, this, showTracking);
    connect(external, &ExternalTracking::trackingChanged, this, showTracking);
    m_interop = new InteropController(station, this);
    m_interop->setSettings(m_keeper->settings().interop);
    // The pairs in use (saved ones and this session's), kept current as the pair dialog edits
    // them: each gets its endpoints without a restart.
    m_interop->setAzElPairs(m_keeper->azElPairs()->pairs());
    connect(m_keeper->azElPairs(), &AzElPairs::changed, m_interop,
            [this] { m_interop->setAzElPairs(m_keeper->azElPairs()->pairs()); });
    m_interop->setRotctldPortOverride(m_context.rotctldPort);
    m_interopStatus = new QToolButton(this);
    m_interopStatus->setObjectName(QStringLiteral("interopStatus"));
    m_interopStatus->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_interopStatus);
    connect(m_interopStatus, &QToolButton::clicked, this, &MainWindow::showInteropDialog);
    connect(m_interop, &InteropController::statusChanged, this, &MainWindow::updateInteropStatus);
    updateInteropStatus();
    m_remote = new RemoteController(station, m_session->clock(), this);
    m_remote->setSettings(m_keeper->settings().remote);
    m_remote->setPortOverride(m_context.webPort);
    m_remoteStatus = new QToolButton(this);
    m_remoteStatus->setObjectName(QStringLiteral("remoteStatus"));
    m_remoteStatus->setAutoRaise(true);
    m_remoteStatus->hide();
    statusBar()->addPermanentWidget(m_remoteStatus);
    connect(m_remoteStatus, &QToolButton::clicked, this, &MainWindow::showRemoteDialog);
    connect(m_remote, &RemoteController::statusChanged, this, [this] {
        m_remoteStatus->setText(RemoteDialog::summary(*m_remote));
        m_remoteStatus->setToolTip(m_remote->url());
        m_remoteStatus->setVisible(!m_remoteStatus->text().isEmpty());
    });
    connect(m_keeper, &SettingsKeeper::saveFailed, this, [this](const QString &error) {
        notify(NotificationDock::Severity::Error, tr("Settings"),
               tr("The settings could not be saved (%1).").arg(error));
    });

    watchCountryData();
    buildSunMoon();
    restoreUiState();
    applyStationLocator();
    updateTitle();
    updateMap();
    if (m_session->rotatorCount() > 0)
        selectRotatorRow(0);

    connect(station, &Session::brokerStateChanged, this, &MainWindow::updateEmptyListHint);
    connect(station, &Session::brokerAdded, this, &MainWindow::updateEmptyListHint);
    updateEmptyListHint();
    setUpFirstRun();

    const QStringList &problems = m_context.settingsProblems;
    const QList<SettingsStore::Problem> &codes = m_context.settingsProblemCodes;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        if (i < codes.size())
            notify(NotificationDock::Severity::Warning, tr("Settings"),
                   settingsProblemText(codes.at(i)), problems.at(i));
        else
            notify(NotificationDock::Severity::Warning, tr("Settings"), problems.at(i));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks
                   | QMainWindow::GroupedDragging);

    m_map = new CompassMapWidget(this);
    m_map->setObjectName(QStringLiteral("compassMap"));
    setCentralWidget(m_map);
    // The long-unwind question also floats over the map, where the click that caused it was.
    m_unwindOverlay = new ConfirmBar(tr("Turn"), m_map);
    m_unwindOverlay->setObjectName(QStringLiteral("longUnwindOverlay"));
    m_map->installEventFilter(this);

    // Rotator list.
    m_listModel = new RotatorListModel(m_session, this);
    m_listModel->setAzElPairs(m_keeper->azElPairs());
    m_listProxy = new RotatorSortProxy(this);
    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setSortRole(RotatorListModel::SortRole);
    m_listProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_listProxy->setDynamicSortFilter(true);
    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("rotatorList"));
    m_listView->setModel(m_listProxy);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(RotatorListModel::LabelColumn, Qt::AscendingOrder);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setShowGrid(false);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 8);
    QHeaderView *header = m_listView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RotatorListModel::ColourColumn, QHeaderView::Fixed);
    const int em = m_listView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Wide enough for the header and typical content, so nothing is cut at first start.
    auto widthFor = [this](const QString &sample, int column) {
        const QFontMetrics fm = m_listView->fontMetrics();
        QFont bold = m_listView->font();
        bold.setBold(true);
        const int headerWidth
            = fm.horizontalAdvance(m_listModel->headerData(column, Qt::Horizontal).toString());
        return std::max(headerWidth, QFontMetrics(bold).horizontalAdvance(sample))
            + fm.horizontalAdvance(QLatin1Char('M'));
    };
    m_listView->setColumnWidth(RotatorListModel::ColourColumn, em);
    m_listView->setColumnWidth(RotatorListModel::LabelColumn,
                               widthFor(QStringLiteral("40 m Beam (450°)"), 1));
    m_listView->setColumnWidth(RotatorListModel::AddressColumn,
                               widthFor(QStringLiteral("OK1HRA/12"), 2));
    // Wide enough for an az/el pair's azimuth and elevation.
    m_listView->setColumnWidth(RotatorListModel::BearingColumn,
                               widthFor(QStringLiteral("359° · ") + widestElevationText(), 3));
    m_listView->setColumnWidth(RotatorListModel::TargetColumn, widthFor(QStringLiteral("359°"), 4));
    m_listView->setColumnWidth(RotatorListModel::StatusColumn,
                               widthFor(QStringLiteral("Turning CCW to 359°"), 5));
    m_listView->setColumnWidth(RotatorListModel::VoltageColumn,
                               widthFor(QStringLiteral("13.8 V"), 6));
    m_listView->setColumnWidth(RotatorListModel::LinkColumn,
                               widthFor(rotatorformat::linkText(LinkState::BrokerDown), 7));
    // The supply is in the panel and the tooltip; the column is there for those who want it.
    header->setSectionHidden(RotatorListModel::VoltageColumn, true);
    // Status right after the label: it is what the list is for, and it must not be cut off at
    // the dock's first width (the order is the user's to change and is saved).
    header->moveSection(header->visualIndex(RotatorListModel::StatusColumn),
                        header->visualIndex(RotatorListModel::LabelColumn) + 1);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QHeaderView *h = m_listView->horizontalHeader();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int column = RotatorListModel::LabelColumn; column < RotatorListModel::ColumnCount;
             ++column) {
            QAction *a
                = menu->addAction(m_listModel->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!h->isSectionHidden(column));
            connect(a, &QAction::toggled, h,
                    [h, column](bool on) { h->setSectionHidden(column, !on); });
        }
        menu->popup(h->viewport()->mapToGlobal(pos));
    });
    // Said on the list itself while it is empty: what is going on and what to do.
    m_emptyListHint = new QLabel(m_listView->viewport());
    m_emptyListHint->setObjectName(QStringLiteral("emptyListHint"));
    m_emptyListHint->setWordWrap(true);
    m_emptyListHint->setAlignment(Qt::AlignCenter);
    m_emptyListHint->setMargin(em);
    m_listView->viewport()->installEventFilter(this);
    connect(m_listProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyListHint);
    connect(m_listProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyListHint);
    connect(m_listProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyListHint);
    m_listDock = new QDockWidget(tr("Rotators"), this);
    m_listDock->setObjectName(QStringLiteral("rotatorListDock"));
    auto *listArea = new QWidget(this);
    buildGroupList(listArea);
    m_listDock->setWidget(listArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_listView, &QTableView::doubleClicked, this, &MainWindow::showProperties);

    // Control panel.
    m_panel = new RotatorPanel(m_session, this);
    m_panel->setObjectName(QStringLiteral("rotatorPanel"));
    m_panel->setTargetContext([this] { return targetContext(); });
    if (m_context.countryData)
        connect(m_context.countryData, &CountryData::changed, m_panel,
                [this] { m_panel->setTargetContext([this] { return targetContext(); }); });
    m_panelDock = new QDockWidget(tr("Control"), this);
    m_panelDock->setObjectName(QStringLiteral("controlDock"));
    m_panelDock->setWidget(m_panel);
    // The control column takes the full height, so STOP keeps its place on small screens.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    connect(m_panel, &RotatorPanel::turnRequested, this, &MainWindow::turnSelectedTo);
    connect(m_panel, &RotatorPanel::stopRequested, this, &MainWindow::stopSelected);
    connect(m_panel, &RotatorPanel::parkRequested, this, &MainWindow::parkSelected);
    connect(m_panel, &RotatorPanel::propertiesRequested, this, &MainWindow::showProperties);
    m_panel->setAzElPairs(m_keeper->azElPairs());
    connect(m_keeper->azElPairs(), &AzElPairs::changed, this, &MainWindow::scheduleMapUpdate);
    for (ConfirmBar *bar : {m_panel->unwindBar(), m_unwindOverlay}) {
        connect(bar, &ConfirmBar::accepted, this, &MainWindow::acceptPendingTurn);
        connect(bar, &ConfirmBar::cancelled, this, &MainWindow::cancelPendingTurn);
    }
    connect(m_panel, &RotatorPanel::targetLocatorChanged, this, [this](const QString &locator) {
        m_targetLocator = locator;
        m_map->setTargetLocator(locator);
    });

    // History plot, traffic log, notifications: tabbed at the bottom.
    m_plot = new HistoryPlot(m_session, this);
    m_plot->setObjectName(QStringLiteral("historyPlot"));
    m_plotDock = new QDockWidget(tr("History"), this);
    m_plotDock->setObjectName(QStringLiteral("historyDock"));
    m_plotDock->setWidget(m_plot);
    addDockWidget(Qt::BottomDockWidgetArea, m_plotDock);
    m_trafficDock = new TrafficLogDock(m_session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_trafficDock);
    m_notificationDock = new NotificationDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_notificationDock);
    tabifyDockWidget(m_plotDock, m_trafficDock);
    tabifyDockWidget(m_trafficDock, m_notificationDock);
    m_plotDock->raise();
    // Small minimums, so that the window still fits a 640x480 screen (the map and the plot
    // would otherwise ask for about 240 and 170 px; their docks simply get smaller).
    m_map->setMinimumSize(em * 12, em * 8);
    m_plot->setMinimumSize(em * 16, em * 5);
    // The traffic log's filter row may be cut on such a screen rather than push STOP off it.
    if (QWidget *traffic = m_trafficDock->widget())
        traffic->setMinimumWidth(em * 16);
    resizeDocks({m_listDock, m_panelDock}, {em * 40, em * 20}, Qt::Horizontal);
    resizeDocks({m_plotDock}, {em * 12}, Qt::Vertical);

    // Map input.
    // The map is a compass: it turns the azimuth rotators only, never an elevation-only unit.
    connect(m_map, &CompassMapWidget::bearingRequested, this, [this](double bearingDeg) {
        QList<Rotator *> azimuth;
        const QList<Rotator *> selected = selectedRotators();
        for (Rotator *rotator : selected) {
            if (!rotator->state().elevationMode)
                azimuth.append(rotator);
        }
        if (azimuth.isEmpty() && !selected.isEmpty()) {
            statusBar()->showMessage(
                tr("The map turns azimuth rotators; use the target field for elevation."),
                statusMessageMs);
            return;
        }
        turnRotatorsTo(azimuth, bearingDeg);
    });
    connect(m_map, &CompassMapWidget::recentreRequested, this,
            [this](double lat, double lon) { m_map->recentreView(lat, lon); });

    // Status bar: hover text, demo badge, one label per broker.
    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setMinimumWidth(em * 16);
    statusBar()->addWidget(m_hoverLabel, 1);
    connect(m_map, &CompassMapWidget::hoverTextChanged, m_hoverLabel, &QLabel::setText);
    if (!m_context.demoBrokerName.isEmpty()) {
        m_demoLabel = new QLabel(tr(" DEMO — simulated rotators on a private broker "), this);
        m_demoLabel->setStyleSheet(
            QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 3px; }")
                .arg(palette::demo::badge.name(), palette::demo::badgeText.name()));
        m_demoLabel->setToolTip(tr("Nothing here reaches real hardware."));
        statusBar()->addPermanentWidget(m_demoLabel);
    }
}

void MainWindow::buildActions()
{
    auto make
        = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              if (!key.isEmpty())
                  action->setShortcut(key);
              action->setShortcutContext(Qt::WindowShortcut);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    auto command = [this, make](Command which, const QString &name, const QString &text,
                                const QKeySequence &key, auto slot) {
        QAction *action = make(name, text, key, slot);
        m_commands[std::size_t(which)] = action;
        return action;
    };

    command(Command::Quit, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] {
        close();
    })->setMenuRole(QAction::QuitRole);
    command(Command::SettingsFile, QStringLiteral("settingsFile"), tr("Settings &File…"), {},
            [this] { showSettingsFile(); });

    command(Command::Go, QStringLiteral("go"), tr("&Go to Target"),
            QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
                QString why;
                if (const auto bearing = m_panel->requestedBearing(&why))
                    turnSelectedTo(*bearing);
                else
                    statusBar()->showMessage(why, statusMessageMs);
            });
    auto *stop = command(Command::Stop, QStringLiteral("stop"), tr("&Stop"),
                         QKeySequence(Qt::Key_Escape), [this] { stopSelected(); });
    stop->setIcon(stopIcon(false));
    stop->setToolTip(tr("Stop the selected rotators (Esc)"));
    auto *stopAllAction = command(Command::StopAll, QStringLiteral("stopAll"), tr("Stop &All"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Escape), [this] { stopAll(); });
    stopAllAction->setIcon(stopIcon(true));
    stopAllAction->setToolTip(tr("Stop every rotator on every broker (Shift+Esc)"));
    // Stop all works from every window of the app; plain Esc keeps closing dialogs.
    stopAllAction->setShortcutContext(Qt::ApplicationShortcut);
    command(Command::Park, QStringLiteral("park"), tr("&Park"), QKeySequence(Qt::CTRL | Qt::Key_P),
            [this] { parkSelected(); });
    command(Command::ParkAll, QStringLiteral("parkAll"), tr("Park A&ll"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { parkAll(); });
    const auto trackSelected = [this](TrackingController::Body body) {
        const QList<Rotator *> selected = selectedRotators();
        if (selected.isEmpty()) {
            statusBar()->showMessage(tr("Select a rotator first (1–9 or click the list)."),
                                     statusMessageMs);
            return;
        }
        m_trackView->propose(selected, body); // the plan first: Start / Cancel
    };
    command(Command::TrackSun, QStringLiteral("trackSun"), tr("Track the &Sun"), QKeySequence(),
            [trackSelected] { trackSelected(TrackingController::Body::Sun); });
    command(Command::TrackMoon, QStringLiteral("trackMoon"), tr("Track the &Moon"), QKeySequence(),
            [trackSelected] { trackSelected(TrackingController::Body::Moon); });
    command(Command::StopTracking, QStringLiteral("stopTracking"), tr("Stop &Tracking"),
            QKeySequence(), [this] { m_tracking->stopTracking(selectedRotators()); });
    command(Command::NudgeCcw, QStringLiteral("nudgeCcw"), tr("Nudge CC&W 5°"),
            QKeySequence(Qt::Key_Left), [this] { nudgeSelected(-nudgeStepDeg); });
    command(Command::NudgeCw, QStringLiteral("nudgeCw"), tr("Nudge &CW 5°"),
            QKeySequence(Qt::Key_Right), [this] { nudgeSelected(nudgeStepDeg); });
    command(Command::LongPath, QStringLiteral("longPath"), tr("&Long Path"),
            QKeySequence(Qt::Key_L), [this] { m_panel->toggleLongPath(); });
    command(Command::FocusTarget, QStringLiteral("focusTarget"), tr("&Target Entry"),
            QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
                m_panelDock->show();
                m_panelDock->raise();
                m_panel->focusTargetEntry();
            });
    command(Command::TurnTo, QStringLiteral("turnTo"), tr("T&urn To…"),
            QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
                m_panelDock->show();
                m_panelDock->raise();
                m_panel->startTargetEntry();
                statusBar()->showMessage(tr("Type a bearing, a locator, a callsign or a prefix: "
                                            "the panel shows where before Go."),
                                         statusMessageMs);
            });
    command(Command::TurnToSun, QStringLiteral("turnToSun"), tr("Turn to S&un"), {},
            [this] { turnToSky(false); });
    command(Command::TurnToMoon, QStringLiteral("turnToMoon"), tr("Turn to &Moon"), {},
            [this] { turnToSky(true); });
    command(Command::Properties, QStringLiteral("properties"), tr("P&roperties…"),
            QKeySequence(Qt::ALT | Qt::Key_Return), [this] { showProperties(); });
    for (int n = 1; n <= 9; ++n) {
        m_selectActions[std::size_t(n - 1)]
            = make(QStringLiteral("select%1").arg(n), tr("Rotator &%1").arg(n),
                   QKeySequence(Qt::Key(Qt::Key_0 + n)), [this, n] { selectRotatorRow(n - 1); });
    }

    command(Command::AddRotator, QStringLiteral("addRotator"), tr("A&dd Rotator…"), {},
            [this] { showAddRotator(); });
    command(Command::ForgetRotator, QStringLiteral("forgetRotator"), tr("&Forget Rotator…"), {},
            [this] { askForgetRotator(); });
    command(Command::AzElPairs, QStringLiteral("azElPairs"), tr("Az/El &Pairs…"), {},
            [this] { showAzElPairsDialog(); });
    command(Command::Groups, QStringLiteral("groups"), tr("Gr&oups…"), {},
            [this] { showGroupsDialog(); });
    command(Command::Brokers, QStringLiteral("brokers"), tr("&Brokers…"), {},
            [this] { showBrokersDialog(); });
    command(Command::Station, QStringLiteral("station"), tr("&Station…"), {},
            [this] { showStationDialog(); });
    command(Command::UpdateCountryData, QStringLiteral("updateCountryData"),
            tr("Update &Country Data…"), {}, [this] { showCountryDataDialog(); });
    command(Command::Shortcuts, QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
            QKeySequence::HelpContents, [this] { showShortcuts(); });
    command(Command::About, QStringLiteral("about"), tr("&About RotorDeck"), {}, [this] {
        showAbout();
    })->setMenuRole(QAction::AboutRole);
    command(Command::AboutQt, QStringLiteral("aboutQt"), tr("About &Qt"), {}, [this] {
        showAboutQt();
    })->setMenuRole(QAction::AboutQtRole);

    m_themeGroup = new QActionGroup(this);
    const std::array<std::pair<theme::Mode, QString>, 3> themes {
        std::pair {theme::Mode::System, tr("&System")},
        std::pair {theme::Mode::Light, tr("&Light")}, std::pair {theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : themes) {
        const theme::Mode m = mode;
        auto *a = make(QStringLiteral("theme-") + theme::toString(mode), text, {},
                       [this, m] { setTheme(m); });
        a->setCheckable(true);
        a->setChecked(mode == m_theme);
        m_themeGroup->addAction(a);
        m_themeActions.insert(mode, a);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Command::SettingsFile));
    file->addSeparator();
    file->addAction(action(Command::Quit));

    QMenu *rotator = menuBar()->addMenu(tr("&Rotator"));
    rotator->addAction(action(Command::Go));
    rotator->addAction(action(Command::Stop));
    rotator->addAction(action(Command::StopAll));
    rotator->addAction(action(Command::Park));
    rotator->addAction(action(Command::ParkAll));
    QMenu *track = rotator->addMenu(tr("T&rack"));
    track->addAction(action(Command::TrackSun));
    track->addAction(action(Command::TrackMoon));
    track->addAction(action(Command::StopTracking));
    rotator->addSeparator();
    rotator->addAction(action(Command::NudgeCcw));
    rotator->addAction(action(Command::NudgeCw));
    rotator->addAction(action(Command::LongPath));
    rotator->addAction(action(Command::FocusTarget));
    rotator->addAction(action(Command::TurnTo));
    rotator->addAction(action(Command::TurnToSun));
    rotator->addAction(action(Command::TurnToMoon));
    QMenu *select = rotator->addMenu(tr("S&elect"));
    for (int n = 1; n <= 9; ++n)
        select->addAction(m_selectActions[std::size_t(n - 1)]);
    rotator->addSeparator();
    rotator->addAction(action(Command::Properties));
    rotator->addSeparator();
    rotator->addAction(action(Command::AddRotator));
    rotator->addAction(action(Command::ForgetRotator));
    rotator->addAction(action(Command::AzElPairs));
    rotator->addAction(action(Command::Groups));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {m_listDock, m_panelDock, m_plotDock, static_cast<QDockWidget *>(m_trafficDock),
          static_cast<QDockWidget *>(m_notificationDock)}) {
        view->addAction(dock->toggleViewAction());
    }
    view->addAction(m_spotsDock->toggleViewAction());
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(action(Command::Brokers));
    settings->addAction(action(Command::Station));
    settings->addAction(m_clusterAction);
    settings->addAction(tr("&Interop…"), this, [this] { showInteropDialog(); })
        ->setObjectName(QStringLiteral("interop"));
    settings->addAction(tr("&Web Remote…"), this, [this] { showRemoteDialog(); })
        ->setObjectName(QStringLiteral("webRemote"));
    settings->addAction(action(Command::UpdateCountryData));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(Command::Shortcuts));
    help->addSeparator();
    help->addAction(action(Command::About));
    help->addAction(action(Command::AboutQt));

    QToolBar *bar = addToolBar(tr("Commands"));
    bar->setObjectName(QStringLiteral("commandToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(Command::Stop));
    bar->addAction(action(Command::StopAll));
    bar->addSeparator();
    bar->addAction(action(Command::Park));
    bar->addAction(action(Command::Properties));
}

QAction *MainWindow::action(Command command) const
{
    return m_commands[std::size_t(command)];
}

void MainWindow::restoreUiState()
{
    const AppSettings &s = m_keeper->settings();
    const QVariantMap &ui = s.ui;
    setTheme(theme::fromString(ui.value(uiThemeKey).toString()));
    if (s.windowGeometry.isEmpty() || !restoreGeometry(s.windowGeometry)) {
        // First start: most of the screen it opens on, whatever its size.
        const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect available = on ? on->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(std::clamp(available.width() * 9 / 10, 640, 1600),
                         std::clamp(available.height() * 9 / 10, 480, 1000));
        resize(size.boundedTo(available.size()));
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    if (!s.windowState.isEmpty()) {
        restoreState(s.windowState);
    } else {
        // First start: on a small screen the list takes less, so the map keeps some room, but
        // never so little that Status (right after the label) is cut.
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const QHeaderView *header = m_listView->horizontalHeader();
        const int statusEndPx = header->sectionPosition(RotatorListModel::StatusColumn)
            + header->sectionSize(RotatorListModel::StatusColumn) + 2 * m_listView->frameWidth()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + em;
        resizeDocks({m_listDock}, {std::max(statusEndPx, std::min(em * 40, width() * 3 / 10))},
                    Qt::Horizontal);
    }
    const QByteArray headerState = ui.value(uiListHeaderKey).toByteArray();
    if (!headerState.isEmpty())
        m_listView->horizontalHeader()->restoreState(headerState);
    m_plot->setRawMode(ui.value(uiPlotRawKey).toString() == QLatin1String("true"));
    m_plot->setShowAll(ui.value(uiPlotAllKey).toString() == QLatin1String("true"));
    m_panel->setLongPath(ui.value(uiLongPathKey).toString() == QLatin1String("true"));
    bool ok = false;
    const double radiusKm = ui.value(uiMapRadiusKey).toString().toDouble(&ok);
    if (ok)
        m_map->setRadiusKm(radiusKm);
}

AppSettings MainWindow::currentSettings() const
{
    AppSettings s = m_keeper->settings();
    s.windowGeometry = saveGeometry();
    s.windowState = saveState();
    s.ui.insert(uiThemeKey, theme::toString(m_theme));
    s.ui.insert(uiListHeaderKey, m_listView->horizontalHeader()->saveState());
    s.ui.insert(uiPlotRawKey,
                m_plot->isRawMode() ? QStringLiteral("true") : QStringLiteral("false"));
    s.ui.insert(uiPlotAllKey,
                m_plot->showsAll() ? QStringLiteral("true") : QStringLiteral("false"));
    s.ui.insert(uiLongPathKey,
                m_panel->isLongPath() ? QStringLiteral("true") : QStringLiteral("false"));
    s.ui.insert(uiMapRadiusKey, QString::number(m_map->radiusKm(), 'f', 0));
    return s;
}

void MainWindow::saveSettings()
{
    const AppSettings now = currentSettings();
    m_keeper->setWindowState(now.windowGeometry, now.windowState, now.ui);
    m_keeper->save(); // a failure is reported through saveFailed
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitDecided && turningCount() > 0) {
        // Ask without blocking anything: the question is a modeless box and every stop works.
        event->ignore();
        askQuit();
        return;
    }
    saveSettings();
    event->accept();
}

int MainWindow::turningCount() const
{
    const QList<Rotator *> rotators = m_session->rotators();
    return int(std::count_if(rotators.cbegin(), rotators.cend(), [](const Rotator *r) {
        return r->state().moving && r->state().link == LinkState::Live;
    }));
}

void MainWindow::askQuit()
{
    if (raiseIfOpen(m_quitBox))
        return;
    const int turning = turningCount();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit RotorDeck"),
                                tr("%n rotator(s) still turning.", nullptr, turning),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Stop them before quitting, or let them finish their turn?"));
    QPushButton *stopAndQuit = box->addButton(tr("Stop Them and Quit"), QMessageBox::AcceptRole);
    stopAndQuit->setObjectName(QStringLiteral("stopAndQuitButton"));
    QPushButton *letFinish = box->addButton(tr("Quit, Let Them Finish"), QMessageBox::AcceptRole);
    letFinish->setObjectName(QStringLiteral("letFinishButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("quitBox"));
    connect(stopAndQuit, &QPushButton::clicked, this, &MainWindow::stopAllAndQuit);
    connect(letFinish, &QPushButton::clicked, this, [this] {
        m_quitDecided = true;
        close();
    });
    m_quitBox = box;
    showModeless(box);
}

void MainWindow::stopAllAndQuit()
{
    stopAll();
    // Quit once the stops are out and the rotators stand (the 1 s pacing may hold a stop
    // back); a unit that never confirms must not keep the app open for ever.
    constexpr int pollMs = 100;
    constexpr int giveUpMs = 5000;
    auto *poll = new QTimer(this);
    auto waitedMs = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, waitedMs] {
        *waitedMs += pollMs;
        if (turningCount() > 0 && *waitedMs < giveUpMs)
            return;
        poll->deleteLater();
        m_quitDecided = true;
        close();
    });
    poll->start(pollMs);
    statusBar()->showMessage(tr("Stopping every rotator before quitting…"), statusMessageMs);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_map)
        m_map->setDarkTheme(theme::isDark());
}

void MainWindow::setTheme(theme::Mode mode)
{
    m_theme = mode;
    theme::apply(mode);
    m_map->setDarkTheme(theme::isDark());
    if (QAction *a = m_themeActions.value(mode))
        a->setChecked(true);
}

void MainWindow::updateTitle()
{
    QString title = tr("RotorDeck");
    if (!m_context.demoBrokerName.isEmpty())
        title = tr("RotorDeck — Demo (simulated rotators)");
    const QString station = m_session->stationName().isEmpty()
        ? m_session->stationLocator()
        : tr("%1, %2").arg(m_session->stationName(), m_session->stationLocator());
    if (!station.isEmpty())
        title += QStringLiteral(" — ") + station;
    setWindowTitle(title);
}

void MainWindow::applyStationLocator()
{
    const QString locator = m_session->stationLocator();
    if (!locator.isEmpty() && !m_map->setCentreLocator(locator)) {
        notify(
            NotificationDock::Severity::Warning, tr("Station"),
            tr("The station locator “%1” is not valid; the map stays where it was.").arg(locator));
    }
}

targeting::TargetContext MainWindow::targetContext() const
{
    targeting::TargetContext context;
    context.station = geo::locatorToPoint(m_session->stationLocator());
    if (m_context.countryData)
        context.countries = &m_context.countryData->database();
    // A station that gave its locator in a cluster comment is placed there, not at its
    // country's centre; the preview says which position was used.
    if (m_spotFeed) {
        context.stationLocator = [model = QPointer<const SpotListModel>(m_spotFeed->model())](
                                     const QString &call) -> std::optional<QString> {
            return model ? model->locatorOf(call) : std::nullopt;
        };
    }
    return context;
}

void MainWindow::watchRotator(Rotator *rotator)
{
    connect(rotator, &Rotator::stateChanged, this, &MainWindow::scheduleMapUpdate);
    connect(rotator, &Rotator::debugReceived, this, [this, rotator](const QString &text) {
        notify(NotificationDock::Severity::Warning, m_session->label(rotator), text);
    });
    connect(rotator, &Rotator::commandRefused, this, [this, rotator](const CommandResult &result) {
        reportRefusal(rotator, rotatorformat::commandResultText(result));
    });
}

void MainWindow::notify(NotificationDock::Severity severity, const QString &source,
                        const QString &text, const QString &detail)
{
    m_notificationDock->add(severity, source, text, detail);
    statusBar()->showMessage(source.isEmpty() ? text : tr("%1: %2").arg(source, text),
                             statusMessageMs);
}

void MainWindow::reportRefusal(const Rotator *rotator, const QString &text)
{
    notify(NotificationDock::Severity::Warning, m_session->label(rotator), text);
}

QList<Rotator *> MainWindow::selectedRotators() const
{
    QList<Rotator *> result;
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted) {
        auto *rotator
            = qobject_cast<Rotator *>(index.data(RotatorListModel::RotatorRole).value<QObject *>());
        if (rotator)
            result.append(rotator);
    }
    return result;
}

Rotator *MainWindow::currentRotator() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    auto *rotator = current.isValid()
        ? qobject_cast<Rotator *>(current.data(RotatorListModel::RotatorRole).value<QObject *>())
        : nullptr;
    const QList<Rotator *> selected = selectedRotators();
    if (rotator && selected.contains(rotator))
        return rotator;
    return selected.isEmpty() ? nullptr : selected.constFirst();
}

void MainWindow::onSelectionChanged()
{
    const QList<Rotator *> selected = selectedRotators();
    syncGroupWithSelection(selected);
    // The question was about the rotators selected when it was asked.
    if (m_pendingTurn && selected != m_pendingSelection)
        cancelPendingTurn();
    m_panel->setSelection(selected, currentRotator());
    if (m_trackView) // not yet while the window is built
        m_trackView->refresh();
    m_plot->setSelection(selected);
    scheduleMapUpdate();
}

void MainWindow::selectRotatorRow(int row)
{
    if (row < 0 || row >= m_listProxy->rowCount())
        return;
    const QModelIndex index = m_listProxy->index(row, RotatorListModel::LabelColumn);
    m_listView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_listView->scrollTo(index);
}

void MainWindow::scheduleMapUpdate()
{
    m_mapPacer.request();
}

void MainWindow::flushMap()
{
    m_mapPacer.cancel();
    updateMap();
}

void MainWindow::updateMap()
{
    const QList<Rotator *> selected = selectedRotators();
    QList<MapBeam> beams;
    beams.reserve(m_session->rotatorCount());
    for (Rotator *rotator : m_session->rotators()) {
        const RotatorState &state = rotator->state();
        // An elevation-only unit has no compass bearing to draw (in a pair, before it said so).
        if (state.elevationMode || m_keeper->azElPairs()->azimuthOf(rotator))
            continue;
        MapBeam beam;
        beam.id = mapId(m_session->brokerName(rotator), rotator);
        beam.label = m_keeper->azElPairs()->elevationOf(rotator)
            ? m_keeper->azElPairs()->label(rotator)
            : m_session->label(rotator);
        beam.colour = m_session->colour(rotator);
        if (const auto b = state.bearingDeg())
            beam.bearingDeg = *b;
        if (const auto t = state.targetBearingDeg(); t && state.moving)
            beam.targetBearingDeg = *t;
        beam.beamWidthDeg = state.beamWidthDeg;
        beam.moving = state.moving;
        beam.stale = state.link == LinkState::Stale || state.link == LinkState::BrokerDown;
        beam.selected = selected.contains(rotator);
        beam.startAzimuthDeg = state.startAzimuthDeg;
        beam.maxRotateDeg = state.maxRotateDeg;
        beams.append(beam);
        if (rotator->settings().bidirectional.value_or(false)) {
            // Its other end radiates too: a second beam 180° round, without the range overlay.
            MapBeam back = beam;
            back.id += QStringLiteral(" back");
            back.selected = false;
            if (back.bearingDeg)
                back.bearingDeg = std::fmod(*back.bearingDeg + 180.0, 360.0);
            if (back.targetBearingDeg)
                back.targetBearingDeg = std::fmod(*back.targetBearingDeg + 180.0, 360.0);
            beams.append(back);
        }
    }
    m_map->setBeams(beams);
    MapGroupMark mark;
    if (const auto group = activeGroup()) {
        mark.name = group->name;
        for (const GroupMemberSettings &member : group->members)
            mark.beamIds << member.brokerName + QLatin1Char('|') + member.address.toString();
    }
    m_map->setGroupMark(mark);
}

void MainWindow::turnSelectedTo(double bearingDeg)
{
    turnRotatorsTo(selectedRotators(), bearingDeg);
}

void MainWindow::turnRotatorsTo(const QList<Rotator *> &selected, double bearingDeg)
{
    // The selected group's members (the map leaves out elevation units): each by its offset.
    if (const auto group = activeGroup()) {
        const QList<Rotator *> members = groupRotators(*group);
        if (std::all_of(selected.cbegin(), selected.cend(),
                        [&](Rotator *r) { return members.contains(r); })) {
            turnGroupTo(*group, bearingDeg);
            return;
        }
    }
    if (selected.isEmpty()) {
        statusBar()->showMessage(tr("Select a rotator first (1–9 or click the list)."),
                                 statusMessageMs);
        return;
    }
    QList<QPair<Rotator *, double>> targets;
    targets.reserve(selected.size());
    for (Rotator *rotator : selected)
        targets.append({rotator, bearingDeg});
    turnEachTo(targets, [this, bearingDeg](int accepted) {
        if (accepted > 0) {
            statusBar()->showMessage(tr("Turning %n rotator(s) to %1°", nullptr, accepted)
                                         .arg(std::lround(bearingDeg) % 360),
                                     statusMessageMs);
        }
    });
}

void MainWindow::turnEachTo(const QList<QPair<Rotator *, double>> &targets,
                            const std::function<void(int accepted)> &done)
{
    // A new target replaces an unanswered question.
    cancelPendingTurn();
    QList<QPair<QPointer<Rotator>, double>> go;
    QStringList unwinds;
    for (const auto &[rotator, bearingDeg] : targets) {
        CommandResult why;
        const auto plan = rotator->planTurnToBearing(bearingDeg, &why);
        if (!plan) {
            reportRefusal(rotator, rotatorformat::commandResultText(why));
            continue;
        }
        if (plan->longUnwind) {
            unwinds << tr("%1: %2").arg(m_session->label(rotator), rotatorformat::planText(*plan));
        }
        go.append({rotator, bearingDeg});
    }
    if (go.isEmpty())
        return;

    auto send = [go, done] {
        int accepted = 0;
        for (const auto &[rotator, bearingDeg] : go) {
            if (!rotator)
                continue;
            // A refusal reaches the user through Rotator::commandRefused.
            if (rotator->turnToBearing(bearingDeg))
                ++accepted;
        }
        if (done)
            done(accepted);
    };
    if (unwinds.isEmpty()) {
        send();
        return;
    }
    // A long unwind is a big move the user may not expect: ask inline, never modally, so that
    // every stop keeps working while the question is open.
    askLongUnwind(unwinds, send);
}

void MainWindow::askLongUnwind(const QStringList &unwinds, std::function<void()> send)
{
    m_pendingTurn = std::move(send);
    m_pendingSelection = selectedRotators();
    const QString text = tr("The range forces a long way round:") + QLatin1Char('\n')
        + unwinds.join(QLatin1Char('\n'));
    m_panel->unwindBar()->ask(text);
    m_unwindOverlay->ask(text);
    placeUnwindOverlay();
    statusBar()->showMessage(tr("Long unwind: Turn to go ahead, Cancel or any stop to drop it."),
                             statusMessageMs);
}

void MainWindow::acceptPendingTurn()
{
    const std::function<void()> send = std::exchange(m_pendingTurn, {});
    cancelPendingTurn();
    if (send)
        send();
}

void MainWindow::cancelPendingTurn()
{
    m_pendingTurn = {};
    m_pendingSelection.clear();
    m_panel->unwindBar()->dismiss();
    m_unwindOverlay->dismiss();
}

void MainWindow::placeUnwindOverlay()
{
    constexpr int marginPx = 12;
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int width = std::max(0, std::min(m_map->width() - 2 * marginPx, em * 30));
    const int height = m_unwindOverlay->hasHeightForWidth() ? m_unwindOverlay->heightForWidth(width)
                                                            : m_unwindOverlay->sizeHint().height();
    // On a map too small to hold it the question is in the panel only.
    const bool fits = width >= std::max(m_unwindOverlay->minimumSizeHint().width(), em * 16)
        && height + 2 * marginPx <= m_map->height();
    if (!m_pendingTurn || !fits) {
        m_unwindOverlay->dismiss();
        return;
    }
    m_unwindOverlay->setGeometry((m_map->width() - width) / 2, marginPx, width, height);
    m_unwindOverlay->show();
    m_unwindOverlay->raise();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize && m_pendingTurn)
        placeUnwindOverlay();
    if (m_listView && watched == m_listView->viewport() && event->type() == QEvent::Resize)
        m_emptyListHint->setGeometry(m_listView->viewport()->rect());
    // The map turns on the press; the second press of a double-click would send the same
    // target again (and cost a paced second command), so it is dropped here.
    if (watched == m_map && event->type() == QEvent::MouseButtonDblClick
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::stopSelected()
{
    // Any stop also drops an unanswered long-unwind question.
    cancelPendingTurn();
    // A pair's row stops both of its units.
    const QList<Rotator *> selected = m_keeper->azElPairs()->withElevationUnits(selectedRotators());
    if (selected.isEmpty()) {
        statusBar()->showMessage(tr("Nothing selected to stop; Shift+Esc stops all."),
                                 statusMessageMs);
        return;
    }
    int accepted = 0;
    for (Rotator *rotator : selected) {
        if (rotator->stop()) // refusals arrive through Rotator::commandRefused
            ++accepted;
    }
    if (accepted > 0)
        statusBar()->showMessage(tr("Stop sent to %n rotator(s)", nullptr, accepted),
                                 statusMessageMs);
}

void MainWindow::stopAll()
{
    cancelPendingTurn();
    const int accepted = m_session->stopAll();
    statusBar()->showMessage(
        tr("Stop sent to %n of %1 rotator(s)", nullptr, accepted).arg(m_session->rotatorCount()),
        statusMessageMs);
}

void MainWindow::parkSelected()
{
    QList<QPair<Rotator *, double>> targets;
    // A pair's row parks both of its units, each at its own park position.
    for (Rotator *rotator : m_keeper->azElPairs()->withElevationUnits(selectedRotators())) {
        const auto park = m_session->rotatorSettings(rotator).parkBearingDeg;
        if (!park) {
            reportRefusal(rotator, tr("No park bearing set (Rotator ▸ Properties…)"));
            continue;
        }
        targets.append({rotator, double(*park)});
    }
    turnEachTo(targets);
}

TrackingController *MainWindow::tracking() const
{
    return m_tracking;
}

void MainWindow::parkAll()
{
    QList<QPair<Rotator *, double>> targets;
    int withoutPark = 0;
    for (Rotator *rotator : m_session->rotators()) {
        if (const auto park = m_session->rotatorSettings(rotator).parkBearingDeg)
            targets.append({rotator, double(*park)});
        else
            ++withoutPark;
    }
    if (withoutPark > 0)
        statusBar()->showMessage(
            tr("%n rotator(s) have no park bearing (Rotator ▸ Properties…)", nullptr, withoutPark),
            statusMessageMs);
    turnEachTo(targets);
}

void MainWindow::nudgeSelected(int deltaDeg)
{
    QList<QPair<Rotator *, double>> targets;
    for (Rotator *rotator : selectedRotators()) {
        const RotatorState &state = rotator->state();
        const auto from = state.moving && state.targetBearingDeg() ? state.targetBearingDeg()
                                                                   : state.bearingDeg();
        if (!from) {
            reportRefusal(
                rotator,
                rotatorformat::commandResultText({CommandResult::Code::PositionUnknown, {}}));
            continue;
        }
        const int bearing = state.elevationMode ? std::clamp(*from + deltaDeg, 0, 180)
                                                : wrapBearingDeg(*from + deltaDeg);
        targets.append({rotator, double(bearing)});
    }
    turnEachTo(targets);
}

void MainWindow::showProperties()
{
    Rotator *rotator = currentRotator();
    if (!rotator) {
        statusBar()->showMessage(tr("Select a rotator first."), statusMessageMs);
        return;
    }
    if (raiseIfOpen(m_propertiesDialog))
        return;
    QPointer<Rotator> guard(rotator);
    auto *dialog
        = new RotatorPropertiesDialog(m_session->rotatorSettings(rotator), rotator->state(), this);
    m_propertiesDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Properties of %1").arg(m_session->label(rotator)));
    connect(rotator, &Rotator::stateChanged, dialog,
            [dialog, rotator] { dialog->setState(rotator->state()); });
    dialog->setHttpLink(m_session->httpLink(rotator));
    // Non-modal, so its rotator can go (broker removed) while it is open.
    connect(rotator, &QObject::destroyed, dialog, &QWidget::close);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard] {
        if (!guard)
            return;
        // The password first: the settings may switch the HTTP side on, and it should log in.
        if (dialog->isHttpPasswordEdited()
            && !m_session->setHttpPassword(guard, dialog->httpPassword())
            && !dialog->httpPassword().isEmpty())
            statusBar()->showMessage(tr("No keyring: the HTTP password is kept for this session "
                                        "only."),
                                     statusMessageMs);
        if (!m_keeper->applyRotator(dialog->settings()))
            statusBar()->showMessage(tr("Changes apply to this session only (the rotator's "
                                        "broker is not in your settings)."),
                                     statusMessageMs);
    });
    showModeless(dialog);
}

void MainWindow::showBrokersDialog()
{
    if (raiseIfOpen(m_brokersDialog))
        return;
    auto *dialog
        = new BrokerProfilesDialog(m_keeper->settings().brokers, m_keeper->credentials(), this);
    m_brokersDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each saved broker's live state beside its name, kept current while the dialog is open.
    dialog->setBrokerStates([this](const QString &name) {
        const MqttConnection *connection = m_session->connection(name);
        return connection ? rotatorformat::brokerStatusText(
                   connection->state(), connection->lastError(), connection->msUntilRetry())
                          : QString();
    });
    connect(m_session, &Session::brokerStateChanged, dialog,
            &BrokerProfilesDialog::refreshBrokerStates);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_keeper->applyBrokers(dialog->profiles(), dialog->renamedProfiles());
    });
    showModeless(dialog);
}

void MainWindow::showStationDialog()
{
    if (raiseIfOpen(m_stationDialog))
        return;
    // What is in use, which in demo mode or with --locator is not what the file says.
    const StationSettings inUse {m_session->stationLocator(), m_session->stationName(),
                                 m_session->stationCallsign()};
    auto *dialog = new StationDialog(inUse, this);
    m_stationDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, inUse] {
        if (dialog->station() != inUse)
            m_keeper->applyStation(dialog->station());
    });
    showModeless(dialog);
}

void MainWindow::showInteropDialog()
{
    if (raiseIfOpen(m_interopDialog))
        return;
    QList<InteropDialog::RotatorRow> rows;
    for (const Rotator *rotator : m_session->rotators()) {
        const QString endpoint = m_interop->endpointName(rotator);
        if (!endpoint.isEmpty()) // units of an az/el pair are served as the pair
            rows.append({rotator->address().toString(), m_session->label(rotator), endpoint,
                         m_interop->n1mmName(rotator)});
    }
    auto *dialog = new InteropDialog(m_interop->settings(), rows, m_interop, this);
    m_interopDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InteropDialog::applied, this, [this](const InteropSettings &settings) {
        m_keeper->applyInterop(settings);
        m_interop->setSettings(settings);
    });
    showModeless(dialog);
}

void MainWindow::showRemoteDialog()
{
    if (raiseIfOpen(m_remoteDialog))
        return;
    auto *dialog = new RemoteDialog(m_remote->settings(), m_remote, this);
    m_remoteDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteDialog::applied, this, [this](const RemoteSettings &settings) {
        m_keeper->applyRemote(settings);
        m_remote->setSettings(settings);
    });
    showModeless(dialog);
}

void MainWindow::updateInteropStatus()
{
    const QList<InteropHub::EndpointStatus> status = m_interop->status();
    m_interopStatus->setText(InteropDialog::summary(status));
    m_interopStatus->setToolTip(InteropDialog::details(status).join(QLatin1Char('\n')));
    m_interopStatus->setVisible(!status.isEmpty());
}

void MainWindow::watchCountryData()
{
    CountryData *countries = m_context.countryData;
    action(Command::UpdateCountryData)->setEnabled(countries != nullptr);
    if (!countries)
        return;
    // Said once at start: callsigns do not work, or an updated copy was damaged and skipped.
    if (countries->isEmpty())
        notify(NotificationDock::Severity::Warning, tr("Country data"), countries->description());
    if (const QString problem = countries->problemText(); !problem.isEmpty())
        notify(NotificationDock::Severity::Warning, tr("Country data"), problem);
    connect(countries, &CountryData::updateFinished, this, [this](bool ok, const QString &text) {
        notify(ok ? NotificationDock::Severity::Info : NotificationDock::Severity::Error,
               tr("Country data"), text);
        statusBar()->showMessage(text, statusMessageMs);
    });
}

void MainWindow::buildSunMoon()
{
    m_sunMoon = new SunMoonWatch(m_context.skyClock ? *m_context.skyClock : m_session->clock(),
                                 m_session, this);
    m_skyLabel = new QLabel(this);
    m_skyLabel->setObjectName(QStringLiteral("skyLabel"));
    m_skyLabel->setToolTip(tr("Azimuth and elevation of the Sun and the Moon from the station"));
    statusBar()->addPermanentWidget(m_skyLabel);
    auto show = [this] {
        m_skyLabel->setText(m_sunMoon->statusText());
        m_skyLabel->setVisible(m_sunMoon->sky().has_value());
    };
    connect(m_sunMoon, &SunMoonWatch::changed, this, show);
    show();
}

void MainWindow::turnToSky(bool moon)
{
    const SunMoonWatch::Body body = moon ? SunMoonWatch::Body::Moon : SunMoonWatch::Body::Sun;
    const QString name = SunMoonWatch::bodyName(body);
    const auto position = m_sunMoon->positionNow(body);
    if (!position) {
        statusBar()->showMessage(tr("Set the station locator first (Settings ▸ Station…)."),
                                 statusMessageMs);
        return;
    }
    const QList<Rotator *> selected = selectedRotators();
    if (selected.isEmpty()) {
        statusBar()->showMessage(tr("Select a rotator first (1–9 or click the list)."),
                                 statusMessageMs);
        return;
    }
    // What the antenna sees: the refracted elevation (half a degree more at the horizon).
    const double elevationDeg = astro::refractedElevationDeg(position->elevationDeg);
    const bool belowHorizon = elevationDeg < 0;
    QList<QPair<Rotator *, double>> targets;
    for (Rotator *rotator : selected) {
        if (Rotator *elevationUnit = m_keeper->azElPairs()->elevationOf(rotator)) {
            // A pair points both units, flipped past the zenith when that saves an unwind.
            QString why;
            if (const auto pair = m_keeper->azElPairs()->skyTargets(rotator, position->azimuthDeg,
                                                                    elevationDeg, &why)) {
                targets.append({rotator, pair->azimuthBearingDeg});
                targets.append({elevationUnit, pair->rawElevationDeg});
            } else {
                reportRefusal(rotator, why);
            }
        } else if (!rotator->state().elevationMode) {
            targets.append({rotator, position->azimuthDeg});
        } else if (belowHorizon) {
            reportRefusal(rotator,
                          tr("%1 is below the horizon (elevation %2°): an elevation "
                             "unit cannot point there.")
                              .arg(name)
                              .arg(std::lround(elevationDeg)));
        } else {
            // Raw elevation as the unit counts it, 0 at the horizon, 90 straight up.
            targets.append({rotator, elevationDeg});
        }
    }
    if (targets.isEmpty())
        return;
    const QString where = tr("azimuth %1°, elevation %2°")
                              .arg(std::lround(position->azimuthDeg) % 360)
                              .arg(std::lround(elevationDeg));
    turnEachTo(targets, [this, name, where, belowHorizon](int accepted) {
        if (accepted == 0)
            return;
        QString text = tr("Turning %n rotator(s) to %1: %2", nullptr, accepted).arg(name, where);
        if (belowHorizon)
            text += tr(" (below the horizon)");
        statusBar()->showMessage(text, statusMessageMs);
    });
}

void MainWindow::showCountryDataDialog()
{
    if (raiseIfOpen(m_countryDataDialog) || !m_context.countryData)
        return;
    auto *dialog
        = new CountryDataDialog(m_context.countryData, m_keeper->settings().countryFileUrl, this);
    dialog->setObjectName(QStringLiteral("countryDataDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_countryDataDialog = dialog;
    connect(dialog, &CountryDataDialog::urlChanged, m_keeper, &SettingsKeeper::setCountryFileUrl);
    showModeless(dialog);
}

void MainWindow::buildGroupList(QWidget *listArea)
{
    auto *layout = new QVBoxLayout(listArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_groupModel = new GroupListModel(m_keeper, m_session, this);
    m_groupView = new QListView(listArea);
    m_groupView->setObjectName(QStringLiteral("groupList"));
    m_groupView->setModel(m_groupModel);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setFlow(QListView::LeftToRight);
    m_groupView->setWrapping(true);
    m_groupView->setSpacing(2);
    m_groupView->setToolTip(tr("Groups: select one to turn, stop and park all its rotators "
                               "together (Rotator ▸ Groups…)"));
    const int rowPx = m_groupView->fontMetrics().height() + 8;
    m_groupView->setMaximumHeight(rowPx * 2 + 2 * m_groupView->frameWidth());
    m_groupView->setVisible(m_groupModel->rowCount() > 0);
    layout->addWidget(m_groupView);
    layout->addWidget(m_listView, 1);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onGroupSelectionChanged);
    connect(m_keeper, &SettingsKeeper::groupsChanged, this, [this] {
        // The model was reset: select the same group again if it is still there.
        m_groupView->setVisible(m_groupModel->rowCount() > 0);
        selectGroupRow(m_groupModel->rowOf(m_activeGroup));
        scheduleMapUpdate();
    });
}

void MainWindow::selectGroupRow(int row)
{
    if (row < 0 || row >= m_groupModel->rowCount()) {
        m_groupView->selectionModel()->clearSelection();
        onGroupSelectionChanged();
        return;
    }
    const QModelIndex index = m_groupModel->index(row);
    m_groupView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    onGroupSelectionChanged();
}

void MainWindow::onGroupSelectionChanged()
{
    const QModelIndexList rows = m_groupView->selectionModel()->selectedRows();
    const QString name
        = rows.isEmpty() ? QString() : rows.constFirst().data(GroupListModel::NameRole).toString();
    const bool changed = name != m_activeGroup;
    m_activeGroup = name;
    if (const auto group = activeGroup()) {
        // Its members become the selection, so Stop, Park, the panel and the plot follow.
        QItemSelection selection;
        QModelIndex first;
        for (const Rotator *rotator : groupRotators(*group)) {
            const QModelIndex index
                = m_listProxy->mapFromSource(m_listModel->index(m_listModel->rowOf(rotator), 0));
            if (!index.isValid())
                continue;
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
        m_selectingGroup = true;
        m_listView->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (first.isValid())
            m_listView->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_selectingGroup = false;
        onSelectionChanged();
        if (changed)
            statusBar()->showMessage(
                group->members.isEmpty()
                    ? tr("Group %1 has no members yet (Rotator ▸ Groups…).").arg(group->name)
                    : tr("Group %1 selected: a click on the map turns all its rotators.")
                          .arg(group->name),
                statusMessageMs);
    }
    scheduleMapUpdate();
}

void MainWindow::syncGroupWithSelection(const QList<Rotator *> &selected)
{
    if (m_selectingGroup || m_activeGroup.isEmpty())
        return;
    // The user chose other rotators: the group is no longer what a turn is for.
    const auto group = activeGroup();
    const QList<Rotator *> members = group ? groupRotators(*group) : QList<Rotator *> {};
    const bool same = selected.size() == members.size()
        && std::all_of(selected.cbegin(), selected.cend(),
                       [&](Rotator *r) { return members.contains(r); });
    if (!same) {
        m_activeGroup.clear();
        const QSignalBlocker blocker(m_groupView->selectionModel());
        m_groupView->selectionModel()->clearSelection();
        m_groupView->viewport()->update();
    }
}

std::optional<GroupSettings> MainWindow::activeGroup() const
{
    if (m_activeGroup.isEmpty())
        return std::nullopt;
    for (const GroupSettings &group : m_keeper->settings().groups) {
        if (group.name == m_activeGroup)
            return group;
    }
    return std::nullopt;
}

RotatorGroup MainWindow::liveGroup(const GroupSettings &group) const
{
    return RotatorGroup(group, [this](const QString &broker, const RotatorAddress &address) {
        const Fleet *fleet = m_session->fleet(broker);
        return fleet ? fleet->rotator(address) : nullptr;
    });
}

QList<Rotator *> MainWindow::groupRotators(const GroupSettings &group) const
{
    return liveGroup(group).rotators();
}

void MainWindow::turnGroupTo(const GroupSettings &settings, double bearingDeg)
{
    const RotatorGroup group(settings,
                             [this](const QString &broker, const RotatorAddress &address) {
                                 const Fleet *fleet = m_session->fleet(broker);
                                 return fleet ? fleet->rotator(address) : nullptr;
                             });
    if (group.isEmpty()) {
        statusBar()->showMessage(
            tr("Group %1 has no members yet (Rotator ▸ Groups…).").arg(settings.name),
            statusMessageMs);
        return;
    }
    // One preview for the whole group: where each member goes, and who cannot.
    QList<QPair<Rotator *, double>> targets;
    QStringList where;
    for (const RotatorGroup::MemberOutcome &outcome : group.plan(bearingDeg)) {
        switch (outcome.skip) {
        case RotatorGroup::Skip::Missing:
            notify(NotificationDock::Severity::Warning, outcome.member.address.toString(),
                   tr("Not connected: left out of group %1.").arg(settings.name));
            continue;
        case RotatorGroup::Skip::ElevationUnit:
        case RotatorGroup::Skip::NoParkBearing:
            continue;
        case RotatorGroup::Skip::None:
            break;
        }
        // A refused member is handed on too: turnEachTo reports why, the others still turn.
        targets.append({outcome.rotator, *outcome.bearingDeg});
        if (outcome.plan)
            where << tr("%1 %2°")
                         .arg(m_session->label(outcome.rotator))
                         .arg(outcome.plan->bearingDeg);
    }
    const QString name = settings.name;
    const int rounded = int(std::lround(bearingDeg)) % 360;
    turnEachTo(targets, [this, name, rounded, where](int accepted) {
        if (accepted > 0)
            statusBar()->showMessage(tr("Group %1 to %2°: %3")
                                         .arg(name)
                                         .arg(rounded)
                                         .arg(where.join(QStringLiteral(", "))),
                                     statusMessageMs);
    });
}

void MainWindow::showGroupsDialog()
{
    if (raiseIfOpen(m_groupsDialog))
        return;
    // Every rotator a group may hold: the saved ones and those of this session (demo, command
    // line, discovered), each once.
    QList<RotatorSettings> rotators;
    const auto listed = [&rotators](const QString &broker, const RotatorAddress &address) {
        return std::any_of(rotators.cbegin(), rotators.cend(), [&](const RotatorSettings &r) {
            return r.brokerName == broker && r.address == address;
        });
    };
    for (const Rotator *rotator : m_session->rotators())
        rotators.append(m_session->rotatorSettings(rotator));
    for (const RotatorSettings &saved : m_keeper->settings().rotators) {
        if (!listed(saved.brokerName, saved.address))
            rotators.append(saved);
    }
    auto *dialog = new GroupsDialog(rotators, m_keeper->settings().groups, this);
    m_groupsDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_keeper->applyGroups(dialog->groups()); });
    showModeless(dialog);
}

void MainWindow::showAddRotator()
{
    if (raiseIfOpen(m_addRotatorDialog))
        return;
    QStringList brokers;
    for (const MqttConnection *connection : m_session->connections())
        brokers.append(connection->profile().name);
    if (brokers.isEmpty()) {
        statusBar()->showMessage(tr("Add a broker first (Settings ▸ Brokers…)."), statusMessageMs);
        return;
    }
    QStringList taken;
    for (const Rotator *rotator : m_session->rotators())
        taken.append(
            AddRotatorDialog::takenKey(m_session->brokerName(rotator), rotator->address()));
    auto *dialog = new AddRotatorDialog(brokers, taken, this);
    m_addRotatorDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RotatorSettings rotator = dialog->rotator();
        m_keeper->addRotator(rotator);
        statusBar()->showMessage(
            tr("%1 added on %2; asking it for its state.")
                .arg(rotatorformat::addressText(rotator.address), rotator.brokerName),
            statusMessageMs);
    });
    showModeless(dialog);
}

void MainWindow::askForgetRotator()
{
    Rotator *rotator = currentRotator();
    if (!rotator) {
        statusBar()->showMessage(tr("Select a rotator first."), statusMessageMs);
        return;
    }
    if (raiseIfOpen(m_forgetBox))
        return;
    const QString broker = m_session->brokerName(rotator);
    const RotatorAddress address = rotator->address();
    const MqttConnection *connection = m_session->connection(broker);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget Rotator"),
                                tr("Forget %1?").arg(m_session->label(rotator)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetRotatorBox"));
    QString details = tr("Its label, colour, range, presets and park bearing are removed from "
                         "your settings. The unit itself is not changed.");
    if (connection && connection->profile().discover)
        details += QLatin1Char(' ')
            + tr("Discovery is on for %1, so it comes back when it is heard again.").arg(broker);
    box->setInformativeText(details);
    QPushButton *forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_forgetBox = box;
    connect(forget, &QPushButton::clicked, this,
            [this, broker, address] { m_keeper->forgetRotator(broker, address); });
    showModeless(box);
}

void MainWindow::showAzElPairsDialog()
{
    if (raiseIfOpen(m_azElPairsDialog))
        return;
    // Every rotator on the session can be paired; elevation-only units as they are now.
    QList<RotatorSettings> rotators;
    for (const Rotator *rotator : m_session->rotators()) {
        RotatorSettings settings = m_session->rotatorSettings(rotator);
        if (rotator->state().elevationMode)
            settings.elevationMode = true;
        rotators.append(settings);
    }
    auto *dialog = new AzElPairsDialog(rotators, m_keeper->azElPairs()->pairs(), this);
    m_azElPairsDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_keeper->applyAzElPairs(dialog->pairs()))
            statusBar()->showMessage(tr("Pairs of rotators that are not in your settings apply "
                                        "to this session only."),
                                     statusMessageMs);
    });
    showModeless(dialog);
}

void MainWindow::updateEmptyListHint()
{
    if (!m_emptyListHint)
        return;
    const bool empty = m_listProxy->rowCount() == 0;
    m_emptyListHint->setVisible(empty);
    if (!empty)
        return;
    QStringList lines;
    const QList<MqttConnection *> connections = m_session->connections();
    for (const MqttConnection *connection : connections) {
        const QString name = Session::brokerLabel(connection);
        if (!connection->isConnected())
            lines.append(tr("Connecting to %1…").arg(name));
        else if (connection->profile().discover)
            lines.append(tr("Listening for rotators on %1; a unit announces itself within 60 s "
                            "(its heartbeat).")
                             .arg(name));
        else
            lines.append(
                tr("Discovery is off on %1: add rotators with Rotator ▸ Add Rotator….").arg(name));
    }
    if (connections.isEmpty())
        lines.append(tr("No broker yet: add one with Settings ▸ Brokers…."));
    m_emptyListHint->setText(lines.join(QLatin1Char('\n')));
    m_emptyListHint->setGeometry(m_listView->viewport()->rect());
}

void MainWindow::setUpFirstRun()
{
    // A first start: nothing saved, nothing given on the command line.
    const AppSettings &saved = m_keeper->settings();
    if (!saved.brokers.isEmpty() || !saved.station.locator.isEmpty()
        || !m_session->connections().isEmpty() || !m_session->stationLocator().isEmpty()
        || !m_context.demoBrokerName.isEmpty())
        return;
    // In the list's place: on a first start the list is empty anyway, and the map keeps its
    // room even on a small screen.
    auto *stack = new QStackedWidget(m_listDock);
    stack->setObjectName(QStringLiteral("rotatorListStack"));
    auto *scroll = new QScrollArea(stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_firstRun = new FirstRunPanel(scroll);
    scroll->setWidget(m_firstRun);
    stack->addWidget(scroll);
    stack->addWidget(m_listView);
    stack->setCurrentWidget(scroll);
    m_listDock->setWidget(stack);
    auto showList = [this, stack] {
        stack->setCurrentWidget(m_listView);
        if (m_firstRun)
            m_firstRun->hide();
    };
    m_firstRun->setDemoAvailable(!EmbeddedBroker::findMosquittoProgram().isEmpty(),
                                 tr("The demo needs mosquitto, which is not installed."));
    connect(m_firstRun, &FirstRunPanel::locatorEdited, this,
            [this](const QString &locator) { m_map->setCentreLocator(locator); });
    connect(m_firstRun, &FirstRunPanel::locatorAccepted, this, [this](const QString &locator) {
        m_keeper->applyStation({locator, m_session->stationName(), m_session->stationCallsign()});
        statusBar()->showMessage(tr("Station locator set to %1.").arg(locator), statusMessageMs);
    });
    connect(m_firstRun, &FirstRunPanel::addBrokerRequested, this, &MainWindow::showBrokersDialog);
    connect(m_firstRun, &FirstRunPanel::demoRequested, this, &MainWindow::startDemoWindow);
    connect(m_firstRun, &FirstRunPanel::dismissed, this, showList);
    // Done once a broker exists: the list then says what happens next.
    connect(m_session, &Session::brokerAdded, m_firstRun, showList);
}

void MainWindow::startDemoWindow()
{
    // The demo runs as its own window with its own settings file, so nothing of it mixes with
    // this station's settings.
    const QString settings = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("rotordeck-demo.ini"));
    const bool started = QProcess::startDetached(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--demo"), QStringLiteral("--settings"), settings});
    statusBar()->showMessage(started ? tr("The demo opens in a window of its own.")
                                     : tr("The demo could not be started."),
                             statusMessageMs);
}

void MainWindow::showSettingsFile()
{
    if (!m_keeper->store()) {
        statusBar()->showMessage(tr("This session does not use a settings file."), statusMessageMs);
        return;
    }
    if (raiseIfOpen(m_settingsFileBox))
        return;
    const QString path = m_keeper->store()->filePath();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Settings file"),
                                tr("RotorDeck keeps its settings in:"), QMessageBox::Close, this);
    box->setInformativeText(QDir::toNativeSeparators(path));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *openFolder = box->addButton(tr("Open Folder"), QMessageBox::ActionRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("settingsFileBox"));
    m_settingsFileBox = box;
    connect(openFolder, &QPushButton::clicked, this, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    showModeless(box);
}

void MainWindow::showShortcuts()
{
    if (raiseIfOpen(m_shortcutsBox))
        return;
    QStringList rows;
    for (const Command command :
         {Command::Stop, Command::StopAll, Command::Go, Command::NudgeCcw, Command::NudgeCw,
          Command::LongPath, Command::FocusTarget, Command::TurnTo, Command::Park, Command::ParkAll,
          Command::Properties, Command::Quit}) {
        const QAction *a = action(command);
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         a->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    rows << QStringLiteral("<tr><td><b>1 … 9</b></td><td>%1</td></tr>")
                .arg(tr("Select rotator 1 … 9 of the list"));
    rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Click on the map"), tr("Turn the selected rotators there"));
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("Keyboard shortcuts"),
        QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows.join(QString())),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    m_shortcutsBox = box;
    showModeless(box);
}

void MainWindow::showAbout()
{
    if (raiseIfOpen(m_aboutBox))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About RotorDeck"),
        tr("<h3>RotorDeck %1</h3><p>Controls IP-Rotator antenna rotators over MQTT.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. "
           "Uses Qt, QCustomPlot and Eclipse Paho.</p>")
            .arg(QStringLiteral(ROTORDECK_VERSION)),
        QMessageBox::Close, this);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    m_aboutBox = box;
    showModeless(box);
}

void MainWindow::showAboutQt()
{
    // QApplication::aboutQt() runs a modal event loop that would block every stop.
    if (raiseIfOpen(m_aboutQtBox))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Qt"),
        tr("<h3>About Qt</h3><p>RotorDeck uses Qt version %1, a C++ toolkit for "
           "cross-platform application development, under the GNU Lesser General Public "
           "License version 3.</p><p>See <a href=\"https://www.qt.io/\">qt.io</a>.</p>")
            .arg(QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutQtBox"));
    m_aboutQtBox = box;
    showModeless(box);
}

void MainWindow::buildSpots()
{
    m_spotFeed = new SpotFeed(m_session->clock(), this);
    m_spotFeed->setExtraNode(m_context.dxCluster);
    m_spotFeed->setCountryData(m_context.countryData);
    // The callsign in use: --callsign for this run (the session's), else the saved one.
    const auto configure = [this] {
        const QString inUse = m_session->stationCallsign();
        m_spotFeed->configure(m_keeper->settings().clusterNodes,
                              inUse.isEmpty() ? m_keeper->settings().station.callsign : inUse);
    };
    configure();
    connect(m_keeper, &SettingsKeeper::clusterChanged, this, configure);
    const auto station = [this, configure] {
        m_spotFeed->model()->setStationLocator(m_session->stationLocator());
        configure();
    };
    station();
    connect(m_session, &Session::stationChanged, this, station);
    connect(m_spotFeed, &SpotFeed::noteworthy, this,
            [this](bool isError, const QString &text, const QString &detail) {
                notify(isError ? NotificationDock::Severity::Warning
                               : NotificationDock::Severity::Info,
                       tr("DX cluster"), text, detail);
            });

    m_spotsDock = new SpotsDock(m_spotFeed, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_spotsDock);
    tabifyDockWidget(m_notificationDock, m_spotsDock);
    // As the traffic log's: the filter row may be cut on a small screen rather than push STOP
    // off it.
    m_spotsDock->widget()->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_plotDock->raise();
    m_spotsDock->setRouteDescriber([this](const SpotListModel::Entry &entry) {
        if (!entry.bearingDeg)
            return entry.position ? tr("Set the station locator to turn to spots.")
                                  : tr("%1: no position known (no locator in the spot, no "
                                       "country data).")
                                        .arg(entry.spot.dxCall);
        const auto route = spotrouting::routeForBand(*m_session, entry.spot.band, currentRotator());
        const int bearing = int(std::lround(*entry.bearingDeg)) % 360;
        if (!route.rotator)
            return tr("%1 at %2°: select an azimuth rotator to turn.")
                .arg(entry.spot.dxCall)
                .arg(bearing);
        const QString who = m_session->label(route.rotator);
        if (route.byBand)
            return tr("Enter turns %1 (serves %2) to %3° for %4.")
                .arg(who, entry.spot.band)
                .arg(bearing)
                .arg(entry.spot.dxCall);
        if (route.servingCount > 1)
            return tr("Enter turns the selected %1 to %2° for %3 (%n rotator(s) serve %4).",
                      nullptr, route.servingCount)
                .arg(who)
                .arg(bearing)
                .arg(entry.spot.dxCall, entry.spot.band);
        return tr("Enter turns the selected %1 to %2° for %3 (no rotator serves %4).")
            .arg(who)
            .arg(bearing)
            .arg(entry.spot.dxCall,
                 entry.spot.band.isEmpty() ? tr("this frequency") : entry.spot.band);
    });
    connect(m_spotsDock, &SpotsDock::turnRequested, this, &MainWindow::turnToSpot);
    connect(m_session, &Session::rotatorConfigChanged, m_spotsDock, &SpotsDock::refreshRoute);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_spotsDock,
            &SpotsDock::refreshRoute);

    m_spotLayer = new SpotMapLayer(m_spotFeed->model(), this);
    m_map->setSpotLayer(m_spotLayer);
    connect(m_spotsDock, &SpotsDock::currentSpotChanged, m_spotLayer,
            &SpotMapLayer::setHighlightSerial);
    connect(m_map, &CompassMapWidget::spotClicked, this, [this](qint64 serial) {
        m_spotsDock->selectSerial(serial);
        turnToSpot(serial);
    });

    m_clusterAction = new QAction(tr("&DX cluster…"), this);
    m_clusterAction->setObjectName(QStringLiteral("dxCluster"));
    connect(m_clusterAction, &QAction::triggered, this, &MainWindow::showClusterDialog);
}

void MainWindow::turnToSpot(qint64 serial)
{
    const SpotListModel *model = m_spotFeed->model();
    const int row = model->rowOfSerial(serial);
    if (row < 0)
        return;
    const SpotListModel::Entry &entry = model->entry(row);
    if (!entry.bearingDeg) {
        statusBar()->showMessage(entry.position
                                     ? tr("Set the station locator first (Settings ▸ Station…).")
                                     : tr("No position is known for %1.").arg(entry.spot.dxCall),
                                 statusMessageMs);
        return;
    }
    const auto route = spotrouting::routeForBand(*m_session, entry.spot.band, currentRotator());
    if (!route.rotator) {
        statusBar()->showMessage(tr("Select an azimuth rotator first (1–9 or click the list)."),
                                 statusMessageMs);
        return;
    }
    const double bearingDeg = *entry.bearingDeg;
    const QString who = m_session->label(route.rotator);
    const QString call = entry.spot.dxCall;
    turnEachTo({{route.rotator, bearingDeg}}, [this, who, call, bearingDeg](int accepted) {
        if (accepted > 0)
            statusBar()->showMessage(tr("Turning %1 to %2° for %3")
                                         .arg(who)
                                         .arg(std::lround(bearingDeg) % 360)
                                         .arg(call),
                                     statusMessageMs);
    });
}

void MainWindow::showClusterDialog()
{
    if (raiseIfOpen(m_clusterDialog))
        return;
    auto *dialog = new ClusterNodesDialog(m_keeper->settings().station.callsign,
                                          m_keeper->settings().clusterNodes, this);
    m_clusterDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_keeper->applyCluster(dialog->callsign(), dialog->nodes()); });
    showModeless(dialog);
}
