// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class FieldProblem;
class QComboBox;
class QLineEdit;
class QPushButton;

/// Adds a rotator by its address (CALL and NET_ID as set on the device) on one of the brokers.
/// OK stays disabled while the address is not one the firmware can have, or is taken already;
/// the reason shows at the field. Non-modal: stops keep working while it is open.
class AddRotatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRotatorDialog)

public:
    /// brokerNames: where it can be added. taken: "broker\nCALL/ID" of rotators that exist.
    AddRotatorDialog(const QStringList &brokerNames, const QStringList &taken,
                     QWidget *parent = nullptr);
    ~AddRotatorDialog() override;

    /// Valid after accept().
    [[nodiscard]] RotatorSettings rotator() const;
    /// The key `taken` uses.
    [[nodiscard]] static QString takenKey(const QString &brokerName, const RotatorAddress &address);

private:
    void validate();

    QStringList m_taken;
    QComboBox *m_broker = nullptr;
    QLineEdit *m_call = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    FieldProblem *m_callProblem = nullptr;
    FieldProblem *m_idProblem = nullptr;
    QPushButton *m_ok = nullptr;
};
