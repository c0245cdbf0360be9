// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countrydatabase.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace dxcc {

/// Where Debian's hamradio-files package puts AD1C's country file.
[[nodiscard]] QString systemCountryFilePath();
/// The user's own copy (written by CountryFileUpdater): <AppDataLocation>/cty.dat.
[[nodiscard]] QString userCountryFilePath();
/// The country-files site's current cty.dat (the updater's default source).
[[nodiscard]] QUrl defaultCountryFileUrl();

/// "20230502" from the file's =VERyyyymmdd marker without parsing it all; "" when absent.
[[nodiscard]] QString countryFileVersion(const QByteArray &bytes);

/// Which of the two files was loaded.
enum class CountryFileSource : std::uint8_t { None, System, User };

/// The outcome of loadCountryData().
struct LoadedCountryData
{
    CountryDatabase database; ///< empty when source is None
    CountryFileSource source = CountryFileSource::None;
    QString path; ///< the file loaded ("" when none)
    /// The damage of a file that was tried and skipped (the newer one was damaged and the other
    /// loaded, or neither loads: then the last one tried). code None when nothing failed.
    CtyParseError skippedError;
    QString skippedPath;
};

/// Loads the country data: the user's copy wins when it is newer than the system file (by the
/// =VER marker when both have one, else by modification time); when the winner is damaged or
/// unreadable the other one is loaded. A missing file is simply not a candidate.
[[nodiscard]] LoadedCountryData loadCountryData(const QString &systemPath = systemCountryFilePath(),
                                                const QString &userPath = userCountryFilePath());

} // namespace dxcc
