pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tandem

ApplicationWindow {
    id: window

    required property DesktopApp app

    // Opens the conversation with a paired device.
    function openConversation(deviceId: string) {
        conversationPage.deviceId = deviceId
        tabs.currentIndex = 1
    }

    width: 960
    height: 640
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("Tandem — %1").arg(window.app.profile.deviceName)

    Material.theme: window.app.settings.theme === AppSettings.DarkTheme ? Material.Dark
                  : window.app.settings.theme === AppSettings.LightTheme ? Material.Light : Material.System

    DeviceModel {
        id: devices
        device: window.app.device

        onPairingCodeReady: (deviceId, deviceName, code, incoming) => {
            pairingDialog.deviceId = deviceId
            pairingDialog.show(deviceName, code, incoming)
            if (incoming)
                window.app.notify(qsTr("Pairing request"), qsTr("%1 wants to pair. Compare the code: %2").arg(deviceName).arg(code))
        }
        onPairingFinished: (deviceId, deviceName, paired, message) => {
            if (pairingDialog.deviceId === deviceId)
                pairingDialog.close()
            banner.show(message, !paired)
        }
        onUnpaired: (deviceId, deviceName, byPeer) => {
            banner.show(byPeer ? qsTr("%1 unpaired this device.").arg(deviceName) : qsTr("%1 is no longer paired.").arg(deviceName), false)
        }
        onErrorOccurred: message => banner.show(message, true)
    }

    SessionModel {
        id: requests
        sessionManager: window.app.sessions
        services: ["tandem.text"]

        onRequestArrived: (peerId, peerName, service) => {
            window.app.notify(qsTr("Request from %1").arg(peerName), qsTr("%1 wants to start a conversation.").arg(peerName))
            window.askNextRequest()
        }
        onPendingCountChanged: window.askNextRequest()
        onErrorOccurred: message => banner.show(message, true)
    }

    Binding {
        window.app.pendingRequests: requests.pendingCount + (pairingDialog.visible && pairingDialog.incoming ? 1 : 0)
    }

    Connections {
        target: window.app.conversations
        function onMessageReceived(deviceId: string, text: string) {
            if (!window.active)
                window.app.notify(qsTr("Message from %1").arg(devices.nameOf(deviceId)), text)
        }
    }

    // Shows the oldest waiting request; a request that went away meanwhile
    // (the other device gave up) takes its dialog with it.
    function askNextRequest() {
        if (incomingDialog.visible) {
            if (requests.isPendingRequest(incomingDialog.requestId))
                return
            incomingDialog.close()
        }
        const requestId = requests.firstPendingRequest()
        if (requestId < 0)
            return
        const index = requests.index(requests.firstPending(), 0)
        incomingDialog.requestId = requestId
        incomingDialog.ask(requests.data(index, SessionModel.PeerNameRole), requests.data(index, SessionModel.ServiceRole))
    }

    header: Pane {
        padding: 0
        RowLayout {
            anchors.fill: parent
            TabBar {
                id: tabs
                Layout.fillWidth: true
                Accessible.name: qsTr("Pages")
                TabButton {
                    objectName: "tab:devices"
                    text: qsTr("Devices")
                    Accessible.name: qsTr("Devices page")
                }
                TabButton {
                    objectName: "tab:conversation"
                    text: qsTr("Conversations")
                    Accessible.name: qsTr("Conversations page")
                }
                TabButton {
                    objectName: "tab:files"
                    text: qsTr("Files")
                    Accessible.name: qsTr("Files page")
                }
                TabButton {
                    objectName: "tab:settings"
                    text: qsTr("Settings")
                    Accessible.name: qsTr("Settings page")
                }
            }
            Label {
                objectName: "pendingRequests"
                Layout.rightMargin: 12
                visible: window.app.pendingRequests > 0
                text: qsTr("%n request(s) waiting", "", window.app.pendingRequests)
                font.bold: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            id: banner
            Layout.fillWidth: true
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            DevicesPage {
                app: window.app
                devices: devices
                onConversationRequested: deviceId => window.openConversation(deviceId)
            }
            ConversationPage {
                id: conversationPage
                app: window.app
            }
            FilesPage {
                app: window.app
            }
            SettingsPage {
                app: window.app
            }
        }
    }

    PairingDialog {
        id: pairingDialog

        property string deviceId

        onCodeConfirmed: devices.acceptPairing(pairingDialog.deviceId)
        onCodeRejected: {
            if (pairingDialog.confirmedHere)
                devices.cancelPairing(pairingDialog.deviceId)
            else
                devices.rejectPairing(pairingDialog.deviceId, "")
        }
    }

    IncomingRequestDialog {
        id: incomingDialog

        // The request shown (SessionModel's requestId), answered by id.
        property int requestId: -1

        onRequestAccepted: {
            requests.acceptRequest(incomingDialog.requestId)
            window.askNextRequest()
        }
        onRequestRejected: reason => {
            requests.rejectRequest(incomingDialog.requestId, reason)
            window.askNextRequest()
        }
    }
}
