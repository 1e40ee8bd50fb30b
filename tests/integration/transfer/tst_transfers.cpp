#include "../../common/testpeers.h"
#include "transfertestutil.h"

#include <Tandem/landingzone.h>
#include <Tandem/link.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transferprotocol.h>
#include <Tandem/transfertesthooks_p.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tandem::Transfer *)
Q_DECLARE_METATYPE(Tandem::Session *)

namespace {

// CTest runs this suite over LAN on loopback and again over the
// Bluetooth-like memory radio (tst_transfers_bluetooth: RFCOMM-sized reads at
// random boundaries, QCA TLS). There the two large cases keep their shape --
// one sparse file far beyond every buffer and queue, thousands of small files
// in folders -- at a size divided by this, so the variant stays well under a
// minute; the LAN run keeps the full 2 GiB and 10,000 files.
constexpr int RadioScaleDown = 16;

int largeCaseScaleDown()
{
    return overBluetooth() ? RadioScaleDown : 1;
}

// The landing shim (tests/portability/shim, preloaded by CTest's
// transfers_* runs) makes the next `times` renames of part files fail with
// EBUSY, as a virus scanner holding the file does; null without the shim.
using ShimBusy = void (*)(int times);
ShimBusy shimBusy()
{
#if defined(Q_OS_UNIX)
    return reinterpret_cast<ShimBusy>(dlsym(RTLD_DEFAULT, "tandem_landing_shim_busy"));
#else
    return nullptr; // the shim is an LD_PRELOAD library: Linux only
#endif
}

} // namespace

class tst_Transfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneFile();
    void filesCrossBothWaysAtOnce();
    void zeroByteFile();
    void folderTree();
    void tenThousandSmallFiles();
    void sparseTwoGiBFile();
    void rejectedOfferReachesTheSender();
    void cancelFromEitherSideShowsTheReason_data();
    void cancelFromEitherSideShowsTheReason();
    void autoAcceptIsPerDeviceAndStored();
    void linkCutMidTransferResumes();
    void corruptedChunkIsDetectedAndResent();
    void receiverRestartResumesFromWhatItHas();
    void aFileHeldBusyIsKeptAndSendingAgainLandsIt();
    void maliciousNamesLandInsideTheFolder();
    void unusableNameDeclinesTheOffer();
    void dataBeforeAcceptIsRefused_data();
    void dataBeforeAcceptIsRefused();
    void offerBeyondBoundsIsRefused();
    void oldBatchIdWithNewFilesIsAskedAgain();
    void acceptingSomeFilesSendsOnlyThose();
    void aChoiceOutsideTheOfferIsAProtocolError_data();
    void aChoiceOutsideTheOfferIsAProtocolError();
    void dataForAFileNotChosenIsRefused();

private:
    void setUp(const TransferManager::Options &senderOptions = {}, const TransferTestHooks &senderHooks = {});
    // A sends `paths` to B; B accepts into m_downloads. Returns both ends.
    std::pair<Transfer *, Transfer *> sendAndAccept(const QStringList &paths);
    // Opens a raw "tandem.files" session from A to B, as a crafted peer.
    Session *rawSession();

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
    std::unique_ptr<TransferManager> m_ta, m_tb;
    std::unique_ptr<QTemporaryDir> m_work; // sources and downloads
    QString m_sources, m_downloads;
};

void tst_Transfers::initTestCase()
{
    qRegisterMetaType<Tandem::Transfer *>();
    qRegisterMetaType<Tandem::Session *>();
}

void tst_Transfers::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_sources = m_work->filePath(QStringLiteral("sources"));
    m_downloads = m_work->filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(m_sources) && QDir().mkpath(m_downloads));
}

void tst_Transfers::cleanup()
{
    m_tb.reset();
    m_ta.reset();
    m_sb.reset();
    m_sa.reset();
    m_b.reset();
    m_a.reset();
    m_work.reset();
}

void tst_Transfers::setUp(const TransferManager::Options &senderOptions, const TransferTestHooks &senderHooks)
{
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
    m_ta = std::make_unique<TransferManager>(m_sa.get(), senderOptions);
    setTestHooks(m_ta.get(), senderHooks);
    TransferManager::Options receiving;
    receiving.downloadDir = m_downloads;
    m_tb = std::make_unique<TransferManager>(m_sb.get(), receiving);
}

std::pair<Transfer *, Transfer *> tst_Transfers::sendAndAccept(const QStringList &paths)
{
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = m_ta->send(m_b->id(), paths, &error);
    if (!out) {
        qWarning("send failed: %s", qPrintable(error));
        return {nullptr, nullptr};
    }
    if (!incoming.wait(20000))
        return {out, nullptr};
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    if (in->state() == Transfer::State::Offered && !in->accept({}, &error))
        qWarning("accept failed: %s", qPrintable(error));
    return {out, in};
}

Session *tst_Transfers::rawSession()
{
    return openRawFilesSession(*m_sa, m_b->id());
}

void tst_Transfers::oneFile()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/report.bin");
    const QByteArray sha = writeRandomFile(path, 3 * 1024 * 1024 + 17, 1);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = m_ta->send(m_b->id(), {path}, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(out->state(), Transfer::State::Offered);
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    // The receiver sees the offer, and nothing is written before accepting.
    QCOMPARE(in->state(), Transfer::State::Offered);
    QCOMPARE(in->direction(), Transfer::Direction::Incoming);
    QCOMPARE(in->fileCount(), 1);
    QCOMPARE(in->totalBytes(), 3 * 1024 * 1024 + 17);
    QCOMPARE(in->files().at(0).name, QStringLiteral("report.bin"));
    QCOMPARE(in->id(), out->id());
    QCOMPARE(QDir(m_downloads).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());

    QSignalSpy progress(out, &Transfer::progressChanged);
    QSignalSpy verifiedAtSender(out, &Transfer::fileVerified);
    QSignalSpy verifiedAtReceiver(in, &Transfer::fileVerified);
    QVERIFY2(in->accept({}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 30000);
    QCOMPARE(verifiedAtSender.size(), 1);
    QCOMPARE(verifiedAtReceiver.size(), 1);
    QVERIFY(progress.size() >= 1);
    const QString landed = m_downloads + QStringLiteral("/report.bin");
    QCOMPARE(verifiedAtReceiver.at(0).at(1).toString(), landed);
    QCOMPARE(verifiedAtReceiver.at(0).at(2).toByteArray(), sha);
    QCOMPARE(fileSha256(landed), sha);
    QCOMPARE(in->files().at(0).sha256, sha);
    QCOMPARE(out->files().at(0).sha256, sha);
    QCOMPARE(out->bytesDone(), out->totalBytes());
    QCOMPARE(in->bytesDone(), in->totalBytes());
    QCOMPARE(out->bytesSent(), out->totalBytes());
    QCOMPARE(out->filesVerified(), 1);
    QCOMPARE(out->etaSeconds(), 0);
    QVERIFY(!QFile::exists(landed + QStringLiteral(".part")));
    // QML sees the same through the property list.
    const QVariantMap file = in->fileList().at(0).toMap();
    QCOMPARE(file.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha.toHex()));
    QCOMPARE(file.value(QStringLiteral("verified")).toBool(), true);

    // The same file again lands beside it, never over it.
    auto [again, againIn] = sendAndAccept({path});
    QVERIFY(again && againIn);
    QTRY_COMPARE_WITH_TIMEOUT(againIn->state(), Transfer::State::Completed, 30000);
    QCOMPARE(againIn->files().at(0).path, m_downloads + QStringLiteral("/report (1).bin"));
    QCOMPARE(again->bytesSent(), again->totalBytes());
}

// Each side sends the other a file at the same time, on the one link.
void tst_Transfers::filesCrossBothWaysAtOnce()
{
    TransferManager::Options alphaReceives;
    alphaReceives.downloadDir = m_work->filePath(QStringLiteral("alpha-downloads"));
    QVERIFY(QDir().mkpath(alphaReceives.downloadDir));
    setUp(alphaReceives);
    QVERIFY(!QTest::currentTestFailed());
    constexpr qint64 Size = 6 * 1024 * 1024 + 3;
    const QString toBeta = m_sources + QStringLiteral("/to-beta.bin");
    const QString toAlpha = m_sources + QStringLiteral("/to-alpha.bin");
    const QByteArray shaToBeta = writeRandomFile(toBeta, Size, 21);
    const QByteArray shaToAlpha = writeRandomFile(toAlpha, Size + 1000, 22);
    QSignalSpy incomingAtAlpha(m_ta.get(), &TransferManager::incomingTransfer);
    QSignalSpy incomingAtBeta(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *fromAlpha = m_ta->send(m_b->id(), {toBeta}, &error);
    QVERIFY2(fromAlpha, qPrintable(error));
    Transfer *fromBeta = m_tb->send(m_a->id(), {toAlpha}, &error);
    QVERIFY2(fromBeta, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(incomingAtAlpha.size() == 1 && incomingAtBeta.size() == 1, 20000);
    auto *atAlpha = incomingAtAlpha.at(0).at(0).value<Transfer *>();
    auto *atBeta = incomingAtBeta.at(0).at(0).value<Transfer *>();
    QCOMPARE(atAlpha->totalBytes(), Size + 1000);
    QCOMPARE(atBeta->totalBytes(), Size);
    QVERIFY2(atAlpha->accept({}, &error), qPrintable(error));
    QVERIFY2(atBeta->accept({}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(atAlpha->state(), Transfer::State::Completed, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(atBeta->state(), Transfer::State::Completed, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(fromAlpha->state(), Transfer::State::Completed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fromBeta->state(), Transfer::State::Completed, 10000);
    QCOMPARE(fileSha256(alphaReceives.downloadDir + QStringLiteral("/to-alpha.bin")), shaToAlpha);
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/to-beta.bin")), shaToBeta);
    QCOMPARE(fromAlpha->bytesSent(), Size);
    QCOMPARE(fromBeta->bytesSent(), Size + 1000);
}

void tst_Transfers::zeroByteFile()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/empty.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto [out, in] = sendAndAccept({path});
    QVERIFY(out && in);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 20000);
    const QFileInfo landed(m_downloads + QStringLiteral("/empty.txt"));
    QVERIFY(landed.isFile());
    QCOMPARE(landed.size(), 0);
    QCOMPARE(in->files().at(0).sha256Hex(),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void tst_Transfers::folderTree()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString root = m_sources + QStringLiteral("/project");
    const QStringList relative
        = {QStringLiteral("README.md"), QStringLiteral("src/main.cpp"), QStringLiteral("src/lib/util.cpp"),
           QStringLiteral("assets/img/logo.png"), QStringLiteral(".hidden/config")};
    QHash<QString, QByteArray> shas;
    quint32 seed = 10;
    for (const QString &r : relative) {
        shas.insert(r, writeRandomFile(root + u'/' + r, 1000 * seed, seed));
        ++seed;
    }
    // A link inside the folder is not followed.
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), root + QStringLiteral("/src/link-out")));
    // Empty folders arrive too: a leaf, a chain of them, one beside files.
    const QStringList emptyFolders
        = {QStringLiteral("build"), QStringLiteral("docs/drafts/old"), QStringLiteral("src/lib/empty")};
    for (const QString &e : emptyFolders)
        QVERIFY(QDir(root).mkpath(e));
    auto [out, in] = sendAndAccept({root});
    QVERIFY(out && in);
    QCOMPARE(in->fileCount(), relative.size());
    QCOMPARE(in->folderCount(), emptyFolders.size());
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 30000);
    for (const QString &r : relative)
        QCOMPARE(fileSha256(m_downloads + QStringLiteral("/project/") + r), shas.value(r));
    QCOMPARE(listTree(m_downloads).size(), relative.size());
    for (const QString &e : emptyFolders) {
        const QDir arrived(m_downloads + QStringLiteral("/project/") + e);
        QVERIFY2(arrived.exists(), qPrintable(e));
        QVERIFY(arrived.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    }
}

void tst_Transfers::tenThousandSmallFiles()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    // Ten folders either way.
    const int Count = 10000 / largeCaseScaleDown();
    const int FilesPerFolder = Count / 10;
    const QString root = m_sources + QStringLiteral("/many");
    QByteArray combined;
    for (int i = 0; i < Count; ++i) {
        const QString dir = root + QStringLiteral("/d%1").arg(i / FilesPerFolder);
        if (i % FilesPerFolder == 0)
            QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QStringLiteral("/f%1.txt").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(i).repeated(1 + i % 50));
    }
    auto [out, in] = sendAndAccept({root});
    QVERIFY(out && in);
    QCOMPARE(in->fileCount(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 90000);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 10000);
    QCOMPARE(out->filesVerified(), Count);
    const QStringList landed = listTree(m_downloads);
    QCOMPARE(landed.size(), Count);
    for (int i : {0, 1, FilesPerFolder - 1, Count / 2, Count - 1}) {
        QFile f(m_downloads + QStringLiteral("/many/d%1/f%2.txt").arg(i / FilesPerFolder).arg(i));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray::number(i).repeated(1 + i % 50));
    }
}

void tst_Transfers::sparseTwoGiBFile()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const qint64 Size = qint64(2) * 1024 * 1024 * 1024 / largeCaseScaleDown();
    const QString path = m_sources + QStringLiteral("/disk.img");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(Size));
    // A few marks so that the digest depends on where bytes land.
    for (qint64 at : {qint64(0), Size / 3, Size - 5}) {
        QVERIFY(f.seek(at));
        f.write("mark!");
    }
    f.close();
    QString room;
    if (!LandingZone::hasFreeSpace(m_downloads, Size, &room))
        QSKIP(qPrintable(QStringLiteral("a %1-byte file does not fit: ").arg(Size) + room));
    const QByteArray sha = fileSha256(path);
    auto [out, in] = sendAndAccept({path});
    QVERIFY(out && in);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 110000);
    QCOMPARE(in->files().at(0).sha256, sha);
    QCOMPARE(QFileInfo(m_downloads + QStringLiteral("/disk.img")).size(), Size);
    QCOMPARE(out->bytesSent(), Size);
}

void tst_Transfers::rejectedOfferReachesTheSender()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/a.txt");
    writeRandomFile(path, 100, 3);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = m_ta->send(m_b->id(), {path}, &error);
    QVERIFY(out);
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QSignalSpy finished(out, &Transfer::finished);
    in->reject(QStringLiteral("not now, thanks"));
    QCOMPARE(in->state(), Transfer::State::Rejected);
    QVERIFY(finished.wait(10000));
    QCOMPARE(out->state(), Transfer::State::Rejected);
    QCOMPARE(out->errorString(), QStringLiteral("not now, thanks"));
    QCOMPARE(listTree(m_downloads), QStringList());
}

void tst_Transfers::cancelFromEitherSideShowsTheReason_data()
{
    QTest::addColumn<bool>("senderCancels");
    QTest::newRow("sender cancels") << true;
    QTest::newRow("receiver cancels") << false;
}

void tst_Transfers::cancelFromEitherSideShowsTheReason()
{
    QFETCH(bool, senderCancels);
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/big.bin");
    writeRandomFile(path, 64 * 1024 * 1024, 4);
    auto [out, in] = sendAndAccept({path});
    QVERIFY(out && in);
    QTRY_VERIFY_WITH_TIMEOUT(in->bytesDone() > 0, 20000);
    Transfer *canceller = senderCancels ? out : in;
    Transfer *other = senderCancels ? in : out;
    QSignalSpy finished(other, &Transfer::finished);
    canceller->cancel(QStringLiteral("changed my mind"));
    QCOMPARE(canceller->state(), Transfer::State::Cancelled);
    QVERIFY(finished.wait(10000));
    QCOMPARE(other->state(), Transfer::State::Cancelled);
    QVERIFY2(other->errorString().contains(QStringLiteral("changed my mind")), qPrintable(other->errorString()));
    // Nothing half-received is presented as a file; the .part stays for a resume.
    QVERIFY(!QFile::exists(m_downloads + QStringLiteral("/big.bin")));
    QVERIFY(QFile::exists(m_downloads + QStringLiteral("/big.bin.part")));
}

void tst_Transfers::autoAcceptIsPerDeviceAndStored()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    QString error;
    QVERIFY(!m_tb->autoAccepts(m_a->id()));
    QVERIFY(!m_tb->setAutoAccept(QStringLiteral("00").repeated(32), true, &error));
    QVERIFY2(m_tb->setAutoAccept(m_a->id(), true, &error), qPrintable(error));
    QVERIFY(m_tb->autoAccepts(m_a->id()));
    // Stored in the profile: the next manager on the same profile agrees.
    m_tb.reset();
    TransferManager::Options receiving;
    receiving.downloadDir = m_downloads;
    m_tb = std::make_unique<TransferManager>(m_sb.get(), receiving);
    QVERIFY(m_tb->autoAccepts(m_a->id()));

    const QString path = m_sources + QStringLiteral("/auto.txt");
    const QByteArray sha = writeRandomFile(path, 5000, 5);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    Transfer *out = m_ta->send(m_b->id(), {path}, &error);
    QVERIFY(out);
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QVERIFY(in->state() != Transfer::State::Offered); // nobody had to accept
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 20000);
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/auto.txt")), sha);
}

void tst_Transfers::linkCutMidTransferResumes()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/cut.bin");
    constexpr qint64 Size = 48 * 1024 * 1024;
    const QByteArray sha = writeRandomFile(path, Size, 6);
    auto [out, in] = sendAndAccept({path});
    QVERIFY(out && in);
    QTRY_VERIFY_WITH_TIMEOUT(in->bytesDone() > Size / 4, 30000);
    QSignalSpy states(out, &Transfer::stateChanged);
    PeerConnection *c = Tandem::peerConnection(m_a->device.get(), m_b->id());
    QVERIFY(c);
    c->link()->close(QStringLiteral("test: link cut"));
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 10000);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(Transfer::State::Waiting)}));
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/cut.bin")), sha);
    // The session replays what the cut lost; the transfer reads nothing twice.
    QCOMPARE(out->bytesSent(), Size);
}

void tst_Transfers::corruptedChunkIsDetectedAndResent()
{
    constexpr qint64 Size = 8 * 1024 * 1024;
    int damaged = 0;
    TransferManager::Options options;
    // The fourth chunk, wherever the default chunk size puts it.
    const qint64 badOffset = 3 * options.chunkBytes;
    TransferTestHooks hooks;
    hooks.tamperWithChunk = [&damaged, badOffset](int, qint64 offset, QByteArray &chunk) {
        // Damage one chunk once, as a faulty path between the checksum and
        // the receiver would.
        if (offset == badOffset && damaged++ == 0)
            chunk[chunk.size() - 100] = char(chunk.at(chunk.size() - 100) ^ 0x40);
    };
    setUp(options, hooks);
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_sources + QStringLiteral("/fragile.bin");
    const QByteArray sha = writeRandomFile(path, Size, 7);
    auto [out, in] = sendAndAccept({path});
    QVERIFY(out && in);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 10000);
    QCOMPARE(damaged, 2); // the damaged send and its clean resend
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/fragile.bin")), sha);
    // Resent from the damaged chunk on: at most the queue that was in flight.
    QVERIFY(out->bytesSent() > Size);
    QVERIFY2(out->bytesSent() <= Size + options.maxQueuedBytes + options.chunkBytes,
             qPrintable(QString::number(out->bytesSent())));
}

void tst_Transfers::receiverRestartResumesFromWhatItHas()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    constexpr qint64 Size = 64 * 1024 * 1024;
    const QString first = m_sources + QStringLiteral("/first.bin");
    const QString second = m_sources + QStringLiteral("/second.bin");
    const QByteArray sha1 = writeRandomFile(first, 1024 * 1024, 8);
    const QByteArray sha2 = writeRandomFile(second, Size, 9);
    auto [out, in] = sendAndAccept({first, second});
    QVERIFY(out && in);
    QTRY_VERIFY_WITH_TIMEOUT(in->files().at(1).bytesDone > Size / 3, 30000);
    // B's app quits abruptly, its sessions and transfers with it, and the
    // link drops; then it starts again on the same profile.
    PeerConnection *c = Tandem::peerConnection(m_b->device.get(), m_a->id());
    QVERIFY(c);
    c->link()->close(QStringLiteral("test: receiver gone"));
    m_tb.reset();
    m_sb.reset();
    const qint64 partSize = QFileInfo(m_downloads + QStringLiteral("/second.bin.part")).size();
    QVERIFY(partSize > Size / 3);
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
    TransferManager::Options receiving;
    receiving.downloadDir = m_downloads;
    m_tb = std::make_unique<TransferManager>(m_sb.get(), receiving);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QVERIFY(incoming.wait(30000));
    auto *resumed = incoming.at(0).at(0).value<Transfer *>();
    // Accepted before: it continues without asking.
    QVERIFY(resumed->state() != Transfer::State::Offered);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(resumed->state(), Transfer::State::Completed, 10000);
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/first.bin")), sha1);
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/second.bin")), sha2);
    QCOMPARE(listTree(m_downloads).size(), 2);
    // What B had was not sent again, beyond what was in flight at the stop.
    const qint64 total = 1024 * 1024 + Size;
    const TransferManager::Options defaults;
    QVERIFY2(out->bytesSent() <= total + defaults.maxQueuedBytes + defaults.chunkBytes,
             qPrintable(QStringLiteral("sent %1 of %2").arg(out->bytesSent()).arg(total)));
    QVERIFY(out->bytesSent() < total + partSize);
}

// Something holds a received file when it is to be renamed into place, for
// longer than the landing zone's retries (a virus scanner on Windows): the
// verified .part is kept, the batch stops with a reason on both sides, and
// sending again renames it without sending its bytes again.
void tst_Transfers::aFileHeldBusyIsKeptAndSendingAgainLandsIt()
{
    const ShimBusy busy = shimBusy();
    if (!busy)
        QSKIP("needs the landing shim: CTest runs this as transfers_*");
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    constexpr qint64 HeldSize = 1024 * 1024;
    constexpr qint64 NextSize = 64 * 1024;
    const QString held = m_sources + QStringLiteral("/held.bin");
    const QString next = m_sources + QStringLiteral("/next.bin");
    const QByteArray heldSha = writeRandomFile(held, HeldSize, 51);
    const QByteArray nextSha = writeRandomFile(next, NextSize, 52);
    busy(LandingZone::BusyRenameAttempts);
    auto [out, in] = sendAndAccept({held, next});
    QVERIFY(out && in);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Failed, 30000);
    busy(0);
    QVERIFY2(in->errorString().contains(QStringLiteral("kept")), qPrintable(in->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(out->isFinished(), 10000);
    QVERIFY2(out->errorString().contains(QStringLiteral("kept")), qPrintable(out->errorString()));
    const QString landed = m_downloads + QStringLiteral("/held.bin");
    QVERIFY(!QFile::exists(landed));
    QCOMPARE(fileSha256(landed + QStringLiteral(".part")), heldSha);

    // Let go: the same files sent again continue without asking, and the
    // kept file is renamed, not received again.
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *again = m_ta->send(m_b->id(), {held, next}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->id(), out->id());
    QVERIFY(incoming.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), Transfer::State::Completed, 30000);
    QCOMPARE(fileSha256(landed), heldSha);
    QCOMPARE(fileSha256(m_downloads + QStringLiteral("/next.bin")), nextSha);
    QCOMPARE(listTree(m_downloads), QStringList({QStringLiteral("held.bin"), QStringLiteral("next.bin")}));
    QVERIFY2(again->bytesSent() <= NextSize, qPrintable(QString::number(again->bytesSent())));
}

void tst_Transfers::maliciousNamesLandInsideTheFolder()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    // Every class of hostile name, offered by a crafted peer.
    const QStringList names = {
        QStringLiteral("../../escape.txt"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("C:\\Windows\\system32\\evil.dll"),
        QStringLiteral("\\\\server\\share\\unc.txt"),
        QStringLiteral("dir/../../../up.txt"),
        QString::fromUtf8("nul\0byte.txt", 12),
        QStringLiteral("ctrl\x01\x1f.txt"),
        QString::fromUtf8("invoice\u202Egpj.exe"),
        QStringLiteral("CON"),
        QStringLiteral("aux.txt"),
        QStringLiteral("x").repeated(400) + QStringLiteral(".txt"),
        QStringLiteral("trailing. . ."),
        QStringLiteral("a/b\\c/d.txt"),
        QStringLiteral("what?<>|*\".txt"),
    };
    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy messages(s, &Session::messageReceived);
    QCborArray files;
    QList<QByteArray> contents;
    for (qsizetype i = 0; i < names.size(); ++i) {
        contents.append(QByteArray("content of file ") + QByteArray::number(i));
        QCborMap f;
        f.insert(QLatin1StringView("p"), names.at(i));
        f.insert(QLatin1StringView("s"), contents.last().size());
        f.insert(QLatin1StringView("k"), QByteArray(16, char('a' + i)));
        files.append(f);
    }
    // Empty folders are offered by name too, and made safe the same way.
    const QStringList folderNames
        = {QStringLiteral("../../escaped-folder"), QStringLiteral("/etc/cron.d"),
           QStringLiteral("a/../../../up-folder"), QStringLiteral("COM1"), QStringLiteral("win\\dows\\sub")};
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    QVERIFY(s->send({}, Session::Kind::Text,
                    offerMessage(QByteArray(16, 'm'), files, QCborArray::fromStringList(folderNames)), &error)
            > 0);
    QVERIFY(incoming.wait(10000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QCOMPARE(in->folderCount(), folderNames.size());
    QVERIFY2(in->accept({}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000); // the accept
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY(s->send({}, Session::Kind::Bytes, chunkMessage(quint32(i), 0, 0, contents.at(i)), &error) > 0);
        QVERIFY(s->send({}, Session::Kind::Bytes,
                        TransferProtocol::encodeEnd(quint32(i), 0, contents.at(i).size(), sha256Of(contents.at(i))),
                        &error)
                > 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 20000);
    // Everything landed inside the download folder and nothing outside it.
    const QStringList landed = listTree(m_downloads);
    QCOMPARE(landed.size(), names.size());
    const QString canonicalDownloads = QFileInfo(m_downloads).canonicalFilePath();
    for (const TransferFile &f : in->files()) {
        QVERIFY2(QFileInfo(f.path).canonicalFilePath().startsWith(canonicalDownloads + u'/'), qPrintable(f.path));
        const QString name = QFileInfo(f.path).fileName();
        QVERIFY2(!name.contains(QChar(0)) && !name.contains(u'\\') && !name.contains(QChar(0x202E))
                     && !name.contains(QChar(0x01)) && name.toUtf8().size() <= 255,
                 qPrintable(name));
    }
    QCOMPARE(QDir(m_work->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             (QStringList{QStringLiteral("downloads"), QStringLiteral("sources")}));
    QCOMPARE(listTree(m_sources), QStringList());
    QVERIFY(!QFile::exists(m_downloads + QStringLiteral("/CON")));
    QVERIFY(QFile::exists(m_downloads + QStringLiteral("/_CON")));
    // The folders are inside the download folder, under sanitised names.
    QDirIterator folders(m_downloads, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList made;
    while (folders.hasNext()) {
        const QString folder = folders.next();
        QVERIFY2(QFileInfo(folder).canonicalFilePath().startsWith(canonicalDownloads + u'/'), qPrintable(folder));
        made.append(QDir(m_downloads).relativeFilePath(folder));
    }
    QVERIFY2(made.contains(QStringLiteral("escaped-folder")), qPrintable(made.join(u' ')));
    QVERIFY2(made.contains(QStringLiteral("etc/cron.d")), qPrintable(made.join(u' ')));
    QVERIFY2(made.contains(QStringLiteral("a/up-folder")), qPrintable(made.join(u' ')));
    QVERIFY2(made.contains(QStringLiteral("_COM1")), qPrintable(made.join(u' ')));
    QVERIFY2(made.contains(QStringLiteral("win/dows/sub")), qPrintable(made.join(u' ')));
    for (qsizetype i = 0; i < names.size(); ++i) {
        QFile f(in->files().at(i).path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), contents.at(i));
    }
}

void tst_Transfers::unusableNameDeclinesTheOffer()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy messages(s, &Session::messageReceived);
    QCborMap f;
    f.insert(QLatin1StringView("p"), QStringLiteral("../.."));
    f.insert(QLatin1StringView("s"), 1);
    f.insert(QLatin1StringView("k"), QByteArray(16, 'k'));
    QString error;
    QVERIFY(s->send({}, Session::Kind::Text, offerMessage(QByteArray(16, 'u'), QCborArray{f}), &error) > 0);
    QVERIFY(messages.wait(10000));
    const QCborMap answer = QCborValue::fromCbor(messages.at(0).at(2).toByteArray()).toMap();
    QCOMPARE(answer.value(QLatin1StringView("t")).toString(), QStringLiteral("reject"));
    QVERIFY(answer.value(QLatin1StringView("reason")).toString().contains(QStringLiteral("../..")));
    QCOMPARE(listTree(m_downloads), QStringList());
}

void tst_Transfers::dataBeforeAcceptIsRefused_data()
{
    QTest::addColumn<bool>("withOffer");
    QTest::newRow("offered, not accepted") << true;
    QTest::newRow("never offered") << false;
}

void tst_Transfers::dataBeforeAcceptIsRefused()
{
    QFETCH(bool, withOffer);
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy closed(s, &Session::closed);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    const QByteArray content = "sneaky bytes";
    if (withOffer) {
        QCborMap f;
        f.insert(QLatin1StringView("p"), QStringLiteral("sneaky.txt"));
        f.insert(QLatin1StringView("s"), content.size());
        f.insert(QLatin1StringView("k"), QByteArray(16, 'k'));
        QVERIFY(s->send({}, Session::Kind::Text, offerMessage(QByteArray(16, 's'), QCborArray{f}), &error) > 0);
        QVERIFY(incoming.wait(10000));
    }
    QVERIFY(s->send({}, Session::Kind::Bytes, chunkMessage(0, 0, 0, content), &error) > 0);
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    if (withOffer) {
        auto *in = incoming.at(0).at(0).value<Transfer *>();
        QCOMPARE(in->state(), Transfer::State::Failed);
        QVERIFY(!in->accept());
    }
    QCOMPARE(listTree(m_downloads), QStringList());
}

void tst_Transfers::offerBeyondBoundsIsRefused()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy closed(s, &Session::closed);
    // One name longer than the bound.
    QCborMap f;
    f.insert(QLatin1StringView("p"), QStringLiteral("n").repeated(TransferProtocol::MaxOfferedNameBytes + 1));
    f.insert(QLatin1StringView("s"), 1);
    f.insert(QLatin1StringView("k"), QByteArray(16, 'k'));
    QString error;
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QVERIFY(s->send({}, Session::Kind::Text, offerMessage(QByteArray(16, 'b'), QCborArray{f}), &error) > 0);
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QCOMPARE(incoming.size(), 0);

    // One file and MaxFilesPerOffer empty folders: one entry too many.
    Session *s2 = rawSession();
    QVERIFY(s2);
    QSignalSpy closed2(s2, &Session::closed);
    f.insert(QLatin1StringView("p"), QStringLiteral("n"));
    QStringList folders;
    for (int i = 0; i < TransferProtocol::MaxFilesPerOffer; ++i)
        folders.append(QString::number(i));
    QVERIFY(s2->send({}, Session::Kind::Text,
                     offerMessage(QByteArray(16, 'c'), QCborArray{f}, QCborArray::fromStringList(folders)), &error)
            > 0);
    QVERIFY(closed2.wait(10000));
    QCOMPARE(closed2.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QCOMPARE(incoming.size(), 0);

    // A chunk larger than MaxChunkBytes is malformed, even after an accept.
    QVERIFY(!TransferProtocol::decodeBulk(chunkMessage(0, 0, 0, QByteArray(TransferProtocol::MaxChunkBytes + 1, 'x'))));
    QVERIFY(TransferProtocol::decodeBulk(chunkMessage(0, 0, 0, QByteArray(TransferProtocol::MaxChunkBytes, 'x'))));
}

void tst_Transfers::oldBatchIdWithNewFilesIsAskedAgain()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    auto fileEntry = [](const QString &name, char key) {
        QCborMap f;
        f.insert(QLatin1StringView("p"), name);
        f.insert(QLatin1StringView("s"), 10);
        f.insert(QLatin1StringView("k"), QByteArray(16, key));
        return f;
    };
    const QByteArray batch(16, 'B');
    QString error;
    // An offer is accepted, then cancelled before any data: it stays
    // resumable.
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
        QVERIFY(s->send({}, Session::Kind::Text, offerMessage(batch, QCborArray{fileEntry(u"a.txt"_s, '1')}), &error));
        QVERIFY(incoming.wait(10000));
        auto *in = incoming.at(0).at(0).value<Transfer *>();
        QVERIFY2(in->accept({}, &error), qPrintable(error));
        in->cancel(QStringLiteral("later"));
    }
    // The same batch id with a file slipped in: the user is asked again.
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
        QVERIFY(s->send({}, Session::Kind::Text,
                        offerMessage(batch, QCborArray{fileEntry(u"a.txt"_s, '1'), fileEntry(u"b.txt"_s, '2')}),
                        &error));
        QVERIFY(incoming.wait(10000));
        QCOMPARE(incoming.at(0).at(0).value<Transfer *>()->state(), Transfer::State::Offered);
    }
    // The same offer as before continues without asking.
    {
        Session *s = rawSession();
        QVERIFY(s);
        QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
        QVERIFY(s->send({}, Session::Kind::Text, offerMessage(batch, QCborArray{fileEntry(u"a.txt"_s, '1')}), &error));
        QVERIFY(incoming.wait(10000));
        QCOMPARE(incoming.at(0).at(0).value<Transfer *>()->state(), Transfer::State::Transferring);
    }
}

// The receiver takes 2 of 3 files: only those travel and land, with their
// content; the third is skipped on both sides and neither verified nor
// failed, and both ends complete.
void tst_Transfers::acceptingSomeFilesSendsOnlyThose()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QStringList names{u"a.bin"_s, u"b.bin"_s, u"c.bin"_s};
    const QList<qint64> sizes{2 * 1024 * 1024 + 5, 300 * 1024, 70 * 1024 + 3};
    QStringList paths;
    QList<QByteArray> shas;
    for (qsizetype i = 0; i < names.size(); ++i) {
        paths.append(m_sources + u'/' + names.at(i));
        shas.append(writeRandomFile(paths.last(), sizes.at(i), quint32(40 + i)));
    }
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = m_ta->send(m_b->id(), paths, &error);
    QVERIFY2(out, qPrintable(error));
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QCOMPARE(in->fileCount(), 3);

    // What cannot be a choice is refused, and the offer stays open.
    QVERIFY(!in->acceptFiles({}, {}, &error));
    QVERIFY(!in->acceptFiles({0, 3}, {}, &error));
    QVERIFY2(error.contains(u'3'), qPrintable(error));
    QVERIFY(!in->acceptFiles({-1}, {}, &error));
    QCOMPARE(in->state(), Transfer::State::Offered);

    QVERIFY2(in->acceptFiles({2, 0}, {}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Completed, 30000);
    QCOMPARE(listTree(m_downloads), (QStringList{u"a.bin"_s, u"c.bin"_s}));
    QCOMPARE(fileSha256(m_downloads + u"/a.bin"_s), shas.at(0));
    QCOMPARE(fileSha256(m_downloads + u"/c.bin"_s), shas.at(2));
    for (Transfer *t : {out, in}) {
        const QList<TransferFile> files = t->files();
        QVERIFY(files.at(0).verified && !files.at(0).skipped);
        QVERIFY(!files.at(1).verified && files.at(1).skipped && files.at(1).error.isEmpty());
        QVERIFY(files.at(2).verified && !files.at(2).skipped);
        QCOMPARE(t->filesVerified(), 2);
        QCOMPARE(t->totalBytes(), sizes.at(0) + sizes.at(2));
        QCOMPARE(t->bytesDone(), sizes.at(0) + sizes.at(2));
    }
    // b.bin was never read for sending.
    QCOMPARE(out->bytesSent(), sizes.at(0) + sizes.at(2));
}

void tst_Transfers::aChoiceOutsideTheOfferIsAProtocolError_data()
{
    // An offer of 3 files; the crafted receiver's "files" and "start".
    QTest::addColumn<QCborValue>("files");
    QTest::addColumn<QCborArray>("starts");
    const QCborArray skipsB{0, -1, 0};
    QTest::newRow("index out of range") << QCborValue(QCborArray{0, 3}) << QCborArray{0, -1, -1};
    QTest::newRow("negative index") << QCborValue(QCborArray{-1, 0}) << QCborArray{0, -1, -1};
    QTest::newRow("named twice") << QCborValue(QCborArray{0, 0, 2}) << skipsB;
    QTest::newRow("not ascending") << QCborValue(QCborArray{2, 0}) << skipsB;
    QTest::newRow("not a number") << QCborValue(QCborArray{u"0"_s}) << QCborArray{0, -1, -1};
    QTest::newRow("no file at all") << QCborValue(QCborArray{}) << QCborArray{-1, -1, -1};
    QTest::newRow("not a list") << QCborValue(2) << QCborArray{-1, -1, 0};
    QTest::newRow("more than offered") << QCborValue(QCborArray{0, 1, 2, 3}) << QCborArray{0, 0, 0};
    QTest::newRow("a start for a file not chosen") << QCborValue(QCborArray{0, 2}) << QCborArray{0, 0, 0};
}

// A receiver that names files the offer does not have (or a file twice, or
// asks to be sent one it did not choose) breaks the protocol: the sender
// fails the transfer, closes the session and sends no file data at all.
void tst_Transfers::aChoiceOutsideTheOfferIsAProtocolError()
{
    QFETCH(QCborValue, files);
    QFETCH(QCborArray, starts);
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    // B answers by hand instead of through its TransferManager.
    m_tb.reset();
    m_sb->registerService(QString(TransferManager::Service));
    bool receiverClosed = false;
    int bulkMessages = 0;
    // The connections end with this test function (they use its locals).
    QObject scope;
    connect(m_sb.get(), &SessionManager::incomingSession, &scope, [&](Session *s) {
        connect(s, &Session::closed, &scope, [&] { receiverClosed = true; });
        connect(s, &Session::messageReceived, &scope, [&, s](const QString &, Session::Kind kind, const QByteArray &) {
            if (kind == Session::Kind::Bytes) {
                ++bulkMessages;
                return;
            }
            QCborMap accept;
            accept.insert("t"_L1, u"accept"_s);
            accept.insert("start"_L1, starts);
            accept.insert("files"_L1, files);
            QString sendError;
            s->send({}, Session::Kind::Text, accept.toCborValue().toCbor(), &sendError);
        });
        s->accept();
    });
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        paths.append(m_sources + u"/f%1.bin"_s.arg(i));
        QVERIFY(!writeRandomFile(paths.last(), 64 * 1024, quint32(i)).isEmpty());
    }
    QString error;
    Transfer *out = m_ta->send(m_b->id(), paths, &error);
    QVERIFY2(out, qPrintable(error));
    QSignalSpy finished(out, &Transfer::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(out->state(), Transfer::State::Failed);
    qInfo() << "sender:" << out->errorString();
    QCOMPARE(out->bytesSent(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(receiverClosed, 10000);
    QCOMPARE(bulkMessages, 0);
}

// A crafted sender whose offer was accepted in part sends the file left
// out: the receiver refuses it and writes nothing of it.
void tst_Transfers::dataForAFileNotChosenIsRefused()
{
    setUp();
    QVERIFY(!QTest::currentTestFailed());
    Session *s = rawSession();
    QVERIFY(s);
    QSignalSpy closed(s, &Session::closed);
    QSignalSpy answers(s, &Session::messageReceived);
    QSignalSpy incoming(m_tb.get(), &TransferManager::incomingTransfer);
    const QByteArray content = "left out on purpose";
    QCborArray offered;
    for (int i = 0; i < 2; ++i) {
        QCborMap f;
        f.insert("p"_L1, u"f%1.txt"_s.arg(i));
        f.insert("s"_L1, content.size());
        f.insert("k"_L1, QByteArray(16, char('0' + i)));
        offered.append(f);
    }
    QString error;
    QVERIFY(s->send({}, Session::Kind::Text, offerMessage(QByteArray(16, 'p'), offered), &error) > 0);
    QVERIFY(incoming.wait(10000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QVERIFY2(in->acceptFiles({1}, {}, &error), qPrintable(error));
    QVERIFY(answers.wait(10000));
    const QCborMap accept = QCborValue::fromCbor(answers.at(0).at(2).toByteArray()).toMap();
    QCOMPARE(accept.value("t"_L1).toString(), u"accept"_s);
    QCOMPARE(accept.value("files"_L1).toArray(), QCborArray{1});
    // -1 keeps a sender that predates "files" from sending the file.
    QCOMPARE(accept.value("start"_L1).toArray(), (QCborArray{-1, 0}));

    QVERIFY(s->send({}, Session::Kind::Bytes, chunkMessage(0, 0, 0, content), &error) > 0);
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.at(0).at(0).value<Session::CloseReason>(), Session::CloseReason::Refused);
    QCOMPARE(in->state(), Transfer::State::Failed);
    QCOMPARE(listTree(m_downloads), QStringList());
}

QTEST_MAIN(tst_Transfers)
#include "tst_transfers.moc"
