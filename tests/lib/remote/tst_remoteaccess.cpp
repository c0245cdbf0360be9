// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteaccess.h"

#include "core/clock.h"

#include <QTest>

using remote::RemoteAccess;
using remote::RemoteUser;
using remote::Role;

namespace {

const QHostAddress client(QStringLiteral("192.168.1.20"));
const QHostAddress other(QStringLiteral("192.168.1.21"));

RemoteAccess::Limits limits()
{
    RemoteAccess::Limits l;
    l.sessionLifetimeMs = 60 * 60 * 1000;
    l.maxFailures = 3;
    l.failureWindowMs = 60 * 1000;
    l.lockoutMs = 5 * 60 * 1000;
    l.maxSessions = 3;
    return l;
}

} // namespace

class TestRemoteAccess : public QObject
{
    Q_OBJECT

private slots:
    void rolesByName();
    void sessionValidUntilItsLifetimeEnds();
    void unknownTokenHasNoSession();
    void tokensAreLongAndDistinct();
    void lockoutAfterTooManyFailures();
    void failuresOutsideTheWindowDoNotCount();
    void successClearsFailures();
    void ipv4MappedAddressCountsAsIpv4();
    void oldestSessionGoesBeyondTheLimit();
    void sessionsEndWhenTheUserGoesOrChangesRole();
};

void TestRemoteAccess::rolesByName()
{
    QCOMPARE(remote::roleFromName(u"view"), Role::View);
    QCOMPARE(remote::roleFromName(u"control"), Role::Control);
    QVERIFY(!remote::roleFromName(u"admin"));
    QCOMPARE(remote::roleName(Role::Control), QLatin1String("control"));
}

void TestRemoteAccess::sessionValidUntilItsLifetimeEnds()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    access.setUsers({{QStringLiteral("alice"), QStringLiteral("h"), Role::Control}});
    const auto session = access.openSession(*access.user(QStringLiteral("alice")));
    QCOMPARE(session.user, QStringLiteral("alice"));
    QCOMPARE(session.role, Role::Control);

    clock.advanceMs(60 * 60 * 1000 - 1);
    bool expired = true;
    QVERIFY(access.session(session.token, &expired));
    QVERIFY(!expired);
    clock.advanceMs(1);
    QVERIFY(!access.session(session.token, &expired));
    QVERIFY(expired);
}

void TestRemoteAccess::unknownTokenHasNoSession()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    bool expired = true;
    QVERIFY(!access.session(QStringLiteral("nonsense"), &expired));
    QVERIFY(!expired);
}

void TestRemoteAccess::tokensAreLongAndDistinct()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    const RemoteUser user {QStringLiteral("bob"), QStringLiteral("h"), Role::View};
    access.setUsers({user});
    const auto a = access.openSession(user);
    const auto b = access.openSession(user);
    QVERIFY(a.token != b.token);
    QVERIFY(a.token.size() >= 40); // 32 random bytes
}

void TestRemoteAccess::lockoutAfterTooManyFailures()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    QVERIFY(!access.lockedOutForMs(client));
    access.noteFailedLogin(client);
    access.noteFailedLogin(client);
    QVERIFY(!access.lockedOutForMs(client));
    access.noteFailedLogin(client);
    QCOMPARE(access.lockedOutForMs(client), 5 * 60 * 1000);
    QVERIFY(!access.lockedOutForMs(other));
    clock.advanceMs(5 * 60 * 1000 - 1000);
    QCOMPARE(access.lockedOutForMs(client), 1000);
    clock.advanceMs(1000);
    QVERIFY(!access.lockedOutForMs(client));
    // A fresh start: one more failure does not lock again.
    access.noteFailedLogin(client);
    QVERIFY(!access.lockedOutForMs(client));
}

void TestRemoteAccess::failuresOutsideTheWindowDoNotCount()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    access.noteFailedLogin(client);
    access.noteFailedLogin(client);
    clock.advanceMs(60 * 1000);
    access.noteFailedLogin(client);
    QVERIFY(!access.lockedOutForMs(client));
    access.noteFailedLogin(client);
    QVERIFY(!access.lockedOutForMs(client));
    access.noteFailedLogin(client);
    QVERIFY(access.lockedOutForMs(client));
}

void TestRemoteAccess::successClearsFailures()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    access.noteFailedLogin(client);
    access.noteFailedLogin(client);
    access.noteSuccessfulLogin(client);
    access.noteFailedLogin(client);
    access.noteFailedLogin(client);
    QVERIFY(!access.lockedOutForMs(client));
}

void TestRemoteAccess::ipv4MappedAddressCountsAsIpv4()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    const QHostAddress mapped(QStringLiteral("::ffff:192.168.1.20"));
    access.noteFailedLogin(mapped);
    access.noteFailedLogin(client);
    access.noteFailedLogin(mapped);
    QVERIFY(access.lockedOutForMs(client));
}

void TestRemoteAccess::oldestSessionGoesBeyondTheLimit()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    const RemoteUser user {QStringLiteral("bob"), QStringLiteral("h"), Role::View};
    access.setUsers({user});
    const auto first = access.openSession(user);
    clock.advanceMs(10);
    const auto second = access.openSession(user);
    clock.advanceMs(10);
    const auto third = access.openSession(user);
    clock.advanceMs(10);
    const auto fourth = access.openSession(user);
    QVERIFY(!access.session(first.token));
    QVERIFY(access.session(second.token));
    QVERIFY(access.session(third.token));
    QVERIFY(access.session(fourth.token));
}

void TestRemoteAccess::sessionsEndWhenTheUserGoesOrChangesRole()
{
    ManualClock clock;
    RemoteAccess access(clock, limits());
    const RemoteUser alice {QStringLiteral("alice"), QStringLiteral("h"), Role::Control};
    const RemoteUser bob {QStringLiteral("bob"), QStringLiteral("h"), Role::View};
    access.setUsers({alice, bob});
    const auto a = access.openSession(alice);
    const auto b = access.openSession(bob);
    access.setUsers({{QStringLiteral("alice"), QStringLiteral("h2"), Role::View}});
    QVERIFY(!access.session(a.token));
    QVERIFY(!access.session(b.token));
}

QTEST_GUILESS_MAIN(TestRemoteAccess)
#include "tst_remoteaccess.moc"
