import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line at the top of the window for what just happened (paired, an
// error), until the user dismisses it or the next one replaces it.
Pane {
    id: banner

    property bool isError: false

    function show(message: string, error: bool) {
        text.text = message
        banner.isError = error
    }

    objectName: "banner"
    visible: text.text !== ""
    padding: 8
    background: Rectangle {
        color: banner.isError ? "#ffebe9" : "#dafbe1"
    }

    RowLayout {
        anchors.fill: parent
        Label {
            id: text
            objectName: "bannerText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: "#1f2328"
        }
        Button {
            flat: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the message")
            onClicked: text.text = ""
        }
    }
}
