<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DeviceService</name>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="79"/>
        <source>The profile folder %1 does not exist.</source>
        <translation>配置文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="96"/>
        <source>Cannot make the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="103"/>
        <source>Cannot read the folder %1: %2</source>
        <translation>无法读取文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="107"/>
        <source>%1 is not a folder of this user; refusing to use it for the Tandem host&apos;s socket.</source>
        <translation>%1 不是此用户的文件夹；拒绝将其用于 Tandem 主机的套接字。</translation>
    </message>
    <message>
        <location filename="../lib/service/servicepaths.cpp" line="112"/>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>无法将文件夹 %1 设为私有：%2</translation>
    </message>
</context>
<context>
    <name>Tandem::AbilityConnectionManager</name>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="220"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="233"/>
        <source>The app closed.</source>
        <translation>应用已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="303"/>
        <source>The app no longer offers &quot;%1&quot;.</source>
        <translation>应用不再提供“%1”。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="306"/>
        <source>The service was unregistered.</source>
        <translation>该服务已注销。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="362"/>
        <source>The session was destroyed.</source>
        <translation>会话已销毁。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="395"/>
        <source>Invalid parameter (%1): there is no session %2.</source>
        <translation>参数无效（%1）：不存在会话 %2。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="399"/>
        <source>The session is already connected.</source>
        <translation>会话已连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="400"/>
        <source>The session is already connecting.</source>
        <translation>会话正在连接中。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="403"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="587"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="629"/>
        <source>The session layer is gone.</source>
        <translation>会话层已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="409"/>
        <source>Not permitted (%1): this device is not paired with %2.</source>
        <translation>不允许（%1）：本设备未与 %2 配对。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="449"/>
        <source>Not permitted (%1): %2</source>
        <translation>不允许（%1）：%2</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="504"/>
        <source>The connect was cancelled by disconnect().</source>
        <translation>连接已被 disconnect() 取消。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="553"/>
        <source>Too many collaboration requests are waiting for an answer.</source>
        <translation>等待答复的协作请求过多。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="564"/>
        <source>Malformed collaboration request.</source>
        <translation>协作请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="574"/>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="577"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="582"/>
        <source>The other device withdrew the request.</source>
        <translation>对方设备撤回了请求。</translation>
    </message>
    <message>
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="662"/>
        <source>The session ended before the peer answered.</source>
        <translation>会话在对方应答前已结束。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="695"/>
        <source>%n message(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 条消息无法送达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/api/abilityconnectionmanager.cpp" line="696"/>
        <source>%n data block(s) could not be delivered.</source>
        <translation>
            <numerusform>%n 个数据块无法送达。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::BluetoothLinkProvider</name>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="122"/>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="131"/>
        <source>no permission to use Bluetooth</source>
        <translation>没有使用蓝牙的权限</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="160"/>
        <source>no adapter</source>
        <translation>没有适配器</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="179"/>
        <source>the adapter went away</source>
        <translation>适配器已移除</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="185"/>
        <source>the adapter is off</source>
        <translation>适配器已关闭</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="211"/>
        <source>cannot listen for RFCOMM connections (%1)</source>
        <translation>无法监听 RFCOMM 连接（%1）</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="217"/>
        <source>cannot register the SDP record</source>
        <translation>无法注册 SDP 记录</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="319"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider.cpp" line="439"/>
        <source>not a Bluetooth address</source>
        <translation>不是蓝牙地址</translation>
    </message>
    <message>
        <location filename="../lib/link/bluetoothlinkprovider_bluez.cpp" line="259"/>
        <source>BlueZ did not answer (%1)</source>
        <translation>BlueZ 没有响应（%1）</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSession</name>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="42"/>
        <source>The other device closed the session.</source>
        <translation>对方设备关闭了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="44"/>
        <source>The app on the other device went away.</source>
        <translation>对方设备上的应用已退出。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="46"/>
        <source>The other device did not come back in time.</source>
        <translation>对方设备未能及时恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="48"/>
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="52"/>
        <source>The session was closed on this device.</source>
        <translation>会话已在本设备上关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="86"/>
        <source>The session ended with its session manager.</source>
        <translation>会话随其会话管理器一同结束。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="118"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsession.cpp" line="121"/>
        <source>A channel name can be at most %1 bytes of UTF-8.</source>
        <translation>通道名称最多 %1 字节（UTF-8）。</translation>
    </message>
</context>
<context>
    <name>Tandem::ChannelSessions</name>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="70"/>
        <source>The session manager is gone.</source>
        <translation>会话管理器已不存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="67"/>
        <source>A service name must be 1 to %1 bytes of UTF-8.</source>
        <translation>服务名称必须为 1 到 %1 字节（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="69"/>
        <source>The connection to the Tandem host is gone.</source>
        <translation>与 Tandem 主机的连接已断开。</translation>
    </message>
    <message>
        <location filename="../lib/api/channelsessions.cpp" line="74"/>
        <source>Something else on this device serves &quot;%1&quot; already.</source>
        <translation>本设备上已有其他程序提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceServiceClient</name>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="180"/>
        <source>The connection to the Tandem host ended: %1</source>
        <translation>与 Tandem 主机的连接已结束：%1</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="202"/>
        <source>The Tandem host did not answer within %1 s.</source>
        <translation>Tandem 主机在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="208"/>
        <source>The Tandem host did not answer a request within %1 s.</source>
        <translation>Tandem 主机未在 %1 秒内答复请求。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="247"/>
        <source>Already connected to a Tandem host.</source>
        <translation>已连接到一个 Tandem 主机。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="250"/>
        <source>No Tandem host is running for this profile</source>
        <translation>此配置没有正在运行的 Tandem 主机</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="273"/>
        <source>Cannot reach the Tandem host at %1: %2</source>
        <translation>无法连接 %1 处的 Tandem 主机：%2</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="280"/>
        <source>The Tandem host at %1 runs as another user (%2); not using it.</source>
        <translation>%1 处的 Tandem 主机以另一个用户（%2）运行；不使用它。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="290"/>
        <source>The Tandem host sent %1 bytes with a &quot;%2&quot;</source>
        <translation>Tandem 主机随“%2”发送了 %1 字节</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="297"/>
        <source>The Tandem host closed the connection.</source>
        <translation>Tandem 主机关闭了连接。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="464"/>
        <location filename="../lib/service/deviceserviceclient.cpp" line="508"/>
        <source>Not connected to a Tandem host.</source>
        <translation>未连接到 Tandem 主机。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="468"/>
        <source>%1 paths are more than one send through the Tandem host takes (%2); send their folder instead.</source>
        <translation>%1 个路径超过了通过 Tandem 主机一次发送所能接受的数量（%2）；请改为发送它们所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="479"/>
        <source>The path %1 is longer than the %2 bytes a send through the Tandem host takes.</source>
        <translation>路径 %1 超过了通过 Tandem 主机发送所能接受的 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceserviceclient.cpp" line="492"/>
        <source>These %1 paths are more than one send through the Tandem host takes; send their folder instead.</source>
        <translation>这 %1 个路径超过了通过 Tandem 主机一次发送所能接受的数量；请改为发送它们所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/service/servicesession.cpp" line="48"/>
        <source>The Tandem host numbered a message %1 where %2 was expected.</source>
        <translation>Tandem 主机将一条消息编号为 %1，预期为 %2。</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceServiceHost</name>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="996"/>
        <source>The Tandem host already serves %1 apps, the most it takes at once.</source>
        <translation>Tandem 主机已在服务 %1 个应用，已达同时服务的上限。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1062"/>
        <source>Another Tandem host already serves this profile (%1).</source>
        <translation>另一个 Tandem 主机已在服务此配置（%1）。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1072"/>
        <source>Cannot listen for local apps at %1: %2</source>
        <translation>无法在 %1 监听本地应用：%2</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="1091"/>
        <source>The Tandem host is stopping.</source>
        <translation>Tandem 主机正在停止。</translation>
    </message>
</context>
<context>
    <name>Tandem::EmbeddedSource</name>
    <message>
        <location filename="../lib/api/sessionsource.cpp" line="101"/>
        <source>The session manager is gone.</source>
        <translation>会话管理器已不存在。</translation>
    </message>
</context>
<context>
    <name>Tandem::HostClient</name>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="138"/>
        <source>The app disconnected.</source>
        <translation>应用已断开连接。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="143"/>
        <source>No hello within %1 ms.</source>
        <translation>%1 毫秒内未收到 hello。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="258"/>
        <source>The Tandem host stopped.</source>
        <translation>Tandem 主机已停止。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="308"/>
        <source>The app that sent the files went away.</source>
        <translation>发送这些文件的应用已退出。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="316"/>
        <source>protocol error: a &quot;%1&quot; does not carry bytes</source>
        <translation>协议错误：“%1”不携带字节</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="321"/>
        <source>This app has %1 bytes waiting for delivery through the Tandem host and sent a message of %2 more, over its budget of %3 bytes.</source>
        <translation>此应用有 %1 字节正等待通过 Tandem 主机送达，又发送了一条多 %2 字节的消息，超出其 %3 字节的预算。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="349"/>
        <source>The app did not read what the Tandem host sent it: %1 bytes waited, and %2 more would pass its budget of %3 bytes.</source>
        <translation>应用没有读取 Tandem 主机发给它的内容：已有 %1 字节在等待，再多 %2 字节将超出其 %3 字节的预算。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="384"/>
        <source>protocol error: the first message must be a hello, not &quot;%1&quot;</source>
        <translation>协议错误：第一条消息必须是 hello，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="422"/>
        <source>protocol error: unknown message &quot;%1&quot;</source>
        <translation>协议错误：未知消息“%1”</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="753"/>
        <source>protocol error: transfer %1 is already running</source>
        <translation>协议错误：传输 %1 已在进行</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="763"/>
        <source>This Tandem host does not send files.</source>
        <translation>此 Tandem 主机不发送文件。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="770"/>
        <source>This app already has %1 transfers running through the Tandem host, the most one app may run; wait for one to finish.</source>
        <translation>此应用已通过 Tandem 主机进行 %1 个传输，已达单个应用的上限；请等待其中一个完成。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="779"/>
        <source>The Tandem host takes only absolute paths, not &quot;%1&quot;.</source>
        <translation>Tandem 主机只接受绝对路径，不接受“%1”。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="871"/>
        <source>A service needs a name.</source>
        <translation>服务需要一个名称。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="875"/>
        <source>The service &quot;%1&quot; is served already, by the Tandem host or another app.</source>
        <translation>服务“%1”已由 Tandem 主机或其他应用提供。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="877"/>
        <source>This app already serves %1 services through the Tandem host, the most one app may serve.</source>
        <translation>此应用已通过 Tandem 主机提供 %1 个服务，已达单个应用的上限。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="922"/>
        <source>The app serving &quot;%1&quot; has as many sessions open as it may.</source>
        <translation>提供“%1”的应用打开的会话已达上限。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="111"/>
        <location filename="../lib/service/deviceservicehost.cpp" line="431"/>
        <source>protocol error: %1</source>
        <translation>协议错误：%1</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="71"/>
        <source>field &quot;%1&quot; must be a list of at most %2 texts</source>
        <translation>字段“%1”必须是最多 %2 个文本的列表</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="77"/>
        <source>field &quot;%1&quot; must hold texts of at most %2 bytes</source>
        <translation>字段“%1”中的文本最多 %2 字节</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="105"/>
        <source>field &quot;%1&quot; must be a map</source>
        <translation>字段“%1”必须是映射</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="435"/>
        <source>This Tandem host speaks version %1 of the device service, the app version %2; use a tandem-cli and apps of the same installation.</source>
        <translation>此 Tandem 主机使用设备服务第 %1 版，应用使用第 %2 版；请使用同一安装中的 tandem-cli 和应用。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="527"/>
        <source>protocol error: session %1 is already open</source>
        <translation>协议错误：会话 %1 已打开</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="534"/>
        <source>This app already has %1 sessions open through the Tandem host, the most one app may hold; close one first.</source>
        <translation>此应用已通过 Tandem 主机打开 %1 个会话，已达单个应用的上限；请先关闭一个。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="613"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="702"/>
        <source>This app already has a pairing in progress through the Tandem host, the most one app may run at once; finish that one first.</source>
        <translation>此应用已有一个通过 Tandem 主机进行的配对，已达单个应用同时进行的上限；请先完成该配对。</translation>
    </message>
    <message>
        <location filename="../lib/service/deviceservicehost.cpp" line="94"/>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>字段“%1”必须为真或假</translation>
    </message>
</context>
<context>
    <name>Tandem::HostSource</name>
    <message>
        <location filename="../lib/api/sessionsource.cpp" line="149"/>
        <source>The connection to the Tandem host is gone.</source>
        <translation>与 Tandem 主机的连接已断开。</translation>
    </message>
</context>
<context>
    <name>Tandem::LandingZone</name>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="163"/>
        <location filename="../lib/transfer/landingzone.cpp" line="174"/>
        <source>Removed characters that are not valid text.</source>
        <translation>已移除无效的文本字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="168"/>
        <source>Removed control characters.</source>
        <translation>已移除控制字符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="172"/>
        <source>Removed invisible formatting characters, such as text direction overrides.</source>
        <translation>已移除不可见的格式字符，例如文字方向覆盖符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="176"/>
        <source>Replaced characters Windows does not allow in names with &apos;_&apos;.</source>
        <translation>已将 Windows 不允许出现在名称中的字符替换为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="187"/>
        <source>Removed dots and spaces at the end of names.</source>
        <translation>已移除名称末尾的点和空格。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="191"/>
        <source>Named nameless parts &apos;_&apos;.</source>
        <translation>已将无名部分命名为“_”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="195"/>
        <source>Prefixed names Windows reserves for devices with &apos;_&apos;.</source>
        <translation>已在 Windows 保留给设备的名称前加上“_”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="199"/>
        <source>Shortened names longer than %n bytes.</source>
        <translation>
            <numerusform>已缩短超过 %n 字节的名称。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/landingzone.cpp" line="248"/>
        <source>The offered name is longer than %n characters.</source>
        <translation>
            <numerusform>提供的名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="258"/>
        <source>Treated &apos;\&apos; as a folder separator.</source>
        <translation>已将“\”视为文件夹分隔符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="262"/>
        <source>Removed a drive letter.</source>
        <translation>已移除盘符。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="266"/>
        <source>Made an absolute path relative.</source>
        <translation>已将绝对路径改为相对路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="272"/>
        <source>Removed &apos;.&apos; and &apos;..&apos; from the path.</source>
        <translation>已从路径中移除“.”和“..”。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="280"/>
        <source>The offered name is empty.</source>
        <translation>提供的名称为空。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="281"/>
        <source>Nothing is left of the offered name once made safe.</source>
        <translation>提供的名称经安全处理后已不剩任何内容。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="285"/>
        <source>The offered path has %1 folders and names; at most %2 are accepted.</source>
        <translation>提供的路径包含 %1 级文件夹和名称；最多接受 %2 级。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="292"/>
        <source>The offered path is %1 bytes long; at most %2 are accepted.</source>
        <translation>提供的路径长 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="303"/>
        <location filename="../lib/transfer/landingzone.cpp" line="335"/>
        <source>The download folder %1 does not exist.</source>
        <translation>下载文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="307"/>
        <source>The download folder %1 is not a folder.</source>
        <translation>下载文件夹 %1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="311"/>
        <source>The download folder %1 is not writable.</source>
        <translation>下载文件夹 %1 不可写。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="326"/>
        <source>&quot;%1&quot; is not a sanitised path.</source>
        <translation>“%1”不是经过安全处理的路径。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="363"/>
        <source>%1 in the download folder is a link; Tandem does not write through links.</source>
        <translation>下载文件夹中的 %1 是链接；Tandem 不会通过链接写入。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="370"/>
        <source>Could not create the folder %1 in the download folder.</source>
        <translation>无法在下载文件夹中创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="376"/>
        <source>%1 in the download folder is in the way: it is not a folder.</source>
        <translation>下载文件夹中的 %1 挡住了路径：它不是文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="414"/>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="423"/>
        <location filename="../lib/transfer/landingzone.cpp" line="460"/>
        <source>There are already too many files named %1 in the download folder.</source>
        <translation>下载文件夹中名为 %1 的文件已过多。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="433"/>
        <source>The partial file %1 is missing.</source>
        <translation>未完成的文件 %1 不见了。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="454"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="476"/>
        <source>Cannot check room for a negative size (%1 bytes).</source>
        <translation>无法为负数大小（%1 字节）检查空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="481"/>
        <source>Could not tell how much space is free in %1.</source>
        <translation>无法确定 %1 中的可用空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="488"/>
        <source>Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.</source>
        <translation>%1 中可用空间不足：需要 %2（另需保留 %3），可用 %4。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="501"/>
        <source>Cannot check room for a negative number of files (%1).</source>
        <translation>无法为负数个文件（%1）检查空间。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/landingzone.cpp" line="512"/>
        <source>Not enough free space in %1 for %2 more files and folders (%3 more fit).</source>
        <translation>%1 中没有足够的可用空间容纳另外 %2 个文件和文件夹（还能容纳 %3 个）。</translation>
    </message>
</context>
<context>
    <name>Tandem::LocalDevice</name>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="142"/>
        <source>The other device is shutting down.</source>
        <translation>对方设备正在关闭。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_dialling.cpp" line="24"/>
        <source>Could not reach the device: %1</source>
        <translation>无法连接到设备：%1</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="104"/>
        <source>Bluetooth unavailable: turned off in Tandem&apos;s settings</source>
        <translation>蓝牙不可用：已在 Tandem 设置中关闭</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="106"/>
        <source>Bluetooth unavailable: the device is not started</source>
        <translation>蓝牙不可用：设备尚未启动</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="252"/>
        <source>certificate changed: device %1 presented a certificate other than the one pinned when it was paired; unpair and pair again if it was reinstalled</source>
        <translation>证书已更改：设备 %1 出示的证书与配对时固定的证书不同；如果它被重新安装，请取消配对后重新配对</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice.cpp" line="292"/>
        <source>protocol downgrade refused: device %1 was paired at protocol version %2 and now offers only %3</source>
        <translation>拒绝协议降级：设备 %1 配对时使用协议版本 %2，现在只提供 %3</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="103"/>
        <source>The devices are already paired.</source>
        <translation>设备已经配对。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="112"/>
        <source>Too many pairing requests; try again in a minute.</source>
        <translation>配对请求过多，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="175"/>
        <source>Already paired with this device.</source>
        <translation>已与此设备配对。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="179"/>
        <source>Pairing with this device is already in progress.</source>
        <translation>与此设备的配对正在进行中。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="192"/>
        <source>The device is not reachable: it was not seen on the network or over Bluetooth.</source>
        <translation>设备无法访问：在网络上和通过蓝牙都未发现它。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="204"/>
        <source>No pairing code is waiting for a decision with this device.</source>
        <translation>此设备没有等待决定的配对码。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="214"/>
        <location filename="../lib/device/localdevice_pairing.cpp" line="229"/>
        <source>No pairing is in progress with this device.</source>
        <translation>与此设备没有正在进行的配对。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="224"/>
        <source>You cancelled the pairing.</source>
        <translation>你取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_pairing.cpp" line="232"/>
        <source>The other user cancelled the pairing.</source>
        <translation>对方用户取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="210"/>
        <source>&quot;%1&quot; matches more than one device; give more of its id.</source>
        <translation>“%1”匹配多个设备；请提供更多 ID 字符。</translation>
    </message>
    <message>
        <location filename="../lib/device/localdevice_devices.cpp" line="212"/>
        <source>No device matches &quot;%1&quot; (by id, id prefix of at least %2 digits, or name).</source>
        <translation>没有设备匹配“%1”（按 ID、至少 %2 位的 ID 前缀或名称）。</translation>
    </message>
</context>
<context>
    <name>Tandem::Pairing</name>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="41"/>
        <source>Pairing timed out: the other device did not answer in time.</source>
        <translation>配对超时：对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="66"/>
        <source>The pairing request was malformed.</source>
        <translation>配对请求格式错误。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="82"/>
        <source>The other device rejected the pairing.</source>
        <translation>对方设备拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="87"/>
        <source>The other device cancelled the pairing.</source>
        <translation>对方设备取消了配对。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="95"/>
        <source>The other device sent a malformed pairing message.</source>
        <translation>对方设备发送了格式错误的配对消息。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="109"/>
        <source>The other device&apos;s pairing commitment did not match; pairing was stopped.</source>
        <translation>对方设备的配对承诺不匹配，配对已停止。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="122"/>
        <source>The other device sent an unexpected pairing message (%1).</source>
        <translation>对方设备发送了意外的配对消息（%1）。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="149"/>
        <source>The other user rejected the pairing.</source>
        <translation>对方用户拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="151"/>
        <source>You rejected the pairing.</source>
        <translation>你拒绝了配对。</translation>
    </message>
    <message>
        <location filename="../lib/connection/pairing.cpp" line="164"/>
        <source>The connection was lost during pairing: %1</source>
        <translation>配对过程中连接中断：%1</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../lib/identity/profile.cpp" line="43"/>
        <source>Cannot lock the profile %1: %2 cannot be created.</source>
        <translation>无法锁定配置文件 %1：无法创建 %2。</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="55"/>
        <source>The profile %1 is in use by another program, or a program stopped while locking it. If no program uses this profile, delete %2.</source>
        <translation>配置文件 %1 正被其他程序使用，或有程序在锁定它时停止了。如果没有程序在使用此配置文件，请删除 %2。</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="61"/>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="65"/>
        <source>The profile %1 is in use by %2 (pid %3) on %4; quit it there first, or open another profile.</source>
        <translation>配置文件 %1 正被 %4 上的 %2（进程号 %3）使用；请先在那里退出它，或打开其他配置文件。</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="72"/>
        <source>The profile %1 is in use by %2 (pid %3); quit it first, or open another profile.</source>
        <translation>配置文件 %1 正被 %2（进程号 %3）使用；请先退出它，或打开其他配置文件。</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="216"/>
        <source>A device name cannot be empty.</source>
        <translation>设备名称不能为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/identity/profile.cpp" line="218"/>
        <source>A device name can be at most %n bytes long.</source>
        <translation>
            <numerusform>设备名称最长 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="221"/>
        <source>A device name cannot contain control or formatting characters.</source>
        <translation>设备名称不能包含控制字符或格式字符。</translation>
    </message>
    <message>
        <location filename="../lib/identity/profile.cpp" line="258"/>
        <location filename="../lib/identity/profile.cpp" line="273"/>
        <source>Could not save the settings in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceChannel</name>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="132"/>
        <location filename="../lib/service/servicechannel.cpp" line="176"/>
        <location filename="../lib/service/servicechannel.cpp" line="184"/>
        <source>protocol error: %1</source>
        <translation>协议错误：%1</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="149"/>
        <source>protocol error: the bytes of a &quot;%1&quot; were interrupted</source>
        <translation>协议错误：“%1”的字节被中断</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="154"/>
        <source>protocol error: more bytes than a &quot;%1&quot; announced</source>
        <translation>协议错误：字节多于“%1”所声明的</translation>
    </message>
    <message>
        <location filename="../lib/service/servicechannel.cpp" line="170"/>
        <source>protocol error: a frame that is neither a message nor its bytes</source>
        <translation>协议错误：既不是消息也不是其字节的帧</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceSession</name>
    <message>
        <location filename="../lib/service/servicesession.cpp" line="185"/>
        <source>This app has %1 bytes waiting for delivery through the Tandem host; %2 more would pass its budget of %3 bytes. Try again once they are delivered.</source>
        <translation>此应用有 %1 字节正等待通过 Tandem 主机送达；再多 %2 字节将超出其 %3 字节的预算。请在送达后重试。</translation>
    </message>
</context>
<context>
    <name>Tandem::ServiceTransfer</name>
    <message>
        <location filename="../lib/service/servicetransfer.cpp" line="105"/>
        <source>The app that sent the files stopped following them.</source>
        <translation>发送这些文件的应用已不再跟踪它们。</translation>
    </message>
</context>
<context>
    <name>Tandem::Session</name>
    <message>
        <location filename="../lib/session/session.cpp" line="74"/>
        <source>The other app did not answer in time.</source>
        <translation>对方应用未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="78"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>对方设备未在 %1 秒内恢复连接。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="107"/>
        <location filename="../lib/service/servicesession.cpp" line="162"/>
        <location filename="../lib/api/sessionsource.cpp" line="45"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="111"/>
        <location filename="../lib/service/servicesession.cpp" line="166"/>
        <source>A channel name can be at most %1 bytes.</source>
        <translation>通道名称最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="115"/>
        <location filename="../lib/service/servicesession.cpp" line="170"/>
        <source>A message can be at most %1 bytes.</source>
        <translation>一条消息最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="122"/>
        <location filename="../lib/service/servicesession.cpp" line="177"/>
        <source>The send queue is full (%1 messages, %2 bytes waiting for the other device); try again once it has caught up.</source>
        <translation>发送队列已满（%1 条消息、%2 字节正在等待对方设备）；请等对方跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="251"/>
        <source>The other device sent data before the session was accepted.</source>
        <translation>对方设备在会话被接受前发送了数据。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="283"/>
        <source>The other device announced a message of %1 bytes; this service takes at most %2.</source>
        <translation>对方设备声明了一条 %1 字节的消息；此服务最多接受 %2。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="291"/>
        <source>The other device announced one message with two different sizes.</source>
        <translation>对方设备为同一条消息声明了两个不同的大小。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="313"/>
        <source>The other device sent more of a message than it announced.</source>
        <translation>对方设备发送的消息内容多于其声明。</translation>
    </message>
    <message>
        <location filename="../lib/session/session.cpp" line="318"/>
        <source>The other device sent more than its flow-control window allows.</source>
        <translation>对方设备发送的数据超出其流量控制窗口。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionManager</name>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="60"/>
        <source>The devices are no longer paired.</source>
        <translation>设备已不再配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="190"/>
        <source>The device is not paired.</source>
        <translation>设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="195"/>
        <source>A service name must be 1 to %1 bytes.</source>
        <translation>服务名称必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/session/sessionmanager.cpp" line="400"/>
        <source>No app on this device offers &quot;%1&quot;.</source>
        <translation>此设备上没有应用提供“%1”。</translation>
    </message>
</context>
<context>
    <name>Tandem::SessionServer</name>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="168"/>
        <source>The session server &quot;%1&quot; refused the session (%2).</source>
        <translation>会话服务器“%1”拒绝了会话（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="480"/>
        <source>The app declined the files.</source>
        <translation>应用拒绝了这些文件。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="515"/>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="517"/>
        <source>Invalid parameter: a name, size or session id is out of range.</source>
        <translation>参数无效：名称、大小或会话 ID 超出范围。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="519"/>
        <source>Not permitted: the device is not paired, the session is not open yet, or the session server belongs to another module.</source>
        <translation>不允许：设备未配对、会话尚未打开，或会话服务器属于其他模块。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="522"/>
        <source>At most %1 session servers can exist at once.</source>
        <translation>最多只能同时存在 %1 个会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="524"/>
        <source>A session server of that name exists already.</source>
        <translation>同名的会话服务器已存在。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="526"/>
        <source>There is no session server of that name.</source>
        <translation>不存在该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="528"/>
        <source>There is no session with that id.</source>
        <translation>不存在该 ID 的会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="530"/>
        <source>The send queue is full; try again once the other device has caught up.</source>
        <translation>发送队列已满；请等对方设备跟上后再试。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="532"/>
        <source>The other device refused the session.</source>
        <translation>对方设备拒绝了会话。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="534"/>
        <source>The other device has no session server of that name.</source>
        <translation>对方设备没有该名称的会话服务器。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="536"/>
        <source>The other device did not answer in time.</source>
        <translation>对方设备未及时响应。</translation>
    </message>
    <message>
        <location filename="../lib/api/sessionserver.cpp" line="538"/>
        <source>Unknown error %1.</source>
        <translation>未知错误 %1。</translation>
    </message>
</context>
<context>
    <name>Tandem::Transfer</name>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="201"/>
        <source>Only an incoming offer that is still open can be accepted.</source>
        <translation>只能接受仍在等待的传入请求。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="211"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="60"/>
        <source>The other device declined the files.</source>
        <translation>对方设备拒绝了这些文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="224"/>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="230"/>
        <source>Cancelled here: %1</source>
        <translation>已在此处取消：%1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="308"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="383"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="428"/>
        <source>Waiting for the other device to come back.</source>
        <translation>正在等待对方设备重新上线。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="344"/>
        <source>The other device sent something invalid: %1</source>
        <translation>对方设备发送了无效内容：%1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="355"/>
        <source>a control message of %1 bytes (at most %2)</source>
        <translation>一条 %1 字节的控制消息（最多 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="360"/>
        <source>a control message that is not a CBOR map</source>
        <translation>一条不是 CBOR 映射的控制消息</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="375"/>
        <source>Cancelled by the other device: %1</source>
        <translation>已被对方设备取消：%1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="395"/>
        <source>The other device is gone.</source>
        <translation>对方设备已离开。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfer.cpp" line="399"/>
        <source>The other device closed the transfer.</source>
        <translation>对方设备关闭了传输。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="36"/>
        <source>The other device did not come back within %1 s.</source>
        <translation>对方设备未在 %1 秒内重新上线。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="66"/>
        <source>a verdict on file %1 of %2</source>
        <translation>关于第 %1 个文件（共 %2 个）的结论</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="71"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="27"/>
        <source>an unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="77"/>
        <source>file data sent to the sender</source>
        <translation>向发送方发送了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="111"/>
        <source>an answer for %1 files to an offer of %2</source>
        <translation>针对 %2 个文件的请求回复了 %1 个文件</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="118"/>
        <source>a start offset of %1 for a file of %2 bytes</source>
        <translation>对 %2 字节的文件给出起始偏移 %1</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="172"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="193"/>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="261"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="178"/>
        <source>%1 changed size since it was offered (%2 bytes, now %3).</source>
        <translation>%1 在提供后大小发生了变化（原为 %2 字节，现为 %3）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="263"/>
        <source>it became shorter</source>
        <translation>文件变短了</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="330"/>
        <source>a malformed rewind</source>
        <translation>格式错误的回退请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="353"/>
        <source>The other device could not save it.</source>
        <translation>对方设备无法保存它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/transfer/outgoingtransfer.cpp" line="365"/>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="374"/>
        <source>%n file(s) could not be saved.</source>
        <translation>
            <numerusform>%n 个文件无法保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="82"/>
        <source>The files offered are larger than any disk.</source>
        <translation>提供的文件比任何磁盘都大。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="145"/>
        <source>file data arrived before the offer was accepted</source>
        <translation>在接受请求之前收到了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="146"/>
        <source>file data arrived for a transfer that is not running</source>
        <translation>收到了未在进行的传输的文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="151"/>
        <source>a malformed chunk</source>
        <translation>格式错误的数据块</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="157"/>
        <source>data for file %1 while file %2 is due</source>
        <translation>应发送文件 %2 时收到了文件 %1 的数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="165"/>
        <source>the end of %1 after %2 of its %3 bytes</source>
        <translation>%1 在 %3 字节中的 %2 字节处结束</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="173"/>
        <source>bytes at %1 of %2 where %3 was due</source>
        <translation>在 %2 的 %1 处收到字节，而应为 %3</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="178"/>
        <source>%1 damaged chunks in a row in %2</source>
        <translation>%2 中连续 %1 个数据块损坏</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="247"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="266"/>
        <source>Could not read back %1: %2</source>
        <translation>无法回读 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="329"/>
        <source>%1 arrived damaged: its SHA-256 does not match the sender&apos;s (did the file change while it was sent?).</source>
        <translation>%1 到达时已损坏：其 SHA-256 与发送方的不一致（文件是否在发送时被修改？）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="407"/>
        <source>The disk holding %1 is full (%2 free). The partial file is kept; send the files again once there is room, and they continue from %3.</source>
        <translation>存放 %1 的磁盘已满（剩余 %2）。已保留部分文件；有空间后再次发送这些文件，将从 %3 处继续。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="411"/>
        <source>Could not write %1: %2. The partial file is kept.</source>
        <translation>无法写入 %1：%2。已保留部分文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/incomingtransfer.cpp" line="431"/>
        <source>The other device withdrew the offer.</source>
        <translation>对方设备撤回了请求。</translation>
    </message>
</context>
<context>
    <name>Tandem::TransferManager</name>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="197"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="278"/>
        <source>The device is not paired.</source>
        <translation>该设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="215"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="232"/>
        <source>At most %1 files can be sent at once.</source>
        <translation>一次最多可发送 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="254"/>
        <location filename="../lib/transfer/transfermanager.cpp" line="286"/>
        <source>At most %1 files and folders can be sent at once.</source>
        <translation>一次最多可发送 %1 个文件和文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="274"/>
        <source>A transfer&apos;s tag can be at most %1 bytes.</source>
        <translation>传输标签最多 %1 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="282"/>
        <source>There is nothing to send (no files, or only empty folders).</source>
        <translation>没有可发送的内容（没有文件，或只有空文件夹）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="299"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读的文件。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="304"/>
        <source>A file&apos;s name must be 1 to %1 bytes (%2).</source>
        <translation>文件名必须为 1 到 %1 字节（%2）。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="308"/>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 大于 %2 字节。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="320"/>
        <source>At most %1 can be sent at once.</source>
        <translation>一次最多可发送 %1。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="329"/>
        <source>At most %1 folders can be sent at once.</source>
        <translation>一次最多可发送 %1 个文件夹。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="335"/>
        <source>The list of files is too long to offer at once; send fewer files.</source>
        <translation>文件列表太长，无法一次提供；请减少文件数量。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="371"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="427"/>
        <source>The devices are not paired.</source>
        <translation>这些设备未配对。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="444"/>
        <source>file data arrived before any offer</source>
        <translation>在任何请求之前收到了文件数据</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="449"/>
        <source>an offer of %1 bytes (at most %2)</source>
        <translation>一个 %1 字节的请求（最多 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="454"/>
        <source>the first message was not an offer</source>
        <translation>第一条消息不是请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="472"/>
        <source>an offer without a valid id</source>
        <translation>没有有效 ID 的请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="477"/>
        <source>an offer with a malformed tag</source>
        <translation>标签格式错误的请求</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="481"/>
        <source>an offer of %1 files (1 to %2)</source>
        <translation>包含 %1 个文件的请求（应为 1 到 %2）</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="497"/>
        <source>This device already has %1 unfinished transfers from yours; send more once they finish, or cancel some.</source>
        <translation>此设备已有 %1 个来自您设备的未完成传输；请在它们完成后再发送，或取消其中一些。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="504"/>
        <source>This device already has %1 unfinished transfers; send again once some finish.</source>
        <translation>此设备已有 %1 个未完成传输；请在部分完成后再发送。</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="512"/>
        <source>an offer with malformed or too many folders</source>
        <translation>一个包含格式错误或过多文件夹的提议</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="523"/>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="531"/>
        <source>a malformed folder entry in the offer</source>
        <translation>提议中一个格式错误的文件夹条目</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="552"/>
        <source>a malformed file entry in the offer</source>
        <translation>请求中的文件条目格式错误</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="561"/>
        <source>an offer of more than %1 in total</source>
        <translation>一个总大小超过 %1 的提议</translation>
    </message>
    <message>
        <location filename="../lib/transfer/transfermanager.cpp" line="575"/>
        <source>an offer that makes more than %1 folders</source>
        <translation>一个会创建超过 %1 个文件夹的提议</translation>
    </message>
</context>
</TS>
