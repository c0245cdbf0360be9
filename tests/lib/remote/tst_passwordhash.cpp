// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/passwordhash.h"

#include <QTest>

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void rightPasswordVerifies();
    void wrongPasswordFails_data();
    void wrongPasswordFails();
    void saltDiffersEachTime();
    void interactiveCostIsStored();
    void malformedHashesFail_data();
    void malformedHashesFail();
};

void TestPasswordHash::rightPasswordVerifies()
{
    const QString hash
        = remote::hashPassword(QStringLiteral("correct horse ☂"), remote::KdfCost::Minimal);
    QVERIFY(hash.startsWith(QLatin1String("$scrypt$ln=10,r=8,p=1$")));
    QVERIFY(remote::isPasswordHash(hash));
    QVERIFY(remote::verifyPassword(QStringLiteral("correct horse ☂"), hash));
    QVERIFY(!hash.contains(QLatin1String("horse")));
}

void TestPasswordHash::wrongPasswordFails_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::newRow("empty") << QString();
    QTest::newRow("one letter off") << QStringLiteral("secreT");
    QTest::newRow("longer") << QStringLiteral("secret ");
    QTest::newRow("prefix") << QStringLiteral("secre");
}

void TestPasswordHash::wrongPasswordFails()
{
    QFETCH(QString, attempt);
    const QString hash = remote::hashPassword(QStringLiteral("secret"), remote::KdfCost::Minimal);
    QVERIFY(!remote::verifyPassword(attempt, hash));
}

void TestPasswordHash::saltDiffersEachTime()
{
    const QString a = remote::hashPassword(QStringLiteral("same"), remote::KdfCost::Minimal);
    const QString b = remote::hashPassword(QStringLiteral("same"), remote::KdfCost::Minimal);
    QVERIFY(a != b);
    QVERIFY(remote::verifyPassword(QStringLiteral("same"), a));
    QVERIFY(remote::verifyPassword(QStringLiteral("same"), b));
}

void TestPasswordHash::interactiveCostIsStored()
{
    const QString hash = remote::hashPassword(QStringLiteral("pw"));
    QVERIFY2(hash.startsWith(QLatin1String("$scrypt$ln=15,r=8,p=1$")), qPrintable(hash));
    QVERIFY(remote::verifyPassword(QStringLiteral("pw"), hash));
}

void TestPasswordHash::malformedHashesFail_data()
{
    const QString good = remote::hashPassword(QStringLiteral("pw"), remote::KdfCost::Minimal);
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("pw");
    QTest::newRow("other scheme") << QString(good).replace(QLatin1String("scrypt"),
                                                           QLatin1String("argon2id"));
    QTest::newRow("cost too low") << QString(good).replace(QLatin1String("ln=10"),
                                                           QLatin1String("ln=4"));
    QTest::newRow("cost too high")
        << QString(good).replace(QLatin1String("ln=10"), QLatin1String("ln=30"));
    QTest::newRow("key cut") << good.left(good.size() - 8);
    QTest::newRow("bad base64") << good + QStringLiteral("!");
}

void TestPasswordHash::malformedHashesFail()
{
    QFETCH(QString, stored);
    QVERIFY(!remote::isPasswordHash(stored));
    QVERIFY(!remote::verifyPassword(QStringLiteral("pw"), stored));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
