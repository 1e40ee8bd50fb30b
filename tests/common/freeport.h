#pragma once

// A discovery port for one test, chosen so that nothing else on the machine
// takes it between the choice and the test's own bind.

#include <QCoreApplication>
#include <QFile>
#include <QUdpSocket>

namespace TandemTest {

// Discovery ports are agreed in advance (every peer of a test listens on
// the same one), so a test picks one, releases it, and binds it later. A
// port the kernel handed out as ephemeral is the wrong choice: any other
// socket bound to port 0 — another test's discovery sender, a DNS lookup —
// can be given the same number in between, and the listener's bind then
// fails ("address is already in use"; seen in CI). So the port comes from
// below the kernel's ephemeral range, where only explicit binds land, at a
// start derived from the process id so that parallel tests walk different
// ports, and each candidate is proven free by binding it unshared.
inline quint16 freeUdpPort()
{
    constexpr int LowestPort = 20000;
    int ephemeralFloor = 32768; // Linux's default ip_local_port_range
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        const int floor = range.readAll().simplified().split(' ').value(0).toInt();
        if (floor > LowestPort + 1000)
            ephemeralFloor = floor;
    }
    const int span = ephemeralFloor - LowestPort;
    // Consecutive calls in one process step by a prime so they neither
    // repeat nor walk into the ports of a neighbouring process id.
    static int calls = 0;
    const int start = int((QCoreApplication::applicationPid() * 97 + calls++ * 7919) % span);
    for (int i = 0; i < span; ++i) {
        const auto port = quint16(LowestPort + (start + i) % span);
        QUdpSocket probe;
        if (probe.bind(QHostAddress::AnyIPv4, port, QAbstractSocket::DontShareAddress))
            return port;
    }
    qFatal("no free UDP port below %d", ephemeralFloor);
}

} // namespace TandemTest
