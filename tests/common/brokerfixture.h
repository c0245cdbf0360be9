// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/brokerprofile.h"
#include "mqtt/embeddedbroker.h"

#include <QString>
#include <QUrl>

/// A real mosquitto for one test: TCP and WebSocket listeners on free loopback ports.
/// Fails the test (it never skips) when mosquitto is missing.
class BrokerFixture
{
public:
    BrokerFixture();
    /// Starts the broker; returns false with why() set when it cannot.
    bool start();
    [[nodiscard]] EmbeddedBroker &broker() { return m_broker; }
    [[nodiscard]] QUrl tcpUrl() const { return m_broker.tcpUrl(); }
    [[nodiscard]] QUrl wsUrl() const { return m_broker.webSocketUrl(); }
    [[nodiscard]] QString why() const;
    /// A profile for `url` (default: the TCP listener) with a generated client id.
    [[nodiscard]] BrokerProfile profile(const QUrl &url = {}) const;
    /// A topic prefix unique to this process and call ("T<pid>x<n>"), for test isolation.
    static QString uniqueCall();

private:
    EmbeddedBroker m_broker;
};
