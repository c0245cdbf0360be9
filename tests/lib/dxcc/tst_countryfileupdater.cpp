// SPDX-License-Identifier: GPL-3.0-or-later
// The updater against a local HTTP server (tests/common/httpfileserver) on a free port: no test
// touches the internet.
#include "httpfileserver.h"

#include "dxcc/countryfiles.h"
#include "dxcc/countryfileupdater.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Result = dxcc::CountryFileUpdater::Result;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCountryFileUpdater : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_realFile = readAll(QStringLiteral(ROTORDECK_CTY_FILE));
        QVERIFY2(m_realFile.size() > 100000, "hamradio-files' cty.dat is missing");
        QVERIFY(m_server.start());
        QByteArray damaged = m_realFile;
        const qsizetype at = damaged.indexOf("Czech Republic:");
        QVERIFY(at > 0);
        damaged.replace(at, 30, "Czech Republic:           99:");
        m_damagedLine = int(damaged.left(at).count('\n')) + 1;
        m_server.serve(u"/cty.dat"_qs, m_realFile);
        m_server.serve(u"/damaged.dat"_qs, damaged);
        m_server.serve(u"/stub.dat"_qs, "Testland: 14: 28: EU: 50: -16: -1: TL:\n TL;\n");
        m_server.serve(u"/error.dat"_qs, "<html>busy</html>", 503);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_target = m_dir.filePath(u"data/cty.dat"_qs);
        QFile::remove(m_target);
    }

    void downloadsValidatesAndReplaces()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"data"_qs));
        QFile old(m_target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();

        dxcc::CountryFileUpdater updater(m_target);
        updater.setUrl(m_server.url(u"/cty.dat"_qs));
        QSignalSpy progress(&updater, &dxcc::CountryFileUpdater::progressChanged);
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QVERIFY(updater.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Updated);
        QVERIFY(!updater.isRunning());
        QCOMPARE(readAll(m_target), m_realFile);
        QCOMPARE(updater.database().version(), dxcc::countryFileVersion(m_realFile));
        QVERIFY(updater.database().entityCount() > 340);
        QCOMPARE(updater.httpStatus(), 200);
        // Progress: at least one report, the last one complete.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_realFile.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_realFile.size()));
        QCOMPARE(m_server.hits(u"/cty.dat"_qs) > 0, true);
    }

    void createsTheFolder()
    {
        const QString deep = m_dir.filePath(u"a/b/c/cty.dat"_qs);
        dxcc::CountryFileUpdater updater(deep);
        updater.setUrl(m_server.url(u"/cty.dat"_qs));
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Updated);
        QCOMPARE(readAll(deep), m_realFile);
    }

    void keepsTheOldFileOnFailure_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Result>("result");
        QTest::addColumn<qint64>("maximumBytes");
        QTest::newRow("damaged file")
            << u"/damaged.dat"_qs << Result::Invalid << qint64(dxcc::maxCtyFileBytes);
        QTest::newRow("valid stub")
            << u"/stub.dat"_qs << Result::TooFewEntities << qint64(dxcc::maxCtyFileBytes);
        QTest::newRow("HTTP 404") << u"/nothing-here"_qs << Result::HttpError
                                  << qint64(dxcc::maxCtyFileBytes);
        QTest::newRow("HTTP 503") << u"/error.dat"_qs << Result::HttpError
                                  << qint64(dxcc::maxCtyFileBytes);
        QTest::newRow("larger than allowed") << u"/cty.dat"_qs << Result::TooLarge << qint64(1000);
    }
    void keepsTheOldFileOnFailure()
    {
        QFETCH(QString, path);
        QFETCH(Result, result);
        QFETCH(qint64, maximumBytes);
        QVERIFY(QDir(m_dir.path()).mkpath(u"data"_qs));
        QFile old(m_target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();

        dxcc::CountryFileUpdater updater(m_target);
        updater.setUrl(m_server.url(path));
        updater.setMaximumBytes(maximumBytes);
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Result>(), result);
        QCOMPARE(readAll(m_target), QByteArray("old contents"));
        QCOMPARE(QDir(m_dir.filePath(u"data"_qs)).entryList(QDir::Files),
                 QStringList {u"cty.dat"_qs});
        QVERIFY(updater.database().isEmpty());
    }

    void reportsWhereTheDamageIs()
    {
        dxcc::CountryFileUpdater updater(m_target);
        updater.setUrl(m_server.url(u"/damaged.dat"_qs));
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(updater.parseError().code, dxcc::CtyError::BadCqZone);
        QCOMPARE(updater.parseError().line, m_damagedLine);
        QCOMPARE(updater.parseError().token, u"99"_qs);
        QVERIFY(!QFile::exists(m_target));
    }

    void connectionRefused()
    {
        // A port that was free a moment ago: nobody listens there now.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        dxcc::CountryFileUpdater updater(m_target);
        updater.setUrl(QUrl(u"http://127.0.0.1:%1/cty.dat"_qs.arg(port)));
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::NetworkError);
        QCOMPARE(updater.networkError(), QNetworkReply::ConnectionRefusedError);
        QVERIFY(!QFile::exists(m_target));
    }

    void unwritableTarget()
    {
        // The target's folder is a file: the folder cannot be made, nothing is replaced.
        const QString blocker = m_dir.filePath(u"blocker"_qs);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        dxcc::CountryFileUpdater updater(blocker + u"/cty.dat"_qs);
        updater.setUrl(m_server.url(u"/cty.dat"_qs));
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::WriteFailed);
        QCOMPARE(readAll(blocker), QByteArray("x"));
    }

    void busyAndCancel()
    {
        dxcc::CountryFileUpdater updater(m_target);
        updater.setUrl(m_server.url(u"/cty.dat"_qs));
        QSignalSpy finished(&updater, &dxcc::CountryFileUpdater::finished);
        updater.start();
        updater.start();
        updater.cancel();
        QTRY_COMPARE(finished.size(), 2);
        QList<Result> results {finished.at(0).at(0).value<Result>(),
                               finished.at(1).at(0).value<Result>()};
        std::sort(results.begin(), results.end());
        QCOMPARE(results, (QList<Result> {Result::Busy, Result::Cancelled}));
        QVERIFY(!updater.isRunning());
        QVERIFY(!QFile::exists(m_target));
    }

    void defaultUrlIsTheCountryFilesSite()
    {
        const dxcc::CountryFileUpdater updater(m_target);
        QCOMPARE(updater.url(), dxcc::defaultCountryFileUrl());
        QCOMPARE(updater.url().host(), u"www.country-files.com"_qs);
        QCOMPARE(updater.url().scheme(), u"https"_qs);
    }

private:
    HttpFileServer m_server;
    QTemporaryDir m_dir;
    QString m_target;
    QByteArray m_realFile;
    int m_damagedLine = 0;
};

QTEST_GUILESS_MAIN(TestCountryFileUpdater)
#include "tst_countryfileupdater.moc"
