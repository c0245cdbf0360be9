// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "applogging.h"
#include "palette.h"
#include "rotatorformat.h"

#include "core/clock.h"
#include "devicehttp/devicehttplink.h"
#include "model/fleet.h"
#include "mqtt/mqttconnection.h"
#include "settings/credentialstore.h"

#include <algorithm>
#include <array>

Session::Session(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

Session::~Session()
{
    while (!m_brokers.empty())
        closeBroker(m_brokers.size() - 1, false);
}

void Session::closeBroker(std::size_t index, bool announce)
{
    Broker broker = std::move(m_brokers.at(index));
    m_brokers.erase(m_brokers.begin() + static_cast<std::ptrdiff_t>(index));
    broker.fleet->disconnect(this);
    broker.connection->disconnect(this);
    if (announce) {
        for (Rotator *rotator : broker.fleet->rotators())
            onFleetRotatorAboutToBeRemoved(rotator);
        emit brokerAboutToBeRemoved(broker.connection.get());
    }
    // The fleet holds a pointer to its connection: it goes first.
    broker.fleet.reset();
    broker.connection->close();
}

const Clock &Session::clock() const
{
    return m_clock;
}

MqttConnection *Session::addBroker(const BrokerProfile &profile)
{
    if (connection(profile.name)) {
        qCWarning(lcApp) << "broker" << profile.name << "exists already";
        return nullptr;
    }
    Broker broker;
    broker.connection = std::make_unique<MqttConnection>(profile);
    broker.fleet = std::make_unique<Fleet>(broker.connection.get(), m_clock);
    MqttConnection *conn = broker.connection.get();
    Fleet *fleet = broker.fleet.get();
    fleet->setDiscoveryEnabled(profile.discover);
    m_brokers.push_back(std::move(broker));

    const QString name = profile.name;
    connect(fleet, &Fleet::rotatorAdded, this,
            [this, name](Rotator *rotator) { onFleetRotatorAdded(name, rotator); });
    connect(fleet, &Fleet::rotatorAboutToBeRemoved, this,
            [this](Rotator *rotator) { onFleetRotatorAboutToBeRemoved(rotator); });
    connect(conn, &MqttConnection::stateChanged, this,
            [this, conn](MqttConnection::State) { emit brokerStateChanged(conn); });
    connect(
        conn, &MqttConnection::errorOccurred, this,
        [this, conn](MqttConnection::Error, const QString &) { emit brokerStateChanged(conn); });

    emit brokerAdded(conn);

    // Rotators configured for this broker before it existed, in the order they were given.
    for (const QString &key : std::as_const(m_configOrder)) {
        const RotatorSettings config = m_configs.value(key);
        if (config.brokerName == name)
            onFleetRotatorAdded(name, fleet->addRotator(config.address));
    }
    conn->open();
    return conn;
}

void Session::removeBroker(const QString &brokerName)
{
    const auto it = std::find_if(m_brokers.begin(), m_brokers.end(), [&](const Broker &b) {
        return b.connection->profile().name == brokerName;
    });
    if (it != m_brokers.end())
        closeBroker(std::size_t(it - m_brokers.begin()), true);
}

QList<MqttConnection *> Session::connections() const
{
    QList<MqttConnection *> result;
    result.reserve(m_brokers.size());
    for (const Broker &b : m_brokers)
        result.append(b.connection.get());
    return result;
}

MqttConnection *Session::connection(const QString &brokerName) const
{
    for (const Broker &b : m_brokers) {
        if (b.connection->profile().name == brokerName)
            return b.connection.get();
    }
    return nullptr;
}

Fleet *Session::fleet(const QString &brokerName) const
{
    for (const Broker &b : m_brokers) {
        if (b.connection->profile().name == brokerName)
            return b.fleet.get();
    }
    return nullptr;
}

QString Session::brokerLabel(const MqttConnection *connection)
{
    if (!connection)
        return {};
    const BrokerProfile &p = connection->profile();
    return p.name.isEmpty() ? p.url.host() : p.name;
}

QString Session::configKey(const QString &brokerName, const RotatorAddress &address)
{
    return brokerName + QLatin1Char('\n') + address.toString();
}

void Session::clearRotatorConfigs(const QString &brokerName)
{
    for (auto it = m_configs.begin(); it != m_configs.end();) {
        if (it->brokerName == brokerName) {
            m_configOrder.removeAll(it.key());
            it = m_configs.erase(it);
        } else {
            ++it;
        }
    }
}

Rotator *Session::addRotator(const RotatorSettings &config)
{
    const QString key = configKey(config.brokerName, config.address);
    if (!m_configs.contains(key))
        m_configOrder.append(key);
    m_configs.insert(key, config);
    Fleet *f = fleet(config.brokerName);
    if (!f)
        return nullptr;
    Rotator *rotator = f->addRotator(config.address);
    onFleetRotatorAdded(config.brokerName, rotator);
    return rotator;
}

void Session::forgetRotator(const QString &brokerName, const RotatorAddress &address)
{
    const QString key = configKey(brokerName, address);
    m_configs.remove(key);
    m_configOrder.removeAll(key);
    if (Fleet *f = fleet(brokerName))
        f->removeRotator(address); // the list hears of it through the fleet
}

void Session::updateRotatorSettings(const RotatorSettings &config)
{
    const QString key = configKey(config.brokerName, config.address);
    if (!m_configs.contains(key))
        m_configOrder.append(key);
    m_configs.insert(key, config);
    Fleet *f = fleet(config.brokerName);
    Rotator *rotator = f ? f->rotator(config.address) : nullptr;
    if (rotator && m_brokerOfRotator.contains(rotator)) {
        applyConfig(rotator);
        emit rotatorConfigChanged(rotator);
    }
}

RotatorSettings Session::rotatorSettings(const Rotator *rotator) const
{
    const QString broker = brokerName(rotator);
    RotatorSettings config = m_configs.value(configKey(broker, rotator->address()));
    config.brokerName = broker;
    config.address = rotator->address();
    if (!QColor::isValidColorName(config.colour))
        config.colour = colour(rotator).name();
    return config;
}

void Session::onFleetRotatorAdded(const QString &brokerName, Rotator *rotator)
{
    if (!rotator || m_brokerOfRotator.contains(rotator))
        return;
    m_brokerOfRotator.insert(rotator, brokerName);
    const RotatorSettings config = m_configs.value(configKey(brokerName, rotator->address()));
    if (!QColor::isValidColorName(config.colour))
        m_autoColours.insert(rotator, paletteColour(m_nextAutoColour++));
    applyConfig(rotator);
    setUpHttp(rotator);
    emit rotatorAboutToBeAdded(int(m_rotators.size()));
    m_rotators.append(rotator);
    qCDebug(lcApp) << "rotator" << rotator->address() << "on" << brokerName;
    emit rotatorAdded(int(m_rotators.size()) - 1, rotator);
}

void Session::onFleetRotatorAboutToBeRemoved(Rotator *rotator)
{
    const int index = indexOf(rotator);
    if (index < 0)
        return;
    emit rotatorAboutToBeRemoved(index, rotator);
    m_rotators.removeAt(index);
    m_brokerOfRotator.remove(rotator);
    m_autoColours.remove(rotator);
    m_httpLinks.remove(rotator); // the link is the rotator's child and goes with it
    m_httpPasswordPending.remove(rotator);
    emit rotatorRemoved(index);
}

void Session::applyConfig(Rotator *rotator)
{
    const auto it = m_configs.constFind(configKey(brokerName(rotator), rotator->address()));
    if (it != m_configs.constEnd())
        rotator->setSettings(*it);
    applyHttpConfig(rotator);
}

void Session::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
}

DeviceHttpLink *Session::httpLink(const Rotator *rotator) const
{
    return m_httpLinks.value(rotator);
}

void Session::setUpHttp(Rotator *rotator)
{
    auto *link = new DeviceHttpLink(rotator); // the rotator's child
    link->setEnabled(false); // until the settings (and a kept password) are known
    m_httpLinks.insert(rotator, link);
    const RotatorSettings config = rotatorSettings(rotator);
    if (config.httpLogin && m_credentials) {
        m_httpPasswordPending.insert(rotator);
        const QString key
            = CredentialStore::deviceHttpPasswordKey(config.brokerName, config.address.toString());
        m_credentials->readPassword(
            key,
            [this, guard = QPointer<Session>(this), link = QPointer<DeviceHttpLink>(link),
             rotator](std::optional<QString> password, const QString &error) {
                if (!guard || !link)
                    return;
                if (password)
                    link->setPassword(*password);
                else if (!error.isEmpty())
                    qCWarning(lcApp) << "no HTTP password for" << rotator->address() << error;
                m_httpPasswordPending.remove(rotator);
                applyHttpConfig(rotator);
            });
    }
    applyHttpConfig(rotator);
}

void Session::applyHttpConfig(const Rotator *rotator)
{
    DeviceHttpLink *link = httpLink(rotator);
    if (!link)
        return;
    const RotatorSettings config = rotatorSettings(rotator);
    link->setPort(quint16(config.httpPort.value_or(RotatorSettings::defaultHttpPort)));
    link->setEnabled(config.useHttp && !m_httpPasswordPending.contains(rotator));
}

bool Session::setHttpPassword(const Rotator *rotator, const QString &password)
{
    DeviceHttpLink *link = httpLink(rotator);
    if (!link)
        return false;
    link->setPassword(password);
    if (!m_credentials || !m_credentials->isAvailable())
        return false;
    const QString key = CredentialStore::deviceHttpPasswordKey(brokerName(rotator),
                                                               rotator->address().toString());
    const auto done = [name = rotator->address().toString()](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcApp) << "HTTP password of" << name << "not kept:" << error;
    };
    if (password.isEmpty())
        m_credentials->deletePassword(key, done);
    else
        m_credentials->writePassword(key, password, done);
    return true;
}

const QList<Rotator *> &Session::rotators() const
{
    return m_rotators;
}

int Session::rotatorCount() const
{
    return int(m_rotators.size());
}

Rotator *Session::rotatorAt(int index) const
{
    return index >= 0 && index < m_rotators.size() ? m_rotators.at(index) : nullptr;
}

int Session::indexOf(const Rotator *rotator) const
{
    return int(m_rotators.indexOf(rotator));
}

QString Session::label(const Rotator *rotator) const
{
    if (!rotator)
        return {};
    const auto it = m_configs.constFind(configKey(brokerName(rotator), rotator->address()));
    if (it != m_configs.constEnd() && !it->label.isEmpty())
        return it->label;
    return rotatorformat::addressText(rotator->address());
}

QColor Session::colour(const Rotator *rotator) const
{
    if (!rotator)
        return {};
    const auto it = m_configs.constFind(configKey(brokerName(rotator), rotator->address()));
    if (it != m_configs.constEnd() && QColor::isValidColorName(it->colour))
        return QColor::fromString(it->colour);
    return m_autoColours.value(rotator, paletteColour(0));
}

QString Session::brokerName(const Rotator *rotator) const
{
    return m_brokerOfRotator.value(rotator);
}

QString Session::stationLocator() const
{
    return m_stationLocator;
}

void Session::setStationLocator(const QString &locator)
{
    if (locator == m_stationLocator)
        return;
    m_stationLocator = locator;
    emit stationChanged();
}

QString Session::stationName() const
{
    return m_stationName;
}

void Session::setStationName(const QString &name)
{
    if (name == m_stationName)
        return;
    m_stationName = name;
    emit stationChanged();
}

QString Session::stationCallsign() const
{
    return m_stationCallsign;
}

void Session::setStationCallsign(const QString &callsign)
{
    if (callsign == m_stationCallsign)
        return;
    m_stationCallsign = callsign;
    emit stationChanged();
}

QColor Session::paletteColour(int n)
{
    const auto &series = palette::rotatorSeries;
    return QColor::fromRgb(series.at(std::size_t(n < 0 ? 0 : n) % series.size()));
}

int Session::stopAll()
{
    int accepted = 0;
    for (Rotator *rotator : std::as_const(m_rotators)) {
        if (rotator->stop())
            ++accepted;
    }
    return accepted;
}
