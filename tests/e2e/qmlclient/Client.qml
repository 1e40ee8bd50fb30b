import QtQml
import Tandem

// See main.cpp: an app of its own, with its own service, on the user's
// running device.
QtObject {
    id: app

    property string peer
    property string service
    property int count
    property int session: -1
    readonly property string ownService: "whiteboard.app"

    property Connections results: Connections {
        target: AbilityConnectionManager
        function onConnectResult(id, result) {
            if (id !== app.session)
                return
            if (!result.isConnected) {
                console.error("not connected: " + result.reason)
                Qt.exit(2)
                return
            }
            for (let i = 1; i <= app.count; ++i) {
                const code = AbilityConnectionManager.sendMessage(id, "from qml " + i)
                if (code !== 0) {
                    console.error("message " + i + " refused: " + code)
                    Qt.exit(3)
                    return
                }
            }
            console.info("sent " + app.count)
        }
    }

    Component.onCompleted: {
        if (!AbilityConnectionManager) {
            console.error("no Tandem host to use")
            Qt.exit(1)
            return
        }
        if (AbilityConnectionManager.registerService(ownService) !== 0) {
            console.error("cannot register " + ownService)
            Qt.exit(1)
            return
        }
        session = AbilityConnectionManager.createAbilityConnectionSession(
                    ownService, { deviceId: peer, serviceName: service }, { needSendData: true })
        AbilityConnectionManager.connect(session)
    }
}
