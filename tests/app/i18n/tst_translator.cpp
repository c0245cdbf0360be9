// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "mainwindow.h"
#include "session.h"
#include "translator.h"
#include "widgets/rotatorpanel.h"

#include "core/clock.h"

#include "namedchild.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace {
/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one entry, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool vanished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == u"unfinished";
                vanished = type == u"vanished" || type == u"obsolete";
                if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (!vanished)
                ts.messages.append(message);
            vanished = false;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ROTORDECK_TRANSLATIONS_DIR "/rotordeck_%1.ts").arg(language);
}

/// %1 … %99 and %n, as a sorted list (repeats kept).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

/// Number of keyboard accelerators ("&x"; "&&" is a literal ampersand).
int accelerators(const QString &text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?!\\s)"));
    return int(plain.count(re));
}
} // namespace

/// The Czech and German catalogues: they load for their locales (with Qt's own), they are
/// complete and consistent, the embedded .qm matches the .ts, and the main window speaks them.
class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void loadsCatalogue_data();
    void loadsCatalogue();
    void switchesLanguage();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void mainWindowSpeaksLanguage_data();
    void mainWindowSpeaksLanguage();
    void commandLineSpeaksLanguage_data();
    void commandLineSpeaksLanguage();
    void englishHasPluralForms();
};

void TestTranslator::cleanup()
{
    translations::installTranslators(*qApp, QLocale(QLocale::English));
}

void TestTranslator::loadsCatalogue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("appCatalogue");
    QTest::addColumn<QString>("qtCatalogue");
    QTest::addColumn<QString>("stopText");

    QTest::newRow("Czech, Czechia")
        << QLocale(QLocale::Czech, QLocale::Czechia) << QStringLiteral(":/i18n/rotordeck_cs.qm")
        << QStringLiteral("qtbase_cs.qm") << QStringLiteral("&Zastavit");
    QTest::newRow("Czech, bare") << QLocale(QStringLiteral("cs"))
                                 << QStringLiteral(":/i18n/rotordeck_cs.qm")
                                 << QStringLiteral("qtbase_cs.qm") << QStringLiteral("&Zastavit");
    QTest::newRow("German, Germany")
        << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral(":/i18n/rotordeck_de.qm")
        << QStringLiteral("qtbase_de.qm") << QStringLiteral("&Stopp");
    QTest::newRow("German, Austria falls back to de")
        << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral(":/i18n/rotordeck_de.qm")
        << QStringLiteral("qtbase_de.qm") << QStringLiteral("&Stopp");
    QTest::newRow("English is the source") << QLocale(QLocale::English, QLocale::UnitedStates)
                                           << QString() << QString() << QStringLiteral("&Stop");
    QTest::newRow("French has no catalogue: English, no Qt catalogue")
        << QLocale(QLocale::French, QLocale::France) << QString() << QString()
        << QStringLiteral("&Stop");
    QTest::newRow("C locale") << QLocale::c() << QString() << QString() << QStringLiteral("&Stop");
}

void TestTranslator::loadsCatalogue()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, appCatalogue);
    QFETCH(QString, qtCatalogue);
    QFETCH(QString, stopText);

    const InstalledTranslations result = translations::installTranslators(*qApp, locale);
    QCOMPARE(result.appCatalogue, appCatalogue);
    QCOMPARE(QFileInfo(result.qtCatalogue).fileName(), qtCatalogue);
    QCOMPARE(result.isTranslated(), !appCatalogue.isEmpty());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Stop"), stopText);

    // Qt's own strings (standard dialog buttons) follow only with our catalogue.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (qtCatalogue.isEmpty()) {
        QCOMPARE(cancel, QStringLiteral("Cancel"));
    } else {
        QVERIFY2(cancel != QStringLiteral("Cancel"), qPrintable(cancel));
        QCOMPARE(result.locale.language(), locale.language());
    }
}

void TestTranslator::switchesLanguage()
{
    translations::installTranslators(*qApp, QLocale(QLocale::Czech));
    QCOMPARE(QCoreApplication::translate("rotatorformat", "Stopped"), QStringLiteral("Stojí"));
    translations::installTranslators(*qApp, QLocale(QLocale::German));
    QCOMPARE(QCoreApplication::translate("rotatorformat", "Stopped"), QStringLiteral("Steht"));
    translations::installTranslators(*qApp, QLocale(QLocale::English));
    QCOMPARE(QCoreApplication::translate("rotatorformat", "Stopped"), QStringLiteral("Stopped"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslator::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<int>>("pluralSamples"); // one n per plural form, in form order

    QTest::newRow("Czech: one, few, many") << QStringLiteral("cs") << QList<int> {1, 3, 5};
    QTest::newRow("German: one, other") << QStringLiteral("de") << QList<int> {1, 2};
}

void TestTranslator::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(QList<int>, pluralSamples);

    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));

    // The embedded catalogue, compiled from the .ts at build time.
    QTranslator qm;
    QVERIFY(qm.load(QStringLiteral(":/i18n/rotordeck_%1.qm").arg(language)));
    QCOMPARE(qm.language().left(2), language);

    QStringList problems;
    int numerusCount = 0;
    for (const TsMessage &message : ts.messages) {
        const QString where
            = message.context + QStringLiteral(" / \"") + message.source + QStringLiteral("\": ");
        if (message.unfinished)
            problems.append(where + QStringLiteral("unfinished"));
        const int formCount = message.numerus ? int(pluralSamples.size()) : 1;
        if (message.forms.size() != formCount) {
            problems.append(
                where
                + QStringLiteral("%1 forms, want %2").arg(message.forms.size()).arg(formCount));
            continue;
        }
        numerusCount += message.numerus ? 1 : 0;
        for (int i = 0; i < formCount; ++i) {
            const QString &form = message.forms.at(i);
            if (form.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral("empty translation"));
                continue;
            }
            if (placeholders(form) != placeholders(message.source)) {
                problems.append(where + QStringLiteral("placeholders differ in \"") + form
                                + QStringLiteral("\""));
            }
            if (accelerators(form) != accelerators(message.source)) {
                problems.append(where + QStringLiteral("accelerator count differs in \"") + form
                                + QStringLiteral("\""));
            }
            if (form.startsWith(QLatin1Char(' ')) != message.source.startsWith(QLatin1Char(' '))
                || form.endsWith(QLatin1Char(' ')) != message.source.endsWith(QLatin1Char(' '))) {
                problems.append(where + QStringLiteral("leading/trailing space differs"));
            }
            // The .qm in the resources says the same (a stale build would not).
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString compiled = qm.translate(context.constData(), source.constData(),
                                                  comment.isEmpty() ? nullptr : comment.constData(),
                                                  message.numerus ? pluralSamples.at(i) : -1);
            if (compiled != form) {
                problems.append(where + QStringLiteral(".qm says \"") + compiled
                                + QStringLiteral("\", .ts says \"") + form + QStringLiteral("\""));
            }
        }
    }
    qInfo("%s: %lld messages (%d with plural forms), %lld problems", qPrintable(language),
          qlonglong(ts.messages.size()), numerusCount, qlonglong(problems.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslator::mainWindowSpeaksLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("stopAction");
    QTest::addColumn<QString>("stopButton");
    QTest::addColumn<QString>("parkButton");
    QTest::addColumn<QString>("firstMenu");

    QTest::newRow("Czech") << QLocale(QLocale::Czech, QLocale::Czechia)
                           << QStringLiteral("&Zastavit") << QStringLiteral("STOP")
                           << QStringLiteral("Parkovat") << QStringLiteral("&Soubor");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("&Stopp") << QStringLiteral("STOPP")
                            << QStringLiteral("Parken") << QStringLiteral("&Datei");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << QStringLiteral("&Stop") << QStringLiteral("STOP")
                             << QStringLiteral("Park") << QStringLiteral("&File");
}

void TestTranslator::mainWindowSpeaksLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, stopAction);
    QFETCH(QString, stopButton);
    QFETCH(QString, parkButton);
    QFETCH(QString, firstMenu);

    translations::installTranslators(*qApp, locale);
    SystemClock clock;
    Session station(clock);
    auto window = std::make_unique<MainWindow>(&station, MainWindow::Context {});

    QAction *stop = window->action(MainWindow::Command::Stop);
    QVERIFY(stop);
    QCOMPARE(stop->text(), stopAction);

    auto *button = namedChild<RotatorPanel>(window.get(), "rotatorPanel")
                       ->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), stopButton);

    QStringList buttonTexts;
    const auto buttons
        = namedChild<RotatorPanel>(window.get(), "rotatorPanel")->findChildren<QPushButton *>();
    for (const QPushButton *b : buttons)
        buttonTexts.append(b->text());
    QVERIFY2(buttonTexts.contains(parkButton), qPrintable(buttonTexts.join(QLatin1Char('|'))));

    const auto menus = window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), firstMenu);

    // For translators: ROTORDECK_I18N_SHOTS=<folder> saves the window per language to look at.
    const QString shots = qEnvironmentVariable("ROTORDECK_I18N_SHOTS");
    if (!shots.isEmpty()) {
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString file = shots + QStringLiteral("/mainwindow_%1.png").arg(locale.name());
        QVERIFY2(window->grab().save(file), qPrintable(file));
    }
}

void TestTranslator::commandLineSpeaksLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("helpLine");
    QTest::addColumn<QString>("error");

    QTest::newRow("Czech") << QLocale(QLocale::Czech)
                           << QStringLiteral("Lokátor stanice (Maidenhead), např. JO70va.")
                           << QStringLiteral("--broker lze zadat jen jednou.");
    QTest::newRow("German") << QLocale(QLocale::German)
                            << QStringLiteral("Maidenhead-Locator der Station, z. B. JO70va.")
                            << QStringLiteral("--broker darf nur einmal angegeben werden.");
    QTest::newRow("English") << QLocale(QLocale::English)
                             << QStringLiteral("Station Maidenhead locator, e.g. JO70va.")
                             << QStringLiteral("--broker may be given once.");
}

void TestTranslator::commandLineSpeaksLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, helpLine);
    QFETCH(QString, error);

    translations::installTranslators(*qApp, locale);
    const QString program = QStringLiteral("rotordeck");
    const auto help = AppOptions::parse({program, QStringLiteral("--help")});
    QCOMPARE(help.outcome, CommandLineOutcome::Help);
    QVERIFY(!help.text.isEmpty());
    const QString broker = QStringLiteral("--broker=tcp://127.0.0.1:1883");
    const auto refused = AppOptions::parse({program, broker, broker});
    QCOMPARE(refused.outcome, CommandLineOutcome::Error);

    QVERIFY2(help.text.simplified().contains(helpLine), qPrintable(help.text));
    QCOMPARE(refused.text, error);
}

void TestTranslator::englishHasPluralForms()
{
    const InstalledTranslations english
        = translations::installTranslators(*qApp, QLocale(QLocale::English));
    QCOMPARE(english.pluralCatalogue, QStringLiteral(":/i18n/rotordeck_en.qm"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Stop sent to %n rotator(s)", nullptr, 1),
             QStringLiteral("Stop sent to 1 rotator"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Stop sent to %n rotator(s)", nullptr, 3),
             QStringLiteral("Stop sent to 3 rotators"));

    // Every message with a count has its English forms (run english_plurals.py after lupdate).
    const TsFile cs = readTs(tsPath(QStringLiteral("cs")));
    const TsFile en = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    QSet<QString> englishMessages;
    for (const TsMessage &message : en.messages)
        englishMessages.insert(message.context + QLatin1Char('/') + message.source);
    QStringList missing;
    for (const TsMessage &message : cs.messages) {
        if (message.numerus
            && !englishMessages.contains(message.context + QLatin1Char('/') + message.source))
            missing.append(message.context + QStringLiteral(" / ") + message.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // A language with a catalogue of its own does not load the English forms.
    QVERIFY(
        translations::installTranslators(*qApp, QLocale(QLocale::Czech)).pluralCatalogue.isEmpty());
}

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
