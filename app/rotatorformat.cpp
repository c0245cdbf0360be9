// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatorformat.h"

#include "palette.h"

#include <QCoreApplication>

#include <cmath>

namespace rotatorformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rotatorformat", text);
}

QString durationText(qint64 seconds)
{
    // Plain variables as the count: lupdate 6.4 loops forever on an arithmetic argument.
    const int wholeSeconds = int(seconds);
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    if (seconds < 90)
        return QCoreApplication::translate("rotatorformat", "%n s", nullptr, wholeSeconds);
    if (seconds < 90 * 60)
        return QCoreApplication::translate("rotatorformat", "%n min", nullptr, minutes);
    return QCoreApplication::translate("rotatorformat", "%n h", nullptr, hours);
}
} // namespace

QString addressText(const RotatorAddress &address)
{
    if (address.id.isEmpty())
        return tr("%1 (no ID)").arg(address.call);
    return address.toString();
}

QString elidedText(const QString &text, qsizetype maxChars)
{
    if (maxChars < 1 || text.size() <= maxChars)
        return text;
    qsizetype keep = maxChars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never split a surrogate pair
    return text.first(keep) + QChar(0x2026);
}

QString bearingText(std::optional<int> bearingDeg)
{
    if (!bearingDeg)
        return QStringLiteral("—");
    return QStringLiteral("%1°").arg(*bearingDeg);
}

QString positionText(const RotatorState &state)
{
    const auto bearing = state.bearingDeg();
    if (bearing && state.elevationMode)
        return tr("%1° el").arg(*bearing);
    return bearingText(bearing);
}

QString statusText(const RotatorState &state, const QDateTime &nowUtc)
{
    switch (state.link) {
    case LinkState::BrokerDown:
        return tr("Broker down");
    case LinkState::Stale: {
        if (!state.lastMessageUtc.isValid())
            return tr("Silent");
        const qint64 seconds = std::max<qint64>(0, state.lastMessageUtc.secsTo(nowUtc));
        return tr("Stale (silent %1)").arg(durationText(seconds));
    }
    case LinkState::Unknown:
        if (!state.rawAzimuthDeg)
            return tr("Not heard yet");
        break;
    case LinkState::Live:
        break;
    }
    if (state.moving && state.elevationMode) {
        // Raw 0..180 runs from one horizon over the zenith (90) to the other: up and down are
        // towards and away from the zenith, whichever way the raw value goes.
        const int status = state.status.value_or(0);
        const int raw = state.rawAzimuthDeg.value_or(0);
        const bool up = status != 0 && ((status > 0) == (raw < 90));
        const QString dir = status == 0 ? QString() : up ? tr("up") : tr("down");
        const auto target = state.targetBearingDeg();
        if (target) {
            return dir.isEmpty() ? tr("Moving to %1° el").arg(*target)
                                 : tr("Moving %1 to %2° el").arg(dir, QString::number(*target));
        }
        return dir.isEmpty() ? tr("Moving") : tr("Moving %1").arg(dir);
    }
    if (state.moving) {
        const int status = state.status.value_or(0);
        const QString dir = status > 0 ? tr("CW") : status < 0 ? tr("CCW") : QString();
        const auto target = state.targetBearingDeg();
        if (target) {
            return dir.isEmpty() ? tr("Turning to %1°").arg(*target)
                                 : tr("Turning %1 to %2°").arg(dir, QString::number(*target));
        }
        return dir.isEmpty() ? tr("Turning") : tr("Turning %1").arg(dir);
    }
    if (state.inEndZone())
        return tr("Stopped in end-stop zone");
    if (!state.rawAzimuthDeg)
        return tr("Position unknown");
    return tr("Stopped");
}

QString linkText(LinkState link)
{
    switch (link) {
    case LinkState::Live:
        return tr("Live");
    case LinkState::Stale:
        return tr("Stale");
    case LinkState::BrokerDown:
        return tr("Broker down");
    case LinkState::Unknown:
        break;
    }
    return tr("Waiting");
}

QColor linkColour(LinkState link)
{
    switch (link) {
    case LinkState::Live:
        return palette::status::live;
    case LinkState::Stale:
        return palette::status::stale;
    case LinkState::BrokerDown:
        return palette::status::alert;
    case LinkState::Unknown:
        break;
    }
    return palette::status::untrusted;
}

QString rawHint(const RotatorState &state)
{
    if (!state.rawAzimuthDeg)
        return tr("raw —");
    const int raw = *state.rawAzimuthDeg;
    QString text = tr("raw %1° of %2°").arg(raw).arg(state.maxRotateDeg);
    if (state.elevationMode)
        text = tr("elevation %1° (raw)").arg(raw);
    if (raw < 0)
        text += tr(" · CCW end-stop zone");
    else if (raw > state.maxRotateDeg)
        text += tr(" · CW end-stop zone");
    else if (state.inOverlap())
        text += tr(" · in overlap");
    return text;
}

QString commandResultText(const CommandResult &result)
{
    switch (result.code) {
    case CommandResult::Code::Sent:
        return tr("Sent");
    case CommandResult::Code::Queued:
        return tr("Queued");
    case CommandResult::Code::BrokerDown:
        return tr("Not sent: the broker is not connected");
    case CommandResult::Code::OutOfRange:
        return tr("Not sent: outside the rotator's range");
    case CommandResult::Code::DarkZone:
        return tr("Not sent: that bearing is in the rotator's dark zone");
    case CommandResult::Code::InvalidValue:
        return tr("Not sent: invalid value");
    case CommandResult::Code::PositionUnknown:
        return tr("Not sent: the rotator's position is not known yet");
    case CommandResult::Code::Superseded:
        return tr("Not sent: another client turned or stopped the rotator first");
    }
    return result.detail;
}

QString planText(const TurnPlan &plan)
{
    if (plan.direction == TurnPlan::Direction::None || plan.travelDeg == 0)
        return tr("Already at %1°").arg(plan.bearingDeg);
    QString text = (plan.direction == TurnPlan::Direction::Clockwise ? tr("CW %1° to %2°")
                                                                     : tr("CCW %1° to %2°"))
                       .arg(plan.travelDeg)
                       .arg(plan.bearingDeg);
    if (plan.otherEnd)
        text += tr(" · other end of the antenna");
    if (plan.usesOverlap)
        text += tr(" · via overlap");
    if (plan.longUnwind)
        text += tr(" · long unwind");
    if (plan.stopFirst)
        text += tr(" · stops first");
    if (plan.estimatedSeconds > 0)
        text += tr(" · ≈ %1").arg(durationText(std::lround(plan.estimatedSeconds)));
    return text;
}

QString brokerStateText(MqttConnection::State state)
{
    switch (state) {
    case MqttConnection::State::Connecting:
        return tr("Connecting…");
    case MqttConnection::State::Connected:
        return tr("Connected");
    case MqttConnection::State::Reconnecting:
        return tr("Reconnecting…");
    case MqttConnection::State::Disconnected:
        break;
    }
    return tr("Disconnected");
}

QColor brokerStateColour(MqttConnection::State state)
{
    switch (state) {
    case MqttConnection::State::Connected:
        return linkColour(LinkState::Live);
    case MqttConnection::State::Connecting:
    case MqttConnection::State::Reconnecting:
        return linkColour(LinkState::Stale);
    case MqttConnection::State::Disconnected:
        break;
    }
    return linkColour(LinkState::BrokerDown);
}

QString brokerStatusText(MqttConnection::State state, MqttConnection::Error error, int msUntilRetry)
{
    using Error = MqttConnection::Error;
    if (state == MqttConnection::State::Connected)
        return tr("Connected");
    if (state == MqttConnection::State::Disconnected) {
        // Not trying any more: the reason is the state.
        if (error == Error::AuthFailed)
            return tr("Login refused");
        if (error == Error::InvalidUrl)
            return tr("Invalid broker address");
        return tr("Disconnected");
    }
    QString reason;
    switch (error) {
    case Error::HostNotFound:
        reason = tr("host not found");
        break;
    case Error::Unreachable:
        reason = tr("unreachable");
        break;
    case Error::TlsFailed:
        reason = tr("TLS problem");
        break;
    case Error::Refused:
        reason = tr("refused");
        break;
    case Error::BrokerLost:
        reason = tr("connection lost");
        break;
    case Error::AuthFailed:
        reason = tr("login refused");
        break;
    case Error::None:
    case Error::InvalidUrl:
    case Error::PublishFailed:
    case Error::SubscribeFailed:
        break;
    }
    QString text = brokerStateText(state);
    if (!reason.isEmpty())
        text = tr("%1 (%2)").arg(text, reason);
    if (msUntilRetry >= 0) {
        const int seconds = (msUntilRetry + 999) / 1000;
        text = QCoreApplication::translate("rotatorformat", "%1 · next try in %n s", nullptr,
                                           seconds)
                   .arg(text);
    }
    return text;
}

QString brokerErrorText(MqttConnection::Error error)
{
    using Error = MqttConnection::Error;
    switch (error) {
    case Error::None:
        break;
    case Error::InvalidUrl:
        return tr("The broker address is not valid; check it in Brokers.");
    case Error::HostNotFound:
        return tr("The broker's host name is not known; check the address. Still trying.");
    case Error::Unreachable:
        return tr("The broker does not answer; still trying.");
    case Error::Refused:
        return tr("The broker refused the connection; still trying.");
    case Error::AuthFailed:
        return tr("The broker refused the login. Not retrying until a new password is given.");
    case Error::TlsFailed:
        return tr("The secure connection failed (certificate or TLS settings); still trying.");
    case Error::BrokerLost:
        return tr("Connection lost; reconnecting.");
    case Error::PublishFailed:
        return tr("A message could not be sent.");
    case Error::SubscribeFailed:
        return tr("The broker did not accept a subscription.");
    }
    return {};
}

QString httpStatusText(const DeviceHttpLink &link)
{
    using Status = DeviceHttpClient::Status;
    if (!link.isEnabled())
        return tr("HTTP: not used");
    const QString where = QStringLiteral("%1:%2").arg(link.host()).arg(link.port());
    switch (link.status()) {
    case Status::NotAsked:
        return link.host().isEmpty() ? tr("HTTP: no address yet (the unit has not published ip)")
                                     : tr("HTTP: not read yet (%1)").arg(where);
    case Status::Reading:
        return tr("HTTP: reading %1…").arg(where);
    case Status::Reachable: {
        const DeviceHttpInfo &info = link.info();
        QString text = tr("HTTP: reachable");
        if (!info.name.isEmpty())
            text += tr(", “%1”").arg(info.name);
        if (!info.firmwareRevision.isEmpty())
            text += tr(", rev %1").arg(info.firmwareRevision);
        if (info.uptimeSec)
            text += tr(", up %1").arg(durationText(*info.uptimeSec));
        return text;
    }
    case Status::Unreachable:
        return tr("HTTP side unreachable (address %1)").arg(where);
    case Status::LoginRefused:
        return tr("HTTP: login refused (password in Properties)");
    case Status::BadReply:
        return tr("HTTP: unexpected reply from %1").arg(where);
    }
    return {};
}

QString speedOutcomeText(const DeviceHttpLink &link)
{
    using Outcome = DeviceHttpLink::SpeedOutcome;
    switch (link.speedOutcome()) {
    case Outcome::None:
        return {};
    case Outcome::Sending:
        return tr("Setting SPEED…");
    case Outcome::Set:
        return tr("SPEED %1 set").arg(link.requestedSpeed());
    case Outcome::Refused:
        return tr("SPEED not set: login refused");
    case Outcome::Unreachable:
        return tr("SPEED not set: the HTTP side is unreachable");
    case Outcome::Failed:
        return tr("SPEED not set: the unit answered with an error");
    }
    return {};
}

} // namespace rotatorformat
