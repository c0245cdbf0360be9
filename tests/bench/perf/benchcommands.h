// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchutil.h"

#include <QUrl>

/// The rotordeck-bench subcommands; each returns the process exit status.
namespace bench {

/// Child-process mode: floods status messages of N rotators (see publish.cpp).
int runPublish(const Args &args);
/// Fleet fan-in against mosquitto_sub on the same stream.
int runFanin(const Args &args);
/// Click on the compass map to Target message seen by another process.
int runClickLatency(const Args &args);
/// Start-up of the rotordeck program and its memory with 100 rotators.
int runStartup(const Args &args);
/// The real main window under 500 updating rotators.
int runGuiLoad(const Args &args);
/// The main window under a DX cluster node sending spots at a given rate.
int runSpotsLoad(const Args &args);
/// The main window with N simulated rotators tracking a moving target at about 1 Hz.
int runTrackLoad(const Args &args);
/// Child-process mode: a fake DX cluster node sending spots (see spotload.cpp).
int runSpotNode(const Args &args);
/// The web remote with many pages and moving rotators (see webload.cpp).
int runWebLoad(const Args &args);
/// Child-process mode: the pages of web-load.
int runWebClients(const Args &args);

/// The topic of message `index` of the flood and its payload (Azimuth / Status / VoltageValue
/// in turn, rotator index % rotators). Shared by the publisher and the checks.
void floodMessage(const QString &call, int rotators, int index, QString *topic,
                  QByteArray *payload);

/// Publishes the retained topics a real IP-Rotator leaves on its broker (Name, StartAzimuth,
/// MaxRotateDegree, AntRadiationAngle, Status, StatusHuman, Azimuth, VoltageValue) for
/// rotators CALL/0 .. CALL/count-1.
bool seedRetainedRotators(const QUrl &url, const QString &call, int count);

} // namespace bench
