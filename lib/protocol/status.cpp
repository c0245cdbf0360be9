// SPDX-License-Identifier: GPL-3.0-or-later
#include "status.h"

#include <cstdlib>

namespace protocol {

namespace {

struct StatusEntry
{
    int code;
    const char *label;
};

constexpr StatusEntry statusTable[] = {
    {0, "STOP"},
    {1, "START-CW"},
    {11, "PwmUp-CW"},
    {2, "CW"},
    {3, "PwmDwn-CW"},
    {-1, "START-CCW"},
    {-11, "PwmUp-CCW"},
    {-2, "CCW"},
    {-3, "PwmDwn-CCW"},
    {21, "ManualStart-CW"},
    {22, "Manual-CW"},
    {23, "ManualPwmDwn-CW"},
    {-21, "ManualStart-CCW"},
    {-22, "Manual-CCW"},
    {-23, "ManualPwmDwn-CCW"},
};

const StatusEntry *findStatus(int code) noexcept
{
    for (const StatusEntry &entry : statusTable) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

} // namespace

bool isKnownStatus(int code) noexcept
{
    return findStatus(code) != nullptr;
}

QString statusLabel(int code)
{
    const StatusEntry *entry = findStatus(code);
    return entry ? QString::fromLatin1(entry->label) : QString();
}

std::optional<int> statusFromLabel(QStringView label) noexcept
{
    for (const StatusEntry &entry : statusTable) {
        if (label == QLatin1String(entry.label))
            return entry.code;
    }
    return std::nullopt;
}

bool isMovingStatus(int code) noexcept
{
    return code != 0 && isKnownStatus(code);
}

int statusDirection(int code) noexcept
{
    if (!isMovingStatus(code))
        return 0;
    return code > 0 ? 1 : -1;
}

bool isRampDownStatus(int code) noexcept
{
    const int magnitude = std::abs(code);
    return magnitude == 3 || magnitude == 23;
}

bool isManualStatus(int code) noexcept
{
    const int magnitude = std::abs(code);
    return magnitude == 21 || magnitude == 22 || magnitude == 23;
}

} // namespace protocol
