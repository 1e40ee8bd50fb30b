// BluetoothPlatform on Linux: BlueZ is asked over D-Bus without blocking,
// and RFCOMM links are dialled on sockets of our own (see RfcommDial for
// why). See bluetoothlinkprovider_p.h.
#include "bluetoothlinkprovider_p.h"

#include "bluetoothlinkprovider.h"

#include <QBluetoothLocalDevice>
#include <QBluetoothServiceDiscoveryAgent>
#include <QBluetoothServiceInfo>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QLocalSocket>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace Tandem {

namespace {
// How long BlueZ may take to say which adapters it has.
constexpr int ProbeTimeoutMs = 10000;

// Why Tandem dials RFCOMM itself on BlueZ instead of with QBluetoothSocket:
// with bluetoothd >= 5.46, QBluetoothSocket::connectToService() goes through
// BlueZ's D-Bus API. It registers an org.bluez.Profile1 with Role=client
// under the service UUID for as long as the socket lives, and bluetoothd
// refuses to register a UUID twice ("UUID already registered"). So a device
// that serves (QBluetoothServer's SDP record is registered the same way)
// could not dial a peer for the same service, nor dial two peers at once;
// and its ConnectProfile call waits on the event loop's thread for the whole
// page and connect. Qt's other backend, plain sockets, is chosen only by a
// process-wide environment variable that also switches Bluetooth LE to an
// older stack. A connected RFCOMM socket is a stream file descriptor, which
// QLocalSocket carries as it is (Qt's own D-Bus backend does the same with
// the descriptor bluetoothd hands over).
//
// BlueZ's socket ABI (<bluetooth/bluetooth.h>, <bluetooth/rfcomm.h>),
// stable since Linux 2.4; declared here so that building needs no BlueZ
// headers.
constexpr int AfBluetooth = 31;
constexpr int BtProtoRfcomm = 3;
struct SockAddrRfcomm
{
    sa_family_t family;
    quint8 address[6]; // least significant byte first
    quint8 channel;
};

SockAddrRfcomm rfcommAddress(const QBluetoothAddress &address, quint8 channel)
{
    SockAddrRfcomm result{};
    result.family = AfBluetooth;
    const quint64 value = address.toUInt64();
    for (int i = 0; i < 6; ++i)
        result.address[i] = quint8(value >> (8 * i));
    result.channel = channel;
    return result;
}

// One outgoing RFCOMM connection: the channel of the peer's Tandem record
// (known from discovery, else asked for now by SDP), then a non-blocking
// connect. Reports once through `done`, then deletes itself.
class RfcommDial : public QObject
{
public:
    // `stream` is connected (the receiver owns it) or null with `error`;
    // `channel` is the channel that worked, or 0 when none did.
    using Done = BluetoothPlatform::DialDone;

    RfcommDial(const QBluetoothAddress &local, const QBluetoothAddress &remote, const QBluetoothUuid &uuid,
               std::chrono::milliseconds timeout, Done done, QObject *parent)
        : QObject(parent)
        , m_local(local)
        , m_remote(remote)
        , m_uuid(uuid)
        , m_done(std::move(done))
    {
        auto *deadline = new QTimer(this);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this,
                [this] { finish(nullptr, QStringLiteral("Bluetooth connection timed out")); });
        deadline->start(timeout);
    }

    ~RfcommDial() override { closeSocket(); }

    void start(quint8 knownChannel)
    {
        if (knownChannel > 0)
            connectTo(knownChannel, true);
        else
            lookUp();
    }

private:
    void lookUp()
    {
        m_agent = new QBluetoothServiceDiscoveryAgent(m_local, this);
        m_agent->setRemoteAddress(m_remote);
        m_agent->setUuidFilter(m_uuid);
        auto found = [this](const QBluetoothServiceInfo &info) {
            if (m_socket >= 0 || m_finished || !BluetoothPlatform::offersTandem(info, m_uuid)
                || info.serverChannel() <= 0 || info.device().address() != m_remote)
                return false;
            m_agent->stop();
            connectTo(quint8(info.serverChannel()), false);
            return true;
        };
        connect(m_agent, &QBluetoothServiceDiscoveryAgent::serviceDiscovered, this, found);
        // BlueZ delivers serviceDiscovered queued, after finished(): decide
        // only once those have come in.
        connect(m_agent, &QBluetoothServiceDiscoveryAgent::finished, this, [this, found] {
            QTimer::singleShot(0, this, [this, found] {
                if (m_socket >= 0 || m_finished)
                    return;
                const auto services = m_agent->discoveredServices();
                for (const QBluetoothServiceInfo &info : services) {
                    if (found(info))
                        return;
                }
                finish(nullptr, QStringLiteral("the device offers no Tandem service over Bluetooth"));
            });
        });
        connect(m_agent, &QBluetoothServiceDiscoveryAgent::errorOccurred, this, [this] {
            if (m_socket < 0)
                finish(nullptr, QStringLiteral("Bluetooth service lookup failed: ") + m_agent->errorString());
        });
        m_agent->start(QBluetoothServiceDiscoveryAgent::FullDiscovery);
    }

    void connectTo(quint8 channel, bool fromDiscovery)
    {
        m_channel = channel;
        m_socket = ::socket(AfBluetooth, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, BtProtoRfcomm);
        if (m_socket < 0) {
            finish(nullptr, QStringLiteral("cannot make an RFCOMM socket: ") + qt_error_string(errno));
            return;
        }
        // From the adapter Tandem serves on, as QBluetoothSocket would.
        const SockAddrRfcomm source = rfcommAddress(m_local, 0);
        if (!m_local.isNull() && ::bind(m_socket, reinterpret_cast<const sockaddr *>(&source), sizeof source) != 0) {
            failed(errno, false);
            return;
        }
        const SockAddrRfcomm target = rfcommAddress(m_remote, channel);
        if (::connect(m_socket, reinterpret_cast<const sockaddr *>(&target), sizeof target) == 0) {
            connected();
            return;
        }
        if (errno != EINPROGRESS && errno != EAGAIN) {
            failed(errno, fromDiscovery);
            return;
        }
        m_writable = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
        connect(m_writable, &QSocketNotifier::activated, this, [this, fromDiscovery] {
            delete std::exchange(m_writable, nullptr);
            int error = 0;
            socklen_t length = sizeof error;
            if (::getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
            if (error != 0)
                failed(error, fromDiscovery);
            else
                connected();
        });
    }

    void failed(int error, bool fromDiscovery)
    {
        closeSocket();
        // The channel seen at discovery may be stale (the peer restarted
        // and listens elsewhere): ask its SDP server once.
        if (fromDiscovery) {
            lookUp();
            return;
        }
        m_channel = 0;
        finish(nullptr, QStringLiteral("Bluetooth: cannot connect: ") + qt_error_string(error));
    }

    void connected()
    {
        auto *stream = new QLocalSocket;
        if (!stream->setSocketDescriptor(m_socket, QLocalSocket::ConnectedState, QIODevice::ReadWrite)) {
            const QString error = stream->errorString();
            delete stream;
            closeSocket();
            m_channel = 0;
            finish(nullptr, QStringLiteral("Bluetooth: cannot use the RFCOMM socket: ") + error);
            return;
        }
        m_socket = -1; // the stream owns it now
        finish(stream, QString());
    }

    void closeSocket()
    {
        delete std::exchange(m_writable, nullptr);
        if (m_socket >= 0)
            ::close(std::exchange(m_socket, -1));
    }

    void finish(QIODevice *stream, const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_agent)
            m_agent->stop();
        closeSocket();
        m_done(stream, error, stream ? m_channel : quint8(0));
        deleteLater();
    }

    QBluetoothAddress m_local;
    QBluetoothAddress m_remote;
    QBluetoothUuid m_uuid;
    Done m_done;
    QPointer<QBluetoothServiceDiscoveryAgent> m_agent;
    QSocketNotifier *m_writable = nullptr;
    int m_socket = -1;
    quint8 m_channel = 0;
    bool m_finished = false;
};
} // namespace

namespace BluetoothPlatform {

QBluetoothUuid serviceId(const QBluetoothUuid &uuid, const QString &deviceId)
{
    // Qt registers the record with bluetoothd under its service id, and
    // bluetoothd takes each UUID once per machine: an id of this device's
    // own lets several Tandem devices (profiles) on one machine serve side
    // by side. Peers search and dial the class id, Tandem's UUID.
    return QBluetoothUuid(QUuid::createUuidV5(QUuid(uuid), deviceId));
}

void probeAdapters(QObject *context, ProbeDone done)
{
    // QBluetoothLocalDevice asks bluetoothd synchronously, and a half-there
    // BlueZ makes that hang for the D-Bus timeout (25 s). Ask it first
    // without blocking; only once it has answered is Qt's call safe.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        // No system bus: no BlueZ, so no adapter. Said later, like any answer.
        QMetaObject::invokeMethod(context, [done] { done({}, QString()); }, Qt::QueuedConnection);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), QStringLiteral("/"),
                                                             QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                                                             QStringLiteral("GetManagedObjects"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ProbeTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done] {
        watcher->deleteLater();
        const QDBusError error = watcher->error();
        if (!error.isValid())
            done(QBluetoothLocalDevice::allDevices(), QString());
        else if (error.type() == QDBusError::ServiceUnknown)
            done({}, QString()); // bluetoothd is not running: no adapter it manages
        else
            done({}, BluetoothLinkProvider::tr("BlueZ did not answer (%1)").arg(error.message()));
    });
}

void dialRfcomm(const QBluetoothAddress &local, const QBluetoothAddress &remote, const QBluetoothUuid &uuid,
                quint8 knownChannel, std::chrono::milliseconds timeout, QObject *context, DialDone done)
{
    auto *dial = new RfcommDial(local, remote, uuid, timeout, std::move(done), context);
    dial->start(knownChannel);
}

} // namespace BluetoothPlatform
} // namespace Tandem
