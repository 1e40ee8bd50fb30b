// tandem-bench-links: the "links" suite of scripts/bench.
//
// Tandem through emulated links (linkemulator.h: a TCP relay adding a rate
// limit and a one-way delay, with a bounded queue), next to socat TLS 1.3
// through the same emulation in the same run. Per link:
//   1. the emulation is checked: a 1-byte echo's round trip is twice the
//      delay and a raw TCP stream's rate the link's, each within 10 %, or
//      the link is not reported (an "error" in its place);
//   2. socat TLS copies the transfer size through it (the reference);
//   3. two paired devices in this process, linked through it, ping-pong
//      1 KiB chat messages on a quiet link, then stream the transfer size
//      as 1 MiB messages on one session while the ping-pong goes on in
//      another.
// Prints one JSON object on stdout (with --summary, a readable summary);
// errors go to stderr. TANDEM_BENCH_SCALE scales the 256 MiB transfer.

#include "../common/benchsupport.h"
#include "linkemulator.h"
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Tandem;
using namespace TandemBench;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

struct LinkSpec
{
    double megabitsPerSecond;
    int rttMs;
};
// Issue 18's links: fast LAN, Wi-Fi-like, two slow WANs, fast with latency.
constexpr LinkSpec Links[] = {{1000, 2}, {300, 10}, {80, 40}, {80, 80}, {1000, 10}};
constexpr qint64 FullTransferBytes = qint64(256) * 1024 * 1024;
constexpr qint64 TransferMessageBytes = 1024 * 1024;
// Messages queued at once: far more than any window, far below the
// session's 64 MiB queue.
constexpr int QueuedTransferMessages = 16;
constexpr qsizetype ChatBytes = 1024;
constexpr int IdleRoundTrips = 50;
constexpr int LoadedRoundTripsExpected = 2000;
// How far the emulation may be off before a link is not reported.
constexpr double EmulationTolerance = 0.10;
constexpr int ProbeRoundTrips = 20;
// The raw stream that checks the rate: a second's worth, at least 4 MiB.
constexpr std::chrono::seconds RateProbeTime{1};
constexpr qint64 MinRateProbeBytes = 4 * 1024 * 1024;
// A rate no link reaches, for measuring the relay's own round trip.
constexpr double FastestRelayBytesPerSecond = 10e9;
constexpr QLatin1StringView EchoService{"bench-echo"};
constexpr QLatin1StringView BulkService{"bench-bulk"};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        fail(QStringLiteral("cannot connect to port %1").arg(port));
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// A listening loopback socket and its port.
std::pair<int, quint16> listenLocal()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 4) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        fail(QStringLiteral("cannot listen on loopback"));
    return {fd, ntohs(address.sin_port)};
}

struct Emulation
{
    double rttMs;
    double mbps;
};

// Measures the emulated link with plain TCP: a 1-byte echo, then a stream.
Emulation measureEmulation(double bytesPerSecond, std::chrono::nanoseconds delay, bool rateToo = true)
{
    Emulation measured{};
    {
        auto [listener, port] = listenLocal();
        std::thread echo([listener] {
            const int fd = ::accept(listener, nullptr, nullptr);
            char byte;
            while (::recv(fd, &byte, 1, 0) == 1)
                ::send(fd, &byte, 1, MSG_NOSIGNAL);
            ::close(fd);
        });
        {
            LinkEmulator link(bytesPerSecond, delay, port);
            const int fd = connectTo(link.port());
            QList<double> rtts;
            for (int i = 0; i < ProbeRoundTrips; ++i) {
                char byte = 'p';
                const auto start = Clock::now();
                if (::send(fd, &byte, 1, MSG_NOSIGNAL) != 1 || ::recv(fd, &byte, 1, MSG_WAITALL) != 1)
                    fail(QStringLiteral("the emulated link dropped the echo"));
                rtts.append(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            }
            measured.rttMs = percentile(rtts, 0.5);
            ::close(fd);
        }
        echo.join();
        ::close(listener);
    }
    if (rateToo) {
        auto [listener, port] = listenLocal();
        const qint64 bytes = std::max<qint64>(
            MinRateProbeBytes, qint64(bytesPerSecond * std::chrono::duration<double>(RateProbeTime).count()));
        double seconds = 0;
        qint64 timedBytes = 0;
        std::thread sink([&, listener = listener] {
            const int fd = ::accept(listener, nullptr, nullptr);
            QByteArray buffer(256 * 1024, Qt::Uninitialized);
            Clock::time_point first, last;
            qint64 total = 0, firstPiece = 0;
            for (ssize_t n; (n = ::recv(fd, buffer.data(), size_t(buffer.size()), 0)) > 0;) {
                if (total == 0) {
                    first = Clock::now();
                    firstPiece = n;
                }
                total += n;
                last = Clock::now();
            }
            // From the first piece's arrival to the last's: the delay drops
            // out, the rate stays.
            seconds = std::chrono::duration<double>(last - first).count();
            timedBytes = total - firstPiece;
            ::close(fd);
        });
        {
            LinkEmulator link(bytesPerSecond, delay, port);
            const int fd = connectTo(link.port());
            const QByteArray block(256 * 1024, 'r');
            for (qint64 sent = 0; sent < bytes;) {
                const ssize_t n
                    = ::send(fd, block.constData(), size_t(std::min<qint64>(block.size(), bytes - sent)), MSG_NOSIGNAL);
                if (n <= 0)
                    fail(QStringLiteral("the emulated link dropped the stream"));
                sent += n;
            }
            ::shutdown(fd, SHUT_WR);
            sink.join();
            ::close(fd);
        }
        ::close(listener);
        measured.mbps = seconds > 0 ? double(timedBytes) * 8 / seconds / 1e6 : 0;
    }
    return measured;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free port"));
    return probe.serverPort();
}

// Whether something listens on TCP `port` (socat, once it is up).
bool listening(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local = QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1).endsWith(local) && fields.at(3) == "0A")
            return true;
    }
    return false;
}

// socat TLS 1.3 from /dev/zero to /dev/null through `link`; Mbit/s.
double socatTls(const QString &socat, const QTemporaryDir &keys, qint64 bytes, double bytesPerSecond,
                std::chrono::nanoseconds delay)
{
    const quint16 port = freePort();
    QProcess server;
    server.setProgram(socat);
    server.setArguments({QStringLiteral("-u"),
                         QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,cert=%2,key=%3,verify=0")
                             .arg(port)
                             .arg(keys.filePath(QStringLiteral("cert.pem")), keys.filePath(QStringLiteral("key.pem"))),
                         QStringLiteral("OPEN:/dev/null")});
    server.start();
    waitUntil([&] { return listening(port); }, QStringLiteral("socat listening"));
    LinkEmulator link(bytesPerSecond, delay, port);
    QElapsedTimer clock;
    clock.start();
    QProcess client;
    client.start(socat,
                 {QStringLiteral("-u"), QStringLiteral("OPEN:/dev/zero,readbytes=%1").arg(bytes),
                  QStringLiteral("OPENSSL:127.0.0.1:%1,verify=0").arg(link.port())});
    if (!client.waitForFinished(int(StepTimeout.count())) || !server.waitForFinished(int(StepTimeout.count())))
        fail(QStringLiteral("socat did not finish"));
    if (client.exitCode() != 0 || server.exitCode() != 0)
        fail(QStringLiteral("socat failed: ")
             + QString::fromLocal8Bit(client.readAllStandardError() + server.readAllStandardError()));
    return double(bytes) * 8 / (double(clock.nsecsElapsed()) / 1e9) / 1e6;
}

struct TandemFigures
{
    double mbps;
    QList<double> idleRtts, loadedRtts; // ms
};

TandemFigures tandemThrough(qint64 bytes, double bytesPerSecond, std::chrono::nanoseconds delay)
{
    // Each device on a discovery port of its own: they must not find each
    // other on loopback, only through the emulated link.
    QUdpSocket holdA, holdB;
    BenchDevice a(QStringLiteral("Bench A"), holdUdpPort(holdA));
    BenchDevice b(QStringLiteral("Bench B"), holdUdpPort(holdB));
    LinkEmulator link(bytesPerSecond, delay, b.device->lanPort());
    a.device->connectToAddress(QStringLiteral("127.0.0.1"), link.port());
    waitUntil([&] { return a.device->device(b.id()).has_value(); }, QStringLiteral("the link through the emulator"));
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
        QStringLiteral("pairing through the emulator"));

    SessionManager sa(a.device.get(), {});
    SessionManager sb(b.device.get(), {});
    qint64 received = 0;
    sb.registerService(EchoService);
    sb.registerService(BulkService);
    QObject::connect(&sb, &SessionManager::incomingSession, &sb, [&received](Session *session) {
        if (session->service() == EchoService) {
            QObject::connect(session, &Session::messageReceived, session,
                             [session](const QString &channel, Session::Kind kind, const QByteArray &payload) {
                                 QString e;
                                 if (session->send(channel, kind, payload, &e) == 0)
                                     fail(QStringLiteral("echo: ") + e);
                             });
        } else {
            QObject::connect(
                session, &Session::messageReceived, session,
                [&received](const QString &, Session::Kind, const QByteArray &payload) { received += payload.size(); });
        }
        session->accept();
    });
    Session *echo = openSession(sa, b.id(), EchoService);
    Session *bulk = openSession(sa, b.id(), BulkService);
    const QByteArray chat(ChatBytes, 'c');
    const auto toMs = [](QList<double> us) {
        for (double &v : us)
            v /= 1000.0;
        return us;
    };
    TandemFigures figures;
    pingPong(echo, chat, 3, 3); // warm-up
    figures.idleRtts = toMs(pingPong(echo, chat, IdleRoundTrips, IdleRoundTrips));

    const QByteArray message(TransferMessageBytes, 'x');
    qint64 queued = 0;
    auto topUp = [&] {
        while (queued < bytes && bulk->queuedMessages() < QueuedTransferMessages) {
            const QByteArray part = message.left(std::min<qint64>(message.size(), bytes - queued));
            if (bulk->send(QString(), Session::Kind::Bytes, part, &error) == 0)
                fail(error);
            queued += part.size();
        }
    };
    QObject::connect(bulk, &Session::delivered, &context, topUp);
    QElapsedTimer clock;
    clock.start();
    topUp();
    figures.loadedRtts = toMs(pingPong(echo, chat, std::numeric_limits<int>::max(), LoadedRoundTripsExpected,
                                       [&] { return received < bytes; }));
    waitUntil([&] { return received >= bytes; }, QStringLiteral("the transfer"));
    figures.mbps = double(bytes) * 8 / (double(clock.nsecsElapsed()) / 1e9) / 1e6;
    echo->close();
    bulk->close();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool summary = app.arguments().contains(QStringLiteral("--summary"));
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false\ntandem.*.info=false"));
    const qint64 bytes = std::max<qint64>(TransferMessageBytes, std::llround(benchScale() * double(FullTransferBytes)));

    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        fail(QStringLiteral("socat is needed for the reference"));
    QTemporaryDir keys;
    if (QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=tandem-bench"), QStringLiteral("-keyout"),
                           keys.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                           keys.filePath(QStringLiteral("cert.pem"))})
        != 0)
        fail(QStringLiteral("openssl could not make the reference's certificate"));

    // What the relay itself adds to a round trip (two threads, four
    // loopback hops; about 0.2 ms): taken off the delay it is told, so that
    // a 2 ms link is 2 ms.
    const auto relayRtt
        = std::chrono::duration<double, std::milli>(measureEmulation(FastestRelayBytesPerSecond, 0ns, false).rttMs);
    QJsonArray results;
    QString text = QStringLiteral("Tandem and socat TLS 1.3 through emulated links, %1 MiB each, one process:\n")
                       .arg(bytes / (1024 * 1024));
    bool ratiosMet = true, chatMet = true;
    for (const LinkSpec &spec : Links) {
        const double bytesPerSecond = spec.megabitsPerSecond * 1e6 / 8;
        const auto delay = std::max(0ns,
                                    std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        (std::chrono::milliseconds(spec.rttMs) - relayRtt) / 2));
        const QString name = QStringLiteral("%1 Mbit/s, %2 ms").arg(spec.megabitsPerSecond).arg(spec.rttMs);
        QJsonObject row{{QStringLiteral("link"), name},
                        {QStringLiteral("mbit_per_s"), spec.megabitsPerSecond},
                        {QStringLiteral("rtt_ms"), spec.rttMs}};
        const Emulation emulation = measureEmulation(bytesPerSecond, delay);
        row.insert(QStringLiteral("emulated_rtt_ms"), rounded(emulation.rttMs));
        row.insert(QStringLiteral("emulated_mbps"), rounded(emulation.mbps));
        const bool rttOff = std::abs(emulation.rttMs - spec.rttMs) > EmulationTolerance * spec.rttMs;
        const bool rateOff
            = std::abs(emulation.mbps - spec.megabitsPerSecond) > EmulationTolerance * spec.megabitsPerSecond;
        if (rttOff || rateOff) {
            row.insert(QStringLiteral("error"),
                       QStringLiteral("the emulation is off by more than 10 %: round trip %1 ms, rate %2 Mbit/s")
                           .arg(rounded(emulation.rttMs))
                           .arg(rounded(emulation.mbps)));
            text += QStringLiteral("  %1: not reported, %2\n").arg(name, row.value(u"error").toString());
            results.append(row);
            ratiosMet = chatMet = false;
            continue;
        }
        const double reference = socatTls(socat, keys, bytes, bytesPerSecond, delay);
        const TandemFigures tandem = tandemThrough(bytes, bytesPerSecond, delay);
        const double ratio = tandem.mbps / reference;
        const double idleP99 = percentile(tandem.idleRtts, 0.99);
        const double loadedP99 = percentile(tandem.loadedRtts, 0.99);
        ratiosMet = ratiosMet && ratio >= 0.95;
        chatMet = chatMet && loadedP99 <= 1.5 * idleP99 + 5;
        row.insert(QStringLiteral("tandem_mbps"), rounded(tandem.mbps));
        row.insert(QStringLiteral("socat_tls_mbps"), rounded(reference));
        row.insert(QStringLiteral("ratio"), std::round(ratio * 100) / 100);
        row.insert(QStringLiteral("chat_idle_p50_ms"), rounded(percentile(tandem.idleRtts, 0.5)));
        row.insert(QStringLiteral("chat_idle_p99_ms"), rounded(idleP99));
        row.insert(QStringLiteral("chat_p50_ms"), rounded(percentile(tandem.loadedRtts, 0.5)));
        row.insert(QStringLiteral("chat_p99_ms"), rounded(loadedP99));
        row.insert(QStringLiteral("chat_samples"), tandem.loadedRtts.size());
        results.append(row);
        text += QStringLiteral("  %1 (measured %2 ms, %3 Mbit/s): Tandem %4, socat TLS %5 Mbit/s (%6x); chat idle "
                               "p99 %7 ms, under the transfer p50 %8, p99 %9 ms\n")
                    .arg(name)
                    .arg(rounded(emulation.rttMs))
                    .arg(rounded(emulation.mbps))
                    .arg(rounded(tandem.mbps))
                    .arg(rounded(reference))
                    .arg(std::round(ratio * 100) / 100)
                    .arg(rounded(idleP99))
                    .arg(rounded(percentile(tandem.loadedRtts, 0.5)))
                    .arg(rounded(loadedP99));
    }
    if (summary) {
        text += QStringLiteral("    target ratio >= 0.95 on every link: %1\n")
                    .arg(ratiosMet ? QStringLiteral("met") : QStringLiteral("MISSED"));
        text += QStringLiteral("    target chat p99 <= 1.5 x idle p99 + 5 ms on every link: %1\n")
                    .arg(chatMet ? QStringLiteral("met") : QStringLiteral("MISSED"));
        std::fprintf(stdout, "%s", qUtf8Printable(text));
        return 0;
    }
    const QJsonObject result{
        {QStringLiteral("transfer_bytes"), bytes},
        {QStringLiteral("relay_rtt_ms"), std::round(relayRtt.count() * 1000) / 1000},
        {QStringLiteral("links"), results},
        {QStringLiteral("targets"),
         QJsonObject{{QStringLiteral("ratio_at_least_0_95"), ratiosMet},
                     {QStringLiteral("chat_p99_within_1_5x_idle_plus_5ms"), chatMet}}},
    };
    std::fprintf(stdout, "%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
