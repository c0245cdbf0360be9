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

# Sanitizers: ROTORDECK_SANITIZE=ON builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer (preset `asan`); ROTORDECK_FUZZ=ON (clang, preset `fuzz`) also
# instruments for libFuzzer and builds tests/fuzz.
option(ROTORDECK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ROTORDECK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
set(rotordeck_sanitizers "")
if(ROTORDECK_SANITIZE OR ROTORDECK_FUZZ)
    set(rotordeck_sanitizers "address,undefined")
endif()
if(ROTORDECK_FUZZ)
    set(rotordeck_sanitizers "fuzzer-no-link,${rotordeck_sanitizers}")
endif()
if(rotordeck_sanitizers)
    target_compile_options(rotordeck-options INTERFACE
        -fsanitize=${rotordeck_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(rotordeck-options INTERFACE -fsanitize=address,undefined)
endif()
