pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A chat with one device: the messages, oldest at the top, each outgoing
// one with how far it got, and a field to write in.
Pane {
    id: conversation

    required property ConversationModel model
    property string peerName
    // Errors in red that keeps its contrast in light and dark themes: the
    // text colour tinted towards red (dark red on light, light red on
    // dark), rather than one red for both.
    readonly property color errorColor: Qt.tint(conversation.palette.windowText, Qt.rgba(0.85, 0.1, 0.15, 0.6))
    // Only a paired device can be written to; an unpaired one's history
    // stays readable.
    property bool paired: true

    // A message as rich text that shows exactly what was written (every
    // character escaped: it comes from another device) with its web links
    // clickable.
    function linkified(text: string): string {
        const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                            .replace(/"/g, "&quot;")
        // pre-wrap: spaces and line breaks as written.
        return "<span style=\"white-space: pre-wrap\">"
               + escaped.replace(/\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'&]/g, url => "<a href=\"" + url + "\">" + url + "</a>")
               + "</span>"
    }

    function stateText(state: int): string {
        switch (state) {
        case ConversationModel.Queued: return qsTr("Queued")
        case ConversationModel.Sent: return qsTr("Sent")
        case ConversationModel.Delivered: return qsTr("Delivered")
        case ConversationModel.Failed: return qsTr("Not delivered")
        default: return ""
        }
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Conversation with %1").arg(conversation.peerName)

    Connections {
        function onErrorOccurred(message: string) { errorLabel.text = message }

        target: conversation.model as QtObject
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ListView {
            id: messages
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: conversation.model
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Messages")
            onCountChanged: messages.positionViewAtEnd()
            Component.onCompleted: messages.positionViewAtEnd()

            Label {
                anchors.centerIn: parent
                visible: messages.count === 0
                text: qsTr("No messages with %1 yet.").arg(conversation.peerName)
                textFormat: Text.PlainText
                opacity: 0.7
            }

            delegate: Item {
                id: bubble

                required property int index
                required property string text
                required property bool outgoing
                required property date time
                required property int deliveryState

                objectName: "message:" + bubble.index
                width: ListView.view.width
                implicitHeight: frame.implicitHeight
                Accessible.role: Accessible.StaticText
                Accessible.name: (bubble.outgoing ? qsTr("You: %1") : qsTr("%1: %2").arg(conversation.peerName)).arg(bubble.text)

                Frame {
                    id: frame
                    anchors.right: bubble.outgoing ? parent.right : undefined
                    anchors.left: bubble.outgoing ? undefined : parent.left
                    width: Math.min(implicitWidth, bubble.width * 0.8)

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        // Selectable and copyable, links open in the browser.
                        TextEdit {
                            id: messageText
                            objectName: "messageText"
                            Layout.fillWidth: true
                            Layout.preferredWidth: messageText.implicitWidth
                            text: conversation.linkified(bubble.text)
                            textFormat: TextEdit.RichText
                            wrapMode: TextEdit.Wrap
                            readOnly: true
                            selectByMouse: true
                            color: conversation.palette.windowText
                            selectionColor: conversation.palette.highlight
                            selectedTextColor: conversation.palette.highlightedText
                            font: conversation.font
                            Accessible.name: bubble.text
                            onLinkActivated: link => Qt.openUrlExternally(link)

                            HoverHandler {
                                cursorShape: messageText.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
                            }
                        }
                        Label {
                            objectName: "messageState"
                            Layout.alignment: bubble.outgoing ? Qt.AlignRight : Qt.AlignLeft
                            text: Qt.formatTime(bubble.time) + (bubble.outgoing ? " · " + conversation.stateText(bubble.deliveryState) : "")
                            font.pixelSize: conversation.font.pixelSize * 0.85
                            readonly property bool failed: bubble.deliveryState === ConversationModel.Failed
                            color: failed ? conversation.errorColor : conversation.palette.windowText
                            // Softer than the message, except a failure.
                            opacity: failed ? 1 : 0.7
                        }
                        Button {
                            objectName: "copyMessage:" + bubble.index
                            Layout.alignment: Qt.AlignLeft
                            // What another device sent, in one click
                            // (selecting works too, for a part of it).
                            visible: !bubble.outgoing
                            text: qsTr("Copy")
                            flat: true
                            Accessible.name: qsTr("Copy the message from %1").arg(conversation.peerName)
                            onClicked: conversation.model.copyToClipboard(bubble.index)
                        }
                        Button {
                            objectName: "retryMessage"
                            Layout.alignment: Qt.AlignRight
                            visible: bubble.outgoing && bubble.deliveryState === ConversationModel.Failed
                            text: qsTr("Send again")
                            flat: true
                            onClicked: conversation.model.retry(bubble.index)
                        }
                    }
                }
            }
        }

        Label {
            id: errorLabel
            objectName: "conversationError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: conversation.errorColor
        }

        Label {
            objectName: "notPaired"
            Layout.fillWidth: true
            visible: !conversation.paired
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            font.bold: true
            text: qsTr("%1 is not paired with this device: pair again on the Devices page to write to it.").arg(conversation.peerName)
        }

        RowLayout {
            Layout.fillWidth: true
            enabled: conversation.paired
            TextField {
                id: field
                objectName: "messageField"
                Layout.fillWidth: true
                placeholderText: qsTr("Write to %1…").arg(conversation.peerName)
                Accessible.name: qsTr("Message to %1").arg(conversation.peerName)
                onAccepted: sendButton.clicked()
            }
            Button {
                objectName: "sendClipboard"
                text: qsTr("Send clipboard")
                Accessible.name: qsTr("Send the text or image on the clipboard to %1").arg(conversation.peerName)
                onClicked: {
                    if (conversation.model.sendClipboard())
                        errorLabel.text = ""
                }
            }
            Button {
                id: sendButton
                objectName: "sendButton"
                text: qsTr("Send")
                enabled: field.text.trim() !== ""
                Accessible.name: qsTr("Send the message")
                onClicked: {
                    if (conversation.model.send(field.text)) {
                        field.clear()
                        errorLabel.text = ""
                    }
                }
            }
        }
    }
}
