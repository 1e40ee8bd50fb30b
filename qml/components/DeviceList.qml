pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Devices as a list: paired ones, then nearby ones, each with what can be
// done with it. Works over any model with DeviceModel's role names.
ListView {
    id: list

    // Buttons ask; whoever owns the model decides (see DeviceModel).
    signal pairRequested(string deviceId)
    signal unpairRequested(string deviceId)
    signal conversationRequested(string deviceId)
    // A paired device's Send files button, and files dropped onto it.
    signal sendFilesRequested(string deviceId)
    signal filesDropped(string deviceId, list<url> urls)

    // Messages not read yet, by device id (Conversations.unread): a badge
    // on the device's Chat button.
    property var unread: ({})

    clip: true
    spacing: 4
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Devices")

    section.property: "paired"
    section.criteria: ViewSection.FullString
    section.delegate: Label {
        required property string section

        width: ListView.view.width
        topPadding: 12
        bottomPadding: 4
        text: section === "true" ? qsTr("Paired devices") : qsTr("Nearby devices")
        font.bold: true
        opacity: 0.7
        Accessible.role: Accessible.Heading
    }

    Label {
        objectName: "noDevices"
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("No devices yet. Devices running Tandem on the same network appear here.")
        opacity: 0.7
    }

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string deviceId
        required property string name
        required property string shortId
        required property bool paired
        required property bool reachable
        required property bool connected
        required property var transports
        required property string pairingCode
        readonly property int unreadCount: list.unread[row.deviceId] ?? 0

        readonly property string status: {
            const parts = []
            if (row.connected)
                parts.push(qsTr("connected"))
            else if (row.reachable)
                parts.push(qsTr("nearby"))
            else
                parts.push(qsTr("offline"))
            if (row.transports.indexOf("lan") >= 0)
                parts.push(qsTr("LAN"))
            if (row.transports.indexOf("bluetooth") >= 0)
                parts.push(qsTr("Bluetooth"))
            if (row.pairingCode !== "")
                parts.push(qsTr("pairing…"))
            return parts.join(" · ")
        }

        objectName: "device:" + row.name
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        Accessible.name: qsTr("%1, %2, %3").arg(row.name).arg(row.paired ? qsTr("paired") : qsTr("not paired")).arg(row.status)
                         + (row.unreadCount > 0 ? ", " + qsTr("%n unread message(s)", "", row.unreadCount) : "")
        onClicked: list.currentIndex = row.index

        // Files dropped onto a paired device are sent to it.
        DropArea {
            id: dropArea
            objectName: "dropOn:" + row.name
            anchors.fill: parent
            enabled: row.paired
            keys: ["text/uri-list"]
            onEntered: drag => drag.accept(Qt.CopyAction)
            onDropped: drop => {
                if (!drop.hasUrls)
                    return
                drop.accept(Qt.CopyAction)
                list.filesDropped(row.deviceId, drop.urls)
            }

            Rectangle {
                anchors.fill: parent
                visible: dropArea.containsDrag
                color: row.palette.highlight
                opacity: 0.3
                Accessible.ignored: true
            }
        }

        contentItem: RowLayout {
            spacing: 12

            // The state in shape as well as colour, for those who do not
            // tell green from amber: filled when connected, a ring when
            // nearby, a faint ring when offline (the line beside says it in
            // words). Colours are the text colour tinted, so they keep their
            // contrast in the light and the dark theme.
            Rectangle {
                objectName: "statusDot:" + row.name
                readonly property color stateColor: row.connected ? Qt.tint(row.palette.windowText, Qt.rgba(0.12, 0.6, 0.25, 0.75))
                                                  : row.reachable ? Qt.tint(row.palette.windowText, Qt.rgba(0.85, 0.55, 0, 0.75))
                                                  : row.palette.windowText
                Layout.preferredWidth: 12
                Layout.preferredHeight: 12
                radius: 6
                color: row.connected ? stateColor : "transparent"
                border.width: row.connected ? 0 : 2
                border.color: stateColor
                opacity: row.connected || row.reachable ? 1 : 0.55
                Accessible.ignored: true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "deviceName"
                    Layout.fillWidth: true
                    text: row.name
                    // Names come from other devices: never rich text.
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("ID %1").arg(row.shortId) + " · " + row.status
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    opacity: 0.7
                }
            }
            Button {
                objectName: "pair:" + row.name
                visible: !row.paired
                enabled: row.reachable && row.pairingCode === ""
                text: qsTr("Pair")
                Accessible.name: qsTr("Pair with %1").arg(row.name)
                onClicked: list.pairRequested(row.deviceId)
            }
            Button {
                objectName: "chat:" + row.name
                visible: row.paired
                text: qsTr("Chat")
                Accessible.name: row.unreadCount > 0 ? qsTr("Chat with %1, %n unread message(s)", "", row.unreadCount).arg(row.name)
                                                     : qsTr("Chat with %1").arg(row.name)
                onClicked: list.conversationRequested(row.deviceId)

                UnreadBadge {
                    objectName: "unread:" + row.name
                    anchors.right: parent.right
                    anchors.top: parent.top
                    count: row.unreadCount
                }
            }
            Button {
                objectName: "sendFiles:" + row.name
                visible: row.paired
                text: qsTr("Send files…")
                Accessible.name: qsTr("Send files to %1").arg(row.name)
                onClicked: list.sendFilesRequested(row.deviceId)
            }
            Button {
                objectName: "unpair:" + row.name
                visible: row.paired
                flat: true
                text: qsTr("Unpair")
                Accessible.name: qsTr("Unpair %1").arg(row.name)
                onClicked: list.unpairRequested(row.deviceId)
            }
        }
    }
}
