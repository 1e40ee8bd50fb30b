<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="43" />
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="45" />
        <source>"%1" is not a full path.</source>
        <translation>“%1”不是完整路径。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="49" />
        <source>"%1" is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="51" />
        <source>Cannot create the folder "%1".</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="53" />
        <source>Tandem cannot write to "%1".</source>
        <translation>Tandem 无法写入“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="59" />
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/desktop/Banner.qml" line="36" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="37" />
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="407" />
        <source>This device is not accepting pairing requests.</source>
        <translation>此设备不接受配对请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="445" />
        <source>This device is not accepting sessions.</source>
        <translation>此设备不接受会话。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../qml/components/Conversation.qml" line="16" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="17" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="18" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="19" />
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="25" />
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="47" />
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="54" />
        <source>No messages with %1 yet.</source>
        <translation>还没有与 %1 的消息。</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72" />
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="118" />
        <source>Write to %1…</source>
        <translation>给 %1 写消息…</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="119" />
        <source>Message to %1</source>
        <translation>发给 %1 的消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="125" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="127" />
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="118" />
        <source>Choose a device to write to first.</source>
        <translation>请先选择要发消息的设备。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="128" />
        <source>The message was kept but could not be sent: %1</source>
        <translation>消息已保存，但无法发送：%1</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="42" />
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="50" />
        <source>Pair with a device on the Devices page to write to it.</source>
        <translation>请先在“设备”页面与设备配对，然后即可发消息。</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="62" />
        <source>(offline)</source>
        <translation>（离线）</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="70" />
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="87" />
        <source>Choose a device to write to.</source>
        <translation>选择要发消息的设备。</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../qml/models/conversations.cpp" line="146" />
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="150" />
        <source>The message is too long: at most %1 bytes, this one has %2.</source>
        <translation>消息过长：最多 %1 字节，这条有 %2 字节。</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="103" />
        <source>Show Tandem</source>
        <translation>显示 Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="105" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/desktopapp.cpp" line="123" />
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem：%n 个请求等待处理</numerusform></translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="124" />
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
<context>
    <name>DeviceIdentityCard</name>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="13" />
        <location filename="../qml/components/DeviceIdentityCard.qml" line="20" />
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="30" />
        <source>Device name: %1</source>
        <translation>设备名称：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="34" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="46" />
        <source>Full device ID</source>
        <translation>完整设备 ID</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="21" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="31" />
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="31" />
        <source>Nearby devices</source>
        <translation>附近的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="44" />
        <source>No devices yet. Devices running Tandem on the same network appear here.</source>
        <translation>还没有设备。同一网络中运行 Tandem 的设备会显示在这里。</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="64" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="66" />
        <source>nearby</source>
        <translation>在附近</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="68" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="70" />
        <source>LAN</source>
        <translation>局域网</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="72" />
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="74" />
        <source>pairing…</source>
        <translation>正在配对…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="81" />
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="81" />
        <source>paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="81" />
        <source>not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="108" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="118" />
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="119" />
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="125" />
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="126" />
        <source>Chat with %1</source>
        <translation>与 %1 聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="133" />
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="134" />
        <source>Unpair %1</source>
        <translation>取消与 %1 的配对</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="43" />
        <source>Paired with %1.</source>
        <translation>已与 %1 配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="51" />
        <source>%1 declined pairing.</source>
        <translation>%1 拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="54" />
        <source>Pairing with %1 was cancelled.</source>
        <translation>与 %1 的配对已取消。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="57" />
        <source>Pairing with %1 timed out.</source>
        <translation>与 %1 的配对超时。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="61" />
        <source>Pairing with %1 failed.</source>
        <translation>与 %1 的配对失败。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="74" />
        <source>A connection from %1 was refused: %2</source>
        <translation>来自 %1 的连接被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="77" />
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="198" />
        <location filename="../qml/models/devicemodel.cpp" line="208" />
        <location filename="../qml/models/devicemodel.cpp" line="218" />
        <location filename="../qml/models/devicemodel.cpp" line="231" />
        <location filename="../qml/models/devicemodel.cpp" line="242" />
        <location filename="../qml/models/devicemodel.cpp" line="253" />
        <location filename="../qml/models/devicemodel.cpp" line="264" />
        <source>Tandem is not running.</source>
        <translation>Tandem 未在运行。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="201" />
        <source>Cannot pair with %1: %2</source>
        <translation>无法与 %1 配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="211" />
        <source>Cannot confirm pairing with %1: %2</source>
        <translation>无法确认与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="220" />
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="223" />
        <source>Cannot reject pairing with %1: %2</source>
        <translation>无法拒绝与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="234" />
        <source>Cannot cancel pairing with %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="245" />
        <source>Cannot unpair %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="256" />
        <source>"%1" is not an address: write host:port, e.g. 192.168.1.20:47317.</source>
        <translation>“%1”不是地址：请写成 主机:端口，例如 192.168.1.20:47317。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="267" />
        <source>Cannot change auto-accept for %1: %2</source>
        <translation>无法更改 %1 的自动接受设置：%2</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="38" />
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="48" />
        <source>LAN: on, port %1, discovery on %2</source>
        <translation>局域网：已开启，端口 %1，在 %2 上发现设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="49" />
        <source>LAN: on, port %1</source>
        <translation>局域网：已开启，端口 %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="50" />
        <source>LAN: off</source>
        <translation>局域网：已关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="57" />
        <source>Bluetooth: unavailable in this version</source>
        <translation>蓝牙：此版本不可用</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="58" />
        <source>Bluetooth: turned off in Settings.</source>
        <translation>蓝牙：已在设置中关闭。</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="66" />
        <source>Add by address, e.g. 192.168.1.20:47317</source>
        <translation>按地址添加，例如 192.168.1.20:47317</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="67" />
        <source>Address of a device to add</source>
        <translation>要添加的设备地址</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="73" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="75" />
        <source>Connect to the address</source>
        <translation>连接到该地址</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="20" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="29" />
        <source>Sending and receiving files arrives in a later version of Tandem.</source>
        <translation>文件的发送和接收将在 Tandem 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="35" />
        <source>Received files will land in %1 (change it in Settings).</source>
        <translation>收到的文件将保存在 %1（可在设置中更改）。</translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="26" />
        <source>a conversation</source>
        <translation>一段对话</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="32" />
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="54" />
        <source>%1 wants to start %2 with this device.</source>
        <translation>%1 想与本设备开始%2。</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="58" />
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="68" />
        <source>Reason if you reject (optional)</source>
        <translation>拒绝原因（可选）</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="69" />
        <source>Reason for rejecting</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="76" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="78" />
        <source>Accept the request from %1</source>
        <translation>接受来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="86" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="88" />
        <source>Reject the request from %1</source>
        <translation>拒绝来自 %1 的请求</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/desktop/Main.qml" line="24" />
        <source>Tandem — %1</source>
        <translation>Tandem — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37" />
        <source>Pairing request</source>
        <translation>配对请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37" />
        <source>%1 wants to pair. Compare the code: %2</source>
        <translation>%1 想要配对。请核对配对码：%2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45" />
        <source>%1 unpaired this device.</source>
        <translation>%1 已取消与本设备的配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45" />
        <source>%1 is no longer paired.</source>
        <translation>%1 已不再配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56" />
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56" />
        <source>%1 wants to start a conversation.</source>
        <translation>%1 想开始一段对话。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="71" />
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="92" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="95" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="96" />
        <source>Devices page</source>
        <translation>“设备”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="100" />
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="101" />
        <source>Conversations page</source>
        <translation>“对话”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="105" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="106" />
        <source>Files page</source>
        <translation>“文件”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="110" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="111" />
        <source>Settings page</source>
        <translation>“设置”页面</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="118" />
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n 个请求等待处理</numerusform></translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34" />
        <source>%1 wants to pair</source>
        <translation>%1 想要配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34" />
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="56" />
        <source>Check that %1 shows the same code. Pair only if they match.</source>
        <translation>请确认 %1 显示相同的配对码。只有一致时才配对。</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="68" />
        <source>Pairing code %1</source>
        <translation>配对码 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="76" />
        <source>Waiting for %1 to confirm…</source>
        <translation>正在等待 %1 确认…</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="84" />
        <source>Codes match</source>
        <translation>配对码一致</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="87" />
        <source>The codes match: pair with %1</source>
        <translation>配对码一致：与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="97" />
        <source>Do not pair with %1</source>
        <translation>不与 %1 配对</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="119" />
        <source>A device name cannot be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="121" />
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>设备名称最长 %n 字节。</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="124" />
        <source>A device name cannot contain control or formatting characters.</source>
        <translation>设备名称不能包含控制字符或格式字符。</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="83" />
        <source>Too many requests are waiting for an answer.</source>
        <translation>等待答复的请求过多。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="190" />
        <location filename="../qml/models/sessionmodel.cpp" line="203" />
        <source>That request is no longer waiting for an answer.</source>
        <translation>该请求已不再等待答复。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="199" />
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="26" />
        <location filename="../app/desktop/SettingsPage.qml" line="65" />
        <location filename="../app/desktop/SettingsPage.qml" line="74" />
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="42" />
        <location filename="../app/desktop/SettingsPage.qml" line="51" />
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="57" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="59" />
        <source>Save the device name</source>
        <translation>保存设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="79" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="80" />
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="86" />
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="91" />
        <source>On (not available in this version)</source>
        <translation>开（此版本不可用）</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="91" />
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="92" />
        <source>Use Bluetooth</source>
        <translation>使用蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="97" />
        <location filename="../app/desktop/SettingsPage.qml" line="110" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="104" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="105" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="106" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="115" />
        <source>Accept without asking</source>
        <translation>无需询问即接受</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="123" />
        <source>No paired devices yet.</source>
        <translation>还没有已配对的设备。</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="135" />
        <source>Conversations from %1</source>
        <translation>来自 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="143" />
        <source>Accept conversations from %1 without asking</source>
        <translation>无需询问即接受来自 %1 的对话</translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="196" />
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="209" />
        <source>The app closed.</source>
        <translation>应用已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="282" />
        <source>The app no longer offers "%1".</source>
        <translation>应用不再提供“%1”。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="285" />
        <source>The service was unregistered.</source>
        <translation>该服务已注销。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="341" />
        <source>The session was destroyed.</source>
        <translation>会话已销毁。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="374" />
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation>参数无效（%1）：不存在会话 %2。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="378" />
        <source>The session is already connected.</source>
        <translation>会话已连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="379" />
        <source>The session is already connecting.</source>
        <translation>会话正在连接中。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="382" />
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="563" />
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="605" />
        <source>The session layer is gone.</source>
        <translation>会话层已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="387" />
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation>不允许（%1）：本设备未与 %2 配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="426" />
        <source>Not permitted (%1): %2</source>
        <translation>不允许（%1）：%2</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="481" />
        <source>The connect was cancelled by disconnect().</source>
        <translation>连接已被 disconnect() 取消。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="529" />
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation>等待答复的协作请求过多。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="540" />
        <source>Malformed collaboration request.</source>
        <translation>协作请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="550" />
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553" />
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="558" />
        <source>The other device withdrew the request.</source>
        <translation>对方设备撤回了请求。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="638" />
        <source>The session ended before the peer answered.</source>
        <translation>会话在对方应答前已结束。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="671" />
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 条消息无法送达。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="672" />
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 个数据块无法送达。</numerusform></translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="40" />
        <source>The other device closed the session.</source>
        <translation>对方设备关闭了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42" />
        <source>The app on the other device went away.</source>
        <translation>对方设备上的应用已退出。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44" />
        <source>The other device did not come back in time.</source>
        <translation>对方设备未能及时恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46" />
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="50" />
        <source>The session was closed on this device.</source>
        <translation>会话已在本设备上关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="82" />
        <source>The session ended with its session manager.</source>
        <translation>会话随其会话管理器一同结束。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="114" />
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="117" />
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation>通道名称最多 %1 字节（UTF-8）。</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="41" />
        <location filename="../lib/api/channelsessions.cpp" line="57" />
        <source>The session manager is gone.</source>
        <translation>会话管理器已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="55" />
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation>服务名称必须为 1 到 %1 字节（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="61" />
        <source>Something else on this device serves "%1" already.</source>
        <translation>本设备上已有其他程序提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="158" />
        <location filename="../lib/transfer/landingzone.cpp" line="169" />
        <source>Removed characters that are not valid text.</source>
        <translation>已移除无效的文本字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="163" />
        <source>Removed control characters.</source>
        <translation>已移除控制字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="167" />
        <source>Removed invisible formatting characters, such as text direction overrides.</source>
        <translation>已移除不可见的格式字符，例如文字方向覆盖符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="171" />
        <source>Replaced characters Windows does not allow in names with '_'.</source>
        <translation>已将 Windows 不允许出现在名称中的字符替换为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="182" />
        <source>Removed dots and spaces at the end of names.</source>
        <translation>已移除名称末尾的点和空格。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="186" />
        <source>Named nameless parts '_'.</source>
        <translation>已将无名部分命名为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="190" />
        <source>Prefixed names Windows reserves for devices with '_'.</source>
        <translation>已在 Windows 保留给设备的名称前加上“_”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="194" />
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>已缩短超过 %n 字节的名称。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="290" />
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>提供的名称超过 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="300" />
        <source>Treated '\' as a folder separator.</source>
        <translation>已将“\”视为文件夹分隔符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="304" />
        <source>Removed a drive letter.</source>
        <translation>已移除盘符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="308" />
        <source>Made an absolute path relative.</source>
        <translation>已将绝对路径改为相对路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="314" />
        <source>Removed '.' and '..' from the path.</source>
        <translation>已从路径中移除“.”和“..”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="322" />
        <source>The offered name is empty.</source>
        <translation>提供的名称为空。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="323" />
        <source>Nothing is left of the offered name once made safe.</source>
        <translation>提供的名称经安全处理后已不剩任何内容。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="327" />
        <source>The offered path has %1 folders and names; at most %2 are accepted.</source>
        <translation>提供的路径包含 %1 级文件夹和名称；最多接受 %2 级。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="334" />
        <source>The offered path is %1 bytes long; at most %2 are accepted.</source>
        <translation>提供的路径长 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="345" />
        <location filename="../lib/transfer/landingzone.cpp" line="373" />
        <source>The download folder %1 does not exist.</source>
        <translation>下载文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="349" />
        <source>The download folder %1 is not a folder.</source>
        <translation>下载文件夹 %1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="353" />
        <source>The download folder %1 is not writable.</source>
        <translation>下载文件夹 %1 不可写。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="366" />
        <source>"%1" is not a sanitised path.</source>
        <translation>“%1”不是经过安全处理的路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="388" />
        <source>%1 in the download folder is a link; Tandem does not write through links.</source>
        <translation>下载文件夹中的 %1 是链接；Tandem 不会通过链接写入。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="395" />
        <source>Could not create the folder %1 in the download folder.</source>
        <translation>无法在下载文件夹中创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="401" />
        <source>%1 in the download folder is in the way: it is not a folder.</source>
        <translation>下载文件夹中的 %1 挡住了路径：它不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="406" />
        <source>%1 in the download folder leads outside it.</source>
        <translation>下载文件夹中的 %1 指向了文件夹之外。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="425" />
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="434" />
        <location filename="../lib/transfer/landingzone.cpp" line="471" />
        <source>There are already too many files named %1 in the download folder.</source>
        <translation>下载文件夹中名为 %1 的文件已过多。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="444" />
        <source>The partial file %1 is missing.</source>
        <translation>未完成的文件 %1 不见了。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="465" />
        <source>Could not rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="487" />
        <source>Cannot check room for a negative size (%1 bytes).</source>
        <translation>无法为负数大小（%1 字节）检查空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="492" />
        <source>Could not tell how much space is free in %1.</source>
        <translation>无法确定 %1 中的可用空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="499" />
        <source>Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.</source>
        <translation>%1 中可用空间不足：需要 %2（另需保留 %3），可用 %4。</translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="153" />
        <source>Could not reach the device: %1</source>
        <translation>无法连接到设备：%1</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="198" />
        <source>The other device is shutting down.</source>
        <translation>对方设备正在关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="235" />
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation>证书已更改：设备 %1 出示的证书与配对时固定的证书不同；如果它被重新安装，请取消配对后重新配对</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="273" />
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation>拒绝协议降级：设备 %1 配对时使用协议版本 %2，现在只提供 %3</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="487" />
        <source>The devices are already paired.</source>
        <translation>设备已经配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="496" />
        <source>Too many pairing requests; try again in a minute.</source>
        <translation>配对请求过多，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="550" />
        <source>Already paired with this device.</source>
        <translation>已与此设备配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="554" />
        <source>Pairing with this device is already in progress.</source>
        <translation>与此设备的配对正在进行中。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="563" />
        <source>The device is not reachable: it was not seen on the network.</source>
        <translation>设备不可达：在网络上未发现它。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="575" />
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation>此设备没有等待决定的配对码。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="585" />
        <location filename="../lib/api/localdevice.cpp" line="600" />
        <source>No pairing is in progress with this device.</source>
        <translation>与此设备没有正在进行的配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="595" />
        <source>You cancelled the pairing.</source>
        <translation>你取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="603" />
        <source>The other user cancelled the pairing.</source>
        <translation>对方用户取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="701" />
        <source>"%1" matches more than one device; give more of its id.</source>
        <translation>“%1”匹配多个设备；请提供更多 ID 字符。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="703" />
        <source>No device matches "%1" (by id, id prefix of at least %2 digits, or name).</source>
        <translation>没有设备匹配“%1”（按 ID、至少 %2 位的 ID 前缀或名称）。</translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/session/pairing.cpp" line="41" />
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation>配对超时：对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="66" />
        <source>The pairing request was malformed.</source>
        <translation>配对请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="82" />
        <source>The other device rejected the pairing.</source>
        <translation>对方设备拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="87" />
        <source>The other device cancelled the pairing.</source>
        <translation>对方设备取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="95" />
        <source>The other device sent a malformed pairing message.</source>
        <translation>对方设备发送了格式错误的配对消息。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="109" />
        <source>The other device's pairing commitment did not match; pairing was stopped.</source>
        <translation>对方设备的配对承诺不匹配，配对已停止。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="122" />
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation>对方设备发送了意外的配对消息（%1）。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="149" />
        <source>The other user rejected the pairing.</source>
        <translation>对方用户拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="151" />
        <source>You rejected the pairing.</source>
        <translation>你拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="164" />
        <source>The connection was lost during pairing: %1</source>
        <translation>配对过程中连接中断：%1</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="139" />
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="64" />
        <source>The other app did not answer in time.</source>
        <translation>对方应用未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="68" />
        <source>The other device did not come back within %1 s.</source>
        <translation>对方设备未在 %1 秒内恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="99" />
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="103" />
        <source>A channel name can be at most %1 bytes.</source>
        <translation>通道名称最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="107" />
        <source>A message can be at most %1 bytes.</source>
        <translation>一条消息最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="114" />
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation>发送队列已满（%1 条消息、%2 字节正在等待对方设备）；请等对方跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="227" />
        <source>The other device sent data before the session was accepted.</source>
        <translation>对方设备在会话被接受前发送了数据。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="52" />
        <source>The devices are no longer paired.</source>
        <translation>设备已不再配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="125" />
        <source>The device is not paired.</source>
        <translation>设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="130" />
        <source>A service name must be 1 to %1 bytes.</source>
        <translation>服务名称必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="309" />
        <source>No app on this device offers "%1".</source>
        <translation>此设备上没有应用提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="144" />
        <source>The session server "%1" refused the session (%2).</source>
        <translation>会话服务器“%1”拒绝了会话（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="339" />
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="341" />
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation>参数无效：名称、大小或会话 ID 超出范围。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="343" />
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation>不允许：设备未配对、会话尚未打开，或会话服务器属于其他模块。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="346" />
        <source>At most %1 session servers can exist at once.</source>
        <translation>最多只能同时存在 %1 个会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="348" />
        <source>A session server of that name exists already.</source>
        <translation>同名的会话服务器已存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="350" />
        <source>There is no session server of that name.</source>
        <translation>不存在该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="352" />
        <source>There is no session with that id.</source>
        <translation>不存在该 ID 的会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="354" />
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation>发送队列已满；请等对方设备跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="356" />
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="358" />
        <source>The other device has no session server of that name.</source>
        <translation>对方设备没有该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="360" />
        <source>The other device did not answer in time.</source>
        <translation>对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="362" />
        <source>Unknown error %1.</source>
        <translation>未知错误 %1。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="42" />
        <source>Work together with nearby devices.</source>
        <translation>与附近的设备协同工作。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="47" />
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation>使用 &lt;dir&gt; 中的配置文件（身份、信任列表、设置）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="51" />
        <source>Set this device's name.</source>
        <translation>设置本设备的名称。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="54" />
        <source>TCP port for links (0: any free port).</source>
        <translation>连接使用的 TCP 端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="57" />
        <source>UDP port for announcements.</source>
        <translation>广播通告使用的 UDP 端口。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="61" />
        <source>Announce and listen only on this network interface (repeatable); with only "lo", links listen on loopback too.</source>
        <translation>仅在此网络接口上通告和监听（可重复）；若只有“lo”，连接也只监听回环地址。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="67" />
        <source>Also connect to host:port (repeatable), for networks that drop discovery.</source>
        <translation>同时连接到 主机:端口（可重复），用于屏蔽设备发现的网络。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="72" />
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>窗口显示后将其保存为 PNG 到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="76" />
        <source>Take test commands as JSON lines on standard input (see automation.h).</source>
        <translation>从标准输入读取 JSON 行格式的测试命令（见 automation.h）。</translation>
    </message>
</context>
</TS>
