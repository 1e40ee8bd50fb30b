#pragma once

#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class ChannelSessionPrivate;

// A session with a peer device carrying bytes on named channels ("" is the
// default one). It survives network drops: while Connecting or Reconnecting
// sends are queued, and delivered after the link resumes, in order, exactly
// once. Made by ChannelSessions::open() or handed out by
// ChannelSessions::incoming().
//
//     ChannelSession *s = factory.open(peerId, u"whiteboard"_s);
//     connect(s, &ChannelSession::received, this, &Board::apply);
//     s->send(u"strokes"_s, stroke);
class TANDEM_EXPORT ChannelSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString peerId READ peerId CONSTANT FINAL)
    Q_PROPERTY(QString service READ service CONSTANT FINAL)

public:
    enum class State { Connecting, Connected, Reconnecting, Disconnected };
    Q_ENUM(State)

    static constexpr qsizetype MaxChannelNameBytes = Session::MaxChannelNameBytes;

    // Closes the session if it is still open.
    ~ChannelSession() override;

    State state() const;
    QString peerId() const;
    QString service() const;

    // Queues `data` for `channel`. False, with `error` set, when the channel
    // name is longer than MaxChannelNameBytes, the session is closed, or the
    // queue is full (bounded by SessionManager::Options): a send is refused,
    // never silently lost.
    bool send(const QString &channel, const QByteArray &data, QString *error = nullptr);
    // Ends the session; the peer sees it Disconnected.
    void close();

Q_SIGNALS:
    void stateChanged(Tandem::ChannelSession::State state);
    void received(const QString &channel, const QByteArray &data);
    // The session ended (state is Disconnected); `reason` is for the user.
    void closed(const QString &reason);
    // `count` queued sends will never arrive: the session ended first.
    void undelivered(int count);

private:
    friend class ChannelSessions;
    ChannelSession(Session *session, QObject *parent);
    std::unique_ptr<ChannelSessionPrivate> d;
};

} // namespace Tandem
