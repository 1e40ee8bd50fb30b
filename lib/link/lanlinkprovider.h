#pragma once

#include <Tandem/deviceidentity.h>
#include <Tandem/tandem_export.h>

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

namespace Tandem {

class Link;
class LanLinkProviderPrivate;

// "192.168.1.2:47317", "[fe80::1]:47317": how LAN addresses are written
// everywhere (IPv4-mapped IPv6 addresses are shown as IPv4).
TANDEM_EXPORT QString formatHostPort(const QHostAddress &address, quint16 port);
TANDEM_EXPORT QString formatHostPort(const QString &host, quint16 port);
// The reverse: "host:port" or "[v6]:port" -> host (no brackets) and a port
// in 1..65535; nullopt for anything else.
TANDEM_EXPORT std::optional<std::pair<QString, quint16>> parseHostPort(const QString &address);

struct LanLinkOptions
{
    static constexpr quint16 DefaultPort = 47317;
    static constexpr std::chrono::milliseconds DefaultHandshakeTimeout{5000};

    QHostAddress address = QHostAddress::Any;
    quint16 port = DefaultPort; // 0: any free port
    bool fallbackToAnyPort = true; // when `port` is taken (another profile on this machine)
    std::chrono::milliseconds handshakeTimeout = DefaultHandshakeTimeout;
};

// Makes LAN links: listens for TCP connections and dials peers, and runs
// mutually authenticated TLS (1.3 where the backend has it) with the
// device's certificate on both. A link is handed on only once the peer has
// proven its certificate; who that peer *is* to us (paired, pinned) is
// decided above, by the device id derived from that certificate.
class TANDEM_EXPORT LanLinkProvider : public QObject
{
    Q_OBJECT

public:
    using Options = LanLinkOptions;
    static constexpr quint16 DefaultPort = Options::DefaultPort;
    // Sockets that have not finished TLS are cheap to open and costly to
    // hold (a socket, a TLS context, a deadline): bound them, and their
    // time. Incoming ones past MaxPendingHandshakes evict the oldest
    // incoming handshake, so a newcomer always gets its turn; one address
    // holds at most MaxPendingHandshakesPerSource of them, so ~3 connects/s
    // from one address no longer hold every slot for the whole timeout.
    // Our own dials (to paired devices) are not counted: strangers cannot
    // starve them.
    static constexpr int MaxPendingHandshakes = 16;
    static constexpr int MaxPendingHandshakesPerSource = 4;

    explicit LanLinkProvider(const DeviceIdentity &identity, const Options &options = {}, QObject *parent = nullptr);
    ~LanLinkProvider() override;

    bool listen(QString *error);
    void close();
    quint16 port() const;
    // Incoming and outgoing sockets still handshaking.
    int pendingHandshakes() const;

    // Dials host:port; linkEstablished or connectFailed follows.
    void connectToHost(const QString &host, quint16 port);

Q_SIGNALS:
    // The receiver takes ownership of `link`.
    void linkEstablished(Tandem::Link *link);
    void connectFailed(const QString &address, const QString &reason);
    // An incoming socket that never became a link (no TLS, bad certificate,
    // timeout, too many pending). For diagnostics and tests.
    void handshakeFailed(const QString &address, const QString &reason);

private:
    std::unique_ptr<LanLinkProviderPrivate> d;
};

} // namespace Tandem
