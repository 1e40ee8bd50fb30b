#pragma once

#include "memorystream.h"
#include <Tandem/streamlinkprovider.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Tandem {

class MemoryStreamLinkProvider;

// An in-process stand-in for a radio, for tests: providers made from one
// network find each other (as Bluetooth device and SDP discovery would) and
// connect over MemoryStream pairs with the network's options (small reads
// at random boundaries, optional bandwidth limit), then run the same QCA
// TLS as over RFCOMM. Everything above the byte stream is the production
// code; only the radio is simulated.
class MemoryStreamNetwork : public QObject
{
    Q_OBJECT

public:
    explicit MemoryStreamNetwork(const MemoryStreamOptions &options = {},
                                 Link::Transport transport = Link::Transport::Bluetooth, QObject *parent = nullptr);
    ~MemoryStreamNetwork() override;

    // A provider for the device with `identity`, reporting `transport`. A
    // device keeps its address across providers, as a radio's stays when
    // Tandem restarts, unless replaceRadio() gave it a new one.
    std::unique_ptr<StreamLinkProvider> createProvider(const DeviceIdentity &identity);
    // The device's next provider has a new address (a new adapter).
    void replaceRadio(const QString &deviceId);

    // Out of range: no discovery, no connections, and open streams to or
    // from `address` are cut. In range again: reachable again.
    void setInRange(const QString &address, bool inRange);
    // Not discoverable: discovery no longer reports `address`, but it can
    // still be connected to (a Bluetooth device out of inquiry scan, or one
    // that another program's inquiry cannot see).
    void setDiscoverable(const QString &address, bool discoverable);
    // Whether discovery reports the device id of the device `deviceId`.
    // Without it, the device is found as Android's SDP records show it:
    // address and name.
    void setAdvertisesDeviceId(const QString &deviceId, bool advertises);
    // Cuts every open stream (both ends see the stream end).
    void severAll(const QString &reason);
    // Streams opened so far, for tests that count connections.
    int connectionsMade() const { return m_connections; }
    // Connections still open at both ends.
    int openConnections() const;

private:
    friend class MemoryStreamLinkProvider;
    MemoryStreamLinkProvider *find(const QString &address) const;
    bool inRange(const QString &address) const;

    MemoryStreamOptions m_options;
    Link::Transport m_transport;
    QList<QPointer<MemoryStreamLinkProvider>> m_providers;
    QList<QPointer<MemoryStream>> m_streams;
    QStringList m_outOfRange;
    QStringList m_hidden;
    QStringList m_withoutDeviceId;
    QHash<QString, QString> m_addresses; // device id -> its radio's address
    int m_nextAddress = 1;
    int m_connections = 0;
};

} // namespace Tandem
