#include "common/testpeers.h"
#include "hostile/victim.h"
#include "integration/transfer/transfertestutil.h"

#include <Tandem/chunkwriter_p.h>
#include <Tandem/landingzone.h>
#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transferprotocol.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tandem::Transfer *)

// The file-transfer layer against a paired device that speaks the protocol
// by hand (issue 14, findings 5 to 7). The victim (B) auto-accepts files
// from both its peers, as a user who trusts them would: the hostile one (A)
// sends hand-made offers and chunks through raw "tandem.files" sessions; the
// legitimate one (C) uses TransferManager as the apps do, and must still get
// its files through.
class tst_HostileTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void offerSummingBeyondAnyDiskIsRefused();
    void folderBombIsRefusedAndLargeTreesLandInSteps();
    void halfSentTransfersAreCappedAndHoldNoThreadEach();
    void globalCapKeepsRoomBoundedAcrossPeers();
    void traversalNamesStayInsideTheDownloadFolder();

private:
    void setUp(const TransferManager::Options &victimOptions = {});
    // A raw "tandem.files" session from the hostile device to the victim.
    Session *rawSession();
    // The victim's first answer on `replies` (a spy on messageReceived), as
    // its CBOR map.
    static QCborMap firstAnswer(const QSignalSpy &replies);
    // The legitimate device sends a small file; true once the victim
    // verified it and it landed intact.
    bool legitimateTransferCompletes(const QString &name, qint64 size);
    static int directoriesUnder(const QString &dir);

    std::unique_ptr<Peer> m_a, m_b, m_c;
    std::unique_ptr<SessionManager> m_sa, m_sb, m_sc;
    std::unique_ptr<TransferManager> m_tb, m_tc;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_sources, m_downloads;
};

namespace {

QCborMap fileEntry(const QString &name, qint64 size, int key)
{
    QCborMap f;
    f.insert("p"_L1, name);
    f.insert("s"_L1, size);
    QByteArray k(TransferProtocol::FileKeyBytes, 'k');
    qToBigEndian(quint32(key), k.data());
    f.insert("k"_L1, k);
    return f;
}

QByteArray batchId(char tag, int n)
{
    QByteArray id(TransferProtocol::BatchIdBytes, tag);
    qToBigEndian(quint32(n), id.data());
    return id;
}

} // namespace

void tst_HostileTransfers::initTestCase()
{
    qRegisterMetaType<Tandem::Transfer *>();
}

void tst_HostileTransfers::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_sources = m_work->filePath(u"sources"_s);
    m_downloads = m_work->filePath(u"downloads"_s);
    QVERIFY(QDir().mkpath(m_sources) && QDir().mkpath(m_downloads));
}

void tst_HostileTransfers::cleanup()
{
    m_tc.reset();
    m_tb.reset();
    m_sc.reset();
    m_sb.reset();
    m_sa.reset();
    m_c.reset();
    m_b.reset();
    m_a.reset();
    m_work.reset();
}

void tst_HostileTransfers::setUp(const TransferManager::Options &victimOptions)
{
    LocalDevice::Options options = loopbackOptions(freeUdpPort());
    options.reconnectInitialDelay = 10ms;
    options.reconnectMaxDelay = 100ms;
    m_a = std::make_unique<Peer>(u"Hostile"_s, options);
    m_b = std::make_unique<Peer>(u"Victim"_s, options);
    m_c = std::make_unique<Peer>(u"Friend"_s, options);
    QVERIFY(m_a->start() && m_b->start() && m_c->start());
    pairPeers(*m_a, *m_b);
    if (QTest::currentTestFailed())
        return;
    pairPeers(*m_c, *m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
    m_sc = std::make_unique<SessionManager>(m_c->device.get(), SessionManager::Options());
    TransferManager::Options receiving = victimOptions;
    receiving.downloadDir = m_downloads;
    m_tb = std::make_unique<TransferManager>(m_sb.get(), receiving);
    m_tc = std::make_unique<TransferManager>(m_sc.get());
    QString error;
    QVERIFY2(m_tb->setAutoAccept(m_a->id(), true, &error), qPrintable(error));
    QVERIFY2(m_tb->setAutoAccept(m_c->id(), true, &error), qPrintable(error));
}

Session *tst_HostileTransfers::rawSession()
{
    return openRawFilesSession(*m_sa, m_b->id());
}

QCborMap tst_HostileTransfers::firstAnswer(const QSignalSpy &replies)
{
    for (const QList<QVariant> &reply : replies) {
        if (reply.at(1).value<Session::Kind>() == Session::Kind::Text)
            return QCborValue::fromCbor(reply.at(2).toByteArray()).toMap();
    }
    return {};
}

bool tst_HostileTransfers::legitimateTransferCompletes(const QString &name, qint64 size)
{
    const QString path = m_sources + u'/' + name;
    const QByteArray sha = writeRandomFile(path, size, quint32(size));
    QString error;
    QPointer<Transfer> out = m_tc->send(m_b->id(), {path}, &error);
    if (!out) {
        qWarning("send failed: %s", qPrintable(error));
        return false;
    }
    QSignalSpy finished(out.get(), &Transfer::finished);
    if (!finished.wait(30000) || out->state() != Transfer::State::Completed) {
        qWarning("the legitimate transfer ended %d: %s", out ? int(out->state()) : -1,
                 out ? qPrintable(out->errorString()) : "");
        return false;
    }
    return fileSha256(m_downloads + u'/' + name) == sha;
}

int tst_HostileTransfers::directoriesUnder(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Finding 5: 16,384 files of 2^50 bytes sum to 2^64, which wrapped to a
// "total" of 0: the offer was accepted, with room checked for nothing.
void tst_HostileTransfers::offerSummingBeyondAnyDiskIsRefused()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);

    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy replies(s, &Session::messageReceived);
    QSignalSpy closed(s, &Session::closed);
    QCborArray files;
    for (int i = 0; i < 16384; ++i)
        files.append(fileEntry(u"f%1"_s.arg(i), TransferProtocol::MaxFileBytes, i));
    QString error;
    QVERIFY(s->send({}, Session::Kind::Text, offerMessage(batchId('o', 1), files), &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 30000);
    const QCborMap answer = firstAnswer(replies);
    QVERIFY2(answer.value("t"_L1).toString() != u"accept"_s, "the overflowing offer was accepted");
    QVERIFY2(!answer.value("reason"_L1).toString().isEmpty(), "refused without a reason");
    qInfo() << "refused:" << answer.value("reason"_L1).toString();
    for (const QList<QVariant> &t : std::as_const(incoming))
        QVERIFY(t.at(0).value<Transfer *>()->isFinished());
    QCOMPARE(listTree(m_downloads), QStringList());

    // Within the bound on totals but far beyond this disk: refused too,
    // saying that it does not fit.
    Session *s2 = rawSession();
    QVERIFY(s2);
    QSignalSpy replies2(s2, &Session::messageReceived);
    QSignalSpy closed2(s2, &Session::closed);
    const QCborArray two{fileEntry(u"a"_s, qint64(1) << 48, 1), fileEntry(u"b"_s, qint64(1) << 48, 2)};
    QVERIFY(s2->send({}, Session::Kind::Text, offerMessage(batchId('o', 2), two), &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(closed2.size(), 1, 30000);
    const QCborMap answer2 = firstAnswer(replies2);
    QCOMPARE(answer2.value("t"_L1).toString(), u"reject"_s);
    QVERIFY2(answer2.value("reason"_L1).toString().contains(u"free space"_s),
             qPrintable(answer2.value("reason"_L1).toString()));
    QCOMPARE(listTree(m_downloads), QStringList());

    QVERIFY(legitimateTransferCompletes(u"after-overflow.bin"_s, 100 * 1024));
}

// Finding 6: a 200 KiB offer of 3,000 empty folders, each 32 deep, made
// 96,000 directories, all at once on the event loop. The same through the
// files' own paths, which create their folders as they land.
void tst_HostileTransfers::folderBombIsRefusedAndLargeTreesLandInSteps()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString deep = u"/d"_s.repeated(LandingZone::MaxPathComponents - 1);
    QString error;
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy replies(s, &Session::messageReceived);
        QSignalSpy closed(s, &Session::closed);
        QStringList dirs;
        for (int i = 0; i < 3000; ++i)
            dirs.append(u"b%1"_s.arg(i) + deep);
        const QByteArray offer
            = offerMessage(batchId('d', 1), QCborArray{fileEntry(u"x"_s, 1, 1)}, QCborArray::fromStringList(dirs));
        QVERIFY(offer.size() < 256 * 1024);
        QVERIFY(s->send({}, Session::Kind::Text, offer, &error) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 60000);
        const QCborMap answer = firstAnswer(replies);
        QVERIFY2(answer.value("t"_L1).toString() != u"accept"_s, "the folder bomb was accepted");
        QVERIFY2(!answer.value("reason"_L1).toString().isEmpty(), "refused without a reason");
        qInfo() << "refused:" << answer.value("reason"_L1).toString();
        QCOMPARE(directoriesUnder(m_downloads), 0);
    }
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy replies(s, &Session::messageReceived);
        QSignalSpy closed(s, &Session::closed);
        QCborArray files;
        for (int i = 0; i < 3000; ++i)
            files.append(fileEntry(u"b%1"_s.arg(i) + deep.chopped(2) + u"/f"_s, 0, i));
        QVERIFY(s->send({}, Session::Kind::Text, offerMessage(batchId('d', 2), files), &error) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 60000);
        const QCborMap answer = firstAnswer(replies);
        QVERIFY2(answer.value("t"_L1).toString() != u"accept"_s, "the folder bomb was accepted");
        QVERIFY2(!answer.value("reason"_L1).toString().isEmpty(), "refused without a reason");
        QCOMPARE(directoriesUnder(m_downloads), 0);
    }

    // A large real tree within the bound still lands whole, its folders
    // made a bounded batch at a time: the event loop serves every peer
    // in between.
    constexpr int Folders = 2000;
    const QString tree = m_sources + u"/tree"_s;
    for (int i = 0; i < Folders; ++i)
        QVERIFY(QDir().mkpath(tree + u"/e%1"_s.arg(i)));
    writeRandomFile(tree + u"/file.bin"_s, 1000, 3);
    int directoriesAtOffer = -1;
    connect(m_tb.get(), &TransferManager::incomingTransfer, this,
            [&] { directoriesAtOffer = directoriesUnder(m_downloads); });
    QPointer<Transfer> out = m_tc->send(m_b->id(), {tree}, &error);
    QVERIFY2(out, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(out && out->isFinished(), 60000);
    QCOMPARE(out->state(), Transfer::State::Completed);
    QVERIFY(directoriesAtOffer >= 0);
    // Each folder of this tree is two deep ("tree/eN"): one step makes at
    // most two directories per folder.
    QVERIFY2(directoriesAtOffer <= 2 * TransferManager::FoldersPerStep,
             qPrintable(u"%1 folders made at once"_s.arg(directoriesAtOffer)));
    QCOMPARE(directoriesUnder(m_downloads), Folders + 1);
    QVERIFY(QFileInfo(m_downloads + u"/tree/e1999"_s).isDir());
}

// Finding 7: every half-sent transfer held a writer thread and an open
// .part, until the process ran out of descriptors for everyone.
void tst_HostileTransfers::halfSentTransfersAreCappedAndHoldNoThreadEach()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    // A first transfer opens what every later one shares (the landing
    // store, the writer threads): the budgets are on top of that.
    QVERIFY(legitimateTransferCompletes(u"warm-up.bin"_s, 2 * 1024 * 1024));
    const int threadsBefore = threadCount();
    const int descriptorsBefore = openDescriptors();
    QVERIFY(threadsBefore > 0 && descriptorsBefore > 0);

    constexpr int Attempts = 100;
    constexpr qint64 FileBytes = 8 * 1024 * 1024;
    const QByteArray chunk(TransferProtocol::MaxChunkBytes, 'z');
    QList<Session *> sessions;
    QList<std::shared_ptr<QSignalSpy>> replies;
    QString error;
    for (int i = 0; i < Attempts; ++i) {
        Session *s = rawSession();
        QVERIFY(s);
        sessions.append(s);
        replies.append(std::make_shared<QSignalSpy>(s, &Session::messageReceived));
        QVERIFY(s->send({}, Session::Kind::Text,
                        offerMessage(batchId('h', i), QCborArray{fileEntry(u"half%1.bin"_s.arg(i), FileBytes, i)}),
                        &error)
                > 0);
    }
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < Attempts; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(!replies.at(i)->isEmpty(), 30000);
        const QCborMap answer = firstAnswer(*replies.at(i));
        if (answer.value("t"_L1).toString() == u"accept"_s) {
            ++accepted;
            // The first chunk of eight, then nothing more.
            QVERIFY(sessions.at(i)->send({}, Session::Kind::Bytes, chunkMessage(0, 0, 0, chunk), &error) > 0);
        } else {
            ++refused;
            const QString reason = answer.value("reason"_L1).toString();
            QVERIFY2(reason.contains(u"unfinished"_s), qPrintable(reason));
        }
    }
    qInfo() << accepted << "accepted," << refused << "refused";
    // Each accepted one received its chunk and now waits for the rest.
    auto halfSent = [this] {
        int n = 0;
        for (Transfer *t : m_tb->transfers()) {
            if (t->peerDeviceId() == m_a->id() && !t->isFinished() && t->bytesDone() == TransferProtocol::MaxChunkBytes)
                ++n;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(halfSent(), accepted, 30000);

    const int threads = threadCount();
    const int descriptors = openDescriptors();
    qInfo() << "threads" << threadsBefore << "->" << threads << "; descriptors" << descriptorsBefore << "->"
            << descriptors;
    QCOMPARE(accepted, TransferManager::Options::MaxUnfinishedTransfersPerPeer);
    QVERIFY2(threads <= threadsBefore + ChunkWriter::WriterThreads + 2,
             qPrintable(u"%1 threads, %2 before"_s.arg(threads).arg(threadsBefore)));
    QVERIFY2(descriptors <= descriptorsBefore + TransferManager::Options::MaxUnfinishedTransfersPerPeer + 8,
             qPrintable(u"%1 descriptors, %2 before"_s.arg(descriptors).arg(descriptorsBefore)));

    // Meanwhile, the friend's files get through.
    QVERIFY(legitimateTransferCompletes(u"meanwhile.bin"_s, 3 * 1024 * 1024));

    // The hostile device's link drops: its transfers wait for it, and
    // holding nothing open while they do.
    QList<std::shared_ptr<QSignalSpy>> states;
    for (Transfer *t : m_tb->transfers()) {
        if (t->peerDeviceId() == m_a->id() && !t->isFinished())
            states.append(std::make_shared<QSignalSpy>(t, &Transfer::stateChanged));
    }
    QCOMPARE(states.size(), accepted);
    Tandem::peerConnection(m_a->device.get(), m_b->id())->link()->close(u"test: link cut"_s);
    for (const auto &spy : std::as_const(states))
        QTRY_VERIFY_WITH_TIMEOUT(spy->contains(QVariantList{QVariant::fromValue(Transfer::State::Waiting)}), 30000);
    const int descriptorsWaiting = openDescriptors();
    qInfo() << "descriptors while waiting:" << descriptorsWaiting;
    QVERIFY2(descriptorsWaiting <= descriptorsBefore + 8,
             qPrintable(u"%1 descriptors, %2 before"_s.arg(descriptorsWaiting).arg(descriptorsBefore)));
}

// The per-peer cap alone would let a few peers fill the process; the global
// one bounds the sum. Lowered here so that two peers reach it.
void tst_HostileTransfers::globalCapKeepsRoomBoundedAcrossPeers()
{
    TransferManager::Options options;
    options.maxUnfinishedTransfersPerPeer = 3;
    options.maxUnfinishedTransfers = 4;
    setUp(options);
    QVERIFY(!QTest::currentTestFailed());
    QString error;
    QList<Session *> sessions;
    for (int i = 0; i < 4; ++i) {
        Session *s = rawSession();
        QVERIFY(s);
        sessions.append(s);
        QSignalSpy replies(s, &Session::messageReceived);
        QVERIFY(s->send({}, Session::Kind::Text,
                        offerMessage(batchId('g', i), QCborArray{fileEntry(u"g%1.bin"_s.arg(i), 1000, i)}), &error)
                > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!replies.isEmpty(), 30000);
        const QCborMap answer = firstAnswer(replies);
        QCOMPARE(answer.value("t"_L1).toString(), i < 3 ? u"accept"_s : u"reject"_s);
    }
    // One slot left for everyone else: the friend's first transfer lands.
    QVERIFY(legitimateTransferCompletes(u"one.bin"_s, 1000));
    // With it taken by a transfer under way, the next one is refused, and
    // the sender sees why.
    const QString path = m_sources + u"/two.bin"_s;
    writeRandomFile(path, 1000, 2);
    QPointer<Transfer> held;
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy replies(s, &Session::messageReceived);
        QVERIFY(s->send({}, Session::Kind::Text,
                        offerMessage(batchId('g', 9), QCborArray{fileEntry(u"g9.bin"_s, 1000, 9)}), &error)
                > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!replies.isEmpty(), 30000);
        QCOMPARE(firstAnswer(replies).value("t"_L1).toString(), u"reject"_s);
    }
    // The hostile device is at its own cap; the friend fills the last slot
    // with an offer it never finishes sending, as far as the victim knows.
    Session *friendly = nullptr;
    {
        friendly = m_sc->open(m_b->id(), QString(TransferManager::Service), u"crafted"_s, {}, &error);
        QVERIFY(friendly);
        QSignalSpy opened(friendly, &Session::opened);
        QVERIFY(opened.wait(10000));
        QSignalSpy replies(friendly, &Session::messageReceived);
        QVERIFY(friendly->send({}, Session::Kind::Text,
                               offerMessage(batchId('f', 1), QCborArray{fileEntry(u"f1.bin"_s, 1000, 1)}), &error)
                > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!replies.isEmpty(), 30000);
        QCOMPARE(firstAnswer(replies).value("t"_L1).toString(), u"accept"_s);
    }
    QPointer<Transfer> out = m_tc->send(m_b->id(), {path}, &error);
    QVERIFY2(out, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(out && out->isFinished(), 30000);
    QCOMPARE(out->state(), Transfer::State::Rejected);
    QVERIFY2(out->errorString().contains(u"unfinished"_s), qPrintable(out->errorString()));
    QVERIFY(!QFile::exists(m_downloads + u"/two.bin"_s));
}

// Names that climb out, name the root or a Windows drive, or hide behind
// controls: each lands, sanitised, inside the download folder, and nothing
// is created beside it.
void tst_HostileTransfers::traversalNamesStayInsideTheDownloadFolder()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    Session *s = rawSession();
    QVERIFY(s);
    const QStringList names{u"../../escape.txt"_s,      u"/etc/evil.conf"_s,       u"a/../../../b.txt"_s,
                            u"C:\\Windows\\evil.dll"_s, u"\\\\server\\share\\x"_s, u"..\\..\\up.txt"_s,
                            u"ok/\u202Etxt.exe"_s};
    QCborArray files;
    for (int i = 0; i < names.size(); ++i)
        files.append(fileEntry(names.at(i), 1, i));
    const QString parent = QFileInfo(m_downloads).dir().absolutePath();
    const QStringList before = QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QString error;
    QVERIFY(s->send({}, Session::Kind::Text, offerMessage(batchId('t', 1), files), &error) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(incoming.size(), 1, 10000);
    Transfer *t = incoming.at(0).at(0).value<Transfer *>();
    QVERIFY(t);
    QTRY_VERIFY_WITH_TIMEOUT(t->state() != Transfer::State::Offered, 10000);
    const QString root = QDir(m_downloads).canonicalPath() + u'/';
    for (const TransferFile &f : t->files()) {
        QVERIFY2(!f.name.contains(u"..") && !f.name.startsWith(u'/') && !f.name.contains(u'\\')
                     && !f.name.contains(QChar(0x202E)),
                 qPrintable(f.name));
        if (!f.path.isEmpty())
            QVERIFY2(QFileInfo(f.path).absoluteFilePath().startsWith(root), qPrintable(f.path));
    }
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(legitimateTransferCompletes(u"after-traversal.bin"_s, 4096));
}

QTEST_GUILESS_MAIN(tst_HostileTransfers)
#include "tst_hostile_transfers.moc"
