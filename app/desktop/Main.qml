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
    // Material paints its controls from the theme, but sets the palette
    // once, from the theme at start: the roles our own items draw with
    // (message times, the device id, banners) stayed light-theme colours in
    // a dark window. They follow the theme from here, for every page.
    palette.window: window.Material.backgroundColor
    palette.windowText: window.Material.foreground
    palette.base: window.Material.backgroundColor
    palette.text: window.Material.foreground
    palette.placeholderText: window.Material.hintTextColor
    palette.highlight: window.Material.accentColor
    palette.link: window.Material.accentColor

    DeviceModel {
        id: devices
        device: window.app.device

        onPairingCodeReady: (deviceId, deviceName, code, incoming) => {
            if (!incoming && window.app.isPairingOfAnotherProgram(deviceId))
                return
            pairingDialog.deviceId = deviceId
            pairingDialog.show(deviceName, code, incoming)
            // Answerable from the notification: the code is in it to compare.
            if (incoming)
                window.app.notifyWithActions("pairing:" + deviceId, qsTr("Pairing request"),
                                             qsTr("%1 wants to pair. Compare the code: %2").arg(deviceName).arg(code),
                                             ["accept", "reject"])
        }
        onPairingFinished: (deviceId, deviceName, paired, message) => {
            if (pairingDialog.deviceId === deviceId)
                pairingDialog.close()
            window.app.withdrawNotification("pairing:" + deviceId)
            // A pairing that failed before is no longer an error once paired.
            if (paired)
                window.app.banners.resolve(deviceId)
            window.app.banners.show("devices", message, !paired, deviceId)
        }
        onUnpaired: (deviceId, deviceName, byPeer) => {
            window.app.banners.show("devices", byPeer ? qsTr("%1 unpaired this device.").arg(deviceName) : qsTr("%1 is no longer paired.").arg(deviceName), false)
        }
        onErrorOccurred: message => window.app.banners.show("devices", message, true)
    }

    SessionModel {
        id: requests
        sessionManager: window.app.sessions
        services: ["tandem.text"]

        onRequestArrived: (peerId, peerName, service) => {
            // With the first message, when it came along: the user can
            // answer from the notification knowing what it is about.
            const preview = window.previewOf(peerId)
            window.app.notifyWithActions("request:" + peerId, qsTr("Request from %1").arg(peerName),
                                         preview !== "" ? qsTr("%1 wants to start a conversation: %2").arg(peerName).arg(preview)
                                                        : qsTr("%1 wants to start a conversation.").arg(peerName),
                                         ["accept", "reject"])
            window.askNextRequest()
        }
        onPendingCountChanged: window.askNextRequest()
        // Answering a request happens in a dialog over any page: its
        // trouble shows where the user answered.
        onErrorOccurred: message => window.app.banners.show(window.app.banners.page, message, true)
    }

    TransferModel {
        id: transfers
        manager: window.app.transfers
        device: window.app.device

        onOfferArrived: (transferId, peerId, peerName, fileCount, totalBytes) => {
            window.app.notifyWithActions("offer:" + transferId, qsTr("Files from %1").arg(peerName),
                                         window.offerText(peerName, fileCount, totalBytes), ["accept", "reject"])
            window.askNextRequest()
        }
        onPendingCountChanged: window.askNextRequest()
        onTransferFinished: (transferId, peerName, incoming, state, reason) => {
            window.app.withdrawNotification("offer:" + transferId)
            if (incoming && state === Transfer.Completed && !window.active)
                window.app.notifyWithActions("received:" + transferId, qsTr("Files from %1").arg(peerName),
                                             qsTr("The files have arrived."), ["open", "showFolder"])
        }
        onErrorOccurred: message => window.app.banners.show("files", message, true)
    }

    // Clipboard sync says why a copy was not synced once, where the user is.
    Connections {
        function onNotice(message: string) { window.app.banners.show(window.app.banners.page, message, false) }

        target: window.app.clipboardSync
    }

    // The row of a device's waiting conversation request, or -1.
    function pendingRowOf(peerId: string): int {
        for (let row = 0; row < requests.count; ++row) {
            const index = requests.index(row, 0)
            if (requests.data(index, SessionModel.PendingRole) && requests.data(index, SessionModel.PeerIdRole) === peerId)
                return row
        }
        return -1
    }
    // Its request id (SessionModel's RequestIdRole), or -1.
    function pendingRequestOf(peerId: string): int {
        const row = window.pendingRowOf(peerId)
        return row < 0 ? -1 : requests.data(requests.index(row, 0), SessionModel.RequestIdRole)
    }
    // The first message it carries, or "".
    function previewOf(peerId: string): string {
        const row = window.pendingRowOf(peerId)
        return row < 0 ? "" : requests.data(requests.index(row, 0), SessionModel.PreviewRole)
    }

    // A button on a notification (DesktopApp.notifyWithActions): answered
    // as the window's own dialogs would, which then go by themselves.
    Connections {
        target: window.app
        // "Send with Tandem" from a file manager (tandem --send).
        function onSendRequested(urls: list<url>) {
            sendToDialog.urls = urls
            sendToDialog.open()
        }
        function onNotificationAction(key: string, action: string) {
            const colon = key.indexOf(":")
            const kind = key.substring(0, colon)
            const id = key.substring(colon + 1)
            if (kind === "pairing") {
                if (action === "accept")
                    devices.acceptPairing(id)
                else if (action === "reject")
                    devices.rejectPairing(id, "")
            } else if (kind === "request") {
                const requestId = window.pendingRequestOf(id)
                if (requestId < 0)
                    return
                if (action === "accept" && requests.acceptRequest(requestId))
                    window.openConversation(id)
                else if (action === "reject")
                    requests.rejectRequest(requestId, "")
            } else if (kind === "offer") {
                if (action === "accept" && transfers.acceptOffer(id))
                    tabs.currentIndex = 2
                else if (action === "reject")
                    transfers.rejectOffer(id, "")
            } else if (kind === "received") {
                const row = transfers.indexOf(id)
                if (row < 0)
                    return
                const index = transfers.index(row, 0)
                const files = transfers.data(index, TransferModel.FilesRole)
                if (action === "open" && files.length > 0)
                    transfers.openFile(files[0].path)
                else if (action === "showFolder")
                    transfers.openFolder(transfers.data(index, TransferModel.FolderRole))
            }
        }
    }

    function offerText(peerName: string, fileCount: int, totalBytes: double): string {
        return qsTr("%1 wants to send you %n file(s), %2 in all.", "", fileCount).arg(peerName).arg(Qt.locale().formattedDataSize(totalBytes))
    }

    // Sends files (from a dialog or a drop) and shows them on the Files page.
    function sendFiles(deviceId: string, urls: list<url>) {
        if (transfers.send(deviceId, urls) !== "")
            tabs.currentIndex = 2
    }

    // Each page has its own banner (Banners); its time runs while it can
    // be seen.
    readonly property list<string> pageNames: ["devices", "conversation", "files", "settings"]
    Binding {
        window.app.banners.page: window.pageNames[tabs.currentIndex]
    }
    Binding {
        window.app.banners.seen: window.visible && window.active
    }

    Binding {
        window.app.pendingRequests: requests.pendingCount + transfers.pendingCount
                                    + (pairingDialog.visible && pairingDialog.incoming ? 1 : 0)
    }

    Connections {
        target: window.app.conversations
        function onMessageReceived(deviceId: string, text: string) {
            if (!window.active)
                window.app.notify(qsTr("Message from %1").arg(devices.nameOf(deviceId)), text)
        }
    }

    // Shows the oldest waiting request (conversations first, then file
    // offers); a request that went away meanwhile (the other device gave
    // up) takes its dialog with it. The next one is shown once the dialog
    // has finished closing (onClosed below): a Popup opened again during its
    // exit transition can stay half faded in.
    function askNextRequest() {
        if (incomingDialog.visible) {
            if (incomingDialog.transferId !== "" ? transfers.isPendingOffer(incomingDialog.transferId)
                                                 : requests.isPendingRequest(incomingDialog.requestId))
                return
            incomingDialog.close()
            return
        }
        const requestId = requests.firstPendingRequest()
        if (requestId >= 0) {
            const index = requests.index(requests.firstPending(), 0)
            incomingDialog.requestId = requestId
            incomingDialog.transferId = ""
            incomingDialog.peerId = requests.data(index, SessionModel.PeerIdRole)
            incomingDialog.ask(requests.data(index, SessionModel.PeerNameRole), requests.data(index, SessionModel.ServiceRole))
            // The conversation's first message, when the other side sent it along.
            incomingDialog.quote = requests.data(index, SessionModel.PreviewRole)
            return
        }
        const transferId = transfers.firstPendingOffer()
        if (transferId === "")
            return
        const offer = transfers.index(transfers.indexOf(transferId), 0)
        const peerName = transfers.data(offer, TransferModel.PeerNameRole)
        incomingDialog.requestId = -1
        incomingDialog.transferId = transferId
        incomingDialog.peerId = transfers.data(offer, TransferModel.PeerIdRole)
        incomingDialog.askAbout(peerName, "tandem.files",
                                window.offerText(peerName, transfers.data(offer, TransferModel.FileCountRole),
                                                 transfers.data(offer, TransferModel.TotalBytesRole)))
        incomingDialog.quote = transfers.fileNames(transferId)
        incomingDialog.offerChoice(transfers.choosableFiles(transferId))
    }

    header: Pane {
        padding: 0
        // The tabs keep the full width; what waits shows on a line of its
        // own under them (beside them it squeezed the tabs).
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
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
                    // Unread messages count on the tab, wherever the user is.
                    text: window.app.conversations.unreadTotal > 0
                          ? qsTr("Conversations (%1)").arg(window.app.conversations.unreadTotal) : qsTr("Conversations")
                    Accessible.name: window.app.conversations.unreadTotal > 0
                                     ? qsTr("Conversations page, %n unread message(s)", "", window.app.conversations.unreadTotal)
                                     : qsTr("Conversations page")
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
                Layout.alignment: Qt.AlignRight
                Layout.rightMargin: 12
                Layout.bottomMargin: 4
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
            Layout.fillWidth: true
            banners: window.app.banners
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            DevicesPage {
                app: window.app
                devices: devices
                onConversationRequested: deviceId => window.openConversation(deviceId)
                onFilesChosen: (deviceId, urls) => window.sendFiles(deviceId, urls)
            }
            ConversationPage {
                id: conversationPage
                app: window.app
                onFilesChosen: (deviceId, urls) => window.sendFiles(deviceId, urls)
            }
            FilesPage {
                app: window.app
                transfers: transfers
                onFilesChosen: (deviceId, urls) => window.sendFiles(deviceId, urls)
            }
            SettingsPage {
                app: window.app
                transfers: transfers
            }
        }
    }

    PairingDialog {
        id: pairingDialog

        property string deviceId

        onCodeConfirmed: devices.acceptPairing(pairingDialog.deviceId)
        onCodeRejected: {
            // The side that asked, or that confirmed, cancels; the side
            // asked rejects.
            if (pairingDialog.confirmedHere || !pairingDialog.incoming)
                devices.cancelPairing(pairingDialog.deviceId)
            else
                devices.rejectPairing(pairingDialog.deviceId, "")
        }
    }

    // Which paired device files handed over by a file manager go to.
    Dialog {
        id: sendToDialog

        property list<url> urls

        objectName: "sendToDialog"
        modal: true
        Overlay.modal: Backdrop {}
        anchors.centerIn: parent
        title: qsTr("Send %n file(s) with Tandem", "", sendToDialog.urls.length)

        DeviceModel {
            id: sendTargets
            device: window.app.device
            pairedOnly: true
            onCountChanged: {
                if (sendTarget.currentIndex < 0 && sendTargets.count > 0)
                    sendTarget.currentIndex = 0
            }
        }

        ColumnLayout {
            spacing: 12
            Label {
                objectName: "sendToFiles"
                Layout.fillWidth: true
                Layout.maximumWidth: 420
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
                text: sendToDialog.urls.map(url => decodeURIComponent(url.toString().replace(/^file:\/\//, ""))).join("\n")
            }
            ComboBox {
                id: sendTarget
                objectName: "sendToTarget"
                Layout.fillWidth: true
                model: sendTargets
                textRole: "name"
                valueRole: "deviceId"
                enabled: sendTargets.count > 0
                displayText: sendTargets.count > 0 ? sendTarget.currentText : qsTr("No paired devices yet")
                Accessible.name: qsTr("Device to send the files to")
            }
        }

        footer: DialogButtonBox {
            Button {
                objectName: "sendToSend"
                text: qsTr("Send")
                enabled: sendTarget.currentIndex >= 0 && sendTargets.count > 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: qsTr("Send the files to %1").arg(sendTarget.currentText)
            }
            Button {
                objectName: "sendToCancel"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: window.sendFiles(sendTarget.currentValue, sendToDialog.urls)
    }

    IncomingRequestDialog {
        id: incomingDialog

        // The request shown, answered by id: SessionModel's requestId, or
        // TransferModel's transferId for a file offer.
        property int requestId: -1
        property string transferId
        // Who asked: an accepted conversation opens with them.
        property string peerId

        onClosed: window.askNextRequest()

        // What was accepted is shown: the conversation, or the files
        // arriving (accepting used to leave the user where they were).
        onRequestAccepted: {
            window.app.withdrawNotification(incomingDialog.transferId !== "" ? "offer:" + incomingDialog.transferId
                                                                             : "request:" + incomingDialog.peerId)
            if (incomingDialog.transferId !== "") {
                if (transfers.acceptOffer(incomingDialog.transferId))
                    tabs.currentIndex = 2
            } else if (requests.acceptRequest(incomingDialog.requestId)) {
                window.openConversation(incomingDialog.peerId)
            }
        }
        onFilesAccepted: indexes => {
            window.app.withdrawNotification("offer:" + incomingDialog.transferId)
            if (transfers.acceptFiles(incomingDialog.transferId, indexes))
                tabs.currentIndex = 2
        }
        onRequestRejected: reason => {
            window.app.withdrawNotification(incomingDialog.transferId !== "" ? "offer:" + incomingDialog.transferId
                                                                             : "request:" + incomingDialog.peerId)
            if (incomingDialog.transferId !== "")
                transfers.rejectOffer(incomingDialog.transferId, reason)
            else
                requests.rejectRequest(incomingDialog.requestId, reason)
        }
    }
}
