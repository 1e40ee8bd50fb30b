// tandem-e2e-impair LEFT RIGHT [--loss PCT] [--delay-ms MS] [--jitter-ms MS]
//                              [--reorder PCT] [--seed N]
//
// A two-port switch with faults, for kernels built without netem: forwards
// every Ethernet frame that arrives on LEFT out of RIGHT and the other way,
// dropping PCT % of them, holding the rest for MS ± jitter milliseconds,
// and sending REORDER % at once so that they overtake those held (netem's
// "reorder"). Fixed seed: the same run drops the same frames.
//
// Frames are read and written with their virtio-net header
// (PACKET_VNET_HDR), so checksums left to the hardware and segmentation
// offloads pass through as the kernel handed them over. Runs until killed.

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace {

// struct virtio_net_hdr (linux/virtio_net.h, which C++ cannot include): it
// precedes every frame read or written with PACKET_VNET_HDR.
constexpr size_t VnetHeaderBytes = 10;
// A frame with its virtio-net header; 64 KiB segments plus headroom.
constexpr size_t MaxFrameBytes = 256 * 1024;
// Frames held at once; beyond this, arriving frames are dropped (a full
// queue, as on a real link) rather than memory growing without bound.
constexpr size_t MaxHeldFrames = 65536;

using Clock = std::chrono::steady_clock;

struct Held
{
    Clock::time_point due;
    Clock::time_point arrived;
    unsigned long long order; // arrival order breaks ties
    int out;
    std::vector<char> frame;
    bool operator>(const Held &other) const { return due != other.due ? due > other.due : order > other.order; }
};

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "tandem-e2e-impair: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(1);
}

int openPort(const char *name)
{
    const unsigned index = if_nametoindex(name);
    if (index == 0)
        die(std::string("no interface ") + name);
    const int fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, htons(ETH_P_ALL));
    if (fd < 0)
        die("socket");
    const int on = 1;
    if (setsockopt(fd, SOL_PACKET, PACKET_VNET_HDR, &on, sizeof on) != 0)
        die("PACKET_VNET_HDR");
    // Not what we send ourselves on this port: only what arrives on it.
    if (setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &on, sizeof on) != 0)
        die("PACKET_IGNORE_OUTGOING");
    sockaddr_ll address{};
    address.sll_family = AF_PACKET;
    address.sll_protocol = htons(ETH_P_ALL);
    address.sll_ifindex = int(index);
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        die(std::string("bind ") + name);
    packet_mreq promiscuous{};
    promiscuous.mr_ifindex = int(index);
    promiscuous.mr_type = PACKET_MR_PROMISC;
    if (setsockopt(fd, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &promiscuous, sizeof promiscuous) != 0)
        die("promiscuous mode");
    return fd;
}

double number(const char *text, const char *option)
{
    char *end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || *end != '\0' || value < 0) {
        std::fprintf(stderr, "tandem-e2e-impair: %s takes a number >= 0, got \"%s\"\n", option, text);
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: tandem-e2e-impair LEFT RIGHT [--loss PCT] [--delay-ms MS] [--jitter-ms MS] "
                     "[--reorder PCT] [--seed N]\n");
        return 2;
    }
    double loss = 0, delayMs = 0, jitterMs = 0, reorder = 0, seed = 1;
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const double value = number(argv[i + 1], argv[i]);
        if (option == "--loss")
            loss = value / 100;
        else if (option == "--delay-ms")
            delayMs = value;
        else if (option == "--jitter-ms")
            jitterMs = value;
        else if (option == "--reorder")
            reorder = value / 100;
        else if (option == "--seed")
            seed = value;
        else {
            std::fprintf(stderr, "tandem-e2e-impair: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    if (jitterMs > delayMs) {
        std::fprintf(stderr, "tandem-e2e-impair: the jitter cannot exceed the delay\n");
        return 2;
    }

    const int ports[2] = {openPort(argv[1]), openPort(argv[2])};
    std::mt19937_64 random(static_cast<unsigned long long>(seed));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::priority_queue<Held, std::vector<Held>, std::greater<>> held;
    unsigned long long order = 0, forwarded = 0, dropped = 0, reordered = 0;
    double heldMsTotal = 0;
    // What it did, once a second when something changed: the harness checks
    // that the faults were really applied.
    auto lastReport = Clock::now();
    unsigned long long reportedAt = 0;
    auto report = [&] {
        if (order == reportedAt)
            return;
        reportedAt = order;
        std::printf("frames %llu: forwarded %llu, dropped %llu, sent at once %llu, mean hold %.1f ms\n", order,
                    forwarded, dropped, reordered, forwarded ? heldMsTotal / double(forwarded) : 0.0);
        std::fflush(stdout);
    };
    std::vector<char> buffer(MaxFrameBytes);

    std::printf("forwarding %s <-> %s: loss %.1f %%, delay %.0f ± %.0f ms, %.0f %% reordered\n", argv[1], argv[2],
                loss * 100, delayMs, jitterMs, reorder * 100);
    std::fflush(stdout);

    for (;;) {
        if (Clock::now() - lastReport >= std::chrono::seconds(1)) {
            lastReport = Clock::now();
            report();
        }
        int timeoutMs = 1000;
        if (!held.empty()) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(held.top().due - Clock::now());
            timeoutMs = int(std::max<long long>(0, wait.count()));
        }
        pollfd fds[2] = {{ports[0], POLLIN, 0}, {ports[1], POLLIN, 0}};
        if (poll(fds, 2, timeoutMs) < 0 && errno != EINTR)
            die("poll");
        for (int side = 0; side < 2; ++side) {
            if (!(fds[side].revents & POLLIN))
                continue;
            for (;;) {
                const ssize_t size = recv(ports[side], buffer.data(), buffer.size(), 0);
                if (size < 0) {
                    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                        break;
                    die("recv");
                }
                if (size_t(size) <= VnetHeaderBytes)
                    continue;
                ++order;
                if (unit(random) < loss || held.size() >= MaxHeldFrames) {
                    ++dropped;
                    continue;
                }
                const auto arrived = Clock::now();
                auto due = arrived;
                if (unit(random) >= reorder) {
                    const double ms = delayMs + (unit(random) * 2 - 1) * jitterMs;
                    due += std::chrono::microseconds(static_cast<long long>(ms * 1000));
                } else {
                    ++reordered;
                }
                held.push(
                    {due, arrived, order, ports[1 - side], std::vector<char>(buffer.data(), buffer.data() + size)});
            }
        }
        const auto now = Clock::now();
        while (!held.empty() && held.top().due <= now) {
            const Held &frame = held.top();
            // A port that is down refuses frames: that is the link cut.
            if (send(frame.out, frame.frame.data(), frame.frame.size(), 0) >= 0) {
                ++forwarded;
                heldMsTotal += std::chrono::duration<double, std::milli>(now - frame.arrived).count();
            } else {
                ++dropped;
            }
            held.pop();
        }
    }
}
