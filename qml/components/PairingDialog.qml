import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Both users compare the code on their screens; pairing happens only when
// both say it matches. After confirming, the dialog waits for the other side
// (whoever shows it closes it when pairing finishes).
Dialog {
    id: dialog

    property string deviceName
    property string code
    // The other device asked (rather than this one).
    property bool incoming
    // This user confirmed; waiting for the other.
    property bool confirmedHere: false

    signal codeConfirmed()
    signal codeRejected()

    // Shows the dialog for a new code.
    function show(name: string, newCode: string, isIncoming: bool) {
        dialog.deviceName = name
        dialog.code = newCode
        dialog.incoming = isIncoming
        dialog.confirmedHere = false
        dialog.open()
    }

    objectName: "pairingDialog"
    modal: true
    Overlay.modal: Backdrop {}
    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    title: dialog.incoming ? qsTr("%1 wants to pair").arg(dialog.deviceName) : qsTr("Pair with %1").arg(dialog.deviceName)

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
    onRejected: if (!dialog.confirmedHere) dialog.codeRejected()

    ColumnLayout {
        spacing: 12
        width: Math.min(implicitWidth, dialog.parent ? dialog.parent.width * 0.9 : implicitWidth)

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            wrapMode: Text.WordWrap
            text: qsTr("Check that %1 shows the same code. Pair only if they match.").arg(dialog.deviceName)
            textFormat: Text.PlainText
        }
        Label {
            objectName: "pairingCode"
            Layout.alignment: Qt.AlignHCenter
            // The code itself, for tests and copying; shown as "123 456".
            property string value: dialog.code
            text: dialog.code.length === 6 ? dialog.code.slice(0, 3) + " " + dialog.code.slice(3) : dialog.code
            font.pixelSize: dialog.font.pixelSize * 2.6
            font.family: "monospace"
            font.bold: true
            Accessible.name: qsTr("Pairing code %1").arg(dialog.code.split("").join(" "))
        }
        Label {
            objectName: "pairingWaiting"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: dialog.confirmedHere
            wrapMode: Text.WordWrap
            text: qsTr("Waiting for %1 to confirm…").arg(dialog.deviceName)
            opacity: 0.7
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmPairing"
            text: qsTr("Codes match")
            enabled: !dialog.confirmedHere && dialog.code !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("The codes match: pair with %1").arg(dialog.deviceName)
            onClicked: {
                dialog.confirmedHere = true
                dialog.codeConfirmed()
            }
        }
        Button {
            objectName: "rejectPairing"
            // Whoever asked for pairing, or has confirmed already, withdraws
            // it: Cancel. Only the one asked turns it down: Reject.
            text: dialog.confirmedHere || !dialog.incoming ? qsTr("Cancel") : qsTr("Reject")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Do not pair with %1").arg(dialog.deviceName)
            onClicked: {
                dialog.codeRejected()
                dialog.close()
            }
        }
    }
}
