<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="58"/>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="60"/>
        <source>&quot;%1&quot; is not a full path.</source>
        <translation>“%1”不是完整路径。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="64"/>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="66"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="68"/>
        <source>Tandem cannot write to &quot;%1&quot;.</source>
        <translation>Tandem 无法写入“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="74"/>
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <location filename="../app/desktop/appsettings.cpp" line="169"/>
        <source>Start Tandem in the tray when you log in</source>
        <translation>登录时在系统托盘中启动 Tandem</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/desktop/Banner.qml" line="45"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="50"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/Banner.qml" line="51"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="670"/>
        <source>This device is not accepting pairing requests.</source>
        <translation>此设备不接受配对请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="712"/>
        <source>This device is not accepting sessions.</source>
        <translation>此设备不接受会话。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="977"/>
        <source>This device is not accepting files.</source>
        <translation>此设备不接收文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="997"/>
        <source>%1 offers %n file(s), %2.</source>
        <translation>
            <numerusform>%1 提供 %n 个文件，%2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1124"/>
        <source>The sender stopped waiting for an answer.</source>
        <translation>发送方已不再等待回复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1170"/>
        <source>%1 verified %n file(s).</source>
        <translation>
            <numerusform>%1 已校验 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="1185"/>
        <source>Offering %n file(s) to %1...</source>
        <translation>
            <numerusform>正在向 %1 提供 %n 个文件...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="1191"/>
        <source>The sender was interrupted.</source>
        <translation>发送方被中断。</translation>
    </message>
</context>
<context>
    <name>ClipboardSync</name>
    <message>
        <location filename="../qml/models/clipboardsync.cpp" line="88"/>
        <source>Only a paired device&apos;s clipboard can be synced.</source>
        <translation>只能与已配对的设备同步剪贴板。</translation>
    </message>
    <message>
        <location filename="../qml/models/clipboardsync.cpp" line="144"/>
        <source>Copied text larger than %1 KiB is not synced to other devices; send it as a file.</source>
        <translation>大于 %1 KiB 的复制文本不会同步到其他设备；请以文件形式发送。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../qml/components/Conversation.qml" line="35"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="36"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="37"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="38"/>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="44"/>
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="66"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="73"/>
        <source>No messages with %1 yet.</source>
        <translation>还没有与 %1 的消息。</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="91"/>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="91"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="140"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="142"/>
        <source>Copy the message from %1</source>
        <translation>复制来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="149"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="175"/>
        <source>%1 is not paired with this device: pair again on the Devices page to write to it.</source>
        <translation>%1 未与本设备配对：请在“设备”页面重新配对后再发消息。</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="185"/>
        <source>Write to %1…</source>
        <translation>给 %1 写消息…</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="186"/>
        <source>Message to %1</source>
        <translation>发给 %1 的消息</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="191"/>
        <source>Send clipboard</source>
        <translation>发送剪贴板</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="192"/>
        <source>Send the text or image on the clipboard to %1</source>
        <translation>将剪贴板中的文本或图片发送给 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="201"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../qml/components/Conversation.qml" line="203"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="141"/>
        <source>Choose a device to write to first.</source>
        <translation>请先选择要发消息的设备。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="151"/>
        <source>The message was kept but could not be sent: %1</source>
        <translation>消息已保存，但无法发送：%1</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="198"/>
        <source>The clipboard holds no text or image to send.</source>
        <translation>剪贴板中没有可发送的文本或图片。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="203"/>
        <source>The image on the clipboard is larger than %1 × %1 pixels: save it and send it as a file.</source>
        <translation>剪贴板中的图片大于 %1 × %1 像素：请先保存，再以文件形式发送。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="215"/>
        <source>Could not save the clipboard&apos;s image in %1.</source>
        <translation>无法将剪贴板中的图片保存到 %1。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversationmodel.cpp" line="225"/>
        <source>That message is no longer listed.</source>
        <translation>该消息已不在列表中。</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="72"/>
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="80"/>
        <source>Pair with a device on the Devices page to write to it.</source>
        <translation>请先在“设备”页面与设备配对，然后即可发消息。</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="93"/>
        <source>(offline)</source>
        <translation>（离线）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/ConversationPage.qml" line="111"/>
        <source>Conversation with %1, %n unread message(s)</source>
        <translation>
            <numerusform>与 %1 的对话，%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="112"/>
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/ConversationPage.qml" line="130"/>
        <source>Choose a device to write to.</source>
        <translation>选择要发消息的设备。</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../qml/models/conversations.cpp" line="185"/>
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="189"/>
        <source>The message is too long: at most %1 bytes, this one has %2.</source>
        <translation>消息过长：最多 %1 字节，这条有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../qml/models/conversations.cpp" line="274"/>
        <source>Only a message that was not delivered can be sent again.</source>
        <translation>只有未送达的消息才能重新发送。</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="172"/>
        <location filename="../app/desktop/desktopapp.cpp" line="310"/>
        <source>Show Tandem</source>
        <translation>显示 Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="174"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/desktopapp.cpp" line="192"/>
        <source>Tandem: %n request(s) waiting</source>
        <translation>
            <numerusform>Tandem：%n 个请求等待处理</numerusform>
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
        <translation>蓝牙：关闭（命令行指定了 --no-bluetooth）</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="267"/>
        <source>Bluetooth: off (loopback only, from the command line)</source>
        <translation>蓝牙：关闭（仅环回，由命令行指定）</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="271"/>
        <source>Bluetooth: turns on when Tandem starts again</source>
        <translation>蓝牙：将在 Tandem 下次启动时开启</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="272"/>
        <source>Bluetooth: turns off when Tandem starts again</source>
        <translation>蓝牙：将在 Tandem 下次启动时关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="275"/>
        <source>Bluetooth: on</source>
        <translation>蓝牙：开启</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="277"/>
        <source>Bluetooth: starting…</source>
        <translation>蓝牙：正在启动…</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="279"/>
        <source>Bluetooth: turned off in Settings</source>
        <translation>蓝牙：已在设置中关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="313"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="315"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="317"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/desktop/desktopapp.cpp" line="319"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
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
        <location filename="../qml/components/DeviceIdentityCard.qml" line="59"/>
        <source>Full device ID</source>
        <translation>完整设备 ID</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="28"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="38"/>
        <source>Paired devices</source>
        <translation>已配对的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="38"/>
        <source>Nearby devices</source>
        <translation>附近的设备</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="51"/>
        <source>No devices yet. Devices running Tandem on the same network appear here.</source>
        <translation>还没有设备。同一网络中运行 Tandem 的设备会显示在这里。</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="72"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="74"/>
        <source>nearby</source>
        <translation>在附近</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="76"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="78"/>
        <source>LAN</source>
        <translation>局域网</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="80"/>
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="82"/>
        <source>pairing…</source>
        <translation>正在配对…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>paired</source>
        <translation>已配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="89"/>
        <source>not paired</source>
        <translation>未配对</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DeviceList.qml" line="90"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读消息</numerusform>
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
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="164"/>
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="170"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/DeviceList.qml" line="171"/>
        <source>Chat with %1, %n unread message(s)</source>
        <translation>
            <numerusform>与 %1 聊天，%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="172"/>
        <source>Chat with %1</source>
        <translation>与 %1 聊天</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="185"/>
        <source>Send files…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="186"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="193"/>
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../qml/components/DeviceList.qml" line="194"/>
        <source>Unpair %1</source>
        <translation>取消与 %1 的配对</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="78"/>
        <source>Paired with %1.</source>
        <translation>已与 %1 配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="84"/>
        <source>%1 declined pairing.</source>
        <translation>%1 拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="87"/>
        <source>Pairing with %1 was cancelled.</source>
        <translation>与 %1 的配对已取消。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="90"/>
        <source>Pairing with %1 timed out.</source>
        <translation>与 %1 的配对超时。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="94"/>
        <source>Pairing with %1 failed.</source>
        <translation>与 %1 的配对失败。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="134"/>
        <source>A connection from %1 was refused: %2</source>
        <translation>来自 %1 的连接被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="144"/>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="266"/>
        <source>Cannot pair with %1: a pairing with %2 is in progress.</source>
        <translation>无法与 %1 配对：与 %2 的配对正在进行中。</translation>
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
        <translation>Tandem 未在运行。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="282"/>
        <location filename="../qml/models/devicemodel.cpp" line="290"/>
        <source>Cannot pair with %1: %2</source>
        <translation>无法与 %1 配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="297"/>
        <source>No pairing with %1 is waiting for an answer.</source>
        <translation>没有与 %1 的配对在等待答复。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="315"/>
        <source>Cannot confirm pairing with %1: %2</source>
        <translation>无法确认与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="324"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="329"/>
        <source>Cannot reject pairing with %1: %2</source>
        <translation>无法拒绝与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="342"/>
        <source>Cannot cancel pairing with %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="352"/>
        <location filename="../qml/models/devicemodel.cpp" line="360"/>
        <source>Cannot unpair %1: %2</source>
        <translation>无法取消与 %1 的配对：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="368"/>
        <source>Adding a device by address is done in the Tandem app itself.</source>
        <translation>按地址添加设备需在 Tandem 应用本身中进行。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="373"/>
        <source>&quot;%1&quot; is not an address: write host:port, e.g. 192.168.1.20:47317.</source>
        <translation>“%1”不是地址：请写成 主机:端口，例如 192.168.1.20:47317。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="382"/>
        <source>Auto-accept for %1 is set in the Tandem app itself.</source>
        <translation>%1 的自动接受需在 Tandem 应用本身中设置。</translation>
    </message>
    <message>
        <location filename="../qml/models/devicemodel.cpp" line="387"/>
        <source>Cannot change auto-accept for %1: %2</source>
        <translation>无法更改 %1 的自动接受设置：%2</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="28"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="54"/>
        <source>Unpair %1?</source>
        <translation>取消与 %1 的配对？</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="77"/>
        <source>You will no longer chat or exchange files with %1, and it is told. To use it again, both of you pair again.</source>
        <translation>之后将无法再与 %1 聊天或互传文件，对方也会收到通知。如需再次使用，双方须重新配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="83"/>
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="85"/>
        <source>Unpair %1</source>
        <translation>取消与 %1 的配对</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="89"/>
        <source>Keep paired</source>
        <translation>保持配对</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="91"/>
        <source>Keep %1 paired</source>
        <translation>保持与 %1 的配对</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="117"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="128"/>
        <source>LAN: on, port %1, discovery on %2</source>
        <translation>局域网：已开启，端口 %1，在 %2 上发现设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="129"/>
        <source>LAN: on, port %1</source>
        <translation>局域网：已开启，端口 %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="130"/>
        <source>LAN: off</source>
        <translation>局域网：已关闭</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="146"/>
        <source>Add a device by its address (host:port):</source>
        <translation>按地址添加设备（主机:端口）：</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="156"/>
        <source>Address of a device to add</source>
        <translation>要添加的设备地址</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="162"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/desktop/DevicesPage.qml" line="164"/>
        <source>Connect to the address</source>
        <translation>连接到该地址</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="44"/>
        <source>Send files to %1</source>
        <translation>向 %1 发送文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="56"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="66"/>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="77"/>
        <source>No paired devices yet</source>
        <translation>还没有已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="78"/>
        <source>Device to send files to</source>
        <translation>接收文件的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="82"/>
        <source>Send files…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="84"/>
        <source>Choose files to send to %1</source>
        <translation>选择要发送到 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="93"/>
        <source>Clear finished</source>
        <translation>清除已结束的</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="96"/>
        <source>Remove finished transfers from the list</source>
        <translation>从列表中移除已结束的传输</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="104"/>
        <source>Received files land in %1 (change it in Settings).</source>
        <translation>收到的文件保存在 %1（可在设置中更改）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="123"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../app/desktop/FilesPage.qml" line="135"/>
        <source>Earlier transfers</source>
        <translation>之前的传输</translation>
    </message>
</context>
<context>
    <name>IncomingRequestDialog</name>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="60"/>
        <source>a conversation</source>
        <translation>一段对话</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="61"/>
        <source>a file transfer</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="68"/>
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="91"/>
        <source>%1 wants to start %2 with this device.</source>
        <translation>%1 想与本设备开始%2。</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="113"/>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="132"/>
        <source>Sent with the request: %1</source>
        <translation>随请求发送：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="141"/>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="151"/>
        <source>Reason if you reject (optional)</source>
        <translation>拒绝原因（可选）</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="152"/>
        <source>Reason for rejecting</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="161"/>
        <source>Accept selected</source>
        <translation>接受所选</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/IncomingRequestDialog.qml" line="163"/>
        <source>Accept the %n chosen file(s) from %1</source>
        <translation>
            <numerusform>接受来自 %1 的 %n 个所选文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="172"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="172"/>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="174"/>
        <source>Accept the request from %1</source>
        <translation>接受来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="182"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/IncomingRequestDialog.qml" line="184"/>
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
        <location filename="../app/desktop/Main.qml" line="51"/>
        <source>Pairing request</source>
        <translation>配对请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="52"/>
        <source>%1 wants to pair. Compare the code: %2</source>
        <translation>%1 想要配对。请核对配对码：%2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="65"/>
        <source>%1 unpaired this device.</source>
        <translation>%1 已取消与本设备的配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="65"/>
        <source>%1 is no longer paired.</source>
        <translation>%1 已不再配对。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="79"/>
        <source>Request from %1</source>
        <translation>来自 %1 的请求</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="80"/>
        <source>%1 wants to start a conversation: %2</source>
        <translation>%1 想要开始对话：%2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="81"/>
        <source>%1 wants to start a conversation.</source>
        <translation>%1 想开始一段对话。</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="97"/>
        <location filename="../app/desktop/Main.qml" line="105"/>
        <source>Files from %1</source>
        <translation>来自 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="106"/>
        <source>The files have arrived.</source>
        <translation>文件已送达。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="184"/>
        <source>%1 wants to send you %n file(s), %2 in all.</source>
        <translation>
            <numerusform>%1 想向您发送 %n 个文件，共 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="212"/>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="265"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="268"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="269"/>
        <source>Devices page</source>
        <translation>“设备”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="275"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="275"/>
        <source>Conversations (%1)</source>
        <translation>对话（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="277"/>
        <source>Conversations page, %n unread message(s)</source>
        <translation>
            <numerusform>对话页面，%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="278"/>
        <source>Conversations page</source>
        <translation>“对话”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="282"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="283"/>
        <source>Files page</source>
        <translation>“文件”页面</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="287"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="288"/>
        <source>Settings page</source>
        <translation>“设置”页面</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="297"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n 个请求等待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/Main.qml" line="366"/>
        <source>Send %n file(s) with Tandem</source>
        <translation>
            <numerusform>用 Tandem 发送 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="398"/>
        <source>No paired devices yet</source>
        <translation>还没有已配对的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="399"/>
        <source>Device to send the files to</source>
        <translation>接收文件的设备</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="406"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="409"/>
        <source>Send the files to %1</source>
        <translation>将文件发送给 %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Main.qml" line="413"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="35"/>
        <source>%1 wants to pair</source>
        <translation>%1 想要配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="35"/>
        <source>Pair with %1</source>
        <translation>与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="57"/>
        <source>Check that %1 shows the same code. Pair only if they match.</source>
        <translation>请确认 %1 显示相同的配对码。只有一致时才配对。</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="69"/>
        <source>Pairing code %1</source>
        <translation>配对码 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="77"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>正在等待 %1 确认…</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="85"/>
        <source>Codes match</source>
        <translation>配对码一致</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="88"/>
        <source>The codes match: pair with %1</source>
        <translation>配对码一致：与 %1 配对</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="98"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/PairingDialog.qml" line="100"/>
        <source>Do not pair with %1</source>
        <translation>不与 %1 配对</translation>
    </message>
</context>
<context>
    <name>SendHandover</name>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="34"/>
        <source>Between 1 and %1 files can be handed to Tandem at once.</source>
        <translation>一次可以交给 Tandem 1 到 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="39"/>
        <source>The file names are too long together to hand to Tandem.</source>
        <translation>这些文件名合起来太长，无法交给 Tandem。</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="51"/>
        <source>The running Tandem did not answer: %1</source>
        <translation>正在运行的 Tandem 没有响应：%1</translation>
    </message>
    <message>
        <location filename="../app/desktop/sendhandover.cpp" line="55"/>
        <source>The running Tandem refused the files.</source>
        <translation>正在运行的 Tandem 拒绝了这些文件。</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="136"/>
        <source>Too many requests are waiting for an answer.</source>
        <translation>等待答复的请求过多。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="266"/>
        <location filename="../qml/models/sessionmodel.cpp" line="283"/>
        <source>That request is no longer waiting for an answer.</source>
        <translation>该请求已不再等待答复。</translation>
    </message>
    <message>
        <location filename="../qml/models/sessionmodel.cpp" line="279"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="33"/>
        <location filename="../app/desktop/SettingsPage.qml" line="72"/>
        <location filename="../app/desktop/SettingsPage.qml" line="81"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="49"/>
        <location filename="../app/desktop/SettingsPage.qml" line="58"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="64"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="66"/>
        <source>Save the device name</source>
        <translation>保存设备名称</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="86"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="87"/>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="93"/>
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="100"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="100"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="101"/>
        <source>Use Bluetooth</source>
        <translation>使用蓝牙</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="118"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="125"/>
        <source>Start Tandem in the tray when you log in</source>
        <translation>登录时在系统托盘中启动 Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="126"/>
        <source>Start Tandem when you log in</source>
        <translation>登录时启动 Tandem</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="129"/>
        <source>Could not change the autostart entry %1.</source>
        <translation>无法更改自动启动项 %1。</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="136"/>
        <location filename="../app/desktop/SettingsPage.qml" line="149"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="143"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="144"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="145"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="154"/>
        <source>Accept without asking</source>
        <translation>无需询问即接受</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="162"/>
        <location filename="../app/desktop/SettingsPage.qml" line="224"/>
        <source>No paired devices yet.</source>
        <translation>还没有已配对的设备。</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="174"/>
        <source>Conversations from %1</source>
        <translation>来自 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="182"/>
        <source>Accept conversations from %1 without asking</source>
        <translation>无需询问即接受来自 %1 的对话</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="194"/>
        <source>Files from %1</source>
        <translation>来自 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="205"/>
        <source>Accept files from %1 without asking</source>
        <translation>无需询问即接收来自 %1 的文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="216"/>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="237"/>
        <source>Sync clipboard automatically with %1</source>
        <translation>自动与 %1 同步剪贴板</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsPage.qml" line="246"/>
        <source>Sync the clipboard automatically with %1</source>
        <translation>自动与 %1 同步剪贴板</translation>
    </message>
</context>
<context>
    <name>TransferHistoryModel</name>
    <message>
        <location filename="../qml/models/transferhistorymodel.cpp" line="177"/>
        <source>There is no transfer history.</source>
        <translation>没有传输历史记录。</translation>
    </message>
    <message>
        <location filename="../qml/models/transferhistorymodel.cpp" line="182"/>
        <source>Cannot remove the transfer from the history: %1</source>
        <translation>无法从历史记录中删除该传输：%1</translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message>
        <location filename="../qml/components/TransferList.qml" line="28"/>
        <source>Waiting for your answer</source>
        <translation>等待您的回复</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="28"/>
        <source>Waiting for the other device to accept</source>
        <translation>等待对方设备接受</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="29"/>
        <source>Transferring</source>
        <translation>正在传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="30"/>
        <source>Paused: the other device is away</source>
        <translation>已暂停：对方设备不在线</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="31"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="32"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="32"/>
        <source>Declined by the other device</source>
        <translation>对方设备已拒绝</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="33"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="34"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="42"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="44"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="45"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="53"/>
        <source>File transfers</source>
        <translation>文件传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="18"/>
        <source>No transfers yet. Drop files onto a paired device, or use its Send files button.</source>
        <translation>还没有传输。将文件拖放到已配对的设备上，或使用其“发送文件”按钮。</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="91"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="91"/>
        <source>To %1</source>
        <translation>发往 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/TransferList.qml" line="92"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="103"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="105"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="136"/>
        <source>Cancel the transfer with %1</source>
        <translation>取消与 %1 的传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="143"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="144"/>
        <source>Show the folder the files from %1 landed in</source>
        <translation>显示存放来自 %1 的文件的文件夹</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="151"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="152"/>
        <source>Remove the transfer with %1 from the history</source>
        <translation>从历史记录中删除与 %1 的传输</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="162"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="207"/>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="210"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="211"/>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="212"/>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="220"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../qml/components/TransferList.qml" line="221"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="375"/>
        <source>Files cannot be sent yet.</source>
        <translation>暂时无法发送文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="402"/>
        <source>Only local files can be sent: %1</source>
        <translation>只能发送本地文件：%1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="408"/>
        <source>Choose at least one file to send.</source>
        <translation>请至少选择一个要发送的文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="415"/>
        <location filename="../qml/models/transfermodel.cpp" line="422"/>
        <location filename="../qml/models/transfermodel.cpp" line="429"/>
        <source>Cannot send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="462"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/models/transfermodel.cpp" line="464"/>
        <source>…and %n more file(s)</source>
        <translation>
            <numerusform>……以及另外 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="479"/>
        <location filename="../qml/models/transfermodel.cpp" line="532"/>
        <source>That offer is no longer waiting.</source>
        <translation>该请求已不再等待。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="175"/>
        <location filename="../qml/models/transfermodel.cpp" line="491"/>
        <location filename="../qml/models/transfermodel.cpp" line="501"/>
        <source>Cannot accept the files from %1: %2</source>
        <translation>无法接收来自 %1 的文件：%2</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="390"/>
        <source>Files from other apps cannot be sent through the host: %1</source>
        <translation>无法通过主机发送其他应用的文件：%1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="400"/>
        <source>Documents from Android&apos;s content: URLs can be sent only on Android: %1</source>
        <translation>来自 Android content: URL 的文档只能在 Android 上发送：%1</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="481"/>
        <source>Choose at least one file, or decline the offer.</source>
        <translation>请至少选择一个文件，或拒绝此次发送。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="529"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>原因太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="541"/>
        <source>That transfer has already ended.</source>
        <translation>该传输已经结束。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="544"/>
        <source>stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="568"/>
        <source>Accepting files without asking is set in the Tandem app itself.</source>
        <translation>是否无需询问即接受文件，需在 Tandem 应用中设置。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="570"/>
        <source>Files cannot be received yet.</source>
        <translation>暂时无法接收文件。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="584"/>
        <source>The file &quot;%1&quot; is not there any more.</source>
        <translation>文件“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="586"/>
        <location filename="../qml/models/transfermodel.cpp" line="597"/>
        <source>No application opens &quot;%1&quot;.</source>
        <translation>没有可以打开“%1”的应用程序。</translation>
    </message>
    <message>
        <location filename="../qml/models/transfermodel.cpp" line="595"/>
        <source>The folder &quot;%1&quot; is not there any more.</source>
        <translation>文件夹“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="40"/>
        <source>Tandem cannot start</source>
        <translation>Tandem 无法启动</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="101"/>
        <source>Work together with nearby devices.</source>
        <translation>与附近的设备协同工作。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Use the profile (identity, trust store, settings) in &lt;dir&gt;.</source>
        <translation>使用 &lt;dir&gt; 中的配置文件（身份、信任列表、设置）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="57"/>
        <source>Set this device&apos;s name.</source>
        <translation>设置本设备的名称。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="60"/>
        <source>TCP port for links (0: any free port).</source>
        <translation>连接使用的 TCP 端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="63"/>
        <source>UDP port for announcements.</source>
        <translation>广播通告使用的 UDP 端口。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="67"/>
        <source>Announce and listen only on this network interface (repeatable); with loopback interfaces only (lo, lo0), links listen on loopback too.</source>
        <translation>仅在此网络接口上通告和监听（可重复）；若只有回环接口（lo、lo0），连接也只监听回环地址。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="73"/>
        <source>Also connect to host:port (repeatable), for networks that drop discovery.</source>
        <translation>同时连接到 主机:端口（可重复），用于屏蔽设备发现的网络。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="78"/>
        <source>Do not use Bluetooth (LAN only).</source>
        <translation>不使用蓝牙（仅局域网）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="81"/>
        <source>Save a PNG of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>窗口显示后将其保存为 PNG 到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="86"/>
        <source>Start in the tray without showing the window (where there is a tray).</source>
        <translation>在系统托盘中启动而不显示窗口（如果有系统托盘）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="91"/>
        <source>Send the files given to a paired device chosen in the window, through the Tandem already running if there is one.</source>
        <translation>将给定的文件发送到在窗口中选择的已配对设备；如果已有 Tandem 在运行，则通过它发送。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="96"/>
        <source>Take test commands as JSON lines on standard input (see automation.h).</source>
        <translation>从标准输入读取 JSON 行格式的测试命令（见 automation.h）。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="107"/>
        <source>Files and folders to send (with --send).</source>
        <translation>要发送的文件和文件夹（与 --send 一起使用）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/main.cpp" line="173"/>
        <source>%n file(s) handed to the running Tandem.</source>
        <translation>
            <numerusform>已将 %n 个文件交给正在运行的 Tandem。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="264"/>
        <source>Cannot open the profile: %1</source>
        <translation>无法打开配置文件：%1</translation>
    </message>
</context>
</TS>
