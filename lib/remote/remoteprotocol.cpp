// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace remote::protocol {

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QLatin1String valueSourceName(ValueSource source)
{
    switch (source) {
    case ValueSource::Default:
        return QLatin1String("default");
    case ValueSource::User:
        return QLatin1String("user");
    case ValueSource::Device:
        return QLatin1String("device");
    case ValueSource::DeviceHttp:
        return QLatin1String("deviceHttp");
    }
    return QLatin1String("default");
}

QLatin1String directionName(TurnPlan::Direction direction)
{
    switch (direction) {
    case TurnPlan::Direction::None:
        return QLatin1String("none");
    case TurnPlan::Direction::Clockwise:
        return QLatin1String("cw");
    case TurnPlan::Direction::CounterClockwise:
        return QLatin1String("ccw");
    }
    return QLatin1String("none");
}

std::optional<RequestType> requestTypeFromName(const QString &name)
{
    static const std::pair<QLatin1String, RequestType> names[] = {
        {QLatin1String("login"), RequestType::Login},
        {QLatin1String("resume"), RequestType::Resume},
        {QLatin1String("logout"), RequestType::Logout},
        {QLatin1String("ping"), RequestType::Ping},
        {QLatin1String("preview"), RequestType::Preview},
        {QLatin1String("turn"), RequestType::Turn},
        {QLatin1String("preset"), RequestType::Preset},
        {QLatin1String("park"), RequestType::Park},
        {QLatin1String("stop"), RequestType::Stop},
        {QLatin1String("stopAll"), RequestType::StopAll},
    };
    for (const auto &[text, type] : names) {
        if (name == text)
            return type;
    }
    return std::nullopt;
}

// Strings a page sends are short; longer ones are refused before they reach the model.
constexpr qsizetype maxFieldChars = 256;

bool readString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    *out = value.toString();
    return !out->isEmpty() && out->size() <= maxFieldChars;
}

} // namespace

QLatin1String errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
        return QLatin1String("badRequest");
    case ErrorCode::UnknownType:
        return QLatin1String("unknownType");
    case ErrorCode::NoSession:
        return QLatin1String("noSession");
    case ErrorCode::SessionExpired:
        return QLatin1String("sessionExpired");
    case ErrorCode::WrongLogin:
        return QLatin1String("wrongLogin");
    case ErrorCode::RateLimited:
        return QLatin1String("rateLimited");
    case ErrorCode::Busy:
        return QLatin1String("busy");
    case ErrorCode::Forbidden:
        return QLatin1String("forbidden");
    case ErrorCode::UnknownRotator:
        return QLatin1String("unknownRotator");
    case ErrorCode::NoParkBearing:
        return QLatin1String("noParkBearing");
    case ErrorCode::UnknownPreset:
        return QLatin1String("unknownPreset");
    case ErrorCode::ConfirmRequired:
        return QLatin1String("confirmRequired");
    }
    return QLatin1String("badRequest");
}

QLatin1String requestTypeName(RequestType type)
{
    switch (type) {
    case RequestType::Login:
        return QLatin1String("login");
    case RequestType::Resume:
        return QLatin1String("resume");
    case RequestType::Logout:
        return QLatin1String("logout");
    case RequestType::Ping:
        return QLatin1String("ping");
    case RequestType::Preview:
        return QLatin1String("preview");
    case RequestType::Turn:
        return QLatin1String("turn");
    case RequestType::Preset:
        return QLatin1String("preset");
    case RequestType::Park:
        return QLatin1String("park");
    case RequestType::Stop:
        return QLatin1String("stop");
    case RequestType::StopAll:
        return QLatin1String("stopAll");
    }
    return QLatin1String("ping");
}

QLatin1String commandResultName(CommandResult::Code code)
{
    switch (code) {
    case CommandResult::Code::Sent:
        return QLatin1String("sent");
    case CommandResult::Code::Queued:
        return QLatin1String("queued");
    case CommandResult::Code::BrokerDown:
        return QLatin1String("brokerDown");
    case CommandResult::Code::OutOfRange:
        return QLatin1String("outOfRange");
    case CommandResult::Code::DarkZone:
        return QLatin1String("darkZone");
    case CommandResult::Code::InvalidValue:
        return QLatin1String("invalidValue");
    case CommandResult::Code::PositionUnknown:
        return QLatin1String("positionUnknown");
    case CommandResult::Code::Superseded:
        return QLatin1String("superseded");
    }
    return QLatin1String("invalidValue");
}

QLatin1String linkStateName(LinkState link)
{
    switch (link) {
    case LinkState::Unknown:
        return QLatin1String("unknown");
    case LinkState::Live:
        return QLatin1String("live");
    case LinkState::Stale:
        return QLatin1String("stale");
    case LinkState::BrokerDown:
        return QLatin1String("brokerDown");
    }
    return QLatin1String("unknown");
}

ParseResult parseRequest(const QByteArray &text)
{
    ParseResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.detail = QStringLiteral("not a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    const QJsonValue seq = object.value(QLatin1String("seq"));
    if (seq.isDouble()) {
        const double value = seq.toDouble();
        if (std::isfinite(value) && value >= 0 && value <= 9007199254740991.0
            && value == std::floor(value))
            result.seq = qint64(value);
    }
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (!typeValue.isString()) {
        result.detail = QStringLiteral("no type");
        return result;
    }
    const auto type = requestTypeFromName(typeValue.toString());
    if (!type) {
        result.error = ErrorCode::UnknownType;
        result.detail = typeValue.toString().left(maxFieldChars);
        return result;
    }

    Request request;
    request.type = *type;
    request.seq = result.seq;
    const auto fail = [&](const QString &why) {
        result.detail = why;
        return result;
    };
    switch (request.type) {
    case RequestType::Login:
        if (!readString(object, QLatin1String("user"), &request.user)
            || !readString(object, QLatin1String("password"), &request.password))
            return fail(QStringLiteral("login needs user and password"));
        break;
    case RequestType::Resume:
        if (!readString(object, QLatin1String("token"), &request.token))
            return fail(QStringLiteral("resume needs token"));
        break;
    case RequestType::Logout:
    case RequestType::Ping:
    case RequestType::StopAll:
        break;
    case RequestType::Preview:
    case RequestType::Turn:
    case RequestType::Preset:
    case RequestType::Park:
    case RequestType::Stop:
        if (!readString(object, QLatin1String("rotator"), &request.rotator))
            return fail(QStringLiteral("no rotator"));
        break;
    }
    if (request.type == RequestType::Preview || request.type == RequestType::Turn) {
        const QJsonValue bearing = object.value(QLatin1String("bearingDeg"));
        if (!bearing.isDouble() || !std::isfinite(bearing.toDouble()))
            return fail(QStringLiteral("no bearingDeg"));
        request.bearingDeg = bearing.toDouble();
    }
    if (request.type == RequestType::Preset) {
        const QJsonValue index = object.value(QLatin1String("index"));
        if (!index.isDouble() || index.toDouble() != std::floor(index.toDouble())
            || index.toDouble() < 0 || index.toDouble() > 1000)
            return fail(QStringLiteral("no preset index"));
        request.presetIndex = index.toInt();
    }
    if (request.type == RequestType::Turn || request.type == RequestType::Preset
        || request.type == RequestType::Park) {
        const QJsonValue confirm = object.value(QLatin1String("confirm"));
        if (!confirm.isUndefined() && !confirm.isBool())
            return fail(QStringLiteral("confirm must be true or false"));
        request.confirm = confirm.toBool(false);
    }
    result.request = request;
    return result;
}

QJsonObject rotatorJson(const RotatorView &view)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), view.id);
    if (view.settings) {
        const RotatorSettings &settings = *view.settings;
        object.insert(QLatin1String("label"), settings.label);
        object.insert(QLatin1String("colour"), settings.colour);
        object.insert(QLatin1String("parkBearingDeg"), optionalInt(settings.parkBearingDeg));
        object.insert(QLatin1String("bidirectional"), settings.bidirectional.value_or(false));
        QJsonArray presets;
        for (const RotatorPreset &preset : settings.presets) {
            presets.append(QJsonObject {{QLatin1String("label"), preset.label},
                                        {QLatin1String("bearingDeg"), preset.bearingDeg}});
        }
        object.insert(QLatin1String("presets"), presets);
    }
    if (view.state) {
        const RotatorState &state = *view.state;
        object.insert(QLatin1String("name"), state.name);
        object.insert(QLatin1String("rawAzimuthDeg"), optionalInt(state.rawAzimuthDeg));
        object.insert(QLatin1String("bearingDeg"), optionalInt(state.bearingDeg()));
        object.insert(QLatin1String("rawTargetDeg"), optionalInt(state.rawTargetDeg));
        object.insert(QLatin1String("targetBearingDeg"), optionalInt(state.targetBearingDeg()));
        object.insert(QLatin1String("moving"), state.moving);
        object.insert(QLatin1String("link"), linkStateName(state.link));
        object.insert(QLatin1String("startAzimuthDeg"), state.startAzimuthDeg);
        object.insert(QLatin1String("maxRotateDeg"), state.maxRotateDeg);
        object.insert(QLatin1String("maxRotateSource"), valueSourceName(state.maxRotateSource));
        object.insert(QLatin1String("beamWidthDeg"), state.beamWidthDeg);
        object.insert(QLatin1String("elevationMode"), state.elevationMode);
        object.insert(QLatin1String("inOverlap"), state.inOverlap());
        object.insert(QLatin1String("status"), optionalInt(state.status));
    }
    object.insert(QLatin1String("pendingRawTargetDeg"), optionalInt(view.pendingRawTargetDeg));
    return object;
}

QJsonObject planJson(const TurnPlan &plan)
{
    return QJsonObject {
        {QLatin1String("fromRawDeg"), plan.fromRawDeg},
        {QLatin1String("rawTargetDeg"), plan.rawTargetDeg},
        {QLatin1String("bearingDeg"), plan.bearingDeg},
        {QLatin1String("direction"), directionName(plan.direction)},
        {QLatin1String("travelDeg"), plan.travelDeg},
        {QLatin1String("usesOverlap"), plan.usesOverlap},
        {QLatin1String("stopFirst"), plan.stopFirst},
        {QLatin1String("longUnwind"), plan.longUnwind},
        {QLatin1String("estimatedSeconds"), std::round(plan.estimatedSeconds * 10.0) / 10.0},
        {QLatin1String("otherEnd"), plan.otherEnd},
    };
}

QByteArray toMessage(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject helloMessage(const QString &serverVersion)
{
    return QJsonObject {
        {QLatin1String("type"), QLatin1String("hello")},
        {QLatin1String("protocol"), version},
        {QLatin1String("server"), QLatin1String("RotorDeck")},
        {QLatin1String("version"), serverVersion},
    };
}

QJsonObject errorMessage(ErrorCode code, std::optional<qint64> seq, const QString &detail)
{
    QJsonObject object {
        {QLatin1String("type"), QLatin1String("error")},
        {QLatin1String("code"), errorCodeName(code)},
    };
    if (seq)
        object.insert(QLatin1String("seq"), *seq);
    if (!detail.isEmpty())
        object.insert(QLatin1String("detail"), detail);
    return object;
}

} // namespace remote::protocol
