<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message numerus="yes">
        <location filename="../../../lib/api/abilityconnectionmanager.cpp" line="695"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n message could not be delivered.</numerusform>
            <numerusform>%n messages could not be delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../lib/api/abilityconnectionmanager.cpp" line="696"/>
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
        <location filename="../../../lib/transfer/landingzone.cpp" line="199"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>Shortened names longer than %n byte.</numerusform>
            <numerusform>Shortened names longer than %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../lib/transfer/landingzone.cpp" line="248"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>The offered name is longer than %n character.</numerusform>
            <numerusform>The offered name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message numerus="yes">
        <location filename="../../../lib/identity/profile.cpp" line="218"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>A device name can be at most %n byte long.</numerusform>
            <numerusform>A device name can be at most %n bytes long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::Transfer</name>
    <message numerus="yes">
        <location filename="../../../lib/transfer/outgoingtransfer.cpp" line="365"/>
        <location filename="../../../lib/transfer/incomingtransfer.cpp" line="374"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n file could not be saved.</numerusform>
            <numerusform>%n files could not be saved.</numerusform>
        </translation>
    </message>
</context>
</TS>
