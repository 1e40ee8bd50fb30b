<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="409"/>
        <source>This device is not accepting pairing requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="447"/>
        <source>This device is not accepting sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentityCard</name>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="13"/>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="20"/>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="30"/>
        <source>Device name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="34"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="46"/>
        <source>Full device ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/desktop/Main.qml" line="16"/>
        <source>Tandem — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="29"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="119"/>
        <source>A device name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="121"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="124"/>
        <source>A device name cannot contain control or formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="196"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="209"/>
        <source>The app closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="282"/>
        <source>The app no longer offers &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="285"/>
        <source>The service was unregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="341"/>
        <source>The session was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="374"/>
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="378"/>
        <source>The session is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="379"/>
        <source>The session is already connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="382"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="563"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="605"/>
        <source>The session layer is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="387"/>
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="426"/>
        <source>Not permitted (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="481"/>
        <source>The connect was cancelled by disconnect().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="529"/>
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="540"/>
        <source>Malformed collaboration request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="550"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="558"/>
        <source>The other device withdrew the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="638"/>
        <source>The session ended before the peer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="671"/>
        <source>%n message(s) could not be delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="672"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="40"/>
        <source>The other device closed the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42"/>
        <source>The app on the other device went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44"/>
        <source>The other device did not come back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46"/>
        <source>The other device refused the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="50"/>
        <source>The session was closed on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="82"/>
        <source>The session ended with its session manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="114"/>
        <source>The session is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="117"/>
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="41"/>
        <location filename="../lib/api/channelsessions.cpp" line="57"/>
        <source>The session manager is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="55"/>
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="61"/>
        <source>Something else on this device serves &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="163"/>
        <source>Could not reach the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="208"/>
        <source>The other device is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="245"/>
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="283"/>
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="496"/>
        <source>The devices are already paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="505"/>
        <source>Too many pairing requests; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="559"/>
        <source>Already paired with this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="563"/>
        <source>Pairing with this device is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="572"/>
        <source>The device is not reachable: it was not seen on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="584"/>
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="594"/>
        <location filename="../lib/api/localdevice.cpp" line="609"/>
        <source>No pairing is in progress with this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="604"/>
        <source>You cancelled the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="612"/>
        <source>The other user cancelled the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="710"/>
        <source>&quot;%1&quot; matches more than one device; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="712"/>
        <source>No device matches &quot;%1&quot; (by id, id prefix of at least %2 digits, or name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/session/pairing.cpp" line="41"/>
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="66"/>
        <source>The pairing request was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="82"/>
        <source>The other device rejected the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="87"/>
        <source>The other device cancelled the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="95"/>
        <source>The other device sent a malformed pairing message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="109"/>
        <source>The other device&apos;s pairing commitment did not match; pairing was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="122"/>
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="149"/>
        <source>The other user rejected the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="151"/>
        <source>You rejected the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="164"/>
        <source>The connection was lost during pairing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="139"/>
        <source>Could not save the settings in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="55"/>
        <source>The other app did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="59"/>
        <source>The other device did not come back within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="90"/>
        <source>The session is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="94"/>
        <source>A channel name can be at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="98"/>
        <source>A message can be at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="105"/>
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="188"/>
        <source>The other device sent data before the session was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="52"/>
        <source>The devices are no longer paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="112"/>
        <source>The device is not paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="117"/>
        <source>A service name must be 1 to %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="284"/>
        <source>No app on this device offers &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="144"/>
        <source>The session server &quot;%1&quot; refused the session (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="339"/>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="341"/>
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="343"/>
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="346"/>
        <source>At most %1 session servers can exist at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="348"/>
        <source>A session server of that name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="350"/>
        <source>There is no session server of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="352"/>
        <source>There is no session with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="354"/>
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="356"/>
        <source>The other device refused the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="358"/>
        <source>The other device has no session server of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="360"/>
        <source>The other device did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="362"/>
        <source>Unknown error %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="25"/>
        <source>Work together with nearby devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="30"/>
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="34"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
