#pragma once

// Helpers shared by tests that need real profiles and devices on loopback.

#include "freeport.h"
#include <Tandem/link.h>
#include <Tandem/localdevice.h>
#include <Tandem/localdevice_p.h>
#include <Tandem/memorystreamnetwork.h>
#include <Tandem/peerconnection.h>
#include <Tandem/profile.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace TandemTest {

// The transport the device-level suites run over: LAN on loopback (the
// default), or, with TANDEM_TEST_TRANSPORT=bluetooth, Bluetooth-like links
// only: QCA TLS over RFCOMM-like memory streams (MemoryStreamNetwork), LAN
// and its discovery off. CTest runs those suites once per transport.
inline bool overBluetooth()
{
    return qEnvironmentVariable("TANDEM_TEST_TRANSPORT") == u"bluetooth";
}

// The in-process "radio" every device of a test run shares: reads of at
// most an RFCOMM frame at random boundaries, fixed seed.
inline Tandem::MemoryStreamNetwork &testRadio()
{
    static Tandem::MemoryStreamNetwork network;
    return network;
}

// Loopback only: tests must never send a packet off this machine, so real
// Bluetooth is off; over "bluetooth" the test radio stands in for it.
inline Tandem::LocalDevice::Options loopbackOptions(quint16 discoveryPort)
{
    Tandem::LocalDevice::Options options;
    options.lan.address = QHostAddress::LocalHost;
    options.lan.port = 0;
    options.discovery.port = discoveryPort;
    options.discovery.interfaces = {QStringLiteral("lo")};
    options.discovery.ipv6 = false;
    options.bluetoothEnabled = false;
    if (overBluetooth()) {
        options.lanEnabled = false;
        options.discoveryEnabled = false;
        options.bluetoothEnabled = true;
    }
    return options;
}

// Bluetooth over `radio` instead of the real thing.
inline Tandem::LocalDeviceTestHooks onRadio(Tandem::MemoryStreamNetwork &radio)
{
    Tandem::LocalDeviceTestHooks hooks;
    hooks.bluetoothProvider
        = [&radio](const Tandem::DeviceIdentity &identity) { return radio.createProvider(identity); };
    return hooks;
}

// What a Peer's device is given unless a test says otherwise: over
// "bluetooth", the test radio.
inline Tandem::LocalDeviceTestHooks loopbackHooks()
{
    return overBluetooth() ? onRadio(testRadio()) : Tandem::LocalDeviceTestHooks{};
}

// A profile in its own temporary folder and, once started, its device.
struct Peer
{
    QTemporaryDir dir;
    std::unique_ptr<Tandem::Profile> profile;
    std::unique_ptr<Tandem::LocalDevice> device;
    // What the device was made with: a restart with these finds its peers
    // again (same discovery port).
    Tandem::LocalDevice::Options options;

    explicit Peer(const QString &name, const Tandem::LocalDevice::Options &options,
                  const Tandem::LocalDeviceTestHooks &hooks = loopbackHooks())
    {
        QString error;
        profile = Tandem::Profile::open(dir.path(), &error);
        Q_ASSERT_X(profile, "Peer", qPrintable(error));
        profile->setDeviceName(name);
        this->options = options;
        device = std::make_unique<Tandem::LocalDevice>(profile.get(), options);
        Tandem::setTestHooks(device.get(), hooks);
    }
    bool start()
    {
        QString error;
        const bool ok = device->start(&error);
        if (!ok)
            qWarning("cannot start %s: %s", qPrintable(profile->deviceName()), qPrintable(error));
        return ok;
    }
    // Simulates quitting and starting again on the same profile.
    void restart(const Tandem::LocalDevice::Options &options,
                 const Tandem::LocalDeviceTestHooks &hooks = loopbackHooks())
    {
        device.reset();
        QString error;
        profile.reset();
        profile = Tandem::Profile::open(dir.path(), &error);
        Q_ASSERT_X(profile, "Peer::restart", qPrintable(error));
        this->options = options;
        device = std::make_unique<Tandem::LocalDevice>(profile.get(), options);
        Tandem::setTestHooks(device.get(), hooks);
    }
    QString id() const { return profile->deviceId(); }
};

// Pairs two started peers (both users accept the code). Check
// QTest::currentTestFailed() after calling.
inline void pairPeers(Peer &a, Peer &b)
{
    QTRY_VERIFY_WITH_TIMEOUT(a.device->device(b.id()) && a.device->device(b.id())->reachable, 10000);
    QSignalSpy pairedA(a.device.get(), &Tandem::LocalDevice::paired);
    QSignalSpy pairedB(b.device.get(), &Tandem::LocalDevice::paired);
    QObject context;
    QObject::connect(a.device.get(), &Tandem::LocalDevice::pairingCodeReady, &context, [&a](const QString &id) {
        QString e;
        a.device->acceptPairing(id, &e);
    });
    QObject::connect(b.device.get(), &Tandem::LocalDevice::pairingCodeReady, &context, [&b](const QString &id) {
        QString e;
        b.device->acceptPairing(id, &e);
    });
    QString error;
    QVERIFY2(a.device->requestPairing(b.id(), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(pairedA.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pairedB.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        Tandem::peerConnection(a.device.get(), b.id()) && Tandem::peerConnection(b.device.get(), a.id()), 10000);
}

// Pairs a started peer with a device that accepts by itself (a
// `tandem-cli serve --accept-pairing`, say): asks, accepts the code on its
// own side, and waits until the two are paired and linked. Check
// QTest::currentTestFailed() after calling.
inline void pairWithAcceptingDevice(Peer &peer, const QString &deviceId)
{
    QObject context;
    QObject::connect(peer.device.get(), &Tandem::LocalDevice::pairingCodeReady, &context, [&peer](const QString &id) {
        QString e;
        peer.device->acceptPairing(id, &e);
    });
    QSignalSpy paired(peer.device.get(), &Tandem::LocalDevice::paired);
    QString error;
    QVERIFY2(peer.device->requestPairing(deviceId, &error), qPrintable(error));
    QVERIFY(paired.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(Tandem::peerConnection(peer.device.get(), deviceId), 20000);
}

// Two started, paired devices that redial quickly after a cut, as the
// session-level tests need. Check QTest::currentTestFailed() after calling.
inline void startPairedPeers(std::unique_ptr<Peer> &a, std::unique_ptr<Peer> &b)
{
    using namespace std::chrono_literals;
    Tandem::LocalDevice::Options options = loopbackOptions(freeUdpPort());
    options.reconnectInitialDelay = 10ms;
    options.reconnectMaxDelay = 100ms;
    a = std::make_unique<Peer>(QStringLiteral("Alpha"), options);
    b = std::make_unique<Peer>(QStringLiteral("Beta"), options);
    QVERIFY(a->start() && b->start());
    pairPeers(*a, *b);
    if (QTest::currentTestFailed())
        return;
    // The suite really runs over the transport it was asked for.
    const auto expected = overBluetooth() ? Tandem::Link::Transport::Bluetooth : Tandem::Link::Transport::Lan;
    QCOMPARE(Tandem::peerConnection(a->device.get(), b->id())->link()->transport(), expected);
}

} // namespace TandemTest
