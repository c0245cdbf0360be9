// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotator.h"

#include "commandpacer.h"
#include "modellogging.h"
#include "motiontracker.h"
#include "turnplanner.h"

#include "core/clock.h"
#include "mqtt/mqttconnection.h"
#include "protocol/command.h"
#include "protocol/payload.h"
#include "protocol/status.h"

#include <QTimer>

#include <algorithm>

namespace {

/// While stale, probe with `get` at most this often.
constexpr qint64 staleProbeIntervalMs = 15000;
/// Not heard since it was added or since the broker came back: ask again this often. A device
/// retries its own broker connection every ~5 s, so a `get` sent before it subscribed again
/// is lost; without a repeat it would stay unknown until its 60 s heartbeat.
constexpr qint64 unknownProbeIntervalMs = 5000;

} // namespace

static_assert(Rotator::commandIntervalMs == model::CommandPacer::intervalMs);

class Rotator::Private final : public model::CommandLink
{
public:
    Private(Rotator *owner, RotatorAddress addr, MqttConnection *conn, const Clock &clk)
        : q(owner)
        , address(std::move(addr))
        , connection(conn)
        , clock(clk)
        , pacer(*this, clk)
    {
    }

    Rotator *q;
    RotatorAddress address;
    QPointer<MqttConnection> connection;
    const Clock &clock;
    RotatorState state;
    RotatorSettings user; ///< the user's settings; only some of them affect the model
    bool discovered = false;

    std::optional<int> deviceStartDeg;
    std::optional<int> deviceMaxDeg;
    std::optional<int> deviceBeamDeg;
    std::optional<bool> deviceElevation;
    DeviceHttpValues http;

    bool brokerUp = false;
    qint64 silentSinceMs = 0;
    std::optional<qint64> lastProbeMs;

    model::CommandPacer pacer;
    QTimer pacingTimer;
    /// The pacer's wake-up time pacingTimer was last started for.
    std::optional<qint64> pacingTimerAtMs;
    /// pendingRawTargetDeg() as last announced.
    std::optional<int> pendingRawDeg;

    model::MotionTracker motion;
    /// state.rawTargetDeg was seen moving towards: it is done at the next stop.
    bool targetSeenMoving = false;

    // --- CommandLink ------------------------------------------------------------------------

    [[nodiscard]] bool isUp() const override
    {
        return brokerUp && connection && connection->isConnected();
    }

    bool send(const protocol::Command &command, const CommandOrigin &origin) override
    {
        if (!connection->publish(address.topic(command.leaf), command.payload, 0, false, origin))
            return false;
        qCDebug(lcModel) << address << "sent" << command.leaf << command.payload;
        emit q->commandSent(command.leaf, command.payload);
        return true;
    }

    void targetSent(const TurnPlan &plan) override
    {
        change([&] {
            state.rawTargetDeg = plan.destinationRawDeg;
            state.targetFromOtherClient = false;
            // Already moving (same direction): the target is done at the next stop.
            targetSeenMoving = state.moving;
        });
    }

    void refused(const CommandResult &result) override
    {
        qCInfo(lcModel) << address << "command refused:" << result.detail;
        emit q->commandRefused(result);
    }

    // --- pacing -----------------------------------------------------------------------------

    /// Restarts the wake-up timer when the pacer's next time changed. Logic compares Clock
    /// times only (in the pacer); the timer just wakes it up.
    void syncPacingTimer()
    {
        notePendingTarget();
        const std::optional<qint64> atMs = pacer.wakeUpAtMs();
        if (atMs == pacingTimerAtMs && (pacingTimer.isActive() || !atMs))
            return;
        pacingTimerAtMs = atMs;
        if (!atMs) {
            pacingTimer.stop();
            return;
        }
        const qint64 delayMs = *atMs - clock.nowMs();
        pacingTimer.start(
            static_cast<int>(std::clamp<qint64>(delayMs, 1, model::CommandPacer::intervalMs)));
    }

    [[nodiscard]] std::optional<int> pendingTarget() const
    {
        const std::optional<model::TargetRequest> request = pacer.waitingTarget();
        if (!request || !pacer.targetWaitsForStop())
            return std::nullopt;
        if (!request->byBearing)
            return request->rawDeg;
        const std::optional<TurnPlan> plan
            = model::planTurnToBearing(situation(), request->bearingDeg);
        if (!plan)
            return std::nullopt;
        return plan->destinationRawDeg;
    }

    /// Runs after every pacer call (through syncPacingTimer): the pacer itself has no signals.
    void notePendingTarget()
    {
        const std::optional<int> now = pendingTarget();
        if (now == pendingRawDeg)
            return;
        pendingRawDeg = now;
        emit q->pendingTargetChanged();
    }

    /// A Target or stop from another client: ours must not override it, and the owner is told.
    void noteOtherClientCommand(const protocol::Update &update, bool retained)
    {
        OtherClientCommand command;
        command.retained = retained;
        if (update.leaf == protocol::Leaf::Target) {
            command.kind = OtherClientCommand::Kind::Target;
            command.sentRawDeg = std::get<int>(update.value);
            command.destinationRawDeg
                = state.targetFromOtherClient ? state.rawTargetDeg : std::nullopt;
        } else {
            command.kind = OtherClientCommand::Kind::Stop;
        }
        qCInfo(lcModel).noquote() << address.topic(update.leafName) << update.text
                                  << "from another client" << (retained ? "(retained)" : "");
        if (!retained) {
            pacer.dropWaitingTarget(command.kind == OtherClientCommand::Kind::Stop
                                        ? QStringLiteral("another client stopped the rotator")
                                        : QStringLiteral("another client sent a newer target"));
            syncPacingTimer();
        }
        emit q->otherClientCommand(command);
    }

    void pump()
    {
        pacer.pump(situation());
        syncPacingTimer();
    }

    CommandResult requestTarget(const model::TargetRequest &request)
    {
        emit q->targetRequested();
        const CommandResult result = pacer.requestTarget(request, situation());
        syncPacingTimer();
        return result;
    }

    /// Sends `get`; every get counts as a probe (see Rotator::poll()).
    CommandResult probe(const CommandOrigin &origin = {})
    {
        lastProbeMs = clock.nowMs();
        const CommandResult result = pacer.requestGet(situation(), origin);
        syncPacingTimer();
        return result;
    }

    [[nodiscard]] model::TurnSituation situation() const
    {
        model::TurnSituation s;
        s.currentRawDeg = state.rawAzimuthDeg;
        s.startAzimuthDeg = state.startAzimuthDeg;
        s.maxRotateDeg = state.maxRotateDeg;
        s.elevationMode = state.elevationMode;
        s.moving = state.moving;
        s.movingDirection = motion.direction(state.moving, state.status);
        s.speedDegPerSec = motion.speedDegPerSec().value_or(model::defaultSpeedDegPerSec);
        s.bidirectional = user.bidirectional.value_or(false);
        return s;
    }

    void applyConfig()
    {
        if (user.startAzimuthOverrideDeg) {
            state.startAzimuthDeg = wrapBearingDeg(*user.startAzimuthOverrideDeg);
            state.startAzimuthSource = ValueSource::User;
        } else if (deviceStartDeg) {
            state.startAzimuthDeg = *deviceStartDeg;
            state.startAzimuthSource = ValueSource::Device;
        } else {
            state.startAzimuthDeg = protocol::defaultStartAzimuthDeg;
            state.startAzimuthSource = ValueSource::Default;
        }
        if (deviceMaxDeg) {
            state.maxRotateDeg = *deviceMaxDeg;
            state.maxRotateSource = ValueSource::Device;
        } else if (http.maxRotateDeg) {
            state.maxRotateDeg = *http.maxRotateDeg;
            state.maxRotateSource = ValueSource::DeviceHttp;
        } else if (user.maxRotateDeg) {
            state.maxRotateDeg = std::clamp(*user.maxRotateDeg, protocol::minRotateRangeDeg,
                                            protocol::maxRotateRangeDeg);
            state.maxRotateSource = ValueSource::User;
        } else {
            state.maxRotateDeg = protocol::defaultRotateRangeDeg;
            state.maxRotateSource = ValueSource::Default;
        }
        if (deviceBeamDeg) {
            state.beamWidthDeg = *deviceBeamDeg;
            state.beamWidthSource = ValueSource::Device;
        } else if (http.beamWidthDeg) {
            state.beamWidthDeg = *http.beamWidthDeg;
            state.beamWidthSource = ValueSource::DeviceHttp;
        } else if (user.beamWidthDeg) {
            state.beamWidthDeg = std::clamp(*user.beamWidthDeg, protocol::minBeamWidthDeg,
                                            protocol::maxBeamWidthDeg);
            state.beamWidthSource = ValueSource::User;
        } else {
            state.beamWidthDeg = protocol::defaultBeamWidthDeg;
            state.beamWidthSource = ValueSource::Default;
        }
        if (deviceElevation) {
            state.elevationMode = *deviceElevation;
            state.elevationSource = ValueSource::Device;
        } else if (http.elevationMode) {
            state.elevationMode = *http.elevationMode;
            state.elevationSource = ValueSource::DeviceHttp;
        } else if (user.elevationMode) {
            state.elevationMode = *user.elevationMode;
            state.elevationSource = ValueSource::User;
        } else {
            state.elevationMode = false;
            state.elevationSource = ValueSource::Default;
        }
    }

    /// Applies a change and emits stateChanged when the state really differs.
    template<typename F> void change(F &&mutate)
    {
        const RotatorState before = state;
        mutate();
        afterChange(before.moving, [&] { return state != before; });
    }

    /// As change(), for a change that is known to alter the state (e.g. a new lastMessageUtc):
    /// no copy of the state to compare with. This runs for every live message.
    template<typename F> void changeSurely(F &&mutate)
    {
        const bool wasMoving = state.moving;
        mutate();
        afterChange(wasMoving, [] { return true; });
    }

    /// differs() is asked after the follow-up changes made here.
    template<typename Differs> void afterChange(bool wasMoving, Differs &&differs)
    {
        if (state.moving && !wasMoving)
            targetSeenMoving = true;
        if (!state.moving && wasMoving) {
            motion.noteStopped();
            if (targetSeenMoving)
                state.rawTargetDeg.reset();
            targetSeenMoving = false;
        }
        if (!state.rawTargetDeg)
            state.targetFromOtherClient = false;
        if (differs())
            emit q->stateChanged();
        if (wasMoving && !state.moving)
            pump(); // a target may be waiting for this stop
    }

    void setMoving(bool moving)
    {
        state.moving = moving;
        if (!moving)
            motion.forgetUnconfirmedAzimuth();
    }

    void noteAzimuth(int rawDeg)
    {
        motion.notePosition(state.rawAzimuthDeg, rawDeg, state.moving, state.status, clock.nowMs());
        state.rawAzimuthDeg = rawDeg;
    }

    /// Where the firmware drives for a received Target of `raw` (half rule); nullopt when it
    /// ignores it or the position is unknown and `raw` is out of range.
    [[nodiscard]] std::optional<int> targetDestination(int raw) const
    {
        if (state.rawAzimuthDeg)
            return protocol::firmwareDestinationRaw(*state.rawAzimuthDeg, raw, state.maxRotateDeg);
        if (raw < 0 || raw > state.maxRotateDeg)
            return std::nullopt;
        return raw;
    }

    void apply(const protocol::Update &update, MessageOrigin origin)
    {
        using protocol::Leaf;
        switch (update.leaf) {
        case Leaf::Azimuth: {
            const int raw = std::get<int>(update.value);
            // Status unknown (never re-sent by the firmware): a stopped device follows every
            // Azimuth with AzimuthStop at once, a moving one does not.
            if (!state.status && motion.azimuthWithoutStatus(raw, clock.nowMs()))
                state.moving = true;
            noteAzimuth(raw);
            break;
        }
        case Leaf::AzimuthStop:
            // Only published while Status is 0.
            setMoving(false);
            if (state.status && *state.status != 0) {
                state.status = 0;
                state.statusHuman = protocol::statusLabel(0);
            }
            noteAzimuth(std::get<int>(update.value));
            break;
        case Leaf::Status: {
            const int code = std::get<int>(update.value);
            state.status = code;
            state.statusHuman = protocol::statusLabel(code);
            setMoving(code != 0);
            motion.noteStatus(code);
            break;
        }
        case Leaf::StatusHuman: {
            const QString &text = std::get<QString>(update.value);
            state.statusHuman = text;
            if (const std::optional<int> code = protocol::statusFromLabel(text)) {
                state.status = *code;
                setMoving(*code != 0);
                motion.forgetUnconfirmedAzimuth();
            }
            break;
        }
        case Leaf::StartAzimuth:
            deviceStartDeg = std::get<int>(update.value);
            break;
        case Leaf::MaxRotateDegree:
            deviceMaxDeg = std::get<int>(update.value);
            break;
        case Leaf::AntRadiationAngle:
            deviceBeamDeg = std::get<int>(update.value);
            break;
        case Leaf::ElevationEnable:
            deviceElevation = std::get<bool>(update.value);
            break;
        case Leaf::OneTurnLimitSec:
            state.oneTurnLimitSec = std::get<int>(update.value);
            break;
        case Leaf::VoltageValue:
            state.voltageV = std::get<double>(update.value);
            break;
        case Leaf::Name:
            state.name = std::get<QString>(update.value);
            break;
        case Leaf::Ip:
            state.ip = std::get<QString>(update.value);
            break;
        case Leaf::Mac:
            state.mac = std::get<QString>(update.value);
            break;
        case Leaf::Debug:
            state.lastDebug = std::get<QString>(update.value);
            state.lastDebugUtc = clock.nowUtc();
            if (state.lastDebug.startsWith(QLatin1String("Target ignore")))
                state.rawTargetDeg.reset();
            break;
        case Leaf::Target: {
            const std::optional<int> destination = targetDestination(std::get<int>(update.value));
            if (destination && state.rawTargetDeg != destination) {
                state.rawTargetDeg = destination;
                targetSeenMoving = state.moving;
            }
            if (destination)
                state.targetFromOtherClient = !origin.ownEcho;
            break;
        }
        case Leaf::Stop:
        case Leaf::Get:
            break;
        default:
            state.otherLeaves.insert(update.leafName, update.text);
            break;
        }
    }
};

Rotator::Rotator(RotatorAddress address, MqttConnection *connection, const Clock &clock,
                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(address), connection, clock))
{
    d->pacingTimer.setSingleShot(true);
    d->pacingTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->pacingTimer, &QTimer::timeout, this, [this] {
        d->pacingTimerAtMs.reset();
        d->pump();
    });
    d->brokerUp = connection && connection->isConnected();
    d->state.link = d->brokerUp ? LinkState::Unknown : LinkState::BrokerDown;
    d->silentSinceMs = clock.nowMs();
    d->applyConfig();
}

Rotator::~Rotator() = default;

const RotatorAddress &Rotator::address() const
{
    return d->address;
}

const RotatorState &Rotator::state() const
{
    return d->state;
}

MqttConnection *Rotator::connection() const
{
    return d->connection;
}

bool Rotator::isDiscovered() const
{
    return d->discovered;
}

void Rotator::setDiscovered(bool discovered)
{
    d->discovered = discovered;
}

const RotatorSettings &Rotator::settings() const
{
    return d->user;
}

void Rotator::setSettings(const RotatorSettings &settings)
{
    if (settings == d->user)
        return;
    d->change([&] {
        d->user = settings;
        d->applyConfig();
    });
}

void Rotator::setHttpValues(const DeviceHttpValues &values)
{
    if (values == d->http)
        return;
    d->change([&] {
        d->http = values;
        d->applyConfig();
    });
}

std::optional<TurnPlan> Rotator::planTurnToBearing(double bearingDeg, CommandResult *whyNot) const
{
    return model::planTurnToBearing(d->situation(), bearingDeg, whyNot);
}

std::optional<double> Rotator::measuredSpeedDegPerSec() const
{
    return d->motion.speedDegPerSec();
}

CommandResult Rotator::turnToBearing(double bearingDeg, const CommandOrigin &origin)
{
    return d->requestTarget(model::TargetRequest::bearing(bearingDeg, origin));
}

CommandResult Rotator::turnToRaw(int rawDeg, const CommandOrigin &origin)
{
    return d->requestTarget(model::TargetRequest::raw(rawDeg, origin));
}

std::optional<int> Rotator::pendingRawTargetDeg() const
{
    return d->pendingRawDeg;
}

CommandResult Rotator::stop(const CommandOrigin &origin)
{
    // Told first: whoever follows a target (a tracker) must not send another one after this.
    emit stopRequested();
    const CommandResult result = d->pacer.requestStop(d->situation(), origin);
    d->syncPacingTimer();
    return result;
}

CommandResult Rotator::refresh(const CommandOrigin &origin)
{
    return d->probe(origin);
}

void Rotator::handleMessage(QStringView leaf, const QByteArray &payload)
{
    handleMessage(leaf, payload, MessageOrigin {});
}

void Rotator::handleMessage(QStringView leaf, const QByteArray &payload, MessageOrigin origin)
{
    QString reason;
    const std::optional<protocol::Update> update = protocol::parsePayload(leaf, payload, &reason);
    qCDebug(lcModel).noquote() << "recv" << leaf << payload;
    if (!update) {
        qCWarning(lcModel).noquote() << d->address.topic(leaf) << "ignored:" << reason;
        return;
    }
    using protocol::Leaf;
    const bool command = update->leaf == Leaf::Target || update->leaf == Leaf::Stop
        || update->leaf == Leaf::Get || update->leaf == Leaf::RxAzimuth;
    const bool signOfLife = !command && !origin.retained;
    const QDateTime nowUtc = signOfLife ? d->clock.nowUtc() : QDateTime();
    const auto mutate = [&] {
        if (signOfLife) {
            d->state.lastMessageUtc = nowUtc;
            d->silentSinceMs = d->clock.nowMs();
            d->lastProbeMs.reset();
            if (d->state.link != LinkState::BrokerDown)
                d->state.link = LinkState::Live;
        }
        d->apply(*update, origin);
        d->applyConfig();
    };
    // A sign of life at a new millisecond changes lastMessageUtc, so the state differs for sure.
    if (signOfLife && nowUtc != d->state.lastMessageUtc)
        d->changeSurely(mutate);
    else
        d->change(mutate);
    if (update->leaf == Leaf::Debug)
        emit debugReceived(update->text);
    if ((update->leaf == Leaf::Target || update->leaf == Leaf::Stop) && !origin.ownEcho)
        d->noteOtherClientCommand(*update, origin.retained);
}

void Rotator::poll()
{
    if (!d->brokerUp)
        return;
    const qint64 now = d->clock.nowMs();
    d->change([&] {
        if (!d->state.status && d->motion.azimuthStopOverdue(now))
            d->state.moving = true;
    });
    if (d->state.link != LinkState::Stale && now - d->silentSinceMs > staleAfterMs) {
        qCInfo(lcModel) << d->address << "stale: nothing heard for" << (now - d->silentSinceMs)
                        << "ms";
        d->change([&] { d->state.link = LinkState::Stale; });
        d->probe();
    } else if (d->state.link == LinkState::Stale
               && (!d->lastProbeMs || now - *d->lastProbeMs >= staleProbeIntervalMs)) {
        d->probe();
    } else if (d->state.link == LinkState::Unknown && d->lastProbeMs
               && now - *d->lastProbeMs >= unknownProbeIntervalMs) {
        d->probe();
    }
    d->pacer.poll(d->situation());
    d->syncPacingTimer();
}

void Rotator::setBrokerUp(bool up)
{
    if (up == d->brokerUp)
        return;
    d->brokerUp = up;
    if (!up) {
        d->pacer.dropAll(QStringLiteral("the broker connection went down"));
        d->syncPacingTimer();
        d->change([&] { d->state.link = LinkState::BrokerDown; });
        return;
    }
    d->silentSinceMs = d->clock.nowMs();
    d->lastProbeMs.reset();
    d->change([&] {
        d->state.link = LinkState::Unknown;
        // Whatever happened meanwhile is unknown; the get reply tells moving or stopped.
        d->state.status.reset();
        d->motion.forgetUnconfirmedAzimuth();
    });
    if (d->isUp())
        refresh();
}
