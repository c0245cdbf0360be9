// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Pairs an azimuth unit with an elevation-only unit as one antenna (satellites, EME), and
/// unpairs them. The unit lists offer only what makes a valid pair (settings::azElPairProblem):
/// rotators in no pair yet, the elevation unit on the azimuth unit's broker and not the azimuth
/// unit itself, elevation-only units first. Non-modal: stops keep working while it is open.
class AzElPairsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzElPairsDialog)

public:
    AzElPairsDialog(const QList<RotatorSettings> &rotators, const QList<AzElPairSettings> &pairs,
                    QWidget *parent = nullptr);
    ~AzElPairsDialog() override;

    /// The pairs as edited (valid after accept(); the caller saves them).
    [[nodiscard]] QList<AzElPairSettings> pairs() const { return m_pairs; }

private:
    void refill();
    void fillElevationUnits();
    void pair();
    void unpair();
    [[nodiscard]] bool inAPair(const RotatorSettings &rotator) const;
    [[nodiscard]] QString unitText(const QString &brokerName, const RotatorAddress &address) const;

    QList<RotatorSettings> m_rotators;
    QList<AzElPairSettings> m_pairs;
    QListWidget *m_list = nullptr;
    QPushButton *m_unpair = nullptr;
    QComboBox *m_azimuth = nullptr;
    QComboBox *m_elevation = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_pair = nullptr;
    QLabel *m_hint = nullptr;
};
