#include "../../common/platformfixtures.h"

#include <Tandem/chunkwriter_p.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using Tandem::ChunkWriter;

// The receiver's writer thread: bytes land in order and hashed, the queue
// stays within its bound when the disk is slower than the link, and a
// failed write is reported with what was written whole.
class tst_ChunkWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndHashesInOrder();
    void queueStaysWithinItsBoundWhileTheDiskIsSlow();
    void failedWriteStopsAndKeepsWhatWasWritten();
    void manyWritersShareAFewThreadsAndKeepTheirOrder();
};

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

ChunkWriter::Hash into(QCryptographicHash *hash)
{
    return [hash](const char *data, qsizetype size) { hash->addData(QByteArrayView(data, size)); };
}
} // namespace

void tst_ChunkWriter::writesAndHashesInOrder()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("part")));
    QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    QVERIFY(file.write("prefix") == 6);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("prefix");
    ChunkWriter writer([] { });
    writer.begin(&file, into(&hash), 6);
    QByteArray expected("prefix");
    for (int i = 0; i < 100; ++i) {
        // Each chunk sits inside a larger message, after a header.
        const QByteArray message = randomBytes(21 + 1000 * (i % 7) + i, quint32(i));
        QVERIFY(writer.write(message, QByteArrayView(message).sliced(21)));
        expected += message.sliced(21);
    }
    QVERIFY(writer.finish());
    QVERIFY(!writer.isActive());
    QCOMPARE(writer.written(), expected.size());
    QVERIFY(file.seek(0));
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(hash.result(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
}

void tst_ChunkWriter::queueStaysWithinItsBoundWhileTheDiskIsSlow()
{
    // A FIFO nobody reads yet is a disk that has stopped: the worker blocks
    // in its first write once the pipe buffer is full.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("slow"));
    if (!TandemTest::makeStalledFile(fifo))
        QSKIP("no FIFOs here to stand in for a stalled disk");
    QFile slowDisk(fifo);
    QVERIFY(slowDisk.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ChunkWriter writer([] { });
    writer.begin(&slowDisk, into(&hash), 0);

    constexpr qsizetype ChunkBytes = 1024 * 1024;
    constexpr int Chunks = int(3 * ChunkWriter::MaxQueuedBytes / ChunkBytes);
    const QByteArray chunk = randomBytes(ChunkBytes, 5);
    std::atomic<int> accepted{0};
    std::thread link([&] {
        for (int i = 0; i < Chunks; ++i) {
            if (!writer.write(chunk, chunk))
                return;
            ++accepted;
        }
    });
    // One chunk in the blocked write, the bound's worth queued; the next
    // write() waits.
    const int bound = int(ChunkWriter::MaxQueuedBytes / ChunkBytes);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.load(), 1 + bound, 10000);
    QCOMPARE(writer.queuedBytes(), ChunkWriter::MaxQueuedBytes);
    QCOMPARE(accepted.load(), 1 + bound);

    // The disk catches up: everything arrives, in order.
    QFile reader(fifo);
    QVERIFY(reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QByteArray received;
    received.reserve(Chunks * ChunkBytes);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    while (received.size() < Chunks * ChunkBytes) {
        const qint64 n = reader.read(block.data(), block.size());
        QVERIFY(n > 0);
        received.append(block.constData(), n);
    }
    link.join();
    QCOMPARE(accepted.load(), Chunks);
    QVERIFY(writer.finish());
    QCOMPARE(writer.written(), Chunks * ChunkBytes);
    QCOMPARE(received, chunk.repeated(Chunks));
}

void tst_ChunkWriter::failedWriteStopsAndKeepsWhatWasWritten()
{
    // Writing to a file opened read-only fails at once, like a full disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part"));
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::atomic<int> failures{0};
    ChunkWriter writer([&] { ++failures; });
    writer.begin(&file, into(&hash), 0);
    const QByteArray chunk = randomBytes(4096, 9);
    QVERIFY(writer.write(chunk, chunk));
    QTRY_COMPARE_WITH_TIMEOUT(failures.load(), 1, 10000);
    QVERIFY(!writer.write(chunk, chunk));
    QVERIFY(!writer.finish());
    QCOMPARE(writer.written(), 0);
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(failures.load(), 1);
}

namespace {
// Where the system does not say, the thread bound goes unchecked (0 for all).
int threadCount()
{
    return TandemTest::processThreadCount().value_or(0);
}
} // namespace

void tst_ChunkWriter::manyWritersShareAFewThreadsAndKeepTheirOrder()
{
    // More files at once than writer threads, written a chunk each in turn,
    // as many transfers receiving together: each file gets its own bytes
    // in order, and the process gains at most WriterThreads threads.
    constexpr int Files = 3 * ChunkWriter::WriterThreads + 1;
    constexpr int Chunks = 2 * ChunkWriter::ChunksPerTurn + 3;
    const int threadsBefore = threadCount();
    QTemporaryDir dir;
    std::vector<std::unique_ptr<QFile>> files;
    std::vector<std::unique_ptr<QCryptographicHash>> hashes;
    std::vector<std::unique_ptr<ChunkWriter>> writers;
    std::vector<QByteArray> expected(Files);
    for (int i = 0; i < Files; ++i) {
        files.push_back(std::make_unique<QFile>(dir.filePath(QString::number(i))));
        QVERIFY(files.back()->open(QIODevice::ReadWrite | QIODevice::Unbuffered));
        hashes.push_back(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256));
        writers.push_back(std::make_unique<ChunkWriter>([] { }));
        writers.back()->begin(files.back().get(), into(hashes.back().get()), 0);
    }
    int mostThreads = 0;
    for (int c = 0; c < Chunks; ++c) {
        for (int i = 0; i < Files; ++i) {
            const QByteArray chunk = randomBytes(4096 + c, quint32(i * 1000 + c));
            QVERIFY(writers.at(i)->write(chunk, chunk));
            expected[i] += chunk;
        }
        mostThreads = qMax(mostThreads, threadCount());
    }
    for (int i = 0; i < Files; ++i) {
        QVERIFY(writers.at(i)->finish());
        QCOMPARE(writers.at(i)->written(), expected.at(i).size());
        QVERIFY(files.at(i)->seek(0));
        QCOMPARE(files.at(i)->readAll(), expected.at(i));
        QCOMPARE(hashes.at(i)->result(), QCryptographicHash::hash(expected.at(i), QCryptographicHash::Sha256));
    }
    QVERIFY2(mostThreads <= threadsBefore + ChunkWriter::WriterThreads,
             qPrintable(QStringLiteral("%1 threads, %2 before").arg(mostThreads).arg(threadsBefore)));
}

QTEST_GUILESS_MAIN(tst_ChunkWriter)
#include "tst_chunkwriter.moc"
