#pragma once

#include "deviceservicehost.h"
#include "servicechannel_p.h"
#include "serviceprotocol_p.h"
#include <Tandem/pairingoutcome.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLocalSocket;
QT_END_NAMESPACE

namespace Tandem {

class Session;
class SessionManager;
class Transfer;
class TransferManager;
class DeviceServiceHostPrivate;

// One connected client of the host: its channel, and the sessions it opened,
// by the number it gave each.
class FieldReader;

class HostClient : public QObject
{
    Q_OBJECT

public:
    HostClient(DeviceServiceHostPrivate *host, QLocalSocket *socket, qint64 processId);
    ~HostClient() override;

    QString app() const { return m_app; }
    bool greeted() const { return m_greeted; }
    // "app (pid N)", for logs.
    QString who() const;
    // Tells the client why and disconnects it; its sessions close. Said in
    // the log too, unless it is the host that stops.
    void drop(const QString &reason, bool log = true);
    // Drops the client for the protocol error the reader met, if any.
    bool wellFormed(const FieldReader &read);
    bool isPairingWith(const QString &deviceId) const { return m_pairing && m_pairing->deviceId == deviceId; }
    // A peer opened `session` to a service this client registered.
    void offerIncoming(Session *session);
    // Tells the client of a transfer it did not send (it watches, or the
    // offer is tagged with its service), and follows it; once each.
    void showTransfer(Transfer *transfer);
    void flush() { m_channel->flush(); }

private:
    void handle(const Protocol::ControlMessage &message, const QByteArray &body);
    bool checkBody(const Protocol::ControlMessage &message, qint64 bytes, QString *error) const;
    void hello(const QCborMap &fields);
    void replyDevices(const QCborMap &fields);
    // The device list as "device-list" and "devices-changed" carry it.
    QByteArray deviceListBody() const;
    void replyTrusted(const QCborMap &fields);
    void find(const QCborMap &fields);
    void open(const QCborMap &fields);
    void send(const QCborMap &fields, const QByteArray &body);
    void close(const QCborMap &fields);
    void unpair(const QCborMap &fields);
    void pair(const QCborMap &fields);
    void answerPairing(const QCborMap &fields);
    void sendFiles(const QCborMap &fields);
    void registerService(const QCborMap &fields);
    void answer(const QCborMap &fields);
    void unregisterService(const QCborMap &fields);
    void limit(const QCborMap &fields);
    void adopt(const QCborMap &fields);
    void consumed(const QCborMap &fields);
    void startWatching(const QCborMap &fields);
    void decidePairing(const QCborMap &fields);
    // The device list to a watcher, at most every DevicePushInterval.
    void pushDevices();
    void cancelTransfer(const QCborMap &fields);
    void watch(quint32 number, Transfer *transfer);
    void startWatchingTransfers(const QCborMap &fields);
    void answerTransfer(const QCborMap &fields);
    // Tells the client how its pairing ended and forgets it.
    void endPairing(PairingOutcome outcome, const QString &reason);
    void watch(quint32 id, Session *session);
    // Sends to the client unless it is too far behind, in which case it is
    // dropped; `bytes` is what the event adds to what it has not read.
    bool post(QLatin1StringView type, const QCborMap &fields);
    bool postWithBody(QLatin1StringView type, const QCborMap &fields, quint32 stream, const QByteArray &body);
    bool hasRoomFor(qint64 bytes);
    // Bytes of this client's messages the host holds: queued in its sessions
    // and the one arriving.
    qint64 heldBytes() const;
    void gone(const QString &reason);

    DeviceServiceHostPrivate *m_host;
    ServiceChannel *m_channel;
    QString m_app;
    qint64 m_processId;
    bool m_greeted = false;
    bool m_gone = false;
    QTimer m_helloTimer;
    std::map<quint32, QPointer<Session>> m_sessions;
    // The transfers it follows, by number: those it sent through the host
    // (`own`, numbered by it, cancelled when it goes) and, while it watches
    // transfers, the host's others (numbered by the host from
    // FirstIncomingSession).
    struct FollowedTransfer
    {
        QPointer<Transfer> transfer;
        bool own;
    };
    std::map<quint32, FollowedTransfer> m_transfers;
    bool m_watchingTransfers = false;
    quint32 m_nextSeenTransfer = ServiceProtocol::FirstIncomingSession;
    // Set while its own send-files runs: the manager announces the new
    // transfer before the send returns, and the client knows it already.
    bool m_sendingFiles = false;
    // The services it registered, and the number the next session a peer
    // opens to one of them gets.
    QStringList m_services;
    quint32 m_nextIncoming = ServiceProtocol::FirstIncomingSession;
    // The pairing this client runs through the host (MaxPairingsPerClient):
    // its request number, and the device.
    struct Pairing
    {
        qint64 request;
        QString deviceId;
    };
    std::optional<Pairing> m_pairing;
    // Watching the device list and pairing events (Watch).
    bool m_watching = false;
    bool m_devicesDirty = false;
    QTimer m_devicePushTimer;
};

class DeviceServiceHostPrivate
{
public:
    DeviceServiceHost *q;
    SessionManager *sessions;
    QPointer<TransferManager> transfers;
    QString socketPath;
    QString socketError;
    QLocalServer *server = nullptr;
    QList<HostClient *> clients;
    // Which client takes the incoming sessions of each service it registered.
    QHash<QString, HostClient *> services;

    void accept();
    void remove(HostClient *client, const QString &reason);
};

} // namespace Tandem
