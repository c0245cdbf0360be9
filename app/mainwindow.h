// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <functional>

#include "cluster/clusterclient.h"
#include "core/redrawpacer.h"
#include "settings/appsettings.h"
#include "settings/settingsstore.h"
#include "targeting/targetinput.h"
#include "theme.h"
#include "widgets/notificationdock.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QTimer>

class BrokerStatus;
class FirstRunPanel;
class GroupListModel;
class QListView;
class SettingsKeeper;
class CompassMapWidget;
class Clock;
class CountryData;
class SunMoonWatch;
class ConfirmBar;
class CredentialStore;
class HistoryPlot;
class InteropController;
class RemoteController;
class MqttConnection;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class Rotator;
class RotatorGroup;
class RotatorListModel;
class RotatorPanel;
class SettingsStore;
class Session;
class SpotFeed;
class SpotMapLayer;
class SpotsDock;
class TrafficLogDock;
class TrackingController;
class TrackView;

/// The main window: rotator list (left), compass map (centre), control panel (right), history
/// plot, traffic log and notifications (bottom docks), a status bar with every broker's state.
/// Group commands go to every selected rotator. It owns no connections: the Session does.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The window's commands, each one QAction in the menus, the tool bar and the shortcuts.
    enum class Command {
        Quit,
        SettingsFile,
        Go,
        Stop,
        StopAll,
        Park,
        ParkAll,
        TrackSun,
        TrackMoon,
        StopTracking,
        NudgeCcw,
        NudgeCw,
        LongPath,
        FocusTarget,
        TurnTo,
        TurnToSun,
        TurnToMoon,
        Properties,
        AddRotator,
        ForgetRotator,
        AzElPairs,
        Groups,
        Brokers,
        Station,
        UpdateCountryData,
        Shortcuts,
        About,
        AboutQt
    };
    static constexpr std::size_t commandCount = std::size_t(Command::AboutQt) + 1;

    /// What the window needs besides the station. Pointers are not owned and may be null
    /// (then the matching feature says it is unavailable).
    struct Context
    {
        /// The one owner of the settings (not owned). When null, the window makes its own from
        /// settings, store and credentials (tests and tools that need no session-wide owner).
        SettingsKeeper *keeper = nullptr;
        AppSettings settings;
        SettingsStore *store = nullptr;
        CredentialStore *credentials = nullptr;
        /// The country file callsigns are looked up in (not owned; null = no callsigns).
        CountryData *countryData = nullptr;
        /// The time the Sun and the Moon are computed for (not owned); null = the session's.
        const Clock *skyClock = nullptr;
        /// Non-empty in demo mode: the name of the private demo broker.
        QString demoBrokerName;
        /// Problems found while loading the settings, shown once the window is up: the English
        /// texts (details) and, index for index, their codes (worded in the user's language).
        QStringList settingsProblems;
        QList<SettingsStore::Problem> settingsProblemCodes;
        /// --dx-cluster: a DX cluster node for this run, besides the saved ones.
        std::optional<cluster::ClusterNode> dxCluster;
        /// `--rotctld PORT`: rotctld endpoints from PORT (+2 each) for this run.
        std::optional<quint16> rotctldPort;
        /// `--web PORT`: the web remote on PORT for this run.
        std::optional<quint16> webPort;
    };

    MainWindow(Session *station, Context context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Turns every selected rotator to a compass bearing (asks first for a long unwind).
    void turnSelectedTo(double bearingDeg);
    /// The rotctld / N1MM / PstRotator endpoints the app serves.
    [[nodiscard]] InteropController *interop() const { return m_interop; }
    /// The web remote the app serves.
    [[nodiscard]] RemoteController *remote() const { return m_remote; }
    /// Turns the given rotators to a compass bearing (asks first for a long unwind).
    void turnRotatorsTo(const QList<Rotator *> &rotators, double bearingDeg);
    /// Each rotator to its own compass bearing: plans them all, reports the refused ones, asks
    /// once (without blocking) when any would make a long unwind, then sends; done(accepted)
    /// runs after sending.
    void turnEachTo(const QList<QPair<Rotator *, double>> &targets,
                    const std::function<void(int accepted)> &done = {});
    void stopSelected();
    void stopAll();
    /// Turns the selected rotators to their park bearings (asks first for a long unwind).
    void parkSelected();
    /// Turns every rotator that has a park bearing to it (asks first for a long unwind).
    void parkAll();
    /// The tracking of the whole app (the Sun, the Moon).
    [[nodiscard]] TrackingController *tracking() const;
    /// Moves the selected rotators by deltaDeg from their target (or position); asks first
    /// when that means a long unwind (e.g. 5° CCW past the CCW end stop).
    void nudgeSelected(int deltaDeg);
    /// Selects the n-th rotator (0-based) as the list shows them.
    void selectRotatorRow(int row);
    /// Selects the n-th saved group (0-based, -1 = none): its members become the selection and
    /// a turn (map click, target field) turns each by its offset.
    void selectGroupRow(int row);
    /// The name of the group selected as the turn target; empty when none is.
    [[nodiscard]] QString selectedGroup() const { return m_activeGroup; }
    [[nodiscard]] QList<Rotator *> selectedRotators() const;
    [[nodiscard]] Rotator *currentRotator() const;
    void setTheme(theme::Mode mode);

    /// The settings as they are now (window state included), e.g. for saving.
    [[nodiscard]] AppSettings currentSettings() const;

    // For tests.
    /// The QAction of a command (menus, tool bar, shortcuts); its objectName is the command's
    /// name in lower camel case ("stop", "addRotator").
    [[nodiscard]] QAction *action(Command command) const;
    /// The long-unwind question over the map (the panel has its own, RotatorPanel::unwindBar).
    /// Emits the pending map update now (tests; a timer does it otherwise).
    void flushMap();
    [[nodiscard]] SpotFeed *spotFeed() const { return m_spotFeed; }
    [[nodiscard]] SpotsDock *spotsDock() const { return m_spotsDock; }
    [[nodiscard]] CompassMapWidget *compassMap() const { return m_map; }
    /// Turns the rotator that serves the spot's band (else the selected one) towards it, by the
    /// same path (checks, long-unwind question) as a click on the map.
    void turnToSpot(qint64 serial);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void buildMenus();
    void restoreUiState();
    void saveSettings();
    void updateTitle();
    void onSelectionChanged();
    void scheduleMapUpdate();
    void askLongUnwind(const QStringList &unwinds, std::function<void()> send);
    void acceptPendingTurn();
    void cancelPendingTurn();
    void placeUnwindOverlay();
    void updateMap();
    void watchRotator(Rotator *rotator);
    void notify(NotificationDock::Severity severity, const QString &source, const QString &text,
                const QString &detail = {});
    void reportRefusal(const Rotator *rotator, const QString &text);
    void applyStationLocator();
    void showProperties();
    void showBrokersDialog();
    void showStationDialog();
    void showInteropDialog();
    void showRemoteDialog();
    void updateInteropStatus();
    void showCountryDataDialog();
    void buildSunMoon();
    /// "Turn to Sun/Moon": azimuth rotators to its azimuth, elevation units to its elevation.
    void turnToSky(bool moon);
    void watchCountryData();
    void showAddRotator();
    void showGroupsDialog();
    // Groups (issue 15 part 4): the group list above the rotators, the selected group.
    void buildGroupList(QWidget *listArea);
    void onGroupSelectionChanged();
    void syncGroupWithSelection(const QList<Rotator *> &selected);
    [[nodiscard]] std::optional<GroupSettings> activeGroup() const;
    /// The group's members resolved to this session's rotators.
    [[nodiscard]] RotatorGroup liveGroup(const GroupSettings &group) const;
    [[nodiscard]] QList<Rotator *> groupRotators(const GroupSettings &group) const;
    /// Turns each member to bearingDeg + its offset, by the same path as any turn (refusals
    /// reported, a long unwind asked once); the status bar lists where each one goes.
    void turnGroupTo(const GroupSettings &group, double bearingDeg);
    void askForgetRotator();
    void showAzElPairsDialog();
    void updateEmptyListHint();
    void setUpFirstRun();
    void startDemoWindow();
    void showSettingsFile();
    void showShortcuts();
    void showAbout();
    void showAboutQt();
    [[nodiscard]] int turningCount() const;
    void askQuit();
    void stopAllAndQuit();
    void buildSpots();
    void showClusterDialog();
    /// What the target field reads with: the station's position and the country file.
    [[nodiscard]] targeting::TargetContext targetContext() const;

    Session *m_session;
    Context m_context;
    SettingsKeeper *m_keeper = nullptr;
    theme::Mode m_theme = theme::Mode::System;

    RotatorListModel *m_listModel = nullptr;
    QSortFilterProxyModel *m_listProxy = nullptr;
    QTableView *m_listView = nullptr;
    CompassMapWidget *m_map = nullptr;
    RotatorPanel *m_panel = nullptr;
    HistoryPlot *m_plot = nullptr;
    QDockWidget *m_listDock = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QDockWidget *m_plotDock = nullptr;
    TrafficLogDock *m_trafficDock = nullptr;
    NotificationDock *m_notificationDock = nullptr;
    QLabel *m_hoverLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    SunMoonWatch *m_sunMoon = nullptr;
    QLabel *m_skyLabel = nullptr;
    BrokerStatus *m_brokerStatus = nullptr;
    TrackingController *m_tracking = nullptr;
    TrackView *m_trackView = nullptr;
    QLabel *m_trackingLabel = nullptr;
    SpotFeed *m_spotFeed = nullptr;
    SpotsDock *m_spotsDock = nullptr;
    SpotMapLayer *m_spotLayer = nullptr;
    QAction *m_clusterAction = nullptr;
    QPointer<QWidget> m_clusterDialog;
    std::array<QAction *, commandCount> m_commands {};
    std::array<QAction *, 9> m_selectActions {}; ///< "select1" .. "select9": rotator rows 1..9
    QMap<theme::Mode, QAction *> m_themeActions;
    QActionGroup *m_themeGroup = nullptr;
    /// The map follows telemetry at the device's own rate while turning (ten times a second).
    RedrawPacer m_mapPacer;
    QString m_targetLocator;
    ConfirmBar *m_unwindOverlay = nullptr;
    /// Sends the turn the long-unwind question is about; empty when nothing is asked.
    std::function<void()> m_pendingTurn;
    QList<Rotator *> m_pendingSelection;
    // One instance of each dialog; all non-modal so that no stop is ever blocked.
    QPointer<QWidget> m_propertiesDialog;
    QPointer<QWidget> m_brokersDialog;
    QPointer<QWidget> m_stationDialog;
    QPointer<QWidget> m_countryDataDialog;
    QPointer<QWidget> m_settingsFileBox;
    QPointer<QWidget> m_shortcutsBox;
    QPointer<QWidget> m_aboutBox;
    QPointer<QWidget> m_aboutQtBox;
    QPointer<QWidget> m_quitBox;
    QPointer<QWidget> m_addRotatorDialog;
    QPointer<QWidget> m_forgetBox;
    QPointer<QWidget> m_azElPairsDialog;
    QPointer<QWidget> m_interopDialog;
    QPointer<QWidget> m_groupsDialog;
    GroupListModel *m_groupModel = nullptr;
    QListView *m_groupView = nullptr;
    /// The selected group's name; empty when the selection is plain rotators.
    QString m_activeGroup;
    /// The group's members are being selected in the rotator list (not a user's change).
    bool m_selectingGroup = false;
    InteropController *m_interop = nullptr;
    QPointer<QWidget> m_remoteDialog;
    RemoteController *m_remote = nullptr;
    QToolButton *m_remoteStatus = nullptr;
    QToolButton *m_interopStatus = nullptr;
    QLabel *m_emptyListHint = nullptr;
    FirstRunPanel *m_firstRun = nullptr;
    /// The user answered the quit question (or nothing was turning): close for real.
    bool m_quitDecided = false;
};
