<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="58"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="60"/>
        <source>&quot;%1&quot; is not a full path.</source>
        <translation>„%1“ ist kein vollständiger Pfad.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="64"/>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="66"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="68"/>
        <source>Tandem cannot write to &quot;%1&quot;.</source>
        <translation>Tandem kann nicht in „%1“ schreiben.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="74"/>
        <source>Could not save the settings in %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="169"/>
        <source>Start Tandem in the tray when you log in</source>
        <translation>Tandem bei der Anmeldung im Infobereich starten</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/desktop/Banner.qml" line="45"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="50"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="51"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="670"/>
        <source>This device is not accepting pairing requests.</source>
        <translation>Dieses Gerät nimmt keine Kopplungsanfragen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="712"/>
        <source>This device is not accepting sessions.</source>
        <translation>Dieses Gerät nimmt keine Sitzungen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="977"/>
        <source>This device is not accepting files.</source>
        <translation>Dieses Gerät nimmt keine Dateien an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="997"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 bietet %n Datei an, %2.</numerusform>
            <numerusform>%1 bietet %n Dateien an, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1124"/>
        <source>The sender stopped waiting for an answer.</source>
        <translation>Der Absender wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1170"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 hat %n Datei geprüft.</numerusform>
            <numerusform>%1 hat %n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1185"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>Biete %1 %n Datei an...</numerusform>
            <numerusform>Biete %1 %n Dateien an...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1191"/>
        <source>The sender was interrupted.</source>
        <translation>Der Absender wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>ClipboardSync</name>
    <message>
        <location filename="../qml/models/clipboardsync.cpp" line="88"/>
        <source>Only a paired device&apos;s clipboard can be synced.</source>
        <translation>Nur die Zwischenablage eines gekoppelten Geräts kann abgeglichen werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/clipboardsync.cpp" line="144"/>
        <source>Copied text larger than %1 KiB is not synced to other devices; send it as a file.</source>
        <translation>Kopierter Text über %1 KiB wird nicht mit anderen Geräten abgeglichen; senden Sie ihn als Datei.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../qml/components/Conversation.qml" line="35"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="36"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="37"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="38"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="44"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="66"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="73"/>
        <source>No messages with %1 yet.</source>
        <translation>Noch keine Nachrichten mit %1.</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="91"/>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="91"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="140"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="142"/>
        <source>Copy the message from %1</source>
        <translation>Die Nachricht von %1 kopieren</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="149"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="175"/>
        <source>%1 is not paired with this device: pair again on the Devices page to write to it.</source>
        <translation>%1 ist nicht mit diesem Gerät gekoppelt: Koppeln Sie es auf der Seite „Geräte“ erneut, um ihm zu schreiben.</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="185"/>
        <source>Write to %1…</source>
        <translation>An %1 schreiben …</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="186"/>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="191"/>
        <source>Send clipboard</source>
        <translation>Zwischenablage senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="192"/>
        <source>Send the text or image on the clipboard to %1</source>
        <translation>Den Text oder das Bild aus der Zwischenablage an %1 senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="201"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="203"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="141"/>
        <source>Choose a device to write to first.</source>
        <translation>Wählen Sie zuerst ein Gerät, dem Sie schreiben möchten.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="151"/>
        <source>The message was kept but could not be sent: %1</source>
        <translation>Die Nachricht wurde gespeichert, konnte aber nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="198"/>
        <source>The clipboard holds no text or image to send.</source>
        <translation>Die Zwischenablage enthält keinen Text und kein Bild zum Senden.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="203"/>
        <source>The image on the clipboard is larger than %1 × %1 pixels: save it and send it as a file.</source>
        <translation>Das Bild in der Zwischenablage ist größer als %1 × %1 Pixel: Speichern Sie es und senden Sie es als Datei.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="215"/>
        <source>Could not save the clipboard&apos;s image in %1.</source>
        <translation>Das Bild aus der Zwischenablage konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="225"/>
        <source>That message is no longer listed.</source>
        <translation>Diese Nachricht wird nicht mehr angezeigt.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="72"/>
        <source>Paired devices</source>
        <translation>Gekoppelte Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="80"/>
        <source>Pair with a device on the Devices page to write to it.</source>
        <translation>Koppeln Sie auf der Seite „Geräte“ ein Gerät, um ihm zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="93"/>
        <source>(offline)</source>
        <translation>(offline)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/ConversationPage.qml" line="111"/>
        <source>Conversation with %1, %n unread message(s)</source>
        <translation>
            <numerusform>Unterhaltung mit %1, %n ungelesene Nachricht</numerusform>
            <numerusform>Unterhaltung mit %1, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="112"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="130"/>
        <source>Choose a device to write to.</source>
        <translation>Wählen Sie ein Gerät, dem Sie schreiben möchten.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../qml/models/conversations.cpp" line="185"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="189"/>
        <source>The message is too long: at most %1 bytes, this one has %2.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Bytes, diese hat %2.</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="274"/>
        <source>Only a message that was not delivered can be sent again.</source>
        <translation>Nur eine Nachricht, die nicht zugestellt wurde, kann erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="172"/>
        <location filename="../app/desktop/desktopapp.cpp" line="310"/>
        <source>Show Tandem</source>
        <translation>Tandem anzeigen</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="174"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/desktopapp.cpp" line="192"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem: %n Anfrage wartet</numerusform>
            <numerusform>Tandem: %n Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="193"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="266"/>
        <source>Bluetooth: off (--no-bluetooth on the command line)</source>
        <translation>Bluetooth: aus (--no-bluetooth in der Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="267"/>
        <source>Bluetooth: off (loopback only, from the command line)</source>
        <translation>Bluetooth: aus (nur Loopback, über die Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="271"/>
        <source>Bluetooth: turns on when Tandem starts again</source>
        <translation>Bluetooth: wird beim nächsten Start von Tandem eingeschaltet</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="272"/>
        <source>Bluetooth: turns off when Tandem starts again</source>
        <translation>Bluetooth: wird beim nächsten Start von Tandem ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="275"/>
        <source>Bluetooth: on</source>
        <translation>Bluetooth: an</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="277"/>
        <source>Bluetooth: starting…</source>
        <translation>Bluetooth: wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="279"/>
        <source>Bluetooth: turned off in Settings</source>
        <translation>Bluetooth: in den Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="313"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="315"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="317"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="319"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
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
        <location filename="../qml/components/DeviceIdentityCard.qml" line="59"/>
        <source>Full device ID</source>
        <translation>Vollständige Geräte-ID</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="28"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="38"/>
        <source>Paired devices</source>
        <translation>Gekoppelte Geräte</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="38"/>
        <source>Nearby devices</source>
        <translation>Geräte in der Nähe</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="51"/>
        <source>No devices yet. Devices running Tandem on the same network appear here.</source>
        <translation>Noch keine Geräte. Geräte im selben Netzwerk, auf denen Tandem läuft, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="72"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="74"/>
        <source>nearby</source>
        <translation>in der Nähe</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="76"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="78"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="80"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="82"/>
        <source>pairing…</source>
        <translation>wird gekoppelt …</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>paired</source>
        <translation>gekoppelt</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>not paired</source>
        <translation>nicht gekoppelt</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DeviceList.qml" line="90"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="153"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="163"/>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="164"/>
        <source>Pair with %1</source>
        <translation>Mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="170"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DeviceList.qml" line="171"/>
        <source>Chat with %1, %n unread message(s)</source>
        <translation>
            <numerusform>Mit %1 chatten, %n ungelesene Nachricht</numerusform>
            <numerusform>Mit %1 chatten, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="172"/>
        <source>Chat with %1</source>
        <translation>Mit %1 chatten</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="185"/>
        <source>Send files…</source>
        <translation>Dateien senden…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="186"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="193"/>
        <source>Unpair</source>
        <translation>Entkoppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="194"/>
        <source>Unpair %1</source>
        <translation>%1 entkoppeln</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="78"/>
        <source>Paired with %1.</source>
        <translation>Mit %1 gekoppelt.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="84"/>
        <source>%1 declined pairing.</source>
        <translation>%1 hat die Kopplung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="87"/>
        <source>Pairing with %1 was cancelled.</source>
        <translation>Die Kopplung mit %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="90"/>
        <source>Pairing with %1 timed out.</source>
        <translation>Die Kopplung mit %1 hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="94"/>
        <source>Pairing with %1 failed.</source>
        <translation>Die Kopplung mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="134"/>
        <source>A connection from %1 was refused: %2</source>
        <translation>Eine Verbindung von %1 wurde abgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="144"/>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="266"/>
        <source>Cannot pair with %1: a pairing with %2 is in progress.</source>
        <translation>Kopplung mit %1 nicht möglich: Eine Kopplung mit %2 läuft bereits.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="287"/>
        <location filename="../qml/models/devicemodel.cpp" line="312"/>
        <location filename="../qml/models/devicemodel.cpp" line="322"/>
        <location filename="../qml/models/devicemodel.cpp" line="339"/>
        <location filename="../qml/models/devicemodel.cpp" line="357"/>
        <location filename="../qml/models/devicemodel.cpp" line="370"/>
        <location filename="../qml/models/devicemodel.cpp" line="384"/>
        <source>Tandem is not running.</source>
        <translation>Tandem läuft nicht.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="282"/>
        <location filename="../qml/models/devicemodel.cpp" line="290"/>
        <source>Cannot pair with %1: %2</source>
        <translation>Kopplung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="297"/>
        <source>No pairing with %1 is waiting for an answer.</source>
        <translation>Keine Kopplung mit %1 wartet auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="315"/>
        <source>Cannot confirm pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht bestätigt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="324"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Die Begründung ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="329"/>
        <source>Cannot reject pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht abgelehnt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="342"/>
        <source>Cannot cancel pairing with %1: %2</source>
        <translation>Kopplung mit %1 kann nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="352"/>
        <location filename="../qml/models/devicemodel.cpp" line="360"/>
        <source>Cannot unpair %1: %2</source>
        <translation>%1 kann nicht entkoppelt werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="368"/>
        <source>Adding a device by address is done in the Tandem app itself.</source>
        <translation>Ein Gerät per Adresse hinzufügen geht nur in der Tandem-App selbst.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="373"/>
        <source>&quot;%1&quot; is not an address: write host:port, e.g. 192.168.1.20:47317.</source>
        <translation>„%1“ ist keine Adresse: Schreiben Sie Host:Port, z. B. 192.168.1.20:47317.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="382"/>
        <source>Auto-accept for %1 is set in the Tandem app itself.</source>
        <translation>Automatisches Annehmen für %1 wird in der Tandem-App selbst eingestellt.</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="387"/>
        <source>Cannot change auto-accept for %1: %2</source>
        <translation>Automatisches Annehmen für %1 kann nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="28"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="54"/>
        <source>Unpair %1?</source>
        <translation>%1 entkoppeln?</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="77"/>
        <source>You will no longer chat or exchange files with %1, and it is told. To use it again, both of you pair again.</source>
        <translation>Sie können dann mit %1 weder chatten noch Dateien austauschen, und das Gerät erfährt es. Um es wieder zu nutzen, koppeln Sie beide erneut.</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="83"/>
        <source>Unpair</source>
        <translation>Entkoppeln</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="85"/>
        <source>Unpair %1</source>
        <translation>%1 entkoppeln</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="89"/>
        <source>Keep paired</source>
        <translation>Gekoppelt lassen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="91"/>
        <source>Keep %1 paired</source>
        <translation>%1 gekoppelt lassen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="117"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="128"/>
        <source>LAN: on, port %1, discovery on %2</source>
        <translation>LAN: an, Port %1, Suche über %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="129"/>
        <source>LAN: on, port %1</source>
        <translation>LAN: an, Port %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="130"/>
        <source>LAN: off</source>
        <translation>LAN: aus</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="146"/>
        <source>Add a device by its address (host:port):</source>
        <translation>Gerät über seine Adresse hinzufügen (Host:Port):</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="156"/>
        <source>Address of a device to add</source>
        <translation>Adresse eines hinzuzufügenden Geräts</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="162"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="164"/>
        <source>Connect to the address</source>
        <translation>Mit der Adresse verbinden</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="44"/>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="56"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="66"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="77"/>
        <source>No paired devices yet</source>
        <translation>Noch keine gekoppelten Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="78"/>
        <source>Device to send files to</source>
        <translation>Gerät, an das Dateien gesendet werden</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="82"/>
        <source>Send files…</source>
        <translation>Dateien senden…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="84"/>
        <source>Choose files to send to %1</source>
        <translation>Dateien zum Senden an %1 auswählen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="93"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="96"/>
        <source>Remove finished transfers from the list</source>
        <translation>Beendete Übertragungen aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="104"/>
        <source>Received files land in %1 (change it in Settings).</source>
        <translation>Empfangene Dateien landen in %1 (änderbar in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="123"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="135"/>
        <source>Earlier transfers</source>
        <translation>Frühere Übertragungen</translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="60"/>
        <source>a conversation</source>
        <translation>eine Unterhaltung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="61"/>
        <source>a file transfer</source>
        <translation>eine Dateiübertragung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="68"/>
        <source>Request from %1</source>
        <translation>Anfrage von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="91"/>
        <source>%1 wants to start %2 with this device.</source>
        <translation>%1 möchte %2 mit diesem Gerät beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="113"/>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="132"/>
        <source>Sent with the request: %1</source>
        <translation>Mit der Anfrage gesendet: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="141"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="151"/>
        <source>Reason if you reject (optional)</source>
        <translation>Begründung bei Ablehnung (optional)</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="152"/>
        <source>Reason for rejecting</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="161"/>
        <source>Accept selected</source>
        <translation>Ausgewählte annehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/IncomingRequestDialog.qml" line="163"/>
        <source>Accept the %n chosen file(s) from %1</source>
        <translation>
            <numerusform>Die %n ausgewählte Datei von %1 annehmen</numerusform>
            <numerusform>Die %n ausgewählten Dateien von %1 annehmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="172"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="172"/>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="174"/>
        <source>Accept the request from %1</source>
        <translation>Die Anfrage von %1 annehmen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="182"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="184"/>
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
        <location filename="../app/desktop/Main.qml" line="51"/>
        <source>Pairing request</source>
        <translation>Kopplungsanfrage</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="52"/>
        <source>%1 wants to pair. Compare the code: %2</source>
        <translation>%1 möchte koppeln. Vergleichen Sie den Code: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="65"/>
        <source>%1 unpaired this device.</source>
        <translation>%1 hat dieses Gerät entkoppelt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="65"/>
        <source>%1 is no longer paired.</source>
        <translation>%1 ist nicht mehr gekoppelt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="79"/>
        <source>Request from %1</source>
        <translation>Anfrage von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="80"/>
        <source>%1 wants to start a conversation: %2</source>
        <translation>%1 möchte eine Unterhaltung beginnen: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="81"/>
        <source>%1 wants to start a conversation.</source>
        <translation>%1 möchte eine Unterhaltung beginnen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="97"/>
        <location filename="../app/desktop/Main.qml" line="105"/>
        <source>Files from %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="106"/>
        <source>The files have arrived.</source>
        <translation>Die Dateien sind angekommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="184"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 möchte Ihnen %n Datei senden, insgesamt %2.</numerusform>
            <numerusform>%1 möchte Ihnen %n Dateien senden, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="212"/>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="265"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="268"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="269"/>
        <source>Devices page</source>
        <translation>Seite „Geräte“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="275"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="275"/>
        <source>Conversations (%1)</source>
        <translation>Unterhaltungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="277"/>
        <source>Conversations page, %n unread message(s)</source>
        <translation>
            <numerusform>Seite „Unterhaltungen“, %n ungelesene Nachricht</numerusform>
            <numerusform>Seite „Unterhaltungen“, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="278"/>
        <source>Conversations page</source>
        <translation>Seite „Unterhaltungen“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="282"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="283"/>
        <source>Files page</source>
        <translation>Seite „Dateien“</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="287"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="288"/>
        <source>Settings page</source>
        <translation>Seite „Einstellungen“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="297"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="366"/>
        <source>Send %n file(s) with Tandem</source>
        <translation>
            <numerusform>%n Datei mit Tandem senden</numerusform>
            <numerusform>%n Dateien mit Tandem senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="398"/>
        <source>No paired devices yet</source>
        <translation>Noch keine gekoppelten Geräte</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="399"/>
        <source>Device to send the files to</source>
        <translation>Gerät, an das die Dateien gehen</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="406"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="409"/>
        <source>Send the files to %1</source>
        <translation>Die Dateien an %1 senden</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="413"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="35"/>
        <source>%1 wants to pair</source>
        <translation>%1 möchte koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="35"/>
        <source>Pair with %1</source>
        <translation>Mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="57"/>
        <source>Check that %1 shows the same code. Pair only if they match.</source>
        <translation>Prüfen Sie, ob %1 denselben Code zeigt. Koppeln Sie nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="69"/>
        <source>Pairing code %1</source>
        <translation>Kopplungscode %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="77"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>Warten auf die Bestätigung von %1 …</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="85"/>
        <source>Codes match</source>
        <translation>Codes stimmen überein</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="88"/>
        <source>The codes match: pair with %1</source>
        <translation>Die Codes stimmen überein: mit %1 koppeln</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="98"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="98"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="100"/>
        <source>Do not pair with %1</source>
        <translation>Nicht mit %1 koppeln</translation>
    </message>
</context>
<context>
    <name>SendHandover</name>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="34"/>
        <source>Between 1 and %1 files can be handed to Tandem at once.</source>
        <translation>Tandem können auf einmal 1 bis %1 Dateien übergeben werden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="39"/>
        <source>The file names are too long together to hand to Tandem.</source>
        <translation>Die Dateinamen sind zusammen zu lang, um sie an Tandem zu übergeben.</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="51"/>
        <source>The running Tandem did not answer: %1</source>
        <translation>Das laufende Tandem hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="55"/>
        <source>The running Tandem refused the files.</source>
        <translation>Das laufende Tandem hat die Dateien abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="136"/>
        <source>Too many requests are waiting for an answer.</source>
        <translation>Zu viele Anfragen warten auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="266"/>
        <location filename="../qml/models/sessionmodel.cpp" line="283"/>
        <source>That request is no longer waiting for an answer.</source>
        <translation>Diese Anfrage wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="279"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Die Begründung ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="33"/>
        <location filename="../app/desktop/SettingsPage.qml" line="72"/>
        <location filename="../app/desktop/SettingsPage.qml" line="81"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="49"/>
        <location filename="../app/desktop/SettingsPage.qml" line="58"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="64"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="66"/>
        <source>Save the device name</source>
        <translation>Gerätenamen speichern</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="86"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="87"/>
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="93"/>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="100"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="100"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="101"/>
        <source>Use Bluetooth</source>
        <translation>Bluetooth verwenden</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="118"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="125"/>
        <source>Start Tandem in the tray when you log in</source>
        <translation>Tandem bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="126"/>
        <source>Start Tandem when you log in</source>
        <translation>Tandem bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="129"/>
        <source>Could not change the autostart entry %1.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="136"/>
        <location filename="../app/desktop/SettingsPage.qml" line="149"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="143"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="144"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="145"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="154"/>
        <source>Accept without asking</source>
        <translation>Ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="162"/>
        <location filename="../app/desktop/SettingsPage.qml" line="224"/>
        <source>No paired devices yet.</source>
        <translation>Noch keine gekoppelten Geräte.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="174"/>
        <source>Conversations from %1</source>
        <translation>Unterhaltungen von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="182"/>
        <source>Accept conversations from %1 without asking</source>
        <translation>Unterhaltungen von %1 ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="194"/>
        <source>Files from %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="205"/>
        <source>Accept files from %1 without asking</source>
        <translation>Dateien von %1 ohne Nachfrage annehmen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="216"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="237"/>
        <source>Sync clipboard automatically with %1</source>
        <translation>Zwischenablage automatisch mit %1 abgleichen</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="246"/>
        <source>Sync the clipboard automatically with %1</source>
        <translation>Die Zwischenablage automatisch mit %1 abgleichen</translation>
    </message>
</context>
<context>
    <name>TransferHistoryModel</name>
    <message>
        <location filename="../qml/models/transferhistorymodel.cpp" line="177"/>
        <source>There is no transfer history.</source>
        <translation>Es gibt keinen Übertragungsverlauf.</translation>
    </message>
    <message>
        <location filename="../qml/models/transferhistorymodel.cpp" line="182"/>
        <source>Cannot remove the transfer from the history: %1</source>
        <translation>Die Übertragung kann nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message>
        <location filename="../qml/components/TransferList.qml" line="28"/>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="28"/>
        <source>Waiting for the other device to accept</source>
        <translation>Wartet auf die Annahme durch das andere Gerät</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="29"/>
        <source>Transferring</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="30"/>
        <source>Paused: the other device is away</source>
        <translation>Pausiert: Das andere Gerät ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="31"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="32"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="32"/>
        <source>Declined by the other device</source>
        <translation>Vom anderen Gerät abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="33"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="34"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="42"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="44"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="45"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="53"/>
        <source>File transfers</source>
        <translation>Dateiübertragungen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="18"/>
        <source>No transfers yet. Drop files onto a paired device, or use its Send files button.</source>
        <translation>Noch keine Übertragungen. Ziehen Sie Dateien auf ein gekoppeltes Gerät oder nutzen Sie dessen Schaltfläche „Dateien senden“.</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="91"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="91"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="92"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="103"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="105"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="135"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="136"/>
        <source>Cancel the transfer with %1</source>
        <translation>Die Übertragung mit %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="143"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="144"/>
        <source>Show the folder the files from %1 landed in</source>
        <translation>Den Ordner mit den Dateien von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="151"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="152"/>
        <source>Remove the transfer with %1 from the history</source>
        <translation>Die Übertragung mit %1 aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="162"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="207"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="210"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="211"/>
        <source>Not chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="212"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="220"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="221"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="375"/>
        <source>Files cannot be sent yet.</source>
        <translation>Dateien können noch nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="402"/>
        <source>Only local files can be sent: %1</source>
        <translation>Nur lokale Dateien können gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="408"/>
        <source>Choose at least one file to send.</source>
        <translation>Wählen Sie mindestens eine Datei zum Senden aus.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="415"/>
        <location filename="../qml/models/transfermodel.cpp" line="422"/>
        <location filename="../qml/models/transfermodel.cpp" line="429"/>
        <source>Cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="462"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/models/transfermodel.cpp" line="464"/>
        <source>…and %n more file(s)</source>
        <translation>
            <numerusform>… und %n weitere Datei</numerusform>
            <numerusform>… und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="479"/>
        <location filename="../qml/models/transfermodel.cpp" line="532"/>
        <source>That offer is no longer waiting.</source>
        <translation>Dieses Angebot wartet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="175"/>
        <location filename="../qml/models/transfermodel.cpp" line="491"/>
        <location filename="../qml/models/transfermodel.cpp" line="501"/>
        <source>Cannot accept the files from %1: %2</source>
        <translation>Die Dateien von %1 können nicht angenommen werden: %2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="390"/>
        <source>Files from other apps cannot be sent through the host: %1</source>
        <translation>Dateien anderer Apps können nicht über den Host gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="400"/>
        <source>Documents from Android&apos;s content: URLs can be sent only on Android: %1</source>
        <translation>Dokumente aus Androids content:-URLs können nur unter Android gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="481"/>
        <source>Choose at least one file, or decline the offer.</source>
        <translation>Wählen Sie mindestens eine Datei aus oder lehnen Sie das Angebot ab.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="529"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Der Grund ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="541"/>
        <source>That transfer has already ended.</source>
        <translation>Diese Übertragung ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="544"/>
        <source>stopped by the user</source>
        <translation>vom Benutzer gestoppt</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="568"/>
        <source>Accepting files without asking is set in the Tandem app itself.</source>
        <translation>Ob Dateien ohne Nachfrage angenommen werden, wird in der Tandem-App selbst eingestellt.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="570"/>
        <source>Files cannot be received yet.</source>
        <translation>Dateien können noch nicht empfangen werden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="584"/>
        <source>The file &quot;%1&quot; is not there any more.</source>
        <translation>Die Datei „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="586"/>
        <location filename="../qml/models/transfermodel.cpp" line="597"/>
        <source>No application opens &quot;%1&quot;.</source>
        <translation>Keine Anwendung kann „%1“ öffnen.</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="595"/>
        <source>The folder &quot;%1&quot; is not there any more.</source>
        <translation>Der Ordner „%1“ ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="40"/>
        <source>Tandem cannot start</source>
        <translation>Tandem kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="101"/>
        <source>Work together with nearby devices.</source>
        <translation>Mit Geräten in der Nähe zusammenarbeiten.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation>Das Profil (Identität, vertraute Geräte, Einstellungen) in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="57"/>
        <source>Set this device&apos;s name.</source>
        <translation>Den Namen dieses Geräts festlegen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="60"/>
        <source>TCP port for links (0: any free port).</source>
        <translation>TCP-Port für Verbindungen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="63"/>
        <source>UDP port for announcements.</source>
        <translation>UDP-Port für Ankündigungen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="67"/>
        <source>Announce and listen only on this network interface (repeatable); with loopback interfaces only (lo, lo0), links listen on loopback too.</source>
        <translation>Nur über diese Netzwerkschnittstelle ankündigen und lauschen (wiederholbar); mit nur Loopback-Schnittstellen (lo, lo0) lauschen auch Verbindungen nur auf Loopback.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="73"/>
        <source>Also connect to host:port (repeatable), for networks that drop discovery.</source>
        <translation>Zusätzlich mit Host:Port verbinden (wiederholbar), für Netzwerke, die die Gerätesuche verwerfen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="78"/>
        <source>Do not use Bluetooth (LAN only).</source>
        <translation>Kein Bluetooth verwenden (nur LAN).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="81"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein PNG des Fensters in &lt;file&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="86"/>
        <source>Start in the tray without showing the window (where there is a tray).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen (wo es einen Infobereich gibt).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="91"/>
        <source>Send the files given to a paired device chosen in the window, through the Tandem already running if there is one.</source>
        <translation>Die angegebenen Dateien an ein im Fenster gewähltes gekoppeltes Gerät senden, über das bereits laufende Tandem, falls vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="96"/>
        <source>Take test commands as JSON lines on standard input (see automation.h).</source>
        <translation>Testbefehle als JSON-Zeilen von der Standardeingabe lesen (siehe automation.h).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="107"/>
        <source>Files and folders to send (with --send).</source>
        <translation>Zu sendende Dateien und Ordner (mit --send).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/main.cpp" line="173"/>
        <source>%n file(s) handed to the running Tandem.</source>
        <translation>
            <numerusform>%n Datei an das laufende Tandem übergeben.</numerusform>
            <numerusform>%n Dateien an das laufende Tandem übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="264"/>
        <source>Cannot open the profile: %1</source>
        <translation>Das Profil kann nicht geöffnet werden: %1</translation>
    </message>
</context>
</TS>
