// SPDX-License-Identifier: GPL-3.0-or-later
#include "translator.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
constexpr char appCatalogueName[] = "rotordeck";
constexpr char qtCatalogueName[] = "qtbase";
/// Marks the translators this file installed, so a later call can find and remove them.
constexpr char translatorObjectName[] = "rotordeck-translator";

void removeOurTranslators(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(
        QString::fromLatin1(translatorObjectName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Loads `<name>_<lang>.qm` from dir for exactly this UI language ("de-AT" tries de_AT, de).
QTranslator *loadCatalogue(QCoreApplication &app, const QString &name, const QLocale &language,
                           const QString &dir)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(translatorObjectName));
    // A one-entry locale: QTranslator::load(QLocale, ...) would otherwise walk every UI
    // language of a system locale and could pick a later one over English.
    if (translator->load(QLocale(language.name()), name, QStringLiteral("_"), dir))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

namespace translations {

InstalledTranslations installTranslators(QCoreApplication &app, const QLocale &locale)
{
    removeOurTranslators(app);

    InstalledTranslations result;
    const QString dir = QString::fromLatin1(catalogueDir);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QLocale language(uiLanguage);
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            break; // the source language: nothing to load
        QTranslator *ours
            = loadCatalogue(app, QString::fromLatin1(appCatalogueName), language, dir);
        if (!ours)
            continue;
        // Qt's catalogue only with ours, so a language we lack never gives a half-translated UI.
        if (QTranslator *qt
            = loadCatalogue(app, QString::fromLatin1(qtCatalogueName), language, qtDir)) {
            QCoreApplication::installTranslator(qt);
            result.qtCatalogue = qt->filePath();
        } else {
            qCInfo(lcI18n) << "no Qt catalogue for" << uiLanguage << "in" << qtDir;
        }
        QCoreApplication::installTranslator(ours);
        result.appCatalogue = ours->filePath();
        result.locale = language;
        break;
    }
    if (result.appCatalogue.isEmpty()) {
        // English is the source language, but "%n rotator(s)" needs its plural forms.
        auto *plurals = new QTranslator(&app);
        plurals->setObjectName(QString::fromLatin1(translatorObjectName));
        if (plurals->load(QString::fromLatin1(appCatalogueName) + QStringLiteral("_en"), dir)) {
            QCoreApplication::installTranslator(plurals);
            result.pluralCatalogue = plurals->filePath();
        } else {
            delete plurals;
        }
    }
    qCDebug(lcI18n) << "UI languages" << uiLanguages << "->" << result.locale.name()
                    << result.appCatalogue << result.qtCatalogue;
    return result;
}

} // namespace translations
