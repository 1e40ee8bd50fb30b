#pragma once

// What the in-process benchmark programs share: two paired devices on
// loopback, waiting on the event loop with a deadline, ping-pong timing and
// percentiles. Header-only: each program is one translation unit.

#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/session.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

namespace TandemBench {

// Any one step taking longer than this is a hang, not a measurement.
inline constexpr std::chrono::milliseconds StepTimeout{600000};

[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()), qUtf8Printable(what));
    std::exit(1);
}

// TANDEM_BENCH_SCALE: 1 unless set; the suites scale their sizes and counts
// by it, never above the documented full size.
inline double benchScale()
{
    const QByteArray env = qgetenv("TANDEM_BENCH_SCALE");
    if (env.isEmpty())
        return 1.0;
    bool ok = false;
    const double scale = env.toDouble(&ok);
    if (!ok || !(scale > 0) || scale > 1)
        fail(QStringLiteral("TANDEM_BENCH_SCALE must be a number above 0 and at most 1, got \"%1\"")
                 .arg(QString::fromLocal8Bit(env)));
    return scale;
}

// Runs the event loop until `done`; a tick keeps waking it so that the
// deadline is checked even when nothing else happens.
inline void waitUntil(const std::function<bool()> &done, const QString &what)
{
    const QDeadlineTimer deadline(StepTimeout);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [] { });
    tick.start(std::chrono::milliseconds(10));
    while (!done()) {
        if (deadline.hasExpired())
            fail(QStringLiteral("timed out: ") + what);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

// A discovery port for the bench devices, held (shared) while they run: a
// port only probed and released can be handed to another socket bound to
// port 0 before the devices listen on it (tandem-cli demo, same).
inline quint16 holdUdpPort(QUdpSocket &hold)
{
    if (!hold.bind(QHostAddress::AnyIPv4, 0, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint))
        fail(QStringLiteral("cannot open a UDP port: ") + hold.errorString());
    return hold.localPort();
}

// A profile in a temporary folder and its device, on loopback only.
struct BenchDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Tandem::Profile> profile;
    std::unique_ptr<Tandem::LocalDevice> device;

    BenchDevice(const QString &name, quint16 discoveryPort)
    {
        QString error;
        profile = Tandem::Profile::open(dir.path(), &error);
        if (!profile)
            fail(error);
        profile->setDeviceName(name);
        Tandem::LocalDevice::Options options;
        options.lan.address = QHostAddress::LocalHost;
        options.lan.port = 0;
        options.discovery.port = discoveryPort;
        options.discovery.interfaces = {QStringLiteral("lo")};
        options.discovery.ipv6 = false;
        device = std::make_unique<Tandem::LocalDevice>(profile.get(), options);
        if (!device->start(&error))
            fail(error);
    }
    QString id() const { return profile->deviceId(); }
};

// As tests/common/testpeers.h pairPeers: both users accept the code.
inline void pair(BenchDevice &a, BenchDevice &b)
{
    using Tandem::LocalDevice;
    waitUntil([&] { return a.device->device(b.id()) && a.device->device(b.id())->reachable; },
              QStringLiteral("discovery"));
    QObject context;
    for (BenchDevice *d : {&a, &b}) {
        QObject::connect(d->device.get(), &LocalDevice::pairingCodeReady, &context, [d](const QString &id) {
            QString e;
            d->device->acceptPairing(id, &e);
        });
    }
    QString error;
    if (!a.device->requestPairing(b.id(), &error))
        fail(error);
    waitUntil(
        [&] {
            return a.profile->trustStore()->isTrusted(b.id()) && b.profile->trustStore()->isTrusted(a.id())
                && a.device->isConnected(b.id()) && b.device->isConnected(a.id());
        },
        QStringLiteral("pairing"));
}

// Opens a session (a Session from a SessionManager, or a ServiceSession
// from a DeviceServiceClient) and waits until it is connected.
template<class Opener> auto openSession(Opener &opener, const QString &peer, QLatin1StringView service)
{
    QString error;
    auto *session = opener.open(peer, service, QString(), {}, &error);
    if (!session)
        fail(error);
    waitUntil([session] { return session->state() == Tandem::Session::State::Connected; }, QStringLiteral("opening"));
    return session;
}

// Round-trip times (µs) of `payload` as text on `session` (a Session or a
// ServiceSession), each sent when the previous echo came back; at most
// `count`, fewer once `more` says stop. `expected` sizes the list.
template<class S>
QList<double> pingPong(S *session, const QByteArray &payload, int count, int expected,
                       const std::function<bool()> &more = {})
{
    using Tandem::Session;
    QList<double> rtts;
    rtts.reserve(std::min(count, expected)); // count may mean "until told to stop"
    QElapsedTimer clock;
    bool waiting = false;
    auto sendOne = [&] {
        QString error;
        clock.start();
        if (session->send(QString(), Session::Kind::Text, payload, &error) == 0)
            fail(error);
        waiting = true;
    };
    QObject context;
    QObject::connect(session, &S::messageReceived, &context,
                     [&](const QString &, Session::Kind kind, const QByteArray &echo) {
                         if (kind != Session::Kind::Text)
                             return;
                         rtts.append(double(clock.nsecsElapsed()) / 1000.0);
                         if (echo != payload)
                             fail(QStringLiteral("the echo differs from what was sent"));
                         waiting = false;
                         if (rtts.size() < count && (!more || more()))
                             sendOne();
                     });
    sendOne();
    waitUntil([&] { return !waiting; }, QStringLiteral("ping-pong"));
    return rtts;
}

// Nearest-rank percentile (p in 0..1).
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto index = qBound<qsizetype>(0, qsizetype(std::ceil(p * double(values.size()))) - 1, values.size() - 1);
    return values.at(index);
}

inline double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace TandemBench
