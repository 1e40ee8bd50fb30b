#pragma once

// A TCP relay that behaves like a slower, longer link: what one side sends
// leaves a bounded bottleneck queue at a fixed rate and arrives a fixed
// one-way delay later, in both directions. It needs no privileges and no
// netem, so the links suite runs on any Linux machine. Linux only (POSIX
// sockets and ppoll); bench programs are not lib/ and may.

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace TandemBench {

class LinkEmulator
{
public:
    // Relays connections made to port() to 127.0.0.1:`targetPort`.
    LinkEmulator(double bytesPerSecond, std::chrono::nanoseconds oneWayDelay, quint16 targetPort);
    ~LinkEmulator();
    LinkEmulator(const LinkEmulator &) = delete;
    LinkEmulator &operator=(const LinkEmulator &) = delete;

    quint16 port() const { return m_port; }
    // The bottleneck's queue: what it holds before the sender must wait.
    qint64 queueBytes() const { return m_queueBytes; }

private:
    void acceptLoop();
    void relay(int from, int to);

    double m_bytesPerSecond;
    std::chrono::nanoseconds m_delay;
    quint16 m_targetPort;
    qint64 m_queueBytes;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::vector<int> m_sockets;
    std::vector<std::thread> m_threads;
    std::thread m_acceptor;
};

} // namespace TandemBench
