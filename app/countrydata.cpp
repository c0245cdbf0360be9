// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrydata.h"

#include <QLocale>

CountryData::CountryData(QString systemPath, QString userPath, QObject *parent)
    : QObject(parent)
    , m_systemPath(std::move(systemPath))
    , m_userPath(std::move(userPath))
{
}

CountryData::~CountryData() = default;

void CountryData::load()
{
    m_loaded = dxcc::loadCountryData(m_systemPath, m_userPath);
    emit changed();
}

QString CountryData::description() const
{
    if (m_loaded.source == dxcc::CountryFileSource::None)
        return tr("No country data: callsigns cannot be looked up. Install the hamradio-files "
                  "package.");
    const QString version = m_loaded.database.version();
    QString when = version;
    if (const QDate date = QDate::fromString(version, QStringLiteral("yyyyMMdd")); date.isValid())
        when = QLocale().toString(date, QLocale::ShortFormat);
    const QString copy = m_loaded.source == dxcc::CountryFileSource::User ? tr("your updated copy")
                                                                          : tr("system copy");
    return tr("Country data %1 (%2, %n entities)", nullptr, int(m_loaded.database.entityCount()))
        .arg(when.isEmpty() ? tr("of unknown date") : when, copy);
}

QString CountryData::problemText() const
{
    if (m_loaded.skippedError.code == dxcc::CtyError::None)
        return {};
    return tr("%1 was not used: %2").arg(m_loaded.skippedPath, errorText(m_loaded.skippedError));
}

QString CountryData::errorText(const dxcc::CtyParseError &error)
{
    using dxcc::CtyError;
    QString what;
    switch (error.code) {
    case CtyError::None:
        return {};
    case CtyError::Empty:
        return tr("the file lists no country.");
    case CtyError::Unreadable:
        return tr("the file cannot be read.");
    case CtyError::TooLarge:
        return tr("the file is far larger than a country file.");
    case CtyError::NotText:
        what = tr("not text");
        break;
    case CtyError::BadHeader:
        what = tr("a country line without its eight fields");
        break;
    case CtyError::BadName:
        what = tr("a country without a name");
        break;
    case CtyError::BadCqZone:
        what = tr("a CQ zone outside 1–40");
        break;
    case CtyError::BadItuZone:
        what = tr("an ITU zone outside 1–90");
        break;
    case CtyError::BadContinent:
        what = tr("an unknown continent");
        break;
    case CtyError::BadLatitude:
        what = tr("a latitude outside −90…90");
        break;
    case CtyError::BadLongitude:
        what = tr("a longitude outside −180…180");
        break;
    case CtyError::BadUtcOffset:
        what = tr("a UTC offset outside −24…24 h");
        break;
    case CtyError::BadPrimaryPrefix:
        what = tr("a prefix a callsign cannot have");
        break;
    case CtyError::BadAlias:
        what = tr("a callsign or prefix with characters a callsign cannot have");
        break;
    case CtyError::BadOverride:
        what = tr("a malformed zone, position, continent or offset override");
        break;
    case CtyError::UnterminatedEntity:
        what = tr("the file ends inside a country's prefix list");
        break;
    }
    if (error.token.isEmpty())
        return tr("line %1: %2.").arg(error.line).arg(what);
    return tr("line %1: %2 (“%3”).").arg(error.line).arg(what, error.token.left(40));
}

void CountryData::startUpdate(const QUrl &url)
{
    if (isUpdating())
        return;
    m_updater = std::make_unique<dxcc::CountryFileUpdater>(m_userPath);
    m_updater->setUrl(url);
    connect(m_updater.get(), &dxcc::CountryFileUpdater::progressChanged, this,
            &CountryData::updateProgress);
    connect(m_updater.get(), &dxcc::CountryFileUpdater::finished, this,
            &CountryData::onUpdateFinished);
    m_updater->start();
}

void CountryData::cancelUpdate()
{
    if (isUpdating())
        m_updater->cancel();
}

bool CountryData::isUpdating() const
{
    return m_updater && m_updater->isRunning();
}

void CountryData::onUpdateFinished(dxcc::CountryFileUpdater::Result result)
{
    using Result = dxcc::CountryFileUpdater::Result;
    const dxcc::CountryFileUpdater &updater = *m_updater;
    const QString kept = tr("The country data in use stays as it was.");
    QString text;
    bool ok = false;
    switch (result) {
    case Result::Updated:
        ok = true;
        m_loaded.database = updater.database();
        m_loaded.source = dxcc::CountryFileSource::User;
        m_loaded.path = updater.targetPath();
        m_loaded.skippedError = {};
        m_loaded.skippedPath.clear();
        text = tr("Country data updated: %1.").arg(description());
        break;
    case Result::Busy:
        return; // the running update reports
    case Result::NetworkError:
        text = tr("The country data could not be downloaded from %1 (network error %2). %3")
                   .arg(updater.url().toDisplayString())
                   .arg(int(updater.networkError()))
                   .arg(kept);
        break;
    case Result::HttpError:
        text = tr("The server at %1 answered with HTTP status %2. %3")
                   .arg(updater.url().toDisplayString())
                   .arg(updater.httpStatus())
                   .arg(kept);
        break;
    case Result::TooLarge:
        text = tr("The download was far larger than a country file and was stopped. %1").arg(kept);
        break;
    case Result::Invalid:
        text = tr("The downloaded file is damaged (%1) %2")
                   .arg(errorText(updater.parseError()), kept);
        break;
    case Result::TooFewEntities:
        text = tr("The downloaded file lists too few countries to be a country file. %1").arg(kept);
        break;
    case Result::WriteFailed:
        text = tr("The new country file could not be saved to %1. %2")
                   .arg(updater.targetPath(), kept);
        break;
    case Result::Cancelled:
        text = tr("Country data update cancelled. %1").arg(kept);
        break;
    }
    // The updater emitted from inside itself: let it return before it goes.
    m_updater.release()->deleteLater();
    if (ok)
        emit changed();
    emit updateFinished(ok, text);
}
