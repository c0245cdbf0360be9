// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.geo`: geo maths and the world data (debug hidden by default).
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
