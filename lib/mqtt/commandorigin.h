// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QMetaType>
#include <QString>

/// Who asked for a command that this program publishes: the user in this app, or one of the
/// interop endpoints (rotctld, N1MM Logger+, PstRotator) acting for a program, or a user of the
/// web remote. Passed with the
/// command through Rotator and CommandPacer to the published MqttMessage, so logs can say where
/// it came from. A code plus plain detail text; app/ turns it into words.
struct CommandOrigin
{
    enum class Kind {
        ThisApp, ///< the user (a click, a key, a track) or the program itself
        Rotctld, ///< a hamlib rotctld client; detail = its peer "address:port"
        N1mm, ///< an N1MM Logger+ datagram; detail = the sender's address
        PstRotator, ///< a PstRotator datagram; detail = the sender's address
        Web, ///< a page of the web remote; detail = "user@address"
    };
    Kind kind = Kind::ThisApp;
    /// Who exactly, when known (e.g. "127.0.0.1:50312"); may be empty.
    QString detail = {};

    [[nodiscard]] static CommandOrigin thisApp() { return {}; }
    [[nodiscard]] bool isThisApp() const { return kind == Kind::ThisApp; }

    friend bool operator==(const CommandOrigin &, const CommandOrigin &) = default;
};

inline QDebug operator<<(QDebug debug, const CommandOrigin &origin)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "CommandOrigin(" << int(origin.kind) << ", " << origin.detail << ')';
    return debug;
}

Q_DECLARE_METATYPE(CommandOrigin)
