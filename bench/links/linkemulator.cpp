#include "linkemulator.h"

#include <QByteArray>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <deque>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TandemBench {

namespace {

using Clock = std::chrono::steady_clock;

// Read from the sender at a time: at 1 Gbit/s a 16 KiB piece is 131 us on
// the wire, fine-grained enough that the rate is smooth at a round trip of
// 2 ms.
constexpr qsizetype PieceBytes = 16 * 1024;
// The bottleneck queue holds this long at the link's rate (a router's
// buffer; a bigger one only adds delay under load)...
constexpr std::chrono::milliseconds QueueTime{5};
// ...and at least a few pieces, so slow links still queue at all.
constexpr qint64 MinQueueBytes = 4 * PieceBytes;
// The relay's own socket buffers: small, or the kernel's (megabytes,
// autotuned) would be a second, unbounded queue in front of the bottleneck.
constexpr int RelaySocketBytes = 32 * 1024;
// Timer slack for the relay threads: wake-ups within 1 us of their time, so
// a 1 ms one-way delay is 1 ms.
constexpr unsigned long TimerSlackNs = 1000;

void setBuffers(int fd)
{
    const int bytes = RelaySocketBytes;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

timespec until(Clock::time_point when)
{
    const auto left = std::max(Clock::duration::zero(), when - Clock::now());
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
    return timespec{time_t(ns / 1000000000), long(ns % 1000000000)};
}

} // namespace

LinkEmulator::LinkEmulator(double bytesPerSecond, std::chrono::nanoseconds oneWayDelay, quint16 targetPort)
    : m_bytesPerSecond(bytesPerSecond)
    , m_delay(oneWayDelay)
    , m_targetPort(targetPort)
    , m_queueBytes(std::max(MinQueueBytes, qint64(bytesPerSecond * std::chrono::duration<double>(QueueTime).count())))
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    setBuffers(m_listener); // accepted sockets inherit them
    sockaddr_in address = loopback(0);
    socklen_t size = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_listener, 16) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &size) != 0) {
        std::perror("link emulator");
        std::exit(1);
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

LinkEmulator::~LinkEmulator()
{
    m_stopping = true;
    ::shutdown(m_listener, SHUT_RDWR);
    m_acceptor.join();
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_sockets)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &t : m_threads)
        t.join();
    for (int fd : m_sockets)
        ::close(fd);
    ::close(m_listener);
}

void LinkEmulator::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        const int target = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        setBuffers(target);
        const sockaddr_in address = loopback(m_targetPort);
        if (::connect(target, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(target);
            ::close(client);
            continue;
        }
        std::lock_guard lock(m_mutex);
        m_sockets.push_back(client);
        m_sockets.push_back(target);
        m_threads.emplace_back([this, client, target] { relay(client, target); });
        m_threads.emplace_back([this, client, target] { relay(target, client); });
    }
}

void LinkEmulator::relay(int from, int to)
{
    ::prctl(PR_SET_TIMERSLACK, TimerSlackNs);
    struct Piece
    {
        QByteArray bytes;
        qsizetype written = 0;
        Clock::time_point due; // when its last byte arrives at the far end
    };
    std::deque<Piece> line; // in the queue or on the wire, oldest first
    qint64 lineBytes = 0;
    // Bytes on the wire at full rate, plus the queue, plus a piece: more
    // than this buffered means the far end is not reading.
    const qint64 lineCapacity
        = m_queueBytes + PieceBytes + qint64(m_bytesPerSecond * std::chrono::duration<double>(m_delay).count());
    const auto perByte = std::chrono::duration<double>(1.0 / m_bytesPerSecond);
    const auto queueTime = std::chrono::duration_cast<Clock::duration>(perByte * double(m_queueBytes));
    Clock::time_point lastDeparture = Clock::now();
    bool ended = false;
    while (!m_stopping) {
        Clock::time_point now = Clock::now();
        // What has not left the bottleneck yet: it departs at lastDeparture.
        const bool queueFull = lastDeparture - now >= queueTime;
        const bool canRead = !ended && !queueFull && lineBytes < lineCapacity;
        const bool due = !line.empty() && line.front().due <= now;
        if (ended && line.empty()) {
            ::shutdown(to, SHUT_WR);
            return;
        }
        pollfd fds[2];
        nfds_t count = 0;
        if (canRead)
            fds[count++] = {from, POLLIN, 0};
        if (due)
            fds[count++] = {to, POLLOUT, 0};
        Clock::time_point wake = Clock::time_point::max();
        if (!due && !line.empty())
            wake = line.front().due;
        if (!ended && queueFull)
            wake = std::min(wake, lastDeparture - queueTime);
        const timespec timeout = until(wake);
        ::ppoll(fds, count, wake == Clock::time_point::max() ? nullptr : &timeout, nullptr);
        now = Clock::now();
        if (canRead && fds[0].revents) {
            QByteArray piece(PieceBytes, Qt::Uninitialized);
            const ssize_t n = ::recv(from, piece.data(), size_t(piece.size()), MSG_DONTWAIT);
            if (n > 0) {
                piece.truncate(n);
                lastDeparture
                    = std::max(now, lastDeparture) + std::chrono::duration_cast<Clock::duration>(perByte * double(n));
                lineBytes += n;
                line.push_back({std::move(piece), 0, lastDeparture + m_delay});
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                ended = true;
            }
        }
        while (!line.empty() && line.front().due <= now) {
            Piece &head = line.front();
            const ssize_t n = ::send(to, head.bytes.constData() + head.written,
                                     size_t(head.bytes.size() - head.written), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                break;
            if (n < 0) { // the far end is gone: so is this direction
                ::shutdown(from, SHUT_RD);
                return;
            }
            head.written += n;
            if (head.written == head.bytes.size()) {
                lineBytes -= head.bytes.size();
                line.pop_front();
            }
        }
    }
}

} // namespace TandemBench
