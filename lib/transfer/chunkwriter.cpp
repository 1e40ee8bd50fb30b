#include "chunkwriter_p.h"

#include "transfer_p.h"

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

void ChunkWriter::begin(QFile *file, Sha256 *hash, qint64 written)
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_queue.empty() && !m_busy);
    m_file = file;
    m_hash = hash;
    m_written = written;
    m_failed = false;
    m_error.clear();
}

bool ChunkWriter::write(const QByteArray &message, QByteArrayView data)
{
    std::unique_lock lock(m_mutex);
    Q_ASSERT(m_hash);
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
    m_file = nullptr;
    m_hash = nullptr;
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
        QFile *file = m_file;
        Sha256 *hash = m_hash;
        lock.unlock();

        const qsizetype size = chunk.data.size();
        const bool ok = !file || file->write(chunk.data.data(), size) == size;
        if (ok)
            hash->update(chunk.data.data(), size);
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
