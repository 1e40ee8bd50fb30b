<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="43"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="45"/>
        <source>&quot;%1&quot; is not a full path.</source>
        <translation>„%1“ ist kein vollständiger Pfad.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="49"/>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="51"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="53"/>
        <source>Tandem cannot write to &quot;%1&quot;.</source>
        <translation>Tandem kann nicht in „%1“ schreiben.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="59"/>
        <source>Could not save the settings in %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/desktop/Banner.qml" line="36"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="37"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="460"/>
        <source>This device is not accepting pairing requests.</source>
        <translation>Dieses Gerät nimmt keine Kopplungsanfragen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="500"/>
        <source>This device is not accepting sessions.</source>
        <translation>Dieses Gerät nimmt keine Sitzungen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="735"/>
        <source>This device is not accepting files.</source>
        <translation>Dieses Gerät nimmt keine Dateien an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="754"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 bietet %n Datei an, %2.</numerusform>
            <numerusform>%1 bietet %n Dateien an, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="854"/>
        <source>The sender stopped waiting for an answer.</source>
        <translation>Der Absender wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="890"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 hat %n Datei geprüft.</numerusform>
            <numerusform>%1 hat %n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="905"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>Biete %1 %n Datei an...</numerusform>
            <numerusform>Biete %1 %n Dateien an...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="910"/>
        <source>The sender was interrupted.</source>
        <translation>Der Absender wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../qml/components/Conversation.qml" line="16"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="17"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="18"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="19"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="25"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="47"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="54"/>
        <source>No messages with %1 yet.</source>
        <translation>Noch keine Nachrichten mit %1.</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72"/>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="118"/>
        <source>Write to %1…</source>
        <translation>An %1 schreiben …</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="119"/>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="125"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="127"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="118"/>
        <source>Choose a device to write to first.</source>
        <translation>Wählen Sie zuerst ein Gerät, dem Sie schreiben möchten.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="128"/>
        <source>The message was kept but could not be sent: %1</source>
        <translation>Die Nachricht wurde gespeichert, konnte aber nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="42"/>
        <source>Paired devices</source>
        <translation>Gekoppelte Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="50"/>
        <source>Pair with a device on the Devices page to write to it.</source>
        <translation>Koppeln Sie auf der Seite „Geräte“ ein Gerät, um ihm zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="62"/>
        <source>(offline)</source>
        <translation>(offline)</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="70"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="87"/>
        <source>Choose a device to write to.</source>
        <translation>Wählen Sie ein Gerät, dem Sie schreiben möchten.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../qml/models/conversations.cpp" line="146"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="150"/>
        <source>The message is too long: at most %1 bytes, this one has %2.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Bytes, diese hat %2.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="115"/>
        <source>Show Tandem</source>
        <translation>Tandem anzeigen</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="117"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/desktopapp.cpp" line="135"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem: %n Anfrage wartet</numerusform>
            <numerusform>Tandem: %n Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="136"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="194"/>
        <source>Bluetooth: off (loopback only, from the command line)</source>
        <translation>Bluetooth: aus (nur Loopback, über die Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="197"/>
        <source>Bluetooth: turns on when Tandem starts again</source>
        <translation>Bluetooth: wird beim nächsten Start von Tandem eingeschaltet</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="198"/>
        <source>Bluetooth: turns off when Tandem starts again</source>
        <translation>Bluetooth: wird beim nächsten Start von Tandem ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="201"/>
        <source>Bluetooth: on</source>
        <translation>Bluetooth: an</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="203"/>
        <source>Bluetooth: starting…</source>
        <translation>Bluetooth: wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="205"/>
        <source>Bluetooth: turned off in Settings</source>
        <translation>Bluetooth: in den Einstellungen ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>DeviceIdentityCard</name>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="13"/>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="20"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="30"/>
        <source>Device name: %1</source>
        <translation>Gerätename: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="34"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="46"/>
        <source>Full device ID</source>
        <translation>Vollständige Geräte-ID</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="24"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="34"/>
        <source>Paired devices</source>
        <translation>Gekoppelte Geräte</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="34"/>
        <source>Nearby devices</source>
        <translation>Geräte in der Nähe</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="47"/>
        <source>No devices yet. Devices running Tandem on the same network appear here.</source>
        <translation>Noch keine Geräte. Geräte im selben Netzwerk, auf denen Tandem läuft, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="67"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="69"/>
        <source>nearby</source>
        <translation>in der Nähe</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="71"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="73"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="75"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="77"/>
        <source>pairing…</source>
        <translation>wird gekoppelt …</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>paired</source>
        <translation>gekoppelt</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>not paired</source>
        <translation>nicht gekoppelt</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="135"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="145"/>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="146"/>
        <source>Pair with %1</source>
        <translation>Mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="152"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="153"/>
        <source>Chat with %1</source>
        <translation>Mit %1 chatten</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="159"/>
        <source>Send files…</source>
        <translation>Dateien senden…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="160"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="167"/>
        <source>Unpair</source>
        <translation>Entkoppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="168"/>
        <source>Unpair %1</source>
        <translation>%1 entkoppeln</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="43"/>
        <source>Paired with %1.</source>
        <translation>Mit %1 gekoppelt.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="51"/>
        <source>%1 declined pairing.</source>
        <translation>%1 hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="54"/>
        <source>Pairing with %1 was cancelled.</source>
        <translation>Die Kopplung mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="57"/>
        <source>Pairing with %1 timed out.</source>
        <translation>Die Kopplung mit %1 hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="61"/>
        <source>Pairing with %1 failed.</source>
        <translation>Die Kopplung mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="74"/>
        <source>A connection from %1 was refused: %2</source>
        <translation>Eine Verbindung von %1 wurde abgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="77"/>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="198"/>
        <location filename="../qml/models/devicemodel.cpp" line="208"/>
        <location filename="../qml/models/devicemodel.cpp" line="218"/>
        <location filename="../qml/models/devicemodel.cpp" line="231"/>
        <location filename="../qml/models/devicemodel.cpp" line="242"/>
        <location filename="../qml/models/devicemodel.cpp" line="253"/>
        <location filename="../qml/models/devicemodel.cpp" line="264"/>
        <source>Tandem is not running.</source>
        <translation>Tandem läuft nicht.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="201"/>
        <source>Cannot pair with %1: %2</source>
        <translation>Kopplung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="211"/>
        <source>Cannot confirm pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht bestätigt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="220"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Die Begründung ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="223"/>
        <source>Cannot reject pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht abgelehnt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="234"/>
        <source>Cannot cancel pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="245"/>
        <source>Cannot unpair %1: %2</source>
        <translation>%1 kann nicht entkoppelt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="256"/>
        <source>&quot;%1&quot; is not an address: write host:port, e.g. 192.168.1.20:47317.</source>
        <translation>„%1“ ist keine Adresse: Schreiben Sie Host:Port, z. B. 192.168.1.20:47317.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="267"/>
        <source>Cannot change auto-accept for %1: %2</source>
        <translation>Automatisches Annehmen für %1 kann nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="26"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="51"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="61"/>
        <source>LAN: on, port %1, discovery on %2</source>
        <translation>LAN: an, Port %1, Suche über %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="62"/>
        <source>LAN: on, port %1</source>
        <translation>LAN: an, Port %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="63"/>
        <source>LAN: off</source>
        <translation>LAN: aus</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="77"/>
        <source>Add by address, e.g. 192.168.1.20:47317</source>
        <translation>Per Adresse hinzufügen, z. B. 192.168.1.20:47317</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="78"/>
        <source>Address of a device to add</source>
        <translation>Adresse eines hinzuzufügenden Geräts</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="84"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="86"/>
        <source>Connect to the address</source>
        <translation>Mit der Adresse verbinden</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="35"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="45"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="55"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="66"/>
        <source>No paired devices yet</source>
        <translation>Noch keine gekoppelten Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="67"/>
        <source>Device to send files to</source>
        <translation>Gerät, an das Dateien gesendet werden</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="71"/>
        <source>Send files…</source>
        <translation>Dateien senden…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="73"/>
        <source>Choose files to send to %1</source>
        <translation>Dateien zum Senden an %1 auswählen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="82"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="84"/>
        <source>Remove finished transfers from the list</source>
        <translation>Beendete Übertragungen aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="92"/>
        <source>Received files land in %1 (change it in Settings).</source>
        <translation>Empfangene Dateien landen in %1 (änderbar in den Einstellungen).</translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="33"/>
        <source>a conversation</source>
        <translation>eine Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="34"/>
        <source>a file transfer</source>
        <translation>eine Dateiübertragung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="40"/>
        <source>Request from %1</source>
        <translation>Anfrage von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="63"/>
        <source>%1 wants to start %2 with this device.</source>
        <translation>%1 möchte %2 mit diesem Gerät beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="67"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="77"/>
        <source>Reason if you reject (optional)</source>
        <translation>Begründung bei Ablehnung (optional)</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="78"/>
        <source>Reason for rejecting</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="85"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="87"/>
        <source>Accept the request from %1</source>
        <translation>Die Anfrage von %1 annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="95"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="97"/>
        <source>Reject the request from %1</source>
        <translation>Die Anfrage von %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/desktop/Main.qml" line="24"/>
        <source>Tandem — %1</source>
        <translation>Tandem – %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37"/>
        <source>Pairing request</source>
        <translation>Kopplungsanfrage</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37"/>
        <source>%1 wants to pair. Compare the code: %2</source>
        <translation>%1 möchte koppeln. Vergleichen Sie den Code: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45"/>
        <source>%1 unpaired this device.</source>
        <translation>%1 hat dieses Gerät entkoppelt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45"/>
        <source>%1 is no longer paired.</source>
        <translation>%1 ist nicht mehr gekoppelt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56"/>
        <source>Request from %1</source>
        <translation>Anfrage von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56"/>
        <source>%1 wants to start a conversation.</source>
        <translation>%1 möchte eine Unterhaltung beginnen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="69"/>
        <location filename="../app/desktop/Main.qml" line="75"/>
        <source>Files from %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="75"/>
        <source>The files have arrived.</source>
        <translation>Die Dateien sind angekommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="81"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 möchte Ihnen %n Datei senden, insgesamt %2.</numerusform>
            <numerusform>%1 möchte Ihnen %n Dateien senden, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="99"/>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="140"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="143"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="144"/>
        <source>Devices page</source>
        <translation>Seite „Geräte“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="148"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="149"/>
        <source>Conversations page</source>
        <translation>Seite „Unterhaltungen“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="153"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="154"/>
        <source>Files page</source>
        <translation>Seite „Dateien“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="158"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="159"/>
        <source>Settings page</source>
        <translation>Seite „Einstellungen“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="166"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34"/>
        <source>%1 wants to pair</source>
        <translation>%1 möchte koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34"/>
        <source>Pair with %1</source>
        <translation>Mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="56"/>
        <source>Check that %1 shows the same code. Pair only if they match.</source>
        <translation>Prüfen Sie, ob %1 denselben Code zeigt. Koppeln Sie nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="68"/>
        <source>Pairing code %1</source>
        <translation>Kopplungscode %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="76"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>Warten auf die Bestätigung von %1 …</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="84"/>
        <source>Codes match</source>
        <translation>Codes stimmen überein</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="87"/>
        <source>The codes match: pair with %1</source>
        <translation>Die Codes stimmen überein: mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="97"/>
        <source>Do not pair with %1</source>
        <translation>Nicht mit %1 koppeln</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="119"/>
        <source>A device name cannot be empty.</source>
        <translation>Ein Gerätename darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="121"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>Ein Gerätename darf höchstens %n Byte lang sein.</numerusform>
            <numerusform>Ein Gerätename darf höchstens %n Bytes lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="124"/>
        <source>A device name cannot contain control or formatting characters.</source>
        <translation>Ein Gerätename darf keine Steuer- oder Formatierungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="312"/>
        <location filename="../lib/transfer/transfer.cpp" line="442"/>
        <source>Waiting for the other device to come back.</source>
        <translation>Warte darauf, dass das andere Gerät zurückkommt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="349"/>
        <source>The other device sent something invalid: %1</source>
        <translation>Das andere Gerät hat etwas Ungültiges gesendet: %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="358"/>
        <source>file data sent to the sender</source>
        <translation>Dateidaten an den Absender gesendet</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="363"/>
        <source>a control message of %1 bytes (at most %2)</source>
        <translation>eine Steuernachricht von %1 Bytes (höchstens %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="368"/>
        <source>a control message that is not a CBOR map</source>
        <translation>eine Steuernachricht, die keine CBOR-Map ist</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="383"/>
        <source>Cancelled by the other device: %1</source>
        <translation>Vom anderen Gerät abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="395"/>
        <source>The other device declined the files.</source>
        <translation>Das andere Gerät hat die Dateien abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="403"/>
        <source>a malformed rewind</source>
        <translation>ein fehlerhaftes Zurückspulen</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="416"/>
        <source>a verdict on file %1 of %2</source>
        <translation>ein Urteil über Datei %1 von %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="421"/>
        <location filename="../lib/transfer/transfer.cpp" line="426"/>
        <source>an unexpected &quot;%1&quot;</source>
        <translation>ein unerwartetes „%1“</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="447"/>
        <source>The other device withdrew the offer.</source>
        <translation>Das andere Gerät hat das Angebot zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="451"/>
        <source>The other device is gone.</source>
        <translation>Das andere Gerät ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="455"/>
        <source>The other device closed the transfer.</source>
        <translation>Das andere Gerät hat die Übertragung geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="528"/>
        <source>an answer for %1 files to an offer of %2</source>
        <translation>eine Antwort für %1 Dateien auf ein Angebot von %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="535"/>
        <source>a start offset of %1 for a file of %2 bytes</source>
        <translation>ein Startversatz von %1 für eine Datei von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="586"/>
        <location filename="../lib/transfer/transfer.cpp" line="607"/>
        <location filename="../lib/transfer/transfer.cpp" line="645"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="592"/>
        <source>%1 changed size since it was offered (%2 bytes, now %3).</source>
        <translation>%1 hat seit dem Angebot seine Größe geändert (%2 Bytes, jetzt %3).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="647"/>
        <source>it became shorter</source>
        <translation>sie wurde kürzer</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="711"/>
        <source>The other device could not save it.</source>
        <translation>Das andere Gerät konnte sie nicht speichern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/transfer.cpp" line="723"/>
        <location filename="../lib/transfer/transfer.cpp" line="804"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="844"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="861"/>
        <source>Could not read back %1: %2</source>
        <translation>%1 konnte nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="882"/>
        <source>file data arrived before the offer was accepted</source>
        <translation>Dateidaten kamen an, bevor das Angebot angenommen wurde</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="883"/>
        <source>file data arrived for a transfer that is not running</source>
        <translation>Dateidaten kamen für eine Übertragung an, die nicht läuft</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="888"/>
        <source>a malformed chunk</source>
        <translation>ein fehlerhafter Block</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="894"/>
        <source>data for file %1 while file %2 is due</source>
        <translation>Daten für Datei %1, während Datei %2 an der Reihe ist</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="902"/>
        <source>the end of %1 after %2 of its %3 bytes</source>
        <translation>das Ende von %1 nach %2 seiner %3 Bytes</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="910"/>
        <source>bytes at %1 of %2 where %3 was due</source>
        <translation>Bytes bei %1 von %2, wo %3 erwartet war</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="915"/>
        <source>%1 damaged chunks in a row in %2</source>
        <translation>%1 beschädigte Blöcke hintereinander in %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="947"/>
        <source>The disk holding %1 is full (%2 free). The partial file is kept; send the files again once there is room, and they continue from %3.</source>
        <translation>Der Datenträger mit %1 ist voll (%2 frei). Die Teildatei bleibt erhalten; senden Sie die Dateien erneut, sobald Platz ist, dann geht es bei %3 weiter.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="951"/>
        <source>Could not write %1: %2. The partial file is kept.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die Teildatei bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="974"/>
        <source>%1 arrived damaged: its SHA-256 does not match the sender&apos;s (did the file change while it was sent?).</source>
        <translation>%1 kam beschädigt an: Ihr SHA-256 stimmt nicht mit dem des Absenders überein (hat sich die Datei beim Senden geändert?).</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="84"/>
        <source>Too many requests are waiting for an answer.</source>
        <translation>Zu viele Anfragen warten auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="192"/>
        <location filename="../qml/models/sessionmodel.cpp" line="205"/>
        <source>That request is no longer waiting for an answer.</source>
        <translation>Diese Anfrage wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="201"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Die Begründung ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="27"/>
        <location filename="../app/desktop/SettingsPage.qml" line="66"/>
        <location filename="../app/desktop/SettingsPage.qml" line="75"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="43"/>
        <location filename="../app/desktop/SettingsPage.qml" line="52"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="58"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="60"/>
        <source>Save the device name</source>
        <translation>Gerätenamen speichern</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="80"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="81"/>
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="87"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="92"/>
        <source>On (not available in this version)</source>
        <translation>An (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="92"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="93"/>
        <source>Use Bluetooth</source>
        <translation>Bluetooth verwenden</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="98"/>
        <location filename="../app/desktop/SettingsPage.qml" line="111"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="105"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="106"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="107"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="116"/>
        <source>Accept without asking</source>
        <translation>Ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="124"/>
        <source>No paired devices yet.</source>
        <translation>Noch keine gekoppelten Geräte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="136"/>
        <source>Conversations from %1</source>
        <translation>Unterhaltungen von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="144"/>
        <source>Accept conversations from %1 without asking</source>
        <translation>Unterhaltungen von %1 ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="156"/>
        <source>Files from %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="167"/>
        <source>Accept files from %1 without asking</source>
        <translation>Dateien von %1 ohne Nachfrage annehmen</translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="196"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="209"/>
        <source>The app closed.</source>
        <translation>Die App wurde beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="282"/>
        <source>The app no longer offers &quot;%1&quot;.</source>
        <translation>Die App bietet „%1“ nicht mehr an.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="285"/>
        <source>The service was unregistered.</source>
        <translation>Der Dienst wurde abgemeldet.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="341"/>
        <source>The session was destroyed.</source>
        <translation>Die Sitzung wurde aufgelöst.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="374"/>
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation>Ungültiger Parameter (%1): Es gibt keine Sitzung %2.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="378"/>
        <source>The session is already connected.</source>
        <translation>Die Sitzung ist bereits verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="379"/>
        <source>The session is already connecting.</source>
        <translation>Die Sitzung wird bereits verbunden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="382"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="563"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="605"/>
        <source>The session layer is gone.</source>
        <translation>Die Sitzungsschicht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="387"/>
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation>Nicht erlaubt (%1): Dieses Gerät ist nicht mit %2 gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="426"/>
        <source>Not permitted (%1): %2</source>
        <translation>Nicht erlaubt (%1): %2</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="481"/>
        <source>The connect was cancelled by disconnect().</source>
        <translation>Der Verbindungsaufbau wurde durch disconnect() abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="529"/>
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation>Zu viele Anfragen zur Zusammenarbeit warten auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="540"/>
        <source>Malformed collaboration request.</source>
        <translation>Fehlerhafte Anfrage zur Zusammenarbeit.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="550"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="558"/>
        <source>The other device withdrew the request.</source>
        <translation>Das andere Gerät hat die Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="638"/>
        <source>The session ended before the peer answered.</source>
        <translation>Die Sitzung endete, bevor die Gegenseite antwortete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="671"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht zugestellt werden.</numerusform>
            <numerusform>%n Nachrichten konnten nicht zugestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="672"/>
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
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="94"/>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="103"/>
        <source>no permission to use Bluetooth</source>
        <translation>keine Berechtigung für Bluetooth</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="147"/>
        <source>BlueZ did not answer (%1)</source>
        <translation>BlueZ hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="169"/>
        <source>no adapter</source>
        <translation>kein Adapter</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="188"/>
        <source>the adapter went away</source>
        <translation>der Adapter ist verschwunden</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="194"/>
        <source>the adapter is off</source>
        <translation>der Adapter ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="218"/>
        <source>cannot listen for RFCOMM connections (%1)</source>
        <translation>RFCOMM-Verbindungen können nicht angenommen werden (%1)</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="224"/>
        <source>cannot register the SDP record</source>
        <translation>der SDP-Eintrag lässt sich nicht registrieren</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="287"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="355"/>
        <source>not a Bluetooth address</source>
        <translation>keine Bluetooth-Adresse</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="40"/>
        <source>The other device closed the session.</source>
        <translation>Das andere Gerät hat die Sitzung beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42"/>
        <source>The app on the other device went away.</source>
        <translation>Die App auf dem anderen Gerät ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44"/>
        <source>The other device did not come back in time.</source>
        <translation>Das andere Gerät kam nicht rechtzeitig zurück.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46"/>
        <source>The other device refused the session.</source>
        <translation>Das andere Gerät hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="50"/>
        <source>The session was closed on this device.</source>
        <translation>Die Sitzung wurde auf diesem Gerät beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="82"/>
        <source>The session ended with its session manager.</source>
        <translation>Die Sitzung endete mit ihrer Sitzungsverwaltung.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="114"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="117"/>
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation>Ein Kanalname darf höchstens %1 Bytes UTF-8 lang sein.</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="41"/>
        <location filename="../lib/api/channelsessions.cpp" line="57"/>
        <source>The session manager is gone.</source>
        <translation>Die Sitzungsverwaltung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="55"/>
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation>Ein Dienstname muss 1 bis %1 Bytes UTF-8 lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="61"/>
        <source>Something else on this device serves &quot;%1&quot; already.</source>
        <translation>Etwas anderes auf diesem Gerät bedient „%1“ bereits.</translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="158"/>
        <location filename="../lib/transfer/landingzone.cpp" line="169"/>
        <source>Removed characters that are not valid text.</source>
        <translation>Zeichen entfernt, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="163"/>
        <source>Removed control characters.</source>
        <translation>Steuerzeichen entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="167"/>
        <source>Removed invisible formatting characters, such as text direction overrides.</source>
        <translation>Unsichtbare Formatierungszeichen wie Schreibrichtungswechsel entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="171"/>
        <source>Replaced characters Windows does not allow in names with &apos;_&apos;.</source>
        <translation>Zeichen, die Windows in Namen nicht erlaubt, durch „_“ ersetzt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="182"/>
        <source>Removed dots and spaces at the end of names.</source>
        <translation>Punkte und Leerzeichen am Ende von Namen entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="186"/>
        <source>Named nameless parts &apos;_&apos;.</source>
        <translation>Namenlose Teile „_“ genannt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="190"/>
        <source>Prefixed names Windows reserves for devices with &apos;_&apos;.</source>
        <translation>Namen, die Windows für Geräte reserviert, ein „_“ vorangestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="194"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>Namen gekürzt, die länger als %n Byte sind.</numerusform>
            <numerusform>Namen gekürzt, die länger als %n Bytes sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="290"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>Der angebotene Name ist länger als %n Zeichen.</numerusform>
            <numerusform>Der angebotene Name ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="300"/>
        <source>Treated &apos;\&apos; as a folder separator.</source>
        <translation>„\“ als Ordnertrenner behandelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="304"/>
        <source>Removed a drive letter.</source>
        <translation>Einen Laufwerksbuchstaben entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="308"/>
        <source>Made an absolute path relative.</source>
        <translation>Einen absoluten Pfad relativ gemacht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="314"/>
        <source>Removed &apos;.&apos; and &apos;..&apos; from the path.</source>
        <translation>„.“ und „..“ aus dem Pfad entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="322"/>
        <source>The offered name is empty.</source>
        <translation>Der angebotene Name ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="323"/>
        <source>Nothing is left of the offered name once made safe.</source>
        <translation>Vom angebotenen Namen bleibt nach dem Absichern nichts übrig.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="327"/>
        <source>The offered path has %1 folders and names; at most %2 are accepted.</source>
        <translation>Der angebotene Pfad hat %1 Ordner und Namen; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="334"/>
        <source>The offered path is %1 bytes long; at most %2 are accepted.</source>
        <translation>Der angebotene Pfad ist %1 Bytes lang; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="345"/>
        <location filename="../lib/transfer/landingzone.cpp" line="373"/>
        <source>The download folder %1 does not exist.</source>
        <translation>Der Download-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="349"/>
        <source>The download folder %1 is not a folder.</source>
        <translation>Der Download-Ordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="353"/>
        <source>The download folder %1 is not writable.</source>
        <translation>In den Download-Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="366"/>
        <source>&quot;%1&quot; is not a sanitised path.</source>
        <translation>„%1“ ist kein abgesicherter Pfad.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="388"/>
        <source>%1 in the download folder is a link; Tandem does not write through links.</source>
        <translation>%1 im Download-Ordner ist eine Verknüpfung; Tandem schreibt nicht durch Verknüpfungen.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="395"/>
        <source>Could not create the folder %1 in the download folder.</source>
        <translation>Der Ordner %1 konnte im Download-Ordner nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="401"/>
        <source>%1 in the download folder is in the way: it is not a folder.</source>
        <translation>%1 im Download-Ordner steht im Weg: Es ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="406"/>
        <source>%1 in the download folder leads outside it.</source>
        <translation>%1 im Download-Ordner führt aus ihm heraus.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="425"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="434"/>
        <location filename="../lib/transfer/landingzone.cpp" line="471"/>
        <source>There are already too many files named %1 in the download folder.</source>
        <translation>Im Download-Ordner gibt es bereits zu viele Dateien namens %1.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="444"/>
        <source>The partial file %1 is missing.</source>
        <translation>Die unvollständige Datei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="465"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="487"/>
        <source>Cannot check room for a negative size (%1 bytes).</source>
        <translation>Platz für eine negative Größe (%1 Bytes) kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="492"/>
        <source>Could not tell how much space is free in %1.</source>
        <translation>Der freie Platz in %1 konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="499"/>
        <source>Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.</source>
        <translation>Nicht genug freier Platz in %1: %2 benötigt (plus %3 Reserve), %4 verfügbar.</translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="238"/>
        <source>Could not reach the device: %1</source>
        <translation>Das Gerät ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="213"/>
        <source>The other device is shutting down.</source>
        <translation>Das andere Gerät wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="311"/>
        <source>Bluetooth unavailable: turned off in Tandem&apos;s settings</source>
        <translation>Bluetooth nicht verfügbar: in den Einstellungen von Tandem ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="313"/>
        <source>Bluetooth unavailable: the device is not started</source>
        <translation>Bluetooth nicht verfügbar: das Gerät ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="349"/>
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation>Zertifikat geändert: Gerät %1 hat ein anderes Zertifikat vorgelegt als das bei der Kopplung hinterlegte; entkoppeln und erneut koppeln, falls es neu installiert wurde</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="387"/>
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation>Protokoll-Herabstufung abgelehnt: Gerät %1 wurde mit Protokollversion %2 gekoppelt und bietet jetzt nur %3 an</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="648"/>
        <source>The devices are already paired.</source>
        <translation>Die Geräte sind bereits gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="657"/>
        <source>Too many pairing requests; try again in a minute.</source>
        <translation>Zu viele Kopplungsanfragen; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="711"/>
        <source>Already paired with this device.</source>
        <translation>Bereits mit diesem Gerät gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="715"/>
        <source>Pairing with this device is already in progress.</source>
        <translation>Die Kopplung mit diesem Gerät läuft bereits.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="725"/>
        <source>The device is not reachable: it was not seen on the network or over Bluetooth.</source>
        <translation>Das Gerät ist nicht erreichbar: Es wurde weder im Netzwerk noch über Bluetooth gesehen.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="740"/>
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation>Für dieses Gerät wartet kein Kopplungscode auf eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="750"/>
        <location filename="../lib/api/localdevice.cpp" line="765"/>
        <source>No pairing is in progress with this device.</source>
        <translation>Mit diesem Gerät läuft keine Kopplung.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="760"/>
        <source>You cancelled the pairing.</source>
        <translation>Sie haben die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="768"/>
        <source>The other user cancelled the pairing.</source>
        <translation>Die andere Person hat die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="879"/>
        <source>&quot;%1&quot; matches more than one device; give more of its id.</source>
        <translation>„%1“ passt auf mehr als ein Gerät; geben Sie mehr von seiner ID an.</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="881"/>
        <source>No device matches &quot;%1&quot; (by id, id prefix of at least %2 digits, or name).</source>
        <translation>Kein Gerät passt zu „%1“ (nach ID, ID-Anfang mit mindestens %2 Ziffern oder Name).</translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/session/pairing.cpp" line="41"/>
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation>Zeitüberschreitung bei der Kopplung: Das andere Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="66"/>
        <source>The pairing request was malformed.</source>
        <translation>Die Kopplungsanfrage war fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="82"/>
        <source>The other device rejected the pairing.</source>
        <translation>Das andere Gerät hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="87"/>
        <source>The other device cancelled the pairing.</source>
        <translation>Das andere Gerät hat die Kopplung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="95"/>
        <source>The other device sent a malformed pairing message.</source>
        <translation>Das andere Gerät hat eine fehlerhafte Kopplungsnachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="109"/>
        <source>The other device&apos;s pairing commitment did not match; pairing was stopped.</source>
        <translation>Die Kopplungszusage des anderen Geräts stimmte nicht; die Kopplung wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="122"/>
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation>Das andere Gerät hat eine unerwartete Kopplungsnachricht gesendet (%1).</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="149"/>
        <source>The other user rejected the pairing.</source>
        <translation>Die andere Person hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="151"/>
        <source>You rejected the pairing.</source>
        <translation>Sie haben die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="164"/>
        <source>The connection was lost during pairing: %1</source>
        <translation>Die Verbindung brach während der Kopplung ab: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="139"/>
        <location filename="../lib/identity/profile.cpp" line="154"/>
        <source>Could not save the settings in %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="65"/>
        <source>The other app did not answer in time.</source>
        <translation>Die andere App hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="69"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>Das andere Gerät kam nicht innerhalb von %1 s zurück.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="100"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="104"/>
        <source>A channel name can be at most %1 bytes.</source>
        <translation>Ein Kanalname darf höchstens %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="108"/>
        <source>A message can be at most %1 bytes.</source>
        <translation>Eine Nachricht darf höchstens %1 Bytes groß sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="115"/>
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation>Die Sendewarteschlange ist voll (%1 Nachrichten, %2 Bytes warten auf das andere Gerät); versuchen Sie es erneut, wenn es aufgeholt hat.</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="238"/>
        <source>The other device sent data before the session was accepted.</source>
        <translation>Das andere Gerät hat Daten gesendet, bevor die Sitzung angenommen war.</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="52"/>
        <source>The devices are no longer paired.</source>
        <translation>Die Geräte sind nicht mehr gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="125"/>
        <source>The device is not paired.</source>
        <translation>Das Gerät ist nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="130"/>
        <source>A service name must be 1 to %1 bytes.</source>
        <translation>Ein Dienstname muss 1 bis %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="309"/>
        <source>No app on this device offers &quot;%1&quot;.</source>
        <translation>Keine App auf diesem Gerät bietet „%1“ an.</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="154"/>
        <source>The session server &quot;%1&quot; refused the session (%2).</source>
        <translation>Der Sitzungsserver „%1“ hat die Sitzung abgelehnt (%2).</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="445"/>
        <source>The app declined the files.</source>
        <translation>Die App hat die Dateien abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="480"/>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="482"/>
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation>Ungültiger Parameter: Ein Name, eine Größe oder eine Sitzungs-ID liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="484"/>
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation>Nicht erlaubt: Das Gerät ist nicht gekoppelt, die Sitzung ist noch nicht offen oder der Sitzungsserver gehört zu einem anderen Modul.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="487"/>
        <source>At most %1 session servers can exist at once.</source>
        <translation>Es können höchstens %1 Sitzungsserver gleichzeitig bestehen.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="489"/>
        <source>A session server of that name exists already.</source>
        <translation>Ein Sitzungsserver dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="491"/>
        <source>There is no session server of that name.</source>
        <translation>Es gibt keinen Sitzungsserver dieses Namens.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="493"/>
        <source>There is no session with that id.</source>
        <translation>Es gibt keine Sitzung mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="495"/>
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation>Die Sendewarteschlange ist voll; versuchen Sie es erneut, wenn das andere Gerät aufgeholt hat.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="497"/>
        <source>The other device refused the session.</source>
        <translation>Das andere Gerät hat die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="499"/>
        <source>The other device has no session server of that name.</source>
        <translation>Das andere Gerät hat keinen Sitzungsserver dieses Namens.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="501"/>
        <source>The other device did not answer in time.</source>
        <translation>Das andere Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="503"/>
        <source>Unknown error %1.</source>
        <translation>Unbekannter Fehler %1.</translation>
    </message>
</context>
<context>
    <name>Tandem::Transfer</name>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="92"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>Das andere Gerät kam nicht innerhalb von %1 s zurück.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="214"/>
        <source>Only an incoming offer that is still open can be accepted.</source>
        <translation>Nur ein eingehendes Angebot, das noch offen ist, kann angenommen werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="224"/>
        <source>The other device declined the files.</source>
        <translation>Das andere Gerät hat die Dateien abgelehnt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="237"/>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="243"/>
        <source>Cancelled here: %1</source>
        <translation>Hier abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TransferManager</name>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="130"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="183"/>
        <source>The device is not paired.</source>
        <translation>Das Gerät ist nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="147"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="164"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="191"/>
        <source>At most %1 files can be sent at once.</source>
        <translation>Höchstens %1 Dateien können auf einmal gesendet werden.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="179"/>
        <source>A transfer&apos;s tag can be at most %1 bytes.</source>
        <translation>Die Kennung einer Übertragung darf höchstens %1 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="187"/>
        <source>There is nothing to send (no files, or only empty folders).</source>
        <translation>Es gibt nichts zu senden (keine Dateien oder nur leere Ordner).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="204"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="209"/>
        <source>A file&apos;s name must be 1 to %1 bytes (%2).</source>
        <translation>Ein Dateiname muss 1 bis %1 Bytes lang sein (%2).</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="213"/>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="228"/>
        <source>The list of files is too long to offer at once; send fewer files.</source>
        <translation>Die Liste der Dateien ist zu lang für ein Angebot; senden Sie weniger Dateien.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="261"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="301"/>
        <source>The devices are not paired.</source>
        <translation>Die Geräte sind nicht gekoppelt.</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="314"/>
        <source>file data arrived before any offer</source>
        <translation>Dateidaten kamen vor jedem Angebot an</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="319"/>
        <source>an offer of %1 bytes (at most %2)</source>
        <translation>ein Angebot von %1 Bytes (höchstens %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="324"/>
        <source>the first message was not an offer</source>
        <translation>die erste Nachricht war kein Angebot</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="342"/>
        <source>an offer without a valid id</source>
        <translation>ein Angebot ohne gültige Kennung</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="347"/>
        <source>an offer with a malformed tag</source>
        <translation>ein Angebot mit fehlerhafter Kennung</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="351"/>
        <source>an offer of %1 files (1 to %2)</source>
        <translation>ein Angebot von %1 Dateien (1 bis %2)</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="366"/>
        <source>a malformed file entry in the offer</source>
        <translation>ein fehlerhafter Dateieintrag im Angebot</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="377"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message>
        <location filename="../qml/components/TransferList.qml" line="20"/>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="20"/>
        <source>Waiting for the other device to accept</source>
        <translation>Wartet auf die Annahme durch das andere Gerät</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="21"/>
        <source>Transferring</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="22"/>
        <source>Paused: the other device is away</source>
        <translation>Pausiert: Das andere Gerät ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="23"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="24"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="24"/>
        <source>Declined by the other device</source>
        <translation>Vom anderen Gerät abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="25"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="26"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="34"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="36"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="37"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="45"/>
        <source>File transfers</source>
        <translation>Dateiübertragungen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="54"/>
        <source>No transfers yet. Drop files onto a paired device, or use its Send files button.</source>
        <translation>Noch keine Übertragungen. Ziehen Sie Dateien auf ein gekoppeltes Gerät oder nutzen Sie dessen Schaltfläche „Dateien senden“.</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="80"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="80"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="81"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="86"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="88"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="118"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="119"/>
        <source>Cancel the transfer with %1</source>
        <translation>Die Übertragung mit %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="126"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="127"/>
        <source>Show the folder the files from %1 landed in</source>
        <translation>Den Ordner mit den Dateien von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="137"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="181"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="184"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="185"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="193"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="194"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="261"/>
        <source>Files cannot be sent yet.</source>
        <translation>Dateien können noch nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="269"/>
        <source>Only local files can be sent: %1</source>
        <translation>Nur lokale Dateien können gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="275"/>
        <source>Choose at least one file to send.</source>
        <translation>Wählen Sie mindestens eine Datei zum Senden aus.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="281"/>
        <source>Cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="312"/>
        <location filename="../qml/models/transfermodel.cpp" line="330"/>
        <source>That offer is no longer waiting.</source>
        <translation>Dieses Angebot wartet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="320"/>
        <source>Cannot accept the files from %1: %2</source>
        <translation>Die Dateien von %1 können nicht angenommen werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="327"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Der Grund ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="339"/>
        <source>That transfer has already ended.</source>
        <translation>Diese Übertragung ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="340"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="363"/>
        <source>Files cannot be received yet.</source>
        <translation>Dateien können noch nicht empfangen werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="377"/>
        <source>The file &quot;%1&quot; is not there any more.</source>
        <translation>Die Datei „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="379"/>
        <location filename="../qml/models/transfermodel.cpp" line="390"/>
        <source>No application opens &quot;%1&quot;.</source>
        <translation>Keine Anwendung kann „%1“ öffnen.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="388"/>
        <source>The folder &quot;%1&quot; is not there any more.</source>
        <translation>Der Ordner „%1“ ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="44"/>
        <source>Work together with nearby devices.</source>
        <translation>Mit Geräten in der Nähe zusammenarbeiten.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="49"/>
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation>Das Profil (Identität, vertraute Geräte, Einstellungen) in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Set this device&apos;s name.</source>
        <translation>Den Namen dieses Geräts festlegen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="56"/>
        <source>TCP port for links (0: any free port).</source>
        <translation>TCP-Port für Verbindungen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="59"/>
        <source>UDP port for announcements.</source>
        <translation>UDP-Port für Ankündigungen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="63"/>
        <source>Announce and listen only on this network interface (repeatable); with only &quot;lo&quot;, links listen on loopback too.</source>
        <translation>Nur über diese Netzwerkschnittstelle ankündigen und lauschen (wiederholbar); mit nur „lo“ lauschen auch Verbindungen nur auf Loopback.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="69"/>
        <source>Also connect to host:port (repeatable), for networks that drop discovery.</source>
        <translation>Zusätzlich mit Host:Port verbinden (wiederholbar), für Netzwerke, die die Gerätesuche verwerfen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="74"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein PNG des Fensters in &lt;file&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="78"/>
        <source>Take test commands as JSON lines on standard input (see automation.h).</source>
        <translation>Testbefehle als JSON-Zeilen von der Standardeingabe lesen (siehe automation.h).</translation>
    </message>
</context>
</TS>
