// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.tracking`: following a moving target (RotatorTracker).
Q_DECLARE_LOGGING_CATEGORY(lcTracking)
