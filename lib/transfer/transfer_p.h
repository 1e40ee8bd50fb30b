#pragma once

#include "transfer.h"
#include "transfermanager.h"
#include <Tandem/session.h>

#include <QtCrypto>

#include <QCborMap>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Tandem {

class IncomingTransfer;
class OutgoingTransfer;
class TransferManagerPrivate;

// Files at least this large are hashed (sender) or written and hashed
// (receiver) on a ChunkWriter's thread; a smaller one is done at once, as
// handing it over would cost more than doing it.
inline constexpr qint64 ThreadedChunkWorkFromBytes = 1024 * 1024;

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

// What both directions of a transfer share: the batch and its files, the
// state and why, progress, and the session with its control lane (cancel
// from either side, the session closing or coming back). The two state
// machines are OutgoingTransfer (offer, send, collect the verdicts) and
// IncomingTransfer (accept, receive, verify); they answer the hooks below.
class TransferPrivate
{
public:
    TransferPrivate(TransferManagerPrivate *manager, Transfer::Direction direction, const QString &peer,
                    const QByteArray &batch);
    virtual ~TransferPrivate();

    // The direction's own class; null for the other direction.
    OutgoingTransfer *outgoing();
    IncomingTransfer *incoming();

    Transfer *q = nullptr;
    TransferManagerPrivate *manager;
    const Transfer::Direction direction;
    QString peer;
    QByteArray batch;
    QString tag;
    Transfer::State state = Transfer::State::Offered;
    QString error;
    QList<TransferFile> files;
    QList<QByteArray> keys;
    // Empty folders of the offer, '/'-separated; sanitised on the receiver.
    QStringList folders;
    qint64 total = 0;
    qint64 done = 0; // sum of files' bytesDone
    int verifiedCount = 0;
    int failedCount = 0;
    // Files the receiver did not choose (TransferFile::skipped).
    int skippedCount = 0;
    QPointer<Session> session;
    // Where each file starts in the current session (accept's answer);
    // -1: verified before or not chosen, not sent (again).
    QList<qint64> starts;
    bool cancelledByUs = false;
    QTimer closeFallback;

    // Progress, reported at most every progressInterval.
    QTimer progressTimer;
    bool progressDirty = false;
    QElapsedTimer clock;
    std::deque<std::pair<qint64, qint64>> samples; // (ms, done)
    double rate = 0;

    // Once `q` is set: the timers' connections.
    virtual void setUp();
    void setState(Transfer::State next, const QString &reason = {});
    void finishWith(Transfer::State next, const QString &reason);
    virtual void attach(Session *s);
    void onMessage(Session::Kind kind, const QByteArray &payload);
    void onControl(const QCborMap &message);
    void onSessionClosed(Session::CloseReason reason, const QString &detail);
    void sendControl(QLatin1StringView type, QCborMap fields);
    void markProgress();
    void reportProgress();
    void setFileDone(int index, qint64 bytes);
    // The peer broke the protocol: say why, close the session, fail.
    void protocolError(const QString &what);
    void closeSessionSoon();
    // Ends the transfer from this side: tells the peer `type` (cancel,
    // reject) with `told` as its reason, lets the session go, and finishes
    // as `state` with `shown`.
    void endAndTell(QLatin1StringView type, const QString &told, Transfer::State state, const QString &shown);

    // What each direction does at the shared steps.
    // Closes the file being read or written (the transfer ends or its
    // session went).
    virtual void closeFiles() = 0;
    // While the session is away: closes the file being read or written,
    // keeping where it stopped (and its hash) to reopen it when data flows
    // again, so that a waiting transfer holds no open file.
    virtual void parkFiles() = 0;
    // A message on the bytes lane.
    virtual void onBulk(const QByteArray &payload) = 0;
    // A control message other than a cancel; `reason` is already bounded.
    virtual void onPeerControl(const QString &type, const QCborMap &message, const QString &reason) = 0;
    // The session reconnected after a link drop while we were Waiting.
    virtual void onSessionResumed() { }
    // The peer quit or restarted while the transfer was unfinished.
    virtual void onPeerExited() = 0;
    // The transfer just reached its final state.
    virtual void onFinished() { }
};

} // namespace Tandem
