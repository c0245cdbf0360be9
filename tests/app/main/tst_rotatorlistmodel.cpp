// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rotatorlistmodel.h"
#include "rotatorformat.h"
#include "session.h"

#include "brokerfixture.h"
#include "core/clock.h"
#include "model/fleet.h"
#include "model/rotator.h"
#include "mqtt/mqttconnection.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
constexpr int timeoutMs = 10000;
}

/// The list model follows a real fleet on a real mosquitto: configured and discovered rotators
/// appear as rows, device telemetry shows up in the right column, updates are coalesced.
class TestRotatorListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void configuredRotatorIsARow();
    void followsTelemetry_data();
    void followsTelemetry();
    void discoveredRotatorAppears();
    void coalescesUpdates();
    void announcesOnlyTheCellsThatChanged();
    void announcesTheWholeRowAfterSeveralChanges();
    void brokerRemovalRemovesRows();
    void blankIdIsShownAsNoId();
    void longLabelIsElided();

private:
    bool publish(const QString &leaf, const QByteArray &payload, const QString &id = {});
    QString cell(int row, int column) const;

    BrokerFixture m_broker;
    ManualClock m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RotatorListModel> m_model;
    std::unique_ptr<MqttConnection> m_device;
    QString m_call;
};

void TestRotatorListModel::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.why()));
}

void TestRotatorListModel::init()
{
    m_call = BrokerFixture::uniqueCall();
    m_session = std::make_unique<Session>(m_clock);
    m_model = std::make_unique<RotatorListModel>(m_session.get());

    RotatorSettings settings;
    settings.brokerName = QStringLiteral("test");
    settings.address = RotatorAddress {m_call, QStringLiteral("1")};
    settings.label = QStringLiteral("Yagi");
    settings.colour = QStringLiteral("#123456");
    m_session->addRotator(settings);

    BrokerProfile profile;
    profile.name = QStringLiteral("test");
    profile.url = m_broker.tcpUrl();
    profile.discover = true;
    MqttConnection *connection = m_session->addBroker(profile);
    QVERIFY(connection);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isConnected(), timeoutMs);

    // Plays the device: publishes its topics.
    BrokerProfile deviceProfile;
    deviceProfile.name = QStringLiteral("device");
    deviceProfile.url = m_broker.tcpUrl();
    m_device = std::make_unique<MqttConnection>(deviceProfile);
    m_device->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_device->isConnected(), timeoutMs);
}

void TestRotatorListModel::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_device.reset();
}

bool TestRotatorListModel::publish(const QString &leaf, const QByteArray &payload,
                                   const QString &id)
{
    const RotatorAddress address {m_call, id.isEmpty() ? QStringLiteral("1") : id};
    return m_device->publish(address.topic(leaf), payload);
}

QString TestRotatorListModel::cell(int row, int column) const
{
    m_model->flush();
    return m_model->data(m_model->index(row, column)).toString();
}

void TestRotatorListModel::configuredRotatorIsARow()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, RotatorListModel::LabelColumn), QStringLiteral("Yagi"));
    QCOMPARE(cell(0, RotatorListModel::AddressColumn), m_call + QStringLiteral("/1"));
    QCOMPARE(m_model->data(m_model->index(0, RotatorListModel::ColourColumn), Qt::DecorationRole)
                 .value<QColor>(),
             QColor(0x12, 0x34, 0x56));
    QCOMPARE(cell(0, RotatorListModel::BearingColumn), QStringLiteral("—"));
}

void TestRotatorListModel::followsTelemetry_data()
{
    QTest::addColumn<QStringList>("leaves");
    QTest::addColumn<QStringList>("payloads");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("azimuth is the bearing with start 0")
        << QStringList {QStringLiteral("Azimuth")} << QStringList {QStringLiteral("120")}
        << int(RotatorListModel::BearingColumn) << QStringLiteral("120°");
    QTest::newRow("start azimuth shifts the bearing")
        << QStringList {QStringLiteral("StartAzimuth"), QStringLiteral("Azimuth")}
        << QStringList {QStringLiteral("137"), QStringLiteral("300")}
        << int(RotatorListModel::BearingColumn) << QStringLiteral("77°");
    QTest::newRow("voltage") << QStringList {QStringLiteral("VoltageValue")}
                             << QStringList {QStringLiteral("13.24")}
                             << int(RotatorListModel::VoltageColumn) << QStringLiteral("13.2 V");
    QTest::newRow("a message makes it live")
        << QStringList {QStringLiteral("Azimuth")} << QStringList {QStringLiteral("5")}
        << int(RotatorListModel::LinkColumn) << QStringLiteral("Live");
    QTest::newRow("status moving CW")
        << QStringList {QStringLiteral("Azimuth"), QStringLiteral("Status")}
        << QStringList {QStringLiteral("10"), QStringLiteral("2")}
        << int(RotatorListModel::StatusColumn) << QStringLiteral("Turning CW");
    QTest::newRow("stopped") << QStringList {QStringLiteral("Status"),
                                             QStringLiteral("AzimuthStop")}
                             << QStringList {QStringLiteral("0"), QStringLiteral("44")}
                             << int(RotatorListModel::StatusColumn) << QStringLiteral("Stopped");
}

void TestRotatorListModel::followsTelemetry()
{
    QFETCH(QStringList, leaves);
    QFETCH(QStringList, payloads);
    QFETCH(int, column);
    QFETCH(QString, expected);

    for (qsizetype i = 0; i < leaves.size(); ++i)
        QVERIFY(publish(leaves.at(i), payloads.at(i).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, column), expected, timeoutMs);
}

void TestRotatorListModel::discoveredRotatorAppears()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(publish(QStringLiteral("Azimuth"), "200", QStringLiteral("7")));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, timeoutMs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(cell(1, RotatorListModel::AddressColumn), m_call + QStringLiteral("/7"));
    // No label configured: the CALL/ID stands in, and the palette gives a colour.
    QCOMPARE(cell(1, RotatorListModel::LabelColumn), m_call + QStringLiteral("/7"));
    QVERIFY(m_model->data(m_model->index(1, RotatorListModel::ColourColumn), Qt::DecorationRole)
                .value<QColor>()
                .isValid());
    QTRY_COMPARE_WITH_TIMEOUT(cell(1, RotatorListModel::BearingColumn), QStringLiteral("200°"),
                              timeoutMs);
}

void TestRotatorListModel::coalescesUpdates()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    constexpr int messages = 60;
    for (int i = 1; i <= messages; ++i)
        QVERIFY(publish(QStringLiteral("Azimuth"), QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, RotatorListModel::BearingColumn),
                              QStringLiteral("%1°").arg(messages), timeoutMs);
    // Each flush covers all changes since the last one: far fewer signals than messages.
    QVERIFY2(
        changed.count() < messages / 2,
        qPrintable(
            QStringLiteral("%1 dataChanged for %2 messages").arg(changed.count()).arg(messages)));
    QVERIFY(changed.count() >= 1);
}

namespace {
/// The columns each dataChanged of the spy covered, in order ("3-3" for the bearing alone).
QStringList announcedColumns(const QSignalSpy &spy)
{
    QStringList columns;
    for (const QList<QVariant> &signal : spy) {
        const auto from = signal.at(0).toModelIndex();
        const auto to = signal.at(1).toModelIndex();
        columns << QStringLiteral("%1-%2").arg(from.column()).arg(to.column());
    }
    return columns;
}
} // namespace

void TestRotatorListModel::announcesOnlyTheCellsThatChanged()
{
    Rotator *rotator = m_model->rotatorAt(0);
    rotator->handleMessage(u"Azimuth", "100");
    m_model->flush(); // the first look of the row: all of it
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // The first step shows it turning (position and status); from then on only its position
    // cell is repainted, not the label, the address or the status.
    rotator->handleMessage(u"Azimuth", "101");
    m_model->flush();
    QCOMPARE(cell(0, RotatorListModel::StatusColumn), QStringLiteral("Turning"));
    changed.clear();
    rotator->handleMessage(u"Azimuth", "102");
    m_model->flush();
    const QString bearing = QStringLiteral("%1-%1").arg(int(RotatorListModel::BearingColumn));
    QCOMPARE(announcedColumns(changed), QStringList {bearing});
    QCOMPARE(cell(0, RotatorListModel::BearingColumn), QStringLiteral("102°"));

    // A change that shows nothing new announces nothing.
    changed.clear();
    rotator->handleMessage(u"Azimuth", "102");
    m_model->flush();
    QCOMPARE(announcedColumns(changed), QStringList());

    // Voltage and bearing are apart: two runs.
    changed.clear();
    rotator->handleMessage(u"VoltageValue", "13.1");
    m_model->flush();
    rotator->handleMessage(u"Azimuth", "103");
    m_model->flush();
    const QString voltage = QStringLiteral("%1-%1").arg(int(RotatorListModel::VoltageColumn));
    QCOMPARE(announcedColumns(changed), (QStringList {voltage, bearing}));

    // A new label is configuration: the whole row.
    changed.clear();
    RotatorSettings settings = m_session->rotatorSettings(rotator);
    settings.label = QStringLiteral("Stack");
    m_session->updateRotatorSettings(settings);
    m_model->flush();
    const QString whole = QStringLiteral("0-%1").arg(int(RotatorListModel::ColumnCount) - 1);
    QCOMPARE(announcedColumns(changed), QStringList {whole});
    QCOMPARE(cell(0, RotatorListModel::LabelColumn), QStringLiteral("Stack"));
}

void TestRotatorListModel::announcesTheWholeRowAfterSeveralChanges()
{
    // Between two changes the view may have repainted for its own reasons and shown the first;
    // the second may bring back what was last announced. Comparing with that is not enough.
    Rotator *rotator = m_model->rotatorAt(0);
    rotator->handleMessage(u"Azimuth", "100");
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    rotator->handleMessage(u"Azimuth", "101");
    rotator->handleMessage(u"Azimuth", "100");
    m_model->flush();
    const QString whole = QStringLiteral("0-%1").arg(int(RotatorListModel::ColumnCount) - 1);
    QCOMPARE(announcedColumns(changed), QStringList {whole});
}

void TestRotatorListModel::brokerRemovalRemovesRows()
{
    QVERIFY(publish(QStringLiteral("Azimuth"), "1", QStringLiteral("8")));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, timeoutMs);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_session->removeBroker(QStringLiteral("test"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.count(), 2);
}

void TestRotatorListModel::blankIdIsShownAsNoId()
{
    // A unit with a blank NET_ID publishes under `CALL//ROT/`: shown as such, not as "CALL/".
    QVERIFY(m_device->publish(RotatorAddress {m_call, QString()}.topic(u"Azimuth"), "10"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, timeoutMs);
    QCOMPARE(cell(1, RotatorListModel::AddressColumn), m_call + QStringLiteral(" (no ID)"));
    QCOMPARE(cell(1, RotatorListModel::LabelColumn), m_call + QStringLiteral(" (no ID)"));
}

void TestRotatorListModel::longLabelIsElided()
{
    const QString longLabel = QStringLiteral("A label far too long to fit any column: ")
        + QString(200, QLatin1Char('x'));
    RotatorSettings settings;
    settings.brokerName = QStringLiteral("test");
    settings.address = RotatorAddress {m_call, QStringLiteral("2")};
    settings.label = longLabel;
    m_session->addRotator(settings);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, timeoutMs);
    const QString shown = cell(1, RotatorListModel::LabelColumn);
    QCOMPARE(shown.size(), rotatorformat::maxListLabelChars);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(longLabel.startsWith(shown.chopped(1)));
    // The whole label stays in the tooltip and sorts as itself.
    const QModelIndex index = m_model->index(1, RotatorListModel::LabelColumn);
    QVERIFY(m_model->data(index, Qt::ToolTipRole).toString().contains(longLabel));
    QCOMPARE(m_model->data(index, RotatorListModel::SortRole).toString(), longLabel);
    // Short labels are left alone.
    QCOMPARE(cell(0, RotatorListModel::LabelColumn), QStringLiteral("Yagi"));
}

QTEST_MAIN(TestRotatorListModel)
#include "tst_rotatorlistmodel.moc"
