// SPDX-License-Identifier: GPL-3.0-or-later
// The app's country data: loaded from the system file, updated from a local HTTP server on a
// free port (no internet), and kept as it was when a download is damaged, with the user told why.
#include "countrydata.h"

#include "httpfileserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 20000;
const QString systemFile = QStringLiteral(ROTORDECK_CTY_FILE);
} // namespace

class TestCountryData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsTheSystemFile();
    void updateReplacesOnlyWhenComplete();
    void noFileSaysSo();

private:
    HttpFileServer m_server;
    QByteArray m_real;
};

void TestCountryData::initTestCase()
{
    QFile file(systemFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_real = file.readAll();
    QVERIFY(m_server.start());
    QByteArray newer = m_real;
    newer.replace("=VER20230502", "=VER20991231"); // same data, a later version marker
    m_server.serve(u"/cty.dat"_s, newer);
    QByteArray damaged = m_real;
    damaged.replace("Czech Republic:           15:", "Czech Republic:           55:");
    QVERIFY(damaged != m_real);
    m_server.serve(u"/damaged.dat"_s, damaged);
}

void TestCountryData::loadsTheSystemFile()
{
    QTemporaryDir dir;
    CountryData data(systemFile, dir.filePath(u"cty.dat"_s));
    QSignalSpy changed(&data, &CountryData::changed);
    data.load();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!data.isEmpty());
    QVERIFY(data.database().lookup(u"OK1ABC").found());
    QVERIFY2(data.description().contains(u"system copy"_s), qPrintable(data.description()));
    QVERIFY(data.problemText().isEmpty());
}

void TestCountryData::updateReplacesOnlyWhenComplete()
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath(u"cty.dat"_s);
    CountryData data(systemFile, userFile);
    data.load();
    QSignalSpy finished(&data, &CountryData::updateFinished);
    QSignalSpy changed(&data, &CountryData::changed);

    // A damaged download: nothing changes, and the user learns which line and why.
    data.startUpdate(m_server.url(u"/damaged.dat"_s));
    QVERIFY(data.isUpdating());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString why = finished.at(0).at(1).toString();
    QVERIFY2(why.contains(u"CQ zone"_s) && why.contains(u"line "_s) && why.contains(u"stays"_s),
             qPrintable(why));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(userFile));
    QVERIFY(data.description().contains(u"system copy"_s));

    // A good one: in use at once, and the next start prefers it (it is newer).
    data.startUpdate(m_server.url(u"/cty.dat"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, timeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!data.isUpdating());
    QVERIFY(QFile::exists(userFile));
    QVERIFY2(data.description().contains(u"your updated copy"_s), qPrintable(data.description()));
    CountryData next(systemFile, userFile);
    next.load();
    QVERIFY2(next.description().contains(u"your updated copy"_s), qPrintable(next.description()));
}

void TestCountryData::noFileSaysSo()
{
    QTemporaryDir dir;
    CountryData data(dir.filePath(u"none.dat"_s), dir.filePath(u"cty.dat"_s));
    data.load();
    QVERIFY(data.isEmpty());
    QVERIFY2(data.description().contains(u"hamradio-files"_s), qPrintable(data.description()));
}

QTEST_MAIN(TestCountryData)
#include "tst_countrydata.moc"
