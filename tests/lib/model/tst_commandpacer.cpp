// SPDX-License-Identifier: GPL-3.0-or-later
// CommandPacer without a broker: which command goes out when, driven by a ManualClock and a
// recording link. Each row is a script of steps and the commands it must put on the wire.
#include "core/clock.h"
#include "model/commandpacer.h"

#include "protocol/command.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using model::CommandPacer;
using model::TargetRequest;

namespace {

QString codeName(CommandResult::Code code)
{
    switch (code) {
    case CommandResult::Code::Sent:
        return u"Sent"_s;
    case CommandResult::Code::Queued:
        return u"Queued"_s;
    case CommandResult::Code::BrokerDown:
        return u"BrokerDown"_s;
    case CommandResult::Code::OutOfRange:
        return u"OutOfRange"_s;
    case CommandResult::Code::DarkZone:
        return u"DarkZone"_s;
    case CommandResult::Code::InvalidValue:
        return u"InvalidValue"_s;
    case CommandResult::Code::PositionUnknown:
        return u"PositionUnknown"_s;
    case CommandResult::Code::Superseded:
        return u"Superseded"_s;
    }
    return u"?"_s;
}

/// Records what the pacer sends ("ms leaf=payload") and reports.
class RecordingLink final : public model::CommandLink
{
public:
    explicit RecordingLink(const Clock &clock)
        : m_clock(clock)
    {
    }

    bool up = true;
    QStringList sent;
    QStringList refusals;
    QList<int> targetDestinationsRawDeg;
    /// "leaf from DETAIL" per command sent; "leaf from app" for ThisApp.
    QStringList origins;

    [[nodiscard]] bool isUp() const override { return up; }
    bool send(const protocol::Command &command, const CommandOrigin &origin) override
    {
        sent << u"%1 %2=%3"_s.arg(m_clock.nowMs())
                    .arg(command.leaf, QString::fromLatin1(command.payload));
        origins << u"%1 from %2"_s.arg(command.leaf, origin.isThisApp() ? u"app"_s : origin.detail);
        return true;
    }
    void targetSent(const TurnPlan &plan) override
    {
        targetDestinationsRawDeg << plan.destinationRawDeg;
    }
    void refused(const CommandResult &result) override { refusals << result.detail; }

private:
    const Clock &m_clock;
};

/// A pacer, its link and the device situation, run step by step the way Rotator runs it.
struct Bench
{
    ManualClock clock;
    RecordingLink link {clock};
    CommandPacer pacer {link, clock};
    model::TurnSituation situation;
    QStringList results;

    Bench()
    {
        situation.currentRawDeg = 180;
        situation.maxRotateDeg = 360;
    }

    /// Lets time pass, calling pump() at each wake-up the pacer asks for (the owner's timer).
    bool waitMs(qint64 durationMs)
    {
        const qint64 endMs = clock.nowMs() + durationMs;
        for (int wakeUps = 0; wakeUps < 1000; ++wakeUps) {
            const std::optional<qint64> atMs = pacer.wakeUpAtMs();
            if (!atMs || *atMs > endMs) {
                clock.setNowMs(endMs);
                return true;
            }
            clock.setNowMs(std::max(*atMs, clock.nowMs()));
            pacer.pump(situation);
        }
        return false; // the wake-up time does not advance
    }

    /// One step: "target RAW", "bearing DEG", "stop", "get", "wait MS", "poll", "moving cw|ccw",
    /// "stopped", "position RAW", "max DEG", "down", "up", "drop", "other" (another client sent
    /// a target or stop).
    bool run(const QString &step)
    {
        const QStringList words = step.split(u' ');
        const QString &verb = words.at(0);
        const int value = words.size() > 1 ? words.at(1).toInt() : 0;
        if (verb == u"target")
            results << codeName(pacer.requestTarget(TargetRequest::raw(value), situation).code);
        else if (verb == u"bearing")
            results << codeName(pacer.requestTarget(TargetRequest::bearing(value), situation).code);
        else if (verb == u"stop")
            results << codeName(pacer.requestStop(situation).code);
        else if (verb == u"get")
            results << codeName(pacer.requestGet(situation).code);
        else if (verb == u"wait")
            return waitMs(value);
        else if (verb == u"poll")
            pacer.poll(situation);
        else if (verb == u"moving") {
            situation.moving = true;
            situation.movingDirection = words.at(1) == u"cw" ? 1 : -1;
        } else if (verb == u"stopped") {
            situation.moving = false;
            situation.movingDirection = 0;
            pacer.pump(situation); // Rotator pumps when the device stops
        } else if (verb == u"position")
            situation.currentRawDeg = value;
        else if (verb == u"max")
            situation.maxRotateDeg = value;
        else if (verb == u"down")
            link.up = false;
        else if (verb == u"up")
            link.up = true;
        else if (verb == u"drop")
            pacer.dropAll(u"the broker connection went down"_s);
        else if (verb == u"other")
            pacer.dropWaitingTarget(u"another client sent a newer target"_s);
        else
            return false;
        return true;
    }
};

} // namespace

class TestCommandPacer : public QObject
{
    Q_OBJECT

private slots:
    void pacerRules_data();
    void pacerRules();
    void pacerWakesOnlyWhenSomethingCanGo();
    void pacerReportsWhereTheTargetGoes();
    void pacerSendsEachCommandWithItsOrigin();
};

void TestCommandPacer::pacerRules_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("sent"); // "ms leaf=payload"
    QTest::addColumn<QStringList>("results"); // one per request step
    QTest::addColumn<int>("refusals");

    QTest::newRow("first-command-at-once")
        << QStringList {u"target 200"_s} << QStringList {u"0 Target=200"_s}
        << QStringList {u"Sent"_s} << 0;
    QTest::newRow("one-second-gap")
        << QStringList {u"target 200"_s, u"wait 300"_s, u"get"_s, u"wait 2000"_s}
        << QStringList {u"0 Target=200"_s, u"1000 get=1"_s} << QStringList {u"Sent"_s, u"Queued"_s}
        << 0;
    QTest::newRow("gap-counts-from-last-send")
        << QStringList {u"get"_s, u"wait 1500"_s, u"get"_s, u"wait 999"_s, u"stop"_s, u"wait 1"_s}
        << QStringList {u"0 get=1"_s, u"1500 get=1"_s, u"2500 stop=1"_s}
        << QStringList {u"Sent"_s, u"Sent"_s, u"Queued"_s} << 0;
    QTest::newRow("newest-target-wins")
        << QStringList {u"get"_s, u"target 200"_s, u"target 250"_s, u"target 300"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 Target=300"_s}
        << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s, u"Queued"_s} << 0;
    QTest::newRow("order-stop-target-get")
        << QStringList {u"get"_s, u"get"_s, u"stop"_s, u"target 200"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 stop=1"_s, u"2000 Target=200"_s, u"3000 get=1"_s}
        << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s, u"Queued"_s} << 0;
    QTest::newRow("stop-drops-waiting-target")
        << QStringList {u"get"_s, u"target 200"_s, u"stop"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 stop=1"_s}
        << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s} << 0;
    QTest::newRow("gets-coalesce")
        << QStringList {u"get"_s, u"get"_s, u"get"_s, u"get"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 get=1"_s}
        << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s, u"Queued"_s} << 0;
    QTest::newRow("same-direction-no-stop")
        << QStringList {u"moving cw"_s, u"target 300"_s, u"wait 3000"_s}
        << QStringList {u"0 Target=300"_s} << QStringList {u"Sent"_s} << 0;
    QTest::newRow("stop-before-reverse")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"wait 3000"_s, u"stopped"_s,
                        u"wait 3000"_s}
        << QStringList {u"0 stop=1"_s, u"3000 Target=100"_s} << QStringList {u"Queued"_s} << 0;
    QTest::newRow("reverse-while-pacing")
        << QStringList {u"get"_s,       u"moving ccw"_s, u"target 300"_s,
                        u"wait 1200"_s, u"stopped"_s,    u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 stop=1"_s, u"2000 Target=300"_s}
        << QStringList {u"Sent"_s, u"Queued"_s} << 0;
    QTest::newRow("newest-target-waits-for-same-stop")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"target 120"_s,
                        u"wait 3000"_s, u"stopped"_s,    u"wait 3000"_s}
        << QStringList {u"0 stop=1"_s, u"3000 Target=120"_s}
        << QStringList {u"Queued"_s, u"Queued"_s} << 0;
    QTest::newRow("stop-check-asks-with-get")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"wait 4999"_s, u"poll"_s,
                        u"wait 1"_s,    u"poll"_s,       u"wait 5000"_s, u"poll"_s}
        << QStringList {u"0 stop=1"_s, u"5000 get=1"_s, u"10000 get=1"_s}
        << QStringList {u"Queued"_s} << 0;
    QTest::newRow("user-stop-cancels-reverse-target")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"wait 1000"_s, u"stop"_s,
                        u"wait 1000"_s, u"stopped"_s,    u"wait 3000"_s}
        << QStringList {u"0 stop=1"_s, u"1000 stop=1"_s} << QStringList {u"Queued"_s, u"Sent"_s}
        << 0;
    QTest::newRow("target-planned-again-when-sent")
        << QStringList {u"max 450"_s,    u"position 300"_s, u"get"_s,
                        u"bearing 30"_s, u"position 10"_s,  u"wait 1000"_s}
        << QStringList {u"0 get=1"_s, u"1000 Target=30"_s} << QStringList {u"Sent"_s, u"Queued"_s}
        << 0;
    QTest::newRow("unplannable-target-refused")
        << QStringList {u"target 500"_s, u"wait 3000"_s} << QStringList()
        << QStringList {u"OutOfRange"_s} << 1;
    QTest::newRow("refused-while-down-not-queued")
        << QStringList {u"down"_s, u"target 200"_s, u"stop"_s, u"get"_s, u"up"_s, u"wait 3000"_s}
        << QStringList() << QStringList {u"BrokerDown"_s, u"BrokerDown"_s, u"BrokerDown"_s} << 3;
    QTest::newRow("queued-then-dropped-when-down")
        << QStringList {u"get"_s,  u"target 200"_s, u"get"_s,      u"down"_s,
                        u"drop"_s, u"up"_s,         u"wait 3000"_s}
        << QStringList {u"0 get=1"_s} << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s} << 2;
    QTest::newRow("queued-stop-dropped-when-down")
        << QStringList {u"get"_s, u"stop"_s, u"down"_s, u"drop"_s, u"up"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s} << QStringList {u"Sent"_s, u"Queued"_s} << 1;
    QTest::newRow("queued-then-link-lost-before-pump")
        << QStringList {u"get"_s,       u"target 200"_s, u"down"_s,
                        u"wait 1000"_s, u"up"_s,         u"wait 3000"_s}
        << QStringList {u"0 get=1"_s} << QStringList {u"Sent"_s, u"Queued"_s} << 1;
    QTest::newRow("waiting-reverse-dropped-when-down")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"down"_s,     u"drop"_s,
                        u"up"_s,        u"stopped"_s,    u"wait 3000"_s}
        << QStringList {u"0 stop=1"_s} << QStringList {u"Queued"_s} << 1;
    QTest::newRow("other-client-supersedes-waiting-target")
        << QStringList {u"get"_s, u"target 200"_s, u"other"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s} << QStringList {u"Sent"_s, u"Queued"_s} << 1;
    QTest::newRow("other-client-keeps-waiting-stop-and-get")
        << QStringList {u"get"_s, u"stop"_s, u"target 200"_s, u"get"_s, u"other"_s, u"wait 3000"_s}
        << QStringList {u"0 get=1"_s, u"1000 stop=1"_s, u"2000 get=1"_s}
        << QStringList {u"Sent"_s, u"Queued"_s, u"Queued"_s, u"Queued"_s} << 1;
    QTest::newRow("other-client-drops-target-waiting-for-stop")
        << QStringList {u"moving cw"_s, u"target 100"_s, u"other"_s,
                        u"stopped"_s,   u"wait 6000"_s,  u"poll"_s}
        << QStringList {u"0 stop=1"_s} << QStringList {u"Queued"_s} << 1;
    QTest::newRow("other-client-with-nothing-waiting")
        << QStringList {u"target 200"_s, u"other"_s, u"wait 3000"_s}
        << QStringList {u"0 Target=200"_s} << QStringList {u"Sent"_s} << 0;
}

void TestCommandPacer::pacerRules()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, sent);
    QFETCH(QStringList, results);
    QFETCH(int, refusals);

    Bench bench;
    for (const QString &step : steps)
        QVERIFY2(bench.run(step), qPrintable(step));
    QCOMPARE(bench.link.sent, sent);
    QCOMPARE(bench.results, results);
    QCOMPARE(bench.link.refusals.size(), refusals);
}

void TestCommandPacer::pacerWakesOnlyWhenSomethingCanGo()
{
    Bench bench;
    QCOMPARE(bench.pacer.wakeUpAtMs(), std::nullopt);
    QVERIFY(bench.run(u"get"_s));
    QCOMPARE(bench.pacer.wakeUpAtMs(), std::nullopt); // sent, nothing else waits
    bench.clock.setNowMs(400);
    QVERIFY(bench.run(u"get"_s));
    QCOMPARE(bench.pacer.wakeUpAtMs(), std::optional<qint64>(1000));
    QVERIFY(bench.pacer.getWaits());

    // A reversal waits for the stop, not for the clock: no wake-up until the device stops.
    QVERIFY(bench.run(u"moving cw"_s));
    QVERIFY(bench.run(u"target 100"_s));
    QVERIFY(bench.waitMs(2000)); // 1000: stop, 2000: get
    QCOMPARE(bench.link.sent, QStringList({u"0 get=1"_s, u"1000 stop=1"_s, u"2000 get=1"_s}));
    QVERIFY(bench.pacer.waitingTarget());
    QVERIFY(bench.pacer.targetWaitsForStop());
    QCOMPARE(bench.pacer.wakeUpAtMs(), std::nullopt);
}

void TestCommandPacer::pacerReportsWhereTheTargetGoes()
{
    Bench bench;
    // An explicit raw 30 from raw 300 with a 450° range: the firmware drives to 390 (half rule).
    QVERIFY(bench.run(u"max 450"_s));
    QVERIFY(bench.run(u"position 300"_s));
    QVERIFY(bench.run(u"target 30"_s));
    QCOMPARE(bench.link.sent, QStringList({u"0 Target=30"_s}));
    QCOMPARE(bench.link.targetDestinationsRawDeg, QList<int>({390}));
}

void TestCommandPacer::pacerSendsEachCommandWithItsOrigin()
{
    const CommandOrigin client {CommandOrigin::Kind::Rotctld, u"127.0.0.1:50312"_s};
    Bench bench;
    QCOMPARE(bench.pacer.requestGet(bench.situation).code, CommandResult::Code::Sent);
    // Queued behind the pacing gap: it still goes out as the client's.
    QCOMPARE(bench.pacer.requestTarget(TargetRequest::raw(200, client), bench.situation).code,
             CommandResult::Code::Queued);
    QVERIFY(bench.waitMs(1000));
    // A reversal asked by the client: the stop sent first is the client's too.
    QVERIFY(bench.run(u"moving cw"_s));
    QCOMPARE(bench.pacer.requestTarget(TargetRequest::raw(100, client), bench.situation).code,
             CommandResult::Code::Queued);
    QVERIFY(bench.waitMs(1000));
    // The user's stop wins over the client's waiting target and goes out as the app's.
    QCOMPARE(bench.pacer.requestTarget(TargetRequest::raw(300, client), bench.situation).code,
             CommandResult::Code::Queued);
    QCOMPARE(bench.pacer.requestStop(bench.situation).code, CommandResult::Code::Queued);
    QVERIFY(bench.waitMs(1000));
    QVERIFY(bench.run(u"stopped"_s));
    QVERIFY(bench.waitMs(3000));
    QCOMPARE(bench.link.origins,
             QStringList({u"get from app"_s, u"Target from 127.0.0.1:50312"_s,
                          u"stop from 127.0.0.1:50312"_s, u"stop from app"_s}));
    QVERIFY(!bench.pacer.waitingTarget());
}

QTEST_GUILESS_MAIN(TestCommandPacer)
#include "tst_commandpacer.moc"
