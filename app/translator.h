// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// What installTranslators() found and installed for one locale.
struct InstalledTranslations
{
    /// The language the UI now speaks: the source language (English) if no catalogue matched.
    QLocale locale = QLocale(QLocale::English);
    /// The RotorDeck catalogue, e.g. ":/i18n/rotordeck_cs.qm"; empty if none matched.
    QString appCatalogue;
    /// Qt's own catalogue (standard buttons, dialogs), e.g. ".../translations/qtbase_cs.qm";
    /// empty if none was loaded.
    QString qtCatalogue;
    /// The English plural forms ("1 rotator", "2 rotators"), loaded when the UI speaks the
    /// source language; empty otherwise.
    QString pluralCatalogue;

    [[nodiscard]] bool isTranslated() const { return !appCatalogue.isEmpty(); }
};

namespace translations {

/// The resource folder that holds the embedded catalogues (rotordeck_<lang>.qm).
inline constexpr char catalogueDir[] = ":/i18n";

/// Installs the RotorDeck catalogue for the first of the locale's UI languages that has one
/// (English, the source language, stops the search), plus Qt's qtbase catalogue for the same
/// language. Translators installed by an earlier call are removed first, so calling it again
/// switches the language; widgets built before must handle QEvent::LanguageChange.
/// Call it right after creating the application, e.g. with QLocale::system().
InstalledTranslations installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace translations
