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

// One logical session with a peer device: ordered, exactly-once messages
// on named channels, carried by whatever link to that device is up. It
// outlives links: when one drops the session waits (Reconnecting), queues
// sends, and resumes where the peer's acknowledgements left off.
//
// The SessionManager is its parent; whoever holds a session deletes it
// (deleteLater) once it is Disconnected and no longer needed — the
// facades do — and the manager forgets it then.
class TANDEM_EXPORT Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString peerId READ peerDeviceId CONSTANT FINAL)

public:
    enum class State { Connecting, Connected, Reconnecting, Disconnected };
    Q_ENUM(State)
    enum class Kind : quint8 { Text = 0, Bytes = 1 };
    Q_ENUM(Kind)
    // Why a session ended; the first three match the ability-connection
    // DisconnectReason values.
    enum class CloseReason {
        PeerClosed = 0, // the peer's app closed it
        PeerExited = 1, // the peer's app or device went away
        NetworkDisconnected = 2, // the peer did not come back in time
        Refused = 3, // the peer never accepted it
        ClosedLocally = 4,
    };
    Q_ENUM(CloseReason)

    static constexpr qsizetype MaxChannelNameBytes = 64;
    static constexpr qsizetype MaxServiceNameBytes = 255;
    // Text and bytes travel in separate ordered lanes.
    static constexpr int LaneCount = 2;
    // One message, reassembled, is at most this large. The receiver holds
    // a message whole until its last byte: this is also the most one
    // message can make a peer hold, and it fits a peer's reassembly budget
    // (SessionManager::PeerReassemblyBytes). Files go as transfers, in
    // chunks, whatever their size.
    static constexpr qint64 MaxMessageBytes = qint64(256) * 1024 * 1024;
    // Bytes of one message in progress a receiver holds before it has
    // reserved room for the whole message (and so before it returns any
    // credit mid-message): a sender keeping to the flow-control window
    // (SessionManagerOptions::windowBytes, 512 KiB) stops well short of it.
    // A peer that sends more has ignored flow control and the session ends.
    static constexpr qint64 MaxUncreditedBytes = qint64(4) * 1024 * 1024;

    ~Session() override;

    State state() const;
    QString peerDeviceId() const;
    // The service asked for on the accepting side, and the name the opener
    // gave its own end (softbus' mySessionName / peerSessionName).
    QString service() const;
    QString openerService() const;
    QCborMap parameters() const;
    bool isOutgoing() const;
    quint32 streamId() const;

    // Queues one message. Returns its sequence number (> 0, counted per
    // kind), or 0 with `error` set when the session is closed or the queue
    // is full — a send is refused, never silently dropped. Each kind is its
    // own ordered lane, so text overtakes a large transfer of bytes.
    qint64 send(const QString &channel, Kind kind, const QByteArray &payload, QString *error);

    // Accepting side: answer an incoming session.
    bool accept();
    void reject(int code, const QString &reason);
    void close(CloseReason reason = CloseReason::PeerClosed);

    int queuedMessages() const;
    qint64 queuedBytes() const;

    // The largest message of `kind` this side accepts from the peer, at most
    // MaxMessageBytes (the default). A message announcing more is refused
    // on its first fragment and ends the session, before any of it is held.
    // Services set it to what their protocol needs, e.g. a file transfer's
    // largest control message.
    void setIncomingLimit(Kind kind, qint64 bytes);
    qint64 incomingLimit(Kind kind) const;

Q_SIGNALS:
    void stateChanged(Tandem::Session::State state);
    void opened();
    void refused(int code, const QString &reason);
    void messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload);
    // The peer has every message of `kind` up to and including `sequence`.
    void delivered(Tandem::Session::Kind kind, qint64 sequence);
    void closed(Tandem::Session::CloseReason reason, const QString &detail);
    // Messages that will never arrive (the session ended first).
    void undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences);

private:
    friend class SessionManager;
    friend class SessionManagerPrivate;
    friend class SessionPrivate;
    Session(SessionManagerPrivate *manager, const QString &peer, quint32 stream, bool outgoing, QObject *parent);

    std::unique_ptr<SessionPrivate> d;
};

} // namespace Tandem
