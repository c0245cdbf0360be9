// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.sim`: the firmware simulator.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
