<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DeviceService</name>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="79"/>
        <source>The profile folder %1 does not exist.</source>
        <translation>Der Profilordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="96"/>
        <source>Cannot make the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="103"/>
        <source>Cannot read the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="107"/>
        <source>%1 is not a folder of this user; refusing to use it for the Tandem host&apos;s socket.</source>
        <translation>%1 ist kein Ordner dieses Benutzers; er wird nicht für den Socket des Tandem-Hosts verwendet.</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="112"/>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="220"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="233"/>
        <source>The app closed.</source>
        <translation>Die App wurde beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="303"/>
        <source>The app no longer offers &quot;%1&quot;.</source>
        <translation>Die App bietet „%1“ nicht mehr an.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="306"/>
        <source>The service was unregistered.</source>
        <translation>Der Dienst wurde abgemeldet.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="362"/>
        <source>The session was destroyed.</source>
        <translation>Die Sitzung wurde aufgelöst.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="395"/>
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation>Ungültiger Parameter (%1): Es gibt keine Sitzung %2.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="399"/>
        <source>The session is already connected.</source>
        <translation>Die Sitzung ist bereits verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="400"/>
        <source>The session is already connecting.</source>
        <translation>Die Sitzung wird bereits verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="403"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="587"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="629"/>
        <source>The session layer is gone.</source>
        <translation>Die Sitzungsschicht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="409"/>
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation>Nicht erlaubt (%1): Dieses Gerät ist nicht mit %2 gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="449"/>
        <source>Not permitted (%1): %2</source>
        <translation>Nicht erlaubt (%1): %2</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="504"/>
        <source>The connect was cancelled by disconnect().</source>
        <translation>Der Verbindungsaufbau wurde durch disconnect() abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553"/>
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation>Zu viele Anfragen zur Zusammenarbeit warten auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="564"/>
        <source>Malformed collaboration request.</source>
        <translation>Fehlerhafte Anfrage zur Zusammenarbeit.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="574"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="577"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="582"/>
        <source>The other device withdrew the request.</source>
        <translation>Das andere Gerät hat die Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="662"/>
        <source>The session ended before the peer answered.</source>
        <translation>Die Sitzung endete, bevor die Gegenseite antwortete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="695"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht zugestellt werden.</numerusform>
            <numerusform>%n Nachrichten konnten nicht zugestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="696"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n Datenblock konnte nicht zugestellt werden.</numerusform>
            <numerusform>%n Datenblöcke konnten nicht zugestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::BluetoothLinkProvider</name>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="122"/>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="131"/>
        <source>no permission to use Bluetooth</source>
        <translation>keine Berechtigung für Bluetooth</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="160"/>
        <source>no adapter</source>
        <translation>kein Adapter</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="179"/>
        <source>the adapter went away</source>
        <translation>der Adapter ist verschwunden</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="185"/>
        <source>the adapter is off</source>
        <translation>der Adapter ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="211"/>
        <source>cannot listen for RFCOMM connections (%1)</source>
        <translation>RFCOMM-Verbindungen können nicht angenommen werden (%1)</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="217"/>
        <source>cannot register the SDP record</source>
        <translation>der SDP-Eintrag lässt sich nicht registrieren</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="319"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="439"/>
        <source>not a Bluetooth address</source>
        <translation>keine Bluetooth-Adresse</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider_bluez.cpp" line="259"/>
        <source>BlueZ did not answer (%1)</source>
        <translation>BlueZ hat nicht geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42"/>
        <source>The other device closed the session.</source>
        <translation>Das andere Gerät hat die Sitzung beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44"/>
        <source>The app on the other device went away.</source>
        <translation>Die App auf dem anderen Gerät ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46"/>
        <source>The other device did not come back in time.</source>
        <translation>Das andere Gerät kam nicht rechtzeitig zurück.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="48"/>
        <source>The other device refused the session.</source>
        <translation>Das andere Gerät hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="52"/>
        <source>The session was closed on this device.</source>
        <translation>Die Sitzung wurde auf diesem Gerät beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="86"/>
        <source>The session ended with its session manager.</source>
        <translation>Die Sitzung endete mit ihrer Sitzungsverwaltung.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="118"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="121"/>
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation>Ein Kanalname darf höchstens %1 Bytes UTF-8 lang sein.</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="70"/>
        <source>The session manager is gone.</source>
        <translation>Die Sitzungsverwaltung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="67"/>
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation>Ein Dienstname muss 1 bis %1 Bytes UTF-8 lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="69"/>
        <source>The connection to the Tandem host is gone.</source>
        <translation>Die Verbindung zum Tandem-Host besteht nicht mehr.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="74"/>
        <source>Something else on this device serves &quot;%1&quot; already.</source>
        <translation>Etwas anderes auf diesem Gerät bedient „%1“ bereits.</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceServiceClient</name>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="180"/>
        <source>The connection to the Tandem host ended: %1</source>
        <translation>Die Verbindung zum Tandem-Host wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="202"/>
        <source>The Tandem host did not answer within %1 s.</source>
        <translation>Der Tandem-Host hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="208"/>
        <source>The Tandem host did not answer a request within %1 s.</source>
        <translation>Der Tandem-Host hat eine Anfrage nicht innerhalb von %1 s beantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="247"/>
        <source>Already connected to a Tandem host.</source>
        <translation>Bereits mit einem Tandem-Host verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="250"/>
        <source>No Tandem host is running for this profile</source>
        <translation>Für dieses Profil läuft kein Tandem-Host</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="273"/>
        <source>Cannot reach the Tandem host at %1: %2</source>
        <translation>Der Tandem-Host unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="280"/>
        <source>The Tandem host at %1 runs as another user (%2); not using it.</source>
        <translation>Der Tandem-Host unter %1 läuft als anderer Benutzer (%2); er wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="290"/>
        <source>The Tandem host sent %1 bytes with a &quot;%2&quot;</source>
        <translation>Der Tandem-Host hat %1 Bytes mit einem „%2“ gesendet</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="297"/>
        <source>The Tandem host closed the connection.</source>
        <translation>Der Tandem-Host hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="464"/>
        <location filename="../lib/service/deviceserviceclient.cpp" line="508"/>
        <source>Not connected to a Tandem host.</source>
        <translation>Nicht mit einem Tandem-Host verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="468"/>
        <source>%1 paths are more than one send through the Tandem host takes (%2); send their folder instead.</source>
        <translation>%1 Pfade sind mehr, als ein Senden über den Tandem-Host annimmt (%2); senden Sie stattdessen ihren Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="479"/>
        <source>The path %1 is longer than the %2 bytes a send through the Tandem host takes.</source>
        <translation>Der Pfad %1 ist länger als die %2 Bytes, die ein Senden über den Tandem-Host annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="492"/>
        <source>These %1 paths are more than one send through the Tandem host takes; send their folder instead.</source>
        <translation>Diese %1 Pfade sind mehr, als ein Senden über den Tandem-Host annimmt; senden Sie stattdessen ihren Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/service/servicesession.cpp" line="48"/>
        <source>The Tandem host numbered a message %1 where %2 was expected.</source>
        <translation>Der Tandem-Host hat eine Nachricht mit %1 nummeriert, erwartet war %2.</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceServiceHost</name>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="996"/>
        <source>The Tandem host already serves %1 apps, the most it takes at once.</source>
        <translation>Der Tandem-Host bedient bereits %1 Apps, so viele wie er gleichzeitig annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1062"/>
        <source>Another Tandem host already serves this profile (%1).</source>
        <translation>Ein anderer Tandem-Host bedient dieses Profil bereits (%1).</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1072"/>
        <source>Cannot listen for local apps at %1: %2</source>
        <translation>Auf %1 kann nicht auf lokale Apps gewartet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1091"/>
        <source>The Tandem host is stopping.</source>
        <translation>Der Tandem-Host wird beendet.</translation>
    </message>
</context>
<context>
    <name>Tandem::EmbeddedSource</name>
    <message>
        <location filename="../lib/api/sessionsource.cpp" line="101"/>
        <source>The session manager is gone.</source>
        <translation>Der Sitzungsverwalter ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>Tandem::HostClient</name>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="138"/>
        <source>The app disconnected.</source>
        <translation>Die App hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="143"/>
        <source>No hello within %1 ms.</source>
        <translation>Kein Hello innerhalb von %1 ms.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="258"/>
        <source>The Tandem host stopped.</source>
        <translation>Der Tandem-Host wurde beendet.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="308"/>
        <source>The app that sent the files went away.</source>
        <translation>Die App, die die Dateien gesendet hat, wurde beendet.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="316"/>
        <source>protocol error: a &quot;%1&quot; does not carry bytes</source>
        <translation>Protokollfehler: ein „%1“ trägt keine Bytes</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="321"/>
        <source>This app has %1 bytes waiting for delivery through the Tandem host and sent a message of %2 more, over its budget of %3 bytes.</source>
        <translation>Diese App hat %1 Bytes, die über den Tandem-Host auf Zustellung warten, und hat eine Nachricht mit %2 weiteren gesendet – über ihrem Budget von %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="349"/>
        <source>The app did not read what the Tandem host sent it: %1 bytes waited, and %2 more would pass its budget of %3 bytes.</source>
        <translation>Die App hat nicht gelesen, was der Tandem-Host ihr gesendet hat: %1 Bytes warteten, und %2 weitere würden ihr Budget von %3 Bytes überschreiten.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="384"/>
        <source>protocol error: the first message must be a hello, not &quot;%1&quot;</source>
        <translation>Protokollfehler: die erste Nachricht muss ein Hello sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="422"/>
        <source>protocol error: unknown message &quot;%1&quot;</source>
        <translation>Protokollfehler: unbekannte Nachricht „%1“</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="753"/>
        <source>protocol error: transfer %1 is already running</source>
        <translation>Protokollfehler: Übertragung %1 läuft bereits</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="763"/>
        <source>This Tandem host does not send files.</source>
        <translation>Dieser Tandem-Host sendet keine Dateien.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="770"/>
        <source>This app already has %1 transfers running through the Tandem host, the most one app may run; wait for one to finish.</source>
        <translation>Diese App hat bereits %1 Übertragungen über den Tandem-Host laufen, so viele, wie eine App darf; warten Sie, bis eine fertig ist.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="779"/>
        <source>The Tandem host takes only absolute paths, not &quot;%1&quot;.</source>
        <translation>Der Tandem-Host nimmt nur absolute Pfade an, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="871"/>
        <source>A service needs a name.</source>
        <translation>Ein Dienst braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="875"/>
        <source>The service &quot;%1&quot; is served already, by the Tandem host or another app.</source>
        <translation>Der Dienst „%1“ wird bereits angeboten, vom Tandem-Host oder einer anderen App.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="877"/>
        <source>This app already serves %1 services through the Tandem host, the most one app may serve.</source>
        <translation>Diese App bietet bereits %1 Dienste über den Tandem-Host an, so viele, wie eine App darf.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="922"/>
        <source>The app serving &quot;%1&quot; has as many sessions open as it may.</source>
        <translation>Die App, die „%1“ anbietet, hat so viele Sitzungen offen, wie sie darf.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="111"/>
        <location filename="../lib/service/deviceservicehost.cpp" line="431"/>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="71"/>
        <source>field &quot;%1&quot; must be a list of at most %2 texts</source>
        <translation>Feld „%1“ muss eine Liste von höchstens %2 Texten sein</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="77"/>
        <source>field &quot;%1&quot; must hold texts of at most %2 bytes</source>
        <translation>Feld „%1“ muss Texte von höchstens %2 Bytes enthalten</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="105"/>
        <source>field &quot;%1&quot; must be a map</source>
        <translation>Feld „%1“ muss eine Zuordnung (Map) sein</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="435"/>
        <source>This Tandem host speaks version %1 of the device service, the app version %2; use a tandem-cli and apps of the same installation.</source>
        <translation>Dieser Tandem-Host spricht Version %1 des Gerätedienstes, die App Version %2; verwenden Sie tandem-cli und Apps derselben Installation.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="527"/>
        <source>protocol error: session %1 is already open</source>
        <translation>Protokollfehler: Sitzung %1 ist bereits offen</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="534"/>
        <source>This app already has %1 sessions open through the Tandem host, the most one app may hold; close one first.</source>
        <translation>Diese App hat bereits %1 Sitzungen über den Tandem-Host offen, so viele wie eine App halten darf; schließen Sie zuerst eine.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="613"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="702"/>
        <source>This app already has a pairing in progress through the Tandem host, the most one app may run at once; finish that one first.</source>
        <translation>Diese App hat bereits eine Kopplung über den Tandem-Host laufen, so viele wie eine App gleichzeitig führen darf; schließen Sie diese zuerst ab.</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="94"/>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>Feld „%1“ muss wahr oder falsch sein</translation>
    </message>
</context>
<context>
    <name>Tandem::HostSource</name>
    <message>
        <location filename="../lib/api/sessionsource.cpp" line="149"/>
        <source>The connection to the Tandem host is gone.</source>
        <translation>Die Verbindung zum Tandem-Host besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="163"/>
        <location filename="../lib/transfer/landingzone.cpp" line="174"/>
        <source>Removed characters that are not valid text.</source>
        <translation>Zeichen entfernt, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="168"/>
        <source>Removed control characters.</source>
        <translation>Steuerzeichen entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="172"/>
        <source>Removed invisible formatting characters, such as text direction overrides.</source>
        <translation>Unsichtbare Formatierungszeichen wie Schreibrichtungswechsel entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="176"/>
        <source>Replaced characters Windows does not allow in names with &apos;_&apos;.</source>
        <translation>Zeichen, die Windows in Namen nicht erlaubt, durch „_“ ersetzt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="187"/>
        <source>Removed dots and spaces at the end of names.</source>
        <translation>Punkte und Leerzeichen am Ende von Namen entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="191"/>
        <source>Named nameless parts &apos;_&apos;.</source>
        <translation>Namenlose Teile „_“ genannt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="195"/>
        <source>Prefixed names Windows reserves for devices with &apos;_&apos;.</source>
        <translation>Namen, die Windows für Geräte reserviert, ein „_“ vorangestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="199"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>Namen gekürzt, die länger als %n Byte sind.</numerusform>
            <numerusform>Namen gekürzt, die länger als %n Bytes sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="248"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>Der angebotene Name ist länger als %n Zeichen.</numerusform>
            <numerusform>Der angebotene Name ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="258"/>
        <source>Treated &apos;\&apos; as a folder separator.</source>
        <translation>„\“ als Ordnertrenner behandelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="262"/>
        <source>Removed a drive letter.</source>
        <translation>Einen Laufwerksbuchstaben entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="266"/>
        <source>Made an absolute path relative.</source>
        <translation>Einen absoluten Pfad relativ gemacht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="272"/>
        <source>Removed &apos;.&apos; and &apos;..&apos; from the path.</source>
        <translation>„.“ und „..“ aus dem Pfad entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="280"/>
        <source>The offered name is empty.</source>
        <translation>Der angebotene Name ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="281"/>
        <source>Nothing is left of the offered name once made safe.</source>
        <translation>Vom angebotenen Namen bleibt nach dem Absichern nichts übrig.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="285"/>
        <source>The offered path has %1 folders and names; at most %2 are accepted.</source>
        <translation>Der angebotene Pfad hat %1 Ordner und Namen; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="292"/>
        <source>The offered path is %1 bytes long; at most %2 are accepted.</source>
        <translation>Der angebotene Pfad ist %1 Bytes lang; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="303"/>
        <location filename="../lib/transfer/landingzone.cpp" line="335"/>
        <source>The download folder %1 does not exist.</source>
        <translation>Der Download-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="307"/>
        <source>The download folder %1 is not a folder.</source>
        <translation>Der Download-Ordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="311"/>
        <source>The download folder %1 is not writable.</source>
        <translation>In den Download-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="326"/>
        <source>&quot;%1&quot; is not a sanitised path.</source>
        <translation>„%1“ ist kein abgesicherter Pfad.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="363"/>
        <source>%1 in the download folder is a link; Tandem does not write through links.</source>
        <translation>%1 im Download-Ordner ist eine Verknüpfung; Tandem schreibt nicht durch Verknüpfungen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="370"/>
        <source>Could not create the folder %1 in the download folder.</source>
        <translation>Der Ordner %1 konnte im Download-Ordner nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="376"/>
        <source>%1 in the download folder is in the way: it is not a folder.</source>
        <translation>%1 im Download-Ordner steht im Weg: Es ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="414"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="423"/>
        <location filename="../lib/transfer/landingzone.cpp" line="460"/>
        <source>There are already too many files named %1 in the download folder.</source>
        <translation>Im Download-Ordner gibt es bereits zu viele Dateien namens %1.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="433"/>
        <source>The partial file %1 is missing.</source>
        <translation>Die unvollständige Datei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="454"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="476"/>
        <source>Cannot check room for a negative size (%1 bytes).</source>
        <translation>Platz für eine negative Größe (%1 Bytes) kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="481"/>
        <source>Could not tell how much space is free in %1.</source>
        <translation>Der freie Platz in %1 konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="488"/>
        <source>Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.</source>
        <translation>Nicht genug freier Platz in %1: %2 benötigt (plus %3 Reserve), %4 verfügbar.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="501"/>
        <source>Cannot check room for a negative number of files (%1).</source>
        <translation>Platz für eine negative Anzahl von Dateien (%1) kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="512"/>
        <source>Not enough free space in %1 for %2 more files and folders (%3 more fit).</source>
        <translation>Nicht genug freier Speicher in %1 für %2 weitere Dateien und Ordner (%3 passen noch).</translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="142"/>
        <source>The other device is shutting down.</source>
        <translation>Das andere Gerät wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_dialling.cpp" line="24"/>
        <source>Could not reach the device: %1</source>
        <translation>Das Gerät ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="104"/>
        <source>Bluetooth unavailable: turned off in Tandem&apos;s settings</source>
        <translation>Bluetooth nicht verfügbar: in den Einstellungen von Tandem ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="106"/>
        <source>Bluetooth unavailable: the device is not started</source>
        <translation>Bluetooth nicht verfügbar: das Gerät ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="252"/>
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation>Zertifikat geändert: Gerät %1 hat ein anderes Zertifikat vorgelegt als das bei der Kopplung hinterlegte; entkoppeln und erneut koppeln, falls es neu installiert wurde</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="292"/>
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation>Protokoll-Herabstufung abgelehnt: Gerät %1 wurde mit Protokollversion %2 gekoppelt und bietet jetzt nur %3 an</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="103"/>
        <source>The devices are already paired.</source>
        <translation>Die Geräte sind bereits gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="112"/>
        <source>Too many pairing requests; try again in a minute.</source>
        <translation>Zu viele Kopplungsanfragen; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="175"/>
        <source>Already paired with this device.</source>
        <translation>Bereits mit diesem Gerät gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="179"/>
        <source>Pairing with this device is already in progress.</source>
        <translation>Die Kopplung mit diesem Gerät läuft bereits.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="192"/>
        <source>The device is not reachable: it was not seen on the network or over Bluetooth.</source>
        <translation>Das Gerät ist nicht erreichbar: Es wurde weder im Netzwerk noch über Bluetooth gesehen.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="204"/>
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation>Für dieses Gerät wartet kein Kopplungscode auf eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="214"/>
        <location filename="../lib/device/localdevice_pairing.cpp" line="229"/>
        <source>No pairing is in progress with this device.</source>
        <translation>Mit diesem Gerät läuft keine Kopplung.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="224"/>
        <source>You cancelled the pairing.</source>
        <translation>Sie haben die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="232"/>
        <source>The other user cancelled the pairing.</source>
        <translation>Die andere Person hat die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="210"/>
        <source>&quot;%1&quot; matches more than one device; give more of its id.</source>
        <translation>„%1“ passt auf mehr als ein Gerät; geben Sie mehr von seiner ID an.</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="212"/>
        <source>No device matches &quot;%1&quot; (by id, id prefix of at least %2 digits, or name).</source>
        <translation>Kein Gerät passt zu „%1“ (nach ID, ID-Anfang mit mindestens %2 Ziffern oder Name).</translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="41"/>
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation>Zeitüberschreitung bei der Kopplung: Das andere Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="66"/>
        <source>The pairing request was malformed.</source>
        <translation>Die Kopplungsanfrage war fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="82"/>
        <source>The other device rejected the pairing.</source>
        <translation>Das andere Gerät hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="87"/>
        <source>The other device cancelled the pairing.</source>
        <translation>Das andere Gerät hat die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="95"/>
        <source>The other device sent a malformed pairing message.</source>
        <translation>Das andere Gerät hat eine fehlerhafte Kopplungsnachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="109"/>
        <source>The other device&apos;s pairing commitment did not match; pairing was stopped.</source>
        <translation>Die Kopplungszusage des anderen Geräts stimmte nicht; die Kopplung wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="122"/>
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation>Das andere Gerät hat eine unerwartete Kopplungsnachricht gesendet (%1).</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="149"/>
        <source>The other user rejected the pairing.</source>
        <translation>Die andere Person hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="151"/>
        <source>You rejected the pairing.</source>
        <translation>Sie haben die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="164"/>
        <source>The connection was lost during pairing: %1</source>
        <translation>Die Verbindung brach während der Kopplung ab: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="43"/>
        <source>Cannot lock the profile %1: %2 cannot be created.</source>
        <translation>Das Profil %1 kann nicht gesperrt werden: %2 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="55"/>
        <source>The profile %1 is in use by another program, or a program stopped while locking it. If no program uses this profile, delete %2.</source>
        <translation>Das Profil %1 wird von einem anderen Programm verwendet, oder ein Programm wurde beendet, während es das Profil sperrte. Wenn kein Programm dieses Profil verwendet, löschen Sie %2.</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="61"/>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="65"/>
        <source>The profile %1 is in use by %2 (pid %3) on %4; quit it there first, or open another profile.</source>
        <translation>Das Profil %1 wird von %2 (PID %3) auf %4 verwendet; beenden Sie es dort zuerst oder öffnen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="72"/>
        <source>The profile %1 is in use by %2 (pid %3); quit it first, or open another profile.</source>
        <translation>Das Profil %1 wird von %2 (PID %3) verwendet; beenden Sie es zuerst oder öffnen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="216"/>
        <source>A device name cannot be empty.</source>
        <translation>Ein Gerätename darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="218"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>Ein Gerätename darf höchstens %n Byte lang sein.</numerusform>
            <numerusform>Ein Gerätename darf höchstens %n Bytes lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="221"/>
        <source>A device name cannot contain control or formatting characters.</source>
        <translation>Ein Gerätename darf keine Steuer- oder Formatierungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="258"/>
        <location filename="../lib/identity/profile.cpp" line="273"/>
        <source>Could not save the settings in %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceChannel</name>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="132"/>
        <location filename="../lib/service/servicechannel.cpp" line="176"/>
        <location filename="../lib/service/servicechannel.cpp" line="184"/>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="149"/>
        <source>protocol error: the bytes of a &quot;%1&quot; were interrupted</source>
        <translation>Protokollfehler: die Bytes eines „%1“ wurden unterbrochen</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="154"/>
        <source>protocol error: more bytes than a &quot;%1&quot; announced</source>
        <translation>Protokollfehler: mehr Bytes, als ein „%1“ angekündigt hat</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="170"/>
        <source>protocol error: a frame that is neither a message nor its bytes</source>
        <translation>Protokollfehler: ein Frame, der weder eine Nachricht noch ihre Bytes ist</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceSession</name>
    <message>
        <location filename="../lib/service/servicesession.cpp" line="185"/>
        <source>This app has %1 bytes waiting for delivery through the Tandem host; %2 more would pass its budget of %3 bytes. Try again once they are delivered.</source>
        <translation>Diese App hat %1 Bytes, die über den Tandem-Host auf Zustellung warten; %2 weitere würden ihr Budget von %3 Bytes überschreiten. Versuchen Sie es erneut, sobald sie zugestellt sind.</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceTransfer</name>
    <message>
        <location filename="../lib/service/servicetransfer.cpp" line="105"/>
        <source>The app that sent the files stopped following them.</source>
        <translation>Die App, die die Dateien gesendet hat, verfolgt sie nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="74"/>
        <source>The other app did not answer in time.</source>
        <translation>Die andere App hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="78"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>Das andere Gerät kam nicht innerhalb von %1 s zurück.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="107"/>
        <location filename="../lib/service/servicesession.cpp" line="162"/>
        <location filename="../lib/api/sessionsource.cpp" line="45"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="111"/>
        <location filename="../lib/service/servicesession.cpp" line="166"/>
        <source>A channel name can be at most %1 bytes.</source>
        <translation>Ein Kanalname darf höchstens %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="115"/>
        <location filename="../lib/service/servicesession.cpp" line="170"/>
        <source>A message can be at most %1 bytes.</source>
        <translation>Eine Nachricht darf höchstens %1 Bytes groß sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="122"/>
        <location filename="../lib/service/servicesession.cpp" line="177"/>
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation>Die Sendewarteschlange ist voll (%1 Nachrichten, %2 Bytes warten auf das andere Gerät); versuchen Sie es erneut, wenn es aufgeholt hat.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="251"/>
        <source>The other device sent data before the session was accepted.</source>
        <translation>Das andere Gerät hat Daten gesendet, bevor die Sitzung angenommen war.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="283"/>
        <source>The other device announced a message of %1 bytes; this service takes at most %2.</source>
        <translation>Das andere Gerät hat eine Nachricht mit %1 Bytes angekündigt; dieser Dienst nimmt höchstens %2.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="291"/>
        <source>The other device announced one message with two different sizes.</source>
        <translation>Das andere Gerät hat eine Nachricht mit zwei verschiedenen Größen angekündigt.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="313"/>
        <source>The other device sent more of a message than it announced.</source>
        <translation>Das andere Gerät hat mehr von einer Nachricht gesendet, als es angekündigt hat.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="318"/>
        <source>The other device sent more than its flow-control window allows.</source>
        <translation>Das andere Gerät hat mehr gesendet, als sein Flusskontrollfenster erlaubt.</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="60"/>
        <source>The devices are no longer paired.</source>
        <translation>Die Geräte sind nicht mehr gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="190"/>
        <source>The device is not paired.</source>
        <translation>Das Gerät ist nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="195"/>
        <source>A service name must be 1 to %1 bytes.</source>
        <translation>Ein Dienstname muss 1 bis %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="400"/>
        <source>No app on this device offers &quot;%1&quot;.</source>
        <translation>Keine App auf diesem Gerät bietet „%1“ an.</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="168"/>
        <source>The session server &quot;%1&quot; refused the session (%2).</source>
        <translation>Der Sitzungsserver „%1“ hat die Sitzung abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="480"/>
        <source>The app declined the files.</source>
        <translation>Die App hat die Dateien abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="515"/>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="517"/>
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation>Ungültiger Parameter: Ein Name, eine Größe oder eine Sitzungs-ID liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="519"/>
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation>Nicht erlaubt: Das Gerät ist nicht gekoppelt, die Sitzung ist noch nicht offen oder der Sitzungsserver gehört zu einem anderen Modul.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="522"/>
        <source>At most %1 session servers can exist at once.</source>
        <translation>Es können höchstens %1 Sitzungsserver gleichzeitig bestehen.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="524"/>
        <source>A session server of that name exists already.</source>
        <translation>Ein Sitzungsserver dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="526"/>
        <source>There is no session server of that name.</source>
        <translation>Es gibt keinen Sitzungsserver dieses Namens.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="528"/>
        <source>There is no session with that id.</source>
        <translation>Es gibt keine Sitzung mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="530"/>
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation>Die Sendewarteschlange ist voll; versuchen Sie es erneut, wenn das andere Gerät aufgeholt hat.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="532"/>
        <source>The other device refused the session.</source>
        <translation>Das andere Gerät hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="534"/>
        <source>The other device has no session server of that name.</source>
        <translation>Das andere Gerät hat keinen Sitzungsserver dieses Namens.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="536"/>
        <source>The other device did not answer in time.</source>
        <translation>Das andere Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="538"/>
        <source>Unknown error %1.</source>
        <translation>Unbekannter Fehler %1.</translation>
    </message>
</context>
<context>
    <name>Tandem::Transfer</name>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="201"/>
        <source>Only an incoming offer that is still open can be accepted.</source>
        <translation>Nur ein eingehendes Angebot, das noch offen ist, kann angenommen werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="211"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="60"/>
        <source>The other device declined the files.</source>
        <translation>Das andere Gerät hat die Dateien abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="224"/>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="230"/>
        <source>Cancelled here: %1</source>
        <translation>Hier abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="308"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="383"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="428"/>
        <source>Waiting for the other device to come back.</source>
        <translation>Warte darauf, dass das andere Gerät zurückkommt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="344"/>
        <source>The other device sent something invalid: %1</source>
        <translation>Das andere Gerät hat etwas Ungültiges gesendet: %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="355"/>
        <source>a control message of %1 bytes (at most %2)</source>
        <translation>eine Steuernachricht von %1 Bytes (höchstens %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="360"/>
        <source>a control message that is not a CBOR map</source>
        <translation>eine Steuernachricht, die keine CBOR-Map ist</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="375"/>
        <source>Cancelled by the other device: %1</source>
        <translation>Vom anderen Gerät abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="395"/>
        <source>The other device is gone.</source>
        <translation>Das andere Gerät ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="399"/>
        <source>The other device closed the transfer.</source>
        <translation>Das andere Gerät hat die Übertragung geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="36"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>Das andere Gerät kam nicht innerhalb von %1 s zurück.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="66"/>
        <source>a verdict on file %1 of %2</source>
        <translation>ein Urteil über Datei %1 von %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="71"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="27"/>
        <source>an unexpected &quot;%1&quot;</source>
        <translation>ein unerwartetes „%1“</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="77"/>
        <source>file data sent to the sender</source>
        <translation>Dateidaten an den Absender gesendet</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="111"/>
        <source>an answer for %1 files to an offer of %2</source>
        <translation>eine Antwort für %1 Dateien auf ein Angebot von %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="118"/>
        <source>a start offset of %1 for a file of %2 bytes</source>
        <translation>ein Startversatz von %1 für eine Datei von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="172"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="193"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="261"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="178"/>
        <source>%1 changed size since it was offered (%2 bytes, now %3).</source>
        <translation>%1 hat seit dem Angebot seine Größe geändert (%2 Bytes, jetzt %3).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="263"/>
        <source>it became shorter</source>
        <translation>sie wurde kürzer</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="330"/>
        <source>a malformed rewind</source>
        <translation>ein fehlerhaftes Zurückspulen</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="353"/>
        <source>The other device could not save it.</source>
        <translation>Das andere Gerät konnte sie nicht speichern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="365"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="374"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="82"/>
        <source>The files offered are larger than any disk.</source>
        <translation>Die angebotenen Dateien sind größer als jede Festplatte.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="145"/>
        <source>file data arrived before the offer was accepted</source>
        <translation>Dateidaten kamen an, bevor das Angebot angenommen wurde</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="146"/>
        <source>file data arrived for a transfer that is not running</source>
        <translation>Dateidaten kamen für eine Übertragung an, die nicht läuft</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="151"/>
        <source>a malformed chunk</source>
        <translation>ein fehlerhafter Block</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="157"/>
        <source>data for file %1 while file %2 is due</source>
        <translation>Daten für Datei %1, während Datei %2 an der Reihe ist</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="165"/>
        <source>the end of %1 after %2 of its %3 bytes</source>
        <translation>das Ende von %1 nach %2 seiner %3 Bytes</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="173"/>
        <source>bytes at %1 of %2 where %3 was due</source>
        <translation>Bytes bei %1 von %2, wo %3 erwartet war</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="178"/>
        <source>%1 damaged chunks in a row in %2</source>
        <translation>%1 beschädigte Blöcke hintereinander in %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="247"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="266"/>
        <source>Could not read back %1: %2</source>
        <translation>%1 konnte nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="329"/>
        <source>%1 arrived damaged: its SHA-256 does not match the sender&apos;s (did the file change while it was sent?).</source>
        <translation>%1 kam beschädigt an: Ihr SHA-256 stimmt nicht mit dem des Absenders überein (hat sich die Datei beim Senden geändert?).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="407"/>
        <source>The disk holding %1 is full (%2 free). The partial file is kept; send the files again once there is room, and they continue from %3.</source>
        <translation>Der Datenträger mit %1 ist voll (%2 frei). Die Teildatei bleibt erhalten; senden Sie die Dateien erneut, sobald Platz ist, dann geht es bei %3 weiter.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="411"/>
        <source>Could not write %1: %2. The partial file is kept.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die Teildatei bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="431"/>
        <source>The other device withdrew the offer.</source>
        <translation>Das andere Gerät hat das Angebot zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>Tandem::TransferManager</name>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="197"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="278"/>
        <source>The device is not paired.</source>
        <translation>Das Gerät ist nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="215"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="232"/>
        <source>At most %1 files can be sent at once.</source>
        <translation>Höchstens %1 Dateien können auf einmal gesendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="254"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="286"/>
        <source>At most %1 files and folders can be sent at once.</source>
        <translation>Es können höchstens %1 Dateien und Ordner auf einmal gesendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="274"/>
        <source>A transfer&apos;s tag can be at most %1 bytes.</source>
        <translation>Die Kennung einer Übertragung darf höchstens %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="282"/>
        <source>There is nothing to send (no files, or only empty folders).</source>
        <translation>Es gibt nichts zu senden (keine Dateien oder nur leere Ordner).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="299"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="304"/>
        <source>A file&apos;s name must be 1 to %1 bytes (%2).</source>
        <translation>Ein Dateiname muss 1 bis %1 Bytes lang sein (%2).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="308"/>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="320"/>
        <source>At most %1 can be sent at once.</source>
        <translation>Es können höchstens %1 auf einmal gesendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="329"/>
        <source>At most %1 folders can be sent at once.</source>
        <translation>Es können höchstens %1 Ordner auf einmal gesendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="335"/>
        <source>The list of files is too long to offer at once; send fewer files.</source>
        <translation>Die Liste der Dateien ist zu lang für ein Angebot; senden Sie weniger Dateien.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="371"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="427"/>
        <source>The devices are not paired.</source>
        <translation>Die Geräte sind nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="444"/>
        <source>file data arrived before any offer</source>
        <translation>Dateidaten kamen vor jedem Angebot an</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="449"/>
        <source>an offer of %1 bytes (at most %2)</source>
        <translation>ein Angebot von %1 Bytes (höchstens %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="454"/>
        <source>the first message was not an offer</source>
        <translation>die erste Nachricht war kein Angebot</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="472"/>
        <source>an offer without a valid id</source>
        <translation>ein Angebot ohne gültige Kennung</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="477"/>
        <source>an offer with a malformed tag</source>
        <translation>ein Angebot mit fehlerhafter Kennung</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="481"/>
        <source>an offer of %1 files (1 to %2)</source>
        <translation>ein Angebot von %1 Dateien (1 bis %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="497"/>
        <source>This device already has %1 unfinished transfers from yours; send more once they finish, or cancel some.</source>
        <translation>Dieses Gerät hat bereits %1 unfertige Übertragungen von Ihrem; senden Sie mehr, wenn sie fertig sind, oder brechen Sie einige ab.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="504"/>
        <source>This device already has %1 unfinished transfers; send again once some finish.</source>
        <translation>Dieses Gerät hat bereits %1 unfertige Übertragungen; senden Sie erneut, wenn einige fertig sind.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="512"/>
        <source>an offer with malformed or too many folders</source>
        <translation>ein Angebot mit fehlerhaften oder zu vielen Ordnern</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="523"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="531"/>
        <source>a malformed folder entry in the offer</source>
        <translation>ein fehlerhafter Ordnereintrag im Angebot</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="552"/>
        <source>a malformed file entry in the offer</source>
        <translation>ein fehlerhafter Dateieintrag im Angebot</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="561"/>
        <source>an offer of more than %1 in total</source>
        <translation>ein Angebot von insgesamt mehr als %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="575"/>
        <source>an offer that makes more than %1 folders</source>
        <translation>ein Angebot, das mehr als %1 Ordner anlegt</translation>
    </message>
</context>
</TS>
