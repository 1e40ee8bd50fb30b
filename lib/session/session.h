#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class SessionManager;
class SessionManagerPrivate;
class SessionPrivate;

/*!
    \class Tandem::Session
    \inmodule Tandem
    \inheaderfile Tandem/session.h

    \brief One logical session with a peer device: ordered, exactly-once
    messages on named channels, carried by whatever link to that device is
    up.

    Sessions are made by a Tandem::SessionManager: SessionManager::open() on
    one side, SessionManager::incomingSession() and accept() on the other.
    Once opened(), send() queues messages; each Kind is its own ordered lane,
    and messageReceived() delivers them on the other side in order, each
    exactly once. delivered() reports what the peer acknowledged.

    A session outlives links: when one drops the session waits
    (State::Reconnecting) for up to SessionManagerOptions::resumeTimeout,
    keeps queueing sends, and resumes where the peer's acknowledgements left
    off, over LAN or Bluetooth, whichever comes back. When it ends, closed()
    says why and undelivered() lists what never arrived.

    The SessionManager is its parent; whoever holds a session deletes it
    (deleteLater()) once it is State::Disconnected and no longer needed, as
    the facades do, and the manager forgets it then. Use a session from the
    manager's thread.
*/
class TANDEM_EXPORT Session : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::Session::state
        \brief where the session is in its life; stateChanged() follows each
        change.
    */
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    /*!
        \property Tandem::Session::peerId
        \brief the device id of the peer device (read with peerDeviceId()).
    */
    Q_PROPERTY(QString peerId READ peerDeviceId CONSTANT FINAL)

public:
    /*!
        \enum Tandem::Session::State

        \value Connecting Opened, waiting for the peer to accept (opener), or
               for accept() or reject() (acceptor). Sends are queued.
        \value Connected Open: messages flow.
        \value Reconnecting The link dropped; sends are queued until a link to
               the peer is back, or the session ends as
               CloseReason::NetworkDisconnected after
               SessionManagerOptions::resumeTimeout.
        \value Disconnected Ended, for good; closed() was emitted.
    */
    enum class State { Connecting, Connected, Reconnecting, Disconnected };
    Q_ENUM(State)
    /*!
        \enum Tandem::Session::Kind

        The two kinds of messages. Each is its own ordered lane with its own
        sequence numbers, so text overtakes a large transfer of bytes.

        \value Text Text (UTF-8 by the facades' convention); sent first.
        \value Bytes Binary data.
    */
    enum class Kind : quint8 { Text = 0, Bytes = 1 };
    Q_ENUM(Kind)
    /*!
        \enum Tandem::Session::CloseReason

        Why a session ended; the first three match the ability-connection
        DisconnectReason values.

        \value PeerClosed the peer's app closed it
        \value PeerExited the peer's app or device went away
        \value NetworkDisconnected the peer did not come back in time
        \value Refused the peer never accepted it (or this side rejected it)
        \value ClosedLocally this side ended it: close(), or the peer broke a
               bound
    */
    enum class CloseReason {
        PeerClosed = 0,
        PeerExited = 1,
        NetworkDisconnected = 2,
        Refused = 3,
        ClosedLocally = 4,
    };
    Q_ENUM(CloseReason)

    /*!
        \variable Tandem::Session::MaxChannelNameBytes
        \brief The longest channel name send() takes: 64 bytes of UTF-8.
    */
    static constexpr qsizetype MaxChannelNameBytes = 64;
    /*!
        \variable Tandem::Session::MaxServiceNameBytes
        \brief The longest service name: 255 bytes of UTF-8.
    */
    static constexpr qsizetype MaxServiceNameBytes = 255;
    /*!
        \variable Tandem::Session::LaneCount
        \brief The number of lanes: 2, one per Kind. Text and bytes travel in
        separate ordered lanes.
    */
    static constexpr int LaneCount = 2;
    /*!
        \variable Tandem::Session::MaxMessageBytes
        \brief The largest message: 256 MiB.

        One message, reassembled, is at most this large. The receiver holds a
        message whole until its last byte: this is also the most one message can
        make a peer hold, and it fits a peer's reassembly budget
        (SessionManager::PeerReassemblyBytes). Files go as transfers, in chunks,
        whatever their size.
    */
    static constexpr qint64 MaxMessageBytes = qint64(256) * 1024 * 1024;
    /*!
        \variable Tandem::Session::MaxUncreditedBytes
        \brief The most a receiver holds of a message before it reserved room
        for it: 4 MiB.

        Bytes of one message in progress a receiver holds before it has reserved
        room for the whole message (and so before it returns any credit
        mid-message): a sender keeping to the flow-control window
        (SessionManagerOptions::windowBytes, 512 KiB) stops well short of it. A
        peer that sends more has ignored flow control and the session ends.
    */
    static constexpr qint64 MaxUncreditedBytes = qint64(4) * 1024 * 1024;

    /*!
        \fn Tandem::Session::~Session()

        Destroys the session. Delete only a Disconnected session (close() it
        first); the manager forgets it.
    */
    ~Session() override;

    State state() const;
    QString peerDeviceId() const;
    /*!
        \fn QString Tandem::Session::service() const

        Returns the service this session was opened to: the name registered
        on the accepting side (softbus' peerSessionName on the opener,
        mySessionName on the acceptor).
    */
    QString service() const;
    /*!
        \fn QString Tandem::Session::openerService() const

        Returns the name the opener gave its own end (softbus'
        mySessionName on the opener).
    */
    QString openerService() const;
    /*!
        \fn QCborMap Tandem::Session::parameters() const

        Returns the parameters the opener passed to SessionManager::open():
        claims of the peer, for the service to interpret.
    */
    QCborMap parameters() const;
    /*!
        \fn bool Tandem::Session::isOutgoing() const

        Returns \c true if this side opened the session.
    */
    bool isOutgoing() const;
    /*!
        \fn quint32 Tandem::Session::streamId() const

        Returns the session's stream id on the peer connection, unique per
        peer while the session lives.
    */
    quint32 streamId() const;

    /*!
        \fn qint64 Tandem::Session::send(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload, QString *error)

        Queues one message of \a kind on \a channel (at most
        MaxChannelNameBytes), with \a payload (at most MaxMessageBytes).
        Returns its sequence number (> 0, counted per kind),
        or 0 with \a error set when the session is closed or the queue is full —
        a send is refused, never silently dropped. Each kind is its own ordered
        lane, so text overtakes a large transfer of bytes. The queue is
        bounded by SessionManagerOptions::maxQueuedMessages and
        SessionManagerOptions::maxQueuedBytes; delivered() or undelivered()
        reports the message's fate.
    */
    qint64 send(const QString &channel, Kind kind, const QByteArray &payload, QString *error);

    /*!
        \fn bool Tandem::Session::accept()

        Accepting side: answers an incoming session. The state becomes
        Connected and opened() is emitted. Returns \c false, doing nothing,
        on the opening side or when the session is no longer Connecting.
    */
    bool accept();
    /*!
        \fn void Tandem::Session::reject(int code, const QString &reason)

        Accepting side: refuses an incoming session with \a code (e.g.
        SessionManager::ErrorRejected) and \a reason (the first 200
        characters reach the peer, whose refused() carries them). The
        session ends: closed() with CloseReason::Refused. Does nothing on
        the opening side or once the session left Connecting.
    */
    void reject(int code, const QString &reason);
    /*!
        \fn void Tandem::Session::close(Tandem::Session::CloseReason reason = CloseReason::PeerClosed)

        Ends the session and tells the peer, whose closed() carries
        \a reason (PeerClosed, or PeerExited when the app or device goes
        away). Here closed() follows with CloseReason::ClosedLocally, after
        undelivered() for whatever was still queued. Does nothing once
        Disconnected.
    */
    void close(CloseReason reason = CloseReason::PeerClosed);

    /*!
        \fn int Tandem::Session::queuedMessages() const

        Returns the number of messages sent but not yet acknowledged by the
        peer, both kinds together.
    */
    int queuedMessages() const;
    /*!
        \fn qint64 Tandem::Session::queuedBytes() const

        Returns the bytes of those messages.
    */
    qint64 queuedBytes() const;

    /*!
        \fn void Tandem::Session::setIncomingLimit(Tandem::Session::Kind kind, qint64 bytes)

        The largest message of \a kind this side accepts from the peer, at most
        MaxMessageBytes (the default). A message announcing more is refused on
        its first fragment and ends the session, before any of it is held.
        Services set it to what their protocol needs, e.g. a file transfer's
        largest control message. \a bytes is clamped to 0 .. MaxMessageBytes.
    */
    void setIncomingLimit(Kind kind, qint64 bytes);
    /*!
        \fn qint64 Tandem::Session::incomingLimit(Tandem::Session::Kind kind) const

        Returns the largest message of \a kind this side accepts
        (setIncomingLimit()).
    */
    qint64 incomingLimit(Kind kind) const;

Q_SIGNALS:
    void stateChanged(Tandem::Session::State state);
    /*!
        \fn void Tandem::Session::opened()

        This signal is emitted when the session is open: the peer accepted it
        (opener), or accept() was called (acceptor).
    */
    void opened();
    /*!
        \fn void Tandem::Session::refused(int code, const QString &reason)

        This signal is emitted on the opening side when the peer refused the
        session, with its \a code (SessionManager::ErrorNoSuchService,
        SessionManager::ErrorRejected, SessionManager::ErrorInternal, or an
        app's own) and \a reason. closed() with CloseReason::Refused follows.
    */
    void refused(int code, const QString &reason);
    /*!
        \fn void Tandem::Session::messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload)

        This signal is emitted for each whole message the peer sent: its
        \a channel, \a kind and \a payload, in order per kind and exactly
        once, across reconnects.
    */
    void messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload);
    /*!
        \fn void Tandem::Session::delivered(Tandem::Session::Kind kind, qint64 sequence)

        This signal is emitted when the peer has every message of \a kind up
        to and including \a sequence.
    */
    void delivered(Tandem::Session::Kind kind, qint64 sequence);
    /*!
        \fn void Tandem::Session::closed(Tandem::Session::CloseReason reason, const QString &detail)

        This signal is emitted once, when the session ended for \a reason;
        \a detail is the peer's reason or ours, for people, possibly empty.
        The state is Disconnected by then.
    */
    void closed(Tandem::Session::CloseReason reason, const QString &detail);
    /*!
        \fn void Tandem::Session::undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences)

        This signal is emitted when the session ended before the peer
        acknowledged the messages of \a kind numbered \a sequences: they will
        never arrive. closed() follows.
    */
    void undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences);

private:
    friend class SessionManager;
    friend class SessionManagerPrivate;
    friend class SessionPrivate;
    friend class SessionAdoption;
    Session(SessionManagerPrivate *manager, const QString &peer, quint32 stream, bool outgoing, QObject *parent);

    std::unique_ptr<SessionPrivate> d;
};

} // namespace Tandem
