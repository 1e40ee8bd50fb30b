#pragma once

// Helpers shared by tests that need real profiles and devices on loopback.

#include "api/localdevice.h"
#include "identity/profile.h"

#include <QTemporaryDir>
#include <QUdpSocket>

#include <memory>

namespace TandemTest {

// A UDP port nobody else in this run uses, so parallel tests never hear each
// other's announcements.
inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

// Loopback only: tests must never send a packet off this machine.
inline Tandem::LocalDevice::Options loopbackOptions(quint16 discoveryPort)
{
    Tandem::LocalDevice::Options options;
    options.lan.address = QHostAddress::LocalHost;
    options.lan.port = 0;
    options.discovery.port = discoveryPort;
    options.discovery.interfaces = {QStringLiteral("lo")};
    options.discovery.ipv6 = false;
    return options;
}

// A profile in its own temporary folder and, once started, its device.
struct Peer
{
    QTemporaryDir dir;
    std::unique_ptr<Tandem::Profile> profile;
    std::unique_ptr<Tandem::LocalDevice> device;

    explicit Peer(const QString &name, const Tandem::LocalDevice::Options &options)
    {
        QString error;
        profile = Tandem::Profile::open(dir.path(), &error);
        Q_ASSERT_X(profile, "Peer", qPrintable(error));
        profile->setDeviceName(name);
        device = std::make_unique<Tandem::LocalDevice>(profile.get(), options);
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
    void restart(const Tandem::LocalDevice::Options &options)
    {
        device.reset();
        QString error;
        profile.reset();
        profile = Tandem::Profile::open(dir.path(), &error);
        Q_ASSERT_X(profile, "Peer::restart", qPrintable(error));
        device = std::make_unique<Tandem::LocalDevice>(profile.get(), options);
    }
    QString id() const { return profile->deviceId(); }
};

} // namespace TandemTest
