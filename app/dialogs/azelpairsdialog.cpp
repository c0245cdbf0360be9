// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpairsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

AzElPairsDialog::AzElPairsDialog(const QList<RotatorSettings> &rotators,
                                 const QList<AzElPairSettings> &pairs, QWidget *parent)
    : QDialog(parent)
    , m_rotators(rotators)
    , m_pairs(pairs)
{
    setObjectName(QStringLiteral("azElPairsDialog"));
    setWindowTitle(tr("Az/El Pairs"));
    setWindowModality(Qt::NonModal);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An azimuth unit and an elevation-only unit turned as one "
                                "antenna, for satellites and EME."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pairs"));
    layout->addWidget(m_list);
    m_unpair = new QPushButton(tr("&Unpair"), this);
    m_unpair->setObjectName(QStringLiteral("unpair"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_unpair);
    layout->addLayout(listButtons);

    auto *form = new QFormLayout;
    m_azimuth = new QComboBox(this);
    m_azimuth->setObjectName(QStringLiteral("azimuth"));
    form->addRow(tr("&Azimuth unit:"), m_azimuth);
    m_elevation = new QComboBox(this);
    m_elevation->setObjectName(QStringLiteral("elevation"));
    form->addRow(tr("&Elevation unit:"), m_elevation);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("optional, e.g. 2 m EME"));
    form->addRow(tr("&Label:"), m_label);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_pair = new QPushButton(tr("&Pair"), this);
    m_pair->setObjectName(QStringLiteral("pair"));
    auto *pairButtons = new QHBoxLayout;
    pairButtons->addStretch();
    pairButtons->addWidget(m_pair);
    layout->addLayout(pairButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unpair->setEnabled(row >= 0); });
    connect(m_unpair, &QPushButton::clicked, this, &AzElPairsDialog::unpair);
    connect(m_pair, &QPushButton::clicked, this, &AzElPairsDialog::pair);
    connect(m_azimuth, &QComboBox::currentIndexChanged, this, &AzElPairsDialog::fillElevationUnits);
    refill();
}

AzElPairsDialog::~AzElPairsDialog() = default;

bool AzElPairsDialog::inAPair(const RotatorSettings &rotator) const
{
    return std::any_of(m_pairs.cbegin(), m_pairs.cend(), [&](const AzElPairSettings &p) {
        return p.brokerName == rotator.brokerName
            && (p.azimuth == rotator.address || p.elevation == rotator.address);
    });
}

QString AzElPairsDialog::unitText(const QString &brokerName, const RotatorAddress &address) const
{
    for (const RotatorSettings &r : m_rotators) {
        if (r.brokerName == brokerName && r.address == address && !r.label.trimmed().isEmpty())
            return tr("%1 (%2)").arg(r.label.trimmed(), address.toString());
    }
    return address.toString();
}

void AzElPairsDialog::refill()
{
    m_list->clear();
    for (const AzElPairSettings &p : std::as_const(m_pairs)) {
        const QString units = tr("%1 + %2").arg(unitText(p.brokerName, p.azimuth),
                                                unitText(p.brokerName, p.elevation));
        m_list->addItem(p.label.isEmpty() ? units : tr("%1: %2").arg(p.label, units));
    }
    m_unpair->setEnabled(false);

    m_azimuth->clear();
    for (qsizetype i = 0; i < m_rotators.size(); ++i) {
        const RotatorSettings &r = m_rotators.at(i);
        // Elevation-only units are never azimuth units.
        if (!inAPair(r) && !r.elevationMode.value_or(false))
            m_azimuth->addItem(unitText(r.brokerName, r.address), int(i));
    }
    fillElevationUnits();
}

void AzElPairsDialog::fillElevationUnits()
{
    m_elevation->clear();
    const int az = m_azimuth->currentData().isValid() ? m_azimuth->currentData().toInt() : -1;
    if (az >= 0) {
        const RotatorSettings &azimuth = m_rotators.at(az);
        // Units set to elevation-only mode first, then the others (the device may say so).
        for (const bool elevationFirst : {true, false}) {
            for (qsizetype i = 0; i < m_rotators.size(); ++i) {
                const RotatorSettings &r = m_rotators.at(i);
                if (i == az || r.brokerName != azimuth.brokerName || inAPair(r)
                    || r.elevationMode.value_or(false) != elevationFirst)
                    continue;
                m_elevation->addItem(unitText(r.brokerName, r.address), int(i));
            }
        }
    }
    const bool possible = m_elevation->count() > 0;
    m_pair->setEnabled(possible);
    m_hint->setText(possible ? QString()
                             : tr("Two unpaired rotators on one broker are needed for a pair."));
    m_hint->setVisible(!possible);
}

void AzElPairsDialog::pair()
{
    const QVariant az = m_azimuth->currentData();
    const QVariant el = m_elevation->currentData();
    if (!az.isValid() || !el.isValid())
        return;
    const RotatorSettings &azimuth = m_rotators.at(az.toInt());
    const RotatorSettings &elevation = m_rotators.at(el.toInt());
    m_pairs.append(
        {azimuth.brokerName, azimuth.address, elevation.address, m_label->text().trimmed()});
    m_label->clear();
    refill();
}

void AzElPairsDialog::unpair()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    m_pairs.removeAt(row);
    refill();
}
