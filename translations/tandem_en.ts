<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../../../app/cli/cli.cpp" line="997"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 offers %n file, %2.</numerusform>
            <numerusform>%1 offers %n files, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../app/cli/cli.cpp" line="1170"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 verified %n file.</numerusform>
            <numerusform>%1 verified %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../app/cli/cli.cpp" line="1185"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>Offering %n file to %1...</numerusform>
            <numerusform>Offering %n files to %1...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message numerus="yes">
        <location filename="../../../../app/desktop/ConversationPage.qml" line="111"/>
        <source>Conversation with %1, %n unread message(s)</source>
        <translation>
            <numerusform>Conversation with %1, %n unread message</numerusform>
            <numerusform>Conversation with %1, %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <location filename="../../../../app/desktop/desktopapp.cpp" line="192"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem: %n request waiting</numerusform>
            <numerusform>Tandem: %n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message numerus="yes">
        <location filename="../../../../qml/components/DeviceList.qml" line="90"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../qml/components/DeviceList.qml" line="171"/>
        <source>Chat with %1, %n unread message(s)</source>
        <translation>
            <numerusform>Chat with %1, %n unread message</numerusform>
            <numerusform>Chat with %1, %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message numerus="yes">
        <location filename="../../../../qml/components/IncomingRequestDialog.qml" line="163"/>
        <source>Accept the %n chosen file(s) from %1</source>
        <translation>
            <numerusform>Accept the %n chosen file from %1</numerusform>
            <numerusform>Accept the %n chosen files from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../../../../app/desktop/Main.qml" line="184"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 wants to send you %n file, %2 in all.</numerusform>
            <numerusform>%1 wants to send you %n files, %2 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../app/desktop/Main.qml" line="277"/>
        <source>Conversations page, %n unread message(s)</source>
        <translation>
            <numerusform>Conversations page, %n unread message</numerusform>
            <numerusform>Conversations page, %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../app/desktop/Main.qml" line="297"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../app/desktop/Main.qml" line="366"/>
        <source>Send %n file(s) with Tandem</source>
        <translation>
            <numerusform>Send %n file with Tandem</numerusform>
            <numerusform>Send %n files with Tandem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message numerus="yes">
        <location filename="../../../../qml/components/TransferList.qml" line="42"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../qml/components/TransferList.qml" line="44"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../qml/components/TransferList.qml" line="45"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../qml/components/TransferList.qml" line="92"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message numerus="yes">
        <location filename="../../../../qml/models/transfermodel.cpp" line="464"/>
        <source>…and %n more file(s)</source>
        <translation>
            <numerusform>…and %n more file</numerusform>
            <numerusform>…and %n more files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../../../../app/desktop/main.cpp" line="173"/>
        <source>%n file(s) handed to the running Tandem.</source>
        <translation>
            <numerusform>%n file handed to the running Tandem.</numerusform>
            <numerusform>%n files handed to the running Tandem.</numerusform>
        </translation>
    </message>
</context>
</TS>
