// SPDX-License-Identifier: GPL-3.0-or-later
#include "linknotifier.h"
#include "models/rotatorlistmodel.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int timeoutMs = 10000;
}

/// A unit that falls silent is announced once and its "silent for" text keeps counting; a unit
/// heard again is announced too. Real mosquitto, the app's Session, a manual clock.
class TestLinkNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.why())); }
    void staleIsAnnouncedAndCounts();
    void manyAtOnceMakeOneLine();

private:
    BrokerFixture m_fixture;
};

void TestLinkNotifier::staleIsAnnouncedAndCounts()
{
    ManualClock clock;
    Session station(clock);
    LinkNotifier notifier(&station);
    RotatorListModel model(&station);
    QSignalSpy notes(&notifier, &LinkNotifier::notification);

    BrokerProfile profile = m_fixture.profile();
    profile.name = QStringLiteral("test");
    MqttConnection *app = station.addBroker(profile);
    QVERIFY(app);
    RotatorSettings settings;
    settings.brokerName = profile.name;
    settings.address = {BrokerFixture::uniqueCall(), QStringLiteral("1")};
    settings.label = QStringLiteral("tower");
    station.addRotator(settings);
    QCOMPARE(station.rotatorCount(), 1);
    Rotator *rotator = station.rotatorAt(0);

    MqttConnection device(m_fixture.profile());
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(app->isConnected() && device.isConnected(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            device.publish(settings.address.topic(u"Azimuth"), "100");
            QTest::qWait(50);
            return rotator->state().link == LinkState::Live;
        }(),
        timeoutMs);
    QCOMPARE(notes.count(), 0); // becoming live the first time is no news

    clock.advanceMs(Rotator::staleAfterMs + 1000);
    station.fleet(profile.name)->pollNow();
    QCOMPARE(rotator->state().link, LinkState::Stale);
    QTRY_COMPARE(notes.count(), 1);
    QCOMPARE(notes.at(0).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Warning);
    QCOMPARE(notes.at(0).at(1).toString(), u"tower"_qs);
    QVERIFY2(notes.at(0).at(2).toString().contains(u"65 s"_qs),
             qPrintable(notes.at(0).at(2).toString()));

    // Nothing of the rotator changes while it is silent, yet its status text keeps counting.
    const QModelIndex status = model.index(0, RotatorListModel::StatusColumn);
    QTRY_VERIFY(model.data(status).toString().contains(u"66 s"_qs));
    clock.advanceMs(10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(status).toString().contains(u"76 s"_qs), timeoutMs);
    clock.advanceMs(5 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(status).toString().contains(u"6 min"_qs), timeoutMs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(2 * RotatorListModel::silenceTickMs + 500));

    QVERIFY(device.publish(settings.address.topic(u"Azimuth"), "101"));
    QTRY_COMPARE_WITH_TIMEOUT(rotator->state().link, LinkState::Live, timeoutMs);
    QTRY_COMPARE(notes.count(), 2);
    QCOMPARE(notes.at(1).at(0).value<NotificationDock::Severity>(),
             NotificationDock::Severity::Info);
    QCOMPARE(notes.at(1).at(1).toString(), u"tower"_qs);
}

void TestLinkNotifier::manyAtOnceMakeOneLine()
{
    ManualClock clock;
    Session station(clock);
    LinkNotifier notifier(&station);
    QSignalSpy notes(&notifier, &LinkNotifier::notification);
    BrokerProfile profile = m_fixture.profile();
    profile.name = QStringLiteral("many");
    MqttConnection *app = station.addBroker(profile);
    MqttConnection device(m_fixture.profile());
    device.open();
    QTRY_VERIFY_WITH_TIMEOUT(app->isConnected() && device.isConnected(), timeoutMs);
    const QString call = BrokerFixture::uniqueCall();
    constexpr int count = LinkNotifier::maxNamed + 3;
    for (int i = 0; i < count; ++i) {
        RotatorSettings settings;
        settings.brokerName = profile.name;
        settings.address = {call, QString::number(i)};
        station.addRotator(settings);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < count; ++i)
                device.publish(RotatorAddress {call, QString::number(i)}.topic(u"Azimuth"), "5");
            QTest::qWait(50);
            for (Rotator *rotator : station.rotators())
                if (rotator->state().link != LinkState::Live)
                    return false;
            return true;
        }(),
        timeoutMs);
    clock.advanceMs(Rotator::staleAfterMs + 1000);
    station.fleet(profile.name)->pollNow();
    QTRY_COMPARE(notes.count(), 1);
    QVERIFY2(notes.at(0).at(2).toString().contains(QString::number(count)),
             qPrintable(notes.at(0).at(2).toString()));
}

QTEST_MAIN(TestLinkNotifier)
#include "tst_linknotifier.moc"
