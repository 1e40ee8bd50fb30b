#pragma once

#include "chunkwriter_p.h"
#include "landingzone.h"
#include "transfer.h"
#include "transfermanager.h"
#include <Tandem/session.h>

#include <QtCrypto>

#include <QCborArray>
#include <QCborMap>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

namespace Tandem {

class TransferManagerPrivate;

// SHA-256 through QCA's OpenSSL provider: several times faster than
// QCryptographicHash, and it is what a 1 GiB transfer spends most on.
class Sha256
{
public:
    Sha256();
    void reset() { m_hash.clear(); }
    void update(const char *data, qsizetype size);
    QByteArray finish();
    // Hashes the first `bytes` of an open file, in large blocks; false on a
    // read error.
    bool updateFromFile(QFile &file, qint64 bytes);

private:
    QCA::Hash m_hash;
};

class TransferPrivate
{
public:
    TransferPrivate(TransferManagerPrivate *manager, Transfer::Direction direction, const QString &peer,
                    const QByteArray &batch);
    ~TransferPrivate();

    Transfer *q = nullptr;
    TransferManagerPrivate *manager;
    Transfer::Direction direction;
    QString peer;
    QByteArray batch;
    QString tag;
    Transfer::State state = Transfer::State::Offered;
    QString error;
    QList<TransferFile> files;
    QList<QByteArray> keys;
    // Empty folders of the offer, '/'-separated; sanitised on the receiver.
    QStringList folders;
    // Receiver: the distinct folders the offer makes, `folders` and those
    // on the files' paths (at most TransferProtocol::MaxFoldersPerOffer).
    qsizetype folderTotal = 0;
    qint64 total = 0;
    qint64 done = 0; // sum of files' bytesDone
    int verifiedCount = 0;
    int failedCount = 0;
    QPointer<Session> session;
    // Where each file starts in the current session (accept's answer);
    // -1: verified before, not sent again.
    QList<qint64> starts;
    bool cancelledByUs = false;
    QTimer closeFallback;

    // Progress, reported at most every progressInterval.
    QTimer progressTimer;
    bool progressDirty = false;
    QElapsedTimer clock;
    std::deque<std::pair<qint64, qint64>> samples; // (ms, done)
    double rate = 0;
    qint64 bytesSent = 0;

    // Sending.
    QStringList sources;
    int sendIndex = 0;
    qint64 sendOffset = 0;
    quint32 epoch = 0;
    QFile reader;
    int readerIndex = -1;
    std::optional<Sha256> sendHash;
    int hashIndex = -1;
    qint64 hashedUpTo = 0;
    // Hashes a large file's chunks on a thread of its own while this one
    // sends them; made on the first such file, active while it owns
    // sendHash.
    std::unique_ptr<ChunkWriter> sendHasher;
    struct InFlight
    {
        qint64 sequence;
        int file;
        qint64 end;
    };
    std::deque<InFlight> inFlight;
    bool allSent = false;
    QTimer peerReturn;

    // Receiving.
    QString downloadDir;
    std::unique_ptr<LandingZone> zone;
    QList<SanitizedPath> sanitized;
    QList<std::optional<Landing>> landings;
    int recvIndex = 0;
    quint32 recvEpoch = 0;
    QFile writer;
    int writerIndex = -1;
    std::optional<Sha256> recvHash;
    // Large files are written on a thread of their own (see ChunkWriter);
    // made on the first one, active while it owns writer and recvHash.
    std::unique_ptr<ChunkWriter> chunkWriter;
    // Bytes of the current file checked and written (or queued for the
    // chunk writer).
    qint64 written = 0;
    int rewinds = 0;
    // The offer's empty folders are made FoldersPerStep at a time, before
    // the accept (with `acceptStarts`) goes out; data before that is
    // refused. A new accept (a resume) starts a new generation.
    bool foldersPending = false;
    qsizetype folderStep = 0;
    quint64 folderGeneration = 0;
    QCborArray acceptStarts;

    // Both.
    void setState(Transfer::State next, const QString &reason = {});
    void finishWith(Transfer::State next, const QString &reason);
    void attach(Session *s);
    void onMessage(Session::Kind kind, const QByteArray &payload);
    void onControl(const QCborMap &message);
    void onSessionClosed(Session::CloseReason reason, const QString &detail);
    void sendControl(QLatin1StringView type, QCborMap fields);
    void closeFiles();
    // While the session is away: closes the file being read or written,
    // keeping where it stopped (and its hash) to reopen it when data flows
    // again, so that a waiting transfer holds no open file.
    void parkFiles();
    void markProgress();
    void reportProgress();
    void setFileDone(int index, qint64 bytes);
    // The peer broke the protocol: say why, close the session, fail.
    void protocolError(const QString &what);
    void closeSessionSoon();

    // Sending.
    void sendOffer();
    void onAccepted(const QCborMap &message);
    void pumpSend();
    void advanceTo(int index);
    bool openForReading(int index);
    void stopSendHasher();
    void onDelivered(Session::Kind kind, qint64 sequence);
    void onPeerVerdict(int index, bool verified, const QString &reason);
    void waitForPeer();

    // Receiving.
    bool acceptOffer(const QString &dir, QString *error);
    void makeFolderStep(quint64 generation);
    void onBulk(const QByteArray &payload);
    bool openForWriting(int index);
    void finishFile(QByteArrayView sha256);
    void advanceReceiving(int index);
    // `writerFailed`: the chunk writer's finish() failed (it is idle, its
    // error and what it wrote whole are the details).
    void onDiskError(bool writerFailed = false);
    void onChunkWriterFailed();
    void refuseData(const QString &why);
};

} // namespace Tandem
