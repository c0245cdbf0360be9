// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/interophub.h"
#include "settings/appsettings.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class InteropController;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

/// Settings ▸ Interop: the rotctld, N1MM Logger+ and PstRotator endpoints the app serves, where
/// they listen (loopback unless the user explicitly allows the network, with a warning), and
/// the live state of each endpoint with its clients. Apply and OK emit applied(); the dialog
/// never saves or starts anything itself.
class InteropDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteropDialog)

public:
    /// One row of the per-rotator port table.
    struct RotatorRow
    {
        QString id; ///< "CALL/ID"
        QString label;
        /// The name its endpoints go by ("CALL/ID @ broker" when the CALL/ID is on two brokers);
        /// empty = id.
        QString endpointName = {};
        /// The name N1MM Logger+ reaches it by.
        QString n1mmName = {};
    };

    InteropDialog(const InteropSettings &settings, const QList<RotatorRow> &rotators,
                  InteropController *controller, QWidget *parent = nullptr);
    ~InteropDialog() override;

    /// The settings as edited.
    [[nodiscard]] InteropSettings settings() const;
    [[nodiscard]] bool isInputValid() const;

    /// One short line for the status bar ("Interop: 3 listening, 1 client"); empty when off.
    [[nodiscard]] static QString summary(const QList<InteropHub::EndpointStatus> &status);
    /// One line per endpoint ("rotctld OK1HRA/1 127.0.0.1:4533: listening, 1 client").
    [[nodiscard]] static QStringList details(const QList<InteropHub::EndpointStatus> &status);
    [[nodiscard]] static QString stateText(InteropHub::EndpointStatus::State state);

signals:
    void applied(const InteropSettings &settings);

private:
    void revalidate();
    void refreshStatus();

    QPointer<InteropController> m_controller;
    InteropSettings m_initial;
    QList<RotatorRow> m_rotators;
    QCheckBox *m_allowNetwork = nullptr;
    QLineEdit *m_listenAddress = nullptr;
    QLabel *m_networkWarning = nullptr;
    QLabel *m_addressProblem = nullptr;
    QCheckBox *m_rotctld = nullptr;
    QSpinBox *m_rotctldPort = nullptr;
    QCheckBox *m_n1mm = nullptr;
    QSpinBox *m_n1mmPort = nullptr;
    QLineEdit *m_n1mmStatusAddress = nullptr;
    QSpinBox *m_n1mmStatusPort = nullptr;
    QCheckBox *m_bandFollow = nullptr;
    QCheckBox *m_pstRotator = nullptr;
    QSpinBox *m_pstRotatorPort = nullptr;
    QTableWidget *m_ports = nullptr;
    QTreeWidget *m_state = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
