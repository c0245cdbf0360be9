// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The app's colour schemes: the platform's own, or Fusion with a light or a dark palette.
namespace theme {

enum class Mode { System, Light, Dark };

/// Applies the scheme to the running application (remembers the system palette the first time).
void apply(Mode mode);
/// True when the current application palette is dark (window darker than its text).
[[nodiscard]] bool isDark();
[[nodiscard]] QString toString(Mode mode);
[[nodiscard]] Mode fromString(const QString &text);

} // namespace theme
