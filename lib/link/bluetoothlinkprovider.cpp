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
#include <QPointer>
#include <QThread>
#include <QTimer>
#if QT_CONFIG(permissions)
#include <QPermissions>
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

QString unavailable(const QString &why)
{
    return QStringLiteral("Bluetooth unavailable: ") + why;
}
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

    void probe();
    void onProbed(const QList<QBluetoothHostInfo> &hosts);
    void evaluate();
    bool listen(QString *error);
    void registerService();
    void unlisten();
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
    service.setServiceUuid(uuid);
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
    d->inquiry = new QBluetoothDeviceDiscoveryAgent(d->adapter, this);
    connect(d->inquiry, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] {
        const auto found = d->inquiry->discoveredDevices();
        d->inquiry->deleteLater();
        for (const QBluetoothDeviceInfo &device : found) {
            if (device.coreConfigurations() & QBluetoothDeviceInfo::BaseRateCoreConfiguration)
                d->toQuery << device.address();
        }
        d->queryNext();
    });
    connect(d->inquiry, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, [this] {
        qCInfo(lcLink).noquote() << "Bluetooth inquiry failed:" << d->inquiry->errorString();
        d->inquiry->deleteLater();
    });
    d->inquiry->start(QBluetoothDeviceDiscoveryAgent::ClassicMethod);
}

void BluetoothLinkProviderPrivate::queryNext()
{
    if (!running || toQuery.isEmpty())
        return;
    const QBluetoothAddress address = toQuery.takeFirst();
    sdp = new QBluetoothServiceDiscoveryAgent(adapter, q);
    sdp->setRemoteAddress(address);
    sdp->setUuidFilter(uuid);
    QObject::connect(sdp, &QBluetoothServiceDiscoveryAgent::serviceDiscovered, q,
                     [this](const QBluetoothServiceInfo &info) {
                         if (!info.serviceClassUuids().contains(uuid) && info.serviceUuid() != uuid)
                             return;
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
    QObject::connect(sdp, &QBluetoothServiceDiscoveryAgent::errorOccurred, q, next);
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
    auto *socket = new QBluetoothSocket(QBluetoothServiceInfo::RfcommProtocol, this);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto fail = [this, socket, address](const QString &reason) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        Q_EMIT connectFailed(address, reason);
    };
    connect(deadline, &QTimer::timeout, socket, [fail] { fail(QStringLiteral("Bluetooth connection timed out")); });
    connect(socket, &QBluetoothSocket::errorOccurred, this, [socket, fail] { fail(socket->errorString()); });
    connect(socket, &QBluetoothSocket::connected, this, [this, socket, deadline, address] {
        delete deadline;
        socket->disconnect(this);
        secure(socket, address, true);
    });
    deadline->start(d->options.connectTimeout);
    socket->connectToService(target, d->uuid);
}

} // namespace Tandem
