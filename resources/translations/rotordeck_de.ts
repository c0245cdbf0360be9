<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddRotatorDialog</name>
    <message>
        <location filename="../../app/dialogs/addrotatordialog.cpp" line="+24"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; cannot be part of an address.</source>
        <translation>„%1“ darf nicht Teil einer Adresse sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only printable ASCII characters, no spaces.</source>
        <translation>Nur druckbare ASCII-Zeichen, keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Rotator</source>
        <translation>Rotor hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is the unit&apos;s callsign (CALL) and network ID (NET_ID) as set on its own web page; its topics are CALL/ID/ROT/…</source>
        <translation>Die Adresse besteht aus Rufzeichen (CALL) und Netzwerk-ID (NET_ID) des Geräts, wie auf seiner eigenen Webseite eingestellt; seine Topics sind CALL/ID/ROT/…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CALL:</source>
        <translation>&amp;CALL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty on a factory-fresh unit</source>
        <translation>leer bei einem fabrikneuen Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NET_&amp;ID:</source>
        <translation>NET_&amp;ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional, e.g. 20 m yagi</source>
        <translation>optional, z. B. 20-m-Yagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>Be&amp;zeichnung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This rotator is in the list already.</source>
        <translation>Dieser Rotor ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../app/cli/appoptions.cpp" line="+48"/>
        <source>Control IP-Rotator antenna rotators over MQTT. Without options the brokers and rotators of your settings are used.</source>
        <translation>Steuert IP-Rotator-Antennenrotoren über MQTT. Ohne Optionen werden die Broker und Rotoren aus Ihren Einstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo mode: a private broker and N simulated rotators (default 4). Write N after --demo: --demo 6.</source>
        <translation>Demo-Modus: ein privater Broker und N simulierte Rotoren (Standard 4). N hinter --demo schreiben: --demo 6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo rotator count.</source>
        <translation>Anzahl der Demo-Rotoren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a broker for this run: tcp://host:port, ws://, ssl:// or wss://.</source>
        <translation>Einen Broker für diesen Lauf hinzufügen: tcp://host:port, ws://, ssl:// oder wss://.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a rotator on the --broker (repeatable).</source>
        <translation>Einen Rotor auf dem --broker hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CALL/ID</source>
        <translation>CALL/ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station Maidenhead locator, e.g. JO70va.</source>
        <translation>Maidenhead-Locator der Station, z. B. JO70va.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOC</source>
        <translation>LOC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read DX spots from this cluster node for this run (needs the station callsign).</source>
        <translation>Für diesen Lauf DX-Spots von diesem Cluster-Knoten lesen (benötigt das Stationsrufzeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station callsign for this run, e.g. OK1HRA.</source>
        <translation>Stationsrufzeichen für diesen Lauf, z. B. OK1HRA.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CALL</source>
        <translation>RUFZEICHEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log MQTT traffic and internal details to the terminal (the Traffic log shows the traffic too).</source>
        <translation>MQTT-Verkehr und interne Details im Terminal protokollieren (das Fenster „MQTT-Nachrichten“ zeigt den Verkehr ebenfalls).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve hamlib rotctld for this run: the first rotator on TCP PORT, the next on PORT+2, … (loopback unless Settings ▸ Interop allows the network).</source>
        <translation>Für diesen Lauf hamlib rotctld bereitstellen: der erste Rotor auf TCP-PORT, der nächste auf PORT+2, … (nur Loopback, sofern Einstellungen ▸ Interop das Netzwerk nicht erlaubt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Serve the web remote for this run on TCP PORT (loopback unless Settings ▸ Web Remote allows the network; accounts from there too).</source>
        <translation>Für diesen Lauf die Web-Fernsteuerung auf TCP-PORT bereitstellen (nur Loopback, sofern Einstellungen ▸ Web-Fernsteuerung das Netzwerk nicht erlaubt; Konten ebenfalls von dort).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo: the rotator count must be 1 to %1, not “%2”.</source>
        <translation>--demo: Die Anzahl der Rotoren muss 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--broker may be given once.</source>
        <translation>--broker darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--broker: “%1” is not a URL.</source>
        <translation>--broker: „%1“ ist keine URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--broker: “%1”: %2.</source>
        <translation>--broker: „%1“: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rotator: “%1” is not CALL/ID (two non-empty parts without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;).</source>
        <translation>--rotator: „%1“ ist kein CALL/ID (zwei nicht leere Teile ohne &apos;/&apos;, &apos;+&apos; oder &apos;#&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--rotator needs a --broker to live on.</source>
        <translation>--rotator braucht einen --broker, auf dem er läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo runs its own broker; leave out --broker.</source>
        <translation>--demo startet einen eigenen Broker; lassen Sie --broker weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--locator: “%1” is not a Maidenhead locator of 4, 6 or 8 characters (e.g. JO70va).</source>
        <translation>--locator: „%1“ ist kein Maidenhead-Locator mit 4, 6 oder 8 Zeichen (z. B. JO70va).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dx-cluster may be given once.</source>
        <translation>--dx-cluster darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dx-cluster: “%1” is not HOST:PORT (e.g. dxc.example.org:7300).</source>
        <translation>--dx-cluster: „%1“ ist nicht HOST:PORT (z. B. dxc.example.org:7300).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--rotctld: “%1” is not a TCP port 1 to 65535.</source>
        <translation>--rotctld: „%1“ ist kein TCP-Port von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--web: “%1” is not a TCP port 1 to 65535.</source>
        <translation>--web: „%1“ ist kein TCP-Port von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callsign: “%1” is not a callsign (letters, digits and &apos;/&apos;, e.g. OK1HRA or DL/OK1HRA).</source>
        <translation>--callsign: „%1“ ist kein Rufzeichen (Buchstaben, Ziffern und &apos;/&apos;, z. B. OK1HRA oder DL/OK1HRA).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--settings: the file name is empty.</source>
        <translation>--settings: Der Dateiname ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--settings: “%1” is a folder, not a file.</source>
        <translation>--settings: „%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--settings: the folder of “%1” does not exist.</source>
        <translation>--settings: Der Ordner von „%1“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>AutoParkNotifier</name>
    <message numerus="yes">
        <location filename="../../app/autoparknotifier.cpp" line="+27"/>
        <source>Parks at %1 in %n s: no command for %2 min. Any command cancels it.</source>
        <translation>
            <numerusform>Parkt in %n s bei %1: seit %2 min kein Befehl. Jeder Befehl bricht das ab.</numerusform>
            <numerusform>Parkt in %n s bei %1: seit %2 min kein Befehl. Jeder Befehl bricht das ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-park called off.</source>
        <translation>Auto-Parken abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-park: turning to %1.</source>
        <translation>Auto-Parken: drehe auf %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-park to %1 refused: %2</source>
        <translation>Auto-Parken auf %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>AzElPairs</name>
    <message>
        <location filename="../../app/azelpairs.cpp" line="+57"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The rotator is in no az/el pair.</source>
        <translation>Der Rotor gehört zu keinem Az/El-Paar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pair&apos;s elevation unit is not in elevation mode.</source>
        <translation>Die Elevationseinheit des Paars ist nicht im Elevationsmodus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position of the pair&apos;s units is not known yet.</source>
        <translation>Die Position der Einheiten des Paars ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target is below the horizon (elevation %1°).</source>
        <translation>Das Ziel ist unter dem Horizont (Elevation %1°).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pair cannot point there (azimuth %1°, elevation %2°).</source>
        <translation>Das Paar kann nicht dorthin zeigen (Azimut %1°, Elevation %2°).</translation>
    </message>
</context>
<context>
    <name>AzElPairsDialog</name>
    <message>
        <location filename="../../app/dialogs/azelpairsdialog.cpp" line="+23"/>
        <source>Az/El Pairs</source>
        <translation>Az/El-Paare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An azimuth unit and an elevation-only unit turned as one antenna, for satellites and EME.</source>
        <translation>Eine Azimut- und eine reine Elevationseinheit, als eine Antenne gedreht, für Satelliten und EME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unpair</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Azimuth unit:</source>
        <translation>&amp;Azimuteinheit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Elevation unit:</source>
        <translation>&amp;Elevationseinheit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. 2 m EME</source>
        <translation>optional, z. B. 2 m EME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pair</source>
        <translation>&amp;Koppeln</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Two unpaired rotators on one broker are needed for a pair.</source>
        <translation>Für ein Paar werden zwei ungekoppelte Rotoren auf einem Broker benötigt.</translation>
    </message>
</context>
<context>
    <name>BrokerProfilesDialog</name>
    <message>
        <location filename="../../app/dialogs/brokerprofilesdialog.cpp" line="+76"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. tcp://host:1883, ws://host:1884, ssl://host:8883, wss://host:8081</source>
        <translation>z. B. tcp://host:1883, ws://host:1884, ssl://host:8883, wss://host:8081</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+279"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Keep passwords for this session only</source>
        <translation>Passwörter nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use a password</source>
        <translation>Kein Passwort verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect to this broker</source>
        <translation>Mit diesem Broker &amp;verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discover rotators (every CALL/ID/ROT on this broker)</source>
        <translation>Rotoren &amp;finden (jedes CALL/ID/ROT auf diesem Broker)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another profile has this name.</source>
        <translation>Ein anderes Profil hat diesen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a broker URL: %1.</source>
        <translation>Keine Broker-URL: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+81"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile has a problem</source>
        <translation>Dieses Profil hat ein Problem</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Fix these profiles too: %1</source>
        <translation>Korrigieren Sie auch diese Profile: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keyring did not accept the password (%1). Choose below, then press OK.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen (%1). Wählen Sie unten und drücken Sie dann OK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring is available on this computer, so passwords cannot be stored safely. RotorDeck never writes them to its settings file.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher können Passwörter nicht sicher gespeichert werden. RotorDeck schreibt sie nie in seine Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message>
        <location filename="../../app/widgets/brokerstatus.cpp" line="+75"/>
        <source>Connected again.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The password could not be saved in the keyring (%1); it is used for this session only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClusterNodesDialog</name>
    <message>
        <location filename="../../app/dialogs/clusternodesdialog.cpp" line="+32"/>
        <source>DX cluster</source>
        <translation>DX-Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. OK1ABC</source>
        <translation>z. B. OK1ABC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command after login</source>
        <translation>Befehl nach der Anmeldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;callsign:</source>
        <translation>Ihr &amp;Rufzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes are logged in with this callsign. Without one, or without a node that is on, nothing is connected.</source>
        <translation>Die Knoten werden mit diesem Rufzeichen angemeldet. Ohne Rufzeichen oder ohne eingeschalteten Knoten wird nichts verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add node</source>
        <translation>Knoten &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Not a callsign: letters, digits and &apos;/&apos; only.</source>
        <translation>Kein Rufzeichen: nur Buchstaben, Ziffern und &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the host must be a name or an address without the port (e.g. dxc.example.org).</source>
        <translation>Zeile %1: Der Host muss ein Name oder eine Adresse ohne Port sein (z. B. dxc.example.org).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: the port must be 1 to 65535.</source>
        <translation>Zeile %1: Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: the command must be one line of at most 80 characters.</source>
        <translation>Zeile %1: Der Befehl muss eine einzelne Zeile mit höchstens 80 Zeichen sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without a callsign the nodes are not connected.</source>
        <translation>Ohne Rufzeichen werden die Knoten nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>CompassMapWidget</name>
    <message>
        <location filename="../../app/widgets/compassmaplayers.cpp" line="+264"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: %2° · %3 km (long path %4° · %5 km)</source>
        <translation>%1: %2° · %3 km (Long Path %4° · %5 km)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Whole globe · rim = antipode</source>
        <translation>Ganze Erde · Rand = Antipodenpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius %1 km</source>
        <translation>Radius %1 km</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>World map data unavailable</source>
        <translation>Weltkartendaten nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compassmapwidget.cpp" line="+222"/>
        <location line="+535"/>
        <source>Back to station</source>
        <translation>Zurück zur Station</translation>
    </message>
    <message>
        <location line="-481"/>
        <source>View centred on %1 · bearings from the station %2</source>
        <translation>Ansicht zentriert auf %1 · Richtungen von der Station %2</translation>
    </message>
    <message>
        <location line="+407"/>
        <source>%1° · %2 km · %3 · long path %4°</source>
        <translation>%1° · %2 km · %3 · Long Path %4°</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Turn to long path (%1°)</source>
        <translation>Auf Long Path drehen (%1°)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-centre here (%1)</source>
        <translation>Hier zentrieren (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../app/widgets/confirmbar.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CountryData</name>
    <message>
        <location filename="../../app/countrydata.cpp" line="+24"/>
        <source>No country data: callsigns cannot be looked up. Install the hamradio-files package.</source>
        <translation>Keine Länderdaten: Rufzeichen können nicht nachgeschlagen werden. Installieren Sie das Paket hamradio-files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your updated copy</source>
        <translation>Ihre aktualisierte Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system copy</source>
        <translation>Systemkopie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Country data %1 (%2, %n entities)</source>
        <translation>
            <numerusform>Länderdaten %1 (%2, %n Gebiet)</numerusform>
            <numerusform>Länderdaten %1 (%2, %n Gebiete)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of unknown date</source>
        <translation>unbekannten Datums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not used: %2</source>
        <translation>%1 wurde nicht verwendet: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file lists no country.</source>
        <translation>Die Datei enthält kein Land.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is far larger than a country file.</source>
        <translation>Die Datei ist weit größer als eine Länderdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a country line without its eight fields</source>
        <translation>eine Länderzeile ohne ihre acht Felder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a country without a name</source>
        <translation>ein Land ohne Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a CQ zone outside 1–40</source>
        <translation>eine CQ-Zone außerhalb 1–40</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an ITU zone outside 1–90</source>
        <translation>eine ITU-Zone außerhalb 1–90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown continent</source>
        <translation>ein unbekannter Kontinent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a latitude outside −90…90</source>
        <translation>eine Breite außerhalb −90…90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a longitude outside −180…180</source>
        <translation>eine Länge außerhalb −180…180</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UTC offset outside −24…24 h</source>
        <translation>ein UTC-Versatz außerhalb −24…24 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prefix a callsign cannot have</source>
        <translation>ein Präfix, das ein Rufzeichen nicht haben kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a callsign or prefix with characters a callsign cannot have</source>
        <translation>ein Rufzeichen oder Präfix mit Zeichen, die ein Rufzeichen nicht haben kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a malformed zone, position, continent or offset override</source>
        <translation>eine fehlerhafte Angabe für Zone, Position, Kontinent oder Versatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside a country&apos;s prefix list</source>
        <translation>die Datei endet mitten in der Präfixliste eines Landes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2 (“%3”).</source>
        <translation>Zeile %1: %2 („%3“).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The country data in use stays as it was.</source>
        <translation>Die verwendeten Länderdaten bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country data updated: %1.</source>
        <translation>Länderdaten aktualisiert: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The country data could not be downloaded from %1 (network error %2). %3</source>
        <translation>Die Länderdaten konnten nicht von %1 geladen werden (Netzwerkfehler %2). %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 answered with HTTP status %2. %3</source>
        <translation>Der Server %1 antwortete mit HTTP-Status %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was far larger than a country file and was stopped. %1</source>
        <translation>Der Download war weit größer als eine Länderdatei und wurde abgebrochen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded file is damaged (%1) %2</source>
        <translation>Die geladene Datei ist beschädigt (%1) %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The downloaded file lists too few countries to be a country file. %1</source>
        <translation>Die geladene Datei enthält zu wenige Länder für eine Länderdatei. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new country file could not be saved to %1. %2</source>
        <translation>Die neue Länderdatei konnte nicht unter %1 gespeichert werden. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country data update cancelled. %1</source>
        <translation>Aktualisierung der Länderdaten abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>CountryDataDialog</name>
    <message>
        <location filename="../../app/dialogs/countrydatadialog.cpp" line="+34"/>
        <source>Country Data</source>
        <translation>Länderdaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where a fresh cty.dat is downloaded from (http or https)</source>
        <translation>Woher eine aktuelle cty.dat heruntergeladen wird (http oder https)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country-files site&apos;s current file: %1</source>
        <translation>Aktuelle Datei der Country-Files-Website: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m KiB</source>
        <translation>%v von %m KiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new file is checked completely before it replaces the one in use; on any problem the old one stays.</source>
        <translation>Die neue Datei wird vollständig geprüft, bevor sie die verwendete ersetzt; bei jedem Problem bleibt die alte erhalten.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not an http:// or https:// address.</source>
        <translation>Keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country data is not available in this session.</source>
        <translation>Länderdaten sind in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.cpp" line="+100"/>
        <source>20 m Yagi</source>
        <translation>20-m-Yagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>40 m Beam (450°)</source>
        <translation>40-m-Beam (450°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 m LFA (300°)</source>
        <translation>6-m-LFA (300°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satellite elevation</source>
        <translation>Satelliten-Elevation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo %1 (%2°)</source>
        <translation>Demo %1 (%2°)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JA</source>
        <translation>JA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PY</source>
        <translation>PY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>6 m EME (az/el)</source>
        <translation>6-m-EME (Az/El)</translation>
    </message>
</context>
<context>
    <name>ElevationDial</name>
    <message>
        <location filename="../../app/widgets/elevationdial.cpp" line="+32"/>
        <source>Click in the sky to move the antenna there</source>
        <translation>In den Himmel klicken, um die Antenne dorthin zu bewegen</translation>
    </message>
</context>
<context>
    <name>ExternalTracking</name>
    <message>
        <location filename="../../app/externaltracking.cpp" line="+67"/>
        <source>another rotctld client took over</source>
        <translation>ein anderer rotctld-Client hat übernommen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+21"/>
        <source>another program turned the rotator</source>
        <translation>ein anderes Programm hat den Rotor gedreht</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tracking: rotctld client %1.</source>
        <translation>Nachführung: rotctld-Client %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client stopped the rotator</source>
        <translation>der Client hat den Rotor gestoppt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you stopped the rotator. The external tracker is still engaged: its next position turns the rotator again. Disengage it in the program (gpredict: Disengage)</source>
        <translation>Sie haben den Rotor gestoppt. Der externe Tracker ist noch aktiv: Seine nächste Position dreht den Rotor erneut. Im Programm deaktivieren (gpredict: Disengage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rotator was turned by hand</source>
        <translation>der Rotor wurde von Hand gedreht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tracking by rotctld client %1 ended: %2.</source>
        <translation>Nachführung durch rotctld-Client %1 beendet: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the broker is down</source>
        <translation>der Broker ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rotator fell silent</source>
        <translation>der Rotor meldet sich nicht mehr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no position for a minute</source>
        <translation>seit einer Minute keine Position</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../app/widgets/firstrunpanel.cpp" line="+22"/>
        <source>&lt;b&gt;Welcome to RotorDeck&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei RotorDeck&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three steps make the map yours. Stops (Esc, Shift+Esc) work at any moment.</source>
        <translation>Drei Schritte machen die Karte zu Ihrer. Stopps (Esc, Umschalt+Esc) wirken jederzeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Your station&apos;s locator centres the map and measures every bearing:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Der Locator Ihrer Station zentriert die Karte und ist der Ausgangspunkt jeder Richtung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. JO70VA</source>
        <translation>z. B. JO70VA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Add the MQTT broker your IP-Rotators use. With discovery on, each unit appears within a minute (its heartbeat).</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Den MQTT-Broker hinzufügen, den Ihre IP-Rotatoren verwenden. Mit eingeschalteter Rotorsuche erscheint jedes Gerät innerhalb einer Minute (sein Heartbeat).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Broker…</source>
        <translation>&amp;Broker hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;3.&lt;/b&gt; Or try it first with simulated rotators on a private broker:</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Oder zuerst mit simulierten Rotoren auf einem privaten Broker ausprobieren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the &amp;Demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a Maidenhead locator (e.g. JO70 or JO70VA).</source>
        <translation>Kein Maidenhead-Locator (z. B. JO70 oder JO70VA).</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../app/models/grouplistmodel.cpp" line="+46"/>
        <source>No members yet (Rotator ▸ Groups…)</source>
        <translation>Noch keine Mitglieder (Rotor ▸ Gruppen…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no offset</source>
        <translation>kein Versatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2°</source>
        <translation>%1%2°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (not connected)</source>
        <translation>%1: %2 (nicht verbunden)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 (%n)</source>
        <comment>a group&apos;s name and how many rotators it has</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../app/dialogs/groupsdialog.cpp" line="+29"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotators turned together from one click, one target, Stop and Park, such as a stack of yagis or all 20 m antennas. Each member points at the group&apos;s bearing plus its offset.</source>
        <translation>Rotoren, die gemeinsam per Klick, Ziel, Stopp und Parken gedreht werden, etwa ein Yagi-Stack oder alle 20-m-Antennen. Jedes Mitglied zeigt auf die Richtung der Gruppe plus seinen Versatz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offset: degrees added to the group&apos;s bearing for this antenna (clockwise positive).</source>
        <translation>Versatz: Grad, die für diese Antenne zur Richtung der Gruppe addiert werden (im Uhrzeigersinn positiv).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another group has this name.</source>
        <translation>Eine andere Gruppe hat diesen Namen.</translation>
    </message>
</context>
<context>
    <name>HistoryPlot</name>
    <message>
        <location filename="../../app/widgets/historyplot.cpp" line="+62"/>
        <source>Selected rotators</source>
        <translation>Gewählte Rotoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rotators</source>
        <translation>Alle Rotoren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span shown while following</source>
        <translation>Gezeigte Zeitspanne beim Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw azimuth</source>
        <translation>Roh-Azimut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot the raw position (may exceed 359° in the overlap) instead of the compass bearing</source>
        <translation>Die Rohposition (kann in der Überlappung 359° überschreiten) statt der Kompassrichtung zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest data in view; drag to pan, wheel to zoom, double-click to follow again</source>
        <translation>Neueste Daten im Blick behalten; ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick folgt wieder</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+268"/>
        <source>raw °</source>
        <translation>roh °</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+268"/>
        <source>bearing °</source>
        <translation>Richtung °</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 target</source>
        <translation>%1 Ziel</translation>
    </message>
</context>
<context>
    <name>InteropDialog</name>
    <message>
        <location filename="../../app/dialogs/interopdialog.cpp" line="+43"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Interop</source>
        <translation>Interop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other programs (gpredict, rotctl, N1MM Logger+, PstRotator clients) can turn the rotators through these endpoints. Their commands follow the same rules as yours, and Stop always wins.</source>
        <translation>Andere Programme (gpredict, rotctl, N1MM Logger+, PstRotator-Clients) können die Rotoren über diese Endpunkte drehen. Ihre Befehle folgen denselben Regeln wie Ihre eigenen, und Stopp hat immer Vorrang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where they listen</source>
        <translation>Wo sie lauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers to connect</source>
        <translation>Verbindungen von anderen Computern erlauben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>&amp;Lauschadresse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: anyone who can reach this computer on the network can then turn your rotators. The endpoints have no password. Allow this only on a network you trust.</source>
        <translation>Warnung: Jeder, der diesen Computer über das Netzwerk erreicht, kann dann Ihre Rotoren drehen. Die Endpunkte haben kein Passwort. Erlauben Sie dies nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hamlib &amp;rotctld (TCP), first port:</source>
        <translation>hamlib &amp;rotctld (TCP), erster Port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this run rotctld listens from port %1 (--rotctld).</source>
        <translation>In diesem Lauf lauscht rotctld ab Port %1 (--rotctld).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;N1MM Logger+ (UDP), port:</source>
        <translation>&amp;N1MM Logger+ (UDP), Port:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N1MM status to:</source>
        <translation>N1MM-Status an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Band-follow: a command naming no rotator goes to the rotator serving its band</source>
        <translation>&amp;Bandfolge: Ein Befehl ohne Rotorangabe geht an den Rotor, der sein Band bedient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each rotator&apos;s bands are set in its Properties.</source>
        <translation>Die Bänder jedes Rotors werden in seinen Eigenschaften festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PstRotator (UDP), first port:</source>
        <translation>&amp;PstRotator (UDP), erster Port:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rotator</source>
        <translation>Rotor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotctld port</source>
        <translation>rotctld-Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PstRotator port</source>
        <translation>PstRotator-Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N1MM name</source>
        <translation>N1MM-Name</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A port set here is for %1 on the first broker; this one takes the next free port.</source>
        <translation>Ein hier gesetzter Port gilt für %1 auf dem ersten Broker; dieser nimmt den nächsten freien Port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set it in the rotator&apos;s Properties.</source>
        <translation>In den Eigenschaften des Rotors festlegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter an IP address, such as 0.0.0.0 (every network) or this computer&apos;s address.</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 0.0.0.0 (alle Netzwerke) oder die Adresse dieses Computers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The N1MM status address must be an IP address.</source>
        <translation>Die N1MM-Statusadresse muss eine IP-Adresse sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing listens: there is no rotator yet.</source>
        <translation>Nichts lauscht: Es gibt noch keinen Rotor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All endpoints are off.</source>
        <translation>Alle Endpunkte sind aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port in use</source>
        <translation>Port belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Interop: %1 of %2 listening</source>
        <translation>Interop: %1 von %2 lauschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Interop: %n client(s)</source>
        <translation>
            <numerusform>Interop: %n Client</numerusform>
            <numerusform>Interop: %n Clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>LinkNotifier</name>
    <message numerus="yes">
        <location filename="../../app/linknotifier.cpp" line="+70"/>
        <source>Silent for %n s; its position may be out of date. Asking it again.</source>
        <translation>
            <numerusform>Seit %n s stumm; seine Position ist möglicherweise veraltet. Er wird erneut abgefragt.</numerusform>
            <numerusform>Seit %n s stumm; seine Position ist möglicherweise veraltet. Er wird erneut abgefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rotators fell silent; their positions may be out of date.</source>
        <translation>
            <numerusform>%n Rotor ist verstummt; seine Position ist möglicherweise veraltet.</numerusform>
            <numerusform>%n Rotoren sind verstummt; ihre Positionen sind möglicherweise veraltet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard again.</source>
        <translation>Wieder empfangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rotators were heard again.</source>
        <translation>
            <numerusform>%n Rotor wurde wieder empfangen.</numerusform>
            <numerusform>%n Rotoren wurden wieder empfangen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="+369"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The settings could not be saved (%1).</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Rotators</source>
        <translation>Rotoren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The map turns azimuth rotators; use the target field for elevation.</source>
        <translation>Die Karte dreht Azimut-Rotoren; für die Elevation das Zielfeld verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> DEMO — simulated rotators on a private broker </source>
        <translation> DEMO — simulierte Rotoren auf einem privaten Broker </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here reaches real hardware.</source>
        <translation>Nichts hiervon erreicht echte Hardware.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings &amp;File…</source>
        <translation>Einstellungs&amp;datei…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to Target</source>
        <translation>&amp;Zum Ziel drehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the selected rotators (Esc)</source>
        <translation>Die gewählten Rotoren stoppen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;All</source>
        <translation>&amp;Alle stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop every rotator on every broker (Shift+Esc)</source>
        <translation>Alle Rotoren auf allen Brokern stoppen (Umschalt+Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Park</source>
        <translation>&amp;Parken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nudge CC&amp;W 5°</source>
        <translation>5° gegen den Uhrzeigersinn (CC&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge &amp;CW 5°</source>
        <translation>5° im Uhrzeigersinn (&amp;CW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Long Path</source>
        <translation>&amp;Long Path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target Entry</source>
        <translation>Ziel&amp;eingabe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;roperties…</source>
        <translation>Ei&amp;genschaften…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotator &amp;%1</source>
        <translation>Rotor &amp;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dd Rotator…</source>
        <translation>Rotor &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget Rotator…</source>
        <translation>Rotor &amp;vergessen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Brokers…</source>
        <translation>&amp;Broker…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Station…</source>
        <translation>&amp;Station…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About RotorDeck</source>
        <translation>Ü&amp;ber RotorDeck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rotator</source>
        <translation>&amp;Rotor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;elect</source>
        <translation>A&amp;uswahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>RotorDeck</source>
        <translation>RotorDeck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RotorDeck — Demo (simulated rotators)</source>
        <translation>RotorDeck — Demo (simulierte Rotoren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station locator “%1” is not valid; the map stays where it was.</source>
        <translation>Der Stations-Locator „%1“ ist ungültig; die Karte bleibt, wo sie war.</translation>
    </message>
    <message>
        <location line="+545"/>
        <location line="+606"/>
        <source>Set the station locator first (Settings ▸ Station…).</source>
        <translation>Zuerst den Stations-Locator setzen (Einstellungen ▸ Station…).</translation>
    </message>
    <message>
        <location line="-1115"/>
        <location line="+171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-532"/>
        <location line="+500"/>
        <location line="+376"/>
        <source>Select a rotator first (1–9 or click the list).</source>
        <translation>Zuerst einen Rotor wählen (1–9 oder in die Liste klicken).</translation>
    </message>
    <message numerus="yes">
        <location line="-366"/>
        <source>Turning %n rotator(s) to %1°</source>
        <translation>
            <numerusform>Drehe %n Rotor auf %1°</numerusform>
            <numerusform>Drehe %n Rotoren auf %1°</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The range forces a long way round:</source>
        <translation>Der Drehbereich erzwingt einen langen Umweg:</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>The settings file %1 is damaged. RotorDeck started with defaults and keeps the old file as %1.damaged when it saves.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt. RotorDeck wurde mit Standardwerten gestartet und behält die alte Datei beim Speichern als %1.damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 could not be read. RotorDeck started with defaults.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden. RotorDeck wurde mit Standardwerten gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was written by a newer RotorDeck. What this version understands is used; the file is not overwritten without asking.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren RotorDeck-Version geschrieben. Was diese Version versteht, wird verwendet; die Datei wird nicht ohne Rückfrage überschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file is incomplete (cut short?). What is there is used.</source>
        <translation>Die Einstellungsdatei ist unvollständig (abgeschnitten?). Was vorhanden ist, wird verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The setting %1 could not be used; it was ignored or set to its default.</source>
        <translation>Die Einstellung %1 konnte nicht verwendet werden; sie wurde ignoriert oder auf ihren Standardwert gesetzt.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → rotctld client %2</source>
        <translation>%1 → rotctld-Client %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking: %1</source>
        <translation>Nachführung: %1</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Park A&amp;ll</source>
        <translation>A&amp;lle parken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track the &amp;Sun</source>
        <translation>&amp;Sonne nachführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track the &amp;Moon</source>
        <translation>&amp;Mond nachführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;Tracking</source>
        <translation>Nachführung &amp;beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>T&amp;urn To…</source>
        <translation>&amp;Drehen auf…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a bearing, a locator, a callsign or a prefix: the panel shows where before Go.</source>
        <translation>Geben Sie eine Richtung, einen Locator, ein Rufzeichen oder ein Präfix ein: Das Bedienfeld zeigt das Ziel, bevor Sie „Los“ drücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn to S&amp;un</source>
        <translation>Auf S&amp;onne drehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn to &amp;Moon</source>
        <translation>Auf Mo&amp;nd drehen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Az/El &amp;Pairs…</source>
        <translation>Az/El-&amp;Paare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gr&amp;oups…</source>
        <translation>G&amp;ruppen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update &amp;Country Data…</source>
        <translation>&amp;Länderdaten aktualisieren…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>T&amp;rack</source>
        <translation>&amp;Nachführen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Interop…</source>
        <translation>&amp;Interop…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web Remote…</source>
        <translation>&amp;Web-Fernsteuerung…</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Quit RotorDeck</source>
        <translation>RotorDeck beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rotator(s) still turning.</source>
        <translation>
            <numerusform>%n Rotor dreht noch.</numerusform>
            <numerusform>%n Rotoren drehen noch.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop them before quitting, or let them finish their turn?</source>
        <translation>Vor dem Beenden stoppen oder die Drehung zu Ende laufen lassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Them and Quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit, Let Them Finish</source>
        <translation>Beenden, zu Ende drehen lassen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopping every rotator before quitting…</source>
        <translation>Alle Rotoren werden vor dem Beenden gestoppt…</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Long unwind: Turn to go ahead, Cancel or any stop to drop it.</source>
        <translation>Langes Zurückdrehen: „Drehen“ führt es aus, „Abbrechen“ oder ein Stopp verwirft es.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing selected to stop; Shift+Esc stops all.</source>
        <translation>Nichts zum Stoppen gewählt; Umschalt+Esc stoppt alle.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Stop sent to %n rotator(s)</source>
        <translation>
            <numerusform>Stopp an %n Rotor gesendet</numerusform>
            <numerusform>Stopp an %n Rotoren gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Stop sent to %n of %1 rotator(s)</source>
        <translation>
            <numerusform>Stopp an %n von %1 Rotoren gesendet</numerusform>
            <numerusform>Stopp an %n von %1 Rotoren gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No park bearing set (Rotator ▸ Properties…)</source>
        <translation>Keine Parkrichtung gesetzt (Rotor ▸ Eigenschaften…)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n rotator(s) have no park bearing (Rotator ▸ Properties…)</source>
        <translation>
            <numerusform>%n Rotor hat keine Parkrichtung (Rotor ▸ Eigenschaften…)</numerusform>
            <numerusform>%n Rotoren haben keine Parkrichtung (Rotor ▸ Eigenschaften…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+449"/>
        <source>Select a rotator first.</source>
        <translation>Zuerst einen Rotor wählen.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keyring: the HTTP password is kept for this session only.</source>
        <translation>Kein Schlüsselbund: Das HTTP-Passwort wird nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply to this session only (the rotator&apos;s broker is not in your settings).</source>
        <translation>Änderungen gelten nur für diese Sitzung (der Broker des Rotors ist nicht in Ihren Einstellungen).</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Country data</source>
        <translation>Länderdaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Azimuth and elevation of the Sun and the Moon from the station</source>
        <translation>Azimut und Elevation von Sonne und Mond, von der Station aus gesehen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is below the horizon (elevation %2°): an elevation unit cannot point there.</source>
        <translation>%1: unter dem Horizont (Elevation %2°), ein Elevationsrotor kann nicht dorthin zeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>azimuth %1°, elevation %2°</source>
        <translation>Azimut %1°, Elevation %2°</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Turning %n rotator(s) to %1: %2</source>
        <translation>
            <numerusform>%n Rotor dreht Richtung %1: %2</numerusform>
            <numerusform>%n Rotoren drehen Richtung %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (below the horizon)</source>
        <translation> (unter dem Horizont)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Groups: select one to turn, stop and park all its rotators together (Rotator ▸ Groups…)</source>
        <translation>Gruppen: eine wählen, um alle ihre Rotoren gemeinsam zu drehen, zu stoppen und zu parken (Rotor ▸ Gruppen…)</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+56"/>
        <source>Group %1 has no members yet (Rotator ▸ Groups…).</source>
        <translation>Gruppe %1 hat noch keine Mitglieder (Rotor ▸ Gruppen…).</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Group %1 selected: a click on the map turns all its rotators.</source>
        <translation>Gruppe %1 gewählt: Ein Klick auf die Karte dreht alle ihre Rotoren.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not connected: left out of group %1.</source>
        <translation>Nicht verbunden: in Gruppe %1 ausgelassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group %1 to %2°: %3</source>
        <translation>Gruppe %1 auf %2°: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add a broker first (Settings ▸ Brokers…).</source>
        <translation>Zuerst einen Broker hinzufügen (Einstellungen ▸ Broker…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 added on %2; asking it for its state.</source>
        <translation>%1 auf %2 hinzugefügt; sein Zustand wird abgefragt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forget Rotator</source>
        <translation>Rotor vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget %1?</source>
        <translation>%1 vergessen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its label, colour, range, presets and park bearing are removed from your settings. The unit itself is not changed.</source>
        <translation>Bezeichnung, Farbe, Drehbereich, Voreinstellungen und Parkrichtung werden aus Ihren Einstellungen entfernt. Das Gerät selbst wird nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery is on for %1, so it comes back when it is heard again.</source>
        <translation>Die Rotorsuche ist für %1 eingeschaltet, daher erscheint er wieder, sobald er wieder empfangen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pairs of rotators that are not in your settings apply to this session only.</source>
        <translation>Paare von Rotoren, die nicht in Ihren Einstellungen sind, gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening for rotators on %1; a unit announces itself within 60 s (its heartbeat).</source>
        <translation>Suche nach Rotoren auf %1; ein Gerät meldet sich innerhalb von 60 s (sein Heartbeat).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discovery is off on %1: add rotators with Rotator ▸ Add Rotator….</source>
        <translation>Die Rotorsuche ist auf %1 ausgeschaltet: Rotoren mit Rotor ▸ Rotor hinzufügen… hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No broker yet: add one with Settings ▸ Brokers….</source>
        <translation>Noch kein Broker: einen mit Einstellungen ▸ Broker… hinzufügen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The demo needs mosquitto, which is not installed.</source>
        <translation>Die Demo benötigt mosquitto, das nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station locator set to %1.</source>
        <translation>Stations-Locator auf %1 gesetzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo opens in a window of its own.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session does not use a settings file.</source>
        <translation>Diese Sitzung verwendet keine Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RotorDeck keeps its settings in:</source>
        <translation>RotorDeck speichert seine Einstellungen in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select rotator 1 … 9 of the list</source>
        <translation>Rotor 1 … 9 der Liste wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click on the map</source>
        <translation>Klick auf die Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn the selected rotators there</source>
        <translation>Die gewählten Rotoren dorthin drehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About RotorDeck</source>
        <translation>Über RotorDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RotorDeck %1&lt;/h3&gt;&lt;p&gt;Controls IP-Rotator antenna rotators over MQTT.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Uses Qt, QCustomPlot and Eclipse Paho.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RotorDeck %1&lt;/h3&gt;&lt;p&gt;Steuert IP-Rotator-Antennenrotoren über MQTT.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später. Verwendet Qt, QCustomPlot und Eclipse Paho.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;RotorDeck uses Qt version %1, a C++ toolkit for cross-platform application development, under the GNU Lesser General Public License version 3.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Über Qt&lt;/h3&gt;&lt;p&gt;RotorDeck verwendet Qt Version %1, ein C++-Toolkit für plattformübergreifende Anwendungsentwicklung, unter der GNU Lesser General Public License, Version 3.&lt;/p&gt;&lt;p&gt;Siehe &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>DX cluster</source>
        <translation>DX-Cluster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the station locator to turn to spots.</source>
        <translation>Setzen Sie den Stations-Locator, um auf Spots zu drehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no position known (no locator in the spot, no country data).</source>
        <translation>%1: keine Position bekannt (kein Locator im Spot, keine Länderdaten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2°: select an azimuth rotator to turn.</source>
        <translation>%1 bei %2°: Wählen Sie einen Azimutrotor zum Drehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter turns %1 (serves %2) to %3° for %4.</source>
        <translation>Enter dreht %1 (bedient %2) auf %3° für %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Enter turns the selected %1 to %2° for %3 (%n rotator(s) serve %4).</source>
        <translation>
            <numerusform>Enter dreht %1 (ausgewählt) auf %2° für %3 (%n Rotor bedient %4).</numerusform>
            <numerusform>Enter dreht %1 (ausgewählt) auf %2° für %3 (%n Rotoren bedienen %4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter turns the selected %1 to %2° for %3 (no rotator serves %4).</source>
        <translation>Enter dreht %1 (ausgewählt) auf %2° für %3 (kein Rotor bedient %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this frequency</source>
        <translation>diese Frequenz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;DX cluster…</source>
        <translation>&amp;DX-Cluster…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No position is known for %1.</source>
        <translation>Für %1 ist keine Position bekannt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an azimuth rotator first (1–9 or click the list).</source>
        <translation>Wählen Sie zuerst einen Azimutrotor (1–9 oder Klick in die Liste).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning %1 to %2° for %3</source>
        <translation>%1 dreht auf %2° für %3</translation>
    </message>
</context>
<context>
    <name>NotificationDock</name>
    <message>
        <location filename="../../app/widgets/notificationdock.cpp" line="+13"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
</context>
<context>
    <name>OtherClientNotifier</name>
    <message>
        <location filename="../../app/otherclientnotifier.cpp" line="+43"/>
        <source>Stopped by another client.</source>
        <translation>Von einem anderen Client gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another client sent raw %1°, which the rotator ignores (outside its range).</source>
        <translation>Ein anderer Client sandte roh %1°, was der Rotor ignoriert (außerhalb seines Bereichs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to %1° elevation by another client.</source>
        <translation>Von einem anderen Client auf %1° Elevation geschickt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to %1 by another client.</source>
        <translation>Von einem anderen Client auf %1 geschickt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The broker keeps a retained command for this rotator (%1). The rotator obeys it again each time it reconnects; the client that sent it should clear it.</source>
        <translation>Der Broker speichert einen Befehl für diesen Rotor (%1). Der Rotor führt ihn bei jeder neuen Verbindung erneut aus; der Client, der ihn gesendet hat, sollte ihn löschen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n more command(s) from another client; the last: %1</source>
        <translation>
            <numerusform>%n weiterer Befehl von einem anderen Client; der letzte: %1</numerusform>
            <numerusform>%n weitere Befehle von einem anderen Client; der letzte: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/dialogs/passwordprompt.cpp" line="+19"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused the login without a user name. Enter a password to try again, or set a user name in Brokers.</source>
        <translation>%1 hat die Anmeldung ohne Benutzernamen abgelehnt. Geben Sie ein Passwort ein, um es erneut zu versuchen, oder setzen Sie unter „Broker“ einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the login of %2. Enter the password to try again.</source>
        <translation>%1 hat die Anmeldung von %2 abgelehnt. Geben Sie das Passwort ein, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save in the keyring</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keyring is available, so the password is used for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar, daher gilt das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+105"/>
        <source>the demo broker did not start: %1</source>
        <translation>der Demo-Broker ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RotorDeck demo</source>
        <translation>RotorDeck-Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo needs mosquitto, which did not start:
%1</source>
        <translation>Die Demo braucht mosquitto, das nicht gestartet ist:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Command line (%1)</source>
        <translation>Befehlszeile (%1)</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../../app/dialogs/remotedialog.cpp" line="+36"/>
        <source>turn</source>
        <translation>drehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>park</source>
        <translation>parken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop all</source>
        <translation>alle stoppen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Web Remote</source>
        <translation>Web-Fernsteuerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the web remote (a page for browsers and phones)</source>
        <translation>Web-Fernsteuerung bereitstellen (eine Seite für Browser und Smartphones)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it listens</source>
        <translation>Wo sie lauscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow other computers to connect</source>
        <translation>Verbindungen von anderen Computern erlauben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS key:</source>
        <translation>TLS-Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for the selected account</source>
        <translation>Neues Passwort für das gewählte Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Control may turn and park the rotators; view only watches. Both may stop them. Only a hash of each password is kept.</source>
        <translation>„Steuerung“ darf die Rotoren drehen und parken; „Nur ansehen“ sieht nur zu. Stoppen dürfen beide. Von jedem Passwort wird nur ein Hash gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotator</source>
        <translation>Rotor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>View only</source>
        <translation>Nur ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Other computers on the network can reach the page. Anyone who knows a password can turn your antennas.</source>
        <translation>Andere Computer im Netzwerk können die Seite erreichen. Wer ein Passwort kennt, kann Ihre Antennen drehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other computers on the network can reach the page, and without TLS passwords cross the network readable. Set a certificate and key, or keep it on this computer.</source>
        <translation>Andere Computer im Netzwerk können die Seite erreichen, und ohne TLS gehen Passwörter lesbar über das Netzwerk. Zertifikat und Schlüssel setzen oder auf diesem Computer belassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a user name: use letters, digits, “.”, “_” or “-”.</source>
        <translation>„%1“ ist kein Benutzername: Buchstaben, Ziffern, „.“, „_“ oder „-“ verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice.</source>
        <translation>%1 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no password yet: select it, type one and press Set Password.</source>
        <translation>%1 hat noch kein Passwort: auswählen, eines eingeben und „Passwort setzen“ drücken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address is not an IP address of this computer.</source>
        <translation>Die Adresse ist keine IP-Adresse dieses Computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS needs both a certificate and its key.</source>
        <translation>TLS braucht ein Zertifikat und seinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account first: nobody could log in.</source>
        <translation>Zuerst ein Konto hinzufügen: Niemand könnte sich anmelden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Web remote: %n page(s)</source>
        <translation>
            <numerusform>Web-Fernsteuerung: %n Seite</numerusform>
            <numerusform>Web-Fernsteuerung: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Web remote: port in use</source>
        <translation>Web-Fernsteuerung: Port belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: cannot listen</source>
        <translation>Web-Fernsteuerung: kann nicht lauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: TLS files unreadable</source>
        <translation>Web-Fernsteuerung: TLS-Dateien unlesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: no accounts</source>
        <translation>Web-Fernsteuerung: keine Konten</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Running at %1 — %n page(s) open</source>
        <translation>
            <numerusform>Läuft unter %1 — %n Seite offen</numerusform>
            <numerusform>Läuft unter %1 — %n Seiten offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(--web, for this run)</source>
        <translation>(--web, für diesen Lauf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: port %1 is in use by another program.</source>
        <translation>Läuft nicht: Port %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: cannot read %1.</source>
        <translation>Läuft nicht: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: no accounts.</source>
        <translation>Läuft nicht: keine Konten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>RotatorListModel</name>
    <message>
        <location filename="../../app/models/rotatorlistmodel.cpp" line="+238"/>
        <source>Broker: %1</source>
        <translation>Broker: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name: %1</source>
        <translation>Gerätename: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start azimuth %1°, range %2°, beam %3°</source>
        <translation>Startazimut %1°, Drehbereich %2°, Öffnungswinkel %3°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last message: %1</source>
        <translation>Letzte Nachricht: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last device message: %1</source>
        <translation>Letzte Gerätenachricht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevation unit: %1 — %2, %3</source>
        <translation>Elevationseinheit: %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (after stop)</source>
        <translation>%1 (nach dem Stopp)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (another client)</source>
        <translation>%1 (anderer Client)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · el: %2</source>
        <translation>%1 · El.: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Rotator</source>
        <translation>Rotor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CALL/ID</source>
        <translation>CALL/ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearing</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour on the map and in the plot</source>
        <translation>Farbe auf der Karte und im Diagramm</translation>
    </message>
</context>
<context>
    <name>RotatorPanel</name>
    <message>
        <location filename="../../app/widgets/rotatorpanel.cpp" line="+86"/>
        <source>Bearing</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Click in the sky to turn to that elevation</source>
        <translation>In den Himmel klicken, um auf diese Elevation zu drehen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>0–359, locator or callsign</source>
        <translation>0–359, Locator oder Rufzeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A compass bearing (0–359), a Maidenhead locator such as JO62qm, or a callsign or prefix such as OK1HRA or VP8. #JO62 or @JO62 forces a locator, =JO62 a prefix. Return turns (Ctrl+L, Ctrl+T)</source>
        <translation>Eine Kompassrichtung (0–359), ein Maidenhead-Locator wie JO62qm oder ein Rufzeichen bzw. Präfix wie OK1HRA oder VP8. #JO62 oder @JO62 erzwingt einen Locator, =JO62 ein Präfix. Return dreht (Strg+L, Strg+T)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+465"/>
        <source>Turn the selected rotators to the target</source>
        <translation>Die gewählten Rotoren auf das Ziel drehen</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>&amp;Long path (+180°)</source>
        <translation>&amp;Long Path (+180°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point the other way round the globe (L)</source>
        <translation>Andersherum um den Globus zeigen (L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;SPEED:</source>
        <translation>&amp;SPEED:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOP</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected rotators (Esc); Shift+Esc stops all</source>
        <translation>Die gewählten Rotoren stoppen (Esc); Umschalt+Esc stoppt alle</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>SPEED is set over the unit&apos;s HTTP side, which does not answer now</source>
        <translation>SPEED wird über die HTTP-Seite des Geräts gesetzt, die gerade nicht antwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit drives without PWM: SPEED has no effect</source>
        <translation>Das Gerät fährt ohne PWM: SPEED hat keine Wirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum PWM duty 40–255 (the unit&apos;s SPEED slider)</source>
        <translation>Maximaler PWM-Tastgrad 40–255 (SPEED-Regler des Geräts)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No rotator selected</source>
        <translation>Kein Rotor gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a rotator in the list, or press 1–9.</source>
        <translation>Rotor in der Liste wählen oder 1–9 drücken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next target %1° el, after the stop</source>
        <translation>Nächstes Ziel %1° Elev., nach dem Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next target %1°, after the stop</source>
        <translation>Nächstes Ziel %1°, nach dem Stopp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1° el was sent by another client</source>
        <translation>Ziel %1° El. kam von einem anderen Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target %1° was sent by another client</source>
        <translation>Ziel %1° kam von einem anderen Client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 + %2 on %3</source>
        <translation>%1 + %2 auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · commands go to all %n selected</source>
        <translation>
            <numerusform> · Befehle gehen an den %n gewählten</numerusform>
            <numerusform> · Befehle gehen an alle %n gewählten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Supply %1 V (low)</source>
        <translation>Versorgung %1 V (niedrig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supply %1 V</source>
        <translation>Versorgung %1 V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start %1°</source>
        <translation>Start %1°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1°/s</source>
        <translation>%1°/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn to the park bearing %1°</source>
        <translation>Auf die Parkrichtung %1° drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No park bearing set (Properties…)</source>
        <translation>Keine Parkrichtung gesetzt (Eigenschaften…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn to %1°</source>
        <translation>Auf %1° drehen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter a whole raw elevation 0–%1°.</source>
        <translation>Eine ganzzahlige Roh-Elevation 0–%1° eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a bearing 0–359, a locator or a callsign.</source>
        <translation>Geben Sie eine Richtung 0–359, einen Locator oder ein Rufzeichen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That locator is the station itself.</source>
        <translation>Dieser Locator ist die Station selbst.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elevation unit %1 (%2)</source>
        <translation>Elevationseinheit %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read one way of two (see above): Return again or Go turns.</source>
        <translation>Eine von zwei Lesarten (siehe oben): Erneut Return oder „Los“ dreht.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Not connected: the broker is down, nothing can be sent.</source>
        <translation>Nicht verbunden: Der Broker ist nicht erreichbar, es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>→ %1° el</source>
        <translation>→ %1° Elev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1°</source>
        <translation>→ %1°</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already there</source>
        <translation>bereits dort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up %1°</source>
        <translation>aufwärts %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down %1°</source>
        <translation>abwärts %1°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · stops first</source>
        <translation> · stoppt zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ≈ %1 s</source>
        <translation> · ≈ %1 s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>raw elevation 0–%1</source>
        <translation>Roh-Elevation 0–%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw elevation as the unit counts it: 0 at one horizon, 90 straight up, up to its range of %1°; Return turns (Ctrl+L)</source>
        <translation>Eine Roh-Elevation, wie das Gerät sie zählt: 0 an einem Horizont, 90 senkrecht nach oben, bis zu seinem Drehbereich von %1°; Eingabe dreht (Strg+L)</translation>
    </message>
</context>
<context>
    <name>RotatorPropertiesDialog</name>
    <message>
        <location filename="../../app/dialogs/rotatorpropertiesdialog.cpp" line="+40"/>
        <source>%1, from the device</source>
        <translation>%1, vom Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the device (HTTP)</source>
        <translation>%1, vom Gerät (HTTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, your setting</source>
        <translation>%1, Ihre Einstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, default</source>
        <translation>%1, Standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+199"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Rotator %1</source>
        <translation>Rotor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf Broker %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antenna and rotation</source>
        <translation>Antenne und Drehung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Range:</source>
        <translation>&amp;Drehbereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish MaxRotateDegree</source>
        <translation>Wird verwendet, wenn das Gerät MaxRotateDegree nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In use now</source>
        <translation>Aktuell verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beam width:</source>
        <translation>&amp;Öffnungswinkel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish AntRadiationAngle</source>
        <translation>Wird verwendet, wenn das Gerät AntRadiationAngle nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start azimuth override:</source>
        <translation>&amp;Startazimut überschreiben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compass bearing of the counter-clockwise end stop; when set it wins over the device&apos;s StartAzimuth</source>
        <translation>Kompassrichtung des Endanschlags gegen den Uhrzeigersinn; wenn gesetzt, hat sie Vorrang vor StartAzimuth des Geräts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Elevation mode:</source>
        <translation>&amp;Elevationsmodus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish ElevationEnable</source>
        <translation>Wird verwendet, wenn das Gerät ElevationEnable nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elevation rotator</source>
        <translation>Elevationsrotor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Park bearing:</source>
        <translation>&amp;Parkrichtung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;uto-park after:</source>
        <translation>A&amp;uto-Parken nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn to the park bearing after this long without a command. Never while the broker is down or the rotator is silent; you are told a minute before.</source>
        <translation>Nach dieser Zeit ohne Befehl in die Parkposition drehen. Nie, solange der Broker ausgefallen ist oder der Rotor schweigt; Sie werden eine Minute vorher informiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;idirectional antenna (both ends radiate)</source>
        <translation>B&amp;idirektionale Antenne (beide Enden strahlen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rotatable dipole or a wire beam: a turn points whichever end is nearer</source>
        <translation>Ein drehbarer Dipol oder ein Drahtbeam: Eine Drehung richtet das näher liegende Ende aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tracking</source>
        <translation>Nachführung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new command only when the target has moved this far</source>
        <translation>Neuer Befehl erst, wenn sich das Ziel so weit bewegt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least this long between two commands (the unit takes one a second)</source>
        <translation>Mindestens so lange zwischen zwei Befehlen (das Gerät nimmt einen pro Sekunde an)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Following starts once the target is this high</source>
        <translation>Die Nachführung beginnt, sobald das Ziel so hoch steht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following ends when the target sinks below this (your horizon)</source>
        <translation>Die Nachführung endet, wenn das Ziel darunter sinkt (Ihr Horizont)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dead band:</source>
        <translation>&amp;Totband:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum i&amp;nterval:</source>
        <translation>&amp;Mindestintervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart elevation:</source>
        <translation>St&amp;artelevation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop ele&amp;vation:</source>
        <translation>Endele&amp;vation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearing (°)</source>
        <translation>Richtung (°)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bands the antenna serves</source>
        <translation>Bänder, die die Antenne bedient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DX spot on a band turns the one rotator that serves it, else the selected one.</source>
        <translation>Ein DX-Spot auf einem Band dreht den einen Rotor, der dieses Band bedient, sonst den ausgewählten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>automatic: the device name, made unique</source>
        <translation>automatisch: der Gerätename, eindeutig gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rotor name in N1MM Logger+&apos;s Antennas tab (Settings ▸ Interop shows the name each rotator answers to).</source>
        <translation>Der Rotorname im Reiter „Antennas“ von N1MM Logger+ (Einstellungen ▸ Interop zeigt, auf welchen Namen jeder Rotor hört).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N1MM &amp;name:</source>
        <translation>N1MM-&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device web interface (HTTP)</source>
        <translation>Web-Oberfläche des Geräts (HTTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read range and beam width from the unit&apos;s HTTP side</source>
        <translation>Drehbereich und Öffnungswinkel von der HTTP-Seite des Geräts &amp;lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the address the unit publishes on ip. Never used for turning.</source>
        <translation>Unter der Adresse, die das Gerät auf ip veröffentlicht. Wird nie zum Drehen verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit serves its web page on port 88</source>
        <translation>Das Gerät stellt seine Webseite auf Port 88 bereit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the unit&apos;s web page (user admin); kept in the keyring</source>
        <translation>Das Passwort der Webseite des Geräts (Benutzer admin); im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set SPEED</source>
        <translation>SPEED setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the unit now (maximum PWM duty 40–255)</source>
        <translation>Wird sofort an das Gerät gesendet (maximaler PWM-Tastgrad 40–255)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPEED:</source>
        <translation>SPEED:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unit drives without PWM</source>
        <translation>Das Gerät fährt ohne PWM</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preset %1 has no label.</source>
        <translation>Voreinstellung %1 hat keine Bezeichnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset %1: the bearing must be a whole number from 0 to 359.</source>
        <translation>Voreinstellung %1: Die Richtung muss eine ganze Zahl von 0 bis 359 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a colour: write #rrggbb (e.g. #ff8000), or leave it empty.</source>
        <translation>Keine Farbe: #rrggbb schreiben (z. B. #ff8000) oder leer lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An N1MM name has at most %1 printable characters and no @, &lt;, &gt; or &amp;.</source>
        <translation>Ein N1MM-Name hat höchstens %1 druckbare Zeichen und kein @, &lt;, &gt; oder &amp;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stop elevation must not be above the start elevation.</source>
        <translation>Die Endelevation darf nicht über der Startelevation liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preset %1</source>
        <translation>Voreinstellung %1</translation>
    </message>
</context>
<context>
    <name>SpotFeed</name>
    <message>
        <location filename="../../app/spotfeed.cpp" line="+122"/>
        <source>No DX cluster node configured (Settings ▸ DX cluster…).</source>
        <translation>Kein DX-Cluster-Knoten eingerichtet (Einstellungen ▸ DX-Cluster…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: set your callsign to log in to the DX cluster (Settings ▸ DX cluster…).</source>
        <translation>Nicht verbunden: Setzen Sie Ihr Rufzeichen, um sich am DX-Cluster anzumelden (Einstellungen ▸ DX-Cluster…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>logging in</source>
        <translation>melde an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online as %1</source>
        <translation>online als %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>retry in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n bad line(s) dropped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile verworfen</numerusform>
            <numerusform>%n fehlerhafte Zeilen verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot reach the DX cluster node %1; trying again.</source>
        <translation>DX-Cluster-Knoten %1 nicht erreichbar; neuer Versuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DX cluster node %1 dropped the connection; reconnecting.</source>
        <translation>Der DX-Cluster-Knoten %1 hat die Verbindung getrennt; verbinde neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DX cluster node %1 refused the login as %2.</source>
        <translation>Der DX-Cluster-Knoten %1 hat die Anmeldung als %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DX cluster node %1 is not configured.</source>
        <translation>Der DX-Cluster-Knoten %1 ist nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>SpotListModel</name>
    <message>
        <location filename="../../app/models/spotlistmodel.cpp" line="+211"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the locator %1 in the spot</source>
        <translation>Zum Locator %1 im Spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the centre of %1</source>
        <translation>Zur Mitte von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kHz</source>
        <translation>kHz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Betriebsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DX</source>
        <translation>DX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearing</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spotter</source>
        <translation>Spotter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>SpotMapLayer</name>
    <message>
        <location filename="../../app/widgets/spotmaplayer.cpp" line="+175"/>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click to turn</source>
        <translation>Klicken zum Drehen</translation>
    </message>
</context>
<context>
    <name>SpotsDock</name>
    <message>
        <location filename="../../app/widgets/spotsdock.cpp" line="+29"/>
        <location line="+234"/>
        <source>Spots</source>
        <translation>Spots</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Bearing</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All bands</source>
        <translation>Alle Bänder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All modes</source>
        <translation>Alle Betriebsarten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>≤ %n min</source>
        <translation>
            <numerusform>≤ %n min</numerusform>
            <numerusform>≤ %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All continents</source>
        <translation>Alle Kontinente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any distance</source>
        <translation>Jede Entfernung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only spots at most this far from the station</source>
        <translation>Nur Spots, die höchstens so weit von der Station entfernt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, entity or comment</source>
        <translation>Rufzeichen, Land oder Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Betriebsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continent of the DX</source>
        <translation>Kontinent des DX</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a spot: Enter or a double-click turns the antenna that serves its band.</source>
        <translation>Spot auswählen: Enter oder Doppelklick dreht die Antenne, die sein Band bedient.</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../app/dialogs/stationdialog.cpp" line="+30"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. JO62qm</source>
        <translation>z. B. JO62qm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. OK1HRA</source>
        <translation>z. B. OK1HRA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. OK1HRA contest station</source>
        <translation>z. B. Contest-Station OK1HRA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Locator:</source>
        <translation>&amp;Locator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maidenhead locator of 4, 6 or 8 characters. Leave it empty if you do not want the map centred on your station.</source>
        <translation>Maidenhead-Locator mit 4, 6 oder 8 Zeichen. Leer lassen, wenn die Karte nicht auf Ihre Station zentriert sein soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Callsign:</source>
        <translation>&amp;Rufzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a Maidenhead locator (4, 6 or 8 characters, e.g. JO62 or JO62qm).</source>
        <translation>Kein Maidenhead-Locator (4, 6 oder 8 Zeichen, z. B. JO62 oder JO62qm).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a callsign (letters, digits and &apos;/&apos;, e.g. OK1HRA or DL/OK1HRA).</source>
        <translation>Kein Rufzeichen (Buchstaben, Ziffern und &apos;/&apos;, z. B. OK1HRA oder DL/OK1HRA).</translation>
    </message>
</context>
<context>
    <name>SunMoonWatch</name>
    <message>
        <location filename="../../app/sunmoonwatch.cpp" line="+81"/>
        <source>Sun %1 %2 · Moon %3 %4</source>
        <translation>Sonne %1 %2 · Mond %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Moon</source>
        <translation>Mond</translation>
    </message>
</context>
<context>
    <name>TargetWords</name>
    <message>
        <location filename="../../app/widgets/targetwords.cpp" line="+27"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../../app/trackview.cpp" line="+56"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Track %1?</source>
        <translation>%1 nachführen?</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <location line="+51"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>up now until %1</source>
        <translation>jetzt sichtbar bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rises at %1, sets at %2</source>
        <translation>Aufgang um %1, Untergang um %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>follows the elevation, %1° at the start</source>
        <translation>folgt der Elevation, %1° zu Beginn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never within the rotator&apos;s range</source>
        <translation>nie im Drehbereich des Rotors</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starts at %1° (raw %2)</source>
        <translation>beginnt bei %1° (roh %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at %1° on the overlap (raw %2)</source>
        <translation>beginnt bei %1° in der Überlappung (roh %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at %1° on the first turn (raw %2)</source>
        <translation>beginnt bei %1° auf der ersten Umdrehung (roh %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1° turn to get there</source>
        <translation>zuerst eine Drehung um %1°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of reach from %1</source>
        <translation>ab %1 außer Reichweite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an unwind at %1 cannot be avoided</source>
        <translation>ein Zurückdrehen um %1 ist unvermeidlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without planning: unwind at %1</source>
        <translation>ohne Planung: Zurückdrehen um %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unwind at %1</source>
        <translation>Zurückdrehen um %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Tracking: rotctld client %1</source>
        <translation>Nachführung: rotctld-Client %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for %1 to rise at %2</source>
        <translation>Warten auf Aufgang: %1 um %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking %1 until %2</source>
        <translation>Nachführung: %1 bis %2</translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <location filename="../../app/trackingcontroller.cpp" line="+56"/>
        <source>the Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Moon</source>
        <translation>Mond</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rotator was stopped</source>
        <translation>der Rotor wurde angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another client turned the rotator</source>
        <translation>ein anderer Client hat den Rotor gedreht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator was turned by hand</source>
        <translation>der Rotor wurde von Hand gedreht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker is down</source>
        <translation>der Broker ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator fell silent</source>
        <translation>der Rotor meldet sich nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator&apos;s position is not known</source>
        <translation>die Position des Rotors ist unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target left the rotator&apos;s range</source>
        <translation>das Ziel hat den Drehbereich des Rotors verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target went below the horizon</source>
        <translation>das Ziel ist unter den Horizont gesunken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator refused the command</source>
        <translation>der Rotor hat den Befehl abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target does not rise in the next hours</source>
        <translation>das Ziel geht in den nächsten Stunden nicht auf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tracking</source>
        <translation>Nachführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the station locator first (Settings ▸ Station…): the position of %1 depends on it.</source>
        <translation>Setzen Sie zuerst den Stations-Locator (Einstellungen ▸ Station…): Die Position (%1) hängt davon ab.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+51"/>
        <source>Tracking %1.</source>
        <translation>Nachführung: %1.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+51"/>
        <source>Waiting for %1 to rise.</source>
        <translation>Warten auf Aufgang: %1.</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+50"/>
        <source>Tracking of %1 ended: %2.</source>
        <translation>Nachführung (%1) beendet: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+4"/>
        <source>Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Moon</source>
        <translation>Mond</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Auto-park after the track: turning to %1°.</source>
        <translation>Auto-Parken nach der Nachführung: drehe auf %1°.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-park after the track refused: %1</source>
        <translation>Auto-Parken nach der Nachführung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>TrafficLogDock</name>
    <message>
        <location filename="../../app/widgets/trafficlogdock.cpp" line="+25"/>
        <source>Traffic log</source>
        <translation>MQTT-Nachrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show only one rotator&apos;s topics</source>
        <translation>Nur die Topics eines Rotors zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter topic or payload…</source>
        <translation>Topic oder Nutzdaten filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding messages while you read</source>
        <translation>Beim Lesen keine Nachrichten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to the newest message</source>
        <translation>Zur neuesten Nachricht scrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotator:</source>
        <translation>Rotor:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrafficLogModel</name>
    <message>
        <location filename="../../app/models/trafficlogmodel.cpp" line="+133"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this app</source>
        <translation>diese App</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>another client</source>
        <translation>anderer Client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (retained)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>rotctld</source>
        <translation>rotctld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotctld %1</source>
        <translation>rotctld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N1MM</source>
        <translation>N1MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PstRotator</source>
        <translation>PstRotator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>web %1</source>
        <translation>Web %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir</source>
        <translation>E/A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>rotatorformat</name>
    <message numerus="yes">
        <location filename="../../app/rotatorformat.cpp" line="+25"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1° el</source>
        <translation>%1° El.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>Broker down</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (silent %1)</source>
        <translation>Veraltet (stumm seit %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not heard yet</source>
        <translation>Noch nicht empfangen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>up</source>
        <translation>aufwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>abwärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving to %1° el</source>
        <translation>Fährt auf %1° Elev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving %1 to %2° el</source>
        <translation>Fährt %1 auf %2° Elev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moving %1</source>
        <translation>Fährt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CW</source>
        <translation>CW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CCW</source>
        <translation>CCW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to %1°</source>
        <translation>Dreht auf %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning %1 to %2°</source>
        <translation>Dreht %1 auf %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning</source>
        <translation>Dreht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turning %1</source>
        <translation>Dreht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped in end-stop zone</source>
        <translation>Steht im Endanschlagsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position unknown</source>
        <translation>Position unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Steht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raw —</source>
        <translation>roh —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw %1° of %2°</source>
        <translation>roh %1° von %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elevation %1° (raw)</source>
        <translation>Elevation %1° (roh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · CCW end-stop zone</source>
        <translation> · CCW-Endanschlagsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · CW end-stop zone</source>
        <translation> · CW-Endanschlagsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · in overlap</source>
        <translation> · in der Überlappung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the broker is not connected</source>
        <translation>Nicht gesendet: Der Broker ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: outside the rotator&apos;s range</source>
        <translation>Nicht gesendet: außerhalb des Drehbereichs des Rotors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: that bearing is in the rotator&apos;s dark zone</source>
        <translation>Nicht gesendet: Diese Richtung liegt im toten Bereich des Rotors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: invalid value</source>
        <translation>Nicht gesendet: ungültiger Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the rotator&apos;s position is not known yet</source>
        <translation>Nicht gesendet: Die Position des Rotors ist noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: another client turned or stopped the rotator first</source>
        <translation>Nicht gesendet: ein anderer Client hat den Rotor zuvor gedreht oder gestoppt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already at %1°</source>
        <translation>Bereits auf %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CW %1° to %2°</source>
        <translation>CW %1° auf %2°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCW %1° to %2°</source>
        <translation>CCW %1° auf %2°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · other end of the antenna</source>
        <translation> · anderes Ende der Antenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · via overlap</source>
        <translation> · über die Überlappung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · long unwind</source>
        <translation> · langes Zurückdrehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · stops first</source>
        <translation> · stoppt zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ≈ %1</source>
        <translation> · ≈ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid broker address</source>
        <translation>Ungültige Broker-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 · next try in %n s</source>
        <translation>
            <numerusform>%1 · nächster Versuch in %n s</numerusform>
            <numerusform>%1 · nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The broker address is not valid; check it in Brokers.</source>
        <translation>Die Broker-Adresse ist ungültig; bitte unter „Broker“ prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker&apos;s host name is not known; check the address. Still trying.</source>
        <translation>Der Hostname des Brokers ist unbekannt; bitte die Adresse prüfen. Versuche weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker does not answer; still trying.</source>
        <translation>Der Broker antwortet nicht; versuche weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker refused the connection; still trying.</source>
        <translation>Der Broker hat die Verbindung abgelehnt; versuche weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker refused the login. Not retrying until a new password is given.</source>
        <translation>Der Broker hat die Anmeldung abgelehnt. Kein neuer Versuch, bis ein neues Passwort eingegeben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed (certificate or TLS settings); still trying.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (Zertifikat oder TLS-Einstellungen); versuche weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost; reconnecting.</source>
        <translation>Verbindung verloren; verbinde neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message could not be sent.</source>
        <translation>Eine Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker did not accept a subscription.</source>
        <translation>Der Broker hat ein Abonnement nicht angenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP: not used</source>
        <translation>HTTP: nicht verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP: no address yet (the unit has not published ip)</source>
        <translation>HTTP: noch keine Adresse (das Gerät hat ip noch nicht veröffentlicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP: not read yet (%1)</source>
        <translation>HTTP: noch nicht gelesen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: reading %1…</source>
        <translation>HTTP: lese %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP: reachable</source>
        <translation>HTTP: erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, “%1”</source>
        <translation>, „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, rev %1</source>
        <translation>, Rev. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, up %1</source>
        <translation>, Laufzeit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP side unreachable (address %1)</source>
        <translation>HTTP-Seite nicht erreichbar (Adresse %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: login refused (password in Properties)</source>
        <translation>HTTP: Anmeldung abgelehnt (Passwort in den Eigenschaften)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: unexpected reply from %1</source>
        <translation>HTTP: unerwartete Antwort von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Setting SPEED…</source>
        <translation>SPEED wird gesetzt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED %1 set</source>
        <translation>SPEED %1 gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: login refused</source>
        <translation>SPEED nicht gesetzt: Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: the HTTP side is unreachable</source>
        <translation>SPEED nicht gesetzt: HTTP-Seite nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: the unit answered with an error</source>
        <translation>SPEED nicht gesetzt: Das Gerät hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>%1 (no ID)</source>
        <translation>%1 (ohne ID)</translation>
    </message>
</context>
<context>
    <name>targetwords</name>
    <message>
        <location filename="../../app/widgets/targetwords.cpp" line="+17"/>
        <source>Not a target: type a bearing 0–359, a locator such as JO62qm, a callsign or a prefix.</source>
        <translation>Kein Ziel: Geben Sie eine Richtung 0–359, einen Locator wie JO62qm, ein Rufzeichen oder ein Präfix ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bearing is 0 to 359°.</source>
        <translation>Eine Richtung liegt zwischen 0 und 359°.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a locator: use 4, 6 or 8 characters like JO62 or JO62qm.</source>
        <translation>Kein Locator: Verwenden Sie 4, 6 oder 8 Zeichen wie JO62 oder JO62qm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callsigns need the country data (Settings ▸ Update Country Data…).</source>
        <translation>Rufzeichen benötigen die Länderdaten (Einstellungen ▸ Länderdaten aktualisieren…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country has that prefix.</source>
        <translation>Kein Land hat dieses Präfix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maritime mobile (/MM): at sea, no known position.</source>
        <translation>Maritim mobil (/MM): auf See, Position unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aeronautical mobile (/AM): in the air, no known position.</source>
        <translation>Aeronautisch mobil (/AM): in der Luft, Position unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locators and callsigns need the station locator (Settings ▸ Station…).</source>
        <translation>Locator und Rufzeichen benötigen den Stations-Locator (Einstellungen ▸ Station…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locator %1</source>
        <translation>Locator %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: the station&apos;s own locator %1</source>
        <translation>Position: eigener Locator der Station %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: the country file&apos;s for %1</source>
        <translation>Position: laut Länderdatei für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: centre of the country</source>
        <translation>Position: Mitte des Landes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exact call %1</source>
        <translation>genaues Rufzeichen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short path %1° · %2</source>
        <translation>Kurzer Weg %1° · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>long path %1° · %2</source>
        <translation>langer Weg %1° · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read as a locator. As a prefix it is %1: type %2.</source>
        <translation>Als Locator gelesen. Als Präfix ist es %1: Geben Sie %2 ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country</source>
        <translation>ein Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as a prefix. As a locator field: type %1.</source>
        <translation>Als Präfix gelesen. Als Locator-Feld: Geben Sie %1 ein.</translation>
    </message>
</context>
</TS>
