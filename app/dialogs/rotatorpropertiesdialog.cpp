// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorpropertiesdialog.h"

#include "devicehttp/devicehttplink.h"
#include "fieldproblem.h"

#include "cluster/spotparser.h"
#include "protocol/firmwarelimits.h"
#include "rotatorformat.h"
#include "settings/settingsvalidation.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int maxBearingDeg = 359;

QString sourceText(ValueSource source, const QString &value)
{
    switch (source) {
    case ValueSource::Device:
        return RotatorPropertiesDialog::tr("%1, from the device").arg(value);
    case ValueSource::DeviceHttp:
        return RotatorPropertiesDialog::tr("%1, from the device (HTTP)").arg(value);
    case ValueSource::User:
        return RotatorPropertiesDialog::tr("%1, your setting").arg(value);
    case ValueSource::Default:
        break;
    }
    return RotatorPropertiesDialog::tr("%1, default").arg(value);
}

QString degrees(int deg)
{
    return RotatorPropertiesDialog::tr("%1°").arg(deg);
}

QSpinBox *degreeSpin(int min, int max, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setSuffix(RotatorPropertiesDialog::tr("°"));
    spin->setAccelerated(true);
    return spin;
}

} // namespace

RotatorPropertiesDialog::RotatorPropertiesDialog(const RotatorSettings &settings,
                                                 const RotatorState &state, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_state(state)
{
    buildUi();

    m_label->setText(settings.label);
    m_colour->setText(settings.colour);
    const auto setOptional
        = [](QCheckBox *box, QSpinBox *spin, std::optional<int> value, int fallback) {
              box->setChecked(value.has_value());
              spin->setValue(value.value_or(fallback));
              spin->setEnabled(value.has_value());
          };
    setOptional(m_rangeSet, m_range, settings.maxRotateDeg, state.maxRotateDeg);
    setOptional(m_beamSet, m_beam, settings.beamWidthDeg, state.beamWidthDeg);
    setOptional(m_startSet, m_start, settings.startAzimuthOverrideDeg, state.startAzimuthDeg);
    setOptional(m_parkSet, m_park, settings.parkBearingDeg, 0);
    setOptional(m_autoParkSet, m_autoPark, settings.autoParkAfterMin, 30);
    m_bidirectional->setChecked(settings.bidirectional.value_or(false));
    m_trackDeadBand->setValue(
        settings.trackDeadBandDeg.value_or(RotatorSettings::defaultTrackDeadBandDeg));
    m_trackInterval->setValue(
        settings.trackIntervalSec.value_or(RotatorSettings::defaultTrackIntervalSec));
    m_trackStartElevation->setValue(
        settings.trackStartElevationDeg.value_or(RotatorSettings::defaultTrackStartElevationDeg));
    m_trackStopElevation->setValue(
        settings.trackStopElevationDeg.value_or(RotatorSettings::defaultTrackStopElevationDeg));
    m_elevationSet->setChecked(settings.elevationMode.has_value());
    m_elevation->setChecked(settings.elevationMode.value_or(state.elevationMode));
    m_elevation->setEnabled(settings.elevationMode.has_value());

    m_useHttp->setChecked(settings.useHttp);
    m_httpPort->setValue(settings.httpPort.value_or(RotatorSettings::defaultHttpPort));

    for (const RotatorPreset &preset : settings.presets) {
        const int row = m_presets->rowCount();
        m_presets->insertRow(row);
        m_presets->setItem(row, PresetLabelColumn, new QTableWidgetItem(preset.label));
        m_presets->setItem(row, PresetBearingColumn,
                           new QTableWidgetItem(QString::number(preset.bearingDeg)));
    }

    updateColourSwatch();
    updateSources();

    // As big as the filled-in content wants (the "in use" texts are set just above), but never
    // taller than the screen: the rest scrolls.
    const auto *scroll = findChild<QScrollArea *>(QStringLiteral("propertiesScroll"));
    const QScreen *screen
        = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const int availableHeight = screen ? screen->availableGeometry().height() : 600;
    const QSize wanted = scroll->widget()->sizeHint();
    resize(wanted.width() + scroll->verticalScrollBar()->sizeHint().width() + 40,
           std::min(wanted.height() + m_buttons->sizeHint().height() + 40, availableHeight - 60));
    updateHttp();
    revalidate();
}

RotatorPropertiesDialog::~RotatorPropertiesDialog() = default;

void RotatorPropertiesDialog::buildUi()
{
    const QString name = m_settings.label.isEmpty() ? rotatorformat::addressText(m_settings.address)
                                                    : m_settings.label;
    setWindowTitle(tr("Rotator %1").arg(name));

    auto *identity = new QLabel(
        tr("<b>%1</b> on broker %2")
            .arg(rotatorformat::addressText(m_settings.address).toHtmlEscaped(),
                 m_settings.brokerName.isEmpty() ? tr("(none)")
                                                 : m_settings.brokerName.toHtmlEscaped()),
        this);

    // Name and colour.
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(rotatorformat::addressText(m_settings.address));
    m_colour = new QLineEdit(this);
    m_colour->setObjectName(QStringLiteral("colourEdit"));
    m_colour->setPlaceholderText(tr("automatic"));
    m_colour->setMaxLength(7);
    m_colourButton = new QPushButton(this);
    m_colourButton->setObjectName(QStringLiteral("colourButton"));
    m_colourButton->setToolTip(tr("Choose a colour"));
    m_colourButton->setFixedWidth(m_colourButton->sizeHint().height() * 2);
    m_colourProblem = new FieldProblem(m_colour, this);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_colour, 1);
    auto *general = new QFormLayout;
    general->addRow(tr("&Label:"), m_label);
    auto *colourLabel = new QLabel(tr("&Colour:"), this);
    colourLabel->setBuddy(m_colour);
    general->addRow(colourLabel, colourRow);
    general->addRow(QString(), m_colourProblem);

    // Values the device may publish itself: a checkbox says "use my value", a label says where
    // the value in use comes from.
    auto *antenna = new QGroupBox(tr("Antenna and rotation"), this);
    auto *grid = new QGridLayout(antenna);
    const auto makeSource = [this] {
        auto *label = new QLabel(this);
        label->setEnabled(false); // secondary text
        return label;
    };
    m_rangeSet = new QCheckBox(tr("&Range:"), antenna);
    m_rangeSet->setObjectName(QStringLiteral("rangeBox"));
    m_rangeSet->setToolTip(tr("Used when the device does not publish MaxRotateDegree"));
    m_range = degreeSpin(protocol::minRotateRangeDeg, protocol::maxRotateRangeDeg, antenna);
    m_range->setObjectName(QStringLiteral("rangeSpin"));
    m_rangeSource = makeSource();
    auto *inUse = new QLabel(tr("In use now"), antenna);
    inUse->setEnabled(false);
    m_beamSet = new QCheckBox(tr("&Beam width:"), antenna);
    m_beamSet->setObjectName(QStringLiteral("beamBox"));
    m_beamSet->setToolTip(tr("Used when the device does not publish AntRadiationAngle"));
    m_beam = degreeSpin(protocol::minBeamWidthDeg, protocol::maxBeamWidthDeg, antenna);
    m_beam->setObjectName(QStringLiteral("beamSpin"));
    m_beamSource = makeSource();
    m_startSet = new QCheckBox(tr("&Start azimuth override:"), antenna);
    m_startSet->setObjectName(QStringLiteral("startOverrideBox"));
    m_startSet->setToolTip(tr("Compass bearing of the counter-clockwise end stop; when set it "
                              "wins over the device's StartAzimuth"));
    m_start = degreeSpin(protocol::minStartAzimuthDeg, protocol::maxStartAzimuthDeg, antenna);
    m_start->setObjectName(QStringLiteral("startOverrideSpin"));
    m_startSource = makeSource();
    m_elevationSet = new QCheckBox(tr("&Elevation mode:"), antenna);
    m_elevationSet->setObjectName(QStringLiteral("elevationSetBox"));
    m_elevationSet->setToolTip(tr("Used when the device does not publish ElevationEnable"));
    m_elevation = new QCheckBox(tr("elevation rotator"), antenna);
    m_elevation->setObjectName(QStringLiteral("elevationBox"));
    m_elevationSource = makeSource();
    m_parkSet = new QCheckBox(tr("&Park bearing:"), antenna);
    m_parkSet->setObjectName(QStringLiteral("parkBox"));
    m_park = degreeSpin(0, maxBearingDeg, antenna);
    m_park->setObjectName(QStringLiteral("parkSpin"));
    m_autoParkSet = new QCheckBox(tr("A&uto-park after:"), antenna);
    m_autoParkSet->setObjectName(QStringLiteral("autoParkBox"));
    m_autoParkSet->setToolTip(tr("Turn to the park bearing after this long without a command. "
                                 "Never while the broker is down or the rotator is silent; "
                                 "you are told a minute before."));
    m_autoPark = new QSpinBox(antenna);
    m_autoPark->setObjectName(QStringLiteral("autoParkSpin"));
    m_autoPark->setRange(1, autoParkMaxMin);
    m_autoPark->setSuffix(tr(" min"));
    m_bidirectional = new QCheckBox(tr("B&idirectional antenna (both ends radiate)"), antenna);
    m_bidirectional->setObjectName(QStringLiteral("bidirectionalBox"));
    m_bidirectional->setToolTip(
        tr("A rotatable dipole or a wire beam: a turn points whichever end is nearer"));
    grid->addWidget(inUse, 0, 2);
    int row = 1;
    for (auto [box, field, source] :
         {std::tuple<QCheckBox *, QWidget *, QLabel *> {m_rangeSet, m_range, m_rangeSource},
          {m_beamSet, m_beam, m_beamSource},
          {m_startSet, m_start, m_startSource},
          {m_elevationSet, m_elevation, m_elevationSource},
          {m_parkSet, m_park, nullptr},
          {m_autoParkSet, m_autoPark, nullptr}}) {
        grid->addWidget(box, row, 0);
        grid->addWidget(field, row, 1);
        if (source)
            grid->addWidget(source, row, 2);
        ++row;
    }
    grid->addWidget(m_bidirectional, row, 0, 1, 3);
    grid->setColumnStretch(2, 1);

    // Tracking a moving target (Rotator ▸ Track).
    auto *trackingBox = new QGroupBox(tr("Tracking"), this);
    trackingBox->setObjectName(QStringLiteral("trackingBox"));
    auto *trackingForm = new QFormLayout(trackingBox);
    m_trackDeadBand = degreeSpin(RotatorSettings::minTrackDeadBandDeg,
                                 RotatorSettings::maxTrackDeadBandDeg, trackingBox);
    m_trackDeadBand->setObjectName(QStringLiteral("trackDeadBandSpin"));
    m_trackDeadBand->setToolTip(tr("A new command only when the target has moved this far"));
    m_trackInterval = new QSpinBox(trackingBox);
    m_trackInterval->setObjectName(QStringLiteral("trackIntervalSpin"));
    m_trackInterval->setRange(RotatorSettings::minTrackIntervalSec,
                              RotatorSettings::maxTrackIntervalSec);
    m_trackInterval->setSuffix(tr(" s"));
    m_trackInterval->setToolTip(
        tr("At least this long between two commands (the unit takes one a second)"));
    const auto elevationSpin = [trackingBox](const char *objectName) {
        auto *spin = new QDoubleSpinBox(trackingBox);
        spin->setObjectName(QLatin1String(objectName));
        spin->setRange(RotatorSettings::minTrackElevationDeg,
                       RotatorSettings::maxTrackElevationDeg);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr("°"));
        return spin;
    };
    m_trackStartElevation = elevationSpin("trackStartElevationSpin");
    m_trackStartElevation->setToolTip(tr("Following starts once the target is this high"));
    m_trackStopElevation = elevationSpin("trackStopElevationSpin");
    m_trackStopElevation->setToolTip(
        tr("Following ends when the target sinks below this (your horizon)"));
    m_trackProblem = new FieldProblem(m_trackStopElevation, trackingBox);
    trackingForm->addRow(tr("&Dead band:"), m_trackDeadBand);
    trackingForm->addRow(tr("Minimum i&nterval:"), m_trackInterval);
    trackingForm->addRow(tr("S&tart elevation:"), m_trackStartElevation);
    trackingForm->addRow(tr("Stop ele&vation:"), m_trackStopElevation);
    trackingForm->addRow(QString(), m_trackProblem);

    // Presets.
    auto *presetsBox = new QGroupBox(tr("Presets"), this);
    m_presets = new QTableWidget(0, 2, presetsBox);
    m_presets->setObjectName(QStringLiteral("presetTable"));
    m_presets->setHorizontalHeaderLabels({tr("Label"), tr("Bearing (°)")});
    m_presets->horizontalHeader()->setSectionResizeMode(PresetLabelColumn, QHeaderView::Stretch);
    m_presets->horizontalHeader()->setSectionResizeMode(PresetBearingColumn,
                                                        QHeaderView::ResizeToContents);
    m_presets->verticalHeader()->setVisible(false);
    m_presets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_presets->setMinimumHeight(120);
    m_presetProblem = new FieldProblem(m_presets, presetsBox);
    auto *addPresetButton = new QPushButton(tr("&Add"), presetsBox);
    auto *removePresetButton = new QPushButton(tr("Re&move"), presetsBox);
    auto *presetButtons = new QHBoxLayout;
    presetButtons->addWidget(addPresetButton);
    presetButtons->addWidget(removePresetButton);
    presetButtons->addStretch(1);
    auto *presetLayout = new QVBoxLayout(presetsBox);
    presetLayout->addWidget(m_presets);
    presetLayout->addWidget(m_presetProblem);
    presetLayout->addLayout(presetButtons);

    // Bands: a DX spot on one of them turns this rotator (when no other serves it too).
    auto *bandsBox = new QGroupBox(tr("Bands the antenna serves"), this);
    bandsBox->setObjectName(QStringLiteral("bandsBox"));
    bandsBox->setToolTip(tr("A DX spot on a band turns the one rotator that serves it, else the "
                            "selected one."));
    auto *bandGrid = new QGridLayout(bandsBox);
    constexpr int bandColumns = 7;
    for (const QString &band : cluster::bandNames()) {
        auto *box = new QCheckBox(band, bandsBox);
        box->setObjectName(QStringLiteral("band_") + band);
        box->setChecked(m_settings.bands.contains(band));
        bandGrid->addWidget(box, int(m_bandBoxes.size()) / bandColumns,
                            int(m_bandBoxes.size()) % bandColumns);
        m_bandBoxes.append(box);
    }
    // The name N1MM Logger+ turns it by (its Antennas tab), next to the bands it follows.
    m_n1mmName = new QLineEdit(m_settings.n1mmName, bandsBox);
    m_n1mmName->setObjectName(QStringLiteral("n1mmNameEdit"));
    m_n1mmName->setMaxLength(settings::n1mmNameMaxLength);
    m_n1mmName->setPlaceholderText(tr("automatic: the device name, made unique"));
    m_n1mmName->setToolTip(tr("The rotor name in N1MM Logger+'s Antennas tab (Settings ▸ "
                              "Interop shows the name each rotator answers to)."));
    m_n1mmNameProblem = new FieldProblem(m_n1mmName, bandsBox);
    auto *n1mmRow = new QFormLayout;
    n1mmRow->addRow(tr("N1MM &name:"), m_n1mmName);
    n1mmRow->addRow(QString(), m_n1mmNameProblem);
    bandGrid->addLayout(n1mmRow, int(m_bandBoxes.size() + bandColumns - 1) / bandColumns, 0, 1,
                        bandColumns);
    connect(m_n1mmName, &QLineEdit::textChanged, this, &RotatorPropertiesDialog::revalidate);
    // The device's HTTP side: reads what MQTT does not tell, and the SPEED setting.
    auto *httpBox = new QGroupBox(tr("Device web interface (HTTP)"), this);
    auto *httpForm = new QFormLayout(httpBox);
    m_useHttp = new QCheckBox(tr("&Read range and beam width from the unit's HTTP side"), httpBox);
    m_useHttp->setObjectName(QStringLiteral("useHttpBox"));
    m_useHttp->setToolTip(tr("At the address the unit publishes on ip. Never used for turning."));
    m_httpPort = new QSpinBox(httpBox);
    m_httpPort->setObjectName(QStringLiteral("httpPortSpin"));
    m_httpPort->setRange(RotatorSettings::minHttpPort, RotatorSettings::maxHttpPort);
    m_httpPort->setToolTip(tr("The unit serves its web page on port 88"));
    m_httpPassword = new QLineEdit(httpBox);
    m_httpPassword->setObjectName(QStringLiteral("httpPasswordEdit"));
    m_httpPassword->setEchoMode(QLineEdit::Password);
    m_httpPassword->setPlaceholderText(tr("none"));
    m_httpPassword->setToolTip(tr("The password of the unit's web page (user admin); kept in "
                                  "the keyring"));
    m_httpStatus = new QLabel(httpBox);
    m_httpStatus->setObjectName(QStringLiteral("httpStatusLabel"));
    m_httpStatus->setWordWrap(true);
    m_speed = new QSpinBox(httpBox);
    m_speed->setObjectName(QStringLiteral("speedSpin"));
    m_speed->setRange(DeviceHttpClient::minPwmMaxDuty, DeviceHttpClient::maxPwmMaxDuty);
    m_speed->setSingleStep(5);
    m_speedButton = new QPushButton(tr("Set SPEED"), httpBox);
    m_speedButton->setObjectName(QStringLiteral("speedSetButton"));
    m_speedButton->setToolTip(tr("Sent to the unit now (maximum PWM duty 40–255)"));
    m_speedResult = new QLabel(httpBox);
    m_speedResult->setObjectName(QStringLiteral("speedResultLabel"));
    auto *speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speed);
    speedRow->addWidget(m_speedButton);
    speedRow->addWidget(m_speedResult, 1);
    httpForm->addRow(m_useHttp);
    httpForm->addRow(tr("P&ort:"), m_httpPort);
    httpForm->addRow(tr("Pass&word:"), m_httpPassword);
    httpForm->addRow(tr("State:"), m_httpStatus);
    httpForm->addRow(tr("SPEED:"), speedRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    // Everything but OK/Cancel scrolls, so the dialog fits a small screen; the buttons stay.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(identity);
    contentLayout->addLayout(general);
    contentLayout->addWidget(antenna);
    contentLayout->addWidget(trackingBox);
    contentLayout->addWidget(bandsBox);
    contentLayout->addWidget(httpBox);
    contentLayout->addWidget(presetsBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("propertiesScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_colour, &QLineEdit::textChanged, this, [this] {
        updateColourSwatch();
        revalidate();
    });
    connect(m_colourButton, &QPushButton::clicked, this, &RotatorPropertiesDialog::pickColour);
    for (auto [box, field] : {std::pair<QCheckBox *, QWidget *> {m_rangeSet, m_range},
                              {m_beamSet, m_beam},
                              {m_startSet, m_start},
                              {m_elevationSet, m_elevation},
                              {m_parkSet, m_park},
                              {m_autoParkSet, m_autoPark}})
        connect(box, &QCheckBox::toggled, field, &QWidget::setEnabled);
    connect(m_presets, &QTableWidget::itemChanged, this, &RotatorPropertiesDialog::revalidate);
    for (QDoubleSpinBox *spin : {m_trackStartElevation, m_trackStopElevation})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RotatorPropertiesDialog::revalidate);
    connect(m_useHttp, &QCheckBox::toggled, m_httpPort, &QWidget::setEnabled);
    connect(m_useHttp, &QCheckBox::toggled, m_httpPassword, &QWidget::setEnabled);
    connect(m_httpPassword, &QLineEdit::textEdited, this, [this] { m_httpPasswordEdited = true; });
    connect(m_speedButton, &QPushButton::clicked, this, [this] {
        if (m_httpLink)
            m_httpLink->setSpeed(m_speed->value());
    });
    connect(addPresetButton, &QPushButton::clicked, this, &RotatorPropertiesDialog::addPreset);
    connect(removePresetButton, &QPushButton::clicked, this,
            &RotatorPropertiesDialog::removePreset);
    setMinimumWidth(520);
}

RotatorSettings RotatorPropertiesDialog::settings() const
{
    RotatorSettings out = m_settings;
    out.label = m_label->text().trimmed();
    out.colour = m_colour->text().trimmed().toLower();
    const auto optional = [](const QCheckBox *box, const QSpinBox *spin) {
        return box->isChecked() ? std::optional<int>(spin->value()) : std::nullopt;
    };
    out.maxRotateDeg = optional(m_rangeSet, m_range);
    out.beamWidthDeg = optional(m_beamSet, m_beam);
    out.startAzimuthOverrideDeg = optional(m_startSet, m_start);
    out.parkBearingDeg = optional(m_parkSet, m_park);
    out.autoParkAfterMin = optional(m_autoParkSet, m_autoPark);
    out.bidirectional = m_bidirectional->isChecked() ? std::optional<bool>(true) : std::nullopt;
    // The defaults stay unset, so that a later change of a default reaches them.
    const auto unlessDefault = [](auto value, auto defaultValue) {
        return value == defaultValue ? std::nullopt : std::optional<decltype(value)>(value);
    };
    out.trackDeadBandDeg
        = unlessDefault(m_trackDeadBand->value(), RotatorSettings::defaultTrackDeadBandDeg);
    out.trackIntervalSec
        = unlessDefault(m_trackInterval->value(), RotatorSettings::defaultTrackIntervalSec);
    out.trackStartElevationDeg = unlessDefault(m_trackStartElevation->value(),
                                               RotatorSettings::defaultTrackStartElevationDeg);
    out.trackStopElevationDeg = unlessDefault(m_trackStopElevation->value(),
                                              RotatorSettings::defaultTrackStopElevationDeg);
    out.elevationMode = m_elevationSet->isChecked() ? std::optional<bool>(m_elevation->isChecked())
                                                    : std::nullopt;
    out.bands.clear();
    for (const QCheckBox *box : m_bandBoxes) {
        if (box->isChecked())
            out.bands.append(box->objectName().mid(int(qstrlen("band_"))));
    }
    out.n1mmName = m_n1mmName->text().trimmed();
    out.useHttp = m_useHttp->isChecked();
    out.httpPort = m_httpPort->value() == RotatorSettings::defaultHttpPort
        ? std::nullopt
        : std::optional<int>(m_httpPort->value());
    if (m_httpPasswordEdited)
        out.httpLogin = !m_httpPassword->text().isEmpty();
    out.presets.clear();
    for (int row = 0; row < m_presets->rowCount(); ++row) {
        const QTableWidgetItem *label = m_presets->item(row, PresetLabelColumn);
        const QTableWidgetItem *bearing = m_presets->item(row, PresetBearingColumn);
        out.presets.append({label ? label->text().trimmed() : QString(),
                            bearing ? bearing->text().trimmed().toInt() : 0});
    }
    return out;
}

void RotatorPropertiesDialog::setState(const RotatorState &state)
{
    m_state = state;
    updateSources();
}

void RotatorPropertiesDialog::setHttpLink(DeviceHttpLink *link)
{
    if (m_httpLink)
        m_httpLink->disconnect(this);
    m_httpLink = link;
    if (link) {
        connect(link, &DeviceHttpLink::changed, this, &RotatorPropertiesDialog::updateHttp);
        if (!m_httpPasswordEdited)
            m_httpPassword->setText(link->password());
        if (const auto duty = link->info().pwmMaxDuty)
            m_speed->setValue(*duty);
    }
    updateHttp();
}

QString RotatorPropertiesDialog::httpPassword() const
{
    return m_httpPassword->text();
}

void RotatorPropertiesDialog::updateHttp()
{
    m_httpPort->setEnabled(m_useHttp->isChecked());
    m_httpPassword->setEnabled(m_useHttp->isChecked());
    if (!m_httpLink) {
        m_httpStatus->setText(tr("Not known"));
        m_speed->setEnabled(false);
        m_speedButton->setEnabled(false);
        m_speedResult->clear();
        return;
    }
    const DeviceHttpLink &link = *m_httpLink;
    m_httpStatus->setText(rotatorformat::httpStatusText(link));
    m_httpStatus->setToolTip(link.detail());
    const bool reachable = link.status() == DeviceHttpClient::Status::Reachable;
    const bool pwm = link.info().pwmEnabled.value_or(true);
    const bool usable
        = reachable && pwm && link.speedOutcome() != DeviceHttpLink::SpeedOutcome::Sending;
    m_speed->setEnabled(usable);
    m_speedButton->setEnabled(usable);
    m_speedResult->setText(!reachable || pwm ? rotatorformat::speedOutcomeText(link)
                                             : tr("The unit drives without PWM"));
    if (const auto duty = link.info().pwmMaxDuty; duty && !m_speed->hasFocus())
        m_speed->setValue(*duty);
}

bool RotatorPropertiesDialog::isInputValid() const
{
    return !m_colourProblem->hasProblem() && !m_presetProblem->hasProblem()
        && !m_n1mmNameProblem->hasProblem() && !m_trackProblem->hasProblem();
}

QLabel *RotatorPropertiesDialog::sourceLabel(SourceOf what) const
{
    switch (what) {
    case SourceOf::Range:
        return m_rangeSource;
    case SourceOf::BeamWidth:
        return m_beamSource;
    case SourceOf::StartAzimuth:
        return m_startSource;
    case SourceOf::Elevation:
        return m_elevationSource;
    }
    return nullptr;
}

QPushButton *RotatorPropertiesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RotatorPropertiesDialog::presetProblem() const
{
    for (int row = 0; row < m_presets->rowCount(); ++row) {
        const QTableWidgetItem *label = m_presets->item(row, PresetLabelColumn);
        if (!label || label->text().trimmed().isEmpty())
            return tr("Preset %1 has no label.").arg(row + 1);
        const QTableWidgetItem *bearing = m_presets->item(row, PresetBearingColumn);
        bool ok = false;
        const int deg = bearing ? bearing->text().trimmed().toInt(&ok) : 0;
        if (!ok || deg < 0 || deg > maxBearingDeg)
            return tr("Preset %1: the bearing must be a whole number from 0 to 359.").arg(row + 1);
    }
    return {};
}

void RotatorPropertiesDialog::revalidate()
{
    const QString colour = m_colour->text().trimmed();
    const auto colourWhy = colour.isEmpty() ? std::nullopt : settings::colourProblem(colour);
    m_colourProblem->setProblem(
        colourWhy ? tr("Not a colour: write #rrggbb (e.g. #ff8000), or leave it empty.")
                  : QString());
    m_presetProblem->setProblem(presetProblem());
    m_n1mmNameProblem->setProblem(
        settings::n1mmNameProblem(m_n1mmName->text().trimmed())
            ? tr("An N1MM name has at most %1 printable characters and no @, <, > or &.")
                  .arg(settings::n1mmNameMaxLength)
            : QString());
    m_trackProblem->setProblem(m_trackStopElevation->value() > m_trackStartElevation->value()
                                   ? tr("The stop elevation must not be above the start elevation.")
                                   : QString());
    okButton()->setEnabled(isInputValid());
}

void RotatorPropertiesDialog::updateSources()
{
    m_rangeSource->setText(sourceText(m_state.maxRotateSource, degrees(m_state.maxRotateDeg)));
    m_beamSource->setText(sourceText(m_state.beamWidthSource, degrees(m_state.beamWidthDeg)));
    m_startSource->setText(
        sourceText(m_state.startAzimuthSource, degrees(m_state.startAzimuthDeg)));
    m_elevationSource->setText(
        sourceText(m_state.elevationSource, m_state.elevationMode ? tr("on") : tr("off")));
}

void RotatorPropertiesDialog::updateColourSwatch()
{
    const QString colour = m_colour->text().trimmed();
    const bool valid = !colour.isEmpty() && !settings::colourProblem(colour);
    // A flat swatch; a diagonal hatch stands for "automatic / not valid yet".
    m_colourButton->setStyleSheet(
        valid
            ? QStringLiteral("QPushButton { background-color: %1; border: 1px solid palette(mid); "
                             "border-radius: 3px; }")
                  .arg(colour)
            : QStringLiteral("QPushButton { background: qlineargradient(x1:0, y1:0, x2:1, y2:1, "
                             "stop:0 palette(base), stop:0.45 palette(base), stop:0.5 "
                             "palette(mid), stop:0.55 palette(base), stop:1 palette(base)); "
                             "border: 1px solid palette(mid); border-radius: 3px; }"));
}

void RotatorPropertiesDialog::pickColour()
{
    const QString current = m_colour->text().trimmed();
    auto *dialog = new QColorDialog(
        settings::colourProblem(current) ? QColor(Qt::red) : QColor::fromString(current), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour of %1").arg(rotatorformat::addressText(m_settings.address)));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { m_colour->setText(colour.name(QColor::HexRgb)); });
    // Not modal: a modal picker would block the main window's stops too.
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
}

void RotatorPropertiesDialog::addPreset()
{
    const int row = m_presets->rowCount();
    {
        const QSignalBlocker blocker(m_presets);
        m_presets->insertRow(row);
        m_presets->setItem(row, PresetLabelColumn,
                           new QTableWidgetItem(tr("Preset %1").arg(row + 1)));
        m_presets->setItem(row, PresetBearingColumn, new QTableWidgetItem(QStringLiteral("0")));
    }
    m_presets->setCurrentCell(row, PresetLabelColumn);
    m_presets->editItem(m_presets->item(row, PresetLabelColumn));
    revalidate();
}

void RotatorPropertiesDialog::removePreset()
{
    const int row = m_presets->currentRow();
    if (row < 0)
        return;
    m_presets->removeRow(row);
    revalidate();
}
