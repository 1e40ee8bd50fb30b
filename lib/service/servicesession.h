#pragma once

#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class DeviceServiceClient;
class DeviceServiceClientPrivate;
class ServiceSessionPrivate;

/*!
    \class Tandem::ServiceSession
    \inmodule Tandem
    \inheaderfile Tandem/servicesession.h

    \brief A session opened through a running Tandem host: a
    Tandem::Session in another process, used as one.

    DeviceServiceClient::open() makes it; the host opens the real session
    with its peer and passes on what happens to it. It has Session's states,
    sending and signals, with the same meaning and in the same order:
    send() queues a message and returns its sequence number at once,
    delivered() follows when the peer acknowledged it, messageReceived()
    brings what the peer sends, and closed() says why it ended, after
    undelivered() for what never arrived.

    Two differences. An open the host cannot start (the device is not
    paired, a name is too long, the app's budget of sessions is used up) is
    reported as closed() with Session::CloseReason::Refused and the host's
    reason, without refused(). And when the connection to the host is lost,
    the session ends as Session::CloseReason::NetworkDisconnected.

    The client is its parent; delete it (deleteLater()) once it is
    Session::State::Disconnected and no longer needed.
*/
class TANDEM_EXPORT ServiceSession : public QObject
{
    Q_OBJECT

public:
    /*!
        \fn Tandem::ServiceSession::~ServiceSession()

        Destroys the session; one still open is closed first (the peer sees
        Session::CloseReason::PeerClosed).
    */
    ~ServiceSession() override;

    /*!
        \fn Tandem::Session::State Tandem::ServiceSession::state() const

        Returns where the session is in its life, as the host last said;
        stateChanged() follows each change.
    */
    Session::State state() const;
    /*!
        \fn QString Tandem::ServiceSession::peerDeviceId() const

        Returns the device id of the peer device.
    */
    QString peerDeviceId() const;
    /*!
        \fn QString Tandem::ServiceSession::service() const

        Returns the service the session was opened to.
    */
    QString service() const;
    /*!
        \fn QString Tandem::ServiceSession::openerService() const

        Returns the name the opening side gave its own end
        (Session::openerService()): the one given to
        DeviceServiceClient::open(), or the peer's for an incoming session.
    */
    QString openerService() const;
    /*!
        \fn QCborMap Tandem::ServiceSession::parameters() const

        Returns the parameters the opening side passed
        (Session::parameters()).
    */
    QCborMap parameters() const;
    /*!
        \fn quint32 Tandem::ServiceSession::streamId() const

        Returns the session's stream id on the host's connection to the
        peer (Session::streamId()), as the peer sees it too; 0 until the
        host has opened it.
    */
    quint32 streamId() const;

    /*!
        \fn qint64 Tandem::ServiceSession::send(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload, QString *error)

        Queues one message of \a kind on \a channel with \a payload, as
        Session::send() does, and returns its sequence number (> 0), or 0
        with \a error set when the session is closed, a bound of
        Session::send() is broken, or the app's queue at the host is full
        (DeviceServiceHost::MaxQueuedBytesPerClient). The payload is shared,
        not copied, until it is written to the host.
    */
    qint64 send(const QString &channel, Session::Kind kind, const QByteArray &payload, QString *error);
    /*!
        \fn void Tandem::ServiceSession::close(Tandem::Session::CloseReason reason = Tandem::Session::CloseReason::PeerClosed)

        Ends the session and tells the peer, whose closed() carries
        \a reason. Here closed() follows with
        Session::CloseReason::ClosedLocally once the host closed it. Does
        nothing once Disconnected.
    */
    void close(Session::CloseReason reason = Session::CloseReason::PeerClosed);
    /*!
        \fn void Tandem::ServiceSession::accept()

        Accepting side (DeviceServiceClient::incomingSession()): answers the
        session; opened() follows, as with Session::accept(). Does nothing
        on the opening side or once answered.
    */
    void accept();
    /*!
        \fn void Tandem::ServiceSession::reject(int code, const QString &reason)

        Accepting side: refuses the session with \a code and \a reason, as
        Session::reject() does; closed() follows with
        Session::CloseReason::Refused. Does nothing on the opening side or
        once answered.
    */
    void reject(int code, const QString &reason);
    /*!
        \fn void Tandem::ServiceSession::setIncomingLimit(Tandem::Session::Kind kind, qint64 bytes)

        The largest message of \a kind this app takes from the peer, as
        Session::setIncomingLimit(): the host's session refuses a message
        announcing more on its first fragment and ends the session, so the
        host never holds what the app would refuse. \a bytes is clamped to
        0 .. Session::MaxMessageBytes. Does nothing once Disconnected.
    */
    void setIncomingLimit(Session::Kind kind, qint64 bytes);

    /*!
        \fn int Tandem::ServiceSession::queuedMessages() const

        Returns the number of messages sent and not yet acknowledged by the
        peer, both kinds together.
    */
    int queuedMessages() const;
    /*!
        \fn qint64 Tandem::ServiceSession::queuedBytes() const

        Returns the bytes of those messages.
    */
    qint64 queuedBytes() const;

Q_SIGNALS:
    /*!
        \fn void Tandem::ServiceSession::stateChanged(Tandem::Session::State state)

        This signal is emitted when the session's \a state changed.
    */
    void stateChanged(Tandem::Session::State state);
    /*!
        \fn void Tandem::ServiceSession::opened()

        This signal is emitted when the peer accepted the session.
    */
    void opened();
    /*!
        \fn void Tandem::ServiceSession::refused(int code, const QString &reason)

        This signal is emitted when the peer refused the session, with its
        \a code and \a reason (Session::refused()). closed() with
        Session::CloseReason::Refused follows.
    */
    void refused(int code, const QString &reason);
    /*!
        \fn void Tandem::ServiceSession::messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload)

        This signal is emitted for each whole message the peer sent: its
        \a channel, \a kind and \a payload, in order per kind and exactly
        once.
    */
    void messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload);
    /*!
        \fn void Tandem::ServiceSession::delivered(Tandem::Session::Kind kind, qint64 sequence)

        This signal is emitted when the peer has every message of \a kind up
        to and including \a sequence.
    */
    void delivered(Tandem::Session::Kind kind, qint64 sequence);
    /*!
        \fn void Tandem::ServiceSession::undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences)

        This signal is emitted when the session ended before the peer
        acknowledged the messages of \a kind numbered \a sequences. closed()
        follows.
    */
    void undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences);
    /*!
        \fn void Tandem::ServiceSession::closed(Tandem::Session::CloseReason reason, const QString &detail)

        This signal is emitted once, when the session ended for \a reason;
        \a detail says more, for people, possibly empty.
    */
    void closed(Tandem::Session::CloseReason reason, const QString &detail);

private:
    friend class DeviceServiceClient;
    friend class DeviceServiceClientPrivate;
    ServiceSession(DeviceServiceClientPrivate *client, quint32 id, const QString &peer, const QString &service,
                   QObject *parent);

    std::unique_ptr<ServiceSessionPrivate> d;
};

} // namespace Tandem
