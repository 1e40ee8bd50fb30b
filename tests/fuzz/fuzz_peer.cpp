// Stateful libFuzzer target (issue 14): a victim device - LocalDevice,
// PeerConnection, SessionManager, TransferManager, as an app runs them - is
// linked in memory to a scripted attacker, and each input is a script of
// what that attacker does: mostly-valid frames built with the protocol's own
// encoders (hello, session control, session fragments, acknowledgements,
// file offers, chunks and ends), raw bytes, ping floods, link cuts and
// redials, and what the victim's app does meanwhile (open, send, accept,
// send a file). The event loop runs between actions, so every queued call
// and signal of the library runs as it would in an app.
//
// Identities (RSA-3072) are made once per process; everything else - the
// device, its managers, the links, the download folder and the transfer
// store - is made and torn down per input, so nothing accumulates across
// inputs except what the library itself keeps: growth there trips
// -rss_limit_mb.
//
// Input: 4 header bytes (see Header), then actions, each an opcode byte
// (low 5 bits the action, bit 7: do not run the event loop after it)
// followed by its operands. Missing bytes read as zero.

#include <Tandem/controlmessage.h>
#include <Tandem/deviceidentity.h>
#include <Tandem/frame.h>
#include <Tandem/hello.h>
#include <Tandem/link.h>
#include <Tandem/localdevice.h>
#include <Tandem/localdevice_p.h>
#include <Tandem/memorylink.h>
#include <Tandem/peerconnection.h>
#include <Tandem/profile.h>
#include <Tandem/session.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/streamlinkprovider.h>
#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transferprotocol.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unordered_map>

#include <sys/wait.h>
#include <unistd.h>

using namespace Tandem;
using namespace Qt::StringLiterals;

// ---- What the structured actions may send. Each bound sits above the
// victim's own budget for it, so the fuzzer meets every budget
// (docs/resource-model.md) and any unbounded growth trips -rss_limit_mb:
//   pings per flood above what fills PeerConnection::MaxQueuedControlBytes;
//   declared message sizes up to 2^64 - 1 (checked on the first fragment);
//   offered files up to TransferProtocol::MaxFileBytes each (sums that
//   overflowed once), folders above MaxFoldersPerOffer, offers per input
//   above MaxUnfinishedTransfersPerPeer.
// They kept inputs from known bugs while those were being fixed; the
// inputs that found them are now seeds (corpus/peer/a-pong-queue.bin,
// b-reserve-2gib.bin).
namespace {

constexpr int MaxPingsPerAction = 1 << 16;
constexpr int PingsPerCount = 16;
constexpr quint64 MaxDeclaredMessageBytes = ~quint64(0);
constexpr qint64 MaxOfferedFileBytes = TransferProtocol::MaxFileBytes;
constexpr int MaxOfferedFiles = 20000;
constexpr int MaxOfferedFolders = 20000;
constexpr int MaxOffersPerInput = 64;

// Bounds on one input's work, so that each runs in milliseconds.
constexpr int MaxActions = 512;
constexpr int MaxLinksPerInput = 4;
constexpr int MaxEventLoopPasses = 32;

void fatalIf(bool failed, const char *what)
{
    if (!failed)
        return;
    std::fprintf(stderr, "fuzz_peer: %s\n", what);
    std::abort();
}

// ---- Input

class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    bool atEnd() const { return m_pos >= m_size; }
    quint8 u8() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    quint16 u16() { return quint16(u8() << 8 | u8()); }
    quint32 u32() { return quint32(u16()) << 16 | u16(); }
    quint64 u64() { return quint64(u32()) << 32 | u32(); }
    QByteArray bytes(qsizetype n)
    {
        n = qMin<qsizetype>(n, qsizetype(m_size - m_pos));
        QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += size_t(n);
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// `size` bytes of a pattern from `seed`: large payloads from one input byte.
QByteArray pattern(qsizetype size, quint8 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(quint8(seed + i * 31 + (i >> 8)));
    return out;
}

// A message size for a first fragment, within the cap for bug (b).
quint64 declaredSize(quint64 raw)
{
    return MaxDeclaredMessageBytes == ~quint64(0) ? raw : raw % (MaxDeclaredMessageBytes + 1);
}

void appendU64(QByteArray &out, quint64 v)
{
    const quint64 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

// ---- Links

// The victim's end of a link whose network the script controls: bytes the
// attacker sends arrive (queued, like a socket's readyRead) when the event
// loop runs; bytes the victim writes sit in a "network" of NetworkBytes and
// beyond that count as bytesToWrite(), until the attacker reads them. So,
// unlike MemoryLink (whose bytesToWrite() is always 0), a peer that stops
// reading pushes back on the victim: its priority queues and the session
// and transfer back-pressure are exercised. It may call itself Bluetooth,
// for the slow-link window and chunk sizes.
class ScriptedLink : public Link
{
public:
    static constexpr qsizetype NetworkBytes = 64 * 1024;

    ScriptedLink(const QByteArray &peerCertificate, const QString &peerId, bool slow)
        : Link(peerCertificate, peerId, false, nullptr)
        , m_slow(slow)
    { }
    Transport transport() const override { return m_slow ? Transport::Bluetooth : Transport::Memory; }
    QString peerAddress() const override { return m_slow ? u"02:00:00:00:00:01"_s : u"fuzz"_s; }
    QString encryption() const override { return u"none (fuzz)"_s; }
    void write(QByteArrayView data) override
    {
        if (isOpen())
            m_out.append(data);
    }
    QByteArray readAll() override { return std::exchange(m_in, {}); }
    qint64 bytesToWrite() const override { return qMax<qint64>(0, m_out.size() - NetworkBytes); }

    // The attacker's side.
    void deliver(QByteArrayView data)
    {
        if (!isOpen() || data.isEmpty())
            return;
        m_in.append(data);
        if (m_readPending)
            return;
        m_readPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readPending = false;
                if (isOpen())
                    Q_EMIT readyRead();
            },
            Qt::QueuedConnection);
    }
    QByteArray take()
    {
        const QByteArray out = std::exchange(m_out, {});
        if (!out.isEmpty())
            QMetaObject::invokeMethod(this, [this, n = out.size()] { Q_EMIT bytesWritten(n); }, Qt::QueuedConnection);
        return out;
    }
    void cut(const QString &reason) { transportClosed(reason); }

protected:
    void closeTransport() override { }

private:
    bool m_slow;
    bool m_readPending = false;
    QByteArray m_in;
    QByteArray m_out;
};

// Hands the victim's LocalDevice the links the script makes, in place of
// Bluetooth (LAN and discovery are off): the only way in, as for a real
// transport.
class FuzzLinkProvider : public StreamLinkProvider
{
public:
    explicit FuzzLinkProvider(const DeviceIdentity &identity)
        : StreamLinkProvider(identity, Link::Transport::Bluetooth, std::chrono::seconds(15), nullptr)
    { }
    void start() override { setState(State::Available); }
    void stop() override { }
    void setAdvertisedName(const QString &) override { }
    void discover() override { }
    void connectTo(const QString &) override { }
    void inject(Link *link) { Q_EMIT linkEstablished(link); }
};

// ---- Process-wide state, made once

struct World
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Profile> victim;
    DeviceIdentity attacker;
    QString attackerId;
    QByteArray attackerCert;
    QString downloads;
    QString smallFile;
    QString largeFile;
    quint32 attackerOpenerBit = 0;
    quint32 victimOpenerBit = 0;
};

World *world = nullptr;
bool verbose = false;
FuzzLinkProvider *provider = nullptr; // the current device's

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Failed Q_ASSERTs and qFatal: shown, then Qt aborts (a crash for libFuzzer).
    if (type == QtFatalMsg)
        std::fprintf(stderr, "fuzz_peer: %s\n", qPrintable(message));
}

bool pinAttacker()
{
    TrustStore *trust = world->victim->trustStore();
    if (trust->isTrusted(world->attackerId))
        return true;
    TrustedDevice device;
    device.deviceId = world->attackerId;
    device.name = u"Mallory"_s;
    device.certificateDer = world->attackerCert;
    device.protocolVersion = Protocol::CurrentVersion;
    QString error;
    return trust->pin(device, &error) == TrustStore::PinResult::Pinned;
}

// ---- One input's run

enum HeaderFlag : quint8 {
    ScriptedTransport = 0x01, // else MemoryLink
    SlowLink = 0x02, // ScriptedLink calls itself Bluetooth
    Unpaired = 0x04, // the victim does not trust the attacker (pairing reachable)
    RawHandshake = 0x08, // no automatic hello: the script must say it
    LeaveSessionsPending = 0x10, // incoming "chat" sessions wait for a victim action
    AcceptTransfers = 0x20, // incoming offers are accepted at once
    StallOutput = 0x40, // the attacker does not read until told to
    Echo = 0x80, // the victim's app answers each message
};

enum class Op : quint8 {
    Raw,
    Control,
    Fragment,
    Message,
    Offer,
    Chunk,
    End,
    TransferControl,
    Pings,
    RunLoop,
    ReadOutput,
    CutLink,
    Redial,
    Victim,
    Resume,
    Ack,
    Count
};

struct LaneTrack
{
    qint64 nextSeq = 1; // attacker sending
    // What the victim sent on this lane, for acknowledgements.
    qint64 seenSeq = 0;
    qint64 seenEnd = 0;
    qint64 seenTotal = -1;
};

struct OfferedFile
{
    qint64 size = 0;
    qint64 offset = 0;
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

struct StreamTrack
{
    LaneTrack lanes[Session::LaneCount];
    std::vector<std::unique_ptr<OfferedFile>> files; // of the attacker's offer on it
    quint32 epoch = 0;
};

class Run
{
public:
    Run(const uint8_t *data, size_t size)
        : in(data, size)
    { }
    void go();

private:
    Input in;
    quint8 header = 0;
    quint8 maxChunk = 0;
    quint8 helloTweak = 0;

    std::unique_ptr<LocalDevice> device;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<TransferManager> transfers;
    QList<QPointer<Session>> victimSessions;
    QList<QPointer<Transfer>> victimTransfers;

    // The current link, from the attacker's side.
    QPointer<MemoryLink> memoryPeer; // MemoryLink mode: the attacker's end
    QPointer<ScriptedLink> scripted; // scripted mode: the victim's end
    int links = 0;
    bool stalled = false;
    Protocol::FrameDecoder fromVictim;
    QByteArray pendingOut;

    std::unordered_map<quint32, StreamTrack> streams;
    QList<quint32> victimStreams; // opened by the victim, as seen on the wire
    int offers = 0;

    void setUp();
    void tearDown();
    void adopt(Session *s);
    void newLink();
    void send(QByteArrayView bytes);
    void sendFrame(Protocol::FrameType type, quint8 flags, quint32 stream, const QByteArray &payload);
    void sendControl(const QString &type, const QCborMap &fields, quint32 stream = 0);
    void sendHello();
    void runLoop(int passes);
    void readOutput();
    void observe(const Protocol::Frame &frame);
    quint32 pickStream();
    Session *pickVictimSession();
    QCborValue randomValue(int depth);
    void sendMessage(quint32 stream, int lane, const QString &channel, const QByteArray &payload, qsizetype fragment);
    void doAction(Op op);
    void victimAction();
};

void Run::go()
{
    header = in.u8();
    maxChunk = in.u8();
    helloTweak = in.u8();
    (void)in.u8();
    setUp();
    if (device) {
        for (int i = 0; i < MaxActions && !in.atEnd(); ++i) {
            const quint8 opcode = in.u8();
            doAction(Op((opcode & 0x1f) % quint8(Op::Count)));
            if (!(opcode & 0x80))
                runLoop(2);
        }
        runLoop(4);
    }
    tearDown();
}

void Run::setUp()
{
    if (header & Unpaired) {
        QString error;
        world->victim->trustStore()->unpin(world->attackerId, &error);
    } else {
        fatalIf(!pinAttacker(), "cannot pin the attacker");
    }
    QDir(world->downloads).removeRecursively();
    QDir().mkpath(world->downloads);

    LocalDevice::Options options;
    options.lanEnabled = false;
    options.discoveryEnabled = false;
    options.bluetoothEnabled = true;
    device = std::make_unique<LocalDevice>(world->victim.get(), options);
    LocalDeviceTestHooks hooks;
    hooks.bluetoothProvider = [](const DeviceIdentity &identity) {
        auto p = std::make_unique<FuzzLinkProvider>(identity);
        provider = p.get();
        return std::unique_ptr<StreamLinkProvider>(std::move(p));
    };
    setTestHooks(device.get(), hooks);
    QString error;
    fatalIf(!device->start(&error), "cannot start the victim");

    sessions = std::make_unique<SessionManager>(device.get(), SessionManager::Options{});
    sessions->registerService(u"chat"_s);
    TransferManager::Options transferOptions;
    transferOptions.downloadDir = world->downloads;
    transfers = std::make_unique<TransferManager>(sessions.get(), transferOptions);

    QObject::connect(sessions.get(), &SessionManager::incomingSession, sessions.get(), [this](Session *s) {
        if (s->service() != u"chat")
            return; // the TransferManager's
        adopt(s);
        if (!(header & LeaveSessionsPending))
            s->accept();
    });
    QObject::connect(transfers.get(), &TransferManager::incomingTransfer, transfers.get(), [this](Transfer *t) {
        victimTransfers.append(t);
        if ((header & AcceptTransfers) && t->state() == Transfer::State::Offered)
            t->accept();
    });
    QObject::connect(transfers.get(), &TransferManager::outgoingTransfer, transfers.get(),
                     [this](Transfer *t) { victimTransfers.append(t); });
    if (verbose) {
        const auto trace = [](Transfer *t) {
            QObject::connect(t, &Transfer::finished, t, [t](Transfer::State state, const QString &reason) {
                qInfo() << "fuzz_peer: transfer" << t->direction() << "finished" << state << reason << t->bytesDone()
                        << "bytes";
            });
        };
        QObject::connect(transfers.get(), &TransferManager::incomingTransfer, transfers.get(), trace);
        QObject::connect(transfers.get(), &TransferManager::outgoingTransfer, transfers.get(), trace);
    }
    newLink();
    runLoop(2);
}

void Run::tearDown()
{
    // As an app quits: the managers, then the device (which says goodbye),
    // then whatever was left for deleteLater.
    transfers.reset();
    sessions.reset();
    device.reset();
    provider = nullptr;
    delete memoryPeer.data();
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // What an earlier input accepted must not make a later one resume.
    const QDir profile(world->victim->path());
    const QStringList stores = profile.entryList({u"transfers.sqlite*"_s}, QDir::Files);
    for (const QString &store : stores)
        QFile::remove(profile.filePath(store));
}

void Run::adopt(Session *s)
{
    victimSessions.append(s);
    QObject::connect(s, &Session::messageReceived, sessions.get(),
                     [this, s](const QString &channel, Session::Kind kind, const QByteArray &payload) {
                         if ((header & Echo) && s->service() == u"chat") {
                             QString e;
                             s->send(channel, kind, payload.left(4096), &e);
                         }
                     });
}

void Run::newLink()
{
    if (links >= MaxLinksPerInput || !provider)
        return;
    ++links;
    fromVictim = Protocol::FrameDecoder();
    pendingOut.clear();
    const QByteArray victimCert = world->victim->identity().certificateDer();
    if (header & ScriptedTransport) {
        auto *link = new ScriptedLink(world->attackerCert, world->attackerId, header & SlowLink);
        scripted = link;
        memoryPeer = nullptr;
        provider->inject(link);
    } else {
        // a dials b: the attacker is a, the victim gets b.
        auto [a, b] = MemoryLink::createPair(world->attackerCert, victimCert, {maxChunk, quint32(links)});
        delete memoryPeer.data();
        memoryPeer = a;
        scripted = nullptr;
        QObject::connect(a, &Link::readyRead, a, [this, a] {
            if (!stalled)
                pendingOut += a->readAll();
        });
        provider->inject(b);
    }
    if (!(header & RawHandshake))
        sendHello();
}

void Run::send(QByteArrayView bytes)
{
    if (scripted)
        scripted->deliver(bytes);
    else if (memoryPeer)
        memoryPeer->write(bytes);
}

void Run::sendFrame(Protocol::FrameType type, quint8 flags, quint32 stream, const QByteArray &payload)
{
    send(Protocol::encodeFrame({type, flags, stream, payload.left(Protocol::MaxFramePayload)}));
}

void Run::sendControl(const QString &type, const QCborMap &fields, quint32 stream)
{
    sendFrame(Protocol::FrameType::Control, 0, stream, Protocol::encodeControl(type, fields));
}

void Run::sendHello()
{
    Protocol::Hello hello;
    hello.deviceId = world->attackerId;
    hello.name = u"Mallory"_s;
    hello.deviceType = u"desktop"_s;
    hello.capabilities = {u"pairing"_s};
    hello.instance = QByteArray(Protocol::Hello::InstanceBytes, char(links));
    // Tweaks: a hello saying "unpaired" makes the victim forget us, a
    // second instance byte looks like a restart, versions may not match.
    hello.pairedWithYou = !(helloTweak & 0x01);
    if (helloTweak & 0x02)
        hello.instance[0] = char(helloTweak);
    if (helloTweak & 0x04)
        hello.version = 2 + (helloTweak >> 4);
    if (helloTweak & 0x08)
        hello.minVersion = hello.version;
    sendControl(QString(Protocol::Hello::Type), hello.toFields());
}

void Run::runLoop(int passes)
{
    for (int i = 0; i < passes; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!stalled)
            readOutput();
    }
}

// Reads what the victim sent, as its peer would, and learns from it the
// streams it opened and how far its messages got (for acknowledgements).
void Run::readOutput()
{
    if (scripted)
        pendingOut += scripted->take();
    else if (memoryPeer)
        pendingOut += memoryPeer->readAll();
    if (pendingOut.isEmpty() || fromVictim.hasError())
        return;
    fromVictim.feed(std::exchange(pendingOut, {}));
    while (auto frame = fromVictim.next())
        observe(*frame);
}

void Run::observe(const Protocol::Frame &frame)
{
    if (frame.type == Protocol::FrameType::Control) {
        const auto message = Protocol::decodeControl(frame.payload, nullptr);
        if (message && message->type == u"session-open" && !victimStreams.contains(frame.streamId)
            && victimStreams.size() < 16)
            victimStreams.append(frame.streamId);
        return;
    }
    if (frame.type != Protocol::FrameType::Data || streams.size() > 64)
        return;
    // Acknowledgements first (skipped), then at most one fragment.
    QByteArrayView p = frame.payload;
    for (int i = 0; i < Session::LaneCount; ++i) {
        if (frame.flags & (1 << i))
            p = p.size() >= 16 ? p.sliced(16) : QByteArrayView();
    }
    if (p.size() < 17)
        return;
    const int lane = quint8(p[0]);
    if (lane >= Session::LaneCount)
        return;
    LaneTrack &track = streams[frame.streamId].lanes[lane];
    const qint64 seq = qint64(qFromBigEndian<quint64>(p.data() + 1));
    const qint64 offset = qint64(qFromBigEndian<quint64>(p.data() + 9));
    qsizetype pos = 17;
    if (offset == 0) {
        if (p.size() < pos + 1)
            return;
        const int channel = quint8(p[pos]);
        pos += 1 + channel;
        if (p.size() < pos + 8)
            return;
        track.seenTotal = qint64(qFromBigEndian<quint64>(p.data() + pos));
        pos += 8;
    }
    track.seenSeq = seq;
    track.seenEnd = offset + (p.size() - pos);
    // The receiver's answers to our offers, when whole in one fragment:
    // where each file starts, and rewinds to a new epoch.
    if (lane != int(Session::Kind::Text) || offset != 0 || track.seenEnd != track.seenTotal)
        return;
    StreamTrack &stream = streams[frame.streamId];
    const QCborMap m = QCborValue::fromCbor(p.sliced(pos).toByteArray()).toMap();
    const QString type = m.value(u"t"_s).toString();
    if (type == u"rewind") {
        stream.epoch = quint32(m.value(u"e"_s).toInteger());
        const qint64 file = m.value(u"f"_s).toInteger(-1);
        if (file >= 0 && file < qint64(stream.files.size()))
            stream.files[size_t(file)]->offset = m.value(u"o"_s).toInteger();
    } else if (type == u"accept") {
        const QCborArray starts = m.value(u"start"_s).toArray();
        for (size_t i = 0; i < stream.files.size() && qsizetype(i) < starts.size(); ++i)
            stream.files[i]->offset = qMax<qint64>(0, starts.at(qsizetype(i)).toInteger());
    }
}

quint32 Run::pickStream()
{
    const quint8 b = in.u8();
    switch (b % 8) {
    case 0:
    case 1:
    case 2:
    case 3:
        // The attacker's own sessions, with the opener bit the victim expects.
        return world->attackerOpenerBit | (b % 4 + 1);
    case 4:
    case 5:
        if (!victimStreams.isEmpty())
            return victimStreams.at((b >> 3) % victimStreams.size());
        return world->victimOpenerBit | 1;
    case 6:
        return 0;
    default:
        return in.u32();
    }
}

Session *Run::pickVictimSession()
{
    victimSessions.removeIf([](const QPointer<Session> &s) { return s.isNull(); });
    const quint8 b = in.u8();
    if (victimSessions.isEmpty())
        return nullptr;
    return victimSessions.at(b % victimSessions.size());
}

QCborValue Run::randomValue(int depth)
{
    static const char *const words[]
        = {"chat",  "tandem.files", "offer", "accept",  "reject", "cancel",     "rewind", "verified", "failed",
           "code",  "reason",       "l",     "service", "from",   "parameters", "t",      "f",        "o",
           "e",     "start",        "id",    "files",   "dirs",   "p",          "s",      "k",        "tag",
           "nonce", "commitment",   "../x",  "a/b",     ""};
    const quint8 kind = in.u8();
    switch (kind % 10) {
    case 0:
        return qint64(in.u8()) - 2;
    case 1:
        return qint64(in.u64());
    case 2:
        return QString::fromLatin1(words[in.u8() % std::size(words)]);
    case 3:
        return QString::fromUtf8(in.bytes(in.u8() % 80));
    case 4:
        return in.bytes(in.u8() % 40);
    case 5: {
        QCborArray a;
        const int n = in.u8() % 4;
        for (int i = 0; i < n && depth < 3; ++i)
            a.append(randomValue(depth + 1));
        return a;
    }
    case 6: {
        QCborMap m;
        const int n = in.u8() % 4;
        for (int i = 0; i < n && depth < 3; ++i)
            m.insert(QString::fromLatin1(words[in.u8() % std::size(words)]), randomValue(depth + 1));
        return m;
    }
    case 7:
        return bool(kind & 0x10);
    case 8:
        return QCborValue(QCborSimpleType::Null);
    default:
        return double(qint8(in.u8())) / 3.0;
    }
}

// One whole message on an attacker stream, fragmented as a sender would,
// with the next sequence of its lane.
void Run::sendMessage(quint32 stream, int lane, const QString &channel, const QByteArray &payload, qsizetype fragment)
{
    LaneTrack &track = streams[stream].lanes[lane];
    const qint64 seq = track.nextSeq++;
    fragment = qBound<qsizetype>(1, fragment, Protocol::MaxFramePayload - 200);
    qint64 offset = 0;
    const QByteArray name = channel.toUtf8().left(Session::MaxChannelNameBytes);
    do {
        QByteArray f;
        f.append(char(lane));
        appendU64(f, quint64(seq));
        appendU64(f, quint64(offset));
        if (offset == 0) {
            f.append(char(name.size()));
            f.append(name);
            appendU64(f, quint64(payload.size()));
        }
        const qsizetype n = qMin<qsizetype>(fragment, payload.size() - offset);
        f.append(payload.constData() + offset, n);
        offset += n;
        sendFrame(Protocol::FrameType::Data, 0, stream, f);
    } while (offset < payload.size());
}

void Run::doAction(Op op)
{
    using namespace TransferProtocol;
    switch (op) {
    case Op::Raw:
        send(in.bytes(in.u16() % 4096));
        return;
    case Op::Control: {
        static const char *const types[]
            = {"session-open", "session-accept", "session-reject", "session-close", "session-resume", "goodbye",
               "hello",        "unpair",         "unpair-ack",     "error",         "pair-request",   "pair-nonce",
               "pair-reveal",  "pair-accept",    "pair-reject",    "pair-cancel"};
        const quint8 t = in.u8();
        const quint32 stream = pickStream();
        QCborMap fields;
        if (t % std::size(types) == 0) {
            // Mostly well-formed opens: the fields the victim checks first.
            static const char *const services[] = {"chat", "tandem.files", "nope", ""};
            fields.insert(u"service"_s, QString::fromLatin1(services[(t >> 4) % std::size(services)]));
            fields.insert(u"from"_s, u"x"_s);
        }
        const int extra = in.u8() % 4;
        for (int i = 0; i < extra; ++i) {
            const QCborValue key = randomValue(3);
            fields.insert(key.isString() ? key.toString() : u"code"_s, randomValue(1));
        }
        sendControl(QString::fromLatin1(types[t % std::size(types)]), fields, stream);
        return;
    }
    case Op::Fragment: {
        // A session data frame with every field from the input.
        const quint32 stream = pickStream();
        const quint8 flags = in.u8();
        QByteArray f;
        for (int i = 0; i < Session::LaneCount; ++i) {
            if (flags & (1 << i)) {
                appendU64(f, in.u8() % 8);
                appendU64(f, in.u32() % 4096);
            }
        }
        const quint8 shape = in.u8();
        if (!(shape & 0x80)) {
            const int lane = shape & 0x03;
            LaneTrack &track = streams[stream].lanes[lane % Session::LaneCount];
            f.append(char(lane));
            const qint64 seq = (shape & 0x04) ? qint64(in.u8()) : track.nextSeq;
            const quint64 offset = (shape & 0x08) ? in.u32() % 70000 : 0;
            appendU64(f, quint64(seq));
            appendU64(f, offset);
            if (offset == 0) {
                const QByteArray channel = in.bytes(in.u8() % 70);
                f.append(char(channel.size()));
                f.append(channel);
                appendU64(f, declaredSize(in.u64()));
            }
            f.append(pattern(in.u16() % 8192, shape));
            if (shape & 0x10)
                track.nextSeq = seq + 1;
        }
        sendFrame(Protocol::FrameType::Data, flags, stream, f);
        return;
    }
    case Op::Message: {
        const quint32 stream = pickStream();
        const quint8 shape = in.u8();
        const QByteArray payload
            = (shape & 0x02) ? pattern(qsizetype(in.u16()) * 10, shape) : in.bytes(in.u16() % 2048);
        sendMessage(stream, shape & 0x01, (shape & 0x04) ? u"files"_s : QString(), payload, (in.u8() + 1) * 512);
        return;
    }
    case Op::Offer: {
        if (offers >= MaxOffersPerInput)
            return;
        ++offers;
        const quint32 stream = pickStream();
        StreamTrack &track = streams[stream];
        const quint8 shape = in.u8();
        const int count = in.u16() % (MaxOfferedFiles + 1);
        static const char *const names[]
            = {"a.txt", "dir/b.bin", "../../etc/passwd", "con.txt", "a.txt", "x/y/z/w.dat", "nul", " .hidden. "};
        QCborArray files;
        track.files.clear();
        for (int i = 0; i < count; ++i) {
            QCborMap file;
            const quint8 n = in.u8();
            const QString name = (n & 0x80)
                ? QString::fromUtf8(in.bytes(n & 0x3f))
                : QString(QString::fromLatin1(names[n % std::size(names)]) + QString::number(i));
            file.insert(u"p"_s, name);
            const qint64 size = (n & 0x40) ? qint64(in.u32()) % (MaxOfferedFileBytes + 1) : qint64(in.u16());
            file.insert(u"s"_s, size);
            file.insert(u"k"_s, QByteArray(FileKeyBytes, char(i + shape)));
            files.append(file);
            auto offered = std::make_unique<OfferedFile>();
            offered->size = size;
            track.files.push_back(std::move(offered));
        }
        QCborMap offer;
        offer.insert(u"t"_s, QString(Offer));
        offer.insert(u"id"_s, QByteArray(BatchIdBytes, char(shape & 0x0f)));
        offer.insert(u"files"_s, files);
        if (shape & 0x10)
            offer.insert(u"tag"_s, QString::fromUtf8(in.bytes(in.u8())));
        if (shape & 0x20) {
            QCborArray dirs;
            const int n = in.u8() % (MaxOfferedFolders + 1);
            for (int i = 0; i < n; ++i)
                dirs.append(QString(u"empty/"_s + QString::number(i) + QString::fromUtf8(in.bytes(in.u8() % 8))));
            offer.insert(u"dirs"_s, dirs);
        }
        sendMessage(stream, int(Session::Kind::Text), {}, offer.toCborValue().toCbor(), 64 * 1024);
        return;
    }
    case Op::Chunk: {
        const quint32 stream = pickStream();
        StreamTrack &track = streams[stream];
        const quint8 shape = in.u8();
        const quint8 fileByte = in.u8();
        OfferedFile *file = track.files.empty() ? nullptr : track.files[fileByte % track.files.size()].get();
        const quint32 index = track.files.empty() ? fileByte : quint32(fileByte % track.files.size());
        const qint64 len = in.u16() % (MaxChunkBytes + 1);
        // In order and intact unless the shape says otherwise.
        const bool inOrder = file && !(shape & 0x01);
        const qint64 offset = inOrder ? file->offset : qint64(in.u32());
        const QByteArray data = pattern(inOrder ? qMin(len, file->size - file->offset) : len, shape);
        QByteArray message(ChunkHeaderBytes, Qt::Uninitialized);
        message.append(data);
        quint32 crc = crc32c(data.constData(), data.size());
        if (shape & 0x02)
            crc ^= 1;
        writeChunkHeader(message, index, (shape & 0x04) ? in.u8() : track.epoch, offset, crc);
        if (inOrder && !(shape & 0x02)) {
            file->offset += data.size();
            file->hash.addData(data);
        }
        sendMessage(stream, int(Session::Kind::Bytes), {}, message, (shape & 0x08) ? 4096 : 64 * 1024);
        return;
    }
    case Op::End: {
        const quint32 stream = pickStream();
        StreamTrack &track = streams[stream];
        const quint8 shape = in.u8();
        const quint8 fileByte = in.u8();
        OfferedFile *file = track.files.empty() ? nullptr : track.files[fileByte % track.files.size()].get();
        const quint32 index = track.files.empty() ? fileByte : quint32(fileByte % track.files.size());
        const qint64 size = file && !(shape & 0x01) ? file->offset : qint64(in.u32());
        QByteArray sha = file && !(shape & 0x02) ? file->hash.result() : in.bytes(Sha256Bytes);
        sha.resize(Sha256Bytes);
        sendMessage(stream, int(Session::Kind::Bytes), {},
                    encodeEnd(index, (shape & 0x04) ? in.u8() : track.epoch, size, sha), 4096);
        return;
    }
    case Op::TransferControl: {
        static const QLatin1StringView types[] = {Accept, Reject, Cancel, Rewind, Verified, Failed, Offer};
        const quint32 stream = pickStream();
        StreamTrack &track = streams[stream];
        const quint8 t = in.u8();
        QCborMap m;
        m.insert(u"t"_s, QString(types[t % std::size(types)]));
        if (types[t % std::size(types)] == Accept) {
            QCborArray start;
            const int n = in.u8() % 4;
            for (int i = 0; i < n; ++i)
                start.append(qint64(qint8(in.u8())));
            m.insert(u"start"_s, start);
        } else if (types[t % std::size(types)] == Rewind) {
            track.epoch = in.u8();
            m.insert(u"f"_s, qint64(in.u8() % 4));
            m.insert(u"o"_s, qint64(in.u16()));
            m.insert(u"e"_s, qint64(track.epoch));
        } else {
            m.insert(u"f"_s, qint64(in.u8() % 4));
            m.insert(u"reason"_s, u"r"_s);
        }
        if (t & 0x80)
            m.insert(u"reason"_s, randomValue(0));
        sendMessage(stream, int(Session::Kind::Text), {}, m.toCborValue().toCbor(), 1024);
        return;
    }
    case Op::Pings: {
        const int n = 1 + int(in.u16()) * PingsPerCount % MaxPingsPerAction;
        const bool pong = in.u8() & 1;
        QByteArray burst;
        for (int i = 0; i < n; ++i)
            Protocol::appendFrame(burst, {pong ? Protocol::FrameType::Pong : Protocol::FrameType::Ping, 0, 0, {}});
        send(burst);
        return;
    }
    case Op::RunLoop:
        runLoop(in.u8() % MaxEventLoopPasses);
        return;
    case Op::ReadOutput:
        stalled = in.u8() & 1;
        if (!stalled)
            readOutput();
        return;
    case Op::CutLink: {
        const quint8 how = in.u8() % 3;
        if (how == 0) {
            // A network drop: no goodbye.
            if (scripted)
                scripted->cut(u"fuzz: cut"_s);
            else if (memoryPeer)
                memoryPeer->sever(u"fuzz: cut"_s);
        } else if (how == 1) {
            if (scripted)
                scripted->close(u"fuzz: closed"_s);
            else if (memoryPeer)
                memoryPeer->close(u"fuzz: closed"_s);
        } else {
            QCborMap fields;
            fields.insert(u"reason"_s, u"fuzz: goodbye"_s);
            sendControl(u"goodbye"_s, fields);
        }
        return;
    }
    case Op::Redial:
        newLink();
        return;
    case Op::Victim:
        victimAction();
        return;
    case Op::Resume: {
        const quint32 stream = pickStream();
        const StreamTrack &track = streams[stream];
        QCborArray lanes;
        const quint8 shape = in.u8();
        for (int i = 0; i < Session::LaneCount; ++i) {
            const LaneTrack &lane = track.lanes[i];
            if (shape & (1 << i))
                lanes.append(QCborArray{qint64(in.u8()) - 1, qint64(in.u32() % 100000) - 1});
            else if (lane.seenTotal >= 0 && lane.seenEnd >= lane.seenTotal)
                lanes.append(QCborArray{lane.seenSeq + 1, 0});
            else
                lanes.append(QCborArray{qMax<qint64>(1, lane.seenSeq), lane.seenEnd});
        }
        QCborMap fields;
        fields.insert(u"l"_s, lanes);
        sendControl(u"session-resume"_s, fields, stream);
        return;
    }
    case Op::Ack: {
        // Acknowledges what the victim sent, as a reader would (or not quite).
        const quint32 stream = pickStream();
        const StreamTrack &track = streams[stream];
        const quint8 shape = in.u8();
        QByteArray acks;
        quint8 flags = 0;
        for (int i = 0; i < Session::LaneCount; ++i) {
            const LaneTrack &lane = track.lanes[i];
            if (lane.seenSeq == 0 && !(shape & 0x10))
                continue;
            flags |= 1 << i;
            const bool complete = lane.seenTotal >= 0 && lane.seenEnd >= lane.seenTotal;
            qint64 next = complete ? lane.seenSeq + 1 : qMax<qint64>(1, lane.seenSeq);
            qint64 offset = complete ? 0 : lane.seenEnd;
            if (shape & (1 << (i + 2))) {
                next += qint8(in.u8());
                offset += qint16(in.u16());
            }
            appendU64(acks, quint64(next));
            appendU64(acks, quint64(offset));
        }
        if (flags)
            sendFrame(Protocol::FrameType::Data, flags, stream, acks);
        return;
    }
    case Op::Count:
        break;
    }
}

// What the victim's app does: open, send, close, send files, decide.
void Run::victimAction()
{
    const quint8 what = in.u8();
    QString error;
    switch (what % 8) {
    case 0:
        if (Session *s = sessions->open(world->attackerId, u"chat"_s, u"chat"_s, {}, &error))
            adopt(s);
        return;
    case 1:
    case 2:
        if (Session *s = pickVictimSession()) {
            const QByteArray payload = (what & 0x10) ? pattern(in.u16() * 16, what) : in.bytes(in.u8());
            s->send((what & 0x20) ? u"c"_s : QString(), Session::Kind((what >> 6) & 1), payload, &error);
        }
        return;
    case 3:
        if (Session *s = pickVictimSession()) {
            if (what & 0x10)
                s->close(Session::CloseReason::PeerClosed);
            else if (what & 0x20)
                s->reject(SessionManager::ErrorRejected, u"no"_s);
            else
                s->accept();
        }
        return;
    case 4: {
        const QStringList files
            = (what & 0x10) ? QStringList{world->largeFile} : QStringList{world->smallFile, world->smallFile};
        transfers->send(world->attackerId, files, &error);
        return;
    }
    case 5:
    case 6: {
        victimTransfers.removeIf([](const QPointer<Transfer> &t) { return t.isNull(); });
        const quint8 which = in.u8();
        if (victimTransfers.isEmpty())
            return;
        Transfer *t = victimTransfers.at(which % victimTransfers.size());
        switch ((what >> 4) & 3) {
        case 0:
            t->accept();
            return;
        case 1:
            t->reject(u"no"_s);
            return;
        case 2:
            t->cancel();
            return;
        default:
            transfers->forget(t);
            return;
        }
    }
    default: {
        QString ignored;
        transfers->setAutoAccept(world->attackerId, what & 0x10, &ignored);
        return;
    }
    }
}

} // namespace

// LeakSanitizer's check at exit finds OpenSSL state that QCA's plugin
// leaves behind at shutdown (static destruction order): nothing to do with
// inputs. libFuzzer's own check after each input (-detect_leaks) stays on.
extern "C" const char *__asan_default_options()
{
    return "leak_check_at_exit=0";
}

// Makes the two identities' files (RSA-3072: about a second each) in a
// child process, which exits without a leak check: QCA's OpenSSL plugin
// leaks an X509_NAME per certificate it issues, which LeakSanitizer would
// report with the first input that allocates. Loading them back leaks
// nothing.
void createIdentitiesInChild(const QString &victimDir, const QString &attackerDir, int argc, char **argv)
{
    const pid_t child = fork();
    fatalIf(child < 0, "fork failed");
    if (child == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        const bool ok = Profile::open(victimDir, &error) != nullptr
            && !DeviceIdentity::loadOrCreate(attackerDir).identity.isNull();
        std::fflush(nullptr);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    fatalIf(waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0,
            "cannot create the identities");
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // FUZZ_PEER_VERBOSE=1: the library's log, to see what an input does.
    if (qEnvironmentVariableIsEmpty("FUZZ_PEER_VERBOSE")) {
        qInstallMessageHandler(quietMessages);
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
    } else {
        verbose = true;
        QLoggingCategory::setFilterRules(u"tandem.*=true"_s);
    }
    world = new World;
    world->dir = std::make_unique<QTemporaryDir>();
    fatalIf(!world->dir->isValid(), "no temporary folder");
    const QDir root(world->dir->path());
    // The two RSA-3072 identities: made once per process, and reused.
    createIdentitiesInChild(root.filePath(u"victim"_s), root.filePath(u"attacker"_s), *argc, *argv);
    static QCoreApplication app(*argc, *argv);
    QString error;
    world->victim = Profile::open(root.filePath(u"victim"_s), &error);
    fatalIf(!world->victim, "cannot create the victim's profile");
    world->victim->setDeviceName(u"Victim"_s);
    const auto attacker = DeviceIdentity::loadOrCreate(root.filePath(u"attacker"_s));
    fatalIf(attacker.identity.isNull(), "cannot create the attacker's identity");
    world->attacker = attacker.identity;
    world->attackerId = attacker.identity.deviceId();
    world->attackerCert = attacker.identity.certificateDer();
    // Stream ids carry the opener bit of whichever device has the smaller id
    // when it opens (sessionmanager.cpp).
    constexpr quint32 OpenerBit = 0x80000000u;
    world->attackerOpenerBit = world->attackerId < world->victim->deviceId() ? OpenerBit : 0;
    world->victimOpenerBit = world->attackerOpenerBit ^ OpenerBit;
    world->downloads = root.filePath(u"downloads"_s);
    // Files the victim sends: a small one, and one above the 1 MiB from
    // which the sender hashes on a thread.
    world->smallFile = root.filePath(u"small.txt"_s);
    world->largeFile = root.filePath(u"large.bin"_s);
    QFile small(world->smallFile);
    fatalIf(!small.open(QIODevice::WriteOnly) || small.write(pattern(3000, 1)) != 3000, "cannot write small.txt");
    QFile large(world->largeFile);
    fatalIf(!large.open(QIODevice::WriteOnly) || large.write(pattern(1536 * 1024, 2)) != 1536 * 1024,
            "cannot write large.bin");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Run run(data, size);
    run.go();
    return 0;
}
