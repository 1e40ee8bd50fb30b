#pragma once

#include "linkoptions.h"
#include "streamlinkprovider.h"
#include <Tandem/tandem_export.h>

#include <chrono>
#include <memory>

namespace Tandem {

class BluetoothLinkProviderPrivate;

/*!
    \class Tandem::BluetoothLinkProvider
    \inmodule Tandem
    \inheaderfile Tandem/bluetoothlinkprovider.h

    \brief Bluetooth Classic links, authenticated and encrypted as on the
    LAN.

    An RFCOMM server (QBluetoothServer) with
    Tandem's service UUID in an SDP record that also carries the device id and
    name as hints; discovery by device inquiry (QBluetoothDeviceDiscoveryAgent)
    then SDP (QBluetoothServiceDiscoveryAgent) filtered by that UUID;
    QBluetoothSocket to dial. Every link runs TlsStreamHandshake, so it is as
    authenticated and encrypted as LAN. Whether Bluetooth can be used is found
    out without blocking the calling thread: with a hung bluetoothd, BlueZ's
    D-Bus calls block for tens of seconds, so on Linux BlueZ is asked
    asynchronously first (elsewhere, on a thread of its own). Until then the
    state is Starting; then Available, or Unavailable with a reason ("Bluetooth
    unavailable: no adapter").

    Tandem::LocalDevice runs one unless told otherwise
    (LocalDeviceOptions::bluetoothEnabled); use it from one thread.
*/
class TANDEM_AUTOTEST_EXPORT BluetoothLinkProvider : public StreamLinkProvider
{
    Q_OBJECT

public:
    /*!
        \typealias Tandem::BluetoothLinkProvider::Options
        \brief Tandem::BluetoothLinkOptions.
    */
    using Options = BluetoothLinkOptions;
    /*!
        \variable Tandem::BluetoothLinkProvider::ServiceUuid

        \brief Tandem's RFCOMM service class UUID, in SDP.
    */
    static constexpr QStringView ServiceUuid = u"6c1e4a1e-5d2b-4f7e-9a2c-74616e64656d";
    /*!
        \variable Tandem::BluetoothLinkProvider::DeviceIdAttribute

        \brief The SDP attribute (application range) holding the device id
        hint: 0x0300.
    */
    static constexpr quint16 DeviceIdAttribute = 0x0300;
    /*!
        \variable Tandem::BluetoothLinkProvider::MaxAdvertisedNameBytes
        \brief The longest name advertised in the SDP record: 64 bytes of
        UTF-8; longer names are cut.
    */
    static constexpr int MaxAdvertisedNameBytes = 64;

    /*!
        \fn Tandem::BluetoothLinkProvider::BluetoothLinkProvider(const Tandem::DeviceIdentity &identity, const Tandem::BluetoothLinkProvider::Options &options, QObject *parent)

        Constructs a provider that presents \a identity's certificate, with
        \a options, as a child of \a parent. Nothing happens until start().
    */
    explicit BluetoothLinkProvider(const DeviceIdentity &identity, const Options &options = {},
                                   QObject *parent = nullptr);
    /*!
        \fn Tandem::BluetoothLinkProvider::~BluetoothLinkProvider()

        Stops the provider and destroys it.
    */
    ~BluetoothLinkProvider() override;

    /*!
        \fn void Tandem::BluetoothLinkProvider::start()
        \reimp

        Asks, without blocking, whether an adapter is there, then listens on
        RFCOMM and publishes the SDP record.
    */
    void start() override;
    /*!
        \fn void Tandem::BluetoothLinkProvider::stop()
        \reimp
    */
    void stop() override;
    /*!
        \fn void Tandem::BluetoothLinkProvider::setAdvertisedName(const QString &name)
        \reimp

        \a name goes into the SDP record, cut to MaxAdvertisedNameBytes.
    */
    void setAdvertisedName(const QString &name) override;
    /*!
        \fn void Tandem::BluetoothLinkProvider::discover()
        \reimp

        Runs a device inquiry (about 10 s of radio time), then SDP on each
        device found.
    */
    void discover() override;
    /*!
        \fn void Tandem::BluetoothLinkProvider::connectTo(const QString &address)
        \reimp

        \a address is a Bluetooth address, "AA:BB:CC:DD:EE:FF".
    */
    void connectTo(const QString &address) override;

private:
    std::unique_ptr<BluetoothLinkProviderPrivate> d;
    friend class BluetoothLinkProviderPrivate;
};

} // namespace Tandem
