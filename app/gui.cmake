# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app: session, main window, settings owner, keychain and the rotordeck executable
# ("app" area). Widgets, dialogs and models are listed in their own folders.
target_sources(rotordeck-ui PRIVATE
    applogging.cpp applogging.h
    demo.cpp demo.h
    countrydata.cpp countrydata.h
    interopcontroller.cpp interopcontroller.h
    remotecontroller.cpp remotecontroller.h
    linknotifier.cpp linknotifier.h
    autoparknotifier.cpp autoparknotifier.h
    azelpairs.cpp azelpairs.h
    otherclientnotifier.cpp otherclientnotifier.h
    trackingcontroller.cpp trackingcontroller.h
    trackview.cpp trackview.h
    externaltracking.cpp externaltracking.h
    settingskeeper.cpp settingskeeper.h
    rotatorformat.cpp rotatorformat.h
    session.cpp session.h
    spotfeed.cpp spotfeed.h
    spotrouting.cpp spotrouting.h
    sunmoonwatch.cpp sunmoonwatch.h
    palette.h
    theme.cpp theme.h
    keychaincredentialstore.cpp keychaincredentialstore.h
    mainwindow.cpp mainwindow.h)

add_executable(rotordeck main.cpp)
target_link_libraries(rotordeck PRIVATE rotordeck-ui rotordeck-cli)

# The window icon (the desktop theme's "rotordeck" icon wins when installed).
qt_add_resources(rotordeck "icons"
    PREFIX "/icons"
    BASE ../resources/linux
    FILES ../resources/linux/rotordeck.svg)
