#pragma once

#include "chunkwriter_p.h"
#include "landingzone.h"
#include "transfer_p.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>

#include <memory>
#include <optional>

namespace Tandem {

// The receiving side of a transfer, as one state machine:
//
//   Offered      the offer came in (TransferManager checked it); the app
//                accepts (acceptOffer(): room checked, the offer's empty
//                folders made, then the answer with where each file
//                starts) or rejects; the sender may withdraw it.
//   Transferring chunks arrive in order (onBulk()), are checked (CRC-32C;
//                a damaged one asks for a rewind) and written to the
//                file's .part; an end message closes the file, whose
//                SHA-256 decides its verdict (finishFile()). Done once
//                every file has one.
//   Waiting      the session is away: it reconnects, or the sender offers
//                the same batch again once it is back and that offer
//                resumes this transfer (TransferManager accepts it anew).
class IncomingTransfer final : public TransferPrivate
{
public:
    IncomingTransfer(TransferManagerPrivate *manager, const QString &peer, const QByteArray &batch);
    ~IncomingTransfer() override;

    // Where files land.
    QString downloadDir;
    // The sanitised path of each entry of `files`.
    QList<SanitizedPath> sanitized;
    // Each file's reservation in the landing zone, once it has one.
    QList<std::optional<Landing>> landings;
    // The distinct folders the offer makes, `folders` and those on the
    // files' paths (at most TransferProtocol::MaxFoldersPerOffer).
    qsizetype folderTotal = 0;
    // The files the user chose (Transfer::acceptFiles()); empty: all. Kept
    // for the offer made again after the sender's restart, which resumes
    // with the same choice.
    QList<bool> chosen;

    // Checks the folder and its room, then answers the offer (or, for a
    // resumed batch, the offer made again); false with `error` set and
    // nothing sent when it cannot take the files.
    bool acceptOffer(const QString &dir, QString *error);

private:
    std::unique_ptr<LandingZone> zone;
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
    // The accept's "files" (the chosen indexes); empty when all are taken.
    QCborArray acceptChosen;

    void closeFiles() override;
    void parkFiles() override;
    void onBulk(const QByteArray &payload) override;
    void onPeerControl(const QString &type, const QCborMap &message, const QString &reason) override;
    void onPeerExited() override;
    void onFinished() override;

    void makeFolderStep(quint64 generation);
    bool openForWriting(int index);
    void finishFile(QByteArrayView sha256);
    void advanceReceiving(int index);
    // `writerFailed`: the chunk writer's finish() failed (it is idle, its
    // error and what it wrote whole are the details).
    void onDiskError(bool writerFailed = false);
    // A verified file that could not be renamed into place (LandingZone::
    // finalize() failed): kept whole for a resume, like a full disk.
    void onLandingFailed(const Landing &landing, const QString &reason);
    void onChunkWriterFailed();
    void refuseData(const QString &why);
};

} // namespace Tandem
