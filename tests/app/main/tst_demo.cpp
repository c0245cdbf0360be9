// SPDX-License-Identifier: GPL-3.0-or-later
#include "azelpairs.h"
#include "demo.h"
#include "session.h"

#include "core/clock.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "sim/simulatorhost.h"

#include <QTest>

#include <algorithm>

namespace {
constexpr int liveTimeoutMs = 10000;

/// The refusals of every rotator of a session, from before its broker is added.
class RefusalLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusalLog)

public:
    explicit RefusalLog(Session *session)
    {
        connect(session, &Session::rotatorAdded, this, [this](int, Rotator *rotator) {
            connect(rotator, &Rotator::commandRefused, this,
                    [this, rotator](const CommandResult &result) {
                        m_lines.append(rotator->address().toString() + QStringLiteral(": ")
                                       + result.detail);
                    });
        });
    }

    [[nodiscard]] const QStringList &lines() const { return m_lines; }

private:
    QStringList m_lines;
};

[[nodiscard]] bool allLive(const Session &session)
{
    const QList<Rotator *> &rotators = session.rotators();
    return !rotators.isEmpty()
        && std::all_of(rotators.cbegin(), rotators.cend(), [](const Rotator *rotator) {
               return rotator->state().link == LinkState::Live;
           });
}
} // namespace

/// `rotordeck --demo` start-up as main.cpp wires it: the demo's own mosquitto and simulated
/// units, the app's Session on the demo broker. Every rotator is heard, and nothing the start
/// does is refused (a refusal is a "Not sent: the broker is not connected" notification).
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void startUpRefusesNothing();
    void deviceReadyBeforeAppConnectedRefusesNothing();
    void pairsItsElevationUnit();
};

void TestDemo::startUpRefusesNothing()
{
    SystemClock clock;
    Demo demo(clock);
    QString error;
    QVERIFY2(demo.start(Demo::defaultCount, &error), qPrintable(error));
    Session session(clock);
    const RefusalLog refusals(&session);

    for (const RotatorSettings &rotator : demo.rotatorSettings())
        session.addRotator(rotator);
    session.addBroker(demo.brokerProfile());
    demo.refreshWhenReady(&session);
    QCOMPARE(session.rotatorCount(), Demo::defaultCount);

    QTRY_VERIFY_WITH_TIMEOUT(allLive(session), liveTimeoutMs);
    QVERIFY2(refusals.lines().isEmpty(), qPrintable(refusals.lines().join(u'\n')));
}

void TestDemo::deviceReadyBeforeAppConnectedRefusesNothing()
{
    // Which end connects first is a race; this fixes the order that used to be refused: every
    // simulated unit reports ready while the app's own connection is still being made.
    SystemClock clock;
    Demo demo(clock);
    QString error;
    QVERIFY2(demo.start(Demo::defaultCount, &error), qPrintable(error));
    Session session(clock);
    const RefusalLog refusals(&session);

    for (const RotatorSettings &rotator : demo.rotatorSettings())
        session.addRotator(rotator);
    const MqttConnection *connection = session.addBroker(demo.brokerProfile());
    QVERIFY(connection);
    demo.refreshWhenReady(&session);
    QVERIFY(!connection->isConnected());
    for (const Rotator *rotator : session.rotators())
        emit demo.simulator()->deviceReady(rotator->address().toString());
    QVERIFY2(refusals.lines().isEmpty(), qPrintable(refusals.lines().join(u'\n')));

    QTRY_VERIFY_WITH_TIMEOUT(allLive(session), liveTimeoutMs);
    QVERIFY2(refusals.lines().isEmpty(), qPrintable(refusals.lines().join(u'\n')));
}

// The demo shows an az/el pair: its elevation unit with the 300° unit, both on the demo broker.
void TestDemo::pairsItsElevationUnit()
{
    SystemClock clock;
    Demo demo(clock);
    QString error;
    QVERIFY2(demo.start(Demo::defaultCount, &error), qPrintable(error));
    Session session(clock);
    for (const RotatorSettings &rotator : demo.rotatorSettings())
        session.addRotator(rotator);
    session.addBroker(demo.brokerProfile());
    AzElPairs pairs(&session);
    pairs.setPairs(demo.azElPairs());
    QCOMPARE(pairs.pairs().size(), 1);
    QCOMPARE(session.rotatorCount(), Demo::defaultCount);
    QCOMPARE(pairs.elevationOf(session.rotatorAt(2)), session.rotatorAt(3));
    QVERIFY(demo.rotatorSettings().at(3).elevationMode.value_or(false));
    QVERIFY(!pairs.label(session.rotatorAt(2)).isEmpty());

    // Three units have no elevation unit to pair.
    Demo small(clock);
    QVERIFY2(small.start(3, &error), qPrintable(error));
    QVERIFY(small.azElPairs().isEmpty());
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
