#include "bluetoothprovider_p.h"

#include "devicelogging_p.h"
#include <Tandem/link.h>
#include <Tandem/truststore.h>

#include <QTimer>

namespace Tandem {

BluetoothProvider::BluetoothProvider(std::unique_ptr<StreamLinkProvider> stream, TrustStore *trust,
                                     const Options &options, QObject *parent)
    : LinkProvider(parent)
    , m_stream(std::move(stream))
    , m_trust(trust)
    , m_options(options)
{
    connect(m_stream.get(), &StreamLinkProvider::linkEstablished, this, &LinkProvider::linkEstablished);
    connect(m_stream.get(), &StreamLinkProvider::connectFailed, this, &LinkProvider::connectFailed);
    connect(m_stream.get(), &StreamLinkProvider::stateChanged, this, [this](StreamLinkProvider::State state) {
        Q_EMIT stateChanged();
        if (state != StreamLinkProvider::State::Available)
            return;
        // Devices we know an address for are dialled first (usable()): the
        // provider holds an inquiry back while links are being set up (an
        // inquiry that sees a linked peer costs that link; see
        // BluetoothLinkProvider::discover()).
        Q_EMIT usable();
        m_stream->discover();
    });
    connect(m_stream.get(), &StreamLinkProvider::peerFound, this, [this](const StreamLinkPeer &peer) {
        if (peer.deviceId.isEmpty())
            dialUnnamed(peer.address);
        else
            Q_EMIT deviceSeen(peer.deviceId);
    });
    // Which addresses have a link, for dialUnnamed().
    connect(m_stream.get(), &StreamLinkProvider::linkEstablished, this, [this](Link *link) {
        const QString address = link->peerAddress().toUpper();
        m_unnamedDials.remove(address);
        ++m_linked[address];
        connect(link, &QObject::destroyed, this, [this, address] {
            if (--m_linked[address] <= 0)
                m_linked.remove(address);
        });
    });
    connect(m_stream.get(), &StreamLinkProvider::connectFailed, this,
            [this](const QString &address) { m_unnamedDials.remove(address.toUpper()); });
}

void BluetoothProvider::dialUnnamed(const QString &address)
{
    // A Tandem record without a device id: Android publishes only the
    // service id and the name over SDP. Its id is learnt the way every
    // id is proven, by TLS: dialled once, unless a link with it is up or
    // being set up; LocalDevice then takes the link like any other (an
    // unpaired one within its bounds for unpaired devices). Once that link
    // is gone, the next inquiry that finds the device dials it again.
    const QString key = address.toUpper();
    if (m_linked.contains(key) || m_unnamedDials.contains(key) || m_stream->isHandshakingWith(address))
        return;
    qCInfo(lcDevice).noquote() << "dialling" << address << "over Bluetooth: its record names no device";
    m_unnamedDials.insert(key);
    m_stream->connectTo(address);
}

BluetoothProvider::~BluetoothProvider() = default;

void BluetoothProvider::start()
{
    m_discovery = new QTimer(this);
    connect(m_discovery, &QTimer::timeout, this, [this] { m_stream->discover(); });
    m_discovery->start(m_options.discoveryInterval);
    m_stream->start();
}

void BluetoothProvider::stop()
{
    delete std::exchange(m_discovery, nullptr);
    m_stream->stop();
    // A dial cut short by stop() may never report: dial again after a start.
    m_unnamedDials.clear();
}

StreamLinkProvider::State BluetoothProvider::state() const
{
    return m_stream->state();
}

QString BluetoothProvider::stateReason() const
{
    return m_stream->stateReason();
}

QList<StreamLinkPeer> BluetoothProvider::peers() const
{
    return m_stream->peers();
}

void BluetoothProvider::discover()
{
    m_stream->discover();
}

void BluetoothProvider::setAdvertisedName(const QString &name)
{
    m_stream->setAdvertisedName(name);
}

Link::Transport BluetoothProvider::transport() const
{
    return m_stream->transport();
}

QString BluetoothProvider::name() const
{
    return QStringLiteral("Bluetooth");
}

bool BluetoothProvider::isUsable() const
{
    return m_stream->state() == StreamLinkProvider::State::Available;
}

bool BluetoothProvider::handshakesPending() const
{
    return isUsable() && m_stream->pendingHandshakes() > 0;
}

bool BluetoothProvider::isHandshakingWith(const QString &address) const
{
    return isUsable() && m_stream->isHandshakingWith(address);
}

QString BluetoothProvider::knownAddress(const QString &deviceId) const
{
    // Where a paired device was last reached, in an earlier run...
    if (const auto paired = m_trust->find(deviceId); paired && !paired->bluetoothAddress.isEmpty())
        return paired->bluetoothAddress;
    // ...else as advertised in SDP (the provider keeps a bounded list): a
    // hint anyone nearby can fake, so it never replaces a proven address (a
    // faked one only fails TLS's check).
    const auto peers = m_stream->peers();
    for (const StreamLinkPeer &peer : peers) {
        if (peer.deviceId == deviceId)
            return peer.address;
    }
    return {};
}

QString BluetoothProvider::learnAddress(const QString &deviceId, const Link &link, const Protocol::Hello &hello,
                                        bool paired)
{
    Q_UNUSED(hello)
    // Remembered for the next start: a paired device is then dialled at
    // once, with no inquiry (which costs seconds and, with BlueZ, links:
    // see BluetoothLinkProvider::discover()).
    // Who dialled it decides, in this run and the next, who redials when it
    // is gone (Redialer::mustYield).
    QString error;
    if (paired
        && (!m_trust->setBluetoothAddress(deviceId, link.peerAddress(), &error)
            || !m_trust->setDialledLastBluetoothLink(deviceId, link.isOutgoing(), &error)))
        qCWarning(lcDevice).noquote() << "cannot remember the Bluetooth link with" << deviceId.left(8) << "-" << error;
    return link.peerAddress();
}

void BluetoothProvider::describePairing(TrustedDevice *device, const Link &link) const
{
    device->bluetoothAddress = link.peerAddress();
    device->dialledLastBluetoothLink = link.isOutgoing();
}

bool BluetoothProvider::connectTo(const QString &address, const QString &deviceId)
{
    // Worth a line in the log: a dial costs seconds of radio time.
    qCInfo(lcDevice).noquote() << "dialling" << deviceId.left(8) << "over Bluetooth at" << address;
    m_stream->connectTo(address);
    return true;
}

std::chrono::milliseconds BluetoothProvider::redialYield() const
{
    // Two RFCOMM links dialled at once from both ends break each other with
    // BlueZ, so one end yields (Redialer::mustYield): the one that dialled
    // the lost link. BlueZ keeps the Bluetooth key (Secure Simple Pairing,
    // "just works") only where the connection came in through bluetoothd
    // (Qt's server); the dialling side's key goes with the ACL, and once
    // the ACL is gone a dial from that side is refused until the other
    // dials (seen in the VM harness).
    return m_options.redialYield;
}

} // namespace Tandem
