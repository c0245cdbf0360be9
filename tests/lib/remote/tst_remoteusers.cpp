// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/passwordhash.h"
#include "remote/remoteusers.h"

#include <QTest>

class TestRemoteUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAccounts();
    void roundTrip();
    void badFiles_data();
    void badFiles();

private:
    QString m_hash;
};

void TestRemoteUsers::initTestCase()
{
    m_hash = remote::hashPassword(QStringLiteral("pw"), remote::KdfCost::Minimal);
    QVERIFY(!m_hash.isEmpty());
}

void TestRemoteUsers::readsAccounts()
{
    const QString text
        = QStringLiteral("# station accounts\n\nalice:control:%1\n  bob:view:%1  \n").arg(m_hash);
    QString problem;
    const auto users = remote::parseUsers(text, &problem);
    QVERIFY2(users, qPrintable(problem));
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->at(0).name, QStringLiteral("alice"));
    QCOMPARE(users->at(0).role, remote::Role::Control);
    QCOMPARE(users->at(0).passwordHash, m_hash);
    QCOMPARE(users->at(1).name, QStringLiteral("bob"));
    QCOMPARE(users->at(1).role, remote::Role::View);
    QVERIFY(remote::parseUsers(QString())->isEmpty());
}

void TestRemoteUsers::roundTrip()
{
    const remote::RemoteUser user {QStringLiteral("OK1ABC-op.2"), m_hash, remote::Role::View};
    const auto users = remote::parseUsers(remote::userLine(user));
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first(), user);
}

void TestRemoteUsers::badFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    const QString hash = remote::hashPassword(QStringLiteral("pw"), remote::KdfCost::Minimal);
    QTest::newRow("two fields") << QStringLiteral("alice:control") << QStringLiteral("line 1:");
    QTest::newRow("plain password") << QStringLiteral("\nalice:control:secret")
                                    << QStringLiteral("line 2: not a password hash");
    QTest::newRow("bad role") << QStringLiteral("alice:admin:%1").arg(hash)
                              << QStringLiteral("line 1: the role");
    QTest::newRow("bad name") << QStringLiteral("al ice:view:%1").arg(hash)
                              << QStringLiteral("line 1: the name");
    QTest::newRow("twice") << QStringLiteral("a:view:%1\na:control:%1").arg(hash)
                           << QStringLiteral("line 2: a is listed twice");
}

void TestRemoteUsers::badFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!remote::parseUsers(text, &why));
    QVERIFY2(why.startsWith(problem), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestRemoteUsers)
#include "tst_remoteusers.moc"
