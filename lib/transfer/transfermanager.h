#pragma once

#include "transfer.h"
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace Tandem {

class SessionManager;

// Call once at the start of main() in a process that transfers files.
// A transfer allocates a 256 KiB message per chunk on the event-loop thread
// and frees it on a worker thread once written or hashed. With glibc's
// defaults that memory went back to the kernel between chunks and every
// page was faulted in (and zeroed) anew: on the receiver one fault per
// 4 KiB received, a quarter of its system time per GiB. This keeps freed
// memory for reuse (no mmap below 4 MiB, trimming only above 32 MiB free);
// peak memory is unchanged, as it is what the chunks in flight use.
// Does nothing on other C libraries.
TANDEM_EXPORT void keepFreedMemoryForTransfers();

// One file to send and the name the receiver is offered for it
// ('/'-separated, relative; softbus' destPath).
struct TANDEM_EXPORT TransferSource
{
    QString path;
    QString name;
};

struct TransferManagerOptions
{
    // Where incoming files land unless Transfer::accept() names a folder.
    // Empty: the platform's download folder.
    QString downloadDir;
    // File bytes per chunk message (TransferProtocol::MaxChunkBytes at most).
    qint64 chunkBytes = 256 * 1024;
    // Chunks the sender keeps queued in its session, unacknowledged: enough
    // to keep the link busy, far below the session's 64 MiB queue bound,
    // and what bounds the sender's memory.
    qint64 maxQueuedBytes = 4 * 1024 * 1024;
    // Incoming transfers not finished yet (offered, under way or waiting
    // for their sender to come back) that one paired device may have here
    // at once; its next offer is declined, saying why. Each can hold an
    // open .part file and ChunkWriter::MaxQueuedBytes of queued chunks: a
    // device that offers and then stops sending must not collect them
    // until the process runs out of files or memory for everyone. 16
    // batches under way from one device is far beyond what a person sends
    // (each batch can carry TransferProtocol::MaxFilesPerOffer files).
    static constexpr int MaxUnfinishedTransfersPerPeer = 16;
    int maxUnfinishedTransfersPerPeer = MaxUnfinishedTransfersPerPeer;
    // The same over all devices: what every paired device together can hold
    // (at most 64 open .part files, 256 MiB of queued chunks). Four devices
    // at their own cap fit, so one device cannot take every slot.
    static constexpr int MaxUnfinishedTransfers = 64;
    int maxUnfinishedTransfers = MaxUnfinishedTransfers;
    // How often progressChanged() fires at most.
    std::chrono::milliseconds progressInterval{200};
    // An outgoing transfer whose peer stays away this long fails.
    std::chrono::milliseconds peerReturnTimeout{120000};
    // Tests only: called on each outgoing chunk after its checksum was
    // taken, so a test can damage it in flight. Null in production.
    std::function<void(int fileIndex, qint64 offset, QByteArray &chunk)> tamperWithChunkForTesting;
};

// Files between paired devices, over sessions of the service
// "tandem.files": offers, accept/reject, streaming with bounded memory,
// SHA-256 per file, resume after link drops and restarts of either side.
//
//     TransferManager files(&sessions);
//     Transfer *t = files.send(peerId, {u"/home/me/photos"_s}, &error);
//     connect(t, &Transfer::finished, ...);
//     // on the other device:
//     connect(&files, &TransferManager::incomingTransfer, [](Transfer *t) { t->accept(); });
//
// Incomplete incoming files are remembered in the profile
// (transfers.sqlite): an offer of the same files from the same device
// continues them where they stopped.
class TANDEM_EXPORT TransferManager : public QObject
{
    Q_OBJECT

public:
    using Options = TransferManagerOptions;
    static constexpr QLatin1StringView Service{"tandem.files"};
    // An accepted offer's empty folders are made this many entries per
    // event-loop pass (each at most LandingZone::MaxPathComponents deep),
    // before the accept goes out: a tree of thousands of folders must not
    // stall every other peer's messages while it is made.
    static constexpr int FoldersPerStep = 64;

    explicit TransferManager(SessionManager *sessions, const Options &options = {}, QObject *parent = nullptr);
    ~TransferManager() override;

    Options options() const;
    QString downloadDir() const;
    void setDownloadDir(const QString &dir);

    // Sends files and folders (folders whole, with their tree) to a paired
    // device. Null with `error` set for an unpaired device, a missing or
    // unreadable path, or an offer beyond TransferProtocol's bounds.
    Transfer *send(const QString &peerDeviceId, const QStringList &paths, QString *error);
    // The same with the offered names chosen by the caller. `tag` travels
    // with the offer (Transfer::tag() on both sides), so that an app can
    // tell which of its conversations a transfer belongs to; at most
    // TransferProtocol::MaxTagBytes.
    Transfer *send(const QString &peerDeviceId, const QList<TransferSource> &sources, QString *error,
                   const QString &tag = {});

    QList<Transfer *> transfers() const;
    // Deletes a finished transfer (later); unfinished ones are cancelled first.
    void forget(Transfer *transfer);

    // Whether offers from `deviceId` are accepted without asking; stored in
    // the profile's settings.
    bool autoAccepts(const QString &deviceId) const;
    bool setAutoAccept(const QString &deviceId, bool autoAccept, QString *error);

Q_SIGNALS:
    // A paired device offers files: accept() or reject() the transfer
    // (already Transferring when auto-accepted or resuming an accepted one).
    void incomingTransfer(Tandem::Transfer *transfer);
    void outgoingTransfer(Tandem::Transfer *transfer);

private:
    friend class Transfer;
    friend class TransferPrivate;
    std::unique_ptr<TransferManagerPrivate> d;
};

} // namespace Tandem
