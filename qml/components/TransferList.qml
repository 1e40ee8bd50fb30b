pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// File transfers as a list, newest first: per batch who and how much, a
// progress bar with rate and time left, its state or error, and per file
// its own progress. Works over any model with TransferModel's role names;
// buttons ask through signals and the model's owner acts. Over a
// TransferHistoryModel (roles historyId and finishedAt) rows say when they
// ended and offer to be removed from the history.
ListView {
    id: list

    // Put before the items' object names, to tell two lists apart.
    property string namePrefix
    // What an empty list says; empty: nothing.
    property string emptyText: qsTr("No transfers yet. Drop files onto a paired device, or use its Send files button.")

    signal cancelRequested(string transferId)
    signal openFileRequested(string path)
    signal openFolderRequested(string path)
    signal removeRequested(int historyId)

    // Texts for TransferModel's state role (Transfer::State).
    function stateText(state: int, incoming: bool): string {
        switch (state) {
        case 0: return incoming ? qsTr("Waiting for your answer") : qsTr("Waiting for the other device to accept")
        case 1: return qsTr("Transferring")
        case 2: return qsTr("Paused: the other device is away")
        case 3: return qsTr("Completed")
        case 4: return incoming ? qsTr("Declined") : qsTr("Declined by the other device")
        case 5: return qsTr("Cancelled")
        case 6: return qsTr("Failed")
        }
        return ""
    }
    function durationText(seconds: int): string {
        if (seconds < 0)
            return ""
        if (seconds < 60)
            return qsTr("%n second(s) left", "", seconds)
        if (seconds < 3600)
            return qsTr("%n minute(s) left", "", Math.ceil(seconds / 60))
        return qsTr("%n hour(s) left", "", Math.ceil(seconds / 3600))
    }

    clip: true
    spacing: 8
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("File transfers")

    Label {
        objectName: list.namePrefix + "noTransfers"
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: list.count === 0 && list.emptyText !== ""
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: list.emptyText
        opacity: 0.7
    }

    delegate: Frame {
        id: row

        required property int index
        required property string transferId
        required property string peerName
        required property bool incoming
        required property bool finished
        required property string errorString
        required property int fileCount
        required property int filesVerified
        required property double totalBytes
        required property double bytesDone
        required property double progress
        required property double bytesPerSecond
        required property double etaSeconds
        required property var files
        required property string folder
        required property var model
        // The role `state` would shadow Item.state.
        readonly property int transferState: row.model.state
        // Only a history row has these (undefined over TransferModel).
        readonly property bool inHistory: row.model.historyId !== undefined
        readonly property var finishedAt: row.model.finishedAt

        readonly property string summary: (row.incoming ? qsTr("From %1") : qsTr("To %1")).arg(row.peerName) + " · "
                                          + qsTr("%n file(s)", "", row.fileCount) + " · "
                                          + Qt.locale().formattedDataSize(row.totalBytes)
        // A cancelled transfer's reason ("Cancelled here: …") says it was
        // cancelled, and by whom: it stands in for "Cancelled", once, and
        // not as an error.
        readonly property bool reasonIsStatus: row.transferState === 5 && row.errorString !== ""
        readonly property string status: {
            const parts = [row.reasonIsStatus ? row.errorString : list.stateText(row.transferState, row.incoming)]
            if (row.inHistory && row.finishedAt)
                parts.push(row.finishedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
            if (row.transferState === 1) {
                parts.push(qsTr("%1 of %2").arg(Qt.locale().formattedDataSize(row.bytesDone)).arg(Qt.locale().formattedDataSize(row.totalBytes)))
                if (row.bytesPerSecond > 0)
                    parts.push(qsTr("%1/s").arg(Qt.locale().formattedDataSize(row.bytesPerSecond)))
                if (row.etaSeconds >= 0)
                    parts.push(list.durationText(row.etaSeconds))
            }
            return parts.join(" · ")
        }

        objectName: list.namePrefix + "transfer:" + row.index
        width: ListView.view.width
        Accessible.role: Accessible.ListItem
        Accessible.name: row.summary + ", " + row.status

        ColumnLayout {
            width: parent.width
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "transferSummary"
                    Layout.fillWidth: true
                    text: row.summary
                    // Names come from other devices: never rich text.
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                }
                Button {
                    objectName: list.namePrefix + "cancelTransfer:" + row.index
                    visible: !row.finished
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel the transfer with %1").arg(row.peerName)
                    onClicked: list.cancelRequested(row.transferId)
                }
                Button {
                    objectName: list.namePrefix + "openFolder:" + row.index
                    visible: row.incoming && row.filesVerified > 0
                    flat: true
                    text: qsTr("Show folder")
                    Accessible.name: qsTr("Show the folder the files from %1 landed in").arg(row.peerName)
                    onClicked: list.openFolderRequested(row.folder)
                }
                Button {
                    objectName: list.namePrefix + "removeTransfer:" + row.index
                    visible: row.inHistory
                    flat: true
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove the transfer with %1 from the history").arg(row.peerName)
                    onClicked: list.removeRequested(row.model.historyId)
                }
            }
            ProgressBar {
                objectName: list.namePrefix + "transferProgress:" + row.index
                Layout.fillWidth: true
                from: 0
                to: 1
                value: row.progress
                Accessible.name: qsTr("Progress")
            }
            Label {
                objectName: list.namePrefix + "transferStatus:" + row.index
                Layout.fillWidth: true
                text: row.status
                textFormat: Text.PlainText
                elide: Text.ElideRight
                opacity: 0.8
            }
            Label {
                objectName: list.namePrefix + "transferError:" + row.index
                Layout.fillWidth: true
                visible: row.errorString !== "" && !row.reasonIsStatus
                text: row.errorString
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                // Red that keeps its contrast in both themes (as Conversation's).
                color: Qt.tint(row.palette.windowText, Qt.rgba(0.85, 0.1, 0.15, 0.6))
            }
            Repeater {
                model: row.files
                delegate: RowLayout {
                    id: file

                    required property int index
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 8
                    objectName: list.namePrefix + "transferFile:" + row.index + ":" + file.index

                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        text: file.modelData.name
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        from: 0
                        to: 1
                        value: file.modelData.progress
                        Accessible.name: qsTr("Progress of %1").arg(file.modelData.name)
                    }
                    Label {
                        text: file.modelData.error !== "" ? qsTr("Failed: %1").arg(file.modelData.error)
                            : file.modelData.skipped ? qsTr("Not chosen")
                            : file.modelData.verified ? qsTr("Verified") : Qt.locale().formattedDataSize(file.modelData.size)
                        textFormat: Text.PlainText
                        opacity: 0.8
                    }
                    Button {
                        objectName: list.namePrefix + "openFile:" + row.index + ":" + file.index
                        visible: row.incoming && file.modelData.verified
                        flat: true
                        text: qsTr("Open")
                        Accessible.name: qsTr("Open %1").arg(file.modelData.name)
                        onClicked: list.openFileRequested(file.modelData.path)
                    }
                }
            }
        }
    }
}
