# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app: main window, panels, models and the rotordeck executable ("app" area).
target_sources(rotordeck-ui PRIVATE
    applogging.cpp applogging.h
    demo.cpp demo.h
    linknotifier.cpp linknotifier.h
    settingskeeper.cpp settingskeeper.h
    rotatorformat.cpp rotatorformat.h
    session.cpp session.h
    palette.h
    theme.cpp theme.h
    models/rotatorlistmodel.cpp models/rotatorlistmodel.h
    models/trafficlogfiltermodel.cpp models/trafficlogfiltermodel.h
    models/trafficlogmodel.cpp models/trafficlogmodel.h
    widgets/brokerstatus.cpp widgets/brokerstatus.h
    widgets/confirmbar.cpp widgets/confirmbar.h
    widgets/elevationdial.cpp widgets/elevationdial.h
    widgets/firstrunpanel.cpp widgets/firstrunpanel.h
    widgets/historyplot.cpp widgets/historyplot.h
    widgets/notificationdock.cpp widgets/notificationdock.h
    widgets/rotatorpanel.cpp widgets/rotatorpanel.h
    widgets/trafficlogdock.cpp widgets/trafficlogdock.h
    mainwindow.cpp mainwindow.h)

add_executable(rotordeck main.cpp)
target_link_libraries(rotordeck PRIVATE rotordeck-ui rotordeck-cli)

# The window icon (the desktop theme's "rotordeck" icon wins when installed).
qt_add_resources(rotordeck "icons"
    PREFIX "/icons"
    BASE ../resources/linux
    FILES ../resources/linux/rotordeck.svg)
