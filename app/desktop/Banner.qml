import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One line at the top of the window for what just happened on the page on
// screen (paired, an error); Banners decides what shows and for how long.
// Drawn from the theme: the window's colours tinted towards the accent, or
// towards red for an error, with a bar of that colour on its leading edge,
// so its text (the window's text colour) reads in light and dark alike.
Pane {
    id: banner

    required property Banners banners
    // How far the background leans towards the bar's colour: a hint, so
    // the window's text colour keeps its contrast.
    readonly property real tintStrength: 0.18
    readonly property color tone: banner.banners.isError ? banner.Material.color(Material.Red)
                                                         : banner.palette.highlight

    objectName: "banner"
    visible: banner.banners.text !== ""
    padding: 8
    leftPadding: 16
    background: Rectangle {
        color: Qt.tint(banner.palette.window, Qt.rgba(banner.tone.r, banner.tone.g, banner.tone.b, banner.tintStrength))

        Rectangle {
            width: 4
            height: parent.height
            color: banner.tone
        }
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
            color: banner.palette.windowText
            Accessible.name: banner.banners.isError ? qsTr("Error: %1").arg(banner.banners.text) : banner.banners.text
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
