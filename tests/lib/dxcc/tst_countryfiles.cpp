// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxcc/countryfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray ctyFile(const QByteArray &version, const QByteArray &name = "Testland")
{
    return name + ": 14: 28: EU: 50.00: -16.00: -1.0: TL:\n    TL,=VER" + version + ";\n";
}

bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.flush(); // a later flush would set the time to now
    return file.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

class TestCountryFiles : public QObject
{
    Q_OBJECT

private slots:
    void version_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("version");
        QTest::newRow("marker") << ctyFile("20230502") << u"20230502"_qs;
        QTest::newRow("marker mid-list")
            << QByteArray("    VE,=VER20240101,=VE2EM/M;") << u"20240101"_qs;
        QTest::newRow("none") << QByteArray("OK;") << QString();
        QTest::newRow("seven digits") << QByteArray("=VER2023050;") << QString();
        QTest::newRow("nine digits") << QByteArray("=VER202305021;") << QString();
        QTest::newRow("cut short at end") << QByteArray("=VER2023") << QString();
    }
    void version()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, version);
        QCOMPARE(dxcc::countryFileVersion(bytes), version);
    }

    void choice_data()
    {
        QTest::addColumn<QByteArray>("systemBytes");
        QTest::addColumn<int>("systemAgeDays");
        QTest::addColumn<QByteArray>("userBytes");
        QTest::addColumn<int>("userAgeDays");
        QTest::addColumn<dxcc::CountryFileSource>("source");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("skipped");
        using S = dxcc::CountryFileSource;
        const QByteArray none; // the file is not created
        QTest::newRow("only system")
            << ctyFile("20230502", "Sys") << 10 << none << 0 << S::System << u"Sys"_qs << false;
        QTest::newRow("only user")
            << none << 0 << ctyFile("20230502", "User") << 10 << S::User << u"User"_qs << false;
        QTest::newRow("user version newer")
            << ctyFile("20230502", "Sys") << 1 << ctyFile("20240101", "User") << 100 << S::User
            << u"User"_qs << false;
        QTest::newRow("user version older, file newer")
            << ctyFile("20230502", "Sys") << 100 << ctyFile("20220101", "User") << 1 << S::System
            << u"Sys"_qs << false;
        QTest::newRow("same version: system")
            << ctyFile("20230502", "Sys") << 100 << ctyFile("20230502", "User") << 1 << S::System
            << u"Sys"_qs << false;
        QTest::newRow("no markers: newer file wins")
            << QByteArray("Sys: 14: 28: EU: 50: -16: -1: TL:\n TL;\n") << 10
            << QByteArray("User: 14: 28: EU: 50: -16: -1: TL:\n TL;\n") << 5 << S::User
            << u"User"_qs << false;
        QTest::newRow("newer user damaged: system")
            << ctyFile("20230502", "Sys") << 10
            << QByteArray("User: 99: 28: EU: 50: -16: -1: TL:\n TL;\n") << 1 << S::System
            << u"Sys"_qs << true;
        QTest::newRow("both damaged")
            << QByteArray("x") << 10 << QByteArray("y") << 1 << S::None << QString() << true;
        QTest::newRow("neither") << none << 0 << none << 0 << S::None << QString() << false;
    }
    void choice()
    {
        QFETCH(QByteArray, systemBytes);
        QFETCH(int, systemAgeDays);
        QFETCH(QByteArray, userBytes);
        QFETCH(int, userAgeDays);
        QFETCH(dxcc::CountryFileSource, source);
        QFETCH(QString, name);
        QFETCH(bool, skipped);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString systemPath = dir.filePath(u"system-cty.dat"_qs);
        const QString userPath = dir.filePath(u"user/cty.dat"_qs);
        QVERIFY(QDir(dir.path()).mkpath(u"user"_qs));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!systemBytes.isEmpty())
            QVERIFY(writeFile(systemPath, systemBytes, now.addDays(-systemAgeDays)));
        if (!userBytes.isEmpty())
            QVERIFY(writeFile(userPath, userBytes, now.addDays(-userAgeDays)));

        const dxcc::LoadedCountryData loaded = dxcc::loadCountryData(systemPath, userPath);
        QCOMPARE(int(loaded.source), int(source));
        QCOMPARE(loaded.database.isEmpty(), source == dxcc::CountryFileSource::None);
        if (!loaded.database.isEmpty())
            QCOMPARE(loaded.database.entity(0).name, name);
        QCOMPARE(loaded.path,
                 source == dxcc::CountryFileSource::System     ? systemPath
                     : source == dxcc::CountryFileSource::User ? userPath
                                                               : QString());
        QCOMPARE(loaded.skippedError.code != dxcc::CtyError::None, skipped);
    }
};

QTEST_GUILESS_MAIN(TestCountryFiles)
#include "tst_countryfiles.moc"
