// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/rotatorstate.h"
#include "settings/appsettings.h"

#include <QDialog>
#include <QPointer>

class DeviceHttpLink;
class FieldProblem;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/// Edits one rotator's settings: label, colour (picker + "#rrggbb" field), range and beam width
/// (within the firmware's limits), elevation mode, park bearing, tracking (dead band, interval,
/// start and stop elevation), presets (label + bearing table)
/// and a start-azimuth override; the device's HTTP side (use it, port, password, its state)
/// and SPEED. Next to range, beam width, start azimuth and elevation it says
/// where the value in use comes from (from the device / your setting / default), taken from the
/// RotatorState given. OK stays disabled while a field is invalid; the reason is shown at the
/// field.
class RotatorPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatorPropertiesDialog)

public:
    /// The columns of the presets table.
    enum PresetColumn { PresetLabelColumn, PresetBearingColumn };

    RotatorPropertiesDialog(const RotatorSettings &settings, const RotatorState &state,
                            QWidget *parent = nullptr);
    ~RotatorPropertiesDialog() override;

    /// The edited settings (address and broker unchanged). Valid after accept().
    [[nodiscard]] RotatorSettings settings() const;
    /// Live state updates while the dialog is open (refreshes the "comes from" texts).
    void setState(const RotatorState &state);
    [[nodiscard]] bool isInputValid() const;
    /// The rotator's HTTP side: its state is shown live, and SPEED is set through it at once
    /// (not on OK: it is a device setting, not one of ours). Without one, the HTTP fields are
    /// still editable and SPEED is disabled.
    void setHttpLink(DeviceHttpLink *link);
    /// The HTTP password as typed (user admin); meaningful when isHttpPasswordEdited().
    [[nodiscard]] QString httpPassword() const;
    [[nodiscard]] bool isHttpPasswordEdited() const { return m_httpPasswordEdited; }

    // For tests.
    enum class SourceOf { Range, BeamWidth, StartAzimuth, Elevation };
    [[nodiscard]] QLabel *sourceLabel(SourceOf what) const;

private:
    [[nodiscard]] QPushButton *okButton() const;
    void buildUi();
    void revalidate();
    void updateSources();
    [[nodiscard]] QString presetProblem() const;
    void updateColourSwatch();
    void pickColour();
    void addPreset();
    void removePreset();
    void updateHttp();

    RotatorSettings m_settings;
    RotatorState m_state;

    QLineEdit *m_label = nullptr;
    QLineEdit *m_colour = nullptr;
    QPushButton *m_colourButton = nullptr;
    FieldProblem *m_colourProblem = nullptr;
    QCheckBox *m_rangeSet = nullptr;
    QSpinBox *m_range = nullptr;
    QLabel *m_rangeSource = nullptr;
    QCheckBox *m_beamSet = nullptr;
    QSpinBox *m_beam = nullptr;
    QLabel *m_beamSource = nullptr;
    QCheckBox *m_startSet = nullptr;
    QSpinBox *m_start = nullptr;
    QLabel *m_startSource = nullptr;
    QCheckBox *m_elevationSet = nullptr;
    QCheckBox *m_elevation = nullptr;
    QLabel *m_elevationSource = nullptr;
    QCheckBox *m_parkSet = nullptr;
    QSpinBox *m_park = nullptr;
    QCheckBox *m_autoParkSet = nullptr;
    QSpinBox *m_autoPark = nullptr;
    QCheckBox *m_bidirectional = nullptr;
    QSpinBox *m_trackDeadBand = nullptr;
    QSpinBox *m_trackInterval = nullptr;
    QDoubleSpinBox *m_trackStartElevation = nullptr;
    QDoubleSpinBox *m_trackStopElevation = nullptr;
    FieldProblem *m_trackProblem = nullptr;
    QTableWidget *m_presets = nullptr;
    FieldProblem *m_presetProblem = nullptr;
    QCheckBox *m_useHttp = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QLineEdit *m_httpPassword = nullptr;
    bool m_httpPasswordEdited = false;
    QLabel *m_httpStatus = nullptr;
    QSpinBox *m_speed = nullptr;
    QPushButton *m_speedButton = nullptr;
    QLabel *m_speedResult = nullptr;
    QPointer<DeviceHttpLink> m_httpLink;
    QDialogButtonBox *m_buttons = nullptr;
    /// One per cluster::bandNames() entry, in that order: the bands the antenna serves.
    QList<QCheckBox *> m_bandBoxes;
    /// The N1MM Logger+ rotor name (empty = automatic).
    QLineEdit *m_n1mmName = nullptr;
    FieldProblem *m_n1mmNameProblem = nullptr;
};
