import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tandem

ApplicationWindow {
    id: window

    required property Profile profile

    width: 960
    height: 640
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("Tandem — %1").arg(window.profile.deviceName)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            Label {
                Layout.topMargin: 24
                Layout.leftMargin: 24
                text: qsTr("Tandem")
                font.pixelSize: window.font.pixelSize * 2.2
                font.bold: true
            }

            DeviceIdentityCard {
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                profile: window.profile
            }
        }
    }
}
