// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/passwordprompt.h"
#include "session.h"
#include "widgets/brokerstatus.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "mqtt/embeddedbroker.h"
#include "mqtt/mqttconnection.h"
#include "settings/credentialstore.h"
#include "testcertificates.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int timeoutMs = 20000;

/// A keyring that works and keeps what it is given (in memory), as the OS keyring would.
class TestKeyring final : public CredentialStore
{
public:
    bool available = true;
    [[nodiscard]] bool isAvailable() const override { return available; }
    [[nodiscard]] QString unavailableReason() const override
    {
        return available ? QString() : QStringLiteral("no secret service");
    }
    [[nodiscard]] bool isPersistent() const override { return available; }
    void readPassword(const QString &key, ReadDone done) override
    {
        m_memory.readPassword(key, std::move(done));
    }
    void writePassword(const QString &key, const QString &password, WriteDone done) override
    {
        m_memory.writePassword(key, password, std::move(done));
    }
    void deletePassword(const QString &key, WriteDone done) override
    {
        m_memory.deletePassword(key, std::move(done));
    }
    [[nodiscard]] QHash<QString, QString> entries() const { return m_memory.entries(); }

private:
    MemoryCredentialStore m_memory;
};

struct Notification
{
    NotificationDock::Severity severity;
    QString source;
    QString text;
};
} // namespace

/// The status bar's broker entries on real mosquitto brokers: states in words, one
/// notification per change, and the password prompt after a refused login.
class TestBrokerStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedLoginAsksForThePassword_data();
    void refusedLoginAsksForThePassword();
    void unreachableIsSaidOnceAndCountsDown();
    void unknownHostIsNamed();

private:
    QLabel *label(MqttConnection *connection) const { return m_status->label(connection); }

    SystemClock m_clock;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TestKeyring> m_credentials;
    BrokerStatus *m_status = nullptr;
    QList<Notification> m_notes;
};

void TestBrokerStatus::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_session = std::make_unique<Session>(m_clock);
    m_credentials = std::make_unique<TestKeyring>();
    m_status = new BrokerStatus(m_session.get(), m_window->statusBar(), m_credentials.get(),
                                m_window.get());
    m_notes.clear();
    connect(
        m_status, &BrokerStatus::notification, this,
        [this](NotificationDock::Severity severity, const QString &source, const QString &text) {
            m_notes.append({severity, source, text});
        });
    m_window->show();
}

void TestBrokerStatus::cleanup()
{
    m_window.reset(); // deletes m_status and any prompt
    m_session.reset();
    m_credentials.reset();
}

void TestBrokerStatus::refusedLoginAsksForThePassword_data()
{
    QTest::addColumn<bool>("keyring");
    QTest::newRow("keyring") << true;
    QTest::newRow("no keyring") << false;
}

void TestBrokerStatus::refusedLoginAsksForThePassword()
{
    QFETCH(bool, keyring);
    m_credentials->available = keyring;
    QTemporaryDir dir;
    QString why;
    const auto broker
        = startPasswordBroker(dir, QStringLiteral("rotor"), QStringLiteral("s3cret"), &why);
    QVERIFY2(broker, qPrintable(why));

    BrokerFixture fixture;
    BrokerProfile profile = fixture.profile(broker->tcpUrl());
    profile.name = QStringLiteral("club");
    profile.username = QStringLiteral("rotor");
    profile.password = QStringLiteral("guess");
    profile.reconnectMinMs = 100;
    profile.reconnectMaxMs = 100;
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);

    QTRY_VERIFY_WITH_TIMEOUT(label(connection)->text().contains(u"Login refused"_qs), timeoutMs);
    QCOMPARE(connection->state(), MqttConnection::State::Disconnected);
    QCOMPARE(m_notes.size(), 1);
    QCOMPARE(m_notes.at(0).severity, NotificationDock::Severity::Error);
    QVERIFY2(m_notes.at(0).text.contains(u"refused the login"_qs), qPrintable(m_notes.at(0).text));
    // The library's English detail stays in the tooltip.
    QVERIFY(label(connection)->toolTip().contains(u"refused the login"_qs));
    QVERIFY(!label(connection)->text().contains(u"Paho"_qs));

    auto *prompt = m_window->findChild<PasswordPrompt *>();
    QVERIFY(prompt);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->windowModality(), Qt::NonModal);
    QVERIFY(!prompt->isModal());
    auto *save = prompt->findChild<QCheckBox *>(u"savePassword"_qs);
    QVERIFY(save);
    QCOMPARE(save->isEnabled(), keyring);
    QCOMPARE(prompt->findChild<QLabel *>(u"noKeyring"_qs) != nullptr, !keyring);

    prompt->findChild<QLineEdit *>(u"password"_qs)->setText(u"s3cret"_qs);
    if (keyring)
        save->setChecked(true);
    QTest::mouseClick(prompt->findChild<QPushButton *>(u"connectButton"_qs), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY(label(connection)->text().contains(u"Connected"_qs));
    QTRY_COMPARE(m_notes.size(), 2);
    QCOMPARE(m_notes.at(1).severity, NotificationDock::Severity::Info);
    if (keyring)
        QTRY_COMPARE(m_credentials->entries().value(CredentialStore::brokerPasswordKey(u"club"_qs)),
                     u"s3cret"_qs);
    else
        QVERIFY(m_credentials->entries().isEmpty());
}

void TestBrokerStatus::unreachableIsSaidOnceAndCountsDown()
{
    BrokerFixture later;
    QVERIFY2(later.start(), qPrintable(later.why()));
    later.broker().stop(); // the port is known but nothing listens
    BrokerProfile profile = later.profile();
    profile.name = QStringLiteral("down");
    profile.reconnectMinMs = 1500;
    profile.reconnectMaxMs = 1500;
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);

    // Watch the retry timer restart twice: two failed attempts after the first.
    int retries = 0;
    int lastMs = -1;
    auto sample = [&] {
        const int ms = connection->msUntilRetry();
        if (ms < 0)
            return false; // an attempt is under way
        if (lastMs >= 0 && ms > lastMs)
            ++retries; // the timer started again: an attempt failed
        lastMs = ms;
        return retries >= 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sample(), timeoutMs);
    QVERIFY2(label(connection)->text().contains(u"(unreachable)"_qs),
             qPrintable(label(connection)->text()));
    QTRY_VERIFY2(label(connection)->text().contains(u"next try in"_qs),
                 qPrintable(label(connection)->text()));
    QCOMPARE(m_notes.size(), 1); // once, not once per retry
    QCOMPARE(m_notes.at(0).source, u"down"_qs);

    QVERIFY2(later.broker().restart(10000), qPrintable(later.why()));
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);
    QTRY_VERIFY(label(connection)->text().contains(u"Connected"_qs));
    QCOMPARE(m_notes.size(), 2);
    QCOMPARE(m_notes.at(1).severity, NotificationDock::Severity::Info);
}

void TestBrokerStatus::unknownHostIsNamed()
{
    BrokerFixture fixture;
    BrokerProfile profile = fixture.profile(QUrl(u"tcp://no-such-broker.invalid:1883"_qs));
    profile.name = QStringLiteral("typo");
    profile.reconnectMinMs = 60000;
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(label(connection)->text().contains(u"(host not found)"_qs), timeoutMs);
    QCOMPARE(m_notes.size(), 1);
    QVERIFY2(m_notes.at(0).text.contains(u"host name"_qs), qPrintable(m_notes.at(0).text));
    QVERIFY(label(connection)->toolTip().contains(u"no-such-broker.invalid"_qs));
}

QTEST_MAIN(TestBrokerStatus)
#include "tst_brokerstatus.moc"
