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

    signal requestAccepted()
    signal requestRejected(string reason)

    function ask(name: string, service: string) {
        dialog.askAbout(name, service, "")
    }
    function askAbout(name: string, service: string, details: string) {
        dialog.deviceName = name
        dialog.serviceName = service
        dialog.details = details
        dialog.quote = ""
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
        Frame {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            visible: dialog.quote !== ""
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
            objectName: "acceptRequest"
            text: qsTr("Accept")
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
