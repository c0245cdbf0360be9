// SPDX-License-Identifier: GPL-3.0-or-later
// "Update Country Data" from the main window: the address is edited and kept in the settings,
// the download (from a local HTTP server on a free port, never the internet) shows its progress
// and its outcome, and a damaged file leaves the data in use and the file on disk as they were.
#include "countrydata.h"
#include "dialogs/countrydatadialog.h"
#include "mainwindow.h"
#include "session.h"
#include "widgets/notificationdock.h"

#include "core/clock.h"
#include "httpfileserver.h"
#include "settings/settingsstore.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 20000;
const QString systemFile = QStringLiteral(ROTORDECK_CTY_FILE);

template<typename T> T *namedChild(const QObject *parent, const QString &name)
{
    auto *child = parent->findChild<T *>(name);
    if (!child)
        qFatal("no child named %s", qPrintable(name));
    return child;
}
} // namespace

class TestCountryDataDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void updateFromTheWindow();
    void damagedDownloadKeepsTheOldFile();
    void badAddressIsRefusedAtTheField();
    void withoutCountryDataTheActionIsOff();

private:
    HttpFileServer m_server;
    QByteArray m_real;
    SystemClock m_clock;
};

void TestCountryDataDialog::initTestCase()
{
    QFile file(systemFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_real = file.readAll();
    QVERIFY(m_server.start());
    QByteArray newer = m_real;
    newer.replace("=VER20230502", "=VER20991231");
    QVERIFY(newer != m_real);
    m_server.serve(u"/cty.dat"_s, newer);
    m_server.serve(u"/stub.dat"_s, QByteArrayLiteral("<html>moved</html>\n"));
}

void TestCountryDataDialog::updateFromTheWindow()
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath(u"cty.dat"_s);
    CountryData data(systemFile, userFile);
    data.load();
    SettingsStore store(dir.filePath(u"s.ini"_s));
    Session session(m_clock);
    MainWindow::Context context;
    context.store = &store;
    context.countryData = &data;
    MainWindow window(&session, context);
    window.show();

    QAction *update = window.action(MainWindow::Command::UpdateCountryData);
    QVERIFY(update->isEnabled());
    update->trigger();
    auto *dialog = window.findChild<CountryDataDialog *>(u"countryDataDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(namedChild<QLabel>(dialog, u"countryDataInUse"_s)->text().contains(u"system copy"_s),
             qPrintable(namedChild<QLabel>(dialog, u"countryDataInUse"_s)->text()));
    // The default address is shown, and kept as "default" (empty) while unchanged.
    auto *url = namedChild<QLineEdit>(dialog, u"countryUrlEdit"_s);
    QCOMPARE(url->text(), dxcc::defaultCountryFileUrl().toString());
    QVERIFY(dialog->url().isEmpty());

    const QString address = m_server.url(u"/cty.dat"_s).toString();
    url->setText(address);
    QSignalSpy finished(&data, &CountryData::updateFinished);
    QTest::mouseClick(namedChild<QPushButton>(dialog, u"updateButton"_s), Qt::LeftButton);
    QVERIFY(namedChild<QPushButton>(dialog, u"cancelDownloadButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    // Progress reached its end; the outcome and the copy now in use are said.
    auto *progress = namedChild<QProgressBar>(dialog, u"downloadProgress"_s);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(!namedChild<QPushButton>(dialog, u"cancelDownloadButton"_s)->isEnabled());
    const QString result = namedChild<QLabel>(dialog, u"updateResult"_s)->text();
    QVERIFY2(result.contains(u"updated"_s), qPrintable(result));
    QVERIFY2(
        namedChild<QLabel>(dialog, u"countryDataInUse"_s)->text().contains(u"your updated copy"_s),
        qPrintable(namedChild<QLabel>(dialog, u"countryDataInUse"_s)->text()));
    QVERIFY(QFile::exists(userFile));
    QCOMPARE(m_server.hits(u"/cty.dat"_s), 1);

    // The address is kept for the next run.
    QCOMPARE(store.load().settings.countryFileUrl, address);
    auto *notes = window.findChild<NotificationDock *>();
    QVERIFY(notes && notes->count() >= 1);
    QVERIFY2(notes->textAt(notes->count() - 1).contains(u"updated"_s),
             qPrintable(notes->textAt(notes->count() - 1)));
}

void TestCountryDataDialog::damagedDownloadKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath(u"cty.dat"_s);
    // A user copy exists already: it must stay byte for byte.
    QByteArray older = m_real;
    older.replace("=VER20230502", "=VER20240101");
    {
        QFile out(userFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(older), older.size());
    }
    CountryData data(systemFile, userFile);
    data.load();
    const qsizetype entities = data.database().entityCount();
    CountryDataDialog dialog(&data, QString());
    dialog.show();
    namedChild<QLineEdit>(&dialog, u"countryUrlEdit"_s)
        ->setText(m_server.url(u"/stub.dat"_s).toString());
    QSignalSpy finished(&data, &CountryData::updateFinished);
    QSignalSpy urlChanged(&dialog, &CountryDataDialog::urlChanged);
    dialog.startUpdate();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(urlChanged.count(), 1);
    const QString result = namedChild<QLabel>(&dialog, u"updateResult"_s)->text();
    QVERIFY2(result.contains(u"stays"_s), qPrintable(result));
    QVERIFY(!namedChild<QLabel>(&dialog, u"updateResult"_s)->styleSheet().isEmpty());
    QCOMPARE(data.database().entityCount(), entities);
    QFile in(userFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), older);
}

void TestCountryDataDialog::badAddressIsRefusedAtTheField()
{
    QTemporaryDir dir;
    CountryData data(systemFile, dir.filePath(u"cty.dat"_s));
    data.load();
    CountryDataDialog dialog(&data, u"https://mirror.example.org/cty.dat"_s);
    auto *url = namedChild<QLineEdit>(&dialog, u"countryUrlEdit"_s);
    auto *update = namedChild<QPushButton>(&dialog, u"updateButton"_s);
    QCOMPARE(url->text(), u"https://mirror.example.org/cty.dat"_s);
    QVERIFY(update->isEnabled());
    url->setText(u"ftp://example.org/cty.dat"_s);
    QVERIFY(!update->isEnabled());
    dialog.startUpdate(); // refused: nothing starts
    QVERIFY(!data.isUpdating());
    QTest::mouseClick(namedChild<QPushButton>(&dialog, u"defaultUrlButton"_s), Qt::LeftButton);
    QVERIFY(update->isEnabled());
    QVERIFY(dialog.url().isEmpty());
}

void TestCountryDataDialog::withoutCountryDataTheActionIsOff()
{
    Session session(m_clock);
    MainWindow window(&session, MainWindow::Context {});
    QVERIFY(!window.action(MainWindow::Command::UpdateCountryData)->isEnabled());
}

QTEST_MAIN(TestCountryDataDialog)
#include "tst_countrydatadialog.moc"
