import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tandem

// This device, how it reaches others (LAN, Bluetooth), and every device it
// knows: pair, unpair, open a conversation, or add one by address.
Pane {
    id: page

    required property DesktopApp app
    required property DeviceModel devices

    signal conversationRequested(string deviceId)
    // Files to send to a paired device, chosen in a dialog or dropped on it.
    signal filesChosen(string deviceId, list<url> urls)

    objectName: "devicesPage"

    FileDialog {
        id: fileDialog
        objectName: "sendFilesDialog"

        property string deviceId

        title: qsTr("Send files to %1").arg(page.devices.nameOf(fileDialog.deviceId))
        fileMode: FileDialog.OpenFiles
        // The user's files, not wherever Tandem was started from.
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        onAccepted: page.filesChosen(fileDialog.deviceId, fileDialog.selectedFiles)
    }

    function askToUnpair(deviceId: string) {
        unpairDialog.deviceId = deviceId
        unpairDialog.deviceName = page.devices.nameOf(deviceId)
        unpairDialog.open()
    }

    // Unpairing cannot be undone without pairing again (both users
    // comparing a code): asked first, naming the device.
    Dialog {
        id: unpairDialog

        property string deviceId
        property string deviceName

        objectName: "unpairDialog"
        modal: true
        Overlay.modal: Backdrop {}
        anchors.centerIn: parent
        closePolicy: Popup.CloseOnEscape
        title: qsTr("Unpair %1?").arg(unpairDialog.deviceName)
        // The title names the other device, whose name it chose: plain text.
        header: Label {
            text: unpairDialog.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: unpairDialog.font.pixelSize * 1.3
            padding: 24
            bottomPadding: 0
        }
        // Laid out as in PairingDialog: the question wraps at a readable
        // width, and the dialog fits small windows. (A wrapping Label sized
        // by itself as the dialog's content crashed Qt 6.8 when its text
        // changed.)
        ColumnLayout {
            width: Math.min(implicitWidth, unpairDialog.parent ? unpairDialog.parent.width * 0.9 : implicitWidth)
            Label {
                objectName: "unpairQuestion"
                Layout.fillWidth: true
                Layout.maximumWidth: 420
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                text: qsTr("You will no longer chat or exchange files with %1, and it is told. To use it again, both of you pair again.").arg(unpairDialog.deviceName)
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "confirmUnpair"
                text: qsTr("Unpair")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: qsTr("Unpair %1").arg(unpairDialog.deviceName)
            }
            Button {
                objectName: "cancelUnpair"
                text: qsTr("Keep paired")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: qsTr("Keep %1 paired").arg(unpairDialog.deviceName)
            }
        }
        onAccepted: page.devices.unpair(unpairDialog.deviceId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            DeviceIdentityCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                profile: page.app.profile
            }

            Frame {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Connections")

                ColumnLayout {
                    width: parent.width
                    Label {
                        objectName: "lanStatus"
                        Layout.fillWidth: true
                        // Wrapped, not cut: the reason is the point.
                        wrapMode: Text.WordWrap
                        text: page.devices.lanRunning
                              ? (page.app.discoveryInterfaces.length > 0
                                 ? qsTr("LAN: on, port %1, discovery on %2").arg(page.app.lanPort).arg(page.app.discoveryInterfaces.join(", "))
                                 : qsTr("LAN: on, port %1").arg(page.app.lanPort))
                              : qsTr("LAN: off")
                    }
                    Label {
                        objectName: "bluetoothStatus"
                        Layout.fillWidth: true
                        // Wrapped, not cut: the reason is the point.
                        wrapMode: Text.WordWrap
                        text: page.app.bluetoothStatus
                    }
                    // What the field is for says a label that wraps; the
                    // field holds an example only, which fits it at 800 px
                    // in every language (a sentence there was cut off).
                    Label {
                        objectName: "addressLabel"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Add a device by its address (host:port):")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: address
                            objectName: "addressField"
                            Layout.fillWidth: true
                            // An example address, the same in every language.
                            placeholderText: "192.168.1.20:47317"
                            Accessible.name: qsTr("Address of a device to add")
                            onAccepted: addButton.clicked()
                        }
                        Button {
                            id: addButton
                            objectName: "addAddressButton"
                            text: qsTr("Add")
                            enabled: address.text.trim() !== ""
                            Accessible.name: qsTr("Connect to the address")
                            onClicked: {
                                if (page.devices.connectToAddress(address.text))
                                    address.clear()
                            }
                        }
                    }
                }
            }
        }

        DeviceList {
            objectName: "deviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.devices
            unread: page.app.conversations.unread
            focus: true
            onPairRequested: deviceId => page.devices.requestPairing(deviceId)
            onUnpairRequested: deviceId => page.askToUnpair(deviceId)
            onConversationRequested: deviceId => page.conversationRequested(deviceId)
            onSendFilesRequested: deviceId => {
                fileDialog.deviceId = deviceId
                fileDialog.open()
            }
            onFilesDropped: (deviceId, urls) => page.filesChosen(deviceId, urls)
        }
    }
}
