#include "chunkwriter_p.h"

#include <QFile>

namespace Tandem {

ChunkWriter::ChunkWriter(std::function<void()> onFailure)
    : m_onFailure(std::move(onFailure))
    , m_thread([this] { run(); })
{ }

ChunkWriter::~ChunkWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
        m_queuedBytes = 0;
    }
    m_work.notify_one();
    m_thread.join();
}

void ChunkWriter::begin(QFile *file, Hash hash, qint64 written)
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_queue.empty() && !m_busy);
    m_active = true;
    m_file = file;
    m_hash = std::move(hash);
    m_written = written;
    m_failed = false;
    m_error.clear();
}

bool ChunkWriter::write(const QByteArray &message, QByteArrayView data)
{
    std::unique_lock lock(m_mutex);
    Q_ASSERT(m_active);
    // A chunk larger than the bound still goes, alone.
    m_progress.wait(lock, [&] { return m_failed || m_queue.empty() || m_queuedBytes + data.size() <= MaxQueuedBytes; });
    if (m_failed)
        return false;
    m_queue.push_back({message, data});
    m_queuedBytes += data.size();
    lock.unlock();
    m_work.notify_one();
    return true;
}

void ChunkWriter::waitIdle(std::unique_lock<std::mutex> &lock)
{
    m_progress.wait(lock, [&] { return !m_busy && (m_queue.empty() || m_failed); });
    m_queue.clear();
    m_queuedBytes = 0;
    m_active = false;
    m_file = nullptr;
    m_hash = {};
}

qint64 ChunkWriter::queuedBytes()
{
    std::lock_guard lock(m_mutex);
    return m_queuedBytes;
}

bool ChunkWriter::finish()
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
    return !m_failed;
}

void ChunkWriter::stop()
{
    std::unique_lock lock(m_mutex);
    m_queue.clear();
    m_queuedBytes = 0;
    waitIdle(lock);
}

void ChunkWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [&] { return m_quit || (!m_queue.empty() && !m_failed); });
        if (m_quit)
            return;
        Chunk chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= chunk.data.size();
        m_busy = true;
        // Room in the queue now, not only when this write ends: a link
        // thread that filled the queue must not wait out a whole slow write.
        m_progress.notify_all();
        QFile *file = m_file;
        const Hash &hash = m_hash; // not replaced while busy: begin() waits for idle
        lock.unlock();

        const qsizetype size = chunk.data.size();
        const bool ok = !file || file->write(chunk.data.data(), size) == size;
        if (ok)
            hash(chunk.data.data(), size);
        const QString error = ok ? QString() : file->errorString();
        chunk = {}; // the message's memory goes back outside the lock

        lock.lock();
        m_busy = false;
        if (ok) {
            m_written += size;
        } else {
            m_failed = true;
            m_error = error;
            m_queue.clear();
            m_queuedBytes = 0;
        }
        m_progress.notify_all();
        if (!ok) {
            lock.unlock();
            m_onFailure();
            lock.lock();
        }
    }
}

} // namespace Tandem
