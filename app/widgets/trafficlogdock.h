// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTimer;

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class Rotator;
class Session;
class TrafficLogFilterModel;
class TrafficLogModel;

/// The traffic log: every MQTT message in and out, filterable by rotator and text, following the
/// newest row unless the user scrolled up.
class TrafficLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLogDock)

public:
    /// Connects every broker of the station (present and future) to its own log model.
    TrafficLogDock(Session *station, QWidget *parent = nullptr);
    ~TrafficLogDock() override;

    /// Shows only this rotator's topics (nullptr = all).
    void setRotatorFilter(const Rotator *rotator);

private:
    void rebuildRotatorChoices();
    void scheduleRotatorChoices();

    Session *m_session;
    TrafficLogModel *m_model;
    TrafficLogFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_rotatorBox;
    QLineEdit *m_textEdit;
    QCheckBox *m_pauseBox;
    QCheckBox *m_followBox;
    QTimer *m_choicesTimer = nullptr; // discovery adds rotators in bursts: one rebuild per burst
};
