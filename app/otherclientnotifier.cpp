// SPDX-License-Identifier: GPL-3.0-or-later
#include "otherclientnotifier.h"

#include "rotatorformat.h"
#include "session.h"

#include "model/rotator.h"

/// What one rotator received from other clients while its notifications are held back.
struct OtherClientNotifier::Held
{
    QTimer quiet;
    int count = 0;
    QString lastText;
};

OtherClientNotifier::OtherClientNotifier(Session *session, QObject *parent, int quietMs)
    : QObject(parent)
    , m_session(session)
    , m_quietMs(quietMs)
{
    for (Rotator *rotator : session->rotators())
        watch(rotator);
    connect(session, &Session::rotatorAdded, this,
            [this](int, Rotator *rotator) { watch(rotator); });
    connect(session, &Session::rotatorAboutToBeRemoved, this, [this](int, Rotator *rotator) {
        disconnect(rotator, nullptr, this, nullptr);
        m_held.erase(rotator);
    });
}

OtherClientNotifier::~OtherClientNotifier() = default;

void OtherClientNotifier::watch(Rotator *rotator)
{
    connect(rotator, &Rotator::otherClientCommand, this,
            [this, rotator](const OtherClientCommand &command) { onCommand(rotator, command); });
}

QString OtherClientNotifier::commandText(const Rotator &rotator, const OtherClientCommand &command)
{
    if (command.kind == OtherClientCommand::Kind::Stop)
        return tr("Stopped by another client.");
    if (!command.destinationRawDeg)
        return tr("Another client sent raw %1°, which the rotator ignores (outside its range).")
            .arg(command.sentRawDeg.value_or(0));
    RotatorState where = rotator.state();
    where.rawTargetDeg = command.destinationRawDeg;
    if (where.elevationMode)
        return tr("Sent to %1° elevation by another client.")
            .arg(rotatorformat::bearingText(where.targetBearingDeg()));
    return tr("Sent to %1 by another client.")
        .arg(rotatorformat::bearingText(where.targetBearingDeg()));
}

void OtherClientNotifier::onCommand(Rotator *rotator, const OtherClientCommand &command)
{
    const QString source = m_session->label(rotator);
    if (command.retained) {
        emit notification(NotificationDock::Severity::Warning, source,
                          tr("The broker keeps a retained command for this rotator (%1). The "
                             "rotator obeys it again each time it reconnects; the client that "
                             "sent it should clear it.")
                              .arg(commandText(*rotator, command)));
        return;
    }
    std::unique_ptr<Held> &held = m_held[rotator];
    if (held && held->quiet.isActive()) {
        ++held->count;
        held->lastText = commandText(*rotator, command);
        return;
    }
    if (!held) {
        held = std::make_unique<Held>();
        held->quiet.setSingleShot(true);
        held->quiet.setInterval(m_quietMs);
        connect(&held->quiet, &QTimer::timeout, this, [this, rotator] { release(rotator); });
    }
    emit notification(NotificationDock::Severity::Info, source, commandText(*rotator, command));
    held->quiet.start();
}

void OtherClientNotifier::release(const Rotator *rotator)
{
    const auto it = m_held.find(rotator);
    if (it == m_held.end() || it->second->count == 0)
        return;
    Held &held = *it->second;
    emit notification(
        NotificationDock::Severity::Info, m_session->label(rotator),
        tr("%n more command(s) from another client; the last: %1", nullptr, held.count)
            .arg(held.lastText));
    held.count = 0;
    held.quiet.start(); // still busy: keep gathering
}
