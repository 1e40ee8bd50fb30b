// tandem-bt-h4relay [--hide-read-enc-key-size] LISTEN_SOCKET BTVIRT_SOCKET
//
// Sits between a VM's emulated UART and BlueZ's controller emulator
// (`btvirt -s`, one emulated controller per connection). Each connection
// accepted on LISTEN_SOCKET (QEMU's `-chardev socket` of the VM's second
// serial port, where the guest runs `btattach -P h4`) gets its own
// connection to BTVIRT_SOCKET, and bytes are passed both ways with two
// corrections:
//
// * Host to controller, whole H:4 packets one at a time: the next is
//   written only once btvirt has read the last (SIOCOUTQ is 0), so each of
//   its reads holds exactly one packet. QEMU's 16550 hands the guest's
//   bytes over one at a time, and btvirt 5.82 (emulator/server.c) keeps a
//   header split across reads in one buffer shared by all its clients:
//   with two VMs sending, the streams desynchronise into garbage opcodes
//   and dropped links.
// * With --hide-read-enc-key-size, the controller's reply to Read Local
//   Supported Commands says it lacks HCI_Read_Encryption_Key_Size. The
//   guest kernel then assumes a 16-byte key instead of asking. Otherwise an
//   L2CAP connection request for RFCOMM that arrives while that read is
//   still pending is refused with "security block" (Linux 6.12); the slow
//   emulated link makes that race likely, real controllers rarely lose it.
//
// Prints one line per connection opened and closed, and one per patched
// reply, so the harness can check the workaround was applied. Plain C++ and
// POSIX: it runs inside the build root next to btvirt.
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace {

// H:4 packet types and the shape of their headers.
constexpr uint8_t Command = 0x01;
constexpr uint8_t Acl = 0x02;
constexpr uint8_t Sco = 0x03;
constexpr uint8_t Event = 0x04;
constexpr uint8_t Iso = 0x05;

// Event Command Complete for Read Local Supported Commands (opcode 0x1002):
// 04 0e plen ncmd 02 10 status commands[64]. Octet 20 bit 4 of the
// commands is HCI_Read_Encryption_Key_Size (Core spec, vol 4, part E, 6.27).
constexpr uint8_t CommandComplete = 0x0e;
constexpr size_t SupportedCommandsOffset = 7;
constexpr size_t EncKeySizeOctet = 20;
constexpr uint8_t EncKeySizeBit = 0x10;

constexpr size_t ReadChunk = 65536;
// How often a relay with packets waiting checks whether btvirt has read
// the last one.
constexpr timespec PacingInterval{0, 100 * 1000};

// Size of the header after the type byte, and the payload length it gives.
bool headerShape(uint8_t type, size_t *headerBytes)
{
    switch (type) {
    case Command: // opcode(2) length(1)
    case Sco: // handle(2) length(1)
        *headerBytes = 3;
        return true;
    case Event: // code(1) length(1)
        *headerBytes = 2;
        return true;
    case Acl: // handle(2) length(2)
    case Iso: // handle(2) length(14 bits)
        *headerBytes = 4;
        return true;
    default:
        return false;
    }
}

size_t payloadLength(uint8_t type, const uint8_t *header)
{
    switch (type) {
    case Command:
    case Sco:
        return header[2];
    case Event:
        return header[1];
    case Acl:
        return size_t(header[2]) | size_t(header[3]) << 8;
    case Iso:
        return size_t(header[2]) | size_t(header[3] & 0x3f) << 8;
    default:
        return 0;
    }
}

// Moves the whole packets at the start of `buffer` to `out`; drops bytes
// that cannot start a packet (counted in `dropped`).
void takePackets(std::vector<uint8_t> &buffer, std::vector<std::vector<uint8_t>> &out, size_t &dropped)
{
    size_t at = 0;
    while (at < buffer.size()) {
        size_t headerBytes = 0;
        if (!headerShape(buffer[at], &headerBytes)) {
            ++at;
            ++dropped;
            continue;
        }
        if (buffer.size() - at < 1 + headerBytes)
            break;
        const size_t total = 1 + headerBytes + payloadLength(buffer[at], &buffer[at + 1]);
        if (buffer.size() - at < total)
            break;
        out.emplace_back(buffer.begin() + long(at), buffer.begin() + long(at + total));
        at += total;
    }
    buffer.erase(buffer.begin(), buffer.begin() + long(at));
}

bool writeAll(int fd, const uint8_t *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

int connectUnix(const std::string &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

struct Pair
{
    int id;
    int guest;
    int controller;
    std::vector<uint8_t> fromGuest;
    std::deque<std::vector<uint8_t>> toController; // whole packets, not yet written
    std::vector<uint8_t> fromController;
    size_t dropped = 0;
};

bool hideEncKeySize = false;

// Guest bytes: queued as whole packets.
void takeFromGuest(Pair &pair)
{
    std::vector<std::vector<uint8_t>> packets;
    takePackets(pair.fromGuest, packets, pair.dropped);
    for (auto &packet : packets)
        pair.toController.push_back(std::move(packet));
}

// Writes the next queued packet if btvirt has read everything before it.
bool pace(Pair &pair)
{
    if (pair.toController.empty())
        return true;
    int unread = 0;
    if (::ioctl(pair.controller, SIOCOUTQ, &unread) != 0)
        return false;
    if (unread > 0)
        return true;
    const std::vector<uint8_t> packet = std::move(pair.toController.front());
    pair.toController.pop_front();
    return writeAll(pair.controller, packet.data(), packet.size());
}

// Controller bytes: passed on as they come (the guest's H:4 parser copes),
// or packet by packet when a reply may need patching.
bool forwardFromController(Pair &pair)
{
    if (!hideEncKeySize) {
        const bool ok = writeAll(pair.guest, pair.fromController.data(), pair.fromController.size());
        pair.fromController.clear();
        return ok;
    }
    std::vector<std::vector<uint8_t>> packets;
    size_t dropped = 0;
    takePackets(pair.fromController, packets, dropped);
    std::vector<uint8_t> batch;
    for (auto &packet : packets) {
        if (packet[0] == Event && packet[1] == CommandComplete
            && packet.size() > SupportedCommandsOffset + EncKeySizeOctet && packet[4] == 0x02 && packet[5] == 0x10) {
            packet[SupportedCommandsOffset + EncKeySizeOctet] &= uint8_t(~EncKeySizeBit);
            std::printf("h4relay: connection %d: hid Read Encryption Key Size from the supported commands\n", pair.id);
            std::fflush(stdout);
        }
        batch.insert(batch.end(), packet.begin(), packet.end());
    }
    return batch.empty() || writeAll(pair.guest, batch.data(), batch.size());
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--hide-read-enc-key-size") == 0)
            hideEncKeySize = true;
        else
            paths.emplace_back(argv[i]);
    }
    if (paths.size() != 2) {
        std::fprintf(stderr, "usage: %s [--hide-read-enc-key-size] LISTEN_SOCKET BTVIRT_SOCKET\n", argv[0]);
        return 2;
    }
    // A Unix socket path must fit sockaddr_un's sun_path (108 bytes with
    // its NUL): a longer one was silently cut, and the cut path named a
    // folder ("Address already in use").
    for (const std::string &path : paths) {
        if (path.size() >= sizeof(sockaddr_un::sun_path)) {
            std::fprintf(stderr, "%s: socket path of %zu bytes is longer than a Unix socket allows (%zu): %s\n",
                         argv[0], path.size(), sizeof(sockaddr_un::sun_path) - 1, path.c_str());
            return 2;
        }
    }
    // Ends with the harness that started it, however that ends.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    std::signal(SIGPIPE, SIG_IGN);

    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", paths[0].c_str());
    ::unlink(paths[0].c_str());
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 8) != 0) {
        std::fprintf(stderr, "h4relay: cannot listen on %s: %s\n", paths[0].c_str(), std::strerror(errno));
        return 1;
    }
    std::printf("h4relay: listening on %s for %s%s\n", paths[0].c_str(), paths[1].c_str(),
                hideEncKeySize ? " (hiding Read Encryption Key Size)" : "");
    std::fflush(stdout);

    std::vector<std::unique_ptr<Pair>> pairs;
    int nextId = 1;
    std::vector<uint8_t> chunk(ReadChunk);
    for (;;) {
        std::vector<pollfd> fds{{listener, POLLIN, 0}};
        for (const auto &pair : pairs) {
            fds.push_back({pair->guest, POLLIN, 0});
            fds.push_back({pair->controller, POLLIN, 0});
        }
        bool waiting = false;
        for (const auto &pair : pairs)
            waiting = waiting || !pair->toController.empty();
        if (::ppoll(fds.data(), fds.size(), waiting ? &PacingInterval : nullptr, nullptr) < 0) {
            if (errno == EINTR)
                continue;
            std::perror("h4relay: poll");
            return 1;
        }
        std::vector<Pair *> closed;
        for (size_t i = 0; i < pairs.size(); ++i) {
            Pair &pair = *pairs[i];
            if (!pace(pair)) {
                closed.push_back(&pair);
                continue;
            }
            for (int side = 0; side < 2; ++side) {
                const pollfd &p = fds[1 + 2 * i + size_t(side)];
                if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(p.fd, chunk.data(), chunk.size());
                bool ok = n > 0;
                if (ok && side == 0) {
                    pair.fromGuest.insert(pair.fromGuest.end(), chunk.begin(), chunk.begin() + n);
                    takeFromGuest(pair);
                } else if (ok) {
                    pair.fromController.insert(pair.fromController.end(), chunk.begin(), chunk.begin() + n);
                    ok = forwardFromController(pair);
                }
                if (!ok && (n >= 0 || errno != EINTR)) {
                    closed.push_back(&pair);
                    break;
                }
            }
        }
        for (Pair *pair : closed) {
            std::printf("h4relay: connection %d closed (%zu stray bytes from the guest dropped)\n", pair->id,
                        pair->dropped);
            std::fflush(stdout);
            ::close(pair->guest);
            ::close(pair->controller);
            std::erase_if(pairs, [pair](const auto &p) { return p.get() == pair; });
        }
        if (fds[0].revents & POLLIN) {
            const int guest = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (guest < 0)
                continue;
            const int controller = connectUnix(paths[1]);
            if (controller < 0) {
                std::fprintf(stderr, "h4relay: cannot connect to %s: %s\n", paths[1].c_str(), std::strerror(errno));
                ::close(guest);
                continue;
            }
            pairs.push_back(std::make_unique<Pair>(Pair{nextId++, guest, controller, {}, {}, {}, 0}));
            std::printf("h4relay: connection %d opened\n", pairs.back()->id);
            std::fflush(stdout);
        }
    }
}
