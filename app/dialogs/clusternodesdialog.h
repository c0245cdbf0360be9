// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class FieldProblem;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

/// Edits the DX cluster settings: the station callsign the nodes are logged in with, and the
/// nodes (host, port, enabled, an optional command sent after the login). Checked live: OK stays
/// off while a field is wrong, and the dialog says that nothing connects without a callsign.
class ClusterNodesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterNodesDialog)

public:
    ClusterNodesDialog(const QString &callsign, const QList<ClusterNodeSettings> &nodes,
                       QWidget *parent = nullptr);
    ~ClusterNodesDialog() override;

    /// Upper case, trimmed. Valid after accept().
    [[nodiscard]] QString callsign() const;
    [[nodiscard]] QList<ClusterNodeSettings> nodes() const;
    [[nodiscard]] bool isInputValid() const { return m_valid; }

    // For tests.
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *callsignEdit() const { return m_callsign; }
    void addRow(const ClusterNodeSettings &node);

private:
    void revalidate();

    QLineEdit *m_callsign;
    FieldProblem *m_callsignProblem;
    QTableWidget *m_table;
    QLabel *m_tableProblem;
    QDialogButtonBox *m_buttons;
    bool m_valid = true;
};
