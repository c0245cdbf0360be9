// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rotatorlistmodel.h"
#include "otherclientnotifier.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 10000;
constexpr int quietMs = 400;
} // namespace

/// Another client's Target and stop on a shared broker are told to the user (at once, then
/// gathered), shown as that client's target, and never mistaken for our own commands. Real
/// mosquitto, the app's Session, a second and a third client.
class TestOtherClientNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void toldOnceThenGathered();
    void retainedCommandIsAWarning();

private:
    struct Rig;
    BrokerFixture m_fixture;
};

struct TestOtherClientNotifier::Rig
{
    explicit Rig(BrokerFixture &fixture)
        : device(fixture.profile())
        , other(fixture.profile())
    {
        BrokerProfile profile = fixture.profile();
        profile.name = u"shared"_s;
        app = session.addBroker(profile);
        settings.brokerName = profile.name;
        settings.address = {BrokerFixture::uniqueCall(), u"01"_s};
        settings.label = u"tower"_s;
        session.addRotator(settings);
        rotator = session.rotatorAt(0);
        device.open();
        other.open();
    }

    [[nodiscard]] bool live()
    {
        if (!QTest::qWaitFor(
                [&] { return app->isConnected() && device.isConnected() && other.isConnected(); },
                timeoutMs))
            return false;
        device.publish(settings.address.topic(u"Azimuth"), "100");
        device.publish(settings.address.topic(u"AzimuthStop"), "100");
        return QTest::qWaitFor([&] { return rotator->state().link == LinkState::Live; }, timeoutMs);
    }

    ManualClock clock;
    Session session {clock};
    MqttConnection *app = nullptr;
    MqttConnection device;
    MqttConnection other;
    RotatorSettings settings;
    Rotator *rotator = nullptr;
};

void TestOtherClientNotifier::toldOnceThenGathered()
{
    Rig rig(m_fixture);
    OtherClientNotifier notifier(&rig.session, nullptr, quietMs);
    RotatorListModel list(&rig.session);
    QSignalSpy notes(&notifier, &OtherClientNotifier::notification);
    QVERIFY(rig.live());

    // Our own command comes back from the broker: no news.
    rig.clock.advanceMs(2000);
    QCOMPARE(rig.rotator->turnToBearing(200).code, CommandResult::Code::Sent);
    QSignalSpy others(rig.rotator, &Rotator::otherClientCommand);
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"Target"), "120"));
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, timeoutMs);
    QCOMPARE(others.count(), 1); // the echo of our 200 came first and was not reported
    QCOMPARE(notes.at(0).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Info);
    QCOMPARE(notes.at(0).at(1).toString(), u"tower"_s);
    QCOMPARE(notes.at(0).at(2).toString(), u"Sent to 120° by another client."_s);
    QCOMPARE(list.data(list.index(0, RotatorListModel::TargetColumn)).toString(),
             u"120° (another client)"_s);

    // A tracker sending every moment: one line for all of them when the quiet time ends.
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"Target"), "125"));
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"Target"), "130"));
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"stop"), "1"));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 4, timeoutMs);
    QCOMPARE(notes.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 2, timeoutMs);
    // (without the English catalogue loaded, the plural reads "command(s)")
    const QString gathered = notes.at(1).at(2).toString();
    QVERIFY2(gathered.startsWith(u"3 more command"_s)
                 && gathered.endsWith(u"the last: Stopped by another client."_s),
             qPrintable(gathered));
    // Nothing held back any more: the next quiet time passes without a line.
    QVERIFY(!notes.wait(2 * quietMs));
}

void TestOtherClientNotifier::retainedCommandIsAWarning()
{
    Rig rig(m_fixture);
    OtherClientNotifier notifier(&rig.session, nullptr, quietMs);
    QSignalSpy notes(&notifier, &OtherClientNotifier::notification);
    QVERIFY(rig.live());
    // Retained by a careless client, then seen by a subscriber that comes later.
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"Target"), "90", 0, true));
    QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, timeoutMs); // live: not yet retained for us
    Session late(rig.clock);
    OtherClientNotifier lateNotifier(&late, nullptr, quietMs);
    QSignalSpy lateNotes(&lateNotifier, &OtherClientNotifier::notification);
    BrokerProfile profile = m_fixture.profile();
    profile.name = u"late"_s;
    late.addBroker(profile);
    RotatorSettings settings = rig.settings;
    settings.brokerName = profile.name;
    late.addRotator(settings);
    QTRY_COMPARE_WITH_TIMEOUT(lateNotes.count(), 1, timeoutMs);
    QCOMPARE(lateNotes.at(0).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Warning);
    QVERIFY2(lateNotes.at(0).at(2).toString().contains(u"retained"_s),
             qPrintable(lateNotes.at(0).at(2).toString()));
    // Clean up the broker for whoever comes next.
    QVERIFY(rig.other.publish(rig.settings.address.topic(u"Target"), QByteArray(), 0, true));
}

QTEST_MAIN(TestOtherClientNotifier)
#include "tst_otherclientnotifier.moc"
