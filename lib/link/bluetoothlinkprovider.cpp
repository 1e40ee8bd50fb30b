#include "bluetoothlinkprovider.h"

#include "linklogging_p.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothHostInfo>
#include <QBluetoothLocalDevice>
#include <QBluetoothServer>
#include <QBluetoothServiceDiscoveryAgent>
#include <QBluetoothServiceInfo>
#include <QBluetoothSocket>
#include <QBluetoothUuid>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUuid>
#if QT_CONFIG(permissions)
#include <QPermissions>
#endif
#ifdef TANDEM_BLUEZ_RFCOMM_DIAL
#include <QLocalSocket>
#include <QSocketNotifier>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef TANDEM_BLUEZ_DBUS_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace Tandem {

namespace {
// How long BlueZ may take to say which adapters it has.
constexpr int ProbeTimeoutMs = 10000;
// A Classic inquiry lasts 10.24 s (GAP); BlueZ keeps discovering until
// told to stop, and Qt stops it after its LE timeout, 40 s by default.
// Devices that answered are asked for their SDP records as they come.
constexpr int InquiryTimeoutMs = 12000;
// A device whose service lookup fails is asked this many times per inquiry.
constexpr int MaxSdpAttempts = 2;

QString unavailable(const QString &why)
{
    return QStringLiteral("Bluetooth unavailable: ") + why;
}

bool offersTandem(const QBluetoothServiceInfo &info, const QBluetoothUuid &uuid)
{
    return info.serviceClassUuids().contains(uuid) || info.serviceUuid() == uuid;
}

#ifdef TANDEM_BLUEZ_RFCOMM_DIAL
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
    using Done = std::function<void(QIODevice *stream, const QString &error, quint8 channel)>;

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
            if (m_socket >= 0 || m_finished || !offersTandem(info, m_uuid) || info.serverChannel() <= 0
                || info.device().address() != m_remote)
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
#endif
} // namespace

class BluetoothLinkProviderPrivate
{
public:
    BluetoothLinkProviderPrivate(BluetoothLinkProvider *q, const BluetoothLinkOptions &options, const QString &deviceId)
        : q(q)
        , options(options)
        , deviceId(deviceId)
    { }

    BluetoothLinkProvider *q;
    BluetoothLinkOptions options;
    QString deviceId;
    QBluetoothUuid uuid{BluetoothLinkProvider::ServiceUuid};
    QString name;
    bool running = false;
    // Bumped by stop(): a probe that returns after it is ignored.
    int generation = 0;
    QBluetoothAddress adapter;
    std::unique_ptr<QBluetoothLocalDevice> local;
    std::unique_ptr<QBluetoothServer> server;
    QBluetoothServiceInfo service;
    QPointer<QBluetoothDeviceDiscoveryAgent> inquiry;
    QPointer<QBluetoothServiceDiscoveryAgent> sdp;
    QList<QBluetoothAddress> toQuery;
    // Devices asked for their records in this round of discovery.
    QSet<QString> queried;
    // Lookups tried per device in this round (see queryNext()).
    QHash<QString, int> sdpAttempts;
    // Address -> RFCOMM channel of its Tandem record, as SDP last said;
    // at most MaxPeers entries.
    QHash<QString, quint8> channels;
    // RFCOMM links up or being set up: dials not yet connected or failed,
    // and streams (dialled or accepted) not yet closed. No inquiry starts
    // while there is one; a discover() meanwhile runs once the last closes.
    // See discover() for why.
    int dialsInFlight = 0;
    int openStreams = 0;
    bool discoverWhenIdle = false;

    bool linksBusy() const { return dialsInFlight > 0 || openStreams > 0; }
    void track(QIODevice *stream);
    void linkSetUpEnded();
    void stopInquiry(const QString &why);

    void probe();
    void onProbed(const QList<QBluetoothHostInfo> &hosts);
    void evaluate();
    bool listen(QString *error);
    void registerService();
    void unlisten();
    void enqueue(const QBluetoothDeviceInfo &device);
    void queryNext();
};

BluetoothLinkProvider::BluetoothLinkProvider(const DeviceIdentity &identity, const Options &options, QObject *parent)
    : StreamLinkProvider(identity, Link::Transport::Bluetooth, options.handshakeTimeout, parent)
    , d(new BluetoothLinkProviderPrivate(this, options, identity.deviceId()))
{ }

BluetoothLinkProvider::~BluetoothLinkProvider()
{
    stop();
}

void BluetoothLinkProvider::start()
{
    if (d->running)
        return;
    d->running = true;
    setState(State::Starting, QStringLiteral("Bluetooth: looking for an adapter"));
#if QT_CONFIG(permissions)
    // Android and macOS ask the user; elsewhere this is granted at once.
    if (auto *app = QCoreApplication::instance()) {
        const QBluetoothPermission permission;
        switch (app->checkPermission(permission)) {
        case Qt::PermissionStatus::Denied:
            setState(State::Unavailable, unavailable(tr("no permission to use Bluetooth")));
            return;
        case Qt::PermissionStatus::Undetermined:
            app->requestPermission(permission, this, [this](const QPermission &answer) {
                if (!d->running)
                    return;
                if (answer.status() == Qt::PermissionStatus::Granted)
                    d->probe();
                else
                    setState(State::Unavailable, unavailable(tr("no permission to use Bluetooth")));
            });
            return;
        case Qt::PermissionStatus::Granted:
            break;
        }
    }
#endif
    d->probe();
}

void BluetoothLinkProviderPrivate::probe()
{
#ifdef TANDEM_BLUEZ_DBUS_PROBE
    // QBluetoothLocalDevice asks bluetoothd synchronously, and a half-there
    // BlueZ makes that hang for the D-Bus timeout (25 s). Ask it first
    // without blocking; only once it has answered is Qt's call safe.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        // No system bus: no BlueZ, so no adapter. Said later, like any answer.
        QMetaObject::invokeMethod(
            q,
            [this, expected = generation] {
                if (running && generation == expected)
                    onProbed({});
            },
            Qt::QueuedConnection);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), QStringLiteral("/"),
                                                             QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                                                             QStringLiteral("GetManagedObjects"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ProbeTimeoutMs), q);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, q, [this, watcher, expected = generation] {
        watcher->deleteLater();
        if (!running || generation != expected)
            return;
        const QDBusError error = watcher->error();
        if (!error.isValid()) {
            onProbed(QBluetoothLocalDevice::allDevices());
        } else if (error.type() == QDBusError::ServiceUnknown) {
            onProbed({}); // bluetoothd is not running: no adapter it manages
        } else {
            q->setState(BluetoothLinkProvider::State::Unavailable,
                        unavailable(BluetoothLinkProvider::tr("BlueZ did not answer (%1)").arg(error.message())));
        }
    });
#else
    // Elsewhere the platform's call is quick, but still not made on the
    // calling thread: a thread of its own, and back with the answer. The
    // thread outlives a provider destroyed meanwhile and then only deletes
    // itself.
    auto hosts = std::make_shared<QList<QBluetoothHostInfo>>();
    QThread *thread = QThread::create([hosts] { *hosts = QBluetoothLocalDevice::allDevices(); });
    QObject::connect(thread, &QThread::finished, q, [this, hosts, expected = generation] {
        if (running && generation == expected)
            onProbed(*hosts);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
#endif
}

void BluetoothLinkProviderPrivate::onProbed(const QList<QBluetoothHostInfo> &hosts)
{
    if (hosts.isEmpty()) {
        q->setState(BluetoothLinkProvider::State::Unavailable, unavailable(BluetoothLinkProvider::tr("no adapter")));
        return;
    }
    // The first adapter: QBluetoothServer binds there and the D-Bus socket
    // backend dials from there.
    adapter = hosts.first().address();
    local = std::make_unique<QBluetoothLocalDevice>(adapter);
    QObject::connect(local.get(), &QBluetoothLocalDevice::hostModeStateChanged, q, [this] { evaluate(); });
    QObject::connect(local.get(), &QBluetoothLocalDevice::errorOccurred, q, [this] { evaluate(); });
    evaluate();
}

void BluetoothLinkProviderPrivate::evaluate()
{
    if (!running || !local)
        return;
    if (!local->isValid()) {
        unlisten();
        q->setState(BluetoothLinkProvider::State::Unavailable,
                    unavailable(BluetoothLinkProvider::tr("the adapter went away")));
        return;
    }
    if (local->hostMode() == QBluetoothLocalDevice::HostPoweredOff) {
        unlisten();
        q->setState(BluetoothLinkProvider::State::Unavailable,
                    unavailable(BluetoothLinkProvider::tr("the adapter is off")));
        return;
    }
    QString error;
    if (!server && !listen(&error)) {
        q->setState(BluetoothLinkProvider::State::Unavailable, unavailable(error));
        return;
    }
    q->setState(BluetoothLinkProvider::State::Available);
}

bool BluetoothLinkProviderPrivate::listen(QString *error)
{
    server = std::make_unique<QBluetoothServer>(QBluetoothServiceInfo::RfcommProtocol);
    // Bluetooth's own link encryption comes on top of TLS where both
    // sides bond; TLS is what Tandem relies on.
    server->setSecurityFlags(QBluetooth::Security::NoSecurity);
    QObject::connect(server.get(), &QBluetoothServer::newConnection, q, [this] {
        while (server && server->hasPendingConnections()) {
            QBluetoothSocket *socket = server->nextPendingConnection();
            stopInquiry(QStringLiteral("for a link from ") + socket->peerAddress().toString());
            track(socket);
            q->secure(socket, socket->peerAddress().toString(), false);
        }
    });
    if (!server->listen(adapter)) {
        *error = BluetoothLinkProvider::tr("cannot listen for RFCOMM connections (%1)").arg(int(server->error()));
        server.reset();
        return false;
    }
    registerService();
    if (!service.isRegistered()) {
        *error = BluetoothLinkProvider::tr("cannot register the SDP record");
        server.reset();
        return false;
    }
    qCInfo(lcLink) << "Bluetooth: RFCOMM channel" << server->serverPort() << "on" << adapter.toString();
    return true;
}

void BluetoothLinkProviderPrivate::registerService()
{
    if (service.isRegistered())
        service.unregisterService();
    service = QBluetoothServiceInfo();
    QBluetoothServiceInfo::Sequence classes;
    classes << QVariant::fromValue(uuid);
    service.setAttribute(QBluetoothServiceInfo::ServiceClassIds, classes);
    QBluetoothServiceInfo::Sequence profiles;
    QBluetoothServiceInfo::Sequence serialPort;
    serialPort << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::SerialPort))
               << QVariant::fromValue(quint16(0x100));
    profiles.append(QVariant::fromValue(serialPort));
    service.setAttribute(QBluetoothServiceInfo::BluetoothProfileDescriptorList, profiles);
    // Qt registers the record with bluetoothd under its service id, and
    // bluetoothd takes each UUID once per machine: an id of this device's
    // own lets several Tandem devices (profiles) on one machine serve side
    // by side. Peers search and dial the class id, Tandem's UUID.
    service.setServiceUuid(QBluetoothUuid(QUuid::createUuidV5(QUuid(uuid), deviceId)));
    service.setServiceName(name.isEmpty() ? QStringLiteral("Tandem") : name);
    service.setServiceDescription(QStringLiteral("Tandem: encrypted sessions between paired devices"));
    service.setServiceProvider(QStringLiteral("Tandem"));
    service.setAttribute(BluetoothLinkProvider::DeviceIdAttribute, deviceId);
    service.setAttribute(QBluetoothServiceInfo::BrowseGroupList,
                         QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::PublicBrowseGroup));
    QBluetoothServiceInfo::Sequence protocols;
    QBluetoothServiceInfo::Sequence l2cap;
    l2cap << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ProtocolUuid::L2cap));
    protocols.append(QVariant::fromValue(l2cap));
    QBluetoothServiceInfo::Sequence rfcomm;
    rfcomm << QVariant::fromValue(QBluetoothUuid(QBluetoothUuid::ProtocolUuid::Rfcomm))
           << QVariant::fromValue(quint8(server->serverPort()));
    protocols.append(QVariant::fromValue(rfcomm));
    service.setAttribute(QBluetoothServiceInfo::ProtocolDescriptorList, protocols);
    service.registerService(adapter);
}

void BluetoothLinkProviderPrivate::unlisten()
{
    if (service.isRegistered())
        service.unregisterService();
    server.reset();
}

void BluetoothLinkProviderPrivate::track(QIODevice *stream)
{
    ++openStreams;
    // Counted until it closes or goes, whichever comes first.
    auto counted = std::make_shared<bool>(true);
    auto ended = [this, counted] {
        if (!std::exchange(*counted, false))
            return;
        --openStreams;
        linkSetUpEnded();
    };
    QObject::connect(stream, &QIODevice::aboutToClose, q, ended);
    QObject::connect(stream, &QObject::destroyed, q, ended);
}

void BluetoothLinkProviderPrivate::stopInquiry(const QString &why)
{
    if (!inquiry)
        return;
    qCInfo(lcLink).noquote() << "Bluetooth: inquiry stopped" << why;
    inquiry->disconnect(q);
    inquiry->stop();
    inquiry->deleteLater();
    inquiry = nullptr;
    // Cut short: it runs again once no link is up or being set up.
    discoverWhenIdle = true;
}

void BluetoothLinkProviderPrivate::linkSetUpEnded()
{
    if (!linksBusy() && std::exchange(discoverWhenIdle, false))
        QTimer::singleShot(0, q, [this] { q->discover(); });
}

void BluetoothLinkProvider::stop()
{
    if (!d->running)
        return;
    d->running = false;
    ++d->generation;
    if (d->inquiry)
        d->inquiry->stop();
    if (d->sdp)
        d->sdp->stop();
    delete d->inquiry;
    delete d->sdp;
    d->toQuery.clear();
    d->discoverWhenIdle = false;
    d->unlisten();
    d->local.reset();
    setState(State::Unavailable, unavailable(tr("stopped")));
}

void BluetoothLinkProvider::setAdvertisedName(const QString &name)
{
    d->name = QString::fromUtf8(name.toUtf8().left(MaxAdvertisedNameBytes));
    if (d->server)
        d->registerService();
}

void BluetoothLinkProvider::discover()
{
    if (state() != State::Available || d->inquiry || d->sdp)
        return;
    // No inquiry while a Bluetooth link is up or being set up. bluetoothd
    // holds Tandem's peers as *temporary* devices (neither bonded nor
    // trusted: they authenticate by TLS, not by Bluetooth pairing), and
    // bluetoothd 5.82 removes a temporary device - disconnecting its ACL
    // and every RFCOMM socket on it - TemporaryTimeout (30 s) after it was
    // last seen. A new connection clears that fuse, but every inquiry
    // result re-arms it, connected or not (src/device.c
    // device_update_last_seen(), called from src/adapter.c device_found();
    // device_disappeared() spares only devices with a *bluetoothd* profile
    // connected, which Tandem's own RFCOMM sockets are not). So an inquiry
    // that sees a linked peer - ours, or any program's, bluetoothd runs
    // them together - costs that link 30 s later. Marking peers Trusted in
    // BlueZ would keep them, but would also let them use this machine's
    // other Bluetooth services without asking, so Tandem leaves that alone.
    // Devices with a link are known already; a discover() meanwhile runs
    // once the last link has closed.
    if (d->linksBusy()) {
        if (!d->discoverWhenIdle)
            qCInfo(lcLink) << "Bluetooth: inquiry deferred while a link is up or being set up";
        d->discoverWhenIdle = true;
        return;
    }
    d->queried.clear();
    d->sdpAttempts.clear();
    d->inquiry = new QBluetoothDeviceDiscoveryAgent(d->adapter, this);
    d->inquiry->setLowEnergyDiscoveryTimeout(InquiryTimeoutMs);
    connect(d->inquiry, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            [this](const QBluetoothDeviceInfo &device) { d->enqueue(device); });
    connect(d->inquiry, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] {
        const auto found = d->inquiry->discoveredDevices();
        d->inquiry->deleteLater();
        for (const QBluetoothDeviceInfo &device : found)
            d->enqueue(device);
    });
    connect(d->inquiry, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, [this] {
        qCInfo(lcLink).noquote() << "Bluetooth inquiry failed:" << d->inquiry->errorString();
        d->inquiry->deleteLater();
    });
    d->inquiry->start(QBluetoothDeviceDiscoveryAgent::ClassicMethod);
}

void BluetoothLinkProviderPrivate::enqueue(const QBluetoothDeviceInfo &device)
{
    if (!(device.coreConfigurations() & QBluetoothDeviceInfo::BaseRateCoreConfiguration))
        return;
    const QString key = device.address().toString();
    if (queried.contains(key) || queried.size() >= StreamLinkProvider::MaxPeers)
        return;
    queried.insert(key);
    toQuery << device.address();
    queryNext();
}

void BluetoothLinkProviderPrivate::queryNext()
{
    if (!running || sdp || toQuery.isEmpty())
        return;
    const QBluetoothAddress address = toQuery.takeFirst();
    sdp = new QBluetoothServiceDiscoveryAgent(adapter, q);
    sdp->setRemoteAddress(address);
    sdp->setUuidFilter(uuid);
    QObject::connect(sdp, &QBluetoothServiceDiscoveryAgent::serviceDiscovered, q,
                     [this](const QBluetoothServiceInfo &info) {
                         if (!offersTandem(info, uuid))
                             return;
                         if (info.serverChannel() > 0) {
                             if (channels.size() >= StreamLinkProvider::MaxPeers)
                                 channels.clear();
                             channels.insert(info.device().address().toString(), quint8(info.serverChannel()));
                         }
                         StreamLinkPeer peer;
                         peer.address = info.device().address().toString();
                         peer.deviceId = info.attribute(BluetoothLinkProvider::DeviceIdAttribute).toString().left(64);
                         peer.name = info.serviceName().left(BluetoothLinkProvider::MaxAdvertisedNameBytes);
                         q->addPeer(peer);
                     });
    // BlueZ delivers serviceDiscovered queued, after finished(): move on
    // only once those have come in.
    // finished() and errorOccurred() may both come: move on once.
    auto next = [this, agent = sdp.data()] {
        if (sdp != agent)
            return;
        sdp = nullptr;
        agent->deleteLater();
        QTimer::singleShot(0, q, [this] { queryNext(); });
    };
    QObject::connect(sdp, &QBluetoothServiceDiscoveryAgent::finished, q, next);
    QObject::connect(sdp, &QBluetoothServiceDiscoveryAgent::errorOccurred, q, [this, address, next] {
        // A failed lookup (Qt's sdpscanner timing out on a busy machine, a
        // page timeout) is asked again, at the back of the queue: the next
        // inquiry is two minutes away, and a user waiting to pair would not
        // see the device until then.
        const QString key = address.toString();
        if (int &attempts = sdpAttempts[key]; ++attempts < MaxSdpAttempts && running) {
            qCInfo(lcLink).noquote() << "Bluetooth: service lookup failed on" << key << "- asking again";
            toQuery << address;
        }
        next();
    });
    sdp->start(QBluetoothServiceDiscoveryAgent::FullDiscovery);
}

void BluetoothLinkProvider::connectTo(const QString &address)
{
    const QBluetoothAddress target(address);
    if (target.isNull() || state() != State::Available) {
        const QString reason = target.isNull() ? tr("not a Bluetooth address") : stateReason();
        QMetaObject::invokeMethod(
            this, [this, address, reason] { Q_EMIT connectFailed(address, reason); }, Qt::QueuedConnection);
        return;
    }
    // Its results must not see the peer once linked (see discover()).
    d->stopInquiry(QStringLiteral("to dial ") + address);
    ++d->dialsInFlight;
#ifdef TANDEM_BLUEZ_RFCOMM_DIAL
    auto done = [this, address, key = target.toString()](QIODevice *stream, const QString &reason, quint8 channel) {
        --d->dialsInFlight;
        if (stream)
            d->track(stream);
        d->linkSetUpEnded();
        if (channel == 0) {
            d->channels.remove(key);
        } else {
            if (d->channels.size() >= MaxPeers && !d->channels.contains(key))
                d->channels.clear();
            d->channels.insert(key, channel);
        }
        if (stream)
            secure(stream, address, true);
        else
            Q_EMIT connectFailed(address, reason);
    };
    auto *dial = new RfcommDial(d->adapter, target, d->uuid, d->options.connectTimeout, done, this);
    dial->start(d->channels.value(target.toString()));
#else
    auto *socket = new QBluetoothSocket(QBluetoothServiceInfo::RfcommProtocol, this);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto fail = [this, socket, deadline, address](const QString &reason) {
        deadline->stop(); // fail once, whichever comes first
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        --d->dialsInFlight;
        d->linkSetUpEnded();
        Q_EMIT connectFailed(address, reason);
    };
    connect(deadline, &QTimer::timeout, socket, [fail] { fail(QStringLiteral("Bluetooth connection timed out")); });
    connect(socket, &QBluetoothSocket::errorOccurred, this, [socket, fail] { fail(socket->errorString()); });
    connect(socket, &QBluetoothSocket::connected, this, [this, socket, deadline, address] {
        delete deadline;
        socket->disconnect(this);
        --d->dialsInFlight;
        d->track(socket);
        d->linkSetUpEnded();
        secure(socket, address, true);
    });
    deadline->start(d->options.connectTimeout);
    socket->connectToService(target, d->uuid);
#endif
}

} // namespace Tandem
