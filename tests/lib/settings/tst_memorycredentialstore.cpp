// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/credentialstore.h"

#include <QSignalSpy>
#include <QTest>

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadDelete();
    void callbacksAreNeverImmediate();
    void unavailableFailsEveryJob();
    void brokerKey();
};

void TestMemoryCredentialStore::writeReadDelete()
{
    MemoryCredentialStore store;
    QVERIFY(store.isAvailable());
    QVERIFY(!store.isPersistent());
    const QString key = CredentialStore::brokerPasswordKey(QStringLiteral("Home"));

    std::optional<bool> written;
    store.writePassword(key, QStringLiteral("pw"), [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY(*written);

    bool readDone = false;
    std::optional<QString> password;
    store.readPassword(key, [&](std::optional<QString> p, const QString &error) {
        password = p;
        readDone = error.isEmpty();
    });
    QTRY_VERIFY_WITH_TIMEOUT(readDone, 10000);
    QCOMPARE(password, std::optional<QString>(QStringLiteral("pw")));

    std::optional<bool> deleted;
    store.deletePassword(key, [&](bool ok, const QString &) { deleted = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 10000);
    QVERIFY(*deleted);

    readDone = false;
    password = QStringLiteral("stale");
    store.readPassword(key, [&](std::optional<QString> p, const QString &error) {
        password = p;
        readDone = error.isEmpty();
    });
    QTRY_VERIFY_WITH_TIMEOUT(readDone, 10000);
    QVERIFY(!password);
}

void TestMemoryCredentialStore::callbacksAreNeverImmediate()
{
    MemoryCredentialStore store;
    int calls = 0;
    store.writePassword(QStringLiteral("k"), QStringLiteral("v"),
                        [&](bool, const QString &) { ++calls; });
    store.readPassword(QStringLiteral("k"),
                       [&](std::optional<QString>, const QString &) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 10000);
}

void TestMemoryCredentialStore::unavailableFailsEveryJob()
{
    MemoryCredentialStore store;
    QSignalSpy spy(&store, &CredentialStore::availabilityChanged);
    store.setAvailable(false);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toBool(), false);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());

    std::optional<bool> written;
    QString writeError;
    store.writePassword(QStringLiteral("k"), QStringLiteral("v"), [&](bool ok, const QString &e) {
        written = ok;
        writeError = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY(!*written);
    QVERIFY(!writeError.isEmpty());
    QVERIFY(store.entries().isEmpty());

    QString readError;
    store.readPassword(QStringLiteral("k"),
                       [&](std::optional<QString>, const QString &e) { readError = e; });
    QTRY_VERIFY_WITH_TIMEOUT(!readError.isEmpty(), 10000);
}

void TestMemoryCredentialStore::brokerKey()
{
    QCOMPARE(CredentialStore::brokerPasswordKey(QStringLiteral("Club")),
             QStringLiteral("broker:Club"));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
