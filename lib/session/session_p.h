#pragma once

#include "session.h"
#include "windowtuner_p.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QTimer>

namespace Tandem {

class SessionManagerPrivate;
struct SessionPeer;

// A session's state and its two lanes (text, bytes): the sending side
// (outbox, fragments, credit) and the receiving side (reassembly, budget,
// acknowledgements). SessionManagerPrivate drives it from the connection.
class SessionPrivate
{
public:
    SessionPrivate(Session *q, SessionManagerPrivate *manager, const QString &peer, quint32 stream, bool outgoing);
    static SessionPrivate *get(Session *session) { return session->d.get(); }

    using State = Session::State;
    using Kind = Session::Kind;
    using CloseReason = Session::CloseReason;
    static constexpr int LaneCount = Session::LaneCount;
    static constexpr qint64 MaxMessageBytes = Session::MaxMessageBytes;
    static constexpr qint64 MaxUncreditedBytes = Session::MaxUncreditedBytes;
    static constexpr qsizetype MaxChannelNameBytes = Session::MaxChannelNameBytes;

    qint64 send(const QString &channel, Kind kind, const QByteArray &payload, QString *error);
    bool accept();
    void reject(int code, const QString &reason);
    void close(CloseReason reason);
    int queuedMessages() const;
    qint64 queuedBytes() const;
    void setIncomingLimit(Kind kind, qint64 bytes);

    struct Outgoing
    {
        qint64 sequence;
        QString channel;
        QByteArray payload;
        qint64 sentOffset = 0; // bytes handed to the link
        bool headerSent = false;
    };
    // One ordered, exactly-once stream of messages of one kind.
    struct Lane
    {
        // Sending: messages the peer has not fully acknowledged, in order.
        // QList, not std::deque: an empty one allocates nothing, and idle
        // sessions are many.
        QList<Outgoing> outbox;
        qint64 outboxBytes = 0;
        qint64 nextSequence = 1;
        qint64 ackedOffset = 0; // of outbox.front()
        // Receiving: the next message expected and what arrived of it.
        qint64 expected = 1;
        QByteArray partial;
        QString partialChannel;
        qint64 partialTotal = -1; // -1: its first fragment has not arrived
        // The partial message's room in the reassembly budgets is reserved:
        // only then is credit returned mid-message.
        bool reserved = false;
        qint64 unackedBytes = 0;
        qint64 inFlight() const;
        // Sending on a fast link: the window, sized to the path.
        WindowTuner tuner;
    };

    void setState(State state);
    void finish(CloseReason reason, const QString &detail);
    void handleData(quint8 flags, const QByteArray &payload);
    void handleFragment(QByteArrayView payload);
    // Ends the session because the peer broke a bound, saying which.
    void closeForViolation(const QString &detail);
    // Forgets the partial message of `lane` and gives back its reservation.
    void dropPartial(int lane);
    // The reassembly budgets now hold room for `lane`'s partial message.
    void budgetGranted(int lane);
    void handleAck(int lane, qint64 nextSequence, qint64 offset);
    void rewindTo(int lane, qint64 nextSequence, qint64 offset);
    // Hands the next fragment of some lane to the link; false when nothing
    // may go now.
    bool sendNextFragment();
    bool sendNextFragment(int lane);
    // Something is queued that has not been handed to the link yet.
    bool hasUnsent() const;
    void scheduleAck();
    // Whether `unacked` bytes received mid-message call for returning credit:
    // a quarter of the window of the link in use.
    bool creditDue(qint64 unacked) const;
    void sendAcks();
    // Appends the due acknowledgements (see session.cpp) and returns the
    // frame flags that announce them.
    quint8 appendDueAcks(QByteArray &out);
    // Where the peer should resume each lane. What arrived of a message
    // still waiting for room in the reassembly budget is dropped first, so
    // the resumed sender starts it over within one window instead of adding
    // a window per reconnect.
    QCborMap resumePosition();
    // What to acknowledge of `lane`: the next message wanted and the bytes
    // of it that arrived (the credit), or, while m_confirmsDelivery holds
    // some back, the first message not confirmed, from its start.
    std::pair<qint64, qint64> ackPosition(int lane) const;
    void confirmConsumed(int lane, qint64 sequence);

    SessionManagerPrivate *m_manager;
    SessionPeer *m_peerState; // owned by the manager, which outlives us
    QString m_peer;
    quint32 m_stream;
    bool m_outgoing;
    QString m_service;
    QString m_openerService;
    QCborMap m_parameters;
    State m_state = State::Connecting;
    Lane m_lanes[LaneCount];
    bool m_ackScheduled = false;
    bool m_ackDue[LaneCount] = {false, false};
    QTimer m_resumeDeadline;
    qint64 m_incomingLimit[LaneCount] = {MaxMessageBytes, MaxMessageBytes};
    // SessionAdoption::setConfirmsDelivery: acknowledge only what the app
    // confirmed taking (m_consumed, per lane), not what arrived.
    bool m_confirmsDelivery = false;
    qint64 m_consumed[LaneCount] = {0, 0};

    Session *const q;
};

} // namespace Tandem
