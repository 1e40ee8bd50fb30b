import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Who this device is to others: its name and its id, as peers will see them
// when comparing a pairing code.
Frame {
    id: card

    required property Profile profile

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("This device")

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: qsTr("This device")
            font.bold: true
            opacity: 0.7
        }
        Label {
            objectName: "deviceName"
            Layout.fillWidth: true
            text: card.profile.deviceName
            font.pixelSize: card.font.pixelSize * 1.8
            elide: Text.ElideRight
            Accessible.name: qsTr("Device name: %1").arg(card.profile.deviceName)
        }
        Label {
            objectName: "shortId"
            text: qsTr("ID %1").arg(card.profile.shortId)
            font.family: "monospace"
        }
        TextEdit {
            id: fullId

            // The id itself; the text shows it in groups of groupLength, as
            // fingerprints are: compared by eye group by group, and where
            // the card is narrow a line breaks between groups, never inside
            // one.
            readonly property string value: card.profile.deviceId
            readonly property int groupLength: 8

            objectName: "deviceId"
            Layout.fillWidth: true
            text: fullId.value.match(new RegExp(".{1," + fullId.groupLength + "}", "g"))?.join(" ") ?? ""
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WordWrap
            font.family: "monospace"
            // Secondary to the name, yet read out when comparing: the
            // text colour, a little softer (the placeholder colour is too
            // faint for that).
            color: card.palette.windowText
            opacity: 0.75
            Accessible.name: qsTr("Full device ID")
        }
    }
}
