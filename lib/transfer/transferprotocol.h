#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QtEndian>

#include <cstring>
#include <optional>

// The file transfer protocol, on a session of service "tandem.files"
// opened by the sender (see docs/files.md):
//
// Text lane, one CBOR map per message, key "t" the type:
//   offer    {t, id: bytes(16) batch, files: [{p: path, s: size, k: bytes(16) key}], tag?: text,
//             dirs?: [path]}  empty folders, created by the receiver; files
//             and dirs together at most MaxFilesPerOffer, sizes together at
//             most MaxOfferTotalBytes, folders (dirs and those on the files'
//             paths) at most MaxFoldersPerOffer. Optional, so a
//             receiver that predates it ignores it (and the folders).
//   accept   {t, start: [offset per file; -1: already verified earlier or not
//             chosen], files?: [index]}  the receiver took only these files
//             (strictly ascending indexes into the offer, at least one); the
//             others have start -1, so a sender that predates "files" sends
//             none of them either. Without "files": every file.
//   reject   {t, reason}
//   cancel   {t, reason}                         either side
//   rewind   {t, f: file, o: offset, e: epoch}   receiver: resend from here
//   verified {t, f: file}                        receiver: SHA-256 matched, renamed
//   failed   {t, f: file, reason}                receiver: this file cannot land
//
// Bytes lane, binary, in file order:
//   chunk    u8 0 | u32 file | u32 epoch | u64 offset | u32 crc32c | bytes
//   end      u8 1 | u32 file | u32 epoch | u64 size   | 32 bytes SHA-256
//
// A chunk whose CRC-32C does not match is dropped, and the receiver asks
// for a rewind with a new epoch; chunks of older epochs are then ignored
// until the resent data arrives.
namespace Tandem::TransferProtocol {

// Bounds: a message breaking one is refused and closes the session.
inline constexpr int MaxFilesPerOffer = 100000;
inline constexpr qint64 MaxOfferBytes = qint64(32) * 1024 * 1024; // CBOR of one offer
inline constexpr qsizetype MaxControlBytes = 64 * 1024; // any other text-lane message
inline constexpr qsizetype MaxOfferedNameBytes = 4096; // one offered path, before sanitising
inline constexpr qint64 MaxFileBytes = qint64(1) << 50; // 1 PiB
// The sizes of one offer's files together. Summed as they are read (and
// with overflow checks): 16,384 files of MaxFileBytes once summed to 2^64,
// a "total" of 0 that fit on any disk. No disk holds more than a PiB; sums
// of at most MaxFilesPerOffer sizes up to this stay far from qint64's limit.
inline constexpr qint64 MaxOfferTotalBytes = MaxFileBytes;
// Distinct folders an offer makes: its "dirs" and every folder on its
// files' paths, each prefix counted once ("a/b/c" is three). A 200 KiB offer
// of folders 32 deep once made 96,000 of them (375 MiB, seconds of
// mkdir on the event loop). A large real tree (a Linux kernel source tree
// has ~5,000 folders) fits, at 64 MiB of directories at most.
inline constexpr int MaxFoldersPerOffer = 16384;
inline constexpr qint64 MaxChunkBytes = 256 * 1024;
inline constexpr qsizetype MaxReasonChars = 200;
inline constexpr qsizetype MaxTagBytes = 255; // the offer's optional "tag"
inline constexpr qsizetype BatchIdBytes = 16;
inline constexpr qsizetype FileKeyBytes = 16;
inline constexpr qsizetype Sha256Bytes = 32;
// Consecutive corrupt chunks tolerated before the file fails.
inline constexpr int MaxRewindsPerFile = 16;

inline constexpr QLatin1StringView Offer{"offer"};
inline constexpr QLatin1StringView Accept{"accept"};
inline constexpr QLatin1StringView Reject{"reject"};
inline constexpr QLatin1StringView Cancel{"cancel"};
inline constexpr QLatin1StringView Rewind{"rewind"};
inline constexpr QLatin1StringView Verified{"verified"};
inline constexpr QLatin1StringView Failed{"failed"};

enum class BulkKind : quint8 { Chunk = 0, End = 1 };

inline constexpr qsizetype ChunkHeaderBytes = 1 + 4 + 4 + 8 + 4;
inline constexpr qsizetype EndBytes = 1 + 4 + 4 + 8 + Sha256Bytes;

struct BulkHeader
{
    BulkKind kind;
    quint32 file;
    quint32 epoch;
    qint64 offset; // chunk: where its bytes go; end: the file's size
    quint32 crc; // chunk only
    QByteArrayView data; // chunk: the bytes; end: the SHA-256
};

// CRC-32C (Castagnoli), hardware-accelerated where the CPU has it.
TANDEM_AUTOTEST_EXPORT quint32 crc32c(const char *data, qsizetype size);
// The table-driven CRC-32C that crc32c() falls back on without SSE 4.2 or
// ARMv8 CRC32;
// for tests comparing the two.
TANDEM_AUTOTEST_EXPORT quint32 crc32cPortable(const char *data, qsizetype size);
// Whether crc32c() uses the CPU's crc32 instruction here.
TANDEM_AUTOTEST_EXPORT bool crc32cIsHardware();

// Writes a chunk header at the start of `message`, whose bytes after
// ChunkHeaderBytes are the chunk's data (read there directly, no copy).
inline void writeChunkHeader(QByteArray &message, quint32 file, quint32 epoch, qint64 offset, quint32 crc)
{
    char *p = message.data();
    p[0] = char(BulkKind::Chunk);
    qToBigEndian(file, p + 1);
    qToBigEndian(epoch, p + 5);
    qToBigEndian(quint64(offset), p + 9);
    qToBigEndian(crc, p + 17);
}

inline QByteArray encodeEnd(quint32 file, quint32 epoch, qint64 size, const QByteArray &sha256)
{
    QByteArray message(EndBytes, Qt::Uninitialized);
    char *p = message.data();
    p[0] = char(BulkKind::End);
    qToBigEndian(file, p + 1);
    qToBigEndian(epoch, p + 5);
    qToBigEndian(quint64(size), p + 9);
    std::memcpy(p + 17, sha256.constData(), Sha256Bytes);
    return message;
}

// Null for anything malformed (unknown kind, short, oversized chunk).
inline std::optional<BulkHeader> decodeBulk(QByteArrayView message)
{
    if (message.isEmpty())
        return std::nullopt;
    const char *p = message.data();
    const auto kind = BulkKind(quint8(p[0]));
    if (kind == BulkKind::Chunk) {
        if (message.size() < ChunkHeaderBytes || message.size() - ChunkHeaderBytes > MaxChunkBytes)
            return std::nullopt;
        const quint64 offset = qFromBigEndian<quint64>(p + 9);
        if (offset > quint64(MaxFileBytes))
            return std::nullopt;
        return BulkHeader{kind,           qFromBigEndian<quint32>(p + 1),  qFromBigEndian<quint32>(p + 5),
                          qint64(offset), qFromBigEndian<quint32>(p + 17), message.sliced(ChunkHeaderBytes)};
    }
    if (kind == BulkKind::End) {
        if (message.size() != EndBytes)
            return std::nullopt;
        const quint64 size = qFromBigEndian<quint64>(p + 9);
        if (size > quint64(MaxFileBytes))
            return std::nullopt;
        return BulkHeader{
            kind, qFromBigEndian<quint32>(p + 1), qFromBigEndian<quint32>(p + 5), qint64(size), 0, message.sliced(17)};
    }
    return std::nullopt;
}

} // namespace Tandem::TransferProtocol
