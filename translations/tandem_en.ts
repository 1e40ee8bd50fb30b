<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../lib/identity/profile.cpp" line="121"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="671"/>
        <source>%n message(s) could not be delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/api/abilityconnectionmanager.cpp" line="672"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
