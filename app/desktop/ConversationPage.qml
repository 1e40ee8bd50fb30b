pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tandem

// Conversations with paired devices: pick one on the left, write on the right.
Pane {
    id: page

    required property DesktopApp app
    property string deviceId
    // Whether the device on the right is still paired: once unpaired it
    // leaves the list, and its conversation stays open, read-only.
    readonly property bool peerPaired: paired.count > 0 && paired.indexOf(page.deviceId) >= 0
    // Its name outlives the pairing (the paired list no longer has it).
    property string peerName

    // Files for a device (a clipboard image, as a PNG), to send as Files does.
    signal filesChosen(string deviceId, list<url> urls)

    Binding on peerName {
        when: page.peerPaired
        value: paired.nameOf(page.deviceId)
        restoreMode: Binding.RestoreNone
    }

    objectName: "conversationPage"

    // The conversation on screen, in the active window, has been seen.
    readonly property bool showing: page.visible && page.deviceId !== "" && Window.active
    function markSeen() {
        if (page.showing)
            page.app.conversations.markRead(page.deviceId)
    }
    onShowingChanged: page.markSeen()
    onDeviceIdChanged: page.markSeen()
    Connections {
        target: page.app.conversations
        function onUnreadChanged() {
            page.markSeen()
        }
    }

    DeviceModel {
        id: paired
        device: page.app.device
        pairedOnly: true
    }

    ConversationModel {
        id: conversationModel
        conversations: page.app.conversations
        deviceId: page.deviceId
        onFilesToSend: (deviceId, urls) => page.filesChosen(deviceId, urls)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ListView {
            id: peers
            objectName: "conversationPeers"
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(180, page.width * 0.25)
            clip: true
            model: paired
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Paired devices")

            Label {
                anchors.centerIn: parent
                width: parent.width
                visible: peers.count === 0
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Pair with a device on the Devices page to write to it.")
                opacity: 0.7
            }

            delegate: ItemDelegate {
                id: peer
                required property string deviceId
                required property string name
                required property bool connected
                readonly property int unreadCount: page.app.conversations.unread[peer.deviceId] ?? 0

                objectName: "conversationWith:" + peer.name
                width: ListView.view.width
                text: peer.name + (peer.connected ? "" : " " + qsTr("(offline)"))
                highlighted: peer.deviceId === page.deviceId
                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        text: peer.text
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        font.bold: peer.unreadCount > 0
                    }
                    UnreadBadge {
                        objectName: "conversationUnread:" + peer.name
                        count: peer.unreadCount
                    }
                }
                Accessible.name: peer.unreadCount > 0
                                 ? qsTr("Conversation with %1, %n unread message(s)", "", peer.unreadCount).arg(peer.name)
                                 : qsTr("Conversation with %1").arg(peer.name)
                onClicked: page.deviceId = peer.deviceId
            }
        }

        Conversation {
            objectName: "conversation"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.deviceId !== ""
            model: conversationModel
            peerName: page.peerName
            paired: page.peerPaired
        }
        Label {
            Layout.fillWidth: true
            visible: page.deviceId === ""
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Choose a device to write to.")
            opacity: 0.7
        }
    }
}
