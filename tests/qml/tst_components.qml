import QtQuick
import QtQuick.Controls
import QtTest
import Tandem

// The module's reusable components as a user meets them: shown, clicked,
// typed into. DeviceList runs over a plain ListModel and over a real
// DeviceModel whose device (`ownDevice`) is paired with `peerDeviceId`.
Item {
    id: root
    width: 800
    height: 600

    IncomingRequestDialog {
        id: request
    }
    SignalSpy { id: accepted; target: request; signalName: "requestAccepted" }
    SignalSpy { id: rejected; target: request; signalName: "requestRejected" }

    PairingDialog {
        id: pairing
    }
    SignalSpy { id: confirmed; target: pairing; signalName: "codeConfirmed" }
    SignalSpy { id: declined; target: pairing; signalName: "codeRejected" }

    ListModel {
        id: plainDevices
        ListElement {
            deviceId: "aaaa1111"; name: "Desk"; shortId: "aaaa 1111"; paired: true; reachable: true
            connected: true; transports: "lan"; pairingCode: ""
        }
        ListElement {
            deviceId: "bbbb2222"; name: "Phone"; shortId: "bbbb 2222"; paired: false; reachable: true
            connected: false; transports: "lan"; pairingCode: ""
        }
    }

    DeviceList {
        id: plainList
        width: 600
        height: 300
        model: plainDevices
    }
    SignalSpy { id: pairRequests; target: plainList; signalName: "pairRequested" }
    SignalSpy { id: conversationRequests; target: plainList; signalName: "conversationRequested" }
    SignalSpy { id: sendRequests; target: plainList; signalName: "sendFilesRequested" }

    DeviceModel {
        id: liveDevices
        device: ownDevice
    }
    DeviceList {
        id: liveList
        y: 300
        width: 600
        height: 300
        visible: false
        model: liveDevices
    }

    // Alpha's and Beta's transfers over their real TransferManagers.
    TransferModel {
        id: outgoing
        manager: ownTransfers
        device: ownDevice
    }
    TransferModel {
        id: incoming
        manager: peerTransfers
    }
    TransferList {
        id: outgoingList
        width: 600
        height: 300
        visible: false
        model: outgoing
    }
    TransferList {
        id: incomingList
        y: 300
        width: 600
        height: 300
        visible: false
        model: incoming
    }
    SignalSpy { id: offers; target: incoming; signalName: "offerArrived" }
    SignalSpy { id: openFiles; target: incomingList; signalName: "openFileRequested" }
    SignalSpy { id: openFolders; target: incomingList; signalName: "openFolderRequested" }
    SignalSpy { id: cancels; target: outgoingList; signalName: "cancelRequested" }

    // A TestCase is never visible itself is invisible; the components above are what is shown.
    TestCase {
        id: test
        name: "Components"
        when: windowShown

        function init() {
            accepted.clear(); rejected.clear(); confirmed.clear(); declined.clear()
            pairRequests.clear(); conversationRequests.clear(); sendRequests.clear()
        }

        function buttonIn(popup, name) {
            const button = findChild(popup.footer, name)
            verify(button, name)
            return button
        }

        function openAndWait(popup) {
            tryVerify(() => popup.opened, 5000)
            waitForRendering(popup.contentItem)
        }

        function test_incomingRequestAccept() {
            request.ask("Beta", "tandem.text")
            openAndWait(request)
            const text = findChild(request.contentItem, "requestText")
            verify(text.text.indexOf("Beta") >= 0, text.text)
            compare(text.textFormat, Text.PlainText)
            verify(text.text.indexOf("conversation") >= 0, text.text)
            mouseClick(buttonIn(request, "acceptRequest"))
            compare(accepted.count, 1)
            compare(rejected.count, 0)
            tryVerify(() => !request.visible)
        }

        function test_incomingRequestRejectWithReason() {
            request.ask("Beta", "notes")
            openAndWait(request)
            const reason = findChild(request.contentItem, "rejectReason")
            mouseClick(reason)
            for (const c of "busy")
                keyClick(c)
            mouseClick(buttonIn(request, "rejectRequest"))
            compare(accepted.count, 0)
            compare(rejected.count, 1)
            compare(rejected.signalArguments[0][0], "busy")
            tryVerify(() => !request.visible)
        }

        function test_incomingRequestReasonIsBounded() {
            request.ask("Beta", "notes")
            openAndWait(request)
            const reason = findChild(request.contentItem, "rejectReason")
            reason.insert(0, "x".repeat(request.maxReasonLength + 50))
            compare(reason.text.length, request.maxReasonLength)
            mouseClick(buttonIn(request, "rejectRequest"))
            compare(rejected.signalArguments[0][0].length, request.maxReasonLength)
        }

        function test_incomingRequestForFilesSaysWhatAndHowMuch() {
            request.askAbout("Beta", "tandem.files", "Beta wants to send you 2 files, 3.0 MB in all.")
            openAndWait(request)
            compare(findChild(request.contentItem, "requestText").text, "Beta wants to send you 2 files, 3.0 MB in all.")
            mouseClick(buttonIn(request, "acceptRequest"))
            compare(accepted.count, 1)
            tryVerify(() => !request.visible)
            // The next plain request shows the generic sentence again.
            request.ask("Gamma", "tandem.text")
            openAndWait(request)
            verify(findChild(request.contentItem, "requestText").text.indexOf("conversation") >= 0)
            mouseClick(buttonIn(request, "acceptRequest"))
            tryVerify(() => !request.visible)
        }

        function test_incomingRequestClearsTheLastReason() {
            request.ask("Beta", "notes")
            openAndWait(request)
            findChild(request.contentItem, "rejectReason").insert(0, "old")
            mouseClick(buttonIn(request, "acceptRequest"))
            tryVerify(() => !request.visible)
            request.ask("Gamma", "notes")
            openAndWait(request)
            compare(findChild(request.contentItem, "rejectReason").text, "")
        }

        function test_pairingDialogShowsCodeAndConfirms() {
            pairing.show("Beta", "123456", true)
            openAndWait(pairing)
            const code = findChild(pairing.contentItem, "pairingCode")
            compare(code.text, "123 456")
            compare(code.value, "123456")
            verify(pairing.title.indexOf("Beta") >= 0)
            const confirm = buttonIn(pairing, "confirmPairing")
            mouseClick(confirm)
            compare(confirmed.count, 1)
            // Still open, waiting for the other side, and cannot confirm twice.
            verify(pairing.visible)
            verify(findChild(pairing.contentItem, "pairingWaiting").visible)
            verify(!confirm.enabled)
            mouseClick(confirm)
            compare(confirmed.count, 1)
            pairing.close()
            tryVerify(() => !pairing.visible)
            compare(declined.count, 0)
        }

        function test_pairingDialogRejects() {
            pairing.show("Beta", "654321", false)
            openAndWait(pairing)
            mouseClick(buttonIn(pairing, "rejectPairing"))
            compare(declined.count, 1)
            compare(confirmed.count, 0)
            tryVerify(() => !pairing.visible)
        }

        function test_pairingDialogEscapeRejects() {
            pairing.show("Beta", "111222", true)
            openAndWait(pairing)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !pairing.visible)
            compare(declined.count, 1)
        }

        function rowOf(list, name) {
            return findChild(list.contentItem, "device:" + name)
        }

        function test_deviceListOverAPlainModel() {
            tryVerify(() => rowOf(plainList, "Phone") !== null)
            const desk = rowOf(plainList, "Desk")
            verify(desk)
            // Paired: chat and unpair; nearby: pair.
            verify(findChild(desk, "chat:Desk").visible)
            verify(!findChild(desk, "pair:Desk").visible)
            const phone = rowOf(plainList, "Phone")
            verify(!findChild(phone, "chat:Phone").visible)
            const pair = findChild(phone, "pair:Phone")
            verify(pair.visible && pair.enabled)
            mouseClick(pair)
            compare(pairRequests.count, 1)
            compare(pairRequests.signalArguments[0][0], "bbbb2222")
            mouseClick(findChild(desk, "chat:Desk"))
            compare(conversationRequests.signalArguments[0][0], "aaaa1111")
            // Files go to paired devices only.
            verify(!findChild(phone, "sendFiles:Phone").visible)
            verify(!findChild(phone, "dropOn:Phone").enabled)
            verify(findChild(desk, "dropOn:Desk").enabled)
            mouseClick(findChild(desk, "sendFiles:Desk"))
            compare(sendRequests.count, 1)
            compare(sendRequests.signalArguments[0][0], "aaaa1111")

            // Live: a device that appears gets a row, one that goes loses it.
            plainDevices.append({ deviceId: "cccc3333", name: "Tablet", shortId: "cccc 3333", paired: false,
                                  reachable: true, connected: false, transports: "lan", pairingCode: "" })
            tryVerify(() => rowOf(plainList, "Tablet") !== null)
            plainDevices.remove(2)
            tryVerify(() => rowOf(plainList, "Tablet") === null)

            // A name is another device's to choose: shown as typed, never as markup.
            plainDevices.append({ deviceId: "dddd4444", name: "<b>Mallory</b><img src='x'>", shortId: "dddd 4444",
                                  paired: false, reachable: true, connected: false, transports: "lan", pairingCode: "" })
            tryVerify(() => rowOf(plainList, "<b>Mallory</b><img src='x'>") !== null)
            const label = findChild(rowOf(plainList, "<b>Mallory</b><img src='x'>"), "deviceName")
            compare(label.textFormat, Text.PlainText)
            compare(label.text, "<b>Mallory</b><img src='x'>")
            plainDevices.remove(2)
        }

        function test_transferListFollowsARealTransfer() {
            plainList.visible = false
            outgoingList.visible = true
            incomingList.visible = true
            verify(findChild(outgoingList, "noTransfers").visible)
            const id = outgoing.send(peerDeviceId, [sampleFileUrl])
            verify(id !== "")
            // Alpha's row: to Beta, waiting for the answer, cancellable.
            tryVerify(() => findChild(outgoingList.contentItem, "transfer:0") !== null, 5000)
            const sent = findChild(outgoingList.contentItem, "transfer:0")
            verify(findChild(sent, "transferSummary").text.indexOf("Beta") >= 0, findChild(sent, "transferSummary").text)
            verify(!findChild(outgoingList, "noTransfers").visible)
            const cancel = findChild(sent, "cancelTransfer:0")
            verify(cancel.visible)
            mouseClick(cancel)
            compare(cancels.count, 1)
            compare(cancels.signalArguments[0][0], id)

            // Beta is offered it and accepts; both rows end completed.
            tryVerify(() => offers.count === 1, 10000)
            compare(offers.signalArguments[0][3], 1)
            compare(offers.signalArguments[0][4], 100000)
            verify(incoming.acceptOffer(id))
            tryVerify(() => findChild(incomingList.contentItem, "transfer:0") !== null, 5000)
            const received = findChild(incomingList.contentItem, "transfer:0")
            tryCompare(received, "transferState", 3, 10000)
            tryCompare(sent, "transferState", 3, 10000)
            compare(findChild(sent, "transferProgress:0").value, 1)
            verify(!findChild(sent, "cancelTransfer:0").visible)
            verify(findChild(received, "transferStatus:0").text.indexOf("Completed") >= 0)

            // What arrived can be opened, or its folder shown.
            const open = findChild(received, "openFile:0:0")
            verify(open && open.visible)
            mouseClick(open)
            compare(openFiles.count, 1)
            verify(openFiles.signalArguments[0][0].endsWith("/downloads/sample.txt"), openFiles.signalArguments[0][0])
            mouseClick(findChild(received, "openFolder:0"))
            verify(openFolders.signalArguments[0][0].endsWith("/downloads"), openFolders.signalArguments[0][0])

            outgoingList.visible = false
            incomingList.visible = false
            plainList.visible = true
        }

        function test_deviceListOverTheLiveDeviceModel() {
            plainList.visible = false
            liveList.visible = true
            // The paired test device is listed, connected, with its real name.
            tryVerify(() => liveDevices.count >= 1, 10000)
            const row = liveDevices.indexOf(peerDeviceId)
            verify(row >= 0)
            tryVerify(() => rowOf(liveList, "Beta") !== null, 5000)
            const beta = rowOf(liveList, "Beta")
            verify(beta.paired)
            tryVerify(() => beta.connected, 10000)
            verify(findChild(beta, "chat:Beta").visible)
            verify(beta.status.indexOf("LAN") >= 0, beta.status)
            compare(liveDevices.nameOf(peerDeviceId), "Beta")
            // Bad input is refused with a sentence, nothing dialled.
            verify(!liveDevices.connectToAddress("not an address"))
            liveList.visible = false
            plainList.visible = true
        }
    }
}
