// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerfixture.h"

#include <QCoreApplication>

#include <atomic>

BrokerFixture::BrokerFixture()
    : m_broker(EmbeddedBroker::Options {.websocket = true, .mosquittoPath = {}})
{
}

bool BrokerFixture::start()
{
    return m_broker.startAndWait(10000);
}

QString BrokerFixture::why() const
{
    return m_broker.errorString() + QLatin1String("\n--- mosquitto log ---\n") + m_broker.log();
}

QString BrokerFixture::uniqueCall()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("T%1x%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

BrokerProfile BrokerFixture::profile(const QUrl &url) const
{
    BrokerProfile profile;
    profile.name = QStringLiteral("test broker");
    profile.url = url.isEmpty() ? tcpUrl() : url;
    profile.discover = false;
    return profile;
}
