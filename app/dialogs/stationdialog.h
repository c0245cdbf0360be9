// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class FieldProblem;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

/// Edits the station: Maidenhead locator (4, 6 or 8 characters), callsign (both checked live)
/// and name.
class StationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationDialog)

public:
    explicit StationDialog(const StationSettings &station, QWidget *parent = nullptr);
    ~StationDialog() override;

    /// The edited station; the locator normalised ("JO62qm"), the callsign in capitals. Valid
    /// after accept().
    [[nodiscard]] StationSettings station() const;
    [[nodiscard]] bool isInputValid() const;

private:
    [[nodiscard]] QPushButton *okButton() const;
    void revalidate();

    QLineEdit *m_locator = nullptr;
    FieldProblem *m_problem = nullptr;
    QLineEdit *m_callsign = nullptr;
    FieldProblem *m_callsignProblem = nullptr;
    QLineEdit *m_name = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
