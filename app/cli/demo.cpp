#include "demo.h"

#include "cli.h"

#include <Tandem/channelsession.h>
#include <Tandem/channelsessions.h>
#include <Tandem/landiscovery.h>
#include <Tandem/localdevice.h>
#include <Tandem/pairingcode.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtEndian>

#include <functional>

using namespace Tandem;

namespace {

// The service both devices speak in the demo, and its two channels.
constexpr QLatin1StringView DemoService{"tandem.demo"};
constexpr QLatin1StringView ChatChannel{"chat"};
constexpr QLatin1StringView BurstChannel{"burst"};
// The file the demo sends, in the sending device's temporary folder, and
// the receiving device's download folder in its own.
constexpr QLatin1StringView FileName{"tandem-demo.bin"};
constexpr QLatin1StringView DownloadFolder{"Downloads"};

// Message i of the burst: its number, then bytes derived from it, so the
// receiver checks order and content of each one.
QByteArray burstMessage(int i)
{
    QByteArray message(Demo::BurstMessageBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(i), message.data());
    for (int k = 4; k < message.size(); ++k)
        message[k] = char((i * 31 + k) & 0xff);
    return message;
}

// Writes the demo's file: Demo::FileBytes pseudo-random bytes from
// Demo::FileSeed. Returns their SHA-256, or an empty array with `error` set.
QByteArray writeDemoFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    QRandomGenerator random(Demo::FileSeed);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = Demo::FileBytes; left > 0; left -= block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        if (file.write(block.constData(), n) != n) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return {};
        }
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return hash.result();
}

// SHA-256 of a file as it lies on disk, independent of the library's own.
QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

QString chatText(int i)
{
    static const char *const texts[Demo::ChatMessages]
        = {"Hello from the desk!", "Did the pairing code match?", "Good. Sending some numbers on another channel."};
    return QString::fromLatin1(texts[i]);
}

} // namespace

// One of the two demo devices: a profile in its own temporary folder, its
// device on loopback, and the session stack above it. Members are declared
// in the order they are built, so they go in reverse.
struct DemoDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<LocalDevice> device;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<ChannelSessions> channels;
    std::unique_ptr<TransferManager> transfers;
    QString loopback; // the interface its discovery is restricted to

    QString name() const { return profile->deviceName(); }
    QString label() const { return QStringLiteral("%1 (%2)").arg(name(), profile->shortId()); }
    QString downloadDir() const { return dir.filePath(DownloadFolder); }

    bool open(const QString &deviceName, quint16 discoveryPort, QString *error)
    {
        if (!dir.isValid()) {
            *error = QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString());
            return false;
        }
        profile = Profile::open(dir.path(), error);
        if (!profile)
            return false;
        if (const QString problem = profile->setDeviceName(deviceName); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        // Loopback only, never the default interfaces: the demo must not
        // send a packet off this machine. Found by flag: it is "lo" on
        // Linux, "lo0" on macOS, named otherwise on Windows.
        loopback = LanDiscovery::loopbackInterface();
        if (loopback.isEmpty()) {
            *error = QStringLiteral("this machine has no loopback network interface that is up");
            return false;
        }
        LocalDevice::Options options;
        options.lan.address = QHostAddress::LocalHost;
        options.lan.port = 0;
        options.discovery.port = discoveryPort;
        options.discovery.interfaces = {loopback};
        options.discovery.ipv6 = false;
        options.bluetoothEnabled = false;
        device = std::make_unique<LocalDevice>(profile.get(), options);
        if (!device->start(error))
            return false;
        sessions = std::make_unique<SessionManager>(device.get(), SessionManager::Options());
        channels = std::make_unique<ChannelSessions>(sessions.get());
        TransferManager::Options files;
        files.downloadDir = downloadDir();
        if (!QDir().mkpath(files.downloadDir)) {
            *error = QStringLiteral("cannot make %1").arg(files.downloadDir);
            return false;
        }
        transfers = std::make_unique<TransferManager>(sessions.get(), files);
        return true;
    }
};

Demo::Demo(bool json, QObject *parent)
    : QObject(parent)
    , m_out(json)
{
    // The demo's output is its story and summary; the layers' progress
    // messages would bury it. Warnings still show, and QT_LOGGING_RULES
    // still turns any trace on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.info=false\ntandem.*.debug=false"));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(ExitTimedOut, QStringLiteral("no progress within %1 s").arg(Timeout.count())); });
}

Demo::~Demo() = default;

double Demo::stageMs() const
{
    return double(m_stageClock.nsecsElapsed()) / 1e6;
}

double Demo::seconds() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

void Demo::step(const QString &text)
{
    m_out.note(QStringLiteral("  [%1 s] %2").arg(seconds(), 5, 'f', 2).arg(text));
}

void Demo::fail(int code, const QString &why)
{
    if (m_finished)
        return;
    m_report.insert(QStringLiteral("ok"), false);
    m_report.insert(QStringLiteral("failedAt"), m_stage);
    m_report.insert(QStringLiteral("error"), why);
    m_out.emitObject(m_report, QString());
    m_out.error(QStringLiteral("demo failed while %1: %2").arg(m_stage, why));
    finish(code);
}

void Demo::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_opened)
        m_opened->close();
    for (DemoDevice *side : {m_left.get(), m_right.get()}) {
        if (side && side->device)
            side->device->stop();
    }
    // Let the goodbyes reach the other device before the loop ends.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void Demo::run()
{
    m_clock.start();
    m_deadline.start(Timeout);
    m_out.note(QStringLiteral("Tandem demo: two new devices in this process, talking over loopback only."));
    startDevices();
}

void Demo::startDevices()
{
    m_stage = QStringLiteral("making the two devices");
    m_stageClock.start();
    // A discovery port of the demo's own: bound here, shared (both devices'
    // listeners share it too) and held until the demo ends. A port only
    // probed and released could be handed to any other socket bound to
    // port 0 on this machine while the two identities are made — seconds,
    // on a loaded machine — and the devices could not listen on it.
    if (!m_discoveryPortHold.bind(QHostAddress::AnyIPv4, 0,
                                  QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        fail(ExitError, QStringLiteral("cannot open a UDP port: %1").arg(m_discoveryPortHold.errorString()));
        return;
    }
    const quint16 discoveryPort = m_discoveryPortHold.localPort();
    m_left = std::make_unique<DemoDevice>();
    m_right = std::make_unique<DemoDevice>();
    QString error;
    if (!m_left->open(QStringLiteral("Demo Desk"), discoveryPort, &error)
        || !m_right->open(QStringLiteral("Demo Laptop"), discoveryPort, &error)) {
        fail(ExitError, error);
        return;
    }
    const double identitiesMs = stageMs();
    step(QStringLiteral("Made %1 and %2, each with a new RSA-3072 identity, in %3 ms.")
             .arg(m_left->label(), m_right->label())
             .arg(identitiesMs, 0, 'f', 1));
    m_report.insert(QStringLiteral("devices"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), m_left->name()},
                                           {QStringLiteral("id"), m_left->profile->deviceId()}},
                               QJsonObject{{QStringLiteral("name"), m_right->name()},
                                           {QStringLiteral("id"), m_right->profile->deviceId()}}});
    m_report.insert(QStringLiteral("identitiesMs"), identitiesMs);

    m_stage = QStringLiteral("discovering");
    m_stageClock.start();
    auto found = [this] {
        const auto seen = m_left->device->device(m_right->profile->deviceId());
        if (m_stage != QStringLiteral("discovering") || !seen || !seen->reachable)
            return;
        const double ms = stageMs();
        m_report.insert(QStringLiteral("discoveryMs"), ms);
        step(QStringLiteral("%1 found %2 by discovery on %3 in %4 ms.")
                 .arg(m_left->name(), m_right->name(), m_left->loopback)
                 .arg(ms, 0, 'f', 1));
        pair();
    };
    connect(m_left->device.get(), &LocalDevice::devicesChanged, this, found);
    QTimer::singleShot(0, this, found);
}

void Demo::pair()
{
    m_stage = QStringLiteral("pairing");
    m_stageClock.start();
    // Both users compare the codes their devices show; here the demo does,
    // and accepts on both sides only when they match.
    auto codeReady = [this](DemoDevice *side) {
        return [this, side](const QString &, const QString &code, bool) {
            m_codes.append(code);
            step(QStringLiteral("%1 shows the pairing code %2.").arg(side->name(), PairingCode::formatted(code)));
            if (m_codes.size() < 2)
                return;
            if (m_codes.constFirst() != m_codes.constLast()) {
                fail(ExitError, QStringLiteral("the two devices show different codes"));
                return;
            }
            step(QStringLiteral("The codes match; both sides accept."));
            QString error;
            if (!m_left->device->acceptPairing(m_right->profile->deviceId(), &error)
                || !m_right->device->acceptPairing(m_left->profile->deviceId(), &error))
                fail(ExitError, error);
        };
    };
    connect(m_left->device.get(), &LocalDevice::pairingCodeReady, this, codeReady(m_left.get()));
    connect(m_right->device.get(), &LocalDevice::pairingCodeReady, this, codeReady(m_right.get()));
    for (DemoDevice *side : {m_left.get(), m_right.get()}) {
        connect(side->device.get(), &LocalDevice::pairingFailed, this,
                [this](const QString &, PairingOutcome, const QString &reason) { fail(ExitRefused, reason); });
    }
    auto pairedOnBoth = std::make_shared<int>(0);
    auto paired = [this, pairedOnBoth] {
        if (++*pairedOnBoth < 2)
            return;
        const double ms = stageMs();
        m_report.insert(QStringLiteral("pairingMs"), ms);
        m_report.insert(QStringLiteral("pairingCode"), m_codes.constFirst());
        step(QStringLiteral("Paired in %1 ms: each pinned the other's certificate.").arg(ms, 0, 'f', 1));
        openSession();
    };
    connect(m_left->device.get(), &LocalDevice::paired, this, paired);
    connect(m_right->device.get(), &LocalDevice::paired, this, paired);
    QString error;
    if (!m_left->device->requestPairing(m_right->profile->deviceId(), &error))
        fail(ExitRefused, error);
}

void Demo::openSession()
{
    m_stage = QStringLiteral("opening a session");
    m_stageClock.start();
    QString error;
    if (!m_right->channels->listen(DemoService, &error)) {
        fail(ExitError, error);
        return;
    }
    connect(m_right->channels.get(), &ChannelSessions::incoming, this, [this](ChannelSession *session) {
        m_accepted = session;
        if (m_opened && m_opened->state() == ChannelSession::State::Connected)
            chat();
    });
    m_opened = m_left->channels->open(m_right->profile->deviceId(), DemoService, &error);
    if (!m_opened) {
        fail(ExitError, error);
        return;
    }
    connect(m_opened, &ChannelSession::stateChanged, this, [this](ChannelSession::State state) {
        if (state == ChannelSession::State::Connected && m_accepted && m_stage == QStringLiteral("opening a session"))
            chat();
    });
    connect(m_opened, &ChannelSession::closed, this, [this](const QString &reason) { fail(ExitError, reason); });
}

void Demo::chat()
{
    const double openMs = stageMs();
    m_report.insert(QStringLiteral("sessionOpenMs"), openMs);
    step(QStringLiteral("%1 opened a session to %2 (service %3) in %4 ms.")
             .arg(m_left->name(), m_right->name(), DemoService)
             .arg(openMs, 0, 'f', 1));

    m_stage = QStringLiteral("chatting");
    m_stageClock.start();
    auto received = std::make_shared<int>(0);
    auto chatBytes = std::make_shared<qint64>(0);
    connect(m_accepted, &ChannelSession::received, this,
            [this, received, chatBytes](const QString &channel, const QByteArray &data) {
                if (channel != ChatChannel)
                    return;
                const QString expected = chatText(*received);
                if (QString::fromUtf8(data) != expected) {
                    fail(ExitError,
                         QStringLiteral("chat message %1 arrived as \"%2\", not \"%3\"")
                             .arg(*received + 1)
                             .arg(QString::fromUtf8(data), expected));
                    return;
                }
                *chatBytes += data.size();
                step(QStringLiteral("%1 received on \"%2\": %3").arg(m_right->name(), channel, expected));
                if (++*received == ChatMessages)
                    m_accepted->send(ChatChannel, QStringLiteral("All three arrived, in order.").toUtf8());
            });
    connect(m_opened, &ChannelSession::received, this,
            [this, chatBytes](const QString &channel, const QByteArray &data) {
                if (channel != ChatChannel || m_stage != QStringLiteral("chatting"))
                    return;
                *chatBytes += data.size();
                const double ms = stageMs();
                step(QStringLiteral("%1 received the reply on \"%2\": %3")
                         .arg(m_left->name(), channel, QString::fromUtf8(data)));
                m_report.insert(QStringLiteral("chat"),
                                QJsonObject{{QStringLiteral("messages"), ChatMessages + 1},
                                            {QStringLiteral("bytes"), *chatBytes},
                                            {QStringLiteral("roundTripMs"), ms}});
                burst();
            });
    for (int i = 0; i < ChatMessages; ++i) {
        QString error;
        if (!m_opened->send(ChatChannel, chatText(i).toUtf8(), &error)) {
            fail(ExitError, error);
            return;
        }
    }
}

void Demo::burst()
{
    m_stage = QStringLiteral("sending the burst");
    m_stageClock.start();
    step(QStringLiteral("%1 sends %2 numbered messages of %3 bytes on \"%4\"...")
             .arg(m_left->name())
             .arg(BurstMessages)
             .arg(BurstMessageBytes)
             .arg(BurstChannel));
    auto sent = std::make_shared<int>(0);
    auto received = std::make_shared<int>(0);
    auto retryScheduled = std::make_shared<bool>(false);
    auto sendMore = std::make_shared<std::function<void()>>();
    *sendMore = [this, sent, received, retryScheduled, sendMore = std::weak_ptr(sendMore)] {
        while (!m_finished && *sent < BurstMessages && *sent - *received < BurstInFlight) {
            QString error;
            if (m_opened->send(BurstChannel, burstMessage(*sent), &error)) {
                ++*sent;
                continue;
            }
            // A full queue (the receiver's acknowledgements have not come
            // back yet) refuses the send: try again shortly, as an app would.
            if (m_opened->state() == ChannelSession::State::Disconnected) {
                fail(ExitError, error);
            } else if (!*retryScheduled) {
                *retryScheduled = true;
                QTimer::singleShot(BurstRetryDelay, this, [retryScheduled, sendMore] {
                    *retryScheduled = false;
                    if (const auto again = sendMore.lock())
                        (*again)();
                });
            }
            return;
        }
    };
    connect(m_accepted, &ChannelSession::received, this,
            [this, received, sendMore](const QString &channel, const QByteArray &data) {
                if (channel != BurstChannel || m_finished)
                    return;
                if (data != burstMessage(*received)) {
                    fail(ExitError, QStringLiteral("burst message %1 arrived out of order or changed").arg(*received));
                    return;
                }
                if (++*received < BurstMessages) {
                    (*sendMore)();
                    return;
                }
                const double s = double(m_stageClock.nsecsElapsed()) / 1e9;
                const qint64 bytes = qint64(BurstMessages) * BurstMessageBytes;
                m_report.insert(QStringLiteral("burst"),
                                QJsonObject{{QStringLiteral("messages"), BurstMessages},
                                            {QStringLiteral("bytes"), bytes},
                                            {QStringLiteral("seconds"), s},
                                            {QStringLiteral("messagesPerSecond"), BurstMessages / s},
                                            {QStringLiteral("mibPerSecond"), double(bytes) / (1024 * 1024) / s}});
                step(QStringLiteral("%1 received all %2, each once and in order: %3 messages/s, %4 MiB/s.")
                         .arg(m_right->name())
                         .arg(BurstMessages)
                         .arg(BurstMessages / s, 0, 'f', 0)
                         .arg(double(bytes) / (1024 * 1024) / s, 0, 'f', 1));
                sendFile();
            });
    (*sendMore)();
}

void Demo::sendFile()
{
    m_stage = QStringLiteral("sending a file");
    QString error;
    const QString source = m_left->dir.filePath(FileName);
    m_fileSha256 = writeDemoFile(source, &error);
    if (m_fileSha256.isEmpty()) {
        fail(ExitError, error);
        return;
    }
    step(QStringLiteral("%1 sends %2 (%3 random bytes, seed %4, SHA-256 %5...).")
             .arg(m_left->name(), FileName)
             .arg(FileBytes)
             .arg(FileSeed)
             .arg(QString::fromLatin1(m_fileSha256.toHex().left(16))));
    m_stageClock.start();
    // The receiver is asked, and accepts into its download folder; nothing
    // is written there before it does.
    auto incoming = std::make_shared<QPointer<Transfer>>();
    auto outgoing = std::make_shared<QPointer<Transfer>>();
    auto completed = std::make_shared<int>(0);
    auto done = [this, incoming, outgoing, completed](Transfer::State state, const QString &reason) {
        if (state != Transfer::State::Completed) {
            fail(ExitError,
                 QStringLiteral("the transfer ended %1%2")
                     .arg(QString::fromLatin1(QMetaEnum::fromType<Transfer::State>().valueToKey(int(state))),
                          reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
            return;
        }
        // Both ends: the sender has the receiver's word that the file was
        // verified, the receiver has renamed it into place.
        if (++*completed == 2 && *incoming && *outgoing)
            fileArrived(*outgoing, *incoming);
    };
    connect(m_right->transfers.get(), &TransferManager::incomingTransfer, this,
            [this, incoming, done](Transfer *transfer) {
                *incoming = transfer;
                connect(transfer, &Transfer::finished, this, done);
                step(QStringLiteral("%1 is offered %2 (%3); it accepts into its download folder.")
                         .arg(m_right->name(), transfer->files().constFirst().name,
                              QLocale::c().formattedDataSize(transfer->totalBytes())));
                QString acceptError;
                if (!transfer->accept(m_right->downloadDir(), &acceptError))
                    fail(ExitError, acceptError);
            });
    Transfer *transfer = m_left->transfers->send(m_right->profile->deviceId(), {source}, &error);
    if (!transfer) {
        fail(ExitError, error);
        return;
    }
    *outgoing = transfer;
    connect(transfer, &Transfer::finished, this, done);
}

void Demo::fileArrived(const Transfer *outgoing, const Transfer *incoming)
{
    const double s = double(m_stageClock.nsecsElapsed()) / 1e9;
    const double mibPerSecond = double(FileBytes) / (1024 * 1024) / s;
    const TransferFile landed = incoming->files().constFirst();
    if (landed.sha256 != m_fileSha256) {
        fail(ExitError,
             QStringLiteral("%1 was verified with SHA-256 %2, not the source's %3")
                 .arg(landed.path, QString::fromLatin1(landed.sha256.toHex()),
                      QString::fromLatin1(m_fileSha256.toHex())));
        return;
    }
    step(QStringLiteral("%1 verified %2 (SHA-256 equal to the source's) in %3 s: %4 MiB/s.")
             .arg(m_right->name(), FileName)
             .arg(s, 0, 'f', 3)
             .arg(mibPerSecond, 0, 'f', 1));
    // The library compared digests before the rename; the demo checks once
    // more, by its own hash of the file where it landed.
    const QByteArray onDisk = fileSha256(landed.path);
    if (onDisk != m_fileSha256) {
        fail(ExitError,
             QStringLiteral("%1 holds SHA-256 %2, not the source's %3")
                 .arg(landed.path, QString::fromLatin1(onDisk.toHex()), QString::fromLatin1(m_fileSha256.toHex())));
        return;
    }
    step(QStringLiteral("Hashed again where it landed, in %1's download folder: equal.").arg(m_right->name()));
    m_report.insert(QStringLiteral("file"),
                    QJsonObject{{QStringLiteral("sent"), true},
                                {QStringLiteral("name"), QString(FileName)},
                                {QStringLiteral("bytes"), FileBytes},
                                {QStringLiteral("seconds"), s},
                                {QStringLiteral("mibPerSecond"), mibPerSecond},
                                {QStringLiteral("bytesOnWire"), outgoing->bytesSent()},
                                {QStringLiteral("sha256"), QString::fromLatin1(m_fileSha256.toHex())},
                                {QStringLiteral("receivedSha256"), QString::fromLatin1(onDisk.toHex())},
                                {QStringLiteral("verified"), true}});
    summarise();
}

void Demo::summarise()
{
    m_stage = QStringLiteral("summarising");
    const QJsonObject chat = m_report.value(QStringLiteral("chat")).toObject();
    const QJsonObject burst = m_report.value(QStringLiteral("burst")).toObject();
    const QJsonObject file = m_report.value(QStringLiteral("file")).toObject();
    m_report.insert(QStringLiteral("ok"), true);
    m_report.insert(QStringLiteral("totalSeconds"), seconds());
    m_out.emitObject(
        m_report,
        QStringLiteral("\nSummary\n"
                       "  devices     %1 and %2, fresh profiles, loopback only\n"
                       "  discovery   %3 ms; pairing %4 ms (code %5 on both)\n"
                       "  session     opened in %6 ms; channels \"%7\" and \"%8\"\n"
                       "  chat        %9 messages, %10 bytes, round trip %11 ms\n"
                       "  burst       %12 messages, %13 KiB in %14 s: %15 messages/s, %16 MiB/s\n"
                       "  file        %17\n"
                       "  total       %18 s, everything delivered once and in order, the file verified")
            .arg(m_left->label(), m_right->label())
            .arg(m_report.value(QStringLiteral("discoveryMs")).toDouble(), 0, 'f', 1)
            .arg(m_report.value(QStringLiteral("pairingMs")).toDouble(), 0, 'f', 1)
            .arg(PairingCode::formatted(m_report.value(QStringLiteral("pairingCode")).toString()))
            .arg(m_report.value(QStringLiteral("sessionOpenMs")).toDouble(), 0, 'f', 1)
            .arg(ChatChannel, BurstChannel)
            .arg(chat.value(QStringLiteral("messages")).toInt())
            .arg(chat.value(QStringLiteral("bytes")).toInteger())
            .arg(chat.value(QStringLiteral("roundTripMs")).toDouble(), 0, 'f', 1)
            .arg(burst.value(QStringLiteral("messages")).toInt())
            .arg(burst.value(QStringLiteral("bytes")).toInteger() / 1024)
            .arg(burst.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 3)
            .arg(burst.value(QStringLiteral("messagesPerSecond")).toDouble(), 0, 'f', 0)
            .arg(burst.value(QStringLiteral("mibPerSecond")).toDouble(), 0, 'f', 1)
            .arg(QStringLiteral("%1, %2 MiB in %3 s: %4 MiB/s, SHA-256 %5... equal on both sides")
                     .arg(file.value(QStringLiteral("name")).toString())
                     .arg(double(file.value(QStringLiteral("bytes")).toInteger()) / (1024 * 1024), 0, 'f', 1)
                     .arg(file.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 3)
                     .arg(file.value(QStringLiteral("mibPerSecond")).toDouble(), 0, 'f', 1)
                     .arg(file.value(QStringLiteral("sha256")).toString().left(16)))
            .arg(seconds(), 0, 'f', 2));
    finish(ExitOk);
}
