#pragma once

#include "link.h"
#include <Tandem/deviceidentity.h>
#include <Tandem/tandem_export.h>

#include <QObject>

#include <chrono>
#include <memory>

class QIODevice;

namespace Tandem {

class TlsStreamHandshakePrivate;

// How long a TLS handshake over a byte stream may take before it fails.
// At namespace scope, not a static member of the exported class: MinGW
// treats a dllimport class's static data as imported, and a constexpr
// member that only default arguments use is never exported from the DLL.
inline constexpr std::chrono::milliseconds DefaultTlsHandshakeTimeout{10000};

// Runs mutually authenticated TLS with QCA (its OpenSSL provider) over any
// connected byte stream — an RFCOMM socket, or a MemoryStream in tests —
// and makes a Link of it. The rules are the LAN link's: both sides present
// their device certificate, no CA is involved, the peer must present a
// current certificate whose key it proves it holds, and its device id is
// derived from that certificate, never taken from a claim. Whether the
// peer is paired (pinned) is decided above, as for LAN.
class TANDEM_AUTOTEST_EXPORT TlsStreamHandshake : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `stream` (open, connected). `outgoing`: this side
    // dialled (and speaks TLS as the server; see start()). `transport` and
    // `address` are what the link reports.
    TlsStreamHandshake(QIODevice *stream, const DeviceIdentity &identity, bool outgoing, Link::Transport transport,
                       const QString &address, std::chrono::milliseconds timeout = DefaultTlsHandshakeTimeout,
                       QObject *parent = nullptr);
    ~TlsStreamHandshake() override;

    void start();
    QString address() const;
    bool isOutgoing() const;

Q_SIGNALS:
    // Exactly one of the two follows start(); then the handshake deletes
    // itself (later). The receiver owns `link`.
    void established(Tandem::Link *link);
    void failed(const QString &reason);

private:
    std::unique_ptr<TlsStreamHandshakePrivate> d;
    friend class TlsStreamHandshakePrivate;
};

} // namespace Tandem
