pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tandem

// This device's name, where files land, who may start conversations or
// send files without asking, Bluetooth and the look.
Pane {
    id: page

    required property DesktopApp app
    required property TransferModel transfers

    objectName: "settingsPage"

    DeviceModel {
        id: paired
        device: page.app.device
        pairedOnly: true
        onErrorOccurred: message => status.text = message
    }

    Connections {
        function onErrorOccurred(message: string) { status.text = message }

        target: page.app.clipboardSync
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Download folder")
        currentFolder: page.app.settings.downloadFolderUrl
        onAccepted: status.text = page.app.settings.setDownloadFolder(folderDialog.selectedFolder.toString())
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: 16
            rowSpacing: 12

            Label {
                text: qsTr("Device name")
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: name
                    objectName: "deviceNameField"
                    Layout.fillWidth: true
                    text: page.app.profile.deviceName
                    Accessible.name: qsTr("Device name")
                    onAccepted: saveName.clicked()
                }
                Button {
                    id: saveName
                    objectName: "saveDeviceName"
                    text: qsTr("Rename")
                    enabled: name.text !== page.app.profile.deviceName
                    Accessible.name: qsTr("Save the device name")
                    onClicked: status.text = page.app.profile.setDeviceName(name.text)
                }
            }

            Label {
                text: qsTr("Download folder")
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: folder
                    objectName: "downloadFolderField"
                    Layout.fillWidth: true
                    text: page.app.settings.downloadFolder
                    Accessible.name: qsTr("Download folder")
                    onAccepted: status.text = page.app.settings.setDownloadFolder(folder.text)
                }
                Button {
                    objectName: "chooseDownloadFolder"
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose the download folder")
                    onClicked: folderDialog.open()
                }
            }

            Label {
                text: qsTr("Bluetooth")
            }
            ColumnLayout {
                Layout.fillWidth: true
                Switch {
                    objectName: "bluetoothSwitch"
                    checked: page.app.settings.bluetoothEnabled
                    text: checked ? qsTr("On") : qsTr("Off")
                    Accessible.name: qsTr("Use Bluetooth")
                    onToggled: page.app.settings.bluetoothEnabled = checked
                }
                // What the radio does now, in the Devices page's words:
                // the switch is the wish, this the state (no adapter, off
                // on the command line, waiting for a restart).
                Label {
                    objectName: "settingsBluetoothStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: page.app.bluetoothStatus
                    opacity: 0.7
                }
            }

            Label {
                visible: page.app.settings.launchAtLoginSupported
                text: qsTr("Start")
            }
            Switch {
                objectName: "launchAtLogin"
                Layout.fillWidth: true
                visible: page.app.settings.launchAtLoginSupported
                checked: page.app.settings.launchAtLogin
                text: qsTr("Start Tandem in the tray when you log in")
                Accessible.name: qsTr("Start Tandem when you log in")
                onToggled: {
                    if (!page.app.settings.setLaunchAtLogin(checked))
                        page.app.banners.show("settings", qsTr("Could not change the autostart entry %1.").arg(page.app.settings.autostartFilePath), true)
                    // The file is the truth: show what it says.
                    checked = Qt.binding(() => page.app.settings.launchAtLogin)
                }
            }

            Label {
                text: qsTr("Theme")
            }
            ComboBox {
                objectName: "themeBox"
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: AppSettings.SystemTheme, text: qsTr("System") },
                    { value: AppSettings.LightTheme, text: qsTr("Light") },
                    { value: AppSettings.DarkTheme, text: qsTr("Dark") }
                ]
                Component.onCompleted: currentIndex = indexOfValue(page.app.settings.theme)
                onActivated: page.app.settings.theme = currentValue
                Accessible.name: qsTr("Theme")
            }

            Label {
                Layout.alignment: Qt.AlignTop
                text: qsTr("Accept without asking")
            }
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    visible: paired.count === 0
                    text: qsTr("No paired devices yet.")
                    opacity: 0.7
                }
                Repeater {
                    model: paired
                    delegate: Switch {
                        id: autoAccept
                        required property string deviceId
                        required property string name
                        required property bool autoAccept

                        objectName: "autoAccept:" + autoAccept.name
                        text: qsTr("Conversations from %1").arg(autoAccept.name)
                        contentItem: Label {
                            leftPadding: autoAccept.indicator.width + autoAccept.spacing
                            text: autoAccept.text
                            textFormat: Text.PlainText
                            verticalAlignment: Text.AlignVCenter
                        }
                        checked: autoAccept.autoAccept
                        Accessible.name: qsTr("Accept conversations from %1 without asking").arg(autoAccept.name)
                        onToggled: paired.setAutoAccept(autoAccept.deviceId, checked)
                    }
                }
                Repeater {
                    model: paired
                    delegate: Switch {
                        id: autoAcceptFiles
                        required property string deviceId
                        required property string name

                        objectName: "autoAcceptFiles:" + autoAcceptFiles.name
                        text: qsTr("Files from %1").arg(autoAcceptFiles.name)
                        contentItem: Label {
                            leftPadding: autoAcceptFiles.indicator.width + autoAcceptFiles.spacing
                            text: autoAcceptFiles.text
                            textFormat: Text.PlainText
                            verticalAlignment: Text.AlignVCenter
                        }
                        // The TransferManager keeps this in the profile; it has no
                        // change signal, so the switch reads it once and then
                        // follows what the user sets.
                        Component.onCompleted: autoAcceptFiles.checked = page.transfers.autoAccepts(autoAcceptFiles.deviceId)
                        Accessible.name: qsTr("Accept files from %1 without asking").arg(autoAcceptFiles.name)
                        onToggled: {
                            if (!page.transfers.setAutoAccept(autoAcceptFiles.deviceId, checked))
                                autoAcceptFiles.checked = !checked
                        }
                    }
                }
            }

            Label {
                Layout.alignment: Qt.AlignTop
                text: qsTr("Clipboard")
            }
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    visible: paired.count === 0
                    text: qsTr("No paired devices yet.")
                    opacity: 0.7
                }
                // Off until the user turns it on, per device: what is copied
                // here then goes there, and what is copied there lands here.
                Repeater {
                    model: paired
                    delegate: Switch {
                        id: clipboardSync
                        required property string deviceId
                        required property string name

                        objectName: "clipboardSync:" + clipboardSync.name
                        text: qsTr("Sync clipboard automatically with %1").arg(clipboardSync.name)
                        contentItem: Label {
                            leftPadding: clipboardSync.indicator.width + clipboardSync.spacing
                            text: clipboardSync.text
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        checked: page.app.clipboardSync.devices.indexOf(clipboardSync.deviceId) >= 0
                        Accessible.name: qsTr("Sync the clipboard automatically with %1").arg(clipboardSync.name)
                        onToggled: {
                            if (!page.app.clipboardSync.setEnabled(clipboardSync.deviceId, checked))
                                clipboardSync.checked = Qt.binding(() => page.app.clipboardSync.devices.indexOf(clipboardSync.deviceId) >= 0)
                        }
                    }
                }
            }

            Label {
                id: status
                objectName: "settingsStatus"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                // Red that keeps its contrast in both themes (as Conversation's).
                color: Qt.tint(page.palette.windowText, Qt.rgba(0.85, 0.1, 0.15, 0.6))
            }
        }
    }
}
