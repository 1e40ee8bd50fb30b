import QtQuick
import QtQuick.Controls
import Tandem

ApplicationWindow {
    id: window

    required property Profile profile
    required property LocalDevice device
    required property Conversations conversations

    width: 640
    height: 480
    visible: true

    DeviceModel {
        id: devices
        device: window.device
    }
    ConversationModel {
        id: conversation
        conversations: window.conversations
        deviceId: "0000"
    }

    Column {
        anchors.fill: parent
        DeviceIdentityCard {
            id: card
            width: parent.width
            profile: window.profile
        }
        DeviceList {
            id: list
            width: parent.width
            height: 200
            model: devices
        }
        Conversation {
            width: parent.width
            height: 200
            model: conversation
            peerName: "nobody"
        }
    }
    PairingDialog {
        id: pairing
    }
    IncomingRequestDialog {
        id: request
    }

    Component.onCompleted: {
        const ok = window.profile.deviceName === "Installed" && devices.lanRunning && conversation.count === 0
                   && AbilityConnectionManager !== null
        console.log((ok ? "OK" : "FAILED") + ": import Tandem from the installed module; device "
                    + window.profile.shortId + ", LAN running " + devices.lanRunning)
        Qt.exit(ok ? 0 : 1)
    }
}
