#pragma once

#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Tandem {

class SessionManager;
class DeviceServiceClient;
class SessionServerPrivate;
class SessionSource;
class TransferManager;

/*!
    \class Tandem::SessionListener
    \inmodule Tandem
    \inheaderfile Tandem/sessionserver.h

    \brief What a session server hears about its sessions (softbus
    ISessionListener).

    Implement it and pass it to SessionServer::createSessionServer(). It is
    called on the SessionServer's thread. A listener is not owned: keep it
    alive until its session server is removed.
*/
class TANDEM_EXPORT SessionListener
{
public:
    /*!
        \fn Tandem::SessionListener::~SessionListener()

        Destroys the listener. Remove its session server first.
    */
    virtual ~SessionListener();

    /*!
        \fn int Tandem::SessionListener::onSessionOpened(int sessionId, int result) = 0

        Called when session \a sessionId opened, or failed to. Opening side:
        \a result is 0 once the peer accepted, else an error
        (SessionServer::ErrorPeerRefused, ...); the return value is ignored.
        Accepting side: called with result 0 for a peer's new session; return 0
        to accept it, anything else to refuse it. SessionServer::sendMessage()
        and SessionServer::sendBytes() work from inside this call already (a
        greeting): what they send reaches the peer once the session is
        accepted, before anything sent later, and is dropped unsent if the
        session is refused. SessionServer::sendFile() waits until the call
        returned.
    */
    virtual int onSessionOpened(int sessionId, int result) = 0;
    /*!
        \fn void Tandem::SessionListener::onSessionClosed(int sessionId) = 0

        Called when the peer closed the open session \a sessionId, or it
        ended without closeSession() (the link stayed away too long).
    */
    virtual void onSessionClosed(int sessionId) = 0;
    /*!
        \fn void Tandem::SessionListener::onBytesReceived(int sessionId, const QByteArray &data) = 0

        Called with \a data the peer sent with SessionServer::sendBytes() on
        session \a sessionId: whole, in order, exactly once.
    */
    virtual void onBytesReceived(int sessionId, const QByteArray &data) = 0;
    /*!
        \fn void Tandem::SessionListener::onMessageReceived(int sessionId, const QByteArray &data) = 0

        Called with a message \a data the peer sent with
        SessionServer::sendMessage() on session \a sessionId, in order,
        exactly once.
    */
    virtual void onMessageReceived(int sessionId, const QByteArray &data) = 0;
};

/*!
    \class Tandem::FileSendListener
    \inmodule Tandem
    \inheaderfile Tandem/sessionserver.h

    \brief Progress of files sent with SessionServer::sendFile() (softbus
    IFileSendListener).

    Set per session server with SessionServer::setFileSendListener(); not
    owned. In every call, \c sessionId is the session the files were sent
    on. Return values are ignored (softbus' signature).
*/
class TANDEM_EXPORT FileSendListener
{
public:
    /*!
        \fn Tandem::FileSendListener::~FileSendListener()

        Destroys the listener. Unset it first.
    */
    virtual ~FileSendListener();
    /*!
        \fn int Tandem::FileSendListener::onSendFileProcess(int sessionId, quint64 bytesUpload, quint64 bytesTotal) = 0

        Called as the files sent on \a sessionId progress: \a bytesUpload of
        \a bytesTotal sent.
    */
    virtual int onSendFileProcess(int sessionId, quint64 bytesUpload, quint64 bytesTotal) = 0;
    /*!
        \fn int Tandem::FileSendListener::onSendFileFinished(int sessionId, const QString &firstFile) = 0

        Called when the receiver verified every file sent on \a sessionId;
        \a firstFile is the first source path.
    */
    virtual int onSendFileFinished(int sessionId, const QString &firstFile) = 0;
    /*!
        \fn void Tandem::FileSendListener::onFileTransError(int sessionId) = 0

        Called when the files sent on \a sessionId were rejected, cancelled
        or failed.
    */
    virtual void onFileTransError(int sessionId) = 0;
};

/*!
    \class Tandem::FileReceiveListener
    \inmodule Tandem
    \inheaderfile Tandem/sessionserver.h

    \brief Files a peer sends on one of this server's sessions (softbus
    IFileReceiveListener).

    Set per session server with SessionServer::setFileReceiveListener(),
    with the folder files land in; not owned. Return values other than
    onReceiveFileStarted()'s are ignored.
*/
class TANDEM_EXPORT FileReceiveListener
{
public:
    /*!
        \fn Tandem::FileReceiveListener::~FileReceiveListener()

        Destroys the listener. Unset it first.
    */
    virtual ~FileReceiveListener();
    /*!
        \fn int Tandem::FileReceiveListener::onReceiveFileStarted(int sessionId, const QStringList &files, int fileCount) = 0

        Called with the peer's offer on \a sessionId: \a fileCount files
        named \a files. Return 0 to accept it (files land in the root folder
        given to SessionServer::setFileReceiveListener()), anything else to
        refuse it.
    */
    virtual int onReceiveFileStarted(int sessionId, const QStringList &files, int fileCount) = 0;
    /*!
        \fn int Tandem::FileReceiveListener::onReceiveFileProcess(int sessionId, const QString &firstFile, quint64 bytesUpload, quint64 bytesTotal) = 0

        Called as the files arriving on \a sessionId progress: \a bytesUpload
        of \a bytesTotal received; \a firstFile names the first of them.
    */
    virtual int onReceiveFileProcess(int sessionId, const QString &firstFile, quint64 bytesUpload, quint64 bytesTotal)
        = 0;
    /*!
        \fn void Tandem::FileReceiveListener::onReceiveFileFinished(int sessionId, const QStringList &files, int fileCount) = 0

        Called when every file arriving on \a sessionId was verified;
        \a files (\a fileCount of them) are where they landed.
    */
    virtual void onReceiveFileFinished(int sessionId, const QStringList &files, int fileCount) = 0;
    /*!
        \fn void Tandem::FileReceiveListener::onFileTransError(int sessionId) = 0

        Called when the files arriving on \a sessionId were cancelled or
        failed; what arrived of them is removed.
    */
    virtual void onFileTransError(int sessionId) = 0;
};

/*!
    \class Tandem::SessionServer
    \inmodule Tandem
    \inheaderfile Tandem/sessionserver.h

    \brief The softbus session.h API over a SessionManager: named session
    servers, integer session ids and integer error codes (0 = success).

    \code
    SessionServer softbus(&sessions);
    softbus.createSessionServer(u"com.example"_s, u"chat"_s, &listener);
    const int id = softbus.openSession(u"chat"_s, u"chat"_s, peerId, {});
    // later, in listener.onSessionOpened(id, 0):
    softbus.sendMessage(id, "hello");
    \endcode

    A session server is a name (registered as a service with the
    SessionManager) with a SessionListener; sessions opened to it, or from
    it with openSession(), get ids > 0. Errors are negative, like softbus':
    ErrorInvalidParameter, ErrorNotPermitted, and the -1000s. Bounds:
    MaxModuleNameBytes, MaxSessionNameBytes, MaxSessionServers,
    MaxBytesPerSend, MaxMessageBytes, MaxAttributesBytes. Files go with
    sendFile() once setTransferManager() was called, or through the host.

    Like ChannelSessions it works embedded, over this process's
    SessionManager, or through the running Tandem host of the profile, over
    a DeviceServiceClient: the host's device and pairings are used, and
    sessions peers open to this app's session servers are routed here.
    Through a host the host may refuse a session server name another app
    serves, after createSessionServer() returned Success:
    sessionServerRefused() says so. Files go through the host too: it
    reads what sendFile() sends (it runs as the same user) and hands this
    app the offers tagged with its session servers, landed in the file
    receive listener's root folder.

    The SessionServer does not own its SessionManager or
    DeviceServiceClient, which must outlive it, nor its listeners. Use it
    from their thread.
*/
class TANDEM_EXPORT SessionServer : public QObject
{
    Q_OBJECT

public:
    /*!
        \variable Tandem::SessionServer::MaxModuleNameBytes
        \brief The longest module name: 64 bytes of UTF-8.
    */
    static constexpr qsizetype MaxModuleNameBytes = 64;
    /*!
        \variable Tandem::SessionServer::MaxSessionNameBytes
        \brief The longest session (server) name: 255 bytes of UTF-8.
    */
    static constexpr qsizetype MaxSessionNameBytes = 255;
    /*!
        \variable Tandem::SessionServer::MaxSessionServers
        \brief The most session servers one SessionServer holds: 32; more is
        ErrorLimitReached.
    */
    static constexpr int MaxSessionServers = 32;
    /*!
        \variable Tandem::SessionServer::MaxBytesPerSend
        \brief The most one sendBytes() carries, and one received: 4 MiB.
    */
    static constexpr qsizetype MaxBytesPerSend = qsizetype(4) * 1024 * 1024;
    /*!
        \variable Tandem::SessionServer::MaxMessageBytes
        \brief The most one sendMessage() carries, and one received: 4 KiB.
    */
    static constexpr qsizetype MaxMessageBytes = 4096;
    /*!
        \variable Tandem::SessionServer::MaxAttributesBytes
        \brief The largest openSession() attributes, encoded as CBOR: 4 KiB.

        The CBOR encoding of openSession()'s attributes: they travel in one
        control message, so keep them well under its 64 KiB bound.
    */
    static constexpr qsizetype MaxAttributesBytes = 4096;
    static_assert(MaxSessionNameBytes <= Session::MaxServiceNameBytes);

    /*!
        \variable Tandem::SessionServer::Success
        \brief Return code 0: success. Errors are negative, like softbus'.
    */
    static constexpr int Success = 0;
    /*!
        \variable Tandem::SessionServer::ErrorInvalidParameter
        \brief -401: a bad name, size or id.
    */
    static constexpr int ErrorInvalidParameter = -401;
    /*!
        \variable Tandem::SessionServer::ErrorNotPermitted
        \brief -201: not paired, not opened yet, another module's server, or
        no TransferManager for files.
    */
    static constexpr int ErrorNotPermitted = -201;
    /*!
        \variable Tandem::SessionServer::ErrorLimitReached
        \brief -1001: MaxSessionServers already exist.
    */
    static constexpr int ErrorLimitReached = -1001;
    /*!
        \variable Tandem::SessionServer::ErrorSessionServerExists
        \brief -1002: a session server (or another service of the
        SessionManager) has that name already.
    */
    static constexpr int ErrorSessionServerExists = -1002;
    /*!
        \variable Tandem::SessionServer::ErrorNoSuchSessionServer
        \brief -1003: no session server of that name.
    */
    static constexpr int ErrorNoSuchSessionServer = -1003;
    /*!
        \variable Tandem::SessionServer::ErrorNoSuchSession
        \brief -1004: no session of that id.
    */
    static constexpr int ErrorNoSuchSession = -1004;
    /*!
        \variable Tandem::SessionServer::ErrorSendQueueFull
        \brief -1005: the peer is behind; try again later.
    */
    static constexpr int ErrorSendQueueFull = -1005;
    /*!
        \variable Tandem::SessionServer::ErrorPeerRefused
        \brief -1101, given to the opener's SessionListener::onSessionOpened():
        the peer's listener returned non-zero.
    */
    static constexpr int ErrorPeerRefused = -1101;
    /*!
        \variable Tandem::SessionServer::ErrorNoPeerSessionServer
        \brief -1102, given to the opener's SessionListener::onSessionOpened():
        the peer has no server of that name.
    */
    static constexpr int ErrorNoPeerSessionServer = -1102;
    /*!
        \variable Tandem::SessionServer::ErrorPeerUnreachable
        \brief -1103, given to the opener's SessionListener::onSessionOpened():
        the peer did not answer in time.
    */
    static constexpr int ErrorPeerUnreachable = -1103;

    /*!
        \variable Tandem::SessionServer::IsServer
        \brief getSessionSide() for a session the peer opened (softbus
        IS_SERVER).
    */
    static constexpr int IsServer = 0;
    /*!
        \variable Tandem::SessionServer::IsClient
        \brief getSessionSide() for a session this side opened (softbus
        IS_CLIENT).
    */
    static constexpr int IsClient = 1;

    /*!
        \fn Tandem::SessionServer::SessionServer(Tandem::SessionManager *sessions, QObject *parent)

        Constructs the softbus API over \a sessions, as a child of
        \a parent. \a sessions must outlive it.
    */
    explicit SessionServer(SessionManager *sessions, QObject *parent = nullptr);
    /*!
        \fn Tandem::SessionServer::SessionServer(Tandem::DeviceServiceClient *host, QObject *parent)

        Constructs the softbus API through the Tandem host that \a host is
        connected to, as a child of \a parent. \a host must outlive it;
        sessions end when the connection to the host does.
    */
    explicit SessionServer(DeviceServiceClient *host, QObject *parent = nullptr);
    /*!
        \fn Tandem::SessionServer::~SessionServer()

        Closes the sessions it still has and removes its session servers.
    */
    ~SessionServer() override;

    /*!
        \fn int Tandem::SessionServer::createSessionServer(const QString &moduleName, const QString &sessionName, Tandem::SessionListener *listener)

        Creates the session server \a sessionName for the module
        \a moduleName, with \a listener (not owned). Returns Success,
        ErrorInvalidParameter (a bad name or no listener),
        ErrorSessionServerExists or ErrorLimitReached.
    */
    int createSessionServer(const QString &moduleName, const QString &sessionName, SessionListener *listener);
    /*!
        \fn int Tandem::SessionServer::removeSessionServer(const QString &moduleName, const QString &sessionName)

        Removes the session server \a sessionName of \a moduleName, and
        closes its sessions (their peers hear onSessionClosed). Returns
        Success, ErrorInvalidParameter, ErrorNoSuchSessionServer, or
        ErrorNotPermitted for another module's server.
    */
    int removeSessionServer(const QString &moduleName, const QString &sessionName);

    /*!
        \fn int Tandem::SessionServer::openSession(const QString &mySessionName, const QString &peerSessionName, const QString &peerDeviceId, const QVariantMap &attributes)

        Opens a session from our server \a mySessionName to the server
        \a peerSessionName on the paired device \a peerDeviceId, passing
        \a attributes (at most MaxAttributesBytes as CBOR; the peer reads
        them with getSessionAttributes()). Returns the new session's id (> 0)
        at once, or an error. The outcome follows in mySessionName's
        listener: onSessionOpened(id, result).
    */
    int openSession(const QString &mySessionName, const QString &peerSessionName, const QString &peerDeviceId,
                    const QVariantMap &attributes);
    /*!
        \fn void Tandem::SessionServer::closeSession(int sessionId)

        Closes session \a sessionId. The peer's listener hears
        onSessionClosed(); this side's does not.
    */
    void closeSession(int sessionId);

    /*!
        \fn int Tandem::SessionServer::sendBytes(int sessionId, const QByteArray &data)

        Sends \a data (1 to MaxBytesPerSend bytes) on session \a sessionId.
        Returns Success, ErrorInvalidParameter, ErrorNoSuchSession,
        ErrorNotPermitted before the session opened (on the accepting side it
        is open from the start of SessionListener::onSessionOpened()), or
        ErrorSendQueueFull.
        Bytes and messages travel in separate ordered lanes: a message overtakes
        bytes sent before it. While the link is being re-established sends are
        queued and delivered after it resumes.
    */
    int sendBytes(int sessionId, const QByteArray &data);
    /*!
        \fn int Tandem::SessionServer::sendMessage(int sessionId, const QByteArray &data)

        Sends the message \a data (1 to MaxMessageBytes bytes) on session
        \a sessionId; returns as sendBytes() does.
    */
    int sendMessage(int sessionId, const QByteArray &data);

    /*!
        \fn QString Tandem::SessionServer::getMySessionName(int sessionId, int *error = nullptr) const

        Returns the name of our end of session \a sessionId: our session
        server's. The getters return an empty value and set \a error (if
        given) to ErrorNoSuchSession for an unknown id; on success \a error
        is set to Success.
    */
    QString getMySessionName(int sessionId, int *error = nullptr) const;
    /*!
        \fn QString Tandem::SessionServer::getPeerSessionName(int sessionId, int *error = nullptr) const

        Returns the name of the peer's end of session \a sessionId; \a error
        as for getMySessionName().
    */
    QString getPeerSessionName(int sessionId, int *error = nullptr) const;
    /*!
        \fn QString Tandem::SessionServer::getPeerDeviceId(int sessionId, int *error = nullptr) const

        Returns the device id of the peer of session \a sessionId; \a error
        as for getMySessionName().
    */
    QString getPeerDeviceId(int sessionId, int *error = nullptr) const;
    /*!
        \fn QVariantMap Tandem::SessionServer::getSessionAttributes(int sessionId, int *error) const

        Returns the attributes the opener passed to openSession() for
        session \a sessionId; \a error as for getMySessionName().
    */
    QVariantMap getSessionAttributes(int sessionId, int *error = nullptr) const;
    /*!
        \fn int Tandem::SessionServer::getSessionSide(int sessionId) const

        Returns IsServer or IsClient for session \a sessionId, or
        ErrorNoSuchSession.
    */
    int getSessionSide(int sessionId) const;

    /*!
        \fn void Tandem::SessionServer::setTransferManager(Tandem::TransferManager *transfers)

        Carries files (softbus SendFile and its listeners) with \a transfers,
        a TransferManager on the same SessionManager (not owned); without
        one, sendFile() returns ErrorNotPermitted. Through a host the host's
        transfers are used instead, and this is not needed.
    */
    void setTransferManager(TransferManager *transfers);
    /*!
        \fn int Tandem::SessionServer::setFileSendListener(const QString &moduleName, const QString &sessionName, Tandem::FileSendListener *listener)

        Sets \a listener (not owned; null unsets it) to hear how files sent
        on the sessions of \a moduleName's server \a sessionName progress.
        Returns Success, ErrorNoSuchSessionServer, or ErrorNotPermitted for
        another module's server.
    */
    int setFileSendListener(const QString &moduleName, const QString &sessionName, FileSendListener *listener);
    /*!
        \fn int Tandem::SessionServer::setFileReceiveListener(const QString &moduleName, const QString &sessionName, Tandem::FileReceiveListener *listener, const QString &rootDir)

        Sets \a listener (not owned; null unsets it) to hear files offered on
        the sessions of \a moduleName's server \a sessionName; accepted
        files land in \a rootDir, which must be a folder. Returns Success,
        ErrorNoSuchSessionServer, ErrorNotPermitted for another module's
        server, or ErrorInvalidParameter when \a rootDir is not a folder.
    */
    int setFileReceiveListener(const QString &moduleName, const QString &sessionName, FileReceiveListener *listener,
                               const QString &rootDir);
    /*!
        \fn int Tandem::SessionServer::sendFile(int sessionId, const QStringList &sourcePaths, const QStringList &destPaths)

        Sends the files \a sourcePaths to the peer of session \a sessionId;
        \a destPaths are the names offered
        (relative; empty: the source file names). Progress goes to the file send
        listener of the session's server. Returns Success or an error:
        ErrorNotPermitted before the session opened, including from inside
        the accepting side's SessionListener::onSessionOpened(), since a
        transfer does not wait for the session to be accepted.
    */
    int sendFile(int sessionId, const QStringList &sourcePaths, const QStringList &destPaths);

    /*!
        \fn QString Tandem::SessionServer::errorString(int code)

        Returns a sentence describing the return \a code, for logs and
        messages.
    */
    static QString errorString(int code);

Q_SIGNALS:
    /*!
        \fn void Tandem::SessionServer::sessionServerRefused(const QString &sessionName, const QString &reason)

        This signal is emitted, through a host only, when the host refused
        to route \a sessionName to this app after createSessionServer()
        returned Success: the host or another app serves that name, or
        this app serves as many as it may. The session server is removed;
        \a reason is for the user.
    */
    void sessionServerRefused(const QString &sessionName, const QString &reason);

private:
    SessionServer(std::unique_ptr<SessionSource> source, QObject *parent);
    // Closes the sessions of session server `sessionName`, whose listener is
    // going.
    void closeSessionsOf(const QString &sessionName);
    std::unique_ptr<SessionServerPrivate> d;
};

} // namespace Tandem
