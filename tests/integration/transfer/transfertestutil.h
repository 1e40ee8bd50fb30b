#pragma once

// Helpers shared by the transfer tests: files with known content, and the
// messages a crafted peer sends.

#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>
#include <Tandem/transferprotocol.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtCrypto>

namespace TandemTest {

inline QByteArray sha256Of(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// SHA-256 of large files through QCA's OpenSSL provider: QCryptographicHash
// is ten times slower and would dominate the 2 GiB test.
class FileHash
{
public:
    FileHash()
        : m_hash(QStringLiteral("sha256"), QStringLiteral("qca-ossl"))
    { }
    void add(const char *data, qint64 size) { m_hash.update(QCA::MemoryRegion(QByteArray::fromRawData(data, size))); }
    QByteArray result() { return m_hash.final().toByteArray(); }

private:
    QCA::Initializer m_init;
    QCA::Hash m_hash;
};

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    FileHash h;
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 n; (n = f.read(block.data(), block.size())) > 0;)
        h.add(block.constData(), n);
    return h.result();
}

// Writes `size` pseudo-random bytes (fixed seed) and returns their SHA-256.
inline QByteArray writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    FileHash h;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    while (size > 0) {
        const qint64 n = qMin<qint64>(size, block.size());
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        f.write(block.constData(), n);
        h.add(block.constData(), n);
        size -= n;
    }
    return h.result();
}

// Every file under `dir`, relative, sorted.
inline QStringList listTree(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

inline QByteArray offerMessage(const QByteArray &batch, const QCborArray &files, const QCborArray &dirs = {})
{
    QCborMap offer;
    offer.insert(QLatin1StringView("t"), QStringLiteral("offer"));
    offer.insert(QLatin1StringView("id"), batch);
    offer.insert(QLatin1StringView("files"), files);
    if (!dirs.isEmpty())
        offer.insert(QLatin1StringView("dirs"), dirs);
    return offer.toCborValue().toCbor();
}

inline QByteArray chunkMessage(quint32 file, quint32 epoch, qint64 offset, const QByteArray &data)
{
    using namespace Tandem::TransferProtocol;
    QByteArray message(ChunkHeaderBytes, Qt::Uninitialized);
    message.append(data);
    writeChunkHeader(message, file, epoch, offset, crc32c(data.constData(), data.size()));
    return message;
}

// A "tandem.files" session opened by hand from `from` to `peerId`, open
// once the peer accepted it (null otherwise): a sender of hand-made offers
// and chunks.
inline Tandem::Session *openRawFilesSession(Tandem::SessionManager &from, const QString &peerId)
{
    QString error;
    Tandem::Session *s
        = from.open(peerId, QString(Tandem::TransferManager::Service), QStringLiteral("crafted"), {}, &error);
    if (!s)
        return nullptr;
    QSignalSpy opened(s, &Tandem::Session::opened);
    return opened.wait(10000) ? s : nullptr;
}

} // namespace TandemTest
