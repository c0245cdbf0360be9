// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QString>
#include <QStringList>

/// Loads and saves AppSettings as an INI file (QSettings::IniFormat).
///
/// load() validates every value and never fails hard: a bad entry is dropped or defaulted and
/// described in LoadResult::problems (each text names the key); a file that cannot be read or
/// parsed at all (access error, format error, binary junk) yields the defaults.
///
/// A file written by a newer RotorDeck (formatVersion greater than ours) is loaded as far as it
/// is understood, with a warning; save() then refuses to overwrite it unless called with
/// SaveMode::OverwriteNewerFormat (the app asks the user first). A damaged file is copied to
/// "<file>.damaged" before save() replaces it.
class SettingsStore
{
public:
    /// Empty = the user's standard INI (QSettings::IniFormat, UserScope, "RotorDeck").
    explicit SettingsStore(QString filePath = {});

    /// One problem found while loading, as a code the app words in the user's language; the
    /// English text of the same problem (problems, same index) is the detail for logs and tips.
    struct Problem
    {
        enum class Kind {
            DamagedFile, ///< not text or not INI: defaults used, the file kept as *.damaged
            UnreadableFile, ///< cannot be read: defaults used
            NewerFormat, ///< written by a newer RotorDeck: read what is understood, not saved
            Truncated, ///< fewer entries than were saved: read what is there
            BadValue, ///< one value (subject = its key) was unusable: ignored or defaulted
        };
        Kind kind = Kind::BadValue;
        /// The settings key (BadValue) or the file's name (the other kinds).
        QString subject;
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    struct LoadResult
    {
        AppSettings settings;
        /// Human-readable English texts, one per problem, each naming the key concerned.
        QStringList problems;
        /// The same problems as codes: problemCodes[i] is problems[i].
        QList<Problem> problemCodes;
        /// True when nothing usable was read (no file, or the file as a whole was rejected).
        bool usedDefaults = false;
        /// The file's formatVersion (0 when missing or no file).
        int fileFormatVersion = 0;
        /// True when the file comes from a newer RotorDeck (save() will refuse by default).
        bool newerFormat = false;
    };

    enum class SaveMode {
        RefuseNewerFormat, ///< do not overwrite a file with a greater formatVersion
        OverwriteNewerFormat, ///< the user agreed to replace it
    };

    /// Never throws or crashes, whatever the file contains.
    [[nodiscard]] LoadResult load() const;
    /// Writes everything except passwords. False with *error set when the file cannot be written
    /// or (RefuseNewerFormat) holds a newer format.
    bool save(const AppSettings &settings, QString *error = nullptr,
              SaveMode mode = SaveMode::RefuseNewerFormat) const;
    [[nodiscard]] QString filePath() const;

    static constexpr int formatVersion = 1;

private:
    QString m_filePath;
};
