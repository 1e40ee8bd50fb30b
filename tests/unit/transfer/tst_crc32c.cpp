// CRC-32C, which every chunk of a file transfer carries: the published
// check values, and the hardware path (three interleaved streams, combined)
// against the table-driven one on random data of every alignment and of
// lengths around each block boundary the hardware path switches at.
#include <Tandem/transferprotocol.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Tandem::TransferProtocol;

class tst_Crc32c : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkValues_data();
    void checkValues();
    void hardwareMatchesPortable();
    void detectsOneFlippedBit();
};

void tst_Crc32c::checkValues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // RFC 3720 (iSCSI), appendix B.4, and the usual "123456789" check.
    QByteArray ascending(32, Qt::Uninitialized);
    QByteArray descending(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i) {
        ascending[i] = char(i);
        descending[i] = char(31 - i);
    }
    QTest::newRow("empty") << QByteArray() << 0x00000000u;
    QTest::newRow("123456789") << QByteArrayLiteral("123456789") << 0xE3069283u;
    QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
    QTest::newRow("32 x 0xff") << QByteArray(32, '\xff') << 0x62A8AB43u;
    QTest::newRow("0..31") << ascending << 0x46DD794Eu;
    QTest::newRow("31..0") << descending << 0x113FDB5Cu;
}

void tst_Crc32c::checkValues()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(crc32c(data.constData(), data.size()), crc);
    QCOMPARE(crc32cPortable(data.constData(), data.size()), crc);
}

void tst_Crc32c::hardwareMatchesPortable()
{
    if (!crc32cIsHardware())
        qInfo("no SSE 4.2 here: crc32c() is the portable one, compared with itself");
    QRandomGenerator random(20261122);
    // Room for the largest length below at every offset.
    QByteArray buffer(3 * 8192 * 2 + 64, Qt::Uninitialized);
    for (char &c : buffer)
        c = char(random.bounded(256));
    // Lengths on both sides of every switch: 8 bytes, the short and long
    // three-stream blocks, and a 256 KiB chunk's worth of blocks.
    QList<qsizetype> lengths;
    for (qsizetype n = 0; n <= 80; ++n)
        lengths << n;
    for (qsizetype boundary :
         {qsizetype(3 * 256), qsizetype(2 * 3 * 256), qsizetype(3 * 8192), qsizetype(2 * 3 * 8192)}) {
        for (qsizetype delta = -9; delta <= 9; ++delta)
            lengths << boundary + delta;
    }
    for (int i = 0; i < 200; ++i)
        lengths << random.bounded(qsizetype(3 * 8192 * 2));
    for (qsizetype length : std::as_const(lengths)) {
        for (qsizetype offset = 0; offset < 8; ++offset) {
            const char *p = buffer.constData() + offset;
            if (crc32c(p, length) != crc32cPortable(p, length))
                QFAIL(qPrintable(QStringLiteral("differs at length %1, offset %2").arg(length).arg(offset)));
        }
    }
}

void tst_Crc32c::detectsOneFlippedBit()
{
    QRandomGenerator random(7);
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (char &c : chunk)
        c = char(random.bounded(256));
    const quint32 good = crc32c(chunk.constData(), chunk.size());
    // One bit in each of the three streams' blocks and in the tail.
    for (qsizetype at : {qsizetype(0), qsizetype(8192 + 5), qsizetype(2 * 8192 + 1), chunk.size() - 1}) {
        QByteArray damaged = chunk;
        damaged[at] = char(damaged[at] ^ 0x10);
        QVERIFY2(crc32c(damaged.constData(), damaged.size()) != good, qPrintable(QString::number(at)));
    }
}

QTEST_APPLESS_MAIN(tst_Crc32c)
#include "tst_crc32c.moc"
