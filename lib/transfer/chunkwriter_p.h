#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace Tandem {

// Writes a received file and hashes it off the event-loop thread, so that
// the receiver's event loop only decrypts, decodes and checks chunks. On two
// cores, the copy into the page cache and SHA-256 were half of the
// receiver's CPU, done in turn with reading the socket; the sender then
// waited for credit that the busy receiver could not return.
//
// The sender uses it without a file, to hash what it sends: SHA-256 was a
// third of its CPU too.
//
// Every ChunkWriter of the process shares WriterThreads threads: a writer
// with chunks queued has one turn due at a time, so a file's chunks are
// written in order; after ChunksPerTurn chunks it gives its thread to the
// next writer due and queues itself again. A writer with nothing queued
// holds no thread: a peer that starts many transfers and stops sending
// cannot make one thread per transfer.
//
// Ownership of the file and hash goes back and forth: the worker holds them
// from begin() until finish() or stop() returns; in between, the caller
// must not touch them. Received chunks are queued by reference (the
// message's bytes, shared, not copied), at most MaxQueuedBytes; write()
// blocks the caller beyond that, which only happens when the disk is slower
// than the link.
class ChunkWriter
{
public:
    // Queued chunk bytes at most: what the receiver holds in memory for a
    // slow disk, on top of the session's own buffers, and what a receiver
    // that is killed (not closed: closing writes the queue first) has
    // acknowledged but not written, so the sender sends it again. 16 chunks
    // of the default 256 KiB: plenty to ride out the disk's hiccups.
    static constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;
    // Threads that every ChunkWriter of the process shares, whatever the
    // number of transfers: enough for a few large files written and hashed
    // at once at disk speed (SHA-256 runs at over 1 GB/s per core, faster
    // than any link), as many as a laptop has cores. Beyond four files at
    // once, writers take turns.
    static constexpr int WriterThreads = 4;
    // Chunks one writer writes before it lets the next writer waiting have
    // the thread: its whole queue at the default chunk size (16 x 256 KiB =
    // MaxQueuedBytes), so a busy transfer keeps its pace and a turn lasts
    // only as long as writing 4 MiB.
    static constexpr int ChunksPerTurn = 16;

    // `onFailure` runs on a writer thread when a write fails, once per
    // begin(); the caller then learns the details from stop().
    explicit ChunkWriter(std::function<void()> onFailure);
    ~ChunkWriter();
    Q_DISABLE_COPY_MOVE(ChunkWriter)

    // Feeds the bytes written to a digest (Sha256::update).
    using Hash = std::function<void(const char *data, qsizetype size)>;

    // `file` is open and positioned where the next byte goes, `written`
    // bytes from its start; `hash` has seen those bytes. Without a file,
    // chunks are only hashed.
    void begin(QFile *file, Hash hash, qint64 written);
    bool isActive() const { return m_active; }
    // Bytes queued and not yet taken by the worker (tests watch the bound).
    qint64 queuedBytes();
    // Queues `data`, which lies inside `message` (kept alive until written).
    // False once a write failed: nothing more is written.
    bool write(const QByteArray &message, QByteArrayView data);
    // Waits until everything queued is written; the file and hash are the
    // caller's again. False if a write failed.
    bool finish();
    // Drops what is still queued and waits for the write under way; the
    // file and hash are the caller's again.
    void stop();
    // After finish() or stop(): bytes from the file's start that were
    // written whole, and why a write failed (empty if none did).
    qint64 written() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    friend class WriterThreadSet;
    struct Chunk
    {
        QByteArray message;
        QByteArrayView data;
    };
    // One turn on a writer thread: up to ChunksPerTurn chunks.
    void runTurn();
    void schedule();
    void waitIdle(std::unique_lock<std::mutex> &lock);

    std::function<void()> m_onFailure;
    // Guarded by m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_progress; // to the caller: room, or idle
    std::deque<Chunk> m_queue;
    qint64 m_queuedBytes = 0;
    // A turn is queued on the writer threads or running: no other is
    // queued, so chunks are written in order; ~ChunkWriter waits for it.
    bool m_scheduled = false;
    bool m_failed = false;
    bool m_active = false; // the caller's thread only
    QFile *m_file = nullptr;
    Hash m_hash;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace Tandem
