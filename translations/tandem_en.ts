<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="754"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 offers %n file, %2.</numerusform>
            <numerusform>%1 offers %n files, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="890"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 verified %n file.</numerusform>
            <numerusform>%1 verified %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/cli.cpp" line="905"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>Offering %n file to %1...</numerusform>
            <numerusform>Offering %n files to %1...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <location filename="../../app/desktop/desktopapp.cpp" line="135"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem: %n request waiting</numerusform>
            <numerusform>Tandem: %n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../../app/desktop/Main.qml" line="81"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 wants to send you %n file, %2 in all.</numerusform>
            <numerusform>%1 wants to send you %n files, %2 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/desktop/Main.qml" line="166"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../lib/identity/profile.cpp" line="121"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>A device name can be at most %n byte long.</numerusform>
            <numerusform>A device name can be at most %n bytes long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/transfer/transfer.cpp" line="723"/>
        <location filename="../../lib/transfer/transfer.cpp" line="804"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n file could not be saved.</numerusform>
            <numerusform>%n files could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="671"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n message could not be delivered.</numerusform>
            <numerusform>%n messages could not be delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="672"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n data block could not be delivered.</numerusform>
            <numerusform>%n data blocks could not be delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message numerus="yes">
        <location filename="../../lib/transfer/landingzone.cpp" line="194"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>Shortened names longer than %n byte.</numerusform>
            <numerusform>Shortened names longer than %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/transfer/landingzone.cpp" line="290"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>The offered name is longer than %n character.</numerusform>
            <numerusform>The offered name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message numerus="yes">
        <location filename="../../qml/components/TransferList.qml" line="34"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/TransferList.qml" line="36"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/TransferList.qml" line="37"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/TransferList.qml" line="81"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
