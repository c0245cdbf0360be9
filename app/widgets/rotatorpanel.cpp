// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorpanel.h"

#include "azelpairs.h"
#include "confirmbar.h"
#include "elevationdial.h"
#include "palette.h"
#include "rotatorformat.h"
#include "session.h"
#include "targetwords.h"

#include "core/clock.h"
#include "devicehttp/devicehttplink.h"
#include "geo/maidenhead.h"
#include "model/rotator.h"
#include "protocol/firmwarelimits.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int presetColumns = 3;
constexpr int silenceTickMs = 1000;

QString colourCss(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

/// Sets a style sheet only when it differs: each setStyleSheet() repolishes the widget and
/// relays out the panel, and the readouts are refreshed with every position report.
void restyle(QWidget *widget, const QString &css)
{
    if (widget->styleSheet() != css)
        widget->setStyleSheet(css);
}

QString targetPlaceholder()
{
    return RotatorPanel::tr("0–359, locator or callsign");
}

QString targetToolTip()
{
    return RotatorPanel::tr("A compass bearing (0–359), a Maidenhead locator such as JO62qm, or "
                            "a callsign or prefix such as OK1HRA or VP8. #JO62 or @JO62 forces a "
                            "locator, =JO62 a prefix. Return turns (Ctrl+L, Ctrl+T)");
}
} // namespace

RotatorPanel::RotatorPanel(Session *station, QWidget *parent)
    : QWidget(parent)
    , m_session(station)
{
    // Everything but the question bar and STOP scrolls: on a small screen the readout and the
    // controls may not fit, but STOP must always be on screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("panelScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scrollArea);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(6);
    outer->addWidget(m_scrollArea, 1);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::RichText);
    m_titleLabel->setWordWrap(true);
    m_subtitleLabel = new QLabel(this);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_subtitleLabel);

    m_bearingLabel = new QLabel(QStringLiteral("—"), this);
    m_bearingLabel->setObjectName(QStringLiteral("bearingReadout"));
    m_bearingLabel->setAlignment(Qt::AlignCenter);
    m_bearingLabel->setAccessibleName(tr("Bearing"));
    layout->addWidget(m_bearingLabel);

    m_rawLabel = new QLabel(this);
    m_rawLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setWordWrap(true);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setAlignment(Qt::AlignCenter);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingTarget"));
    m_pendingLabel->setAlignment(Qt::AlignCenter);
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setStyleSheet(colourCss(palette::status::overlap));
    m_pendingLabel->hide();
    m_trackingLabel = new QLabel(this);
    m_trackingLabel->setObjectName(QStringLiteral("trackingState"));
    m_trackingLabel->setAlignment(Qt::AlignCenter);
    m_trackingLabel->setWordWrap(true);
    m_trackingLabel->hide();
    layout->addWidget(m_rawLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_trackingLabel);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_detailLabel);
    // The HTTP side in one quiet line; the details are in its tooltip and in Properties.
    m_httpLabel = new QLabel(this);
    m_httpLabel->setObjectName(QStringLiteral("httpStatusLabel"));
    m_httpLabel->setAlignment(Qt::AlignCenter);
    m_httpLabel->setWordWrap(true);
    m_httpLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_httpLabel);

    // An elevation-only unit as its own page draws it; hidden for azimuth units.
    m_elevationDial = new ElevationDial(this);
    m_elevationDial->setObjectName(QStringLiteral("elevationDial"));
    m_elevationDial->setToolTip(tr("Click in the sky to turn to that elevation"));
    m_elevationDial->hide();
    layout->addWidget(m_elevationDial);
    m_pairElevationLabel = new QLabel(this);
    m_pairElevationLabel->setObjectName(QStringLiteral("pairElevationLabel"));
    m_pairElevationLabel->setAlignment(Qt::AlignCenter);
    m_pairElevationLabel->setWordWrap(true);
    m_pairElevationLabel->hide();
    layout->addWidget(m_pairElevationLabel);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_controls = new QWidget(this);
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(6);

    auto *targetRow = new QHBoxLayout;
    auto *targetCaption = new QLabel(tr("&Target:"), m_controls);
    m_targetEdit = new QLineEdit(m_controls);
    m_targetEdit->setObjectName(QStringLiteral("targetEdit"));
    m_targetEdit->setPlaceholderText(targetPlaceholder());
    m_targetEdit->setClearButtonEnabled(true);
    m_targetEdit->setToolTip(targetToolTip());
    targetCaption->setBuddy(m_targetEdit);
    m_goButton = new QPushButton(tr("Go"), m_controls);
    m_goButton->setObjectName(QStringLiteral("goButton"));
    m_goButton->setToolTip(tr("Turn the selected rotators to the target"));
    targetRow->addWidget(targetCaption);
    targetRow->addWidget(m_targetEdit, 1);
    targetRow->addWidget(m_goButton);
    controls->addLayout(targetRow);

    m_problemLabel = new QLabel(m_controls);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(colourCss(palette::status::alert));
    m_problemLabel->hide();
    // Where a locator or a callsign is, how far both ways, and the other way to read it.
    m_readingLabel = new QLabel(m_controls);
    m_readingLabel->setObjectName(QStringLiteral("targetReading"));
    m_readingLabel->setWordWrap(true);
    m_readingLabel->setTextFormat(Qt::RichText);
    m_readingLabel->hide();
    m_previewLabel = new QLabel(m_controls);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    controls->addWidget(m_problemLabel);
    controls->addWidget(m_readingLabel);
    controls->addWidget(m_previewLabel);

    m_longPathBox = new QCheckBox(tr("&Long path (+180°)"), m_controls);
    m_longPathBox->setObjectName(QStringLiteral("longPathBox"));
    m_longPathBox->setToolTip(tr("Point the other way round the globe (L)"));
    controls->addWidget(m_longPathBox);

    m_presetBox = new QWidget(m_controls);
    m_presetLayout = new QGridLayout(m_presetBox);
    m_presetLayout->setContentsMargins(0, 0, 0, 0);
    m_presetLayout->setSpacing(4);
    controls->addWidget(m_presetBox);

    // SPEED (the firmware's PwmMaxDuty) goes over HTTP: only while that side answers.
    m_speedRow = new QWidget(m_controls);
    auto *speedLayout = new QHBoxLayout(m_speedRow);
    speedLayout->setContentsMargins(0, 0, 0, 0);
    auto *speedCaption = new QLabel(tr("&SPEED:"), m_speedRow);
    m_speedSpin = new QSpinBox(m_speedRow);
    m_speedSpin->setObjectName(QStringLiteral("speedSpin"));
    m_speedSpin->setRange(DeviceHttpClient::minPwmMaxDuty, DeviceHttpClient::maxPwmMaxDuty);
    m_speedSpin->setSingleStep(5);
    speedCaption->setBuddy(m_speedSpin);
    m_speedButton = new QPushButton(tr("Set"), m_speedRow);
    m_speedButton->setObjectName(QStringLiteral("speedSetButton"));
    speedLayout->addWidget(speedCaption);
    speedLayout->addWidget(m_speedSpin, 1);
    speedLayout->addWidget(m_speedButton);
    controls->addWidget(m_speedRow);

    auto *buttonRow = new QHBoxLayout;
    m_parkButton = new QPushButton(tr("Park"), m_controls);
    m_parkButton->setObjectName(QStringLiteral("parkButton"));
    m_propertiesButton = new QPushButton(tr("Properties…"), m_controls);
    buttonRow->addWidget(m_parkButton);
    buttonRow->addWidget(m_propertiesButton);
    controls->addLayout(buttonRow);
    layout->addWidget(m_controls);

    layout->addStretch(1);
    m_scrollArea->setWidget(content);

    auto *pinned = new QVBoxLayout;
    pinned->setContentsMargins(10, 4, 10, 10);
    pinned->setSpacing(6);
    m_unwindBar = new ConfirmBar(tr("Turn"), this);
    m_unwindBar->setObjectName(QStringLiteral("longUnwindBar"));
    pinned->addWidget(m_unwindBar);
    m_stopButton = new QPushButton(tr("STOP"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop the selected rotators (Esc); Shift+Esc stops all"));
    m_stopButton->setMinimumHeight(64);
    m_stopButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_stopButton->setAutoDefault(false);
    pinned->addWidget(m_stopButton);
    outer->addLayout(pinned);

    applyFonts();
    // Room for the target field, Go and three preset buttons side by side.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);

    connect(m_targetEdit, &QLineEdit::textChanged, this, [this] {
        refreshPreview();
        // An elevation unit takes no locator: nothing to mark on the map.
        emit targetLocatorChanged(isElevation() ? QString() : targetLocator().value_or(QString()));
    });
    connect(m_targetEdit, &QLineEdit::returnPressed, this, &RotatorPanel::onReturnPressed);
    connect(m_readingLabel, &QLabel::linkActivated, this, [this] {
        // The other reading, forced by its sigil: one click, and the preview follows.
        const targeting::TargetReading reading = targetReading();
        if (reading.alternative)
            m_targetEdit->setText(reading.alternativeText);
    });
    connect(m_goButton, &QPushButton::clicked, this, &RotatorPanel::submitTarget);
    connect(m_longPathBox, &QCheckBox::toggled, this, &RotatorPanel::refreshPreview);
    connect(m_stopButton, &QPushButton::clicked, this, &RotatorPanel::stopRequested);
    connect(m_parkButton, &QPushButton::clicked, this, &RotatorPanel::parkRequested);
    connect(m_propertiesButton, &QPushButton::clicked, this, &RotatorPanel::propertiesRequested);
    connect(m_speedButton, &QPushButton::clicked, this, [this] {
        if (m_httpLink)
            m_httpLink->setSpeed(m_speedSpin->value());
    });
    connect(station, &Session::rotatorConfigChanged, this, [this](Rotator *rotator) {
        if (rotator == m_primary) {
            rebuildPresets();
            refresh();
        }
    });
    connect(station, &Session::stationChanged, this, &RotatorPanel::refreshPreview);
    connect(m_elevationDial, &ElevationDial::rawRequested, this, &RotatorPanel::turnToRaw);
    m_silenceTimer.setInterval(silenceTickMs);
    connect(&m_silenceTimer, &QTimer::timeout, this, &RotatorPanel::refresh);

    setSelection({}, nullptr);
}

RotatorPanel::~RotatorPanel() = default;

void RotatorPanel::applyFonts()
{
    QFont big = font();
    big.setPixelSize(std::max(48, fontMetrics().height() * 4));
    big.setBold(true);
    m_bearingLabel->setFont(big);
    m_bearingLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("000°"))
                                    + 16);

    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);

    QFont status = font();
    status.setPointSizeF(font().pointSizeF() * 1.15);
    status.setBold(true);
    m_statusLabel->setFont(status);

    QFont stop = font();
    stop.setPointSizeF(font().pointSizeF() * 2.0);
    stop.setBold(true);
    m_stopButton->setFont(stop);
    // A red that reads as "stop" in light and dark themes; white text on it in both.
    m_stopButton->setStyleSheet(
        QStringLiteral("QPushButton#stopButton { background-color: %1; color: %2;"
                       " border: 1px solid %3; border-radius: 6px; padding: 8px; }"
                       "QPushButton#stopButton:hover { background-color: %4; }"
                       "QPushButton#stopButton:pressed { background-color: %3; }"
                       "QPushButton#stopButton:disabled { background-color: %5;"
                       " color: %6; }")
            .arg(palette::stop::fill.name(), palette::stop::text.name(),
                 palette::stop::border.name(), palette::stop::hover.name(),
                 palette::stop::disabledFill.name(), palette::stop::disabledText.name()));
}

void RotatorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void RotatorPanel::setTargetContext(TargetContextProvider provider)
{
    m_targetContext = std::move(provider);
    refreshPreview();
}

targeting::TargetReading RotatorPanel::targetReading() const
{
    if (isElevation())
        return {};
    return targeting::readTarget(m_targetEdit->text(),
                                 m_targetContext ? m_targetContext() : targeting::TargetContext {});
}

void RotatorPanel::setAzElPairs(const AzElPairs *pairs)
{
    if (m_pairs)
        m_pairs->disconnect(this);
    m_pairs = pairs;
    auto again = [this] {
        QList<Rotator *> selected;
        for (const QPointer<Rotator> &r : std::as_const(m_selected)) {
            if (r)
                selected.append(r);
        }
        setSelection(selected, m_primary);
    };
    if (pairs)
        connect(pairs, &AzElPairs::changed, this, again);
    again();
}

void RotatorPanel::setTrackingText(const QString &text)
{
    if (m_trackingLabel->text() == text)
        return;
    m_trackingLabel->setText(text);
    m_trackingLabel->setVisible(!text.isEmpty());
}

QString RotatorPanel::trackingText() const
{
    return m_trackingLabel->text();
}

void RotatorPanel::setSelection(const QList<Rotator *> &selected, Rotator *primary)
{
    for (const QPointer<Rotator> &r : std::as_const(m_selected)) {
        if (r)
            r->disconnect(this);
    }
    if (m_pairedElevation)
        m_pairedElevation->disconnect(this);
    m_selected.clear();
    for (Rotator *r : selected)
        m_selected.append(r);
    if (!primary && !selected.isEmpty())
        primary = selected.constFirst();
    m_primary = primary;
    if (m_httpLink)
        m_httpLink->disconnect(this);
    m_httpLink = m_primary ? m_session->httpLink(m_primary) : nullptr;
    if (m_httpLink) {
        connect(m_httpLink, &DeviceHttpLink::changed, this, &RotatorPanel::refreshHttp);
        if (const auto duty = m_httpLink->info().pwmMaxDuty)
            m_speedSpin->setValue(*duty);
    }
    if (m_primary) {
        connect(m_primary, &Rotator::stateChanged, this, &RotatorPanel::refresh);
        connect(m_primary, &Rotator::pendingTargetChanged, this, &RotatorPanel::refresh);
        connect(m_primary, &QObject::destroyed, this, [this] { setSelection({}, nullptr); });
    }
    m_pairedElevation = m_pairs && m_primary ? m_pairs->elevationOf(m_primary) : nullptr;
    if (m_pairedElevation) {
        connect(m_pairedElevation, &Rotator::stateChanged, this,
                &RotatorPanel::refreshPairedElevation);
    }
    rebuildPresets();
    refresh();
    refreshHttp();
}

void RotatorPanel::refreshHttp()
{
    if (!m_httpLink) {
        m_httpLabel->clear();
        m_httpLabel->setToolTip({});
        m_speedRow->setEnabled(false);
        m_speedRow->setToolTip({});
        return;
    }
    const DeviceHttpLink &link = *m_httpLink;
    const QString speedText = rotatorformat::speedOutcomeText(link);
    m_httpLabel->setText(speedText.isEmpty() ? rotatorformat::httpStatusText(link)
                                             : rotatorformat::httpStatusText(link)
                                 + QStringLiteral(" · ") + speedText);
    m_httpLabel->setToolTip(link.detail());
    m_httpLabel->setVisible(link.isEnabled());
    const bool reachable = link.status() == DeviceHttpClient::Status::Reachable;
    const bool pwm = link.info().pwmEnabled.value_or(true);
    m_speedRow->setEnabled(reachable && pwm
                           && link.speedOutcome() != DeviceHttpLink::SpeedOutcome::Sending);
    m_speedRow->setToolTip(!reachable ? tr("SPEED is set over the unit's HTTP side, which does not "
                                           "answer now")
                               : !pwm ? tr("The unit drives without PWM: SPEED has no effect")
                                      : tr("Maximum PWM duty 40–255 (the unit's SPEED slider)"));
    // Follow what the unit keeps, unless the user is choosing a value.
    if (const auto duty = link.info().pwmMaxDuty; duty && !m_speedSpin->hasFocus())
        m_speedSpin->setValue(*duty);
}

Rotator *RotatorPanel::primary() const
{
    return m_primary;
}

void RotatorPanel::refresh()
{
    const bool any = m_primary != nullptr;
    m_controls->setEnabled(any);
    m_stopButton->setEnabled(any);
    if (!any) {
        m_titleLabel->setText(tr("No rotator selected"));
        m_subtitleLabel->setText(tr("Select a rotator in the list, or press 1–9."));
        m_bearingLabel->setText(QStringLiteral("—"));
        restyle(m_bearingLabel, QString());
        m_rawLabel->clear();
        m_statusLabel->clear();
        m_detailLabel->clear();
        m_previewLabel->clear();
        m_pendingLabel->hide();
        m_elevationDial->hide();
        m_pairElevationLabel->hide();
        m_silenceTimer.stop();
        applyUnitWords(false, 0);
        return;
    }
    const Rotator *rotator = m_primary;
    const RotatorState &state = rotator->state();
    // A stale rotator's state does not change, but its silence grows: count it here too.
    if (state.link == LinkState::Stale
        || (m_pairedElevation && m_pairedElevation->state().link == LinkState::Stale)) {
        if (!m_silenceTimer.isActive())
            m_silenceTimer.start();
    } else {
        m_silenceTimer.stop();
    }
    const bool elevation = state.elevationMode;
    applyUnitWords(elevation, elevationMaxDeg());
    m_elevationDial->setVisible(elevation);
    if (elevation) {
        const bool trustworthy = state.link == LinkState::Live && state.rawAzimuthDeg;
        m_elevationDial->setState(state.rawAzimuthDeg, state.rawTargetDeg, elevationMaxDeg(),
                                  trustworthy);
        // Nothing can be sent while the broker is down: no clicks that only fail.
        m_elevationDial->setEnabled(state.link != LinkState::BrokerDown);
    }
    refreshPairedElevation();
    if (const std::optional<int> pendingRaw = rotator->pendingRawTargetDeg()) {
        RotatorState pending = state;
        pending.rawTargetDeg = pendingRaw;
        m_pendingLabel->setText((elevation ? tr("Next target %1° el, after the stop")
                                           : tr("Next target %1°, after the stop"))
                                    .arg(pending.targetBearingDeg().value_or(*pendingRaw)));
        m_pendingLabel->show();
    } else if (state.rawTargetDeg && state.targetFromOtherClient) {
        m_pendingLabel->setText((elevation ? tr("Target %1° el was sent by another client")
                                           : tr("Target %1° was sent by another client"))
                                    .arg(state.targetBearingDeg().value_or(*state.rawTargetDeg)));
        m_pendingLabel->show();
    } else {
        m_pendingLabel->hide();
        m_pendingLabel->clear();
    }
    const QColor colour = m_session->colour(rotator);
    const QString label
        = (m_pairedElevation ? m_pairs->label(rotator) : m_session->label(rotator)).toHtmlEscaped();
    m_titleLabel->setText(
        QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2").arg(colour.name(), label));
    QString subtitle = m_pairedElevation
        ? tr("%1 + %2 on %3")
              .arg(rotator->address().toString(), m_pairedElevation->address().toString(),
                   m_session->brokerName(rotator))
        : tr("%1 on %2").arg(rotator->address().toString(), m_session->brokerName(rotator));
    if (m_selected.size() > 1)
        subtitle += tr(" · commands go to all %n selected", nullptr, int(m_selected.size()));
    m_subtitleLabel->setText(subtitle);

    m_bearingLabel->setText(rotatorformat::positionText(state));
    // Colours as the device's own page: red moving, orange in the overlap, green stopped,
    // grey when the value cannot be trusted (stale, broker down) or in an end-stop zone.
    QColor readout = rotatorformat::linkColour(LinkState::Live);
    if (state.link == LinkState::Stale || state.link == LinkState::BrokerDown
        || !state.rawAzimuthDeg || state.inEndZone())
        readout = palette::status::untrusted;
    else if (state.moving)
        readout = palette::status::alert;
    else if (state.inOverlap())
        readout = palette::status::overlap;
    restyle(m_bearingLabel, colourCss(readout));

    m_rawLabel->setText(rotatorformat::rawHint(state));
    m_statusLabel->setText(rotatorformat::statusText(state, m_session->clock().nowUtc()));
    restyle(m_statusLabel,
            state.link == LinkState::Live ? QString()
                                          : colourCss(rotatorformat::linkColour(state.link)));

    QStringList details;
    if (state.voltageV) {
        details << (*state.voltageV < 11.5 ? tr("Supply %1 V (low)") : tr("Supply %1 V"))
                       .arg(*state.voltageV, 0, 'f', 1);
    }
    details << tr("start %1°").arg(state.startAzimuthDeg);
    if (const auto speed = rotator->measuredSpeedDegPerSec())
        details << tr("%1°/s").arg(*speed, 0, 'f', 1);
    if (!state.lastDebug.isEmpty())
        details << tr("device: %1").arg(state.lastDebug);
    m_detailLabel->setText(details.join(QStringLiteral(" · ")));

    const auto presets = m_session->rotatorSettings(rotator).parkBearingDeg;
    m_parkButton->setEnabled(presets.has_value());
    m_parkButton->setToolTip(presets ? tr("Turn to the park bearing %1°").arg(*presets)
                                     : tr("No park bearing set (Properties…)"));
    refreshPreview();
}

void RotatorPanel::rebuildPresets()
{
    while (QLayoutItem *item = m_presetLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_primary) {
        m_presetBox->hide();
        return;
    }
    const auto presets = m_session->rotatorSettings(m_primary).presets;
    m_presetBox->setVisible(!presets.isEmpty());
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const RotatorPreset &preset = presets.at(i);
        auto *button
            = new QPushButton(tr("%1 %2°").arg(preset.label).arg(preset.bearingDeg), m_presetBox);
        button->setToolTip(tr("Turn to %1°").arg(preset.bearingDeg));
        const int bearing = preset.bearingDeg;
        connect(button, &QPushButton::clicked, this,
                [this, bearing] { emit turnRequested(bearing); });
        m_presetLayout->addWidget(button, int(i) / presetColumns, int(i) % presetColumns);
    }
}

std::optional<QString> RotatorPanel::targetLocator() const
{
    const targeting::TargetReading reading = targetReading();
    if (!reading.position)
        return std::nullopt;
    if (!reading.locator.isEmpty())
        return reading.locator;
    return geo::pointToLocator(*reading.position, 6);
}

std::optional<double> RotatorPanel::requestedBearing(QString *why) const
{
    const QString text = m_targetEdit->text().trimmed();
    auto fail = [why](const QString &reason) -> std::optional<double> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (isElevation()) {
        // Raw elevation as the device counts it: 0 one horizon, 90 zenith, range at most 180.
        const int maxDeg = elevationMaxDeg();
        bool isInteger = false;
        const int rawDeg = text.toInt(&isInteger);
        if (text.isEmpty() || !isInteger || rawDeg < 0 || rawDeg > maxDeg)
            return fail(tr("Enter a whole raw elevation 0–%1°.").arg(maxDeg));
        return double(rawDeg);
    }
    const targeting::TargetReading reading = targetReading();
    if (reading.reading == targeting::Reading::Empty)
        return fail(tr("Enter a bearing 0–359, a locator or a callsign."));
    if (!reading.bearingDeg)
        return fail(targetwords::problemText(reading));
    if (reading.distanceKm && *reading.distanceKm < 1.0)
        return fail(tr("That locator is the station itself."));
    const auto normalised = [](double deg) {
        return std::fmod(std::fmod(deg, 360.0) + 360.0, 360.0);
    };
    if (!m_longPathBox->isChecked())
        return normalised(*reading.bearingDeg);
    return normalised(reading.longPathBearingDeg.value_or(*reading.bearingDeg + 180.0));
}

void RotatorPanel::refreshPreview()
{
    const bool empty = m_targetEdit->text().trimmed().isEmpty();
    QString why;
    const auto bearing = requestedBearing(&why);
    m_problemLabel->setVisible(!empty && !bearing);
    m_problemLabel->setText(why);
    showTargetReading(empty ? targeting::TargetReading {} : targetReading());
    m_goButton->setEnabled(bearing.has_value());
    m_goButton->setToolTip(tr("Turn the selected rotators to the target"));
    if (!bearing || !m_primary) {
        m_previewLabel->clear();
        return;
    }
    // Nothing can be sent: say so instead of promising a turn and a time.
    if (m_primary->state().link == LinkState::BrokerDown) {
        const QString down = tr("Not connected: the broker is down, nothing can be sent.");
        m_goButton->setEnabled(false);
        m_goButton->setToolTip(down);
        m_previewLabel->setText(down);
        restyle(m_previewLabel, colourCss(palette::status::alert));
        return;
    }
    CommandResult whyNot;
    const auto plan = m_primary->planTurnToBearing(*bearing, &whyNot);
    const bool elevation = isElevation();
    const QString head = elevation ? tr("→ %1° el").arg(std::lround(*bearing))
                                   : tr("→ %1°").arg(std::lround(*bearing) % 360);
    if (plan && elevation) {
        // Up means towards the zenith (raw 90), whichever horizon the antenna comes from.
        const auto angle = [](int raw) {
            return raw <= 90 ? raw : 180 - raw;
        };
        const int fromRaw = m_primary->state().rawAzimuthDeg.value_or(plan->destinationRawDeg);
        QString text = plan->travelDeg == 0 ? tr("already there")
            : angle(plan->destinationRawDeg) >= angle(fromRaw)
            ? tr("up %1°").arg(plan->travelDeg)
            : tr("down %1°").arg(plan->travelDeg);
        if (plan->stopFirst)
            text += tr(" · stops first");
        if (plan->travelDeg > 0 && plan->estimatedSeconds > 0)
            text += tr(" · ≈ %1 s").arg(std::lround(plan->estimatedSeconds));
        m_previewLabel->setText(head + QStringLiteral(": ") + text);
        restyle(m_previewLabel, QString());
    } else if (plan) {
        m_previewLabel->setText(head + QStringLiteral(": ") + rotatorformat::planText(*plan));
        restyle(m_previewLabel, plan->longUnwind ? colourCss(palette::status::overlap) : QString());
    } else {
        m_previewLabel->setText(head + QStringLiteral(": ")
                                + rotatorformat::commandResultText(whyNot));
        restyle(m_previewLabel, colourCss(palette::status::alert));
    }
}

bool RotatorPanel::isElevation() const
{
    return m_primary && m_primary->state().elevationMode;
}

int RotatorPanel::elevationMaxDeg() const
{
    const int deviceMaxDeg = m_primary ? m_primary->state().maxRotateDeg : 0;
    return std::clamp(deviceMaxDeg, 0, protocol::maxRotateRangeDegFor(true));
}

void RotatorPanel::applyUnitWords(bool elevation, int maxRawDeg)
{
    const std::pair<bool, int> words {elevation, elevation ? maxRawDeg : 0};
    if (m_unitWords == words)
        return;
    m_unitWords = words;
    if (elevation) {
        m_targetEdit->setPlaceholderText(tr("raw elevation 0–%1").arg(maxRawDeg));
        m_targetEdit->setToolTip(tr("A raw elevation as the unit counts it: 0 at one horizon, 90 "
                                    "straight up, up to its range of %1°; Return turns (Ctrl+L)")
                                     .arg(maxRawDeg));
        // Long path is a compass idea: hidden and ignored here (isLongPath(), requestedBearing());
        // the box keeps its state for the next azimuth unit.
        m_longPathBox->hide();
    } else {
        m_targetEdit->setPlaceholderText(targetPlaceholder());
        m_targetEdit->setToolTip(targetToolTip());
        m_longPathBox->show();
    }
}

void RotatorPanel::turnToRaw(int rawDeg)
{
    // The dial speaks raw elevation: only elevation units can take it. A refusal (out of range,
    // broker down, …) reaches the user through Rotator::commandRefused like any other command.
    for (const QPointer<Rotator> &rotator : std::as_const(m_selected)) {
        if (rotator && rotator->state().elevationMode)
            rotator->turnToRaw(rawDeg);
    }
    if (m_pairedElevation && !m_selected.contains(m_pairedElevation))
        m_pairedElevation->turnToRaw(rawDeg);
}

void RotatorPanel::refreshPairedElevation()
{
    // An elevation unit shown on its own uses the dial itself (refresh()).
    if (!m_primary || m_primary->state().elevationMode) {
        m_pairElevationLabel->hide();
        return;
    }
    const Rotator *elevation = m_pairedElevation;
    m_elevationDial->setVisible(elevation != nullptr);
    m_pairElevationLabel->setVisible(elevation != nullptr);
    if (!elevation)
        return;
    const RotatorState &state = elevation->state();
    const bool trustworthy = state.link == LinkState::Live && state.rawAzimuthDeg;
    const int maxRawDeg = std::clamp(state.maxRotateDeg, 0, protocol::maxRotateRangeDegFor(true));
    m_elevationDial->setState(state.rawAzimuthDeg, state.rawTargetDeg, maxRawDeg, trustworthy);
    m_elevationDial->setEnabled(state.link != LinkState::BrokerDown);
    m_pairElevationLabel->setText(
        tr("%1 · %2").arg(rotatorformat::positionText(state),
                          rotatorformat::statusText(state, m_session->clock().nowUtc())));
    QColor colour = rotatorformat::linkColour(state.link);
    if (state.link == LinkState::Live)
        colour = state.moving ? palette::status::alert : QColor();
    restyle(m_pairElevationLabel, colour.isValid() ? colourCss(colour) : QString());
    m_pairElevationLabel->setToolTip(
        tr("Elevation unit %1 (%2)")
            .arg(m_session->label(elevation), elevation->address().toString()));
}

void RotatorPanel::showTargetReading(const targeting::TargetReading &reading)
{
    const targeting::TargetContext context
        = m_targetContext ? m_targetContext() : targeting::TargetContext {};
    QStringList lines;
    if (const QString place = targetwords::placeText(reading, context.countries); !place.isEmpty())
        lines << place.toHtmlEscaped();
    if (const QString paths = targetwords::pathsText(reading, m_longPathBox->isChecked());
        !paths.isEmpty())
        lines << paths;
    if (reading.alternative && !reading.forced) {
        const targeting::TargetReading other
            = targeting::readTarget(reading.alternativeText, context);
        lines << targetwords::alternativeText(reading, other, context.countries);
    }
    m_readingLabel->setText(lines.join(QStringLiteral("<br>")));
    m_readingLabel->setVisible(!lines.isEmpty());
}

void RotatorPanel::onReturnPressed()
{
    // Read two ways: Return first shows which reading is taken, the second one turns.
    const targeting::TargetReading reading = targetReading();
    const QString text = m_targetEdit->text().trimmed();
    if (reading.alternative && !reading.forced && m_confirmedText != text) {
        m_confirmedText = text;
        m_problemLabel->setText(tr("Read one way of two (see above): Return again or Go turns."));
        m_problemLabel->setVisible(true);
        return;
    }
    submitTarget();
}

void RotatorPanel::submitTarget()
{
    const auto bearing = requestedBearing();
    if (bearing)
        emit turnRequested(*bearing);
}

bool RotatorPanel::isLongPath() const
{
    return !isElevation() && m_longPathBox->isChecked();
}

void RotatorPanel::setLongPath(bool longPath)
{
    if (!isElevation())
        m_longPathBox->setChecked(longPath);
}

void RotatorPanel::toggleLongPath()
{
    if (!isElevation())
        m_longPathBox->toggle();
}

void RotatorPanel::focusTargetEntry()
{
    m_targetEdit->setFocus(Qt::ShortcutFocusReason);
    m_targetEdit->selectAll();
}

void RotatorPanel::startTargetEntry()
{
    m_targetEdit->clear();
    m_targetEdit->setFocus(Qt::ShortcutFocusReason);
}
