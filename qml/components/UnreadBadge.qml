import QtQuick
import QtQuick.Controls

// How many messages wait unread: a small round count, drawn from the
// palette (highlight and its text) so that it reads in both themes.
// Invisible at zero.
Label {
    id: badge

    property int count

    visible: badge.count > 0
    // Past 99 the exact number says nothing more.
    text: badge.count > 99 ? "99+" : String(badge.count)
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    font.bold: true
    color: badge.palette.highlightedText
    leftPadding: 6
    rightPadding: 6
    // Round, never narrower than tall.
    width: Math.max(badge.implicitWidth, badge.implicitHeight)
    Accessible.ignored: true

    background: Rectangle {
        radius: height / 2
        color: badge.palette.highlight
    }
}
