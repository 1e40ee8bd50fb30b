pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tandem

// Files sent and received: choose a paired device and files to send, and
// follow every transfer (progress, rate, time left), cancel one, or open
// what arrived. Below them the history: transfers that ended before this
// run or were cleared from the list, kept until removed.
Pane {
    id: page

    required property DesktopApp app
    required property TransferModel transfers

    // Files to send to a paired device, chosen in the dialog.
    signal filesChosen(string deviceId, list<url> urls)

    objectName: "filesPage"

    TransferHistoryModel {
        id: history
        history: page.app.transferHistory
        onErrorOccurred: message => page.app.banners.show("files", message, true)
    }

    DeviceModel {
        id: paired
        device: page.app.device
        pairedOnly: true
        // A ComboBox keeps no selection when its model starts empty.
        onCountChanged: {
            if (target.currentIndex < 0 && paired.count > 0)
                target.currentIndex = 0
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "filesPageDialog"
        title: qsTr("Send files to %1").arg(target.currentText)
        fileMode: FileDialog.OpenFiles
        // The user's files, not wherever Tandem was started from.
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        onAccepted: page.filesChosen(target.currentValue, fileDialog.selectedFiles)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("Files")
            font.pixelSize: page.font.pixelSize * 1.6
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: qsTr("Send to")
            }
            ComboBox {
                id: target
                objectName: "sendTarget"
                Layout.fillWidth: true
                Layout.maximumWidth: 320
                model: paired
                textRole: "name"
                valueRole: "deviceId"
                enabled: paired.count > 0
                displayText: paired.count > 0 ? target.currentText : qsTr("No paired devices yet")
                Accessible.name: qsTr("Device to send files to")
            }
            Button {
                objectName: "chooseFiles"
                text: qsTr("Send files…")
                enabled: paired.count > 0 && target.currentIndex >= 0
                Accessible.name: qsTr("Choose files to send to %1").arg(target.currentText)
                onClicked: fileDialog.open()
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "clearFinished"
                flat: true
                text: qsTr("Clear finished")
                // Only when there is something it would remove.
                enabled: page.transfers.finishedCount > 0
                Accessible.name: qsTr("Remove finished transfers from the list")
                onClicked: page.transfers.clearFinished()
            }
        }
        Label {
            objectName: "filesDownloadFolder"
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: qsTr("Received files land in %1 (change it in Settings).").arg(page.app.settings.downloadFolder)
            opacity: 0.7
        }
        TransferList {
            id: live
            objectName: "transferList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Only as tall as its rows while the history shares the page.
            Layout.preferredHeight: history.count > 0 ? live.contentHeight : -1
            visible: live.count > 0 || history.count === 0
            model: page.transfers
            onCancelRequested: transferId => page.transfers.cancel(transferId)
            onOpenFileRequested: path => page.transfers.openFile(path)
            onOpenFolderRequested: path => page.transfers.openFolder(path)
        }
        Label {
            objectName: "historyHeading"
            visible: history.count > 0
            text: qsTr("History")
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        TransferList {
            objectName: "transferHistory"
            namePrefix: "history:"
            emptyText: ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: history.count > 0
            model: history
            Accessible.name: qsTr("Earlier transfers")
            onOpenFileRequested: path => page.transfers.openFile(path)
            onOpenFolderRequested: path => page.transfers.openFolder(path)
            onRemoveRequested: historyId => history.remove(historyId)
        }
    }
}
