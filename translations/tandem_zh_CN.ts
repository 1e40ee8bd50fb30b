<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="43"/>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="45"/>
        <source>&quot;%1&quot; is not a full path.</source>
        <translation>“%1”不是完整路径。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="49"/>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="51"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="53"/>
        <source>Tandem cannot write to &quot;%1&quot;.</source>
        <translation>Tandem 无法写入“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="59"/>
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/desktop/Banner.qml" line="36"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="37"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="460"/>
        <source>This device is not accepting pairing requests.</source>
        <translation>此设备不接受配对请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="500"/>
        <source>This device is not accepting sessions.</source>
        <translation>此设备不接受会话。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="735"/>
        <source>This device is not accepting files.</source>
        <translation>此设备不接收文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="754"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 提供 %n 个文件，%2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="854"/>
        <source>The sender stopped waiting for an answer.</source>
        <translation>发送方已不再等待回复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="890"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 已校验 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="905"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>正在向 %1 提供 %n 个文件...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="910"/>
        <source>The sender was interrupted.</source>
        <translation>发送方被中断。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../qml/components/Conversation.qml" line="16"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="17"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="18"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="19"/>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="25"/>
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="47"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="54"/>
        <source>No messages with %1 yet.</source>
        <translation>还没有与 %1 的消息。</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72"/>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="72"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="118"/>
        <source>Write to %1…</source>
        <translation>给 %1 写消息…</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="119"/>
        <source>Message to %1</source>
        <translation>发给 %1 的消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="125"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="127"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="118"/>
        <source>Choose a device to write to first.</source>
        <translation>请先选择要发消息的设备。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="128"/>
        <source>The message was kept but could not be sent: %1</source>
        <translation>消息已保存，但无法发送：%1</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="42"/>
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="50"/>
        <source>Pair with a device on the Devices page to write to it.</source>
        <translation>请先在“设备”页面与设备配对，然后即可发消息。</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="62"/>
        <source>(offline)</source>
        <translation>（离线）</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="70"/>
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="87"/>
        <source>Choose a device to write to.</source>
        <translation>选择要发消息的设备。</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../qml/models/conversations.cpp" line="146"/>
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="150"/>
        <source>The message is too long: at most %1 bytes, this one has %2.</source>
        <translation>消息过长：最多 %1 字节，这条有 %2 字节。</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="115"/>
        <source>Show Tandem</source>
        <translation>显示 Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="117"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/desktopapp.cpp" line="135"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem：%n 个请求等待处理</numerusform>
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
        <translation>蓝牙：关闭（仅环回，由命令行指定）</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="197"/>
        <source>Bluetooth: turns on when Tandem starts again</source>
        <translation>蓝牙：将在 Tandem 下次启动时开启</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="198"/>
        <source>Bluetooth: turns off when Tandem starts again</source>
        <translation>蓝牙：将在 Tandem 下次启动时关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="201"/>
        <source>Bluetooth: on</source>
        <translation>蓝牙：开启</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="203"/>
        <source>Bluetooth: starting…</source>
        <translation>蓝牙：正在启动…</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="205"/>
        <source>Bluetooth: turned off in Settings</source>
        <translation>蓝牙：已在设置中关闭</translation>
    </message>
</context>
<context>
    <name>DeviceIdentityCard</name>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="13"/>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="20"/>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="30"/>
        <source>Device name: %1</source>
        <translation>设备名称：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="34"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceIdentityCard.qml" line="46"/>
        <source>Full device ID</source>
        <translation>完整设备 ID</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="24"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="34"/>
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="34"/>
        <source>Nearby devices</source>
        <translation>附近的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="47"/>
        <source>No devices yet. Devices running Tandem on the same network appear here.</source>
        <translation>还没有设备。同一网络中运行 Tandem 的设备会显示在这里。</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="67"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="69"/>
        <source>nearby</source>
        <translation>在附近</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="71"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="73"/>
        <source>LAN</source>
        <translation>局域网</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="75"/>
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="77"/>
        <source>pairing…</source>
        <translation>正在配对…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="84"/>
        <source>not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="135"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="145"/>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="146"/>
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="152"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="153"/>
        <source>Chat with %1</source>
        <translation>与 %1 聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="159"/>
        <source>Send files…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="160"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="167"/>
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="168"/>
        <source>Unpair %1</source>
        <translation>取消与 %1 的配对</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="43"/>
        <source>Paired with %1.</source>
        <translation>已与 %1 配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="51"/>
        <source>%1 declined pairing.</source>
        <translation>%1 拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="54"/>
        <source>Pairing with %1 was cancelled.</source>
        <translation>与 %1 的配对已取消。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="57"/>
        <source>Pairing with %1 timed out.</source>
        <translation>与 %1 的配对超时。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="61"/>
        <source>Pairing with %1 failed.</source>
        <translation>与 %1 的配对失败。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="74"/>
        <source>A connection from %1 was refused: %2</source>
        <translation>来自 %1 的连接被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="77"/>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
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
        <translation>Tandem 未在运行。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="201"/>
        <source>Cannot pair with %1: %2</source>
        <translation>无法与 %1 配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="211"/>
        <source>Cannot confirm pairing with %1: %2</source>
        <translation>无法确认与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="220"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="223"/>
        <source>Cannot reject pairing with %1: %2</source>
        <translation>无法拒绝与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="234"/>
        <source>Cannot cancel pairing with %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="245"/>
        <source>Cannot unpair %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="256"/>
        <source>&quot;%1&quot; is not an address: write host:port, e.g. 192.168.1.20:47317.</source>
        <translation>“%1”不是地址：请写成 主机:端口，例如 192.168.1.20:47317。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="267"/>
        <source>Cannot change auto-accept for %1: %2</source>
        <translation>无法更改 %1 的自动接受设置：%2</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="26"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="51"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="61"/>
        <source>LAN: on, port %1, discovery on %2</source>
        <translation>局域网：已开启，端口 %1，在 %2 上发现设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="62"/>
        <source>LAN: on, port %1</source>
        <translation>局域网：已开启，端口 %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="63"/>
        <source>LAN: off</source>
        <translation>局域网：已关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="77"/>
        <source>Add by address, e.g. 192.168.1.20:47317</source>
        <translation>按地址添加，例如 192.168.1.20:47317</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="78"/>
        <source>Address of a device to add</source>
        <translation>要添加的设备地址</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="84"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="86"/>
        <source>Connect to the address</source>
        <translation>连接到该地址</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="35"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="45"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="55"/>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="66"/>
        <source>No paired devices yet</source>
        <translation>还没有已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="67"/>
        <source>Device to send files to</source>
        <translation>接收文件的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="71"/>
        <source>Send files…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="73"/>
        <source>Choose files to send to %1</source>
        <translation>选择要发送到 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="82"/>
        <source>Clear finished</source>
        <translation>清除已结束的</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="84"/>
        <source>Remove finished transfers from the list</source>
        <translation>从列表中移除已结束的传输</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="92"/>
        <source>Received files land in %1 (change it in Settings).</source>
        <translation>收到的文件保存在 %1（可在设置中更改）。</translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="33"/>
        <source>a conversation</source>
        <translation>一段对话</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="34"/>
        <source>a file transfer</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="40"/>
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="63"/>
        <source>%1 wants to start %2 with this device.</source>
        <translation>%1 想与本设备开始%2。</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="67"/>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="77"/>
        <source>Reason if you reject (optional)</source>
        <translation>拒绝原因（可选）</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="78"/>
        <source>Reason for rejecting</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="85"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="87"/>
        <source>Accept the request from %1</source>
        <translation>接受来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="95"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="97"/>
        <source>Reject the request from %1</source>
        <translation>拒绝来自 %1 的请求</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/desktop/Main.qml" line="24"/>
        <source>Tandem — %1</source>
        <translation>Tandem — %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37"/>
        <source>Pairing request</source>
        <translation>配对请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="37"/>
        <source>%1 wants to pair. Compare the code: %2</source>
        <translation>%1 想要配对。请核对配对码：%2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45"/>
        <source>%1 unpaired this device.</source>
        <translation>%1 已取消与本设备的配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="45"/>
        <source>%1 is no longer paired.</source>
        <translation>%1 已不再配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56"/>
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="56"/>
        <source>%1 wants to start a conversation.</source>
        <translation>%1 想开始一段对话。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="69"/>
        <location filename="../app/desktop/Main.qml" line="75"/>
        <source>Files from %1</source>
        <translation>来自 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="75"/>
        <source>The files have arrived.</source>
        <translation>文件已送达。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="81"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 想向您发送 %n 个文件，共 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="99"/>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="140"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="143"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="144"/>
        <source>Devices page</source>
        <translation>“设备”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="148"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="149"/>
        <source>Conversations page</source>
        <translation>“对话”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="153"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="154"/>
        <source>Files page</source>
        <translation>“文件”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="158"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="159"/>
        <source>Settings page</source>
        <translation>“设置”页面</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="166"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n 个请求等待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34"/>
        <source>%1 wants to pair</source>
        <translation>%1 想要配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="34"/>
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="56"/>
        <source>Check that %1 shows the same code. Pair only if they match.</source>
        <translation>请确认 %1 显示相同的配对码。只有一致时才配对。</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="68"/>
        <source>Pairing code %1</source>
        <translation>配对码 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="76"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>正在等待 %1 确认…</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="84"/>
        <source>Codes match</source>
        <translation>配对码一致</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="87"/>
        <source>The codes match: pair with %1</source>
        <translation>配对码一致：与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="95"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="97"/>
        <source>Do not pair with %1</source>
        <translation>不与 %1 配对</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="119"/>
        <source>A device name cannot be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="121"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>设备名称最长 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="124"/>
        <source>A device name cannot contain control or formatting characters.</source>
        <translation>设备名称不能包含控制字符或格式字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="312"/>
        <location filename="../lib/transfer/transfer.cpp" line="442"/>
        <source>Waiting for the other device to come back.</source>
        <translation>正在等待对方设备重新上线。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="349"/>
        <source>The other device sent something invalid: %1</source>
        <translation>对方设备发送了无效内容：%1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="358"/>
        <source>file data sent to the sender</source>
        <translation>向发送方发送了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="363"/>
        <source>a control message of %1 bytes (at most %2)</source>
        <translation>一条 %1 字节的控制消息（最多 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="368"/>
        <source>a control message that is not a CBOR map</source>
        <translation>一条不是 CBOR 映射的控制消息</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="383"/>
        <source>Cancelled by the other device: %1</source>
        <translation>已被对方设备取消：%1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="395"/>
        <source>The other device declined the files.</source>
        <translation>对方设备拒绝了这些文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="403"/>
        <source>a malformed rewind</source>
        <translation>格式错误的回退请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="416"/>
        <source>a verdict on file %1 of %2</source>
        <translation>关于第 %1 个文件（共 %2 个）的结论</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="421"/>
        <location filename="../lib/transfer/transfer.cpp" line="426"/>
        <source>an unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="447"/>
        <source>The other device withdrew the offer.</source>
        <translation>对方设备撤回了请求。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="451"/>
        <source>The other device is gone.</source>
        <translation>对方设备已离开。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="455"/>
        <source>The other device closed the transfer.</source>
        <translation>对方设备关闭了传输。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="528"/>
        <source>an answer for %1 files to an offer of %2</source>
        <translation>针对 %2 个文件的请求回复了 %1 个文件</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="535"/>
        <source>a start offset of %1 for a file of %2 bytes</source>
        <translation>对 %2 字节的文件给出起始偏移 %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="586"/>
        <location filename="../lib/transfer/transfer.cpp" line="607"/>
        <location filename="../lib/transfer/transfer.cpp" line="645"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="592"/>
        <source>%1 changed size since it was offered (%2 bytes, now %3).</source>
        <translation>%1 在提供后大小发生了变化（原为 %2 字节，现为 %3）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="647"/>
        <source>it became shorter</source>
        <translation>文件变短了</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="711"/>
        <source>The other device could not save it.</source>
        <translation>对方设备无法保存它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/transfer.cpp" line="723"/>
        <location filename="../lib/transfer/transfer.cpp" line="804"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n 个文件无法保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="844"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="861"/>
        <source>Could not read back %1: %2</source>
        <translation>无法回读 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="882"/>
        <source>file data arrived before the offer was accepted</source>
        <translation>在接受请求之前收到了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="883"/>
        <source>file data arrived for a transfer that is not running</source>
        <translation>收到了未在进行的传输的文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="888"/>
        <source>a malformed chunk</source>
        <translation>格式错误的数据块</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="894"/>
        <source>data for file %1 while file %2 is due</source>
        <translation>应发送文件 %2 时收到了文件 %1 的数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="902"/>
        <source>the end of %1 after %2 of its %3 bytes</source>
        <translation>%1 在 %3 字节中的 %2 字节处结束</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="910"/>
        <source>bytes at %1 of %2 where %3 was due</source>
        <translation>在 %2 的 %1 处收到字节，而应为 %3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="915"/>
        <source>%1 damaged chunks in a row in %2</source>
        <translation>%2 中连续 %1 个数据块损坏</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="947"/>
        <source>The disk holding %1 is full (%2 free). The partial file is kept; send the files again once there is room, and they continue from %3.</source>
        <translation>存放 %1 的磁盘已满（剩余 %2）。已保留部分文件；有空间后再次发送这些文件，将从 %3 处继续。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="951"/>
        <source>Could not write %1: %2. The partial file is kept.</source>
        <translation>无法写入 %1：%2。已保留部分文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="974"/>
        <source>%1 arrived damaged: its SHA-256 does not match the sender&apos;s (did the file change while it was sent?).</source>
        <translation>%1 到达时已损坏：其 SHA-256 与发送方的不一致（文件是否在发送时被修改？）。</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="84"/>
        <source>Too many requests are waiting for an answer.</source>
        <translation>等待答复的请求过多。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="192"/>
        <location filename="../qml/models/sessionmodel.cpp" line="205"/>
        <source>That request is no longer waiting for an answer.</source>
        <translation>该请求已不再等待答复。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="201"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="27"/>
        <location filename="../app/desktop/SettingsPage.qml" line="66"/>
        <location filename="../app/desktop/SettingsPage.qml" line="75"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="43"/>
        <location filename="../app/desktop/SettingsPage.qml" line="52"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="58"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="60"/>
        <source>Save the device name</source>
        <translation>保存设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="80"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="81"/>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="87"/>
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="92"/>
        <source>On (not available in this version)</source>
        <translation>开（此版本不可用）</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="92"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="93"/>
        <source>Use Bluetooth</source>
        <translation>使用蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="98"/>
        <location filename="../app/desktop/SettingsPage.qml" line="111"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="105"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="106"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="107"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="116"/>
        <source>Accept without asking</source>
        <translation>无需询问即接受</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="124"/>
        <source>No paired devices yet.</source>
        <translation>还没有已配对的设备。</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="136"/>
        <source>Conversations from %1</source>
        <translation>来自 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="144"/>
        <source>Accept conversations from %1 without asking</source>
        <translation>无需询问即接受来自 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="156"/>
        <source>Files from %1</source>
        <translation>来自 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="167"/>
        <source>Accept files from %1 without asking</source>
        <translation>无需询问即接收来自 %1 的文件</translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="196"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="209"/>
        <source>The app closed.</source>
        <translation>应用已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="282"/>
        <source>The app no longer offers &quot;%1&quot;.</source>
        <translation>应用不再提供“%1”。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="285"/>
        <source>The service was unregistered.</source>
        <translation>该服务已注销。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="341"/>
        <source>The session was destroyed.</source>
        <translation>会话已销毁。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="374"/>
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation>参数无效（%1）：不存在会话 %2。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="378"/>
        <source>The session is already connected.</source>
        <translation>会话已连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="379"/>
        <source>The session is already connecting.</source>
        <translation>会话正在连接中。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="382"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="563"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="605"/>
        <source>The session layer is gone.</source>
        <translation>会话层已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="387"/>
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation>不允许（%1）：本设备未与 %2 配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="426"/>
        <source>Not permitted (%1): %2</source>
        <translation>不允许（%1）：%2</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="481"/>
        <source>The connect was cancelled by disconnect().</source>
        <translation>连接已被 disconnect() 取消。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="529"/>
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation>等待答复的协作请求过多。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="540"/>
        <source>Malformed collaboration request.</source>
        <translation>协作请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="550"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="558"/>
        <source>The other device withdrew the request.</source>
        <translation>对方设备撤回了请求。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="638"/>
        <source>The session ended before the peer answered.</source>
        <translation>会话在对方应答前已结束。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="671"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 条消息无法送达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="672"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 个数据块无法送达。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::BluetoothLinkProvider</name>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="94"/>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="103"/>
        <source>no permission to use Bluetooth</source>
        <translation>没有使用蓝牙的权限</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="147"/>
        <source>BlueZ did not answer (%1)</source>
        <translation>BlueZ 没有响应（%1）</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="169"/>
        <source>no adapter</source>
        <translation>没有适配器</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="188"/>
        <source>the adapter went away</source>
        <translation>适配器已移除</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="194"/>
        <source>the adapter is off</source>
        <translation>适配器已关闭</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="218"/>
        <source>cannot listen for RFCOMM connections (%1)</source>
        <translation>无法监听 RFCOMM 连接（%1）</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="224"/>
        <source>cannot register the SDP record</source>
        <translation>无法注册 SDP 记录</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="287"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="355"/>
        <source>not a Bluetooth address</source>
        <translation>不是蓝牙地址</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="40"/>
        <source>The other device closed the session.</source>
        <translation>对方设备关闭了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42"/>
        <source>The app on the other device went away.</source>
        <translation>对方设备上的应用已退出。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44"/>
        <source>The other device did not come back in time.</source>
        <translation>对方设备未能及时恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46"/>
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="50"/>
        <source>The session was closed on this device.</source>
        <translation>会话已在本设备上关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="82"/>
        <source>The session ended with its session manager.</source>
        <translation>会话随其会话管理器一同结束。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="114"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="117"/>
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation>通道名称最多 %1 字节（UTF-8）。</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="41"/>
        <location filename="../lib/api/channelsessions.cpp" line="57"/>
        <source>The session manager is gone.</source>
        <translation>会话管理器已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="55"/>
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation>服务名称必须为 1 到 %1 字节（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="61"/>
        <source>Something else on this device serves &quot;%1&quot; already.</source>
        <translation>本设备上已有其他程序提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="158"/>
        <location filename="../lib/transfer/landingzone.cpp" line="169"/>
        <source>Removed characters that are not valid text.</source>
        <translation>已移除无效的文本字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="163"/>
        <source>Removed control characters.</source>
        <translation>已移除控制字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="167"/>
        <source>Removed invisible formatting characters, such as text direction overrides.</source>
        <translation>已移除不可见的格式字符，例如文字方向覆盖符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="171"/>
        <source>Replaced characters Windows does not allow in names with &apos;_&apos;.</source>
        <translation>已将 Windows 不允许出现在名称中的字符替换为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="182"/>
        <source>Removed dots and spaces at the end of names.</source>
        <translation>已移除名称末尾的点和空格。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="186"/>
        <source>Named nameless parts &apos;_&apos;.</source>
        <translation>已将无名部分命名为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="190"/>
        <source>Prefixed names Windows reserves for devices with &apos;_&apos;.</source>
        <translation>已在 Windows 保留给设备的名称前加上“_”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="194"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>已缩短超过 %n 字节的名称。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="290"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>提供的名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="300"/>
        <source>Treated &apos;\&apos; as a folder separator.</source>
        <translation>已将“\”视为文件夹分隔符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="304"/>
        <source>Removed a drive letter.</source>
        <translation>已移除盘符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="308"/>
        <source>Made an absolute path relative.</source>
        <translation>已将绝对路径改为相对路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="314"/>
        <source>Removed &apos;.&apos; and &apos;..&apos; from the path.</source>
        <translation>已从路径中移除“.”和“..”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="322"/>
        <source>The offered name is empty.</source>
        <translation>提供的名称为空。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="323"/>
        <source>Nothing is left of the offered name once made safe.</source>
        <translation>提供的名称经安全处理后已不剩任何内容。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="327"/>
        <source>The offered path has %1 folders and names; at most %2 are accepted.</source>
        <translation>提供的路径包含 %1 级文件夹和名称；最多接受 %2 级。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="334"/>
        <source>The offered path is %1 bytes long; at most %2 are accepted.</source>
        <translation>提供的路径长 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="345"/>
        <location filename="../lib/transfer/landingzone.cpp" line="373"/>
        <source>The download folder %1 does not exist.</source>
        <translation>下载文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="349"/>
        <source>The download folder %1 is not a folder.</source>
        <translation>下载文件夹 %1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="353"/>
        <source>The download folder %1 is not writable.</source>
        <translation>下载文件夹 %1 不可写。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="366"/>
        <source>&quot;%1&quot; is not a sanitised path.</source>
        <translation>“%1”不是经过安全处理的路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="388"/>
        <source>%1 in the download folder is a link; Tandem does not write through links.</source>
        <translation>下载文件夹中的 %1 是链接；Tandem 不会通过链接写入。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="395"/>
        <source>Could not create the folder %1 in the download folder.</source>
        <translation>无法在下载文件夹中创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="401"/>
        <source>%1 in the download folder is in the way: it is not a folder.</source>
        <translation>下载文件夹中的 %1 挡住了路径：它不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="406"/>
        <source>%1 in the download folder leads outside it.</source>
        <translation>下载文件夹中的 %1 指向了文件夹之外。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="425"/>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="434"/>
        <location filename="../lib/transfer/landingzone.cpp" line="471"/>
        <source>There are already too many files named %1 in the download folder.</source>
        <translation>下载文件夹中名为 %1 的文件已过多。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="444"/>
        <source>The partial file %1 is missing.</source>
        <translation>未完成的文件 %1 不见了。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="465"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="487"/>
        <source>Cannot check room for a negative size (%1 bytes).</source>
        <translation>无法为负数大小（%1 字节）检查空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="492"/>
        <source>Could not tell how much space is free in %1.</source>
        <translation>无法确定 %1 中的可用空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="499"/>
        <source>Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.</source>
        <translation>%1 中可用空间不足：需要 %2（另需保留 %3），可用 %4。</translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="238"/>
        <source>Could not reach the device: %1</source>
        <translation>无法连接到设备：%1</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="213"/>
        <source>The other device is shutting down.</source>
        <translation>对方设备正在关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="311"/>
        <source>Bluetooth unavailable: turned off in Tandem&apos;s settings</source>
        <translation>蓝牙不可用：已在 Tandem 设置中关闭</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="313"/>
        <source>Bluetooth unavailable: the device is not started</source>
        <translation>蓝牙不可用：设备尚未启动</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="349"/>
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation>证书已更改：设备 %1 出示的证书与配对时固定的证书不同；如果它被重新安装，请取消配对后重新配对</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="387"/>
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation>拒绝协议降级：设备 %1 配对时使用协议版本 %2，现在只提供 %3</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="648"/>
        <source>The devices are already paired.</source>
        <translation>设备已经配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="657"/>
        <source>Too many pairing requests; try again in a minute.</source>
        <translation>配对请求过多，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="711"/>
        <source>Already paired with this device.</source>
        <translation>已与此设备配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="715"/>
        <source>Pairing with this device is already in progress.</source>
        <translation>与此设备的配对正在进行中。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="725"/>
        <source>The device is not reachable: it was not seen on the network or over Bluetooth.</source>
        <translation>设备无法访问：在网络上和通过蓝牙都未发现它。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="740"/>
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation>此设备没有等待决定的配对码。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="750"/>
        <location filename="../lib/api/localdevice.cpp" line="765"/>
        <source>No pairing is in progress with this device.</source>
        <translation>与此设备没有正在进行的配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="760"/>
        <source>You cancelled the pairing.</source>
        <translation>你取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="768"/>
        <source>The other user cancelled the pairing.</source>
        <translation>对方用户取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="879"/>
        <source>&quot;%1&quot; matches more than one device; give more of its id.</source>
        <translation>“%1”匹配多个设备；请提供更多 ID 字符。</translation>
    </message>
    <message>
        <location filename="../lib/api/localdevice.cpp" line="881"/>
        <source>No device matches &quot;%1&quot; (by id, id prefix of at least %2 digits, or name).</source>
        <translation>没有设备匹配“%1”（按 ID、至少 %2 位的 ID 前缀或名称）。</translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/session/pairing.cpp" line="41"/>
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation>配对超时：对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="66"/>
        <source>The pairing request was malformed.</source>
        <translation>配对请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="82"/>
        <source>The other device rejected the pairing.</source>
        <translation>对方设备拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="87"/>
        <source>The other device cancelled the pairing.</source>
        <translation>对方设备取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="95"/>
        <source>The other device sent a malformed pairing message.</source>
        <translation>对方设备发送了格式错误的配对消息。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="109"/>
        <source>The other device&apos;s pairing commitment did not match; pairing was stopped.</source>
        <translation>对方设备的配对承诺不匹配，配对已停止。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="122"/>
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation>对方设备发送了意外的配对消息（%1）。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="149"/>
        <source>The other user rejected the pairing.</source>
        <translation>对方用户拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="151"/>
        <source>You rejected the pairing.</source>
        <translation>你拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/pairing.cpp" line="164"/>
        <source>The connection was lost during pairing: %1</source>
        <translation>配对过程中连接中断：%1</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="139"/>
        <location filename="../lib/identity/profile.cpp" line="154"/>
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="65"/>
        <source>The other app did not answer in time.</source>
        <translation>对方应用未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="69"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>对方设备未在 %1 秒内恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="100"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="104"/>
        <source>A channel name can be at most %1 bytes.</source>
        <translation>通道名称最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="108"/>
        <source>A message can be at most %1 bytes.</source>
        <translation>一条消息最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="115"/>
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation>发送队列已满（%1 条消息、%2 字节正在等待对方设备）；请等对方跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="238"/>
        <source>The other device sent data before the session was accepted.</source>
        <translation>对方设备在会话被接受前发送了数据。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="52"/>
        <source>The devices are no longer paired.</source>
        <translation>设备已不再配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="125"/>
        <source>The device is not paired.</source>
        <translation>设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="130"/>
        <source>A service name must be 1 to %1 bytes.</source>
        <translation>服务名称必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="309"/>
        <source>No app on this device offers &quot;%1&quot;.</source>
        <translation>此设备上没有应用提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="154"/>
        <source>The session server &quot;%1&quot; refused the session (%2).</source>
        <translation>会话服务器“%1”拒绝了会话（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="445"/>
        <source>The app declined the files.</source>
        <translation>应用拒绝了这些文件。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="480"/>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="482"/>
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation>参数无效：名称、大小或会话 ID 超出范围。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="484"/>
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation>不允许：设备未配对、会话尚未打开，或会话服务器属于其他模块。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="487"/>
        <source>At most %1 session servers can exist at once.</source>
        <translation>最多只能同时存在 %1 个会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="489"/>
        <source>A session server of that name exists already.</source>
        <translation>同名的会话服务器已存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="491"/>
        <source>There is no session server of that name.</source>
        <translation>不存在该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="493"/>
        <source>There is no session with that id.</source>
        <translation>不存在该 ID 的会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="495"/>
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation>发送队列已满；请等对方设备跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="497"/>
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="499"/>
        <source>The other device has no session server of that name.</source>
        <translation>对方设备没有该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="501"/>
        <source>The other device did not answer in time.</source>
        <translation>对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="503"/>
        <source>Unknown error %1.</source>
        <translation>未知错误 %1。</translation>
    </message>
</context>
<context>
    <name>Tandem::Transfer</name>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="92"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>对方设备未在 %1 秒内重新上线。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="214"/>
        <source>Only an incoming offer that is still open can be accepted.</source>
        <translation>只能接受仍在等待的传入请求。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="224"/>
        <source>The other device declined the files.</source>
        <translation>对方设备拒绝了这些文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="237"/>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="243"/>
        <source>Cancelled here: %1</source>
        <translation>已在此处取消：%1</translation>
    </message>
</context>
<context>
    <name>Tandem::TransferManager</name>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="130"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="183"/>
        <source>The device is not paired.</source>
        <translation>该设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="147"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="164"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="191"/>
        <source>At most %1 files can be sent at once.</source>
        <translation>一次最多可发送 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="179"/>
        <source>A transfer&apos;s tag can be at most %1 bytes.</source>
        <translation>传输标签最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="187"/>
        <source>There is nothing to send (no files, or only empty folders).</source>
        <translation>没有可发送的内容（没有文件，或只有空文件夹）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="204"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读的文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="209"/>
        <source>A file&apos;s name must be 1 to %1 bytes (%2).</source>
        <translation>文件名必须为 1 到 %1 字节（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="213"/>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 大于 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="228"/>
        <source>The list of files is too long to offer at once; send fewer files.</source>
        <translation>文件列表太长，无法一次提供；请减少文件数量。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="261"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="301"/>
        <source>The devices are not paired.</source>
        <translation>这些设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="314"/>
        <source>file data arrived before any offer</source>
        <translation>在任何请求之前收到了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="319"/>
        <source>an offer of %1 bytes (at most %2)</source>
        <translation>一个 %1 字节的请求（最多 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="324"/>
        <source>the first message was not an offer</source>
        <translation>第一条消息不是请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="342"/>
        <source>an offer without a valid id</source>
        <translation>没有有效 ID 的请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="347"/>
        <source>an offer with a malformed tag</source>
        <translation>标签格式错误的请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="351"/>
        <source>an offer of %1 files (1 to %2)</source>
        <translation>包含 %1 个文件的请求（应为 1 到 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="366"/>
        <source>a malformed file entry in the offer</source>
        <translation>请求中的文件条目格式错误</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="377"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message>
        <location filename="../qml/components/TransferList.qml" line="20"/>
        <source>Waiting for your answer</source>
        <translation>等待您的回复</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="20"/>
        <source>Waiting for the other device to accept</source>
        <translation>等待对方设备接受</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="21"/>
        <source>Transferring</source>
        <translation>正在传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="22"/>
        <source>Paused: the other device is away</source>
        <translation>已暂停：对方设备不在线</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="23"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="24"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="24"/>
        <source>Declined by the other device</source>
        <translation>对方设备已拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="25"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="26"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="34"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="36"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="37"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="45"/>
        <source>File transfers</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="54"/>
        <source>No transfers yet. Drop files onto a paired device, or use its Send files button.</source>
        <translation>还没有传输。将文件拖放到已配对的设备上，或使用其“发送文件”按钮。</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="80"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="80"/>
        <source>To %1</source>
        <translation>发往 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="81"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="86"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="88"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="119"/>
        <source>Cancel the transfer with %1</source>
        <translation>取消与 %1 的传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="126"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="127"/>
        <source>Show the folder the files from %1 landed in</source>
        <translation>显示存放来自 %1 的文件的文件夹</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="137"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="181"/>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="184"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="185"/>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="193"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="194"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="261"/>
        <source>Files cannot be sent yet.</source>
        <translation>暂时无法发送文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="269"/>
        <source>Only local files can be sent: %1</source>
        <translation>只能发送本地文件：%1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="275"/>
        <source>Choose at least one file to send.</source>
        <translation>请至少选择一个要发送的文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="281"/>
        <source>Cannot send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="312"/>
        <location filename="../qml/models/transfermodel.cpp" line="330"/>
        <source>That offer is no longer waiting.</source>
        <translation>该请求已不再等待。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="320"/>
        <source>Cannot accept the files from %1: %2</source>
        <translation>无法接收来自 %1 的文件：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="327"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>原因太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="339"/>
        <source>That transfer has already ended.</source>
        <translation>该传输已经结束。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="340"/>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="363"/>
        <source>Files cannot be received yet.</source>
        <translation>暂时无法接收文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="377"/>
        <source>The file &quot;%1&quot; is not there any more.</source>
        <translation>文件“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="379"/>
        <location filename="../qml/models/transfermodel.cpp" line="390"/>
        <source>No application opens &quot;%1&quot;.</source>
        <translation>没有可以打开“%1”的应用程序。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="388"/>
        <source>The folder &quot;%1&quot; is not there any more.</source>
        <translation>文件夹“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="44"/>
        <source>Work together with nearby devices.</source>
        <translation>与附近的设备协同工作。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="49"/>
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation>使用 &lt;dir&gt; 中的配置文件（身份、信任列表、设置）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Set this device&apos;s name.</source>
        <translation>设置本设备的名称。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="56"/>
        <source>TCP port for links (0: any free port).</source>
        <translation>连接使用的 TCP 端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="59"/>
        <source>UDP port for announcements.</source>
        <translation>广播通告使用的 UDP 端口。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="63"/>
        <source>Announce and listen only on this network interface (repeatable); with only &quot;lo&quot;, links listen on loopback too.</source>
        <translation>仅在此网络接口上通告和监听（可重复）；若只有“lo”，连接也只监听回环地址。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="69"/>
        <source>Also connect to host:port (repeatable), for networks that drop discovery.</source>
        <translation>同时连接到 主机:端口（可重复），用于屏蔽设备发现的网络。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="74"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>窗口显示后将其保存为 PNG 到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="78"/>
        <source>Take test commands as JSON lines on standard input (see automation.h).</source>
        <translation>从标准输入读取 JSON 行格式的测试命令（见 automation.h）。</translation>
    </message>
</context>
</TS>
