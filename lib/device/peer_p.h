#pragma once

#include <Tandem/link.h>

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace Tandem {

class Pairing;
class PeerConnection;

// What LocalDevice holds about one other device, by its id. A record lives
// while it holds something (see isIdle()): a stranger that connected,
// asked to pair and went away leaves nothing behind but its recent
// requests, and those only for the minute they count.
struct Peer
{
    // Pair requests count against LocalDevice::MaxPairingRequestsPerMinute
    // for this long.
    static constexpr std::chrono::milliseconds PairingRequestWindow{60000};

    // The link that said hello and carries the device's traffic; others
    // to it may still be saying hello.
    PeerConnection *connection = nullptr;
    // At most one pairing with a device at a time, on one link.
    Pairing *pairing = nullptr;
    // The user asked to pair before a link was up: it starts on the next.
    bool pairWhenConnected = false;
    // When its recent pair requests came (LocalDevice's clock, ms).
    QList<qint64> pairRequestTimes;
    // Where each transport reaches it: a LAN "host:port" heard in an
    // announcement or its hello, a Bluetooth address proven by a link this
    // run. Kept for as long as we run (LAN ones for every device heard, as
    // ever: see docs/resource-model.md).
    QMap<Link::Transport, QString> addresses;
    // Over a transport where closing one of two crossed links took the
    // kept one down too (Bluetooth with BlueZ), the other link of a
    // crossing: open, unused, closed with the kept one. At most one.
    PeerConnection *parked = nullptr;
    // Its link closed while another to it was still saying hello: the
    // disconnect (for this reason) is announced only if that one fails too.
    std::optional<QString> disconnectPending;
    // We unpaired it and it has not acknowledged yet: every link to it
    // that completes its hello tells it again (see LocalDevice::unpair).
    bool unpairToTell = false;

    // Forgets pair requests older than the window.
    void expirePairRequests(qint64 now)
    {
        pairRequestTimes.removeIf([now](qint64 t) { return now - t > PairingRequestWindow.count(); });
    }
    bool isIdle() const
    {
        return !connection && !parked && !pairing && !pairWhenConnected && pairRequestTimes.isEmpty()
            && addresses.isEmpty() && !disconnectPending && !unpairToTell;
    }
};

} // namespace Tandem
