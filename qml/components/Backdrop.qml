import QtQuick

// What a modal dialog lays over the window: the window dimmed, in light and
// dark themes alike. Material's own dims a dark window towards grey, which
// makes it lighter than the window itself; dimming is towards black in
// either theme.
Rectangle {
    // Enough to set the dialog apart; the page stays recognisable.
    readonly property real dimming: 0.5

    color: Qt.rgba(0, 0, 0, dimming)
}
