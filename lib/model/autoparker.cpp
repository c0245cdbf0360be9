// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoparker.h"

#include "modellogging.h"
#include "rotator.h"

#include "core/clock.h"

#include <QPointer>

#include <cstdlib>
#include <unordered_map>

struct AutoParker::Watch
{
    QPointer<Rotator> rotator;
    /// Since when nothing happened (no command, no move, conditions fine).
    qint64 idleSinceMs = 0;
    /// parkingSoon was emitted for the current wait.
    bool warned = false;
    /// A park went out (or was refused) for the current wait: nothing more until activity.
    bool parked = false;
    QList<QMetaObject::Connection> connections;
};

class AutoParker::Private
{
public:
    explicit Private(const Clock &theClock)
        : clock(theClock)
    {
    }

    const Clock &clock;
    std::unordered_map<const Rotator *, Watch> watches;
    /// Set while the parker itself sends a park, so its own command does not restart the wait.
    bool sending = false;
};

namespace {

/// Degrees between the position and the park bearing; elevation units have no wrap.
int distanceToParkDeg(const RotatorState &state, int parkDeg)
{
    const int bearing = *state.bearingDeg();
    if (state.elevationMode)
        return std::abs(bearing - parkDeg);
    const int d = wrapBearingDeg(bearing - parkDeg);
    return std::min(d, 360 - d);
}

} // namespace

AutoParker::AutoParker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(clock))
{
}

AutoParker::~AutoParker()
{
    for (auto &[key, watch] : d->watches) {
        for (const auto &connection : std::as_const(watch.connections))
            disconnect(connection);
    }
}

void AutoParker::watch(Rotator *rotator)
{
    if (!rotator || d->watches.count(rotator))
        return;
    Watch &watch = d->watches[rotator];
    watch.rotator = rotator;
    watch.idleSinceMs = d->clock.nowMs();
    watch.connections << connect(
        rotator, &Rotator::commandSent, this, [this, rotator](const QString &leaf) {
            // A `get` (probe, refresh) moves nothing: it is no activity.
            if (!d->sending && leaf != QLatin1String("get"))
                restart(rotator);
        }) << connect(rotator, &Rotator::otherClientCommand, this, [this, rotator] {
        restart(rotator);
    }) << connect(rotator, &Rotator::stateChanged, this, [this, rotator] {
        if (rotator->state().moving)
            restart(rotator);
    }) << connect(rotator, &QObject::destroyed, this, [this, rotator] {
        d->watches.erase(rotator);
    });
}

void AutoParker::unwatch(Rotator *rotator)
{
    const auto it = d->watches.find(rotator);
    if (it == d->watches.end())
        return;
    for (const auto &connection : std::as_const(it->second.connections))
        disconnect(connection);
    d->watches.erase(it);
}

AutoParker::Watch *AutoParker::find(const Rotator *rotator) const
{
    const auto it = d->watches.find(rotator);
    return it == d->watches.end() ? nullptr : &it->second;
}

void AutoParker::restart(Rotator *rotator)
{
    Watch *watch = find(rotator);
    if (!watch)
        return;
    watch->idleSinceMs = d->clock.nowMs();
    watch->parked = false;
    if (watch->warned) {
        watch->warned = false;
        emit parkingCancelled(rotator);
    }
}

void AutoParker::poll()
{
    const qint64 now = d->clock.nowMs();
    // Signals go out after the walk: a receiver may unwatch or delete a rotator.
    QList<QPointer<Rotator>> cancelled;
    QList<QPair<QPointer<Rotator>, int>> soon;
    QList<QPointer<Rotator>> due;

    for (auto &[key, watch] : d->watches) {
        Rotator *rotator = watch.rotator;
        if (!rotator)
            continue;
        const RotatorSettings &settings = rotator->settings();
        const RotatorState &state = rotator->state();
        const bool enabled = settings.autoParkAfterMin && settings.parkBearingDeg;
        const bool allowed
            = state.link == LinkState::Live && state.bearingDeg().has_value() && !state.moving;
        if (!enabled || !allowed) {
            // Off, or held: the wait starts again once it may run.
            watch.idleSinceMs = now;
            if (watch.warned)
                cancelled << rotator;
            watch.warned = false;
            continue;
        }
        if (distanceToParkDeg(state, *settings.parkBearingDeg) <= parkedToleranceDeg) {
            watch.parked = true;
            if (watch.warned)
                cancelled << rotator;
            watch.warned = false;
            continue;
        }
        if (watch.parked)
            continue;
        const qint64 leftMs = watch.idleSinceMs + qint64(*settings.autoParkAfterMin) * 60'000 - now;
        if (leftMs <= 0) {
            watch.parked = true;
            watch.warned = false;
            due << rotator;
        } else if (leftMs <= warningMs && !watch.warned) {
            watch.warned = true;
            soon << qMakePair(QPointer<Rotator>(rotator), int((leftMs + 999) / 1000));
        }
    }

    for (const auto &rotator : std::as_const(cancelled)) {
        if (rotator)
            emit parkingCancelled(rotator);
    }
    for (const auto &[rotator, seconds] : std::as_const(soon)) {
        if (rotator)
            emit parkingSoon(rotator, seconds);
    }
    for (const auto &rotator : std::as_const(due)) {
        if (!rotator)
            continue;
        const int parkDeg = *rotator->settings().parkBearingDeg;
        d->sending = true;
        const CommandResult result = rotator->turnToBearing(parkDeg);
        d->sending = false;
        qCInfo(lcModel).noquote() << rotator->address().toString() << "auto-park to" << parkDeg
                                  << (result.accepted() ? "sent" : "refused:") << result.detail;
        emit parkingStarted(rotator, parkDeg, result);
    }
}

std::optional<qint64> AutoParker::msUntilPark(const Rotator *rotator) const
{
    const Watch *watch = find(rotator);
    if (!watch || !watch->rotator || watch->parked)
        return std::nullopt;
    const RotatorSettings &settings = rotator->settings();
    const RotatorState &state = rotator->state();
    if (!settings.autoParkAfterMin || !settings.parkBearingDeg || state.link != LinkState::Live
        || !state.bearingDeg() || state.moving
        || distanceToParkDeg(state, *settings.parkBearingDeg) <= parkedToleranceDeg)
        return std::nullopt;
    const qint64 leftMs
        = watch->idleSinceMs + qint64(*settings.autoParkAfterMin) * 60'000 - d->clock.nowMs();
    return std::max<qint64>(0, leftMs);
}
