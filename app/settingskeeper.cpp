// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingskeeper.h"

#include "applogging.h"
#include "session.h"

#include "model/rotator.h"
#include "mqtt/mqttconnection.h"
#include "settings/credentialstore.h"
#include "settings/settingsstore.h"

#include <algorithm>

namespace {
constexpr int saveDelayMs = 500;
}

SettingsKeeper::SettingsKeeper(AppSettings settings, Session *station, SettingsStore *store,
                               CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_session(station)
    , m_azElPairs(station)
    , m_store(store)
    , m_credentials(credentials)
{
    // Passwords are held by the keyring (or the running connections), never here.
    for (BrokerProfile &profile : m_settings.brokers)
        profile.password.clear();
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(saveDelayMs);
    connect(&m_saveSoon, &QTimer::timeout, this, &SettingsKeeper::save);
    connect(station, &Session::rotatorAdded, this,
            [this](int, Rotator *rotator) { rememberDiscovered(rotator); });
    m_azElPairs.setPairs(m_settings.azElPairs);
}

CredentialStore *SettingsKeeper::credentials() const
{
    return m_credentials.data();
}

SettingsKeeper::~SettingsKeeper()
{
    if (m_saveSoon.isActive())
        save();
}

bool SettingsKeeper::hasRotator(const QString &brokerName, const RotatorAddress &address) const
{
    return std::any_of(m_settings.rotators.cbegin(), m_settings.rotators.cend(),
                       [&](const RotatorSettings &r) {
                           return r.brokerName == brokerName && r.address == address;
                       });
}

void SettingsKeeper::rememberDiscovered(Rotator *rotator)
{
    const QString broker = m_session->brokerName(rotator);
    if (!rotator->isDiscovered() || !isSaved(broker) || hasRotator(broker, rotator->address()))
        return;
    RotatorSettings remembered;
    remembered.brokerName = broker;
    remembered.address = rotator->address();
    m_settings.rotators.append(remembered);
    m_saveSoon.start();
}

void SettingsKeeper::addRotator(const RotatorSettings &rotator)
{
    m_session->addRotator(rotator);
    if (!isSaved(rotator.brokerName) || hasRotator(rotator.brokerName, rotator.address))
        return;
    m_settings.rotators.append(rotator);
    save();
}

void SettingsKeeper::forgetRotator(const QString &brokerName, const RotatorAddress &address)
{
    m_session->forgetRotator(brokerName, address);
    auto removed = m_settings.rotators.removeIf([&](const RotatorSettings &r) {
        return r.brokerName == brokerName && r.address == address;
    });
    // A pair without one of its units is no pair (and would not load again).
    auto inPair = [&](const AzElPairSettings &p) {
        return p.brokerName == brokerName && (p.azimuth == address || p.elevation == address);
    };
    QList<AzElPairSettings> pairs = m_azElPairs.pairs();
    pairs.removeIf(inPair);
    m_azElPairs.setPairs(pairs);
    const auto unpaired = m_settings.azElPairs.removeIf(inPair);
    qsizetype leftGroups = 0;
    for (GroupSettings &group : m_settings.groups) {
        leftGroups += group.members.removeIf([&](const GroupMemberSettings &m) {
            return m.brokerName == brokerName && m.address == address;
        });
    }
    removed += leftGroups;
    if (removed > 0 || unpaired > 0)
        save();
    if (leftGroups > 0)
        emit groupsChanged();
}

void SettingsKeeper::applyGroups(const QList<GroupSettings> &groups)
{
    if (groups == m_settings.groups)
        return;
    m_settings.groups = groups;
    save();
    emit groupsChanged();
}

bool SettingsKeeper::applyAzElPairs(const QList<AzElPairSettings> &pairs)
{
    m_azElPairs.setPairs(pairs);
    QList<AzElPairSettings> saved;
    for (const AzElPairSettings &pair : pairs) {
        if (isSaved(pair.brokerName) && hasRotator(pair.brokerName, pair.azimuth)
            && hasRotator(pair.brokerName, pair.elevation))
            saved.append(pair);
    }
    m_settings.azElPairs = saved;
    save();
    return saved.size() == pairs.size();
}

void SettingsKeeper::startSavedBrokers()
{
    for (const RotatorSettings &rotator : std::as_const(m_settings.rotators))
        m_session->addRotator(rotator);
    for (const BrokerProfile &profile : std::as_const(m_settings.brokers)) {
        if (!profile.enabled)
            continue;
        if (profile.username.isEmpty() || !m_credentials) {
            m_session->addBroker(profile);
            continue;
        }
        QPointer<Session> station(m_session);
        m_credentials->readPassword(
            CredentialStore::brokerPasswordKey(profile.name),
            [station, profile = BrokerProfile(profile)](std::optional<QString> password,
                                                        const QString &error) mutable {
                if (!station)
                    return;
                if (password)
                    profile.password = *password;
                else if (!error.isEmpty())
                    qCWarning(lcApp) << "no password for" << profile.name << error;
                station->addBroker(profile);
            });
    }
}

void SettingsKeeper::applyBrokers(const QList<BrokerProfile> &profiles,
                                  const QHash<QString, QString> &renamedFromTo)
{
    // What runs is the truth to compare with: a saved broker whose running profile (password
    // included) is not among the edited ones stops; an enabled edited one that is not running
    // starts. Brokers of this session only (demo, command line) are left alone.
    for (const BrokerProfile &old : std::as_const(m_settings.brokers)) {
        const MqttConnection *running = m_session->connection(old.name);
        if (!running)
            continue;
        const bool kept = std::any_of(profiles.cbegin(), profiles.cend(),
                                      [&](const auto &p) { return p == running->profile(); });
        if (!kept)
            m_session->removeBroker(old.name);
    }
    // A renamed broker keeps its rotators' settings (labels, colours, ranges, park): they move
    // to the new name before its connection starts. One pass, so swapped names swap them too.
    if (!renamedFromTo.isEmpty()) {
        for (auto it = renamedFromTo.cbegin(); it != renamedFromTo.cend(); ++it)
            m_session->clearRotatorConfigs(it.key());
        for (RotatorSettings &rotator : m_settings.rotators) {
            if (const auto to = renamedFromTo.constFind(rotator.brokerName);
                to != renamedFromTo.cend()) {
                rotator.brokerName = *to;
                m_session->addRotator(rotator);
            }
        }
        // Their pairs move with them.
        QList<AzElPairSettings> pairs = m_azElPairs.pairs();
        for (QList<AzElPairSettings> *list : {&m_settings.azElPairs, &pairs}) {
            for (AzElPairSettings &pair : *list)
                pair.brokerName = renamedFromTo.value(pair.brokerName, pair.brokerName);
        }
        m_azElPairs.setPairs(pairs);
        for (GroupSettings &group : m_settings.groups) {
            for (GroupMemberSettings &member : group.members) {
                if (const auto to = renamedFromTo.constFind(member.brokerName);
                    to != renamedFromTo.cend())
                    member.brokerName = *to;
            }
        }
    }
    for (const BrokerProfile &profile : profiles) {
        if (profile.enabled && !m_session->connection(profile.name))
            m_session->addBroker(profile);
    }
    m_settings.brokers = profiles;
    for (BrokerProfile &profile : m_settings.brokers)
        profile.password.clear();
    save();
    if (!renamedFromTo.isEmpty())
        emit groupsChanged();
}

bool SettingsKeeper::isSaved(const QString &brokerName) const
{
    return std::any_of(m_settings.brokers.cbegin(), m_settings.brokers.cend(),
                       [&](const BrokerProfile &p) { return p.name == brokerName; });
}

bool SettingsKeeper::applyRotator(const RotatorSettings &rotator)
{
    m_session->updateRotatorSettings(rotator);
    if (!isSaved(rotator.brokerName))
        return false;
    auto &list = m_settings.rotators;
    const auto it = std::find_if(list.begin(), list.end(), [&](const RotatorSettings &r) {
        return r.brokerName == rotator.brokerName && r.address == rotator.address;
    });
    if (it != list.end())
        *it = rotator;
    else
        list.append(rotator);
    save();
    return true;
}

void SettingsKeeper::applyCluster(const QString &callsign, const QList<ClusterNodeSettings> &nodes)
{
    m_settings.station.callsign = callsign;
    m_settings.clusterNodes = nodes;
    m_session->setStationCallsign(callsign);
    save();
    emit clusterChanged();
}

void SettingsKeeper::applyStation(const StationSettings &station)
{
    const bool callsignChanged = station.callsign != m_settings.station.callsign;
    m_settings.station = station;
    if (callsignChanged)
        emit clusterChanged();
    m_session->setStationName(station.name);
    m_session->setStationCallsign(station.callsign);
    m_session->setStationLocator(station.locator);
    save();
}

void SettingsKeeper::applyInterop(const InteropSettings &interop)
{
    m_settings.interop = interop;
    save();
}

void SettingsKeeper::applyRemote(const RemoteSettings &remote)
{
    m_settings.remote = remote;
    save();
}

void SettingsKeeper::setCountryFileUrl(const QString &url)
{
    if (url == m_settings.countryFileUrl)
        return;
    m_settings.countryFileUrl = url;
    save();
}

void SettingsKeeper::setWindowState(const QByteArray &geometry, const QByteArray &state,
                                    const QVariantMap &ui)
{
    m_settings.windowGeometry = geometry;
    m_settings.windowState = state;
    m_settings.ui = ui;
}

bool SettingsKeeper::save()
{
    if (!m_store)
        return true;
    // Members that are not saved rotators (demo, command line) would only be dropped, with a
    // problem report, at the next start.
    AppSettings toSave = m_settings;
    for (GroupSettings &group : toSave.groups) {
        group.members.removeIf(
            [this](const GroupMemberSettings &m) { return !hasRotator(m.brokerName, m.address); });
    }
    QString error;
    if (m_store->save(toSave, &error))
        return true;
    qCWarning(lcApp) << "settings not saved:" << error;
    emit saveFailed(error);
    return false;
}
