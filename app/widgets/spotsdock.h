// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/spotlistmodel.h"

#include <QDockWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class SpotFeed;
class SpotFilterModel;

/// The DX spots from the cluster nodes: a table (time, frequency, band, mode, DX call, entity,
/// bearing, distance, spotter, comment, age) with filters, the nodes' state and last
/// announcement, and for the current spot the rotator it would turn. Enter or a double-click
/// asks the main window to turn (which applies the usual checks and questions).
class SpotsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotsDock)

public:
    /// Says what turning to a spot would do ("Enter turns HF yagi to 45°"), or why it cannot.
    using RouteDescriber = std::function<QString(const SpotListModel::Entry &entry)>;

    explicit SpotsDock(SpotFeed *feed, QWidget *parent = nullptr);
    ~SpotsDock() override;

    void setRouteDescriber(RouteDescriber describer);
    /// Re-says the current spot's route (the selection or a rotator's bands changed).
    void refreshRoute();
    /// Makes a spot the current row (e.g. after a click on the map); false when it is filtered
    /// out or gone.
    bool selectSerial(qint64 serial);
    /// The current spot's serial, 0 when none.
    [[nodiscard]] qint64 currentSerial() const;

    // For tests.
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] SpotFilterModel *filter() const { return m_filter; }
    [[nodiscard]] QString routeText() const;
    [[nodiscard]] QString statusText() const;

signals:
    /// Enter or double-click on a spot.
    void turnRequested(qint64 serial);
    /// The current spot changed (0: none); the map highlights it.
    void currentSpotChanged(qint64 serial);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateStatus();
    void onCurrentChanged();

    SpotFeed *m_feed;
    SpotListModel *m_model;
    SpotFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_bandBox;
    QComboBox *m_modeBox;
    QComboBox *m_ageBox;
    QComboBox *m_continentBox;
    QSpinBox *m_distanceBox;
    QLineEdit *m_textEdit;
    QLabel *m_routeLabel;
    QLabel *m_statusLabel;
    RouteDescriber m_describe;
    qint64 m_currentSerial = 0;
};
