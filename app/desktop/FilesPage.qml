import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Where sending and receiving files will live. The transfers themselves
// (TransferModel, TransferList) arrive with the file transfer layer; until
// then this page says so and shows where files will land.
Pane {
    id: page

    required property DesktopApp app

    objectName: "filesPage"

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("Files")
            font.pixelSize: page.font.pixelSize * 1.6
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "filesUnavailable"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Sending and receiving files arrives in a later version of Tandem.")
        }
        Label {
            objectName: "filesDownloadFolder"
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: qsTr("Received files will land in %1 (change it in Settings).").arg(page.app.settings.downloadFolder)
            opacity: 0.7
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
