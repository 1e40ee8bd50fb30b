#pragma once

#include "streamlinkprovider.h"
#include <Tandem/tandem_export.h>

#include <chrono>
#include <memory>

namespace Tandem {

class BluetoothLinkProviderPrivate;

struct BluetoothLinkOptions
{
    // Paging a device and asking its SDP server for our channel comes
    // before TLS, and each can take seconds on a busy radio.
    std::chrono::milliseconds connectTimeout{30000};
    // RSA-3072 certificates both ways over a link of tens of KiB/s.
    std::chrono::milliseconds handshakeTimeout{15000};
};

// Bluetooth Classic links: an RFCOMM server (QBluetoothServer) with
// Tandem's service UUID in an SDP record that also carries the device id
// and name as hints; discovery by device inquiry
// (QBluetoothDeviceDiscoveryAgent) then SDP (QBluetoothServiceDiscoveryAgent)
// filtered by that UUID; QBluetoothSocket to dial. Every link runs
// TlsStreamHandshake, so it is as authenticated and encrypted as LAN.
//
// Whether Bluetooth can be used is found out without blocking the calling
// thread: with a hung bluetoothd, BlueZ's D-Bus calls block for tens of
// seconds, so on Linux BlueZ is asked asynchronously first (elsewhere, on a
// thread of its own). Until then the state is Starting; then Available, or
// Unavailable with a reason ("Bluetooth unavailable: no adapter").
class TANDEM_EXPORT BluetoothLinkProvider : public StreamLinkProvider
{
    Q_OBJECT

public:
    using Options = BluetoothLinkOptions;
    // Tandem's RFCOMM service class UUID, in SDP.
    static constexpr QStringView ServiceUuid = u"6c1e4a1e-5d2b-4f7e-9a2c-74616e64656d";
    // SDP attribute (application range) holding the device id hint.
    static constexpr quint16 DeviceIdAttribute = 0x0300;
    static constexpr int MaxAdvertisedNameBytes = 64;

    explicit BluetoothLinkProvider(const DeviceIdentity &identity, const Options &options = {},
                                   QObject *parent = nullptr);
    ~BluetoothLinkProvider() override;

    void start() override;
    void stop() override;
    void setAdvertisedName(const QString &name) override;
    void discover() override;
    void connectTo(const QString &address) override;

private:
    std::unique_ptr<BluetoothLinkProviderPrivate> d;
    friend class BluetoothLinkProviderPrivate;
};

} // namespace Tandem
