<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AddRotatorDialog</name>
    <message>
        <location filename="../../app/dialogs/addrotatordialog.cpp" line="+24"/>
        <source>Required.</source>
        <translation>Povinné.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Nejvýše %n znak.</numerusform>
            <numerusform>Nejvýše %n znaky.</numerusform>
            <numerusform>Nejvýše %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; cannot be part of an address.</source>
        <translation>„%1“ nemůže být součástí adresy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only printable ASCII characters, no spaces.</source>
        <translation>Jen tisknutelné znaky ASCII, bez mezer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Rotator</source>
        <translation>Přidat rotátor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is the unit&apos;s callsign (CALL) and network ID (NET_ID) as set on its own web page; its topics are CALL/ID/ROT/…</source>
        <translation>Adresa je volací znak jednotky (CALL) a síťové ID (NET_ID), jak jsou nastaveny na její vlastní webové stránce; její témata jsou CALL/ID/ROT/…</translation>
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
        <translation>prázdné u jednotky v továrním nastavení</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NET_&amp;ID:</source>
        <translation>NET_&amp;ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional, e.g. 20 m yagi</source>
        <translation>nepovinné, např. yagi 20 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Popisek:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>Přid&amp;at</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This rotator is in the list already.</source>
        <translation>Tento rotátor už v seznamu je.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../app/cli/appoptions.cpp" line="+48"/>
        <source>Control IP-Rotator antenna rotators over MQTT. Without options the brokers and rotators of your settings are used.</source>
        <translation>Ovládání anténních rotátorů IP-Rotator přes MQTT. Bez voleb se použijí brokery a rotátory z vašeho nastavení.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo mode: a private broker and N simulated rotators (default 4). Write N after --demo: --demo 6.</source>
        <translation>Ukázkový režim: soukromý broker a N simulovaných rotátorů (výchozí 4). N zapište za --demo: --demo 6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo rotator count.</source>
        <translation>Počet ukázkových rotátorů.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a broker for this run: tcp://host:port, ws://, ssl:// or wss://.</source>
        <translation>Přidat broker pro toto spuštění: tcp://host:port, ws://, ssl:// nebo wss://.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a rotator on the --broker (repeatable).</source>
        <translation>Přidat rotátor na brokeru z --broker (lze opakovat).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CALL/ID</source>
        <translation>CALL/ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station Maidenhead locator, e.g. JO70va.</source>
        <translation>Lokátor stanice (Maidenhead), např. JO70va.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOC</source>
        <translation>LOC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read DX spots from this cluster node for this run (needs the station callsign).</source>
        <translation>Pro toto spuštění číst DX spoty z tohoto uzlu clusteru (vyžaduje volací znak stanice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station callsign for this run, e.g. OK1HRA.</source>
        <translation>Volací znak stanice pro toto spuštění, např. OK1HRA.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CALL</source>
        <translation>ZNAČKA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Použít tento soubor nastavení místo uživatelského.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log MQTT traffic and internal details to the terminal (the Traffic log shows the traffic too).</source>
        <translation>Vypisovat provoz MQTT a vnitřní podrobnosti do terminálu (provoz ukazuje i Záznam provozu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve hamlib rotctld for this run: the first rotator on TCP PORT, the next on PORT+2, … (loopback unless Settings ▸ Interop allows the network).</source>
        <translation>Pro toto spuštění poskytovat hamlib rotctld: první rotátor na TCP portu PORT, další na PORT+2, … (jen loopback, pokud Nastavení ▸ Propojení nepovolí síť).</translation>
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
        <translation>Pro toto spuštění poskytovat webové ovládání na TCP portu PORT (jen loopback, pokud Nastavení ▸ Webové ovládání nepovolí síť; odtud i účty).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Neočekávaný argument „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo: the rotator count must be 1 to %1, not “%2”.</source>
        <translation>--demo: počet rotátorů musí být 1 až %1, ne „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--broker may be given once.</source>
        <translation>--broker lze zadat jen jednou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--broker: “%1” is not a URL.</source>
        <translation>--broker: „%1“ není URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--broker: “%1”: %2.</source>
        <translation>--broker: „%1“: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rotator: “%1” is not CALL/ID (two non-empty parts without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;).</source>
        <translation>--rotator: „%1“ není CALL/ID (dvě neprázdné části bez &apos;/&apos;, &apos;+&apos; nebo &apos;#&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--rotator needs a --broker to live on.</source>
        <translation>--rotator potřebuje --broker, na kterém poběží.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo runs its own broker; leave out --broker.</source>
        <translation>--demo spouští vlastní broker; vynechte --broker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--locator: “%1” is not a Maidenhead locator of 4, 6 or 8 characters (e.g. JO70va).</source>
        <translation>--locator: „%1“ není lokátor Maidenhead o 4, 6 nebo 8 znacích (např. JO70va).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dx-cluster may be given once.</source>
        <translation>--dx-cluster lze zadat jen jednou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dx-cluster: “%1” is not HOST:PORT (e.g. dxc.example.org:7300).</source>
        <translation>--dx-cluster: „%1“ není HOST:PORT (např. dxc.example.org:7300).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--rotctld: “%1” is not a TCP port 1 to 65535.</source>
        <translation>--rotctld: „%1“ není TCP port 1 až 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--web: “%1” is not a TCP port 1 to 65535.</source>
        <translation>--web: „%1“ není TCP port 1 až 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--callsign: “%1” is not a callsign (letters, digits and &apos;/&apos;, e.g. OK1HRA or DL/OK1HRA).</source>
        <translation>--callsign: „%1“ není volací znak (písmena, číslice a &apos;/&apos;, např. OK1HRA nebo DL/OK1HRA).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--settings: the file name is empty.</source>
        <translation>--settings: název souboru je prázdný.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--settings: “%1” is a folder, not a file.</source>
        <translation>--settings: „%1“ je složka, ne soubor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--settings: the folder of “%1” does not exist.</source>
        <translation>--settings: složka souboru „%1“ neexistuje.</translation>
    </message>
</context>
<context>
    <name>AutoParkNotifier</name>
    <message numerus="yes">
        <location filename="../../app/autoparknotifier.cpp" line="+27"/>
        <source>Parks at %1 in %n s: no command for %2 min. Any command cancels it.</source>
        <translation>
            <numerusform>Zaparkuje na %1 za %n s: %2 min bez příkazu. Jakýkoli příkaz to zruší.</numerusform>
            <numerusform>Zaparkuje na %1 za %n s: %2 min bez příkazu. Jakýkoli příkaz to zruší.</numerusform>
            <numerusform>Zaparkuje na %1 za %n s: %2 min bez příkazu. Jakýkoli příkaz to zruší.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-park called off.</source>
        <translation>Automatické parkování zrušeno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-park: turning to %1.</source>
        <translation>Automatické parkování: natáčím na %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-park to %1 refused: %2</source>
        <translation>Automatické parkování na %1 odmítnuto: %2</translation>
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
        <translation>Rotátor není v žádném páru az/el.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pair&apos;s elevation unit is not in elevation mode.</source>
        <translation>Elevační jednotka páru není v režimu elevace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position of the pair&apos;s units is not known yet.</source>
        <translation>Poloha jednotek páru zatím není známa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target is below the horizon (elevation %1°).</source>
        <translation>Cíl je pod obzorem (elevace %1°).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pair cannot point there (azimuth %1°, elevation %2°).</source>
        <translation>Pár tam nemůže mířit (azimut %1°, elevace %2°).</translation>
    </message>
</context>
<context>
    <name>AzElPairsDialog</name>
    <message>
        <location filename="../../app/dialogs/azelpairsdialog.cpp" line="+23"/>
        <source>Az/El Pairs</source>
        <translation>Páry Az/El</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An azimuth unit and an elevation-only unit turned as one antenna, for satellites and EME.</source>
        <translation>Azimutová a elevační jednotka otáčené jako jedna anténa, pro družice a EME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unpair</source>
        <translation>&amp;Rozpojit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Azimuth unit:</source>
        <translation>&amp;Azimutová jednotka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Elevation unit:</source>
        <translation>&amp;Elevační jednotka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. 2 m EME</source>
        <translation>nepovinné, např. 2 m EME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pair</source>
        <translation>&amp;Spárovat</translation>
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
        <translation>Pro pár jsou potřeba dva nespárované rotátory na jednom brokeru.</translation>
    </message>
</context>
<context>
    <name>BrokerProfilesDialog</name>
    <message>
        <location filename="../../app/dialogs/brokerprofilesdialog.cpp" line="+76"/>
        <source>Brokers</source>
        <translation>Brokery</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>Přid&amp;at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. tcp://host:1883, ws://host:1884, ssl://host:8883, wss://host:8081</source>
        <translation>např. tcp://host:1883, ws://host:1884, ssl://host:8883, wss://host:8081</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+279"/>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Keep passwords for this session only</source>
        <translation>Hesla pamatovat jen pro toto sezení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use a password</source>
        <translation>Nepoužívat heslo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>system certificates</source>
        <translation>systémové certifikáty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect to this broker</source>
        <translation>Př&amp;ipojit se k tomuto brokeru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discover rotators (every CALL/ID/ROT on this broker)</source>
        <translation>&amp;Vyhledat rotátory (každý CALL/ID/ROT na tomto brokeru)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Jméno uživatele:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA file:</source>
        <translation>Soubor &amp;CA:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CA certificate file</source>
        <translation>Soubor certifikátu CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikáty (*.pem *.crt *.cer);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A profile needs a name.</source>
        <translation>Profil musí mít název.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another profile has this name.</source>
        <translation>Tento název už má jiný profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a broker URL: %1.</source>
        <translation>Toto není URL brokeru: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file does not exist.</source>
        <translation>Tento soubor neexistuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read.</source>
        <translation>Tento soubor nelze přečíst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+81"/>
        <source>(no name)</source>
        <translation>(bez názvu)</translation>
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
        <translation>Tento profil má chybu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Fix these profiles too: %1</source>
        <translation>Opravte také tyto profily: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keyring did not accept the password (%1). Choose below, then press OK.</source>
        <translation>Klíčenka heslo nepřijala (%1). Vyberte níže a stiskněte OK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring is available on this computer, so passwords cannot be stored safely. RotorDeck never writes them to its settings file.</source>
        <translation>Na tomto počítači není k dispozici žádná klíčenka, hesla proto nelze bezpečně uložit. RotorDeck je nikdy nezapisuje do svého souboru nastavení.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checking the keyring…</source>
        <translation>kontroluji klíčenku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>nepoužívá se</translation>
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
        <translation>Znovu připojeno.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The password could not be saved in the keyring (%1); it is used for this session only.</source>
        <translation>Heslo se nepodařilo uložit do klíčenky (%1); použije se jen pro toto sezení.</translation>
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
        <translation>DX cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. OK1ABC</source>
        <translation>např. OK1ABC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command after login</source>
        <translation>Příkaz po přihlášení</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;callsign:</source>
        <translation>Váš &amp;volací znak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes are logged in with this callsign. Without one, or without a node that is on, nothing is connected.</source>
        <translation>Uzly se přihlašují tímto volacím znakem. Bez něj nebo bez zapnutého uzlu se nic nepřipojí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add node</source>
        <translation>Přid&amp;at uzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Not a callsign: letters, digits and &apos;/&apos; only.</source>
        <translation>Toto není volací znak: jen písmena, číslice a &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: the host must be a name or an address without the port (e.g. dxc.example.org).</source>
        <translation>Řádek %1: hostitel musí být název nebo adresa bez portu (např. dxc.example.org).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: the port must be 1 to 65535.</source>
        <translation>Řádek %1: port musí být 1 až 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: the command must be one line of at most 80 characters.</source>
        <translation>Řádek %1: příkaz musí být jeden řádek o nejvýše 80 znacích.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without a callsign the nodes are not connected.</source>
        <translation>Bez volacího znaku se uzly nepřipojí.</translation>
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
        <translation>%1: %2° · %3 km (dlouhá cesta %4° · %5 km)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Whole globe · rim = antipode</source>
        <translation>Celá zeměkoule · okraj = antipodální bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius %1 km</source>
        <translation>Poloměr %1 km</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>World map data unavailable</source>
        <translation>Data mapy světa nejsou k dispozici</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compassmapwidget.cpp" line="+222"/>
        <location line="+535"/>
        <source>Back to station</source>
        <translation>Zpět na stanici</translation>
    </message>
    <message>
        <location line="-481"/>
        <source>View centred on %1 · bearings from the station %2</source>
        <translation>Pohled vystředěn na %1 · směry od stanice %2</translation>
    </message>
    <message>
        <location line="+407"/>
        <source>%1° · %2 km · %3 · long path %4°</source>
        <translation>%1° · %2 km · %3 · dlouhá cesta %4°</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Turn to long path (%1°)</source>
        <translation>Natočit na dlouhou cestu (%1°)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-centre here (%1)</source>
        <translation>Vystředit sem (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../app/widgets/confirmbar.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>CountryData</name>
    <message>
        <location filename="../../app/countrydata.cpp" line="+24"/>
        <source>No country data: callsigns cannot be looked up. Install the hamradio-files package.</source>
        <translation>Žádná data o zemích: volací znaky nelze vyhledat. Nainstalujte balíček hamradio-files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your updated copy</source>
        <translation>vaše aktualizovaná kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system copy</source>
        <translation>systémová kopie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Country data %1 (%2, %n entities)</source>
        <translation>
            <numerusform>Data o zemích %1 (%2, %n entita)</numerusform>
            <numerusform>Data o zemích %1 (%2, %n entity)</numerusform>
            <numerusform>Data o zemích %1 (%2, %n entit)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of unknown date</source>
        <translation>neznámého data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not used: %2</source>
        <translation>%1 nebyl použit: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file lists no country.</source>
        <translation>soubor neuvádí žádnou zemi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read.</source>
        <translation>soubor nelze přečíst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is far larger than a country file.</source>
        <translation>soubor je mnohem větší než soubor zemí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not text</source>
        <translation>není text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a country line without its eight fields</source>
        <translation>řádek země bez svých osmi polí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a country without a name</source>
        <translation>země bez názvu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a CQ zone outside 1–40</source>
        <translation>zóna CQ mimo 1–40</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an ITU zone outside 1–90</source>
        <translation>zóna ITU mimo 1–90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown continent</source>
        <translation>neznámý kontinent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a latitude outside −90…90</source>
        <translation>zeměpisná šířka mimo −90…90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a longitude outside −180…180</source>
        <translation>zeměpisná délka mimo −180…180</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UTC offset outside −24…24 h</source>
        <translation>posun od UTC mimo −24…24 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prefix a callsign cannot have</source>
        <translation>prefix, který volací znak mít nemůže</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a callsign or prefix with characters a callsign cannot have</source>
        <translation>volací znak nebo prefix se znaky, které volací znak mít nemůže</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a malformed zone, position, continent or offset override</source>
        <translation>chybně zapsaná náhrada zóny, polohy, kontinentu nebo posunu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside a country&apos;s prefix list</source>
        <translation>soubor končí uprostřed seznamu prefixů země</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: %2.</source>
        <translation>řádek %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2 (“%3”).</source>
        <translation>řádek %1: %2 („%3“).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The country data in use stays as it was.</source>
        <translation>Používaná data o zemích zůstávají beze změny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country data updated: %1.</source>
        <translation>Data o zemích aktualizována: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The country data could not be downloaded from %1 (network error %2). %3</source>
        <translation>Data o zemích nebylo možné stáhnout z %1 (chyba sítě %2). %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 answered with HTTP status %2. %3</source>
        <translation>Server %1 odpověděl stavem HTTP %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was far larger than a country file and was stopped. %1</source>
        <translation>Stahovaný soubor byl mnohem větší než soubor zemí, stahování bylo zastaveno. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The downloaded file is damaged (%1) %2</source>
        <translation>Stažený soubor je poškozený (%1) %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The downloaded file lists too few countries to be a country file. %1</source>
        <translation>Stažený soubor uvádí příliš málo zemí, než aby to byl soubor zemí. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new country file could not be saved to %1. %2</source>
        <translation>Nový soubor zemí nebylo možné uložit do %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country data update cancelled. %1</source>
        <translation>Aktualizace dat o zemích zrušena. %1</translation>
    </message>
</context>
<context>
    <name>CountryDataDialog</name>
    <message>
        <location filename="../../app/dialogs/countrydatadialog.cpp" line="+34"/>
        <source>Country Data</source>
        <translation>Data o zemích</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where a fresh cty.dat is downloaded from (http or https)</source>
        <translation>Odkud se stahuje nový cty.dat (http nebo https)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Výchozí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country-files site&apos;s current file: %1</source>
        <translation>Aktuální soubor webu country-files: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Update</source>
        <translation>A&amp;ktualizovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Download</source>
        <translation>Zrušit stahování</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m KiB</source>
        <translation>%v z %m KiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use:</source>
        <translation>Používá se:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new file is checked completely before it replaces the one in use; on any problem the old one stays.</source>
        <translation>Nový soubor se celý zkontroluje, než nahradí používaný; při jakémkoli problému zůstane starý.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not an http:// or https:// address.</source>
        <translation>Toto není adresa http:// ani https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country data is not available in this session.</source>
        <translation>Data o zemích nejsou v tomto sezení k dispozici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading…</source>
        <translation>Stahování…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/demo.cpp" line="+100"/>
        <source>20 m Yagi</source>
        <translation>Yagi 20 m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>40 m Beam (450°)</source>
        <translation>Směrovka 40 m (450°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 m LFA (300°)</source>
        <translation>LFA 6 m (300°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satellite elevation</source>
        <translation>Elevace pro satelity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo %1 (%2°)</source>
        <translation>Ukázka %1 (%2°)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Demo</source>
        <translation>Ukázka</translation>
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
        <translation>EME 6 m (az/el)</translation>
    </message>
</context>
<context>
    <name>ElevationDial</name>
    <message>
        <location filename="../../app/widgets/elevationdial.cpp" line="+32"/>
        <source>Click in the sky to move the antenna there</source>
        <translation>Kliknutím na oblohu tam natočíte anténu</translation>
    </message>
</context>
<context>
    <name>ExternalTracking</name>
    <message>
        <location filename="../../app/externaltracking.cpp" line="+67"/>
        <source>another rotctld client took over</source>
        <translation>řízení převzal jiný klient rotctld</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+21"/>
        <source>another program turned the rotator</source>
        <translation>rotátor natočil jiný program</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tracking: rotctld client %1.</source>
        <translation>Sledování: klient rotctld %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client stopped the rotator</source>
        <translation>klient rotátor zastavil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you stopped the rotator. The external tracker is still engaged: its next position turns the rotator again. Disengage it in the program (gpredict: Disengage)</source>
        <translation>rotátor jste zastavili. Externí sledovací program je stále aktivní: jeho další poloha rotátor znovu natočí. Vypněte jej v programu (gpredict: Disengage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rotator was turned by hand</source>
        <translation>rotátor byl natočen ručně</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tracking by rotctld client %1 ended: %2.</source>
        <translation>Sledování klientem rotctld %1 skončilo: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the broker is down</source>
        <translation>broker je nedostupný</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rotator fell silent</source>
        <translation>rotátor přestal odpovídat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no position for a minute</source>
        <translation>minutu bez polohy</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../app/widgets/firstrunpanel.cpp" line="+22"/>
        <source>&lt;b&gt;Welcome to RotorDeck&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vítejte v RotorDecku&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three steps make the map yours. Stops (Esc, Shift+Esc) work at any moment.</source>
        <translation>Tři kroky a mapa je vaše. Zastavení (Esc, Shift+Esc) funguje kdykoli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;1.&lt;/b&gt; Your station&apos;s locator centres the map and measures every bearing:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Lokátor vaší stanice vystředí mapu a měří se od něj každý směr:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. JO70VA</source>
        <translation>např. JO70VA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Set</source>
        <translation>&amp;Nastavit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;2.&lt;/b&gt; Add the MQTT broker your IP-Rotators use. With discovery on, each unit appears within a minute (its heartbeat).</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Přidejte broker MQTT, který používají vaše IP-Rotatory. Se zapnutým vyhledáváním se každá jednotka objeví do minuty (podle svého heartbeatu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Broker…</source>
        <translation>Přidat &amp;broker…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;3.&lt;/b&gt; Or try it first with simulated rotators on a private broker:</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Nebo si to nejprve vyzkoušejte se simulovanými rotátory na soukromém brokeru:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the &amp;Demo</source>
        <translation>Spustit &amp;ukázku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skrýt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a Maidenhead locator (e.g. JO70 or JO70VA).</source>
        <translation>Toto není lokátor Maidenhead (např. JO70 nebo JO70VA).</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../app/models/grouplistmodel.cpp" line="+46"/>
        <source>No members yet (Rotator ▸ Groups…)</source>
        <translation>Zatím bez členů (Rotátor ▸ Skupiny…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no offset</source>
        <translation>bez posunu</translation>
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
        <translation>%1: %2 (nepřipojeno)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 (%n)</source>
        <comment>a group&apos;s name and how many rotators it has</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
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
        <translation>Skupiny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotators turned together from one click, one target, Stop and Park, such as a stack of yagis or all 20 m antennas. Each member points at the group&apos;s bearing plus its offset.</source>
        <translation>Rotátory otáčené společně jedním kliknutím, jedním cílem, povelem Stop i Parkovat, např. soustava yagi nebo všechny antény pro 20 m. Každý člen míří na směr skupiny plus svůj posun.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>&amp;Nová</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;ame:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offset</source>
        <translation>Posun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offset: degrees added to the group&apos;s bearing for this antenna (clockwise positive).</source>
        <translation>Posun: stupně přičtené ke směru skupiny pro tuto anténu (kladné ve směru hodinových ručiček).</translation>
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
        <translation>Skupina %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A group needs a name.</source>
        <translation>Skupina musí mít název.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Nejvýše %n znak.</numerusform>
            <numerusform>Nejvýše %n znaky.</numerusform>
            <numerusform>Nejvýše %n znaků.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another group has this name.</source>
        <translation>Tento název už má jiná skupina.</translation>
    </message>
</context>
<context>
    <name>HistoryPlot</name>
    <message>
        <location filename="../../app/widgets/historyplot.cpp" line="+62"/>
        <source>Selected rotators</source>
        <translation>Vybrané rotátory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rotators</source>
        <translation>Všechny rotátory</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span shown while following</source>
        <translation>Časový úsek zobrazený při sledování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw azimuth</source>
        <translation>Natočení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot the raw position (may exceed 359° in the overlap) instead of the compass bearing</source>
        <translation>Vykreslit natočení (v přesahu může být přes 359°) místo kompasového směru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>Sledovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest data in view; drag to pan, wheel to zoom, double-click to follow again</source>
        <translation>Držet nejnovější data v zobrazení; tažením posunete, kolečkem přiblížíte, dvojklikem znovu sledujete</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+268"/>
        <source>raw °</source>
        <translation>natočení °</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+268"/>
        <source>bearing °</source>
        <translation>směr °</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1 target</source>
        <translation>%1 cíl</translation>
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
        <translation>Propojení</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other programs (gpredict, rotctl, N1MM Logger+, PstRotator clients) can turn the rotators through these endpoints. Their commands follow the same rules as yours, and Stop always wins.</source>
        <translation>Jiné programy (gpredict, rotctl, N1MM Logger+, klienti PstRotator) mohou přes tato rozhraní otáčet rotátory. Jejich příkazy se řídí stejnými pravidly jako vaše a Stop má vždy přednost.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where they listen</source>
        <translation>Kde naslouchají</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers to connect</source>
        <translation>Povolit připojení z jiných počítačů</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>&amp;Adresa pro naslouchání:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: anyone who can reach this computer on the network can then turn your rotators. The endpoints have no password. Allow this only on a network you trust.</source>
        <translation>Varování: kdokoli, kdo se po síti dostane k tomuto počítači, pak může otáčet vašimi rotátory. Rozhraní nemají heslo. Povolte to jen v síti, které důvěřujete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoints</source>
        <translation>Rozhraní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hamlib &amp;rotctld (TCP), first port:</source>
        <translation>hamlib &amp;rotctld (TCP), první port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this run rotctld listens from port %1 (--rotctld).</source>
        <translation>Pro toto spuštění naslouchá rotctld od portu %1 (--rotctld).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;N1MM Logger+ (UDP), port:</source>
        <translation>&amp;N1MM Logger+ (UDP), port:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>automatic</source>
        <translation>automaticky</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N1MM status to:</source>
        <translation>Stav N1MM na:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Band-follow: a command naming no rotator goes to the rotator serving its band</source>
        <translation>Řízení podle pás&amp;ma: příkaz bez uvedeného rotátoru jde na rotátor, který obsluhuje jeho pásmo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each rotator&apos;s bands are set in its Properties.</source>
        <translation>Pásma každého rotátoru se nastavují v jeho Vlastnostech.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PstRotator (UDP), first port:</source>
        <translation>&amp;PstRotator (UDP), první port:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rotator</source>
        <translation>Rotátor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotctld port</source>
        <translation>port rotctld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PstRotator port</source>
        <translation>port PstRotator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N1MM name</source>
        <translation>Jméno v N1MM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A port set here is for %1 on the first broker; this one takes the next free port.</source>
        <translation>Port nastavený zde platí pro %1 na prvním brokeru; tento dostane další volný port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set it in the rotator&apos;s Properties.</source>
        <translation>Nastavte jej ve Vlastnostech rotátoru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now:</source>
        <translation>Nyní:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint</source>
        <translation>Rozhraní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter an IP address, such as 0.0.0.0 (every network) or this computer&apos;s address.</source>
        <translation>Zadejte IP adresu, např. 0.0.0.0 (všechny sítě) nebo adresu tohoto počítače.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The N1MM status address must be an IP address.</source>
        <translation>Adresa pro stav N1MM musí být IP adresa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing listens: there is no rotator yet.</source>
        <translation>Nic nenaslouchá: zatím tu není žádný rotátor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All endpoints are off.</source>
        <translation>Všechna rozhraní jsou vypnutá.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>listening</source>
        <translation>naslouchá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port in use</source>
        <translation>port je obsazen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Interop: %1 of %2 listening</source>
        <translation>Propojení: naslouchá %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Interop: %n client(s)</source>
        <translation>
            <numerusform>Propojení: %n klient</numerusform>
            <numerusform>Propojení: %n klienti</numerusform>
            <numerusform>Propojení: %n klientů</numerusform>
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
            <numerusform>Mlčí %n s; jeho poloha může být neaktuální. Znovu se dotazuji.</numerusform>
            <numerusform>Mlčí %n s; jeho poloha může být neaktuální. Znovu se dotazuji.</numerusform>
            <numerusform>Mlčí %n s; jeho poloha může být neaktuální. Znovu se dotazuji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rotators fell silent; their positions may be out of date.</source>
        <translation>
            <numerusform>%n rotátor zmlkl; jeho poloha může být neaktuální.</numerusform>
            <numerusform>%n rotátory zmlkly; jejich polohy mohou být neaktuální.</numerusform>
            <numerusform>%n rotátorů zmlklo; jejich polohy mohou být neaktuální.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard again.</source>
        <translation>Znovu se ozval.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rotators were heard again.</source>
        <translation>
            <numerusform>%n rotátor se znovu ozval.</numerusform>
            <numerusform>%n rotátory se znovu ozvaly.</numerusform>
            <numerusform>%n rotátorů se znovu ozvalo.</numerusform>
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
        <translation>Nastavení</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The settings could not be saved (%1).</source>
        <translation>Nastavení se nepodařilo uložit (%1).</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Rotators</source>
        <translation>Rotátory</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Control</source>
        <translation>Ovládání</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The map turns azimuth rotators; use the target field for elevation.</source>
        <translation>Mapa otáčí azimutovými rotátory; pro elevaci použijte pole cíle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> DEMO — simulated rotators on a private broker </source>
        <translation> UKÁZKA — simulované rotátory na soukromém brokeru </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here reaches real hardware.</source>
        <translation>Nic z toho se nedostane ke skutečnému hardwaru.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings &amp;File…</source>
        <translation>&amp;Soubor nastavení…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to Target</source>
        <translation>Natočit na cí&amp;l</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Stop</source>
        <translation>&amp;Zastavit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the selected rotators (Esc)</source>
        <translation>Zastavit vybrané rotátory (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;All</source>
        <translation>Zastavit vš&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop every rotator on every broker (Shift+Esc)</source>
        <translation>Zastavit všechny rotátory na všech brokerech (Shift+Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Park</source>
        <translation>&amp;Parkovat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nudge CC&amp;W 5°</source>
        <translation>Pootočit CC&amp;W o 5°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge &amp;CW 5°</source>
        <translation>Pootočit &amp;CW o 5°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Long Path</source>
        <translation>&amp;Dlouhá cesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target Entry</source>
        <translation>&amp;Upravit cíl</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;roperties…</source>
        <translation>&amp;Vlastnosti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotator &amp;%1</source>
        <translation>Rotátor &amp;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dd Rotator…</source>
        <translation>Přid&amp;at rotátor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget Rotator…</source>
        <translation>&amp;Odebrat rotátor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Brokers…</source>
        <translation>&amp;Brokery…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Station…</source>
        <translation>&amp;Stanice…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About RotorDeck</source>
        <translation>&amp;O aplikaci RotorDeck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;System</source>
        <translation>Podle &amp;systému</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>S&amp;větlý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tmavý</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rotator</source>
        <translation>&amp;Rotátor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;elect</source>
        <translation>Vý&amp;běr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavení</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands</source>
        <translation>Příkazy</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>RotorDeck</source>
        <translation>RotorDeck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RotorDeck — Demo (simulated rotators)</source>
        <translation>RotorDeck — ukázka (simulované rotátory)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Station</source>
        <translation>Stanice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station locator “%1” is not valid; the map stays where it was.</source>
        <translation>Lokátor stanice „%1“ není platný; mapa zůstává, kde byla.</translation>
    </message>
    <message>
        <location line="+545"/>
        <location line="+606"/>
        <source>Set the station locator first (Settings ▸ Station…).</source>
        <translation>Nejprve nastavte lokátor stanice (Nastavení ▸ Stanice…).</translation>
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
        <translation>Nejprve vyberte rotátor (1–9 nebo kliknutím do seznamu).</translation>
    </message>
    <message numerus="yes">
        <location line="-366"/>
        <source>Turning %n rotator(s) to %1°</source>
        <translation>
            <numerusform>Natáčím %n rotátor na %1°</numerusform>
            <numerusform>Natáčím %n rotátory na %1°</numerusform>
            <numerusform>Natáčím %n rotátorů na %1°</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The range forces a long way round:</source>
        <translation>Rozsah rotátoru vynutí otočení delší cestou:</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Turn</source>
        <translation>Natočit</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>The settings file %1 is damaged. RotorDeck started with defaults and keeps the old file as %1.damaged when it saves.</source>
        <translation>Soubor nastavení %1 je poškozený. RotorDeck se spustil s výchozím nastavením a při ukládání ponechá starý soubor jako %1.damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file %1 could not be read. RotorDeck started with defaults.</source>
        <translation>Soubor nastavení %1 se nepodařilo přečíst. RotorDeck se spustil s výchozím nastavením.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file was written by a newer RotorDeck. What this version understands is used; the file is not overwritten without asking.</source>
        <translation>Soubor nastavení zapsala novější verze RotorDecku. Použije se to, čemu tato verze rozumí; soubor nebude bez dotazu přepsán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file is incomplete (cut short?). What is there is used.</source>
        <translation>Soubor nastavení je neúplný (useknutý?). Použije se to, co v něm je.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The setting %1 could not be used; it was ignored or set to its default.</source>
        <translation>Nastavení %1 nebylo možné použít; bylo ignorováno nebo nastaveno na výchozí hodnotu.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → rotctld client %2</source>
        <translation>%1 → klient rotctld %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking: %1</source>
        <translation>Sledování: %1</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Park A&amp;ll</source>
        <translation>Parkovat v&amp;šechny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track the &amp;Sun</source>
        <translation>Sledovat &amp;Slunce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track the &amp;Moon</source>
        <translation>Sledovat &amp;Měsíc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;Tracking</source>
        <translation>&amp;Zastavit sledování</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>T&amp;urn To…</source>
        <translation>Na&amp;točit na…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a bearing, a locator, a callsign or a prefix: the panel shows where before Go.</source>
        <translation>Zadejte směr, lokátor, volací znak nebo prefix: panel ukáže, kam to je, ještě před natočením.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn to S&amp;un</source>
        <translation>Natočit na Slu&amp;nce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn to &amp;Moon</source>
        <translation>Natočit na &amp;Měsíc</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Az/El &amp;Pairs…</source>
        <translation>Pá&amp;ry Az/El…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gr&amp;oups…</source>
        <translation>S&amp;kupiny…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update &amp;Country Data…</source>
        <translation>Aktualizovat data o &amp;zemích…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>T&amp;rack</source>
        <translation>&amp;Sledování</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Interop…</source>
        <translation>&amp;Propojení…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web Remote…</source>
        <translation>&amp;Webové ovládání…</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Quit RotorDeck</source>
        <translation>Ukončit RotorDeck</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rotator(s) still turning.</source>
        <translation>
            <numerusform>%n rotátor se ještě otáčí.</numerusform>
            <numerusform>%n rotátory se ještě otáčejí.</numerusform>
            <numerusform>%n rotátorů se ještě otáčí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop them before quitting, or let them finish their turn?</source>
        <translation>Zastavit je před ukončením, nebo je nechat dotočit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Them and Quit</source>
        <translation>Zastavit a ukončit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit, Let Them Finish</source>
        <translation>Ukončit a nechat dotočit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopping every rotator before quitting…</source>
        <translation>Před ukončením zastavuji všechny rotátory…</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Long unwind: Turn to go ahead, Cancel or any stop to drop it.</source>
        <translation>Dlouhé otáčení zpět: Natočit pokračuje, Zrušit nebo jakékoli zastavení jej zruší.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing selected to stop; Shift+Esc stops all.</source>
        <translation>Není vybráno nic k zastavení; Shift+Esc zastaví vše.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Stop sent to %n rotator(s)</source>
        <translation>
            <numerusform>Stop odeslán %n rotátoru</numerusform>
            <numerusform>Stop odeslán %n rotátorům</numerusform>
            <numerusform>Stop odeslán %n rotátorům</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Stop sent to %n of %1 rotator(s)</source>
        <translation>
            <numerusform>Stop odeslán %n rotátoru z %1</numerusform>
            <numerusform>Stop odeslán %n rotátorům z %1</numerusform>
            <numerusform>Stop odeslán %n rotátorům z %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No park bearing set (Rotator ▸ Properties…)</source>
        <translation>Parkovací směr není nastaven (Rotátor ▸ Vlastnosti…)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n rotator(s) have no park bearing (Rotator ▸ Properties…)</source>
        <translation>
            <numerusform>%n rotátor nemá parkovací směr (Rotátor ▸ Vlastnosti…)</numerusform>
            <numerusform>%n rotátory nemají parkovací směr (Rotátor ▸ Vlastnosti…)</numerusform>
            <numerusform>%n rotátorů nemá parkovací směr (Rotátor ▸ Vlastnosti…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+449"/>
        <source>Select a rotator first.</source>
        <translation>Nejprve vyberte rotátor.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Properties of %1</source>
        <translation>Vlastnosti %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keyring: the HTTP password is kept for this session only.</source>
        <translation>Žádná klíčenka: heslo HTTP se použije jen pro toto sezení.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply to this session only (the rotator&apos;s broker is not in your settings).</source>
        <translation>Změny platí jen pro toto sezení (broker rotátoru není ve vašem nastavení).</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Country data</source>
        <translation>Data o zemích</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Azimuth and elevation of the Sun and the Moon from the station</source>
        <translation>Azimut a elevace Slunce a Měsíce z místa stanice</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is below the horizon (elevation %2°): an elevation unit cannot point there.</source>
        <translation>%1 je pod obzorem (elevace %2°): elevační jednotka tam nemůže mířit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>azimuth %1°, elevation %2°</source>
        <translation>azimut %1°, elevace %2°</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Turning %n rotator(s) to %1: %2</source>
        <translation>
            <numerusform>Natáčím %n rotátor na %1: %2</numerusform>
            <numerusform>Natáčím %n rotátory na %1: %2</numerusform>
            <numerusform>Natáčím %n rotátorů na %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (below the horizon)</source>
        <translation> (pod obzorem)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Groups: select one to turn, stop and park all its rotators together (Rotator ▸ Groups…)</source>
        <translation>Skupiny: vyberte jednu a natáčejte, zastavujte a parkujte všechny její rotátory společně (Rotátor ▸ Skupiny…)</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+56"/>
        <source>Group %1 has no members yet (Rotator ▸ Groups…).</source>
        <translation>Skupina %1 zatím nemá členy (Rotátor ▸ Skupiny…).</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Group %1 selected: a click on the map turns all its rotators.</source>
        <translation>Vybrána skupina %1: kliknutí do mapy natočí všechny její rotátory.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not connected: left out of group %1.</source>
        <translation>Nepřipojen: vynechán ze skupiny %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group %1 to %2°: %3</source>
        <translation>Skupina %1 na %2°: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add a broker first (Settings ▸ Brokers…).</source>
        <translation>Nejprve přidejte broker (Nastavení ▸ Brokery…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 added on %2; asking it for its state.</source>
        <translation>%1 přidán na %2; zjišťuji jeho stav.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forget Rotator</source>
        <translation>Odebrat rotátor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget %1?</source>
        <translation>Odebrat %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its label, colour, range, presets and park bearing are removed from your settings. The unit itself is not changed.</source>
        <translation>Jeho popisek, barva, rozsah, předvolby a parkovací směr budou odstraněny z vašeho nastavení. Samotná jednotka se nezmění.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discovery is on for %1, so it comes back when it is heard again.</source>
        <translation>Vyhledávání je pro %1 zapnuté, takže se rotátor znovu objeví, jakmile se opět ozve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pairs of rotators that are not in your settings apply to this session only.</source>
        <translation>Páry rotátorů, které nejsou ve vašem nastavení, platí jen pro toto sezení.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Připojuji k %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening for rotators on %1; a unit announces itself within 60 s (its heartbeat).</source>
        <translation>Naslouchám rotátorům na %1; jednotka se ohlásí do 60 s (svým heartbeatem).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discovery is off on %1: add rotators with Rotator ▸ Add Rotator….</source>
        <translation>Vyhledávání je na %1 vypnuté: rotátory přidejte přes Rotátor ▸ Přidat rotátor….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No broker yet: add one with Settings ▸ Brokers….</source>
        <translation>Zatím žádný broker: přidejte jej přes Nastavení ▸ Brokery….</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The demo needs mosquitto, which is not installed.</source>
        <translation>Ukázka vyžaduje mosquitto, který není nainstalován.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station locator set to %1.</source>
        <translation>Lokátor stanice nastaven na %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo opens in a window of its own.</source>
        <translation>Ukázka se otevře ve vlastním okně.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not be started.</source>
        <translation>Ukázku se nepodařilo spustit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session does not use a settings file.</source>
        <translation>Toto sezení nepoužívá soubor nastavení.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings file</source>
        <translation>Soubor nastavení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RotorDeck keeps its settings in:</source>
        <translation>RotorDeck ukládá nastavení do:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>Otevřít složku</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select rotator 1 … 9 of the list</source>
        <translation>Vybrat rotátor 1 … 9 ze seznamu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click on the map</source>
        <translation>Kliknutí do mapy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn the selected rotators there</source>
        <translation>Natočit tam vybrané rotátory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About RotorDeck</source>
        <translation>O aplikaci RotorDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RotorDeck %1&lt;/h3&gt;&lt;p&gt;Controls IP-Rotator antenna rotators over MQTT.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Uses Qt, QCustomPlot and Eclipse Paho.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RotorDeck %1&lt;/h3&gt;&lt;p&gt;Ovládá anténní rotátory IP-Rotator přes MQTT.&lt;/p&gt;&lt;p&gt;Licencováno pod GNU General Public License verze 3 nebo novější. Používá Qt, QCustomPlot a Eclipse Paho.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Qt</source>
        <translation>O Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;RotorDeck uses Qt version %1, a C++ toolkit for cross-platform application development, under the GNU Lesser General Public License version 3.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;O Qt&lt;/h3&gt;&lt;p&gt;RotorDeck používá Qt verze %1, sadu nástrojů C++ pro vývoj multiplatformních aplikací, za podmínek licence GNU Lesser General Public License verze 3.&lt;/p&gt;&lt;p&gt;Viz &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>DX cluster</source>
        <translation>DX cluster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the station locator to turn to spots.</source>
        <translation>Pro natáčení na spoty nastavte lokátor stanice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no position known (no locator in the spot, no country data).</source>
        <translation>%1: poloha není známa (ve spotu není lokátor, chybí data o zemích).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2°: select an azimuth rotator to turn.</source>
        <translation>%1 na %2°: vyberte azimutový rotátor, který se má natočit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter turns %1 (serves %2) to %3° for %4.</source>
        <translation>Enter natočí %1 (obsluhuje %2) na %3° pro %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Enter turns the selected %1 to %2° for %3 (%n rotator(s) serve %4).</source>
        <translation>
            <numerusform>Enter natočí vybraný rotátor %1 na %2° pro %3 (%4 obsluhuje %n rotátor).</numerusform>
            <numerusform>Enter natočí vybraný rotátor %1 na %2° pro %3 (%4 obsluhují %n rotátory).</numerusform>
            <numerusform>Enter natočí vybraný rotátor %1 na %2° pro %3 (%4 obsluhuje %n rotátorů).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter turns the selected %1 to %2° for %3 (no rotator serves %4).</source>
        <translation>Enter natočí vybraný rotátor %1 na %2° pro %3 (%4 neobsluhuje žádný rotátor).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this frequency</source>
        <translation>tento kmitočet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;DX cluster…</source>
        <translation>&amp;DX cluster…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No position is known for %1.</source>
        <translation>Pro %1 není známa poloha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an azimuth rotator first (1–9 or click the list).</source>
        <translation>Nejprve vyberte azimutový rotátor (1–9 nebo kliknutím do seznamu).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning %1 to %2° for %3</source>
        <translation>Natáčím %1 na %2° pro %3</translation>
    </message>
</context>
<context>
    <name>NotificationDock</name>
    <message>
        <location filename="../../app/widgets/notificationdock.cpp" line="+13"/>
        <source>Notifications</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Vymazat</translation>
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
        <translation>Zastaveno jiným klientem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another client sent raw %1°, which the rotator ignores (outside its range).</source>
        <translation>Jiný klient poslal natočení %1°, které rotátor ignoruje (mimo jeho rozsah).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to %1° elevation by another client.</source>
        <translation>Jiný klient jej poslal na elevaci %1°.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to %1 by another client.</source>
        <translation>Jiný klient jej poslal na %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The broker keeps a retained command for this rotator (%1). The rotator obeys it again each time it reconnects; the client that sent it should clear it.</source>
        <translation>Broker uchovává pro tento rotátor povel (%1). Rotátor jej vykoná znovu při každém opětovném připojení; klient, který jej poslal, by jej měl smazat.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n more command(s) from another client; the last: %1</source>
        <translation>
            <numerusform>Ještě %n povel od jiného klienta; poslední: %1</numerusform>
            <numerusform>Ještě %n povely od jiného klienta; poslední: %1</numerusform>
            <numerusform>Ještě %n povelů od jiného klienta; poslední: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/dialogs/passwordprompt.cpp" line="+19"/>
        <source>Password for %1</source>
        <translation>Heslo pro %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused the login without a user name. Enter a password to try again, or set a user name in Brokers.</source>
        <translation>%1 odmítl přihlášení bez uživatelského jména. Zadejte heslo a zkuste to znovu, nebo nastavte uživatelské jméno v Brokerech.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the login of %2. Enter the password to try again.</source>
        <translation>%1 odmítl přihlášení uživatele %2. Zadejte heslo a zkuste to znovu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save in the keyring</source>
        <translation>&amp;Uložit do klíčenky</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keyring is available, so the password is used for this session only.</source>
        <translation>Klíčenka není k dispozici, heslo se proto použije jen pro toto sezení.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Připojit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+105"/>
        <source>the demo broker did not start: %1</source>
        <translation>ukázkový broker se nespustil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RotorDeck demo</source>
        <translation>Ukázka RotorDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo needs mosquitto, which did not start:
%1</source>
        <translation>Ukázka potřebuje mosquitto, který se nespustil:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Command line (%1)</source>
        <translation>Příkazová řádka (%1)</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../../app/dialogs/remotedialog.cpp" line="+36"/>
        <source>turn</source>
        <translation>natočit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preset</source>
        <translation>předvolba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>park</source>
        <translation>parkovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop</source>
        <translation>zastavit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop all</source>
        <translation>zastavit vše</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>Vyberte soubor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Web Remote</source>
        <translation>Webové ovládání</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the web remote (a page for browsers and phones)</source>
        <translation>Poskytovat webové ovládání (stránka pro prohlížeče a telefony)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it listens</source>
        <translation>Kde naslouchá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow other computers to connect</source>
        <translation>Povolit připojení z jiných počítačů</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS certificate:</source>
        <translation>Certifikát TLS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS key:</source>
        <translation>Klíč TLS:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Účty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for the selected account</source>
        <translation>Nové heslo pro vybraný účet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Password</source>
        <translation>Nastavit heslo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Control may turn and park the rotators; view only watches. Both may stop them. Only a hash of each password is kept.</source>
        <translation>Ovládání smí rotátory natáčet a parkovat; Jen prohlížení pouze přihlíží. Zastavit je smějí obě role. Ukládá se jen hash každého hesla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time (UTC)</source>
        <translation>Čas (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Příkaz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotator</source>
        <translation>Rotátor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>View only</source>
        <translation>Jen prohlížení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Ovládání</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not set</source>
        <translation>nenastaveno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>nastaveno</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Other computers on the network can reach the page. Anyone who knows a password can turn your antennas.</source>
        <translation>Stránka je dostupná z jiných počítačů v síti. Kdokoli, kdo zná heslo, může otáčet vašimi anténami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other computers on the network can reach the page, and without TLS passwords cross the network readable. Set a certificate and key, or keep it on this computer.</source>
        <translation>Stránka je dostupná z jiných počítačů v síti a bez TLS jdou hesla sítí čitelně. Nastavte certifikát a klíč, nebo ji ponechte jen na tomto počítači.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a user name: use letters, digits, “.”, “_” or “-”.</source>
        <translation>„%1“ není uživatelské jméno: použijte písmena, číslice, „.“, „_“ nebo „-“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice.</source>
        <translation>%1 je v seznamu dvakrát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no password yet: select it, type one and press Set Password.</source>
        <translation>%1 zatím nemá heslo: vyberte účet, zadejte heslo a stiskněte Nastavit heslo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address is not an IP address of this computer.</source>
        <translation>Adresa není IP adresou tohoto počítače.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS needs both a certificate and its key.</source>
        <translation>TLS vyžaduje certifikát i jeho klíč.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account first: nobody could log in.</source>
        <translation>Nejprve přidejte účet: jinak se nikdo nepřihlásí.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Web remote: %n page(s)</source>
        <translation>
            <numerusform>Webové ovládání: %n stránka</numerusform>
            <numerusform>Webové ovládání: %n stránky</numerusform>
            <numerusform>Webové ovládání: %n stránek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Web remote: port in use</source>
        <translation>Webové ovládání: port je obsazen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: cannot listen</source>
        <translation>Webové ovládání: nelze naslouchat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: TLS files unreadable</source>
        <translation>Webové ovládání: soubory TLS nelze číst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web remote: no accounts</source>
        <translation>Webové ovládání: žádné účty</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Running at %1 — %n page(s) open</source>
        <translation>
            <numerusform>Běží na %1 — otevřena %n stránka</numerusform>
            <numerusform>Běží na %1 — otevřeny %n stránky</numerusform>
            <numerusform>Běží na %1 — otevřeno %n stránek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(--web, for this run)</source>
        <translation>(--web, pro toto spuštění)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off.</source>
        <translation>Vypnuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: port %1 is in use by another program.</source>
        <translation>Neběží: port %1 používá jiný program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not running: %1</source>
        <translation>Neběží: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: cannot read %1.</source>
        <translation>Neběží: nelze přečíst %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not running: no accounts.</source>
        <translation>Neběží: žádné účty.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all</source>
        <translation>všechny</translation>
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
        <translation>Název zařízení: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start azimuth %1°, range %2°, beam %3°</source>
        <translation>Počáteční azimut %1°, rozsah %2°, svazek %3°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last message: %1</source>
        <translation>Poslední zpráva: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last device message: %1</source>
        <translation>Poslední zpráva zařízení: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elevation unit: %1 — %2, %3</source>
        <translation>Elevační jednotka: %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (after stop)</source>
        <translation>%1 (po zastavení)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (another client)</source>
        <translation>%1 (jiný klient)</translation>
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
        <translation>%1 · el.: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Rotator</source>
        <translation>Rotátor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CALL/ID</source>
        <translation>CALL/ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearing</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply</source>
        <translation>Napájení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Spojení</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour on the map and in the plot</source>
        <translation>Barva v mapě a v grafu</translation>
    </message>
</context>
<context>
    <name>RotatorPanel</name>
    <message>
        <location filename="../../app/widgets/rotatorpanel.cpp" line="+86"/>
        <source>Bearing</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Click in the sky to turn to that elevation</source>
        <translation>Kliknutím na oblohu natočíte na tuto elevaci</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cíl:</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>0–359, locator or callsign</source>
        <translation>0–359, lokátor nebo značka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A compass bearing (0–359), a Maidenhead locator such as JO62qm, or a callsign or prefix such as OK1HRA or VP8. #JO62 or @JO62 forces a locator, =JO62 a prefix. Return turns (Ctrl+L, Ctrl+T)</source>
        <translation>Kompasový směr (0–359), lokátor Maidenhead, např. JO62qm, nebo volací znak či prefix, např. OK1HRA nebo VP8. #JO62 nebo @JO62 vynutí lokátor, =JO62 prefix. Enter natočí (Ctrl+L, Ctrl+T)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go</source>
        <translation>Natočit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+465"/>
        <source>Turn the selected rotators to the target</source>
        <translation>Natočit vybrané rotátory na cíl</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>&amp;Long path (+180°)</source>
        <translation>&amp;Dlouhá cesta (+180°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point the other way round the globe (L)</source>
        <translation>Mířit opačně kolem zeměkoule (L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;SPEED:</source>
        <translation>&amp;SPEED:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set</source>
        <translation>Nastavit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Park</source>
        <translation>Parkovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties…</source>
        <translation>Vlastnosti…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turn</source>
        <translation>Natočit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected rotators (Esc); Shift+Esc stops all</source>
        <translation>Zastavit vybrané rotátory (Esc); Shift+Esc zastaví všechny</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>SPEED is set over the unit&apos;s HTTP side, which does not answer now</source>
        <translation>SPEED se nastavuje přes HTTP rozhraní jednotky, které teď neodpovídá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit drives without PWM: SPEED has no effect</source>
        <translation>Jednotka řídí motor bez PWM: SPEED nemá vliv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum PWM duty 40–255 (the unit&apos;s SPEED slider)</source>
        <translation>Maximální střída PWM 40–255 (posuvník SPEED jednotky)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No rotator selected</source>
        <translation>Není vybrán žádný rotátor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a rotator in the list, or press 1–9.</source>
        <translation>Vyberte rotátor v seznamu nebo stiskněte 1–9.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next target %1° el, after the stop</source>
        <translation>Další cíl: elevace %1°, po zastavení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next target %1°, after the stop</source>
        <translation>Další cíl: %1°, po zastavení</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1° el was sent by another client</source>
        <translation>Cíl elevace %1° poslal jiný klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target %1° was sent by another client</source>
        <translation>Cíl %1° poslal jiný klient</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 + %2 on %3</source>
        <translation>%1 + %2 na %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · commands go to all %n selected</source>
        <translation>
            <numerusform> · příkazy jdou na %n vybraný</numerusform>
            <numerusform> · příkazy jdou na všechny %n vybrané</numerusform>
            <numerusform> · příkazy jdou na všech %n vybraných</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Supply %1 V (low)</source>
        <translation>Napájení %1 V (nízké)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supply %1 V</source>
        <translation>Napájení %1 V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start %1°</source>
        <translation>počátek %1°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1°/s</source>
        <translation>%1°/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device: %1</source>
        <translation>zařízení: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn to the park bearing %1°</source>
        <translation>Natočit na parkovací směr %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No park bearing set (Properties…)</source>
        <translation>Parkovací směr není nastaven (Vlastnosti…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %2°</source>
        <translation>%1 %2°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn to %1°</source>
        <translation>Natočit na %1°</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter a whole raw elevation 0–%1°.</source>
        <translation>Zadejte elevaci (natočení) jako celé číslo 0–%1°.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a bearing 0–359, a locator or a callsign.</source>
        <translation>Zadejte směr 0–359, lokátor nebo volací znak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That locator is the station itself.</source>
        <translation>Tento lokátor je sama stanice.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elevation unit %1 (%2)</source>
        <translation>Elevační jednotka %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read one way of two (see above): Return again or Go turns.</source>
        <translation>Zadání lze číst dvojím způsobem (viz výše): natočí další Enter nebo tlačítko Natočit.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Not connected: the broker is down, nothing can be sent.</source>
        <translation>Nepřipojeno: broker je nedostupný, nelze nic odeslat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>→ %1° el</source>
        <translation>→ elevace %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1°</source>
        <translation>→ %1°</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already there</source>
        <translation>už je na místě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up %1°</source>
        <translation>nahoru o %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down %1°</source>
        <translation>dolů o %1°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · stops first</source>
        <translation> · nejprve zastaví</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ≈ %1 s</source>
        <translation> · ≈ %1 s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>raw elevation 0–%1</source>
        <translation>elevace (natočení) 0–%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw elevation as the unit counts it: 0 at one horizon, 90 straight up, up to its range of %1°; Return turns (Ctrl+L)</source>
        <translation>Elevace (natočení) tak, jak ji počítá jednotka: 0 na jednom obzoru, 90 kolmo vzhůru, až po její rozsah %1°; Enter natočí (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>RotatorPropertiesDialog</name>
    <message>
        <location filename="../../app/dialogs/rotatorpropertiesdialog.cpp" line="+40"/>
        <source>%1, from the device</source>
        <translation>%1, ze zařízení</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the device (HTTP)</source>
        <translation>%1, ze zařízení (HTTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, your setting</source>
        <translation>%1, vaše nastavení</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, default</source>
        <translation>%1, výchozí</translation>
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
        <translation>Rotátor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; na brokeru %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(žádný)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>automatic</source>
        <translation>automaticky</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Vyberte barvu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>&amp;Popisek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Barva:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antenna and rotation</source>
        <translation>Anténa a otáčení</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Range:</source>
        <translation>&amp;Rozsah:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish MaxRotateDegree</source>
        <translation>Použije se, když zařízení nepublikuje MaxRotateDegree</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In use now</source>
        <translation>Nyní platí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beam width:</source>
        <translation>&amp;Šířka svazku:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish AntRadiationAngle</source>
        <translation>Použije se, když zařízení nepublikuje AntRadiationAngle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start azimuth override:</source>
        <translation>Vlastní počáteční a&amp;zimut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compass bearing of the counter-clockwise end stop; when set it wins over the device&apos;s StartAzimuth</source>
        <translation>Kompasový směr koncového dorazu proti směru hodinových ručiček; je-li nastaven, má přednost před StartAzimuth zařízení</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Elevation mode:</source>
        <translation>Režim &amp;elevace:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the device does not publish ElevationEnable</source>
        <translation>Použije se, když zařízení nepublikuje ElevationEnable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elevation rotator</source>
        <translation>elevační rotátor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Park bearing:</source>
        <translation>Park&amp;ovací směr:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;uto-park after:</source>
        <translation>A&amp;utomatické parkování po:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn to the park bearing after this long without a command. Never while the broker is down or the rotator is silent; you are told a minute before.</source>
        <translation>Po této době bez příkazu natočit na parkovací směr. Nikdy, když je broker nedostupný nebo rotátor mlčí; minutu předem budete upozorněni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;idirectional antenna (both ends radiate)</source>
        <translation>Obou&amp;směrná anténa (vyzařují oba konce)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rotatable dipole or a wire beam: a turn points whichever end is nearer</source>
        <translation>Otočný dipól nebo drátová směrovka: při natáčení míří ten konec, který je blíž</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tracking</source>
        <translation>Sledování</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new command only when the target has moved this far</source>
        <translation>Nový příkaz, až když se cíl posune alespoň o tolik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least this long between two commands (the unit takes one a second)</source>
        <translation>Nejméně tolik času mezi dvěma příkazy (jednotka přijme jeden za sekundu)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Following starts once the target is this high</source>
        <translation>Sledování začne, jakmile je cíl takto vysoko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following ends when the target sinks below this (your horizon)</source>
        <translation>Sledování skončí, když cíl klesne pod tuto výšku (váš obzor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dead band:</source>
        <translation>Pásmo ne&amp;citlivosti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum i&amp;nterval:</source>
        <translation>Minimální &amp;interval:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart elevation:</source>
        <translation>Počáteční e&amp;levace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop ele&amp;vation:</source>
        <translation>&amp;Koncová elevace:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets</source>
        <translation>Předvolby</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Popisek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearing (°)</source>
        <translation>Směr (°)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>Přid&amp;at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>O&amp;debrat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bands the antenna serves</source>
        <translation>Pásma, která anténa obsluhuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DX spot on a band turns the one rotator that serves it, else the selected one.</source>
        <translation>DX spot na pásmu natočí rotátor, který jako jediný toto pásmo obsluhuje, jinak vybraný rotátor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>automatic: the device name, made unique</source>
        <translation>automaticky: jedinečný název podle zařízení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rotor name in N1MM Logger+&apos;s Antennas tab (Settings ▸ Interop shows the name each rotator answers to).</source>
        <translation>Jméno rotátoru na kartě Antennas v N1MM Logger+ (Nastavení ▸ Propojení ukazuje, na jaké jméno který rotátor slyší).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N1MM &amp;name:</source>
        <translation>&amp;Jméno v N1MM:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device web interface (HTTP)</source>
        <translation>Webové rozhraní zařízení (HTTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read range and beam width from the unit&apos;s HTTP side</source>
        <translation>&amp;Načíst rozsah a šířku svazku z HTTP rozhraní jednotky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the address the unit publishes on ip. Never used for turning.</source>
        <translation>Na adrese, kterou jednotka publikuje v ip. Nikdy se nepoužívá k natáčení.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit serves its web page on port 88</source>
        <translation>Jednotka poskytuje webovou stránku na portu 88</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the unit&apos;s web page (user admin); kept in the keyring</source>
        <translation>Heslo webové stránky jednotky (uživatel admin); uloženo v klíčence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set SPEED</source>
        <translation>Nastavit SPEED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the unit now (maximum PWM duty 40–255)</source>
        <translation>Ihned se odešle jednotce (maximální střída PWM 40–255)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPEED:</source>
        <translation>SPEED:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Not known</source>
        <translation>Neznámo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unit drives without PWM</source>
        <translation>Jednotka řídí motor bez PWM</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preset %1 has no label.</source>
        <translation>Předvolba %1 nemá popisek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset %1: the bearing must be a whole number from 0 to 359.</source>
        <translation>Předvolba %1: směr musí být celé číslo od 0 do 359.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a colour: write #rrggbb (e.g. #ff8000), or leave it empty.</source>
        <translation>Toto není barva: zapište #rrggbb (např. #ff8000) nebo nechte prázdné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An N1MM name has at most %1 printable characters and no @, &lt;, &gt; or &amp;.</source>
        <translation>Jméno v N1MM má nejvýše %1 tisknutelných znaků a žádné @, &lt;, &gt; ani &amp;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stop elevation must not be above the start elevation.</source>
        <translation>Koncová elevace nesmí být vyšší než počáteční.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>zapnuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Colour of %1</source>
        <translation>Barva %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preset %1</source>
        <translation>Předvolba %1</translation>
    </message>
</context>
<context>
    <name>SpotFeed</name>
    <message>
        <location filename="../../app/spotfeed.cpp" line="+122"/>
        <source>No DX cluster node configured (Settings ▸ DX cluster…).</source>
        <translation>Není nastaven žádný uzel DX clusteru (Nastavení ▸ DX cluster…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: set your callsign to log in to the DX cluster (Settings ▸ DX cluster…).</source>
        <translation>Nepřipojeno: pro přihlášení k DX clusteru nastavte svůj volací znak (Nastavení ▸ DX cluster…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stopped</source>
        <translation>zastaveno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting</source>
        <translation>připojuji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>logging in</source>
        <translation>přihlašuji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online as %1</source>
        <translation>připojeno jako %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>retry in %n s</source>
        <translation>
            <numerusform>nový pokus za %n s</numerusform>
            <numerusform>nový pokus za %n s</numerusform>
            <numerusform>nový pokus za %n s</numerusform>
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
            <numerusform>%n chybný řádek zahozen</numerusform>
            <numerusform>%n chybné řádky zahozeny</numerusform>
            <numerusform>%n chybných řádků zahozeno</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot reach the DX cluster node %1; trying again.</source>
        <translation>Uzel DX clusteru %1 je nedostupný; zkouším to znovu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DX cluster node %1 dropped the connection; reconnecting.</source>
        <translation>Uzel DX clusteru %1 ukončil spojení; znovu se připojuji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DX cluster node %1 refused the login as %2.</source>
        <translation>Uzel DX clusteru %1 odmítl přihlášení jako %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DX cluster node %1 is not configured.</source>
        <translation>Uzel DX clusteru %1 není nastaven.</translation>
    </message>
</context>
<context>
    <name>SpotListModel</name>
    <message>
        <location filename="../../app/models/spotlistmodel.cpp" line="+211"/>
        <source>now</source>
        <translation>teď</translation>
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
        <translation>Na lokátor %1 ze spotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the centre of %1</source>
        <translation>Na střed země %1</translation>
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
        <translation>Pásmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mód</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DX</source>
        <translation>DX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Země</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearing</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>Vzdálenost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spotter</source>
        <translation>Spotter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Stáří</translation>
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
        <translation>právě teď</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>před %n min</numerusform>
            <numerusform>před %n min</numerusform>
            <numerusform>před %n min</numerusform>
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
        <translation>kliknutím natočit</translation>
    </message>
</context>
<context>
    <name>SpotsDock</name>
    <message>
        <location filename="../../app/widgets/spotsdock.cpp" line="+29"/>
        <location line="+234"/>
        <source>Spots</source>
        <translation>Spoty</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Bearing</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All bands</source>
        <translation>Všechna pásma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All modes</source>
        <translation>Všechny módy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any age</source>
        <translation>Libovolné stáří</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>≤ %n min</source>
        <translation>
            <numerusform>≤ %n min</numerusform>
            <numerusform>≤ %n min</numerusform>
            <numerusform>≤ %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All continents</source>
        <translation>Všechny kontinenty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any distance</source>
        <translation>Libovolná vzdálenost</translation>
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
        <translation>Jen spoty nejvýše takto daleko od stanice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, entity or comment</source>
        <translation>Značka, země nebo komentář</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Pásmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Stáří</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continent of the DX</source>
        <translation>Kontinent DX stanice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a spot: Enter or a double-click turns the antenna that serves its band.</source>
        <translation>Vyberte spot: Enter nebo dvojklik natočí anténu, která obsluhuje jeho pásmo.</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../app/dialogs/stationdialog.cpp" line="+30"/>
        <source>Station</source>
        <translation>Stanice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. JO62qm</source>
        <translation>např. JO62qm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. OK1HRA</source>
        <translation>např. OK1HRA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. OK1HRA contest station</source>
        <translation>např. závodní stanice OK1HRA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Locator:</source>
        <translation>&amp;Lokátor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maidenhead locator of 4, 6 or 8 characters. Leave it empty if you do not want the map centred on your station.</source>
        <translation>Lokátor Maidenhead o 4, 6 nebo 8 znacích. Nechte prázdné, pokud nechcete mapu vystředěnou na svou stanici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Callsign:</source>
        <translation>&amp;Volací znak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a Maidenhead locator (4, 6 or 8 characters, e.g. JO62 or JO62qm).</source>
        <translation>Toto není lokátor Maidenhead (4, 6 nebo 8 znaků, např. JO62 nebo JO62qm).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a callsign (letters, digits and &apos;/&apos;, e.g. OK1HRA or DL/OK1HRA).</source>
        <translation>Toto není volací znak (písmena, číslice a &apos;/&apos;, např. OK1HRA nebo DL/OK1HRA).</translation>
    </message>
</context>
<context>
    <name>SunMoonWatch</name>
    <message>
        <location filename="../../app/sunmoonwatch.cpp" line="+81"/>
        <source>Sun %1 %2 · Moon %3 %4</source>
        <translation>Slunce %1 %2 · Měsíc %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Sun</source>
        <translation>Slunce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Moon</source>
        <translation>Měsíc</translation>
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
        <translation>Spustit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Track %1?</source>
        <translation>Sledovat %1?</translation>
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
        <translation>nyní nad obzorem až do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rises at %1, sets at %2</source>
        <translation>vychází v %1, zapadá v %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>follows the elevation, %1° at the start</source>
        <translation>sleduje elevaci, na začátku %1°</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never within the rotator&apos;s range</source>
        <translation>nikdy v rozsahu rotátoru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starts at %1° (raw %2)</source>
        <translation>začíná na %1° (natočení %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at %1° on the overlap (raw %2)</source>
        <translation>začíná na %1° v přesahu (natočení %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at %1° on the first turn (raw %2)</source>
        <translation>začíná na %1° v první otáčce (natočení %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1° turn to get there</source>
        <translation>cesta na začátek: otočení o %1°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of reach from %1</source>
        <translation>mimo dosah od %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an unwind at %1 cannot be avoided</source>
        <translation>otáčení zpět v %1 je nevyhnutelné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without planning: unwind at %1</source>
        <translation>bez plánování: otáčení zpět v %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unwind at %1</source>
        <translation>otáčení zpět v %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Tracking: rotctld client %1</source>
        <translation>Sledování: klient rotctld %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for %1 to rise at %2</source>
        <translation>Čekám, až %1 vyjde v %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking %1 until %2</source>
        <translation>Sleduji %1 do %2</translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <location filename="../../app/trackingcontroller.cpp" line="+56"/>
        <source>the Sun</source>
        <translation>Slunce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Moon</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rotator was stopped</source>
        <translation>rotátor byl zastaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another client turned the rotator</source>
        <translation>rotátor natočil jiný klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator was turned by hand</source>
        <translation>rotátor byl natočen ručně</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker is down</source>
        <translation>broker je nedostupný</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator fell silent</source>
        <translation>rotátor přestal odpovídat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator&apos;s position is not known</source>
        <translation>poloha rotátoru není známa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target left the rotator&apos;s range</source>
        <translation>cíl opustil rozsah rotátoru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target went below the horizon</source>
        <translation>cíl zapadl pod obzor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rotator refused the command</source>
        <translation>rotátor odmítl příkaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target does not rise in the next hours</source>
        <translation>cíl v příštích hodinách nevyjde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tracking</source>
        <translation>Sledování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the station locator first (Settings ▸ Station…): the position of %1 depends on it.</source>
        <translation>Nejprve nastavte lokátor stanice (Nastavení ▸ Stanice…): závisí na něm poloha cíle %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+51"/>
        <source>Tracking %1.</source>
        <translation>Sleduji %1.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+51"/>
        <source>Waiting for %1 to rise.</source>
        <translation>Čekám, až vyjde %1.</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+50"/>
        <source>Tracking of %1 ended: %2.</source>
        <translation>Sledování cíle %1 skončilo: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+4"/>
        <source>Sun</source>
        <translation>Slunce</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Moon</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Auto-park after the track: turning to %1°.</source>
        <translation>Automatické parkování po sledování: natáčím na %1°.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-park after the track refused: %1</source>
        <translation>Automatické parkování po sledování odmítnuto: %1</translation>
    </message>
</context>
<context>
    <name>TrafficLogDock</name>
    <message>
        <location filename="../../app/widgets/trafficlogdock.cpp" line="+25"/>
        <source>Traffic log</source>
        <translation>Záznam provozu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show only one rotator&apos;s topics</source>
        <translation>Zobrazit jen témata jednoho rotátoru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter topic or payload…</source>
        <translation>Filtrovat téma nebo obsah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding messages while you read</source>
        <translation>Během čtení nepřidávat zprávy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>Sledovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll to the newest message</source>
        <translation>Posunout na nejnovější zprávu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotator:</source>
        <translation>Rotátor:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>All</source>
        <translation>Vše</translation>
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
        <translation>příchozí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>odchozí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>device</source>
        <translation>zařízení</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this app</source>
        <translation>tato aplikace</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>another client</source>
        <translation>jiný klient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (retained)</source>
        <translation>%1 (uchovaná)</translation>
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
        <translation>web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>web %1</source>
        <translation>web %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir</source>
        <translation>Tok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Obsah</translation>
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
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
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
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1° el</source>
        <translation>%1° el.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>Broker down</source>
        <translation>Broker nedostupný</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Silent</source>
        <translation>Mlčí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale (silent %1)</source>
        <translation>Neaktuální (mlčí %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not heard yet</source>
        <translation>Zatím se neozval</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>up</source>
        <translation>nahoru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>dolů</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving to %1° el</source>
        <translation>Pohybuje se na elevaci %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving %1 to %2° el</source>
        <translation>Pohybuje se %1 na elevaci %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving</source>
        <translation>Pohybuje se</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moving %1</source>
        <translation>Pohybuje se %1</translation>
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
        <translation>Otáčí se na %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turning %1 to %2°</source>
        <translation>Otáčí se %1 na %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning</source>
        <translation>Otáčí se</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turning %1</source>
        <translation>Otáčí se %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped in end-stop zone</source>
        <translation>Stojí v zóně koncového dorazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position unknown</source>
        <translation>Poloha neznámá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Stojí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live</source>
        <translation>Živě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Neaktuální</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raw —</source>
        <translation>natočení —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw %1° of %2°</source>
        <translation>natočení %1° z %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elevation %1° (raw)</source>
        <translation>elevace %1° (natočení)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · CCW end-stop zone</source>
        <translation> · zóna koncového dorazu CCW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · CW end-stop zone</source>
        <translation> · zóna koncového dorazu CW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · in overlap</source>
        <translation> · v přesahu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Ve frontě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the broker is not connected</source>
        <translation>Neodesláno: broker není připojen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: outside the rotator&apos;s range</source>
        <translation>Neodesláno: mimo rozsah rotátoru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: that bearing is in the rotator&apos;s dark zone</source>
        <translation>Neodesláno: tento směr je v mrtvé zóně rotátoru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: invalid value</source>
        <translation>Neodesláno: neplatná hodnota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the rotator&apos;s position is not known yet</source>
        <translation>Neodesláno: poloha rotátoru zatím není známa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: another client turned or stopped the rotator first</source>
        <translation>Neodesláno: jiný klient rotátor mezitím natočil nebo zastavil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already at %1°</source>
        <translation>Už je na %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CW %1° to %2°</source>
        <translation>CW o %1° na %2°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCW %1° to %2°</source>
        <translation>CCW o %1° na %2°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · other end of the antenna</source>
        <translation> · druhý konec antény</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · via overlap</source>
        <translation> · přes přesah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · long unwind</source>
        <translation> · dlouhé otáčení zpět</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · stops first</source>
        <translation> · nejprve zastaví</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ≈ %1</source>
        <translation> · ≈ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting…</source>
        <translation>Připojuji…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reconnecting…</source>
        <translation>Znovu připojuji…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Disconnected</source>
        <translation>Odpojeno</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Login refused</source>
        <translation>Přihlášení odmítnuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid broker address</source>
        <translation>Neplatná adresa brokeru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host not found</source>
        <translation>hostitel nenalezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreachable</source>
        <translation>nedosažitelný</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS problem</source>
        <translation>problém s TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation>spojení odmítnuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>spojení ztraceno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login refused</source>
        <translation>přihlášení odmítnuto</translation>
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
            <numerusform>%1 · další pokus za %n s</numerusform>
            <numerusform>%1 · další pokus za %n s</numerusform>
            <numerusform>%1 · další pokus za %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The broker address is not valid; check it in Brokers.</source>
        <translation>Adresa brokeru není platná; zkontrolujte ji v Brokerech.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker&apos;s host name is not known; check the address. Still trying.</source>
        <translation>Název hostitele brokeru není znám; zkontrolujte adresu. Stále se pokouším.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker does not answer; still trying.</source>
        <translation>Broker neodpovídá; stále se pokouším.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker refused the connection; still trying.</source>
        <translation>Broker odmítl spojení; stále se pokouším.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker refused the login. Not retrying until a new password is given.</source>
        <translation>Broker odmítl přihlášení. Dokud nezadáte nové heslo, nebudu to zkoušet znovu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed (certificate or TLS settings); still trying.</source>
        <translation>Zabezpečené spojení selhalo (certifikát nebo nastavení TLS); stále se pokouším.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost; reconnecting.</source>
        <translation>Spojení ztraceno; znovu se připojuji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message could not be sent.</source>
        <translation>Zprávu se nepodařilo odeslat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker did not accept a subscription.</source>
        <translation>Broker nepřijal odběr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP: not used</source>
        <translation>HTTP: nepoužívá se</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP: no address yet (the unit has not published ip)</source>
        <translation>HTTP: zatím bez adresy (jednotka nepublikovala ip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP: not read yet (%1)</source>
        <translation>HTTP: zatím nenačteno (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: reading %1…</source>
        <translation>HTTP: načítám %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP: reachable</source>
        <translation>HTTP: dostupné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, “%1”</source>
        <translation>, „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, rev %1</source>
        <translation>, rev. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, up %1</source>
        <translation>, v provozu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP side unreachable (address %1)</source>
        <translation>HTTP rozhraní je nedostupné (adresa %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: login refused (password in Properties)</source>
        <translation>HTTP: přihlášení odmítnuto (heslo ve Vlastnostech)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: unexpected reply from %1</source>
        <translation>HTTP: neočekávaná odpověď od %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Setting SPEED…</source>
        <translation>Nastavuji SPEED…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED %1 set</source>
        <translation>SPEED %1 nastaveno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: login refused</source>
        <translation>SPEED nenastaveno: přihlášení odmítnuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: the HTTP side is unreachable</source>
        <translation>SPEED nenastaveno: HTTP rozhraní je nedostupné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED not set: the unit answered with an error</source>
        <translation>SPEED nenastaveno: jednotka odpověděla chybou</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>%1 (no ID)</source>
        <translation>%1 (bez ID)</translation>
    </message>
</context>
<context>
    <name>targetwords</name>
    <message>
        <location filename="../../app/widgets/targetwords.cpp" line="+17"/>
        <source>Not a target: type a bearing 0–359, a locator such as JO62qm, a callsign or a prefix.</source>
        <translation>Toto není cíl: zadejte směr 0–359, lokátor, např. JO62qm, volací znak nebo prefix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bearing is 0 to 359°.</source>
        <translation>Směr je 0 až 359°.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a locator: use 4, 6 or 8 characters like JO62 or JO62qm.</source>
        <translation>Toto není lokátor: použijte 4, 6 nebo 8 znaků, např. JO62 nebo JO62qm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callsigns need the country data (Settings ▸ Update Country Data…).</source>
        <translation>Volací znaky vyžadují data o zemích (Nastavení ▸ Aktualizovat data o zemích…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country has that prefix.</source>
        <translation>Žádná země nemá tento prefix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maritime mobile (/MM): at sea, no known position.</source>
        <translation>Námořní mobil (/MM): na moři, poloha není známa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aeronautical mobile (/AM): in the air, no known position.</source>
        <translation>Letecký mobil (/AM): ve vzduchu, poloha není známa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locators and callsigns need the station locator (Settings ▸ Station…).</source>
        <translation>Lokátory a volací znaky vyžadují lokátor stanice (Nastavení ▸ Stanice…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locator %1</source>
        <translation>Lokátor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: the station&apos;s own locator %1</source>
        <translation>poloha: vlastní lokátor stanice %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: the country file&apos;s for %1</source>
        <translation>poloha: podle souboru zemí pro %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position: centre of the country</source>
        <translation>poloha: střed země</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exact call %1</source>
        <translation>přesná značka %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix %1</source>
        <translation>prefix %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short path %1° · %2</source>
        <translation>Krátká cesta %1° · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>long path %1° · %2</source>
        <translation>dlouhá cesta %1° · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read as a locator. As a prefix it is %1: type %2.</source>
        <translation>Čteno jako lokátor. Jako prefix je to %1: zadejte %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country</source>
        <translation>země</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as a prefix. As a locator field: type %1.</source>
        <translation>Čteno jako prefix. Jako pole lokátoru: zadejte %1.</translation>
    </message>
</context>
</TS>
