# SPDX-License-Identifier: GPL-3.0-or-later
# Everything of ours links rotordeck-options: language level, warnings and Qt strictness in one place.
add_library(rotordeck-options INTERFACE)
target_compile_features(rotordeck-options INTERFACE cxx_std_20)
target_compile_options(rotordeck-options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${ROTORDECK_WERROR}>:-Werror>)
target_compile_definitions(rotordeck-options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    ROTORDECK_VERSION="${PROJECT_VERSION}")
