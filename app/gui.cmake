# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(rotordeck-ui PRIVATE
    mainwindow.cpp mainwindow.h)

add_executable(rotordeck main.cpp)
target_link_libraries(rotordeck PRIVATE rotordeck-ui)
