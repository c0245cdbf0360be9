// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/rotator.h"
#include "mqtt/brokerprofile.h"
#include "protocol/rotatoraddress.h"
#include "settings/appsettings.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class Clock;
class CredentialStore;
class DeviceHttpLink;
class Fleet;
class MqttConnection;

/// The session the windows show: one MqttConnection + Fleet per enabled broker profile, the
/// user's per-rotator settings mapped onto the model, and every rotator of every broker in one
/// ordered list with its label and colour. Lives on the GUI thread.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// clock must outlive the session.
    explicit Session(const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] const Clock &clock() const;

    /// Creates the connection and fleet for a profile (discovery as the profile says) and opens
    /// it. Returns nullptr when a broker of that name exists already.
    MqttConnection *addBroker(const BrokerProfile &profile);
    /// Closes and deletes a broker's connection and fleet; its rotators leave the list first.
    void removeBroker(const QString &brokerName);
    [[nodiscard]] QList<MqttConnection *> connections() const;
    [[nodiscard]] MqttConnection *connection(const QString &brokerName) const;
    [[nodiscard]] Fleet *fleet(const QString &brokerName) const;
    /// A human label for the broker ("demo", the profile name, or its host).
    [[nodiscard]] static QString brokerLabel(const MqttConnection *connection);

    /// Forgets every stored rotator configuration of a broker (rotators stay until removed).
    void clearRotatorConfigs(const QString &brokerName);
    /// Stores the configuration and, when its broker exists, adds the rotator to the fleet.
    /// Replaces an existing configuration for the same broker + address.
    Rotator *addRotator(const RotatorSettings &config);
    /// Removes a rotator and its configuration from this session (the settings file is the
    /// SettingsKeeper's business). A discovering broker brings it back when it is heard again.
    void forgetRotator(const QString &brokerName, const RotatorAddress &address);
    /// Applies changed settings (label, colour, range, presets, …) of an existing entry.
    void updateRotatorSettings(const RotatorSettings &config);
    /// The configuration of a rotator, or a default one (label and colour filled in) for a
    /// discovered rotator nobody configured.
    [[nodiscard]] RotatorSettings rotatorSettings(const Rotator *rotator) const;

    /// All rotators of all brokers in the order they appeared.
    [[nodiscard]] const QList<Rotator *> &rotators() const;
    [[nodiscard]] int rotatorCount() const;
    [[nodiscard]] Rotator *rotatorAt(int index) const;
    [[nodiscard]] int indexOf(const Rotator *rotator) const;

    [[nodiscard]] QString label(const Rotator *rotator) const;
    [[nodiscard]] QColor colour(const Rotator *rotator) const;
    [[nodiscard]] QString brokerName(const Rotator *rotator) const;

    /// Session locator (Maidenhead), for bearings to a target locator and the map centre.
    [[nodiscard]] QString stationLocator() const;
    void setStationLocator(const QString &locator);
    [[nodiscard]] QString stationName() const;
    void setStationName(const QString &name);
    /// The station callsign in use ("" = not set): settings, or --callsign for this run.
    [[nodiscard]] QString stationCallsign() const;
    void setStationCallsign(const QString &callsign);

    /// The n-th colour of the built-in palette (distinct, readable on light and dark).
    [[nodiscard]] static QColor paletteColour(int n);

    /// Stops every rotator of every broker; returns how many stop commands were accepted.
    int stopAll();

    /// Where the passwords of the devices' HTTP sides are kept (may stay unset: then none are
    /// read or kept). Set before rotators are added; must outlive the session.
    void setCredentialStore(CredentialStore *credentials);
    /// The HTTP side of a rotator (every rotator has one; settings say whether it is used).
    [[nodiscard]] DeviceHttpLink *httpLink(const Rotator *rotator) const;
    /// A new HTTP password for a rotator: used at once and kept in the credential store
    /// (deleted there when empty). False when the store is missing or not available: then it is
    /// kept for this session only.
    bool setHttpPassword(const Rotator *rotator, const QString &password);

signals:
    void brokerAdded(MqttConnection *connection);
    /// Emitted before the connection is deleted.
    void brokerAboutToBeRemoved(MqttConnection *connection);
    /// Any broker changed state (Connecting, Connected, …) or reported an error.
    void brokerStateChanged(MqttConnection *connection);
    /// A rotator is about to be appended to rotators() at index.
    void rotatorAboutToBeAdded(int index);
    /// A rotator was appended to rotators() at index.
    void rotatorAdded(int index, Rotator *rotator);
    void rotatorAboutToBeRemoved(int index, Rotator *rotator);
    void rotatorRemoved(int index);
    /// Label, colour, presets or park bearing of a rotator changed.
    void rotatorConfigChanged(Rotator *rotator);
    void stationChanged();

private:
    void onFleetRotatorAdded(const QString &brokerName, Rotator *rotator);
    void onFleetRotatorAboutToBeRemoved(Rotator *rotator);
    void applyConfig(Rotator *rotator);
    void setUpHttp(Rotator *rotator);
    void applyHttpConfig(const Rotator *rotator);
    [[nodiscard]] static QString configKey(const QString &brokerName,
                                           const RotatorAddress &address);

    struct Broker
    {
        std::unique_ptr<MqttConnection> connection;
        std::unique_ptr<Fleet> fleet; ///< uses connection: destroyed first
    };
    /// The one way a broker goes: announced (its rotators leave the list, then
    /// brokerAboutToBeRemoved) unless the station itself is being destroyed.
    void closeBroker(std::size_t index, bool announce);

    const Clock &m_clock;
    std::vector<Broker> m_brokers;
    QList<Rotator *> m_rotators;
    QHash<const Rotator *, QString> m_brokerOfRotator;
    QHash<const Rotator *, QColor> m_autoColours;
    QHash<QString, RotatorSettings> m_configs;
    /// Keys of m_configs in the order they were first added (the list shows them so).
    QStringList m_configOrder;
    QHash<const Rotator *, QPointer<DeviceHttpLink>> m_httpLinks;
    /// Rotators whose HTTP password is still being read from the store: their link waits.
    QSet<const Rotator *> m_httpPasswordPending;
    QPointer<CredentialStore> m_credentials;
    QString m_stationLocator;
    QString m_stationName;
    QString m_stationCallsign;
    int m_nextAutoColour = 0;
};
