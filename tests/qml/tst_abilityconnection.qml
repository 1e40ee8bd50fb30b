import QtQuick
import QtTest
import Tandem

// The ability-connection API as a QML app uses it: the singleton on this
// device, `peerManager` standing in for the app on the other device.
TestCase {
    id: test
    name: "AbilityConnectionFromQml"

    SignalSpy { id: results; target: AbilityConnectionManager; signalName: "connectResult" }
    SignalSpy { id: requests; target: peerManager; signalName: "collaborationRequested" }
    SignalSpy { id: messages; target: peerManager; signalName: "messageReceived" }
    SignalSpy { id: disconnects; target: peerManager; signalName: "disconnected" }

    function test_enumsKeepTheirOpenHarmonyValues() {
        compare(AbilityConnectionManager.CONNECTED_SESSION_EXISTS, 0)
        compare(AbilityConnectionManager.PEER_APP_REJECTED, 1)
        compare(AbilityConnectionManager.SYSTEM_INTERNAL_ERROR, 5)
        compare(AbilityConnectionManager.PEER_APP_CLOSE_COLLABORATION, 0)
        compare(AbilityConnectionManager.NETWORK_DISCONNECTED, 2)
        compare(AbilityConnectionManager.SEND_FAILURE, 0)
    }

    function test_badParametersAreRefused() {
        verify(AbilityConnectionManager.createAbilityConnectionSession("", { deviceId: peerDeviceId, serviceName: "chat" }, {}) < 0)
        verify(AbilityConnectionManager.createAbilityConnectionSession("app", { serviceName: "chat" }, {}) < 0)
        compare(AbilityConnectionManager.sendMessage(987654, "nobody"), 401) // no such session
    }

    function test_connectAcceptSendDisconnect() {
        compare(peerManager.registerService("chat"), 0)
        const id = AbilityConnectionManager.createAbilityConnectionSession(
                     "chat-client", { deviceId: peerDeviceId, serviceName: "chat" }, { needSendData: true })
        verify(id > 0)
        compare(AbilityConnectionManager.getPeerInfoById(id).deviceId, peerDeviceId)
        compare(AbilityConnectionManager.sendMessage(id, "too early"), 201)

        AbilityConnectionManager.connect(id)
        requests.wait(10000)
        const request = requests.signalArguments[0][0]
        compare(request.peerInfo.deviceId, ownDeviceId)
        verify(request.token.length > 0)
        const peerSide = peerManager.createAbilityConnectionSession("chat", request.peerInfo, request.options)
        verify(peerSide > 0)
        compare(peerManager.acceptConnect(peerSide, request.token), 0)
        compare(peerManager.acceptConnect(peerSide, request.token), 401) // one-time

        results.wait(10000)
        compare(results.signalArguments[0][0], id)
        verify(results.signalArguments[0][1].isConnected)

        compare(AbilityConnectionManager.sendMessage(id, "héllo from QML"), 0)
        messages.wait(10000)
        compare(messages.signalArguments[0][1], "héllo from QML")
        compare(AbilityConnectionManager.sendMessage(id, "x".repeat(1024)), 401)
        compare(AbilityConnectionManager.sendMessage(id, "x".repeat(1023)), 0)

        compare(AbilityConnectionManager.disconnect(id), 0)
        disconnects.wait(10000)
        compare(disconnects.signalArguments[0][1], AbilityConnectionManager.PEER_APP_CLOSE_COLLABORATION)
    }
}
