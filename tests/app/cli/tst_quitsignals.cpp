// SPDX-License-Identifier: GPL-3.0-or-later
// SIGINT and SIGTERM reach the event loop as QuitSignals::quitRequested, and the previous
// handlers are put back when the object goes.
#include "quitsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {

/// The handler installed for signalNumber now (Qt Test has its own for crash reports).
void (*currentHandler(int signalNumber))(int)
{
    struct sigaction current = {};
    ::sigaction(signalNumber, nullptr, &current);
    return current.sa_handler;
}

} // namespace

class TestQuitSignals : public QObject
{
    Q_OBJECT

private slots:
    void signalArrivesOnEventLoop_data();
    void signalArrivesOnEventLoop();
    void onlyOneInstance();
};

void TestQuitSignals::signalArrivesOnEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestQuitSignals::signalArrivesOnEventLoop()
{
    QFETCH(int, signalNumber);
    const auto before = currentHandler(signalNumber);
    {
        QuitSignals quitSignals;
        QVERIFY(quitSignals.isValid());
        QVERIFY(currentHandler(signalNumber) != before);
        QSignalSpy spy(&quitSignals, &QuitSignals::quitRequested);
        QCOMPARE(::raise(signalNumber), 0); // would end the test without the handler
        QCOMPARE(spy.count(), 0); // not from inside the Unix handler
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), signalNumber);
    }
    QVERIFY(currentHandler(signalNumber) == before);
}

void TestQuitSignals::onlyOneInstance()
{
    QuitSignals first;
    QVERIFY(first.isValid());
    {
        const QuitSignals second;
        QVERIFY(!second.isValid());
    }
    // The refused second one did not take the handlers away.
    QSignalSpy spy(&first, &QuitSignals::quitRequested);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_COMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestQuitSignals)
#include "tst_quitsignals.moc"
