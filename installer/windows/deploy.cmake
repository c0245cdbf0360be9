# SPDX-License-Identifier: GPL-3.0-or-later
# Windows only (included from installer/CMakeLists.txt when WIN32): copy the Qt runtime next to
# the installed programs with windeployqt, and the vcpkg DLLs (Paho, QCustomPlot, qtkeychain,
# OpenSSL) that the executables import. Untested on Debian by design; see README.md here.
find_program(ROTORDECK_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" "${QT6_INSTALL_PREFIX}/bin")
if(NOT ROTORDECK_WINDEPLOYQT)
    message(WARNING "windeployqt not found: the NSIS package will lack the Qt runtime")
    return()
endif()

install(CODE "
    execute_process(COMMAND \"${ROTORDECK_WINDEPLOYQT}\" --no-compiler-runtime
                            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                            \"\${CMAKE_INSTALL_PREFIX}/bin/rotordeck.exe\"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${rc}\")
    endif()
")
# The vcpkg toolchain's applocal step copies the non-Qt DLLs (Paho, QCustomPlot, qtkeychain,
# OpenSSL) into the build tree; install them too.
install(CODE "
    file(GLOB dlls \"${PROJECT_BINARY_DIR}/app/*.dll\")
    file(INSTALL \${dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
")
install(FILES "${PROJECT_SOURCE_DIR}/installer/windows/mosquitto-note.txt" DESTINATION .)
