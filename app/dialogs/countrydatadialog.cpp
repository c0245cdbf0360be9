// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrydatadialog.h"

#include "countrydata.h"
#include "fieldproblem.h"
#include "palette.h"

#include "dxcc/countryfiles.h"
#include "settings/settingsvalidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString defaultUrl()
{
    return dxcc::defaultCountryFileUrl().toString();
}
} // namespace

CountryDataDialog::CountryDataDialog(CountryData *countries, const QString &url, QWidget *parent)
    : QDialog(parent)
    , m_data(countries)
    , m_configuredUrl(url)
{
    setWindowTitle(tr("Country Data"));

    m_inUse = new QLabel(this);
    m_inUse->setObjectName(QStringLiteral("countryDataInUse"));
    m_inUse->setWordWrap(true);
    m_url = new QLineEdit(url.isEmpty() ? defaultUrl() : url, this);
    m_url->setObjectName(QStringLiteral("countryUrlEdit"));
    m_url->setToolTip(tr("Where a fresh cty.dat is downloaded from (http or https)"));
    m_urlProblem = new FieldProblem(m_url, this);
    auto *resetUrl = new QPushButton(tr("Default"), this);
    resetUrl->setObjectName(QStringLiteral("defaultUrlButton"));
    resetUrl->setToolTip(tr("The country-files site's current file: %1").arg(defaultUrl()));
    resetUrl->setAutoDefault(false);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(resetUrl);

    m_update = new QPushButton(tr("&Update"), this);
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_cancel = new QPushButton(tr("Cancel Download"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancel->setAutoDefault(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setFormat(tr("%v of %m KiB"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_update);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("updateResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("In use:"), m_inUse);
    form->addRow(tr("&Address:"), urlRow);
    form->addRow(QString(), m_urlProblem);
    auto *hint = new QLabel(tr("The new file is checked completely before it replaces the one "
                               "in use; on any problem the old one stays."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textChanged, this, &CountryDataDialog::refreshState);
    connect(resetUrl, &QPushButton::clicked, this, [this] { m_url->setText(defaultUrl()); });
    connect(m_update, &QPushButton::clicked, this, &CountryDataDialog::startUpdate);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_data)
            m_data->cancelUpdate();
    });
    if (m_data) {
        connect(m_data, &CountryData::updateProgress, this, &CountryDataDialog::onProgress);
        connect(m_data, &CountryData::updateFinished, this, &CountryDataDialog::onFinished);
        connect(m_data, &CountryData::changed, this, &CountryDataDialog::refreshState);
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    refreshState();
    setMinimumWidth(520);
}

CountryDataDialog::~CountryDataDialog() = default;

QString CountryDataDialog::url() const
{
    const QString text = m_url->text().trimmed();
    return text == defaultUrl() ? QString() : text;
}

void CountryDataDialog::refreshState()
{
    const QString text = m_url->text().trimmed();
    const auto why = settings::downloadUrlProblem(text);
    m_urlProblem->setProblem(why ? tr("Not an http:// or https:// address.") : QString());
    m_urlProblem->setToolTip(why ? *why : QString());
    const bool updating = m_data && m_data->isUpdating();
    m_update->setEnabled(m_data && !updating && !why);
    m_cancel->setEnabled(updating);
    m_url->setReadOnly(updating);
    if (!m_data) {
        m_inUse->setText(tr("Country data is not available in this session."));
        return;
    }
    QString inUse = m_data->description();
    if (const QString problem = m_data->problemText(); !problem.isEmpty())
        inUse += QLatin1Char('\n') + problem;
    m_inUse->setText(inUse);
}

void CountryDataDialog::startUpdate()
{
    if (!m_data || m_data->isUpdating() || settings::downloadUrlProblem(m_url->text().trimmed()))
        return;
    const QString chosen = url();
    if (chosen != m_configuredUrl) {
        m_configuredUrl = chosen;
        emit urlChanged(chosen);
    }
    m_result->setText(tr("Downloading…"));
    m_result->setStyleSheet({});
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->setTextVisible(false);
    m_data->startUpdate(QUrl(m_url->text().trimmed()));
    refreshState();
}

void CountryDataDialog::onProgress(qint64 receivedBytes, qint64 totalBytes)
{
    constexpr qint64 kiB = 1024;
    if (totalBytes <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
        return;
    }
    m_progress->setRange(0, int(totalBytes / kiB));
    m_progress->setValue(int(std::min(receivedBytes, totalBytes) / kiB));
    m_progress->setTextVisible(true);
}

void CountryDataDialog::onFinished(bool ok, const QString &text)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_progress->setTextVisible(false);
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString()
                               : QStringLiteral("color: %1;").arg(palette::status::alert.name()));
    refreshState();
}
