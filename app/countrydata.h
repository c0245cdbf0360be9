// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dxcc/countryfiles.h"
#include "dxcc/countryfileupdater.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

/// The country file the app reads callsigns with: loaded at start (Debian's hamradio-files copy,
/// or the user's newer copy), and updated on request from a configurable address. An update
/// replaces the data only once the new file proved complete; the old one stays otherwise.
class CountryData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryData)

public:
    explicit CountryData(QString systemPath = dxcc::systemCountryFilePath(),
                         QString userPath = dxcc::userCountryFilePath(), QObject *parent = nullptr);
    ~CountryData() override;

    /// Reads the files (a few tens of milliseconds). Emits changed().
    void load();

    [[nodiscard]] const dxcc::CountryDatabase &database() const { return m_loaded.database; }
    [[nodiscard]] bool isEmpty() const { return m_loaded.database.isEmpty(); }
    /// "Country data 2023-05-02 (system copy)", or why there is none, for the status and About.
    [[nodiscard]] QString description() const;
    /// A file that was skipped because it is damaged, worded; empty when none was.
    [[nodiscard]] QString problemText() const;

    /// Downloads a fresh cty.dat from url (the country-files site's by default).
    void startUpdate(const QUrl &url = dxcc::defaultCountryFileUrl());
    void cancelUpdate();
    [[nodiscard]] bool isUpdating() const;

    /// A country-file error in the user's words, with the line and the text found there.
    [[nodiscard]] static QString errorText(const dxcc::CtyParseError &error);

signals:
    /// database() changed (loaded or updated).
    void changed();
    void updateProgress(qint64 receivedBytes, qint64 totalBytes);
    /// ok: the new file is in use; text says what happened either way.
    void updateFinished(bool ok, const QString &text);

private:
    void onUpdateFinished(dxcc::CountryFileUpdater::Result result);

    QString m_systemPath;
    QString m_userPath;
    dxcc::LoadedCountryData m_loaded;
    std::unique_ptr<dxcc::CountryFileUpdater> m_updater;
};
