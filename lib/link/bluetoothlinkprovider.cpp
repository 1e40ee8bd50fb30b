#include "bluetoothlinkprovider.h"
#include "bluetoothlinkprovider_p.h"

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
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#if QT_CONFIG(permissions)
#include <QPermissions>
#endif

namespace Tandem {

namespace {
// A Classic inquiry lasts 10.24 s (GAP); BlueZ keeps discovering until
// told to stop, and Qt stops it after its LE timeout, 40 s by default.
// Devices that answered are asked for their SDP records as they come.
constexpr int InquiryTimeoutMs = 12000;
// A device whose service lookup fails is asked this many times per inquiry.
constexpr int MaxSdpAttempts = 2;
// After a link closes, no inquiry starts for this long. A peer that left
// often comes straight back - an app restarted, the next command, a host
// started after a one-off command, the redial after a lost link - and an
// inquiry that sees it just before it links costs that link bluetoothd's
// TemporaryTimeout (30 s) later (see discover()). Inquiring at once when
// the last link closed did exactly that: on the bluetooth_vm test, serve's
// inquiry between a departing pair command and the driver's host that came
// next cut the host's link 29 s after it came up, and after a transfer it
// cut a raw rctest link on the same two devices. As long as LocalDevice's
// Bluetooth redial yield (45 s), within which a peer that lost its link
// comes back; inquiries find new devices, for which this wait costs little.
constexpr std::chrono::seconds LinkClosedInquiryHold{45};

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
    // Since the last link closed (invalid: none has), and what ends the
    // hold on inquiries after it (LinkClosedInquiryHold).
    QElapsedTimer sinceLinkClosed;
    QTimer holdEnd;

    bool linksBusy() const { return dialsInFlight > 0 || openStreams > 0; }
    // Time left of the hold after a link closed; zero when none.
    std::chrono::milliseconds inquiryHeld() const;
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
{
    d->holdEnd.setSingleShot(true);
    connect(&d->holdEnd, &QTimer::timeout, this, [this] { d->linkSetUpEnded(); });
}

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
    // Without blocking this thread: a hung bluetoothd would hold it for
    // tens of seconds (see BluetoothPlatform::probeAdapters()).
    BluetoothPlatform::probeAdapters(
        q, [this, expected = generation](const QList<QBluetoothHostInfo> &hosts, const QString &error) {
            if (!running || generation != expected)
                return;
            if (error.isEmpty())
                onProbed(hosts);
            else
                q->setState(BluetoothLinkProvider::State::Unavailable, unavailable(error));
        });
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
    service = BluetoothPlatform::serviceRecord(
        uuid, BluetoothPlatform::serviceId(uuid, deviceId), BluetoothLinkProvider::DeviceIdAttribute, deviceId,
        name.isEmpty() ? QStringLiteral("Tandem") : name, quint8(server->serverPort()));
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
        sinceLinkClosed.start();
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

std::chrono::milliseconds BluetoothLinkProviderPrivate::inquiryHeld() const
{
    if (!sinceLinkClosed.isValid())
        return std::chrono::milliseconds::zero();
    const auto left = std::chrono::milliseconds(LinkClosedInquiryHold) - sinceLinkClosed.durationElapsed();
    return std::chrono::ceil<std::chrono::milliseconds>(qMax(left, std::chrono::nanoseconds::zero()));
}

void BluetoothLinkProviderPrivate::linkSetUpEnded()
{
    if (linksBusy() || !discoverWhenIdle)
        return;
    // Held after a link closed: asked again when the hold ends.
    if (const auto left = inquiryHeld(); left.count() > 0) {
        holdEnd.start(left);
        return;
    }
    discoverWhenIdle = false;
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
    d->holdEnd.stop();
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
    // Nor just after a link closed: its peer may be coming back (see
    // LinkClosedInquiryHold).
    if (const auto left = d->inquiryHeld(); left.count() > 0) {
        if (!d->discoverWhenIdle)
            qCInfo(lcLink).noquote() << "Bluetooth: inquiry held for" << left.count() << "ms after a link closed";
        d->discoverWhenIdle = true;
        d->holdEnd.start(left);
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
                         if (!BluetoothPlatform::offersTandem(info, uuid))
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
    auto done = [this, address, key = target.toString()](QIODevice *stream, const QString &reason, quint8 channel) {
        --d->dialsInFlight;
        if (stream)
            d->track(stream);
        d->linkSetUpEnded();
        // The channel that worked is dialled first next time; a failed one
        // is asked for again.
        if (!stream) {
            d->channels.remove(key);
        } else if (channel > 0) {
            if (d->channels.size() >= MaxPeers && !d->channels.contains(key))
                d->channels.clear();
            d->channels.insert(key, channel);
        }
        if (stream)
            secure(stream, address, true);
        else
            Q_EMIT connectFailed(address, reason);
    };
    BluetoothPlatform::dialRfcomm(d->adapter, target, d->uuid, d->channels.value(target.toString()),
                                  d->options.connectTimeout, this, done);
}

} // namespace Tandem
