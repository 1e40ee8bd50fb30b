import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line at the top of the window for what just happened on the page on
// screen (paired, an error); Banners decides what shows and for how long.
Pane {
    id: banner

    required property Banners banners

    objectName: "banner"
    visible: banner.banners.text !== ""
    padding: 8
    background: Rectangle {
        color: banner.banners.isError ? "#ffebe9" : "#dafbe1"
    }

    RowLayout {
        anchors.fill: parent
        Label {
            id: text
            objectName: "bannerText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: banner.banners.text
            color: "#1f2328"
        }
        Button {
            objectName: "dismissBanner"
            flat: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the message")
            onClicked: banner.banners.dismiss()
        }
    }
}
