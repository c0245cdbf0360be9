// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the app tests (they link rotordeck-ui, which has Session): simulated IP-Rotators on the
// test broker that the window or panel under test knows as its rotators.

#include "session.h"

#include "mqtt/brokerprofile.h"
#include "settings/appsettings.h"
#include "sim/simulatedrotatorconfig.h"
#include "sim/simulatorhost.h"

#include <QString>
#include <QUrl>

namespace apptest {

/// The name of the Session's broker profile on which the simulated rotators live.
inline QString simulatorBrokerName()
{
    return QStringLiteral("test");
}

/// That profile: the test broker, no discovery (only the rotators added here are shown).
inline BrokerProfile simulatorBrokerProfile(const QUrl &brokerUrl)
{
    BrokerProfile profile;
    profile.name = simulatorBrokerName();
    profile.url = brokerUrl;
    profile.discover = false;
    return profile;
}

/// Adds the device to `host` and the same rotator to `session`, labelled `label`, with the
/// device's range (and elevation mode for an elevation unit) configured as a user would.
inline void addSimulatedRotator(SimulatorHost &host, Session &session,
                                const SimulatedRotatorConfig &config, const QString &label)
{
    host.addDevice(config);
    RotatorSettings settings;
    settings.brokerName = simulatorBrokerName();
    settings.address = RotatorAddress {config.call, config.id};
    settings.label = label;
    if (config.elevation)
        settings.elevationMode = true;
    settings.maxRotateDeg = config.maxRotateDeg;
    session.addRotator(settings);
}

} // namespace apptest
