// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azelpairs.h"

#include "settings/appsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CredentialStore;
class Rotator;
class SettingsStore;
class Session;

/// The one owner of the user's settings while the app runs. Every edit (brokers, a rotator's
/// properties, the station, adding or forgetting a rotator) goes through here: it is applied to
/// the running Session and written to the settings file, so that the windows never keep or
/// diff settings of their own. Passwords never reach the file; they live in the
/// CredentialStore.
class SettingsKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsKeeper)

public:
    /// store and credentials may be null (then nothing is saved, or no password kept).
    SettingsKeeper(AppSettings settings, Session *station, SettingsStore *store,
                   CredentialStore *credentials, QObject *parent = nullptr);
    ~SettingsKeeper() override;

    /// The settings as saved (window state as last given to setWindowState()).
    [[nodiscard]] const AppSettings &settings() const { return m_settings; }
    [[nodiscard]] SettingsStore *store() const { return m_store; }
    [[nodiscard]] CredentialStore *credentials() const;

    /// Starts the saved brokers (enabled ones; with a user name once its password was read
    /// from the keyring) and their rotators' settings on the station.
    void startSavedBrokers();

    /// The Brokers dialog's result: removed or edited profiles stop, new or edited enabled
    /// ones start; rotators of a renamed profile keep their settings under the new name.
    void applyBrokers(const QList<BrokerProfile> &profiles,
                      const QHash<QString, QString> &renamedFromTo);
    /// A rotator's edited properties. Returns false when they apply to this session only (its
    /// broker is not a saved profile, e.g. the demo's or the command line's).
    bool applyRotator(const RotatorSettings &rotator);
    void applyStation(const StationSettings &station);
    /// The DX cluster dialog's result: the callsign to log in with and the nodes.
    void applyCluster(const QString &callsign, const QList<ClusterNodeSettings> &nodes);
    /// The Interop dialog's result (the endpoints themselves are InteropController's).
    void applyInterop(const InteropSettings &interop);
    void applyRemote(const RemoteSettings &remote);
    /// Where country data updates come from (empty = the default address); saved at once.
    void setCountryFileUrl(const QString &url);
    /// The Groups dialog's result. Groups live for the session with every member; the file
    /// keeps the members that are saved rotators (a demo or command-line rotator is not).
    void applyGroups(const QList<GroupSettings> &groups);
    /// A rotator the user added by hand: on the station at once, saved when its broker is.
    void addRotator(const RotatorSettings &rotator);
    /// Removes a rotator and all its settings, from the station and the file.
    void forgetRotator(const QString &brokerName, const RotatorAddress &address);
    /// True when the rotator's broker is one of the saved profiles.
    [[nodiscard]] bool isSaved(const QString &brokerName) const;

    /// The az/el pairs in use (the saved ones, and those of this session only).
    [[nodiscard]] AzElPairs *azElPairs() { return &m_azElPairs; }
    /// The Az/El Pairs dialog's result: in use at once; saved where both units are saved
    /// rotators of a saved broker. Returns false when some pair applies to this session only.
    bool applyAzElPairs(const QList<AzElPairSettings> &pairs);

    /// Window geometry and UI state, saved with the next save().
    void setWindowState(const QByteArray &geometry, const QByteArray &state, const QVariantMap &ui);
    /// Writes the settings file; false (and saveFailed) on failure.
    bool save();

signals:
    /// The settings file could not be written (the reason, English, from the store).
    void saveFailed(const QString &error);
    /// The station callsign or the DX cluster nodes changed.
    void clusterChanged();
    /// settings().groups changed (edited, or a member forgotten or moved to a renamed broker).
    void groupsChanged();

private:
    /// A discovered rotator of a saved broker is remembered, so the next start lists it ("not
    /// heard yet") and asks it with `get` instead of waiting for its heartbeat.
    void rememberDiscovered(Rotator *rotator);
    [[nodiscard]] bool hasRotator(const QString &brokerName, const RotatorAddress &address) const;

    AppSettings m_settings;
    Session *m_session;
    AzElPairs m_azElPairs;
    SettingsStore *m_store;
    QPointer<CredentialStore> m_credentials;
    /// Discoveries come in bursts: one save per burst.
    QTimer m_saveSoon;
};
