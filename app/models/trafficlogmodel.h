// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/mqttmessage.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

/// Every MQTT message in and out, newest last, in a bounded ring: once `capacity` rows exist the
/// oldest go. Messages are collected and inserted in batches by a short timer, so a burst of
/// telemetry costs one insert per tick, not one per message.
class TrafficLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLogModel)

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        SourceColumn,
        BrokerColumn,
        TopicColumn,
        PayloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class Direction { In, Out };
    /// Who sent a message: the device (its status topics), this app, or another client (a
    /// command on the device's topics that this app did not publish).
    enum class Source { Device, ThisApp, OtherClient };
    enum Role {
        DirectionRole = Qt::UserRole + 1, ///< int(Direction)
        TopicRole, ///< the full topic (for filtering)
    };

    struct Entry
    {
        QDateTime timeUtc;
        Direction direction = Direction::In;
        QString broker;
        QString topic;
        QByteArray payload;
        bool retained = false;
        Source source = Source::Device;
        /// ThisApp only: who in this app asked (an interop endpoint, or the user).
        CommandOrigin origin = {};
    };

    static constexpr int defaultCapacity = 20000;
    static constexpr int batchIntervalMs = 100;

    explicit TrafficLogModel(QObject *parent = nullptr);
    ~TrafficLogModel() override;

    void setCapacity(int rows);
    [[nodiscard]] int capacity() const;

    void addReceived(const QString &broker, const QList<MqttMessage> &messages);
    void addPublished(const QString &broker, const MqttMessage &message);
    /// While paused, new messages are dropped (the user is reading).
    void setPaused(bool paused);
    void clear();
    /// Inserts the pending batch now (tests; the timer does it otherwise).
    void flush();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] const Entry &entry(int row) const;
    /// The From text of a command this app sent for origin: "this app", "rotctld ADDR:PORT",
    /// "N1MM", "PstRotator".
    [[nodiscard]] static QString originText(const CommandOrigin &origin);

signals:
    /// After a batch was inserted (views use it to follow the tail).
    void batchInserted();

private:
    void enqueue(Entry entry);

    std::deque<Entry> m_rows;
    std::deque<Entry> m_pending;
    int m_capacity = defaultCapacity;
    bool m_paused = false;
    QTimer m_batchTimer;
};
