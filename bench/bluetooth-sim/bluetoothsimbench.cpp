// tandem-bench-bluetooth-sim: the "bluetooth-sim" suite of scripts/bench.
//
// What Tandem's own layers cost on a link as slow as Bluetooth Classic,
// without a radio: two paired LocalDevices in this process linked only by
// MemoryStreamNetwork streams limited to `link_kibps` each way (reads of at
// most an RFCOMM frame, fixed seed), with the production QCA TLS, frames,
// window and acknowledgements on top. One Bytes message of `bytes` is timed
// from send() to its arrival (`tandem_kibps`), next to the same bytes
// written straight onto a MemoryStream pair with the same limit, the
// reference measured in the same run (`raw_stream_kibps`). The real
// `bluetooth` key (tandem over real RFCOMM next to rctest) needs the BlueZ
// VM harness; this one isolates the protocol's share of it.

#include <Tandem/localdevice.h>
#include <Tandem/localdevice_p.h>
#include <Tandem/memorystreamnetwork.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Tandem;

namespace {

constexpr qint64 LinkBytesPerSecond = 256 * 1024; // a good Bluetooth Classic link
constexpr qsizetype PayloadBytes = 2 * 1024 * 1024;
constexpr int DeadlineMs = 120000;

bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(DeadlineMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

double rawStreamKibps(const QByteArray &payload, const MemoryStreamOptions &options)
{
    auto [a, b] = MemoryStream::createPair(options);
    std::unique_ptr<MemoryStream> ownA(a), ownB(b);
    qint64 received = 0;
    QObject::connect(b, &QIODevice::readyRead, b, [&] { received += b->readAll().size(); });
    QElapsedTimer clock;
    clock.start();
    a->write(payload);
    if (!waitFor([&] { return received == payload.size(); }))
        return -1;
    return double(payload.size()) / 1024.0 / (double(clock.nsecsElapsed()) / 1e9);
}

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<LocalDevice> device;
};

double tandemKibps(const QByteArray &payload, const MemoryStreamOptions &options, QString *error)
{
    MemoryStreamNetwork radio(options);
    LocalDevice::Options o;
    o.lanEnabled = false;
    o.discoveryEnabled = false;
    o.bluetoothEnabled = true;
    Device a, b;
    for (Device *d : {&a, &b}) {
        d->profile = Profile::open(d->dir.path(), error);
        if (!d->profile)
            return -1;
        d->device = std::make_unique<LocalDevice>(d->profile.get(), o);
        LocalDeviceTestHooks hooks;
        hooks.bluetoothProvider = [&radio](const DeviceIdentity &identity) { return radio.createProvider(identity); };
        setTestHooks(d->device.get(), hooks);
        if (!d->device->start(error))
            return -1;
    }
    const QString idB = b.profile->deviceId();
    if (!waitFor([&] { return a.device->device(idB).has_value(); })) {
        *error = QStringLiteral("the devices did not find each other");
        return -1;
    }
    QObject context;
    for (Device *d : {&a, &b}) {
        QObject::connect(d->device.get(), &LocalDevice::pairingCodeReady, &context, [d](const QString &id) {
            QString e;
            d->device->acceptPairing(id, &e);
        });
    }
    if (!a.device->requestPairing(idB, error))
        return -1;
    if (!waitFor([&] { return a.device->device(idB)->paired && b.device->isConnected(a.profile->deviceId()); })) {
        *error = QStringLiteral("pairing did not finish");
        return -1;
    }
    SessionManager sa(a.device.get(), {}), sb(b.device.get(), {});
    sb.registerService(QStringLiteral("bench"));
    Session *atB = nullptr;
    QObject::connect(&sb, &SessionManager::incomingSession, &context, [&atB](Session *s) {
        atB = s;
        s->accept();
    });
    Session *s = sa.open(idB, QStringLiteral("bench"), QString(), {}, error);
    if (!s || !waitFor([&] { return s->state() == Session::State::Connected && atB; })) {
        *error = QStringLiteral("the session did not open");
        return -1;
    }
    qint64 received = -1;
    QObject::connect(atB, &Session::messageReceived, &context,
                     [&received](const QString &, Session::Kind, const QByteArray &p) { received = p.size(); });
    QElapsedTimer clock;
    clock.start();
    if (s->send(QString(), Session::Kind::Bytes, payload, error) <= 0)
        return -1;
    if (!waitFor([&] { return received == payload.size(); })) {
        *error = QStringLiteral("the transfer did not finish");
        return -1;
    }
    return double(payload.size()) / 1024.0 / (double(clock.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.*=false\nqt.*=false"));
    const bool summary = app.arguments().contains(QStringLiteral("--summary"));
    MemoryStreamOptions options;
    options.bytesPerSecond = LinkBytesPerSecond;
    options.seed = 1;
    QByteArray payload(PayloadBytes, Qt::Uninitialized);
    QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);

    const double raw = rawStreamKibps(payload, options);
    QString error;
    const double tandem = tandemKibps(payload, options, &error);
    if (raw <= 0 || tandem <= 0) {
        std::fprintf(stderr, "bluetooth-sim: %s\n", qPrintable(error.isEmpty() ? QStringLiteral("timed out") : error));
        return 1;
    }
    QJsonObject result;
    result.insert(QStringLiteral("link_kibps"), double(LinkBytesPerSecond) / 1024.0);
    result.insert(QStringLiteral("bytes"), double(PayloadBytes));
    result.insert(QStringLiteral("raw_stream_kibps"), qRound(raw * 10) / 10.0);
    result.insert(QStringLiteral("tandem_kibps"), qRound(tandem * 10) / 10.0);
    result.insert(QStringLiteral("ratio"), qRound(tandem / raw * 1000) / 1000.0);
    if (summary) {
        std::printf("2 MiB over a %.0f KiB/s RFCOMM-like stream: Tandem (QCA TLS + sessions) %.1f KiB/s, "
                    "the bare stream %.1f KiB/s (%.3f x)\n",
                    double(LinkBytesPerSecond) / 1024.0, tandem, raw, tandem / raw);
    } else {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
