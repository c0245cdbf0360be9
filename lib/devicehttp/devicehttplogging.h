// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// `rotordeck.devicehttp`: the devices' HTTP side (DeviceHttpClient, DeviceHttpLink).
Q_DECLARE_LOGGING_CATEGORY(lcDeviceHttp)
