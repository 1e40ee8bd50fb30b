#include "chunkwriter_p.h"

#include <QCoreApplication>
#include <QFile>

#include <thread>
#include <vector>

namespace Tandem {

// The writer threads every ChunkWriter shares: a queue of writers with a
// turn due, and up to ChunkWriter::WriterThreads threads taking them in
// order, started as they are needed. Plain std primitives rather than a
// QThreadPool: the hand-over of a writer between threads is then visible to
// ThreadSanitizer, which cannot see inside the distribution's Qt.
class WriterThreadSet
{
public:
    // Never destroyed: its threads are joined from QCoreApplication's
    // destructor, while the program still runs normally. A static's
    // destructor would join them during exit, which on Windows runs in
    // libtandem's DllMain under the loader lock after ExitProcess has ended
    // every other thread: tandem-cli.exe then never exited (issue 21).
    static WriterThreadSet &instance()
    {
        static WriterThreadSet *const threads = [] {
            auto *set = new WriterThreadSet;
            qAddPostRoutine([] { instance().stop(); });
            return set;
        }();
        return *threads;
    }

    void queue(ChunkWriter *writer)
    {
        std::lock_guard lock(m_mutex);
        m_due.push_back(writer);
        if (m_idle == 0 && int(m_threads.size()) < ChunkWriter::WriterThreads)
            m_threads.emplace_back([this] { run(); });
        else
            m_work.notify_one();
    }

private:
    // Lets the threads go once they are idle (every ChunkWriter is gone by
    // the time the application is); a later queue() starts new ones.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_work.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
        std::lock_guard lock(m_mutex);
        m_threads.clear();
        m_idle = 0;
        m_quit = false;
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            ++m_idle;
            m_work.wait(lock, [&] { return m_quit || !m_due.empty(); });
            --m_idle;
            if (m_quit)
                return;
            ChunkWriter *writer = m_due.front();
            m_due.pop_front();
            lock.unlock();
            writer->runTurn();
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_work;
    std::deque<ChunkWriter *> m_due; // in the order their turns came due
    std::vector<std::thread> m_threads;
    int m_idle = 0;
    bool m_quit = false;
};

ChunkWriter::ChunkWriter(std::function<void()> onFailure)
    : m_onFailure(std::move(onFailure))
{ }

ChunkWriter::~ChunkWriter()
{
    std::unique_lock lock(m_mutex);
    m_queue.clear();
    m_queuedBytes = 0;
    // A turn under way ends after its current write, as nothing is queued.
    m_progress.wait(lock, [&] { return !m_scheduled; });
}

void ChunkWriter::begin(QFile *file, Hash hash, qint64 written)
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_queue.empty() && !m_scheduled);
    m_active = true;
    m_file = file;
    m_hash = std::move(hash);
    m_written = written;
    m_failed = false;
    m_error.clear();
}

void ChunkWriter::schedule()
{
    WriterThreadSet::instance().queue(this);
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
    if (!m_scheduled) {
        m_scheduled = true;
        lock.unlock();
        schedule();
    }
    return true;
}

void ChunkWriter::waitIdle(std::unique_lock<std::mutex> &lock)
{
    m_progress.wait(lock, [&] { return !m_scheduled; });
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

void ChunkWriter::runTurn()
{
    std::unique_lock lock(m_mutex);
    bool failedNow = false;
    for (int n = 0; n < ChunksPerTurn && !m_queue.empty() && !m_failed; ++n) {
        Chunk chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= chunk.data.size();
        // Room in the queue now, not only when this write ends: a link
        // thread that filled the queue must not wait out a whole slow write.
        m_progress.notify_all();
        QFile *file = m_file;
        const Hash &hash = m_hash; // not replaced while scheduled: begin() waits for idle
        lock.unlock();

        const qsizetype size = chunk.data.size();
        const bool ok = !file || file->write(chunk.data.data(), size) == size;
        if (ok)
            hash(chunk.data.data(), size);
        const QString error = ok ? QString() : file->errorString();
        chunk = {}; // the message's memory goes back outside the lock

        lock.lock();
        if (ok) {
            m_written += size;
        } else {
            m_failed = true;
            failedNow = true;
            m_error = error;
            m_queue.clear();
            m_queuedBytes = 0;
        }
    }
    if (failedNow) {
        // Still scheduled: the writer cannot go away meanwhile.
        lock.unlock();
        m_onFailure();
        lock.lock();
    }
    if (!m_queue.empty() && !m_failed) {
        // The turn is over: behind the writers waiting, if any.
        lock.unlock();
        schedule();
        return;
    }
    m_scheduled = false;
    // Under the lock: once a waiter sees m_scheduled false it may destroy
    // this writer, and this thread touches nothing of it after unlocking.
    m_progress.notify_all();
}

} // namespace Tandem
