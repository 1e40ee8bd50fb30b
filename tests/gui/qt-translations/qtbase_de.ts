<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Stands in for Qt's German qtbase catalogue (qt6-translations-l10n is
     not in the build root): one string Qt's own dialogs show. -->
<TS version="2.1" language="de_DE">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
