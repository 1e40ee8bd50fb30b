#include "channelsession.h"

#include "sessionsource_p.h"

#include <QPointer>

namespace Tandem {

class ChannelSessionPrivate
{
public:
    QPointer<SessionEndpoint> session;
    // Kept here so that they outlive the session object.
    QString peerId;
    QString service;
    ChannelSession::State state;
};

namespace {

ChannelSession::State fromSession(Session::State state)
{
    switch (state) {
    case Session::State::Connecting:
        return ChannelSession::State::Connecting;
    case Session::State::Connected:
        return ChannelSession::State::Connected;
    case Session::State::Reconnecting:
        return ChannelSession::State::Reconnecting;
    case Session::State::Disconnected:
        break;
    }
    return ChannelSession::State::Disconnected;
}

QString closeReasonText(Session::CloseReason reason, const QString &detail)
{
    if (!detail.isEmpty())
        return detail;
    switch (reason) {
    case Session::CloseReason::PeerClosed:
        return ChannelSession::tr("The other device closed the session.");
    case Session::CloseReason::PeerExited:
        return ChannelSession::tr("The app on the other device went away.");
    case Session::CloseReason::NetworkDisconnected:
        return ChannelSession::tr("The other device did not come back in time.");
    case Session::CloseReason::Refused:
        return ChannelSession::tr("The other device refused the session.");
    case Session::CloseReason::ClosedLocally:
        break;
    }
    return ChannelSession::tr("The session was closed on this device.");
}

} // namespace

ChannelSession::ChannelSession(SessionEndpoint *session, QObject *parent)
    : QObject(parent)
    , d(new ChannelSessionPrivate{session, session->peerDeviceId(), session->service(), fromSession(session->state())})
{
    session->setParent(this);
    connect(session, &SessionEndpoint::stateChanged, this, [this](Session::State s) {
        const State state = fromSession(s);
        if (state == d->state)
            return;
        d->state = state;
        Q_EMIT stateChanged(state);
    });
    connect(session, &SessionEndpoint::messageReceived, this,
            [this](const QString &channel, Session::Kind, const QByteArray &data) { Q_EMIT received(channel, data); });
    connect(session, &SessionEndpoint::undelivered, this,
            [this](Session::Kind, const QList<qint64> &sequences) { Q_EMIT undelivered(int(sequences.size())); });
    connect(session, &SessionEndpoint::closed, this, [this](Session::CloseReason reason, const QString &detail) {
        // The session is done; only its reason and the state stay.
        if (d->session)
            d->session->deleteSession();
        Q_EMIT closed(closeReasonText(reason, detail));
    });
    connect(session, &SessionEndpoint::gone, this, [this] {
        // Its SessionManager, or the connection to the host, went away
        // without closing it.
        if (d->state == State::Disconnected)
            return;
        d->state = State::Disconnected;
        Q_EMIT stateChanged(d->state);
        Q_EMIT closed(tr("The session ended with its session manager."));
    });
}

ChannelSession::~ChannelSession()
{
    if (SessionEndpoint *session = d->session) {
        session->disconnect(this);
        session->close(Session::CloseReason::PeerClosed);
        session->deleteSession();
    }
}

ChannelSession::State ChannelSession::state() const
{
    return d->state;
}

QString ChannelSession::peerId() const
{
    return d->peerId;
}

QString ChannelSession::service() const
{
    return d->service;
}

bool ChannelSession::send(const QString &channel, const QByteArray &data, QString *error)
{
    QString reason;
    if (!d->session || d->state == State::Disconnected) {
        reason = tr("The session is closed.");
    } else if (channel.toUtf8().size() > MaxChannelNameBytes) {
        // Session::send checks this too; say it in this API's terms.
        reason = tr("A channel name can be at most %1 bytes of UTF-8.").arg(MaxChannelNameBytes);
    } else if (d->session->send(channel, Session::Kind::Bytes, data, &reason) > 0) {
        return true;
    }
    if (error)
        *error = reason;
    return false;
}

void ChannelSession::close()
{
    if (d->session)
        d->session->close(Session::CloseReason::PeerClosed);
}

} // namespace Tandem
