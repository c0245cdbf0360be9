// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/targetinput.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class AzElPairs;
class ConfirmBar;
class DeviceHttpLink;
class ElevationDial;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QWidget;
class Rotator;
class Session;

/// The control panel for the selected rotator(s): a bearing readout readable across the room,
/// raw position and overlap hint, status, a target field (bearing, Maidenhead locator, callsign
/// or prefix, read as you type with targeting::readTarget and previewed before Go), Go, long path,
/// presets, Park and a large STOP. The controls scroll; STOP and the inline long-unwind question
/// stay pinned at the bottom. It only asks: the main window carries out the requests for every
/// selected rotator. An elevation-only unit is shown in elevation terms (raw elevation 0..range,
/// up/down, a half dial, no long path or locator).
class RotatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatorPanel)

public:
    /// What reading a typed target needs: the station's position, the country file, the
    /// locators stations gave for themselves. Asked each time the text or the station changes.
    using TargetContextProvider = std::function<targeting::TargetContext()>;

    explicit RotatorPanel(Session *station, QWidget *parent = nullptr);
    ~RotatorPanel() override;

    void setTargetContext(TargetContextProvider provider);
    /// The az/el pairs (may be null): when the primary rotator is a pair's azimuth unit, its
    /// elevation unit is shown beside it as the device's half dial (a click there turns the
    /// elevation unit); the target field still turns the azimuth.
    void setAzElPairs(const AzElPairs *pairs);
    /// The selection: `primary` is shown in detail; commands go to all of `selected`.
    void setSelection(const QList<Rotator *> &selected, Rotator *primary);
    [[nodiscard]] Rotator *primary() const;

    /// The bearing the target field asks for (long path applied); nullopt with *why when the
    /// text gives none (not a bearing 0..359, locator, callsign or prefix, or no station
    /// position for a place). For an elevation unit: the raw elevation
    /// 0..range (what turnRequested carries for such a unit).
    [[nodiscard]] std::optional<double> requestedBearing(QString *why = nullptr) const;
    [[nodiscard]] bool isLongPath() const;
    void setLongPath(bool longPath);
    void toggleLongPath();
    void focusTargetEntry();
    /// "Turn to…": clears the target field and puts the cursor there.
    void startTargetEntry();
    /// How the azimuth target field reads now (Empty for an elevation unit).
    [[nodiscard]] targeting::TargetReading targetReading() const;

    /// What the shown rotator follows ("Tracking the Sun until 15:47"); empty hides the line.
    void setTrackingText(const QString &text);
    [[nodiscard]] QString trackingText() const;

    // For tests and the main window.
    /// The inline long-unwind question above STOP; the main window asks and answers it.
    [[nodiscard]] ConfirmBar *unwindBar() const { return m_unwindBar; }

signals:
    /// Go (or Return in the target field, or a preset): turn the selection to this bearing.
    void turnRequested(double bearingDeg);
    void stopRequested();
    void parkRequested();
    void propertiesRequested();
    /// The target field holds a place (a locator, or a callsign's position as a 6-character
    /// locator), or no longer does (empty string).
    void targetLocatorChanged(const QString &locator);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshPreview();
    /// The HTTP line and the SPEED control, from the shown rotator's DeviceHttpLink.
    void refreshHttp();
    void rebuildPresets();
    void submitTarget();
    void onReturnPressed();
    void showTargetReading(const targeting::TargetReading &reading);
    void applyFonts();
    void turnToRaw(int rawDeg);
    [[nodiscard]] std::optional<QString> targetLocator() const;
    [[nodiscard]] bool isElevation() const;
    /// The highest raw elevation the shown unit accepts.
    [[nodiscard]] int elevationMaxDeg() const;
    /// The paired elevation unit's dial and line (hidden when the primary is in no pair).
    void refreshPairedElevation();
    /// Target field words for an elevation or an azimuth unit.
    void applyUnitWords(bool elevation, int maxRawDeg);

    Session *m_session;
    QList<QPointer<Rotator>> m_selected;
    QPointer<Rotator> m_primary;
    QPointer<const AzElPairs> m_pairs;
    /// The elevation unit paired with m_primary (null when none).
    QPointer<Rotator> m_pairedElevation;
    TargetContextProvider m_targetContext;
    /// An input that reads two ways turns on Return only once its reading was shown and Return
    /// pressed again (or Go clicked): the text that was confirmed so.
    QString m_confirmedText;

    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_bearingLabel;
    QLabel *m_rawLabel;
    QLabel *m_statusLabel;
    QLabel *m_detailLabel;
    QLabel *m_pendingLabel;
    QLabel *m_trackingLabel;
    QLabel *m_httpLabel;
    QWidget *m_speedRow;
    QSpinBox *m_speedSpin;
    QPushButton *m_speedButton;
    QPointer<DeviceHttpLink> m_httpLink;
    ElevationDial *m_elevationDial;
    /// The paired elevation unit's position and state, under its dial.
    QLabel *m_pairElevationLabel;
    QLineEdit *m_targetEdit;
    QLabel *m_problemLabel;
    QLabel *m_previewLabel;
    QLabel *m_readingLabel;
    QPushButton *m_goButton;
    QCheckBox *m_longPathBox;
    QWidget *m_presetBox;
    QGridLayout *m_presetLayout;
    QPushButton *m_parkButton;
    QPushButton *m_propertiesButton;
    QPushButton *m_stopButton;
    ConfirmBar *m_unwindBar;
    QScrollArea *m_scrollArea;
    QWidget *m_controls;
    /// Ticks once a second while the shown rotator is stale: its silence keeps growing.
    QTimer m_silenceTimer;
    /// applyUnitWords() last applied (elevation, range), to touch the widgets only on change.
    std::optional<std::pair<bool, int>> m_unitWords;
};
