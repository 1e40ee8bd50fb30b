#pragma once

#include <Tandem/tandem_export.h>

#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class ChannelSession;
class ChannelSessionsPrivate;
class DeviceServiceClient;
class SessionManager;
class SessionSource;

/*!
    \class Tandem::ChannelSessions
    \inmodule Tandem
    \inheaderfile Tandem/channelsessions.h

    \brief Makes ChannelSession objects: opens them to a peer's service, and
    accepts every incoming session for the services it listens to.

    It works in one of two modes, chosen by its constructor and fixed for
    its life. \e Embedded, over a SessionManager: this process is the
    device. \e{Through the host}, over a DeviceServiceClient connected to
    the running host of the profile (the desktop app or
    \c{tandem-cli serve}): the host's device, links and pairings are used,
    and sessions peers open to a service this factory listens to are
    routed to it. The calls and signals are the same in both.

    \code
    DeviceServiceClient host;
    QString error;
    if (!host.connectToHost(profileDir, &error))
        qFatal("%s", qPrintable(error));
    ChannelSessions sessions(&host);
    sessions.listen(u"whiteboard"_s);
    \endcode

    Ownership: the factory is the parent of every session it returns or
    announces, so they are deleted with it at the latest. An app that wants
    one to live on may setParent() it; deleting a ChannelSession closes it.
    The factory does not own its SessionManager, which must outlive it; use
    it from the SessionManager's thread.
*/
class TANDEM_EXPORT ChannelSessions : public QObject
{
    Q_OBJECT

public:
    /*!
        \fn Tandem::ChannelSessions::ChannelSessions(Tandem::SessionManager *sessions, QObject *parent)

        Constructs a factory over \a sessions, as a child of \a parent.
    */
    explicit ChannelSessions(SessionManager *sessions, QObject *parent = nullptr);
    /*!
        \fn Tandem::ChannelSessions::ChannelSessions(Tandem::DeviceServiceClient *host, QObject *parent)

        Constructs a factory whose sessions go through the Tandem host that
        \a host is connected to (or connecting to), as a child of
        \a parent. \a host must outlive the factory. Sessions end when the
        connection to the host does.
    */
    explicit ChannelSessions(DeviceServiceClient *host, QObject *parent = nullptr);
    /*!
        \fn Tandem::ChannelSessions::~ChannelSessions()

        Stops listening; the sessions it still parents close.
    */
    ~ChannelSessions() override;

    /*!
        \fn Tandem::ChannelSession * Tandem::ChannelSessions::open(const QString &peerId, const QString &service, QString *error)

        Returns a new session to \a service on the paired device \a peerId,
        Connecting at first. Returns null, with \a error set (if given), when
        the device is not paired or the
        name is empty or longer than Session::MaxServiceNameBytes.
    */
    ChannelSession *open(const QString &peerId, const QString &service, QString *error = nullptr);

    /*!
        \fn bool Tandem::ChannelSessions::listen(const QString &service, QString *error)

        Accepts every session peers open to \a service and announces it with
        incoming(). Returns \c true once listening; \c false, with \a error
        set (if given), for a bad name or a service that
        something else on this SessionManager serves. Through a host, the
        host answers for services of other apps later: listenFailed()
        follows when it refuses.
    */
    bool listen(const QString &service, QString *error = nullptr);
    /*!
        \fn void Tandem::ChannelSessions::unlisten(const QString &service)

        Stops accepting sessions for \a service; open ones go on.
    */
    void unlisten(const QString &service);

Q_SIGNALS:
    /*!
        \fn void Tandem::ChannelSessions::incoming(Tandem::ChannelSession *session)

        This signal is emitted when a peer opened \a session to a service
        this factory listens to. It is already accepted (Connected) when
        announced, and the factory is its parent.
    */
    void incoming(Tandem::ChannelSession *session);
    /*!
        \fn void Tandem::ChannelSessions::listenFailed(const QString &service, const QString &reason)

        This signal is emitted, through a host only, when the host refused
        to route \a service to this app after listen() returned \c true:
        the host or another app serves it already, or this app serves as
        many services as it may (DeviceServiceHost::MaxServicesPerClient).
        \a reason is for the user. The factory no longer listens to it.
    */
    void listenFailed(const QString &service, const QString &reason);

private:
    ChannelSessions(std::unique_ptr<SessionSource> source, QObject *parent);
    std::unique_ptr<ChannelSessionsPrivate> d;
};

} // namespace Tandem
