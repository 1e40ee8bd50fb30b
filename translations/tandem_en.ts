<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <location filename="../../app/desktop/desktopapp.cpp" line="123" />
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem: %n request waiting</numerusform><numerusform>Tandem: %n requests waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../../app/desktop/Main.qml" line="118" />
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform><numerusform>%n requests waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../lib/identity/profile.cpp" line="121" />
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>A device name can be at most %n byte long.</numerusform><numerusform>A device name can be at most %n bytes long.</numerusform></translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="671" />
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n message could not be delivered.</numerusform><numerusform>%n messages could not be delivered.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="672" />
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n data block could not be delivered.</numerusform><numerusform>%n data blocks could not be delivered.</numerusform></translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message numerus="yes">
        <location filename="../../lib/transfer/landingzone.cpp" line="194" />
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>Shortened names longer than %n byte.</numerusform><numerusform>Shortened names longer than %n bytes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/transfer/landingzone.cpp" line="290" />
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>The offered name is longer than %n character.</numerusform><numerusform>The offered name is longer than %n characters.</numerusform></translation>
    </message>
</context>
</TS>
