#pragma once

#include "session.h"

#include <QCborMap>
#include <QString>

#include <array>
#include <chrono>

namespace Tandem {

class SessionManager;

// What the device service's host needs of the session layer so that a
// session survives the host (docs/service.md, "When the host restarts"):
// its client, which outlived it, hands the session back to the host that
// replaces it, and the peer resumes it as after a lost link.
//
// Not public API: the host and the session layer live in one library and
// change together; an app that wants its sessions to survive a restart of
// its own process uses the device service.
class TANDEM_AUTOTEST_EXPORT SessionAdoption
{
public:
    // Where one lane of a session stood for the client: the number the
    // next message it sends will get (its first the peer has not
    // acknowledged: the client sends those again), and the last message it
    // received.
    struct Lane
    {
        qint64 nextSend = 1;
        qint64 received = 0;
    };
    struct Orphan
    {
        QString peer;
        quint32 stream = 0;
        bool outgoing = false;
        QString service;
        QString opener;
        QCborMap parameters;
        std::array<Lane, Session::LaneCount> lanes;
    };

    // A session of the manager's again, in State::Reconnecting, for the
    // peer to resume (at once if the peer's resume was held, see
    // holdUnknownResumes), or null with the reason in `error`: the device
    // is not paired, the stream is in use or not the opener's, the names or
    // numbers are out of bounds, or the manager holds as many sessions as
    // it may. Adopted sessions confirm delivery (setConfirmsDelivery).
    static Session *adopt(SessionManager *manager, const Orphan &orphan, QString *error);

    // For `window` from now, a peer's resume of a session this device does
    // not know (it restarted) is held instead of answered "no longer
    // exists", so that a client adopting the session in that time finds
    // the peer's position; afterwards every held one is answered. Bounded
    // as sessions are: MaxSessionsPerPeer per peer, MaxSessions in all;
    // one over is answered at once.
    static void holdUnknownResumes(SessionManager *manager, std::chrono::milliseconds window);

    // The peer is acknowledged a message only once confirmConsumed() says
    // it was taken: a session whose messages go on to another process
    // (a client of the host) must not let the peer forget a message the
    // host could still lose with its own process.
    static void setConfirmsDelivery(Session *session);
    static void confirmConsumed(Session *session, Session::Kind kind, qint64 sequence);
    // The number of the last message of `kind` that arrived: in a
    // messageReceived() handler, that message's.
    static qint64 lastReceived(const Session *session, Session::Kind kind);
};

} // namespace Tandem
