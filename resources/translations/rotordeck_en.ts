<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddRotatorDialog</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoParkNotifier</name>
    <message numerus="yes">
        <source>Parks at %1 in %n s: no command for %2 min. Any command cancels it.</source>
        <translation>
            <numerusform>Parks at %1 in %n s: no command for %2 min. Any command cancels it.</numerusform>
            <numerusform>Parks at %1 in %n s: no command for %2 min. Any command cancels it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryData</name>
    <message numerus="yes">
        <source>Country data %1 (%2, %n entities)</source>
        <translation>
            <numerusform>Country data %1 (%2, %n entities)</numerusform>
            <numerusform>Country data %1 (%2, %n entities)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPlot</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteropDialog</name>
    <message numerus="yes">
        <source>Interop: %n client(s)</source>
        <translation>
            <numerusform>Interop: %n client</numerusform>
            <numerusform>Interop: %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkNotifier</name>
    <message numerus="yes">
        <source>Silent for %n s; its position may be out of date. Asking it again.</source>
        <translation>
            <numerusform>Silent for %n s; its position may be out of date. Asking it again.</numerusform>
            <numerusform>Silent for %n s; its position may be out of date. Asking it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotators fell silent; their positions may be out of date.</source>
        <translation>
            <numerusform>%n rotators fell silent; their positions may be out of date.</numerusform>
            <numerusform>%n rotators fell silent; their positions may be out of date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotators were heard again.</source>
        <translation>
            <numerusform>%n rotators were heard again.</numerusform>
            <numerusform>%n rotators were heard again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Turning %n rotator(s) to %1°</source>
        <translation>
            <numerusform>Turning %n rotator to %1°</numerusform>
            <numerusform>Turning %n rotators to %1°</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotator(s) still turning.</source>
        <translation>
            <numerusform>%n rotator still turning.</numerusform>
            <numerusform>%n rotators still turning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sent to %n rotator(s)</source>
        <translation>
            <numerusform>Stop sent to %n rotator</numerusform>
            <numerusform>Stop sent to %n rotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sent to %n of %1 rotator(s)</source>
        <translation>
            <numerusform>Stop sent to %n of %1 rotator</numerusform>
            <numerusform>Stop sent to %n of %1 rotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotator(s) have no park bearing (Rotator ▸ Properties…)</source>
        <translation>
            <numerusform>%n rotator have no park bearing (Rotator ▸ Properties…)</numerusform>
            <numerusform>%n rotators have no park bearing (Rotator ▸ Properties…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning %n rotator(s) to %1: %2</source>
        <translation>
            <numerusform>Turning %n rotator to %1: %2</numerusform>
            <numerusform>Turning %n rotators to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter turns the selected %1 to %2° for %3 (%n rotator(s) serve %4).</source>
        <translation>
            <numerusform>Enter turns the selected %1 to %2° for %3 (%n rotator serve %4).</numerusform>
            <numerusform>Enter turns the selected %1 to %2° for %3 (%n rotators serve %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtherClientNotifier</name>
    <message numerus="yes">
        <source>%n more command(s) from another client; the last: %1</source>
        <translation>
            <numerusform>%n more command from another client; the last: %1</numerusform>
            <numerusform>%n more commands from another client; the last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message numerus="yes">
        <source>Web remote: %n page(s)</source>
        <translation>
            <numerusform>Web remote: %n page</numerusform>
            <numerusform>Web remote: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running at %1 — %n page(s) open</source>
        <translation>
            <numerusform>Running at %1 — %n page open</numerusform>
            <numerusform>Running at %1 — %n pages open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotatorPanel</name>
    <message numerus="yes">
        <source> · commands go to all %n selected</source>
        <translation>
            <numerusform> · commands go to all %n selected</numerusform>
            <numerusform> · commands go to all %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotFeed</name>
    <message numerus="yes">
        <source>retry in %n s</source>
        <translation>
            <numerusform>retry in %n s</numerusform>
            <numerusform>retry in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) dropped</source>
        <translation>
            <numerusform>%n bad line dropped</numerusform>
            <numerusform>%n bad lines dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotMapLayer</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotsDock</name>
    <message numerus="yes">
        <source>≤ %n min</source>
        <translation>
            <numerusform>≤ %n min</numerusform>
            <numerusform>≤ %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rotatorformat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · next try in %n s</source>
        <translation>
            <numerusform>%1 · next try in %n s</numerusform>
            <numerusform>%1 · next try in %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
