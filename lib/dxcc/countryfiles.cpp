// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryfiles.h"

#include "dxcclogging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dxcc {
namespace {

struct Candidate
{
    QString path;
    CountryFileSource source = CountryFileSource::None;
    QByteArray bytes;
    QString version;
    QDateTime modified;
    bool readable = false;
};

Candidate readCandidate(const QString &path, CountryFileSource source)
{
    Candidate candidate {path, source, {}, {}, {}, false};
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return candidate;
    candidate.modified = QFileInfo(file).lastModified();
    if (file.size() <= maxCtyFileBytes && file.open(QIODevice::ReadOnly)) {
        candidate.bytes = file.readAll();
        candidate.readable = file.error() == QFileDevice::NoError;
    }
    candidate.version = countryFileVersion(candidate.bytes);
    return candidate;
}

bool exists(const Candidate &candidate)
{
    return candidate.modified.isValid();
}

bool isNewer(const Candidate &user, const Candidate &system)
{
    if (!user.version.isEmpty() && !system.version.isEmpty())
        return user.version > system.version;
    return user.modified > system.modified;
}

} // namespace

QString systemCountryFilePath()
{
    return u"/usr/share/hamradio-files/cty.dat"_qs;
}

QString userCountryFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cty.dat"_qs;
}

QUrl defaultCountryFileUrl()
{
    return QUrl(u"https://www.country-files.com/cty/cty.dat"_qs);
}

QString countryFileVersion(const QByteArray &bytes)
{
    static const QByteArray marker = "=VER";
    qsizetype from = 0;
    while ((from = bytes.indexOf(marker, from)) >= 0) {
        from += marker.size();
        const QByteArray digits = bytes.mid(from, 8);
        const bool allDigits = digits.size() == 8
            && std::all_of(digits.begin(), digits.end(),
                           [](char c) { return c >= '0' && c <= '9'; });
        const char after = from + 8 < bytes.size() ? bytes.at(from + 8) : ',';
        if (allDigits
            && (after == ',' || after == ';' || after == '\n' || after == '\r' || after == ' '))
            return QString::fromLatin1(digits);
    }
    return {};
}

LoadedCountryData loadCountryData(const QString &systemPath, const QString &userPath)
{
    const Candidate system = readCandidate(systemPath, CountryFileSource::System);
    const Candidate user = readCandidate(userPath, CountryFileSource::User);
    QList<const Candidate *> order;
    if (exists(user) && (!exists(system) || isNewer(user, system)))
        order = {&user, &system};
    else
        order = {&system, &user};

    LoadedCountryData loaded;
    for (const Candidate *candidate : order) {
        if (!exists(*candidate))
            continue;
        CtyParseError error {CtyError::Unreadable, 0, candidate->path};
        if (candidate->readable) {
            if (auto database = CountryDatabase::fromBytes(candidate->bytes, &error)) {
                loaded.database = std::move(*database);
                loaded.source = candidate->source;
                loaded.path = candidate->path;
                return loaded;
            }
        }
        qCWarning(lcDxcc) << "country file skipped:" << candidate->path << ctyErrorName(error.code)
                          << "line" << error.line << error.token;
        loaded.skippedError = error;
        loaded.skippedPath = candidate->path;
    }
    return loaded;
}

} // namespace dxcc
