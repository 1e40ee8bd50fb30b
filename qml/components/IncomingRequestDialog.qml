pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A paired device asks to start something (a conversation, an app's
// service): who, what, and the user's answer, with an optional reason
// that the other side is shown.
Dialog {
    id: dialog

    property string deviceName
    property string serviceName
    // What exactly is asked, when the caller knows more than the service
    // (e.g. how many files and how large); replaces the generic sentence.
    property string details
    // What the other device sent with it, shown as it came (plain text):
    // a conversation's first message, an offer's file names.
    property string quote
    // Bound as the session layer carries it.
    property int maxReasonLength: 200
    // An offer's files (maps of name and size) when some of them may be
    // chosen (TransferModel::choosableFiles()); each gets a check box, and
    // "Accept selected" takes the ticked ones.
    property var files: []
    // How many of `files` are ticked.
    property int chosenCount: 0

    signal requestAccepted()
    // Only these of `files` (their indexes) are accepted.
    signal filesAccepted(var indexes)
    signal requestRejected(string reason)

    function ask(name: string, service: string) {
        dialog.askAbout(name, service, "")
    }
    // Lists `files` with every one ticked.
    function offerChoice(files) {
        dialog.files = files
        dialog.chosenCount = files.length
    }
    function chosenIndexes() {
        const indexes = []
        for (let i = 0; i < fileChoice.count; ++i) {
            if ((fileChoice.itemAt(i) as CheckBox).checked)
                indexes.push(i)
        }
        return indexes
    }
    function askAbout(name: string, service: string, details: string) {
        dialog.deviceName = name
        dialog.serviceName = service
        dialog.details = details
        dialog.quote = ""
        dialog.files = []
        reasonField.clear()
        dialog.open()
    }

    readonly property string serviceTitle: dialog.serviceName === "tandem.text" ? qsTr("a conversation")
                                         : dialog.serviceName === "tandem.files" ? qsTr("a file transfer") : dialog.serviceName

    objectName: "incomingRequestDialog"
    modal: true
    Overlay.modal: Backdrop {}
    anchors.centerIn: parent
    closePolicy: Popup.NoAutoClose
    title: qsTr("Request from %1").arg(dialog.deviceName)

    // The title names the other device, whose name it chose: plain text.
    header: Label {
        text: dialog.title
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: dialog.font.pixelSize * 1.3
        padding: 24
        bottomPadding: 0
    }

    ColumnLayout {
        spacing: 12

        Label {
            objectName: "requestText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            wrapMode: Text.WordWrap
            text: dialog.details !== "" ? dialog.details
                                        : qsTr("%1 wants to start %2 with this device.").arg(dialog.deviceName).arg(dialog.serviceTitle)
        }
        // The files to choose from replace their names as plain text.
        ScrollView {
            objectName: "offerFiles"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            Layout.preferredHeight: Math.min(fileColumn.implicitHeight, 240)
            visible: dialog.files.length > 0
            clip: true
            Column {
                id: fileColumn
                Repeater {
                    id: fileChoice
                    model: dialog.files
                    delegate: CheckBox {
                        id: fileBox
                        required property int index
                        required property var modelData
                        objectName: "offerFile:" + fileBox.index
                        checked: true
                        text: qsTr("%1 (%2)").arg(fileBox.modelData.name).arg(Qt.locale().formattedDataSize(fileBox.modelData.size))
                        Accessible.name: qsTr("Accept %1").arg(fileBox.modelData.name)
                        onToggled: dialog.chosenCount += fileBox.checked ? 1 : -1
                    }
                }
            }
        }
        Frame {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: dialog.quote !== "" && dialog.files.length === 0
            Label {
                objectName: "requestQuote"
                width: parent.width
                text: dialog.quote
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                // Long ones are cut here: the dialog stays on screen.
                maximumLineCount: 10
                elide: Text.ElideRight
                Accessible.name: qsTr("Sent with the request: %1").arg(dialog.quote)
            }
        }
        // The service's technical name, only for one without words (another
        // program's): "a conversation" says all "tandem.text" would.
        Label {
            objectName: "requestService"
            Layout.fillWidth: true
            visible: dialog.serviceTitle === dialog.serviceName
            text: qsTr("Service: %1").arg(dialog.serviceName)
            textFormat: Text.PlainText
            font.family: "monospace"
            opacity: 0.7
        }
        TextField {
            id: reasonField
            objectName: "rejectReason"
            Layout.fillWidth: true
            maximumLength: dialog.maxReasonLength
            placeholderText: qsTr("Reason if you reject (optional)")
            Accessible.name: qsTr("Reason for rejecting")
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "acceptSelected"
            visible: dialog.files.length > 0
            enabled: dialog.chosenCount > 0 && dialog.chosenCount < dialog.files.length
            text: qsTr("Accept selected")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Accept the %n chosen file(s) from %1", "", dialog.chosenCount).arg(dialog.deviceName)
            onClicked: {
                const indexes = dialog.chosenIndexes()
                dialog.close()
                dialog.filesAccepted(indexes)
            }
        }
        Button {
            objectName: "acceptRequest"
            text: dialog.files.length > 0 ? qsTr("Accept all") : qsTr("Accept")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Accept the request from %1").arg(dialog.deviceName)
            onClicked: {
                dialog.close()
                dialog.requestAccepted()
            }
        }
        Button {
            objectName: "rejectRequest"
            text: qsTr("Reject")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Reject the request from %1").arg(dialog.deviceName)
            onClicked: {
                dialog.close()
                dialog.requestRejected(reasonField.text)
            }
        }
    }
}
