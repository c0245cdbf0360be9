// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

/// True when any file under the config/data folders contains `needle` (a plain-text fallback).
bool anyFileContains(const QByteArray &needle)
{
    const QStringList roots
        = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
           QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly)
                && file.readAll().contains(needle))
                return true;
        }
    }
    return false;
}

} // namespace

/// Runs against whatever keychain this machine has: on a headless machine it must report "not
/// available" and fail every job; with a keyring it must round-trip a password.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void availabilityBecomesKnown();
    void jobsMatchAvailability();
};

void TestKeychainCredentialStore::availabilityBecomesKnown()
{
    KeychainCredentialStore store(nullptr, QStringLiteral("RotorDeck-test"));
    QSignalSpy spy(&store, &CredentialStore::availabilityChanged);
    QVERIFY(store.isPersistent());
    QTRY_VERIFY_WITH_TIMEOUT(store.isAvailabilityKnown(), 15000);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toBool(), store.isAvailable());
    QCOMPARE(store.unavailableReason().isEmpty(), store.isAvailable());
    qInfo("keychain available here: %s (%s)", store.isAvailable() ? "yes" : "no",
          qPrintable(store.unavailableReason()));
}

void TestKeychainCredentialStore::jobsMatchAvailability()
{
    KeychainCredentialStore store(nullptr, QStringLiteral("RotorDeck-test"));
    QTRY_VERIFY_WITH_TIMEOUT(store.isAvailabilityKnown(), 15000);
    const QString key = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("secret-") + QUuid::createUuid().toString(QUuid::Id128);

    std::optional<bool> written;
    QString writeError;
    store.writePassword(key, secret, [&](bool ok, const QString &error) {
        written = ok;
        writeError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    // Never a plain-text fallback, whatever happened.
    QVERIFY(!anyFileContains(secret.toUtf8()));

    if (!store.isAvailable()) {
        QVERIFY(!*written);
        QVERIFY(!writeError.isEmpty());
        QString readError;
        bool readDone = false;
        store.readPassword(key, [&](std::optional<QString> password, const QString &error) {
            QVERIFY(!password);
            readError = error;
            readDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 15000);
        QVERIFY(!readError.isEmpty());
        return;
    }

    QVERIFY2(*written, qPrintable(writeError));
    std::optional<QString> password;
    bool readDone = false;
    store.readPassword(key, [&](std::optional<QString> p, const QString &) {
        password = p;
        readDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readDone, 15000);
    QCOMPARE(password, std::optional<QString>(secret));
    std::optional<bool> deleted;
    store.deletePassword(key, [&](bool ok, const QString &) { deleted = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 15000);
    QVERIFY(*deleted);
}

QTEST_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
