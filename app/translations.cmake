# SPDX-License-Identifier: GPL-3.0-or-later
# Translations ("i18n" area): the Czech and German catalogues of the desktop app.
# - `cmake --build <dir> --target update_translations` runs lupdate over the sources of
#   rotordeck-ui and rotordeck and refreshes resources/translations/*.ts (see its README.md).
# - Every normal build runs lrelease and embeds the .qm files into rotordeck-ui under the
#   resource prefix /i18n (:/i18n/rotordeck_cs.qm); installTranslators() loads them.
# Included last from app/CMakeLists.txt, so every source of rotordeck-ui is known here.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

target_sources(rotordeck-ui PRIVATE translator.cpp translator.h)

set(ROTORDECK_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/rotordeck_cs.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/rotordeck_de.ts)

# The C++ sources lupdate reads: the widget library, the executable's main.cpp and the command
# lines (rotordeck's --help and its errors are translated). Relative entries are relative to
# app/ (this directory); subdirectories add absolute paths.
get_target_property(_rotordeck_ui_sources rotordeck-ui SOURCES)
get_target_property(_rotordeck_app_sources rotordeck SOURCES)
get_target_property(_rotordeck_cli_sources rotordeck-cli SOURCES)
list(TRANSFORM _rotordeck_cli_sources PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/cli/)
set(_rotordeck_lupdate_sources
    ${_rotordeck_ui_sources} ${_rotordeck_app_sources} ${_rotordeck_cli_sources})
list(FILTER _rotordeck_lupdate_sources INCLUDE REGEX "\\.(cpp|h)$")
list(REMOVE_DUPLICATES _rotordeck_lupdate_sources)

qt_add_translations(rotordeck-ui
    TS_FILES ${ROTORDECK_TS_FILES}
    SOURCES ${_rotordeck_lupdate_sources}
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -locations relative -no-obsolete)

# English plural forms only ("%n rotator(s)" -> "1 rotator" / "2 rotators"): a small catalogue
# kept by hand beside the others (resources/translations/README.md says how to refresh it),
# compiled here and embedded as :/i18n/rotordeck_en.qm.
set(_rotordeck_en_ts ${PROJECT_SOURCE_DIR}/resources/translations/rotordeck_en.ts)
set(_rotordeck_en_qm ${CMAKE_CURRENT_BINARY_DIR}/i18n/rotordeck_en.qm)
add_custom_command(OUTPUT ${_rotordeck_en_qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/i18n
    COMMAND Qt6::lrelease -silent ${_rotordeck_en_ts} -qm ${_rotordeck_en_qm}
    DEPENDS ${_rotordeck_en_ts}
    VERBATIM)
set_source_files_properties(${_rotordeck_en_qm} PROPERTIES GENERATED TRUE)
qt_add_resources(rotordeck-ui "i18n_en"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
    FILES ${_rotordeck_en_qm})
