// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redrawpacer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

/// RedrawPacer on real timers: a burst is drawn once, draws keep their spacing, and the
/// schedule falls into step with rounds of reports instead of lagging behind them.
class TestRedrawPacer : public QObject
{
    Q_OBJECT

private slots:
    void burstIsOneDraw();
    void drawsKeepTheirSpacing();
    void fallsIntoStepWithRounds();
    void cancelDropsThePendingDraw();
};

void TestRedrawPacer::burstIsOneDraw()
{
    RedrawPacer pacer(200, 20);
    QSignalSpy due(&pacer, &RedrawPacer::due);
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    for (int i = 0; i < 50; ++i)
        pacer.request();
    QVERIFY(pacer.isPending());
    QVERIFY(due.wait(5000));
    QVERIFY2(sinceFirst.elapsed() >= 20, qPrintable(QString::number(sinceFirst.elapsed())));
    QVERIFY(!pacer.isPending());
    QTest::qWait(300); // nothing more was asked for
    QCOMPARE(due.count(), 1);
}

void TestRedrawPacer::drawsKeepTheirSpacing()
{
    // A change right after a draw waits for the spacing (interval - gather), not just the gather.
    RedrawPacer pacer(200, 20);
    QSignalSpy due(&pacer, &RedrawPacer::due);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> at;
    connect(&pacer, &RedrawPacer::due, this, [&] {
        at << clock.elapsed();
        if (at.size() < 4)
            pacer.request();
    });
    pacer.request();
    QTRY_COMPARE_WITH_TIMEOUT(due.count(), 4, 5000);
    for (qsizetype i = 1; i < at.size(); ++i) {
        // Timers never fire early; the spacing counts from when each draw was due.
        QVERIFY2(at.at(i) - at.at(0) >= 180 * i - 1,
                 qPrintable(QStringLiteral("draw %1 at %2 ms, the first at %3 ms")
                                .arg(i)
                                .arg(at.at(i))
                                .arg(at.at(0))));
    }
}

void TestRedrawPacer::fallsIntoStepWithRounds()
{
    // Rounds of reports every 200 ms. A stray change 80 ms before the first round was drawn at
    // 20 ms, so that round waits for the spacing, to 200 ms (a lag of 120 ms). Each round then
    // waits 20 ms less, down to the gather time: 120, 100, 80, 60, 40, 20, 20 ...
    RedrawPacer pacer(200, 20);
    QElapsedTimer clock;
    clock.start();
    qint64 roundAt = -1;
    QList<qint64> lags;
    connect(&pacer, &RedrawPacer::due, this, [&] {
        if (roundAt >= 0)
            lags << clock.elapsed() - roundAt;
        roundAt = -1;
    });
    pacer.request(); // the stray change
    QTest::qWait(80);
    QTimer rounds;
    rounds.setTimerType(Qt::PreciseTimer);
    rounds.setInterval(200);
    const auto round = [&] {
        roundAt = clock.elapsed();
        pacer.request();
    };
    connect(&rounds, &QTimer::timeout, this, round);
    round();
    rounds.start();
    QTRY_VERIFY_WITH_TIMEOUT(lags.size() >= 10, 10000);
    rounds.stop();
    const QString all = [&] {
        QStringList text;
        for (qint64 lag : std::as_const(lags))
            text << QString::number(lag);
        return text.join(QLatin1Char(' '));
    }();
    QVERIFY2(lags.first() >= 50, qPrintable(all));
    // From the seventh round on, a round is drawn about the gather time after it came.
    for (qsizetype i = 6; i < lags.size(); ++i)
        QVERIFY2(lags.at(i) <= 20 + 40, qPrintable(all));
}

void TestRedrawPacer::cancelDropsThePendingDraw()
{
    RedrawPacer pacer(100, 20);
    QSignalSpy due(&pacer, &RedrawPacer::due);
    pacer.request();
    pacer.cancel();
    QVERIFY(!pacer.isPending());
    QTest::qWait(200);
    QCOMPARE(due.count(), 0);
    pacer.request(); // and it still works afterwards
    QVERIFY(due.wait(5000));
}

QTEST_GUILESS_MAIN(TestRedrawPacer)
#include "tst_redrawpacer.moc"
