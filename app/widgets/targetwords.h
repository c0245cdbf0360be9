// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targeting/targetinput.h"

#include <QString>

/// A read target (targeting::readTarget) in the user's words, for the panel's preview: what
/// was read, the place and where its position came from, both paths, the other reading.
namespace targetwords {

/// Why the text gives no target, or no bearing ("Unknown prefix or callsign."); empty if fine.
[[nodiscard]] QString problemText(const targeting::TargetReading &reading);
/// "Czech Republic · prefix OK · position: centre of the country"; empty for a bearing.
[[nodiscard]] QString placeText(const targeting::TargetReading &reading,
                                const dxcc::CountryDatabase *countries);
/// "Short path 312° · 1,234 km · long path 132° · 38,800 km", the one Go uses in bold.
[[nodiscard]] QString pathsText(const targeting::TargetReading &reading, bool longPath);
/// "Read as a locator; as a prefix it is US Virgin Islands: <a>=KP20</a>", or empty.
/// other is the alternative reading (readTarget of reading.alternativeText).
[[nodiscard]] QString alternativeText(const targeting::TargetReading &reading,
                                      const targeting::TargetReading &other,
                                      const dxcc::CountryDatabase *countries);

} // namespace targetwords
