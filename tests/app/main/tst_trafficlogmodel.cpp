// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/trafficlogfiltermodel.h"
#include "models/trafficlogmodel.h"

#include <QSignalSpy>
#include <QTest>

namespace {
MqttMessage message(const QString &topic, const QByteArray &payload)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.timeUtc = QDateTime::currentDateTimeUtc();
    return m;
}
} // namespace

class TestTrafficLogModel : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsNewest_data();
    void ringKeepsNewest();
    void batchesInserts();
    void filters_data();
    void filters();
    void pauseDrops();
    void sourceTellsWhoSentIt();
    void sourceNamesTheEndpoint_data();
    void sourceNamesTheEndpoint();
};

void TestTrafficLogModel::ringKeepsNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("below capacity") << 100 << 40 << 1 << 40;
    QTest::newRow("exactly full") << 100 << 100 << 1 << 100;
    QTest::newRow("over in one batch") << 100 << 250 << 1 << 100;
    QTest::newRow("over across batches") << 100 << 60 << 5 << 100;
}

void TestTrafficLogModel::ringKeepsNewest()
{
    QFETCH(int, capacity);
    QFETCH(int, messages);
    QFETCH(int, batches);
    QFETCH(int, expectedRows);

    TrafficLogModel model;
    model.setCapacity(capacity);
    int n = 0;
    for (int b = 0; b < batches; ++b) {
        QList<MqttMessage> batch;
        for (int i = 0; i < messages; ++i)
            batch.append(message(QStringLiteral("C/1/ROT/Azimuth"), QByteArray::number(n++)));
        model.addReceived(QStringLiteral("b"), batch);
        model.flush();
    }
    QCOMPARE(model.rowCount(), expectedRows);
    // The newest message is always the last row.
    QCOMPARE(model.entry(model.rowCount() - 1).payload, QByteArray::number(n - 1));
    QCOMPARE(model.entry(0).payload, QByteArray::number(n - expectedRows));
}

void TestTrafficLogModel::batchesInserts()
{
    TrafficLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.addPublished(QStringLiteral("b"),
                           message(QStringLiteral("C/1/ROT/Target"), QByteArray::number(i)));
    QCOMPARE(model.rowCount(), 0); // nothing until the batch timer fires
    QTRY_COMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.data(model.index(0, TrafficLogModel::DirectionColumn)).toString(),
             QStringLiteral("out"));
}

void TestTrafficLogModel::filters_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("no filter") << QString() << QString() << 4;
    QTest::newRow("rotator 1") << QStringLiteral("C/1/ROT/") << QString() << 2;
    QTest::newRow("rotator 12 not 1") << QStringLiteral("C/12/ROT/") << QString() << 1;
    QTest::newRow("text in payload") << QString() << QStringLiteral("watchdog") << 1;
    QTest::newRow("text in topic, any case") << QString() << QStringLiteral("azimuth") << 2;
    QTest::newRow("both") << QStringLiteral("C/1/ROT/") << QStringLiteral("azimuth") << 1;
}

void TestTrafficLogModel::filters()
{
    QFETCH(QString, prefix);
    QFETCH(QString, text);
    QFETCH(int, expectedRows);

    TrafficLogModel model;
    model.addReceived(QStringLiteral("b"),
                      {message(QStringLiteral("C/1/ROT/Azimuth"), "10"),
                       message(QStringLiteral("C/1/ROT/Status"), "0"),
                       message(QStringLiteral("C/12/ROT/Azimuth"), "20"),
                       message(QStringLiteral("C/2/ROT/Debug"), "Stopped by watchdog")});
    model.flush();
    TrafficLogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setTopicPrefix(prefix);
    filter.setText(text);
    QCOMPARE(filter.rowCount(), expectedRows);
}

void TestTrafficLogModel::pauseDrops()
{
    TrafficLogModel model;
    model.setPaused(true);
    model.addReceived(QStringLiteral("b"), {message(QStringLiteral("C/1/ROT/Azimuth"), "1")});
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    model.setPaused(false);
    model.addReceived(QStringLiteral("b"), {message(QStringLiteral("C/1/ROT/Azimuth"), "2")});
    model.flush();
    QCOMPARE(model.rowCount(), 1);
}

void TestTrafficLogModel::sourceTellsWhoSentIt()
{
    TrafficLogModel model;
    MqttMessage ours = message(QStringLiteral("C/1/ROT/Target"), "120");
    ours.ownEcho = true;
    const MqttMessage theirs = message(QStringLiteral("C/1/ROT/Target"), "130");
    const MqttMessage theirStop = message(QStringLiteral("C/1/ROT/stop"), "1");
    const MqttMessage device = message(QStringLiteral("C/1/ROT/Azimuth"), "131");
    const MqttMessage odd = message(QStringLiteral("C/1/ROT/Targetx"), "1");
    model.addReceived(QStringLiteral("b"), {ours, theirs, theirStop, device, odd});
    model.addPublished(QStringLiteral("b"), message(QStringLiteral("C/1/ROT/Target"), "120"));
    model.flush();
    QStringList sources;
    for (int row = 0; row < model.rowCount(); ++row)
        sources << model.data(model.index(row, TrafficLogModel::SourceColumn)).toString();
    QCOMPARE(sources,
             (QStringList {QStringLiteral("this app"), QStringLiteral("another client"),
                           QStringLiteral("another client"), QStringLiteral("device"),
                           QStringLiteral("device"), QStringLiteral("this app")}));
    QVERIFY(
        model.data(model.index(1, TrafficLogModel::SourceColumn), Qt::ForegroundRole).isValid());
    QVERIFY(
        !model.data(model.index(0, TrafficLogModel::SourceColumn), Qt::ForegroundRole).isValid());
}

void TestTrafficLogModel::sourceNamesTheEndpoint_data()
{
    QTest::addColumn<CommandOrigin>("origin");
    QTest::addColumn<QString>("from");

    QTest::newRow("user") << CommandOrigin {} << QStringLiteral("this app");
    QTest::newRow("rotctld") << CommandOrigin {CommandOrigin::Kind::Rotctld,
                                               QStringLiteral("127.0.0.1:50312")}
                             << QStringLiteral("rotctld 127.0.0.1:50312");
    QTest::newRow("n1mm") << CommandOrigin {CommandOrigin::Kind::N1mm, QStringLiteral("127.0.0.1")}
                          << QStringLiteral("N1MM");
    QTest::newRow("pstrotator") << CommandOrigin {CommandOrigin::Kind::PstRotator,
                                                  QStringLiteral("127.0.0.1")}
                                << QStringLiteral("PstRotator");
    QTest::newRow("web") << CommandOrigin {CommandOrigin::Kind::Web,
                                           QStringLiteral("alice@192.168.1.20")}
                         << QStringLiteral("web alice@192.168.1.20");
}

void TestTrafficLogModel::sourceNamesTheEndpoint()
{
    QFETCH(CommandOrigin, origin);
    QFETCH(QString, from);

    TrafficLogModel model;
    MqttMessage sent = message(QStringLiteral("C/1/ROT/Target"), "120");
    sent.origin = origin;
    MqttMessage echo = sent;
    echo.ownEcho = true;
    model.addPublished(QStringLiteral("b"), sent);
    model.addReceived(QStringLiteral("b"), {echo});
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, TrafficLogModel::SourceColumn)).toString(), from);
    QCOMPARE(model.data(model.index(1, TrafficLogModel::SourceColumn)).toString(), from);
}

QTEST_MAIN(TestTrafficLogModel)
#include "tst_trafficlogmodel.moc"
