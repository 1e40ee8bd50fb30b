#pragma once

#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class ChannelSessionPrivate;
class SessionEndpoint;

/*!
    \class Tandem::ChannelSession
    \inmodule Tandem
    \inheaderfile Tandem/channelsession.h

    \brief A session with a peer device carrying bytes on named channels
    ("" is the default one), after cairn's channels.

    It survives network drops: while Connecting or Reconnecting sends are
    queued, and delivered after the link resumes, in order, exactly once.
    Made by ChannelSessions::open() or handed out by
    ChannelSessions::incoming(); the ChannelSessions factory is its parent.

    \code
    ChannelSession *s = factory.open(peerId, u"whiteboard"_s);
    connect(s, &ChannelSession::received, this, &Board::apply);
    s->send(u"strokes"_s, stroke);
    \endcode
*/
class TANDEM_EXPORT ChannelSession : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::ChannelSession::state
        \brief where the session is in its life.
    */
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    /*!
        \property Tandem::ChannelSession::peerId
        \brief the device id of the peer.
    */
    Q_PROPERTY(QString peerId READ peerId CONSTANT FINAL)
    /*!
        \property Tandem::ChannelSession::service
        \brief the service the session was opened to.
    */
    Q_PROPERTY(QString service READ service CONSTANT FINAL)

public:
    /*!
        \enum Tandem::ChannelSession::State

        As Session::State.

        \value Connecting Waiting for the peer to accept; sends are queued.
        \value Connected Open: data flows.
        \value Reconnecting The link dropped; sends are queued until it is
               back.
        \value Disconnected Ended for good; closed() was emitted.
    */
    enum class State { Connecting, Connected, Reconnecting, Disconnected };
    Q_ENUM(State)

    /*!
        \variable Tandem::ChannelSession::MaxChannelNameBytes
        \brief The longest channel name: Session::MaxChannelNameBytes (64
        bytes of UTF-8).
    */
    static constexpr qsizetype MaxChannelNameBytes = Session::MaxChannelNameBytes;

    /*!
        \fn Tandem::ChannelSession::~ChannelSession()

        Closes the session if it is still open.
    */
    ~ChannelSession() override;

    State state() const;
    QString peerId() const;
    QString service() const;

    /*!
        \fn bool Tandem::ChannelSession::send(const QString &channel, const QByteArray &data, QString *error)

        Queues \a data for \a channel. Returns \c false, with \a error set (if
        given), when the
        channel name is longer than MaxChannelNameBytes, the session is closed,
        or the queue is full (bounded by SessionManager::Options): a send is
        refused, never silently lost.
    */
    bool send(const QString &channel, const QByteArray &data, QString *error = nullptr);
    /*!
        \fn void Tandem::ChannelSession::close()

        Ends the session; the peer sees it Disconnected.
    */
    void close();

Q_SIGNALS:
    void stateChanged(Tandem::ChannelSession::State state);
    /*!
        \fn void Tandem::ChannelSession::received(const QString &channel, const QByteArray &data)

        This signal is emitted for each send() of the peer: \a data on
        \a channel, in order, exactly once.
    */
    void received(const QString &channel, const QByteArray &data);
    /*!
        \fn void Tandem::ChannelSession::closed(const QString &reason)

        This signal is emitted when the session ended (state is
        Disconnected); \a reason is for the user.
    */
    void closed(const QString &reason);
    /*!
        \fn void Tandem::ChannelSession::undelivered(int count)

        This signal is emitted when \a count queued sends will never arrive:
        the session ended first. closed() follows.
    */
    void undelivered(int count);

private:
    friend class ChannelSessions;
    ChannelSession(SessionEndpoint *session, QObject *parent);
    std::unique_ptr<ChannelSessionPrivate> d;
};

} // namespace Tandem
