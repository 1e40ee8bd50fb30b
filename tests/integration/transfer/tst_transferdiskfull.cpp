#include "../../common/testpeers.h"
#include "transfertestutil.h"

#include <Tandem/chunkwriter_p.h>
#include <Tandem/landingzone.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transfertesthooks_p.h>

#include <QSignalSpy>
#include <QStorageInfo>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;

Q_DECLARE_METATYPE(Tandem::Transfer *)

// The receiver's disk fills up mid-transfer (a private tmpfs, see
// in-tmpfs.sh): a clear error on both sides, the partial file kept, and
// once there is room again, sending again continues where it stopped.
class tst_TransferDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void diskFullKeepsThePartAndResumesWithRoom();
    void offerLargerThanTheFreeSpaceIsNotAccepted();
};

void tst_TransferDiskFull::initTestCase()
{
    qRegisterMetaType<Tandem::Transfer *>();
    if (qEnvironmentVariableIsEmpty("TANDEM_TEST_TMPFS"))
        QSKIP("needs a private tmpfs: run through in-tmpfs.sh (CTest does)");
}

void tst_TransferDiskFull::diskFullKeepsThePartAndResumesWithRoom()
{
    const QString disk = qEnvironmentVariable("TANDEM_TEST_TMPFS");
    const QString downloads = disk + QStringLiteral("/downloads");
    const QString filler = disk + QStringLiteral("/filler");
    QVERIFY(QDir().mkpath(downloads));
    QTemporaryDir sources;
    constexpr qint64 Size = 32 * 1024 * 1024;
    const QString path = sources.filePath(QStringLiteral("video.bin"));
    const QByteArray sha = writeRandomFile(path, Size, 41);

    // Something else fills the disk once the transfer is under way: when
    // the chunk at FillAt leaves the sender. By then the receiver has all
    // but the sender's queue, and has written all but its writer's queue;
    // what is kept must be at least that.
    constexpr qint64 FillAt = 16 * 1024 * 1024;
    TransferManager::Options sending;
    const qint64 mayBeInFlight = sending.maxQueuedBytes + sending.chunkBytes + ChunkWriter::MaxQueuedBytes;
    QVERIFY(FillAt - mayBeInFlight >= 4 * 1024 * 1024); // else the check below says little
    bool filled = false;
    TransferTestHooks hooks;
    hooks.tamperWithChunk = [&](int, qint64 offset, QByteArray &) {
        if (filled || offset < FillAt)
            return;
        filled = true;
        QFile f(filler);
        if (f.open(QIODevice::WriteOnly)) {
            const qint64 room = QStorageInfo(disk).bytesAvailable();
            f.write(QByteArray(room - 512 * 1024, 'f'));
        }
    };
    std::unique_ptr<Peer> a, b;
    startPairedPeers(a, b);
    QVERIFY(!QTest::currentTestFailed());
    SessionManager sa(a->device.get(), {}), sb(b->device.get(), {});
    TransferManager ta(&sa, sending);
    setTestHooks(&ta, hooks);
    TransferManager::Options receiving;
    receiving.downloadDir = downloads;
    TransferManager tb(&sb, receiving);

    QSignalSpy incoming(&tb, &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = ta.send(b->id(), {path}, &error);
    QVERIFY(out);
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QVERIFY2(in->accept({}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(in->state(), Transfer::State::Failed, 30000);
    QVERIFY(filled);
    QVERIFY2(in->errorString().contains(QStringLiteral("full")), qPrintable(in->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(out->isFinished(), 10000);
    QVERIFY2(out->errorString().contains(QStringLiteral("full")), qPrintable(out->errorString()));
    QVERIFY(!QFile::exists(downloads + QStringLiteral("/video.bin")));
    const qint64 kept = QFileInfo(downloads + QStringLiteral("/video.bin.part")).size();
    QVERIFY2(kept >= FillAt - mayBeInFlight && kept < Size, qPrintable(QString::number(kept)));

    // Room again: the same files sent again continue from what was kept,
    // without anyone accepting again.
    QVERIFY(QFile::remove(filler));
    incoming.clear();
    Transfer *again = ta.send(b->id(), {path}, &error);
    QVERIFY(again);
    QCOMPARE(again->id(), out->id());
    QVERIFY(incoming.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), Transfer::State::Completed, 30000);
    QCOMPARE(again->bytesSent(), Size - kept);
    QCOMPARE(fileSha256(downloads + QStringLiteral("/video.bin")), sha);
    QVERIFY(!QFile::exists(downloads + QStringLiteral("/video.bin.part")));
}

void tst_TransferDiskFull::offerLargerThanTheFreeSpaceIsNotAccepted()
{
    const QString downloads = qEnvironmentVariable("TANDEM_TEST_TMPFS") + QStringLiteral("/small");
    QVERIFY(QDir().mkpath(downloads));
    QTemporaryDir sources;
    const QString path = sources.filePath(QStringLiteral("huge.img"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(1) << 30)); // sparse: costs nothing here
    f.close();
    std::unique_ptr<Peer> a, b;
    startPairedPeers(a, b);
    QVERIFY(!QTest::currentTestFailed());
    SessionManager sa(a->device.get(), {}), sb(b->device.get(), {});
    TransferManager ta(&sa);
    TransferManager::Options receiving;
    receiving.downloadDir = downloads;
    TransferManager tb(&sb, receiving);
    QSignalSpy incoming(&tb, &TransferManager::incomingTransfer);
    QString error;
    Transfer *out = ta.send(b->id(), {path}, &error);
    QVERIFY(out);
    QVERIFY(incoming.wait(20000));
    auto *in = incoming.at(0).at(0).value<Transfer *>();
    QVERIFY(!in->accept({}, &error));
    QVERIFY2(error.contains(QStringLiteral("Not enough free space")), qPrintable(error));
    QCOMPARE(in->state(), Transfer::State::Offered); // still open: the user may pick another folder
    QCOMPARE(listTree(downloads), QStringList());
    in->reject(error);
    QTRY_COMPARE_WITH_TIMEOUT(out->state(), Transfer::State::Rejected, 10000);
    QVERIFY(out->errorString().contains(QStringLiteral("Not enough free space")));
}

QTEST_MAIN(tst_TransferDiskFull)
#include "tst_transferdiskfull.moc"
