#pragma once

#include "chunkwriter_p.h"
#include "transfer_p.h"

#include <QCborMap>
#include <QFile>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace Tandem {

// The sending side of a transfer, as one state machine:
//
//   Offered      the offer went out when the session opened (sendOffer());
//                the receiver accepts (onAccepted(): where each file
//                starts), rejects or cancels.
//   Transferring chunks are read, hashed and queued while the session has
//                room (pumpSend()), each file closed by an end message
//                with its SHA-256; delivered chunks count as done; a
//                rewind resends from where a chunk arrived damaged; the
//                receiver's verdict per file (onPeerVerdict()) ends it
//                once every file has one.
//   Waiting      the session is away: it reconnects (Transferring again),
//                or the peer restarted and the offer goes out again once
//                it is back (waitForPeer()), within peerReturnTimeout.
class OutgoingTransfer final : public TransferPrivate
{
public:
    OutgoingTransfer(TransferManagerPrivate *manager, const QString &peer, const QByteArray &batch);
    ~OutgoingTransfer() override;

    // The source file of each entry of `files`.
    QStringList sources;
    // File bytes handed to the session, re-sends included.
    qint64 bytesSent = 0;

    void setUp() override;
    void attach(Session *s) override;

private:
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
    // Runs while the peer is away after a restart: Failed when it is not
    // back in time.
    QTimer peerReturn;

    void closeFiles() override;
    void parkFiles() override;
    void onBulk(const QByteArray &payload) override;
    void onPeerControl(const QString &type, const QCborMap &message, const QString &reason) override;
    void onSessionResumed() override;
    void onPeerExited() override;
    void onFinished() override;

    void sendOffer();
    void onAccepted(const QCborMap &message);
    void onRewind(const QCborMap &message);
    void pumpSend();
    void advanceTo(int index);
    bool openForReading(int index);
    void stopSendHasher();
    void onDelivered(Session::Kind kind, qint64 sequence);
    void onPeerVerdict(int index, bool verified, const QString &reason);
    void waitForPeer();
};

} // namespace Tandem
