#pragma once

#include "abilitytypes.h"
#include <Tandem/session.h>
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Tandem {

class SessionManager;
struct ConnectResult;
class AbilityConnectionManagerPrivate;
class DeviceServiceClient;

/*!
    \class Tandem::AbilityConnectionManager
    \inmodule Tandem
    \inheaderfile Tandem/abilityconnectionmanager.h

    \brief The ability-connection API, named after OpenHarmony's
    abilityConnectionManager: sessions with a peer's service, short text
    messages and data of any size.

    An app creates a session for a peer's service
    (createAbilityConnectionSession()) and connects (connect()); the other
    app is asked first (collaborationRequested(), OpenHarmony's
    onCollaborate) and accepts (acceptConnect()) or rejects (reject()). Then
    both exchange text (sendMessage(), messageReceived()) and data
    (sendData(), dataReceived()) until one disconnects (disconnected()).

    \code
    AbilityConnectionManager ability(&sessions);           // sessions: a SessionManager
    ability.registerService(u"notes"_s);                   // take requests for "notes"
    QObject::connect(&ability, &AbilityConnectionManager::collaborationRequested, &ability,
                     [&](const CollaborationRequest &r) {
        const int id = ability.createAbilityConnectionSession(r.serviceName, r.peerInfo, r.options);
        ability.acceptConnect(id, r.token);                // or ability.reject(r.token, reason)
    });
    \endcode

    One manager per app and SessionManager; the manager does not own the
    SessionManager, which must outlive it. Calls return 0 or an error code
    (ErrorInvalidParameter, ErrorNotPermitted, ErrorBusy);
    createAbilityConnectionSession() returns a session id > 0 or the negated
    code. Bounds: MaxNameBytes, MaxParametersBytes, MaxParametersDepth,
    MaxMessageBytes, MaxSessions, MaxPendingRequests. Use the manager from
    its SessionManager's thread.

    Note that connect() and disconnect() hide QObject's members of the same
    name: call QObject::connect explicitly on this class.
*/
class TANDEM_EXPORT AbilityConnectionManager : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::AbilityConnectionManager::localInfo
        \brief who this app is, as peers see it when it connects.

        Only bundleName, moduleName and abilityName are kept (bundleName
        defaults to the application name); deviceId is always this
        device's, and serviceName is per session. Names longer than
        MaxNameBytes leave the property unchanged, with a warning.
    */
    Q_PROPERTY(Tandem::PeerInfo localInfo READ localInfo WRITE setLocalInfo NOTIFY localInfoChanged FINAL)
    /*!
        \property Tandem::AbilityConnectionManager::services
        \brief the services this app takes requests for (registerService()).
    */
    Q_PROPERTY(QStringList services READ services NOTIFY servicesChanged FINAL)

public:
    /*!
        \enum Tandem::AbilityConnectionManager::ConnectErrorCode

        Why connect() did not connect (ConnectResult::errorCode); values as
        in OpenHarmony.

        \value CONNECTED_SESSION_EXISTS The session is already connected or
               connecting (also the value when ConnectResult::isConnected).
        \value PEER_APP_REJECTED The peer's app rejected the request, or did
               not answer within its request timeout ("timed out").
        \value LOCAL_WIFI_NOT_OPEN Not raised by Tandem.
        \value PEER_WIFI_NOT_OPEN Not raised by Tandem.
        \value PEER_ABILITY_NO_ONCOLLABORATE The peer has no such service
               registered.
        \value SYSTEM_INTERNAL_ERROR Refused by the system rather than an app:
               not paired (the reason names error 201), too many pending
               requests, a malformed request, a budget reached.
    */
    enum class ConnectErrorCode {
        CONNECTED_SESSION_EXISTS = 0,
        PEER_APP_REJECTED = 1,
        LOCAL_WIFI_NOT_OPEN = 2,
        PEER_WIFI_NOT_OPEN = 3,
        PEER_ABILITY_NO_ONCOLLABORATE = 4,
        SYSTEM_INTERNAL_ERROR = 5,
    };
    Q_ENUM(ConnectErrorCode)
    /*!
        \enum Tandem::AbilityConnectionManager::DisconnectReason

        Why a session ended (disconnected()).

        \value PEER_APP_CLOSE_COLLABORATION The peer called disconnect() or
               destroyed the session.
        \value PEER_APP_EXIT The peer's app (its manager) or device stopped.
        \value NETWORK_DISCONNECTED No link to the peer for
               SessionManagerOptions::resumeTimeout; collaborateEvent()
               with SEND_FAILURE came first for what was not delivered.
    */
    enum class DisconnectReason {
        PEER_APP_CLOSE_COLLABORATION = 0,
        PEER_APP_EXIT = 1,
        NETWORK_DISCONNECTED = 2,
    };
    Q_ENUM(DisconnectReason)
    /*!
        \enum Tandem::AbilityConnectionManager::CollaborateEventType

        What collaborateEvent() reports.

        \value SEND_FAILURE A message or data was refused or will never
               arrive.
        \value COLOR_SPACE_CONVERSION_FAILURE never raised: Tandem carries no images
    */
    enum class CollaborateEventType {
        SEND_FAILURE = 0,
        COLOR_SPACE_CONVERSION_FAILURE = 1,
    };
    Q_ENUM(CollaborateEventType)

    /*!
        \variable Tandem::AbilityConnectionManager::ErrorNotPermitted

        \brief Error 201: the peer is not paired, or the session is not
        connected.

        201 and 401 are OpenHarmony's universal error codes.
    */
    static constexpr int ErrorNotPermitted = 201;
    /*!
        \variable Tandem::AbilityConnectionManager::ErrorInvalidParameter
        \brief Error 401: a bad parameter (unknown session id or token, a
        name too long, options past their bounds).
    */
    static constexpr int ErrorInvalidParameter = 401;
    /*!
        \variable Tandem::AbilityConnectionManager::ErrorBusy

        \brief Error 503, Tandem's own: a bound was reached.

        A bound below was reached (too many sessions, a full send
        queue); try again later.
    */
    static constexpr int ErrorBusy = 503;

    /*!
        \variable Tandem::AbilityConnectionManager::MaxMessageBytes

        \brief A text message is under 1 KiB of UTF-8: at most
        MaxMessageBytes - 1 bytes.

        Received text of 1 KiB or more (only a misbehaving peer sends it) is
        dropped with one warning per session.
    */
    static constexpr qsizetype MaxMessageBytes = 1024;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxNameBytes

        \brief The longest service, bundle, module and ability name or device
        id: Session::MaxServiceNameBytes (255) bytes of UTF-8.
    */
    static constexpr qsizetype MaxNameBytes = Session::MaxServiceNameBytes;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxParametersBytes

        \brief The largest ConnectOptions::parameters, encoded as CBOR:
        16 KiB.

        ConnectOptions::parameters, encoded as CBOR, and how deep its maps and
        lists nest (the map itself counts): they travel in one control message,
        which the peer refuses beyond 64 KiB or 8 levels.
    */
    static constexpr qsizetype MaxParametersBytes = 16 * 1024;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxParametersDepth
        \brief How deep ConnectOptions::parameters may nest: 4 levels, the map
        itself counting (see MaxParametersBytes).
    */
    static constexpr int MaxParametersDepth = 4;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxReasonLength

        \brief The longest reason reject() takes: 200 UTF-16 code units, as
        the session layer carries it.
    */
    static constexpr qsizetype MaxReasonLength = 200;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxSessions
        \brief The most sessions one manager holds: 1024; more is ErrorBusy.
    */
    static constexpr int MaxSessions = 1024;
    /*!
        \variable Tandem::AbilityConnectionManager::MaxPendingRequests

        \brief The most incoming requests waiting for an answer: 32.

        Incoming requests the app has not answered yet; more are refused with
        SYSTEM_INTERNAL_ERROR, and each is rejected ("timed out") after the
        request timeout.
    */
    static constexpr int MaxPendingRequests = 32;
    /*!
        \variable Tandem::AbilityConnectionManager::DefaultRequestTimeout
        \brief How long an incoming request waits for an answer unless
        setRequestTimeout() says otherwise: 60 s.
    */
    static constexpr std::chrono::milliseconds DefaultRequestTimeout{60000};
    /*!
        \variable Tandem::AbilityConnectionManager::TokenBytes
        \brief A request token's random bytes: 16.

        Tokens (CollaborationRequest::token) are good once; a wrong token, a
        used one, or one for a session created for another device is
        ErrorInvalidParameter and changes nothing.
    */
    static constexpr int TokenBytes = 16;

    /*!
        \fn Tandem::AbilityConnectionManager::AbilityConnectionManager(Tandem::SessionManager *sessions, QObject *parent)

        Constructs a manager over \a sessions, as a child of \a parent.
        \a sessions must outlive it. Several facades may share one
        SessionManager: each takes incoming sessions only for the services
        it registered, so give services distinct names across facades.
    */
    explicit AbilityConnectionManager(SessionManager *sessions, QObject *parent = nullptr);
    /*!
        \fn Tandem::AbilityConnectionManager::AbilityConnectionManager(Tandem::DeviceServiceClient *host, QObject *parent)

        Constructs a manager whose sessions go through the Tandem host that
        \a host is connected to, as a child of \a parent: the host's
        device and pairings are used, and collaboration requests to the
        services registered here are routed to this app. \a host must
        outlive it; sessions end when the connection to the host does.
        A service name the host refuses after registerService() (another
        app serves it) is unregistered again, with serviceRefused().
    */
    explicit AbilityConnectionManager(DeviceServiceClient *host, QObject *parent = nullptr);
    /*!
        \fn Tandem::AbilityConnectionManager::~AbilityConnectionManager()

        Closes every session (peers see PEER_APP_EXIT) and refuses pending
        requests.
    */
    ~AbilityConnectionManager() override;

    /*!
        \fn Tandem::SessionManager * Tandem::AbilityConnectionManager::sessionManager() const

        Returns the session manager this manager works on; null when it
        works through a host.
    */
    SessionManager *sessionManager() const;

    PeerInfo localInfo() const;
    void setLocalInfo(const PeerInfo &info);

    /*!
        \fn std::chrono::milliseconds Tandem::AbilityConnectionManager::requestTimeout() const

        Returns how long an incoming request waits for acceptConnect() or
        reject() before it is rejected ("timed out"); DefaultRequestTimeout
        unless set.
    */
    std::chrono::milliseconds requestTimeout() const;
    /*!
        \fn void Tandem::AbilityConnectionManager::setRequestTimeout(std::chrono::milliseconds timeout)

        Sets the request timeout to \a timeout, for requests that arrive
        from now on.
    */
    void setRequestTimeout(std::chrono::milliseconds timeout);

    /*!
        \fn int Tandem::AbilityConnectionManager::registerService(const QString &serviceName)

        Takes requests for \a serviceName from now on. Returns 0, or
        ErrorInvalidParameter for an empty name or one longer than
        MaxNameBytes.
    */
    Q_INVOKABLE int registerService(const QString &serviceName);
    /*!
        \fn void Tandem::AbilityConnectionManager::unregisterService(const QString &serviceName)

        Stops taking requests for \a serviceName. Pending requests for it are
        refused (PEER_ABILITY_NO_ONCOLLABORATE).
    */
    Q_INVOKABLE void unregisterService(const QString &serviceName);
    QStringList services() const;

    /*!
        \fn int Tandem::AbilityConnectionManager::createAbilityConnectionSession(const QString &serviceName, const Tandem::PeerInfo &peerInfo, const Tandem::ConnectOptions &options)

        Records a session of our \a serviceName with \c {peerInfo.serviceName}
        on \c {peerInfo.deviceId} (the same name as ours when empty); nothing is
        sent until connect(). Returns the session id (> 0),
        -ErrorInvalidParameter for a bad name, id or options, or -ErrorBusy
        beyond MaxSessions. \a peerInfo names the peer, \a options what this
        side wants (ConnectOptions::parameters within MaxParametersBytes and
        MaxParametersDepth).
    */
    Q_INVOKABLE int createAbilityConnectionSession(const QString &serviceName, const Tandem::PeerInfo &peerInfo,
                                                   const Tandem::ConnectOptions &options = {});
    /*!
        \fn void Tandem::AbilityConnectionManager::destroyAbilityConnectionSession(int sessionId)

        Closes the session \a sessionId if it is connected (or connecting)
        and forgets it. The peer sees PEER_APP_CLOSE_COLLABORATION; nothing
        is raised here.
    */
    Q_INVOKABLE void destroyAbilityConnectionSession(int sessionId);
    /*!
        \fn Tandem::PeerInfo Tandem::AbilityConnectionManager::getPeerInfoById(int sessionId) const

        Returns the peer of session \a sessionId, or an invalid PeerInfo for
        an unknown id.
    */
    Q_INVOKABLE Tandem::PeerInfo getPeerInfoById(int sessionId) const;
    /*!
        \fn bool Tandem::AbilityConnectionManager::isConnected(int sessionId) const

        Returns \c true if session \a sessionId is connected.
    */
    Q_INVOKABLE bool isConnected(int sessionId) const;

    /*!
        \fn QFuture<Tandem::ConnectResult> Tandem::AbilityConnectionManager::connect(int sessionId)

        Asks the peer to connect session \a sessionId; the returned future
        resolves with the result, which also comes as connectResult() (for
        QML), and connected() follows success. The peer app has 60 s (its
        request timeout) to answer. Resolves at
        once, not connected, for an unknown id, an unpaired device (reason names
        error 201) or a session already connected or connecting
        (CONNECTED_SESSION_EXISTS). Refusals by the system rather than the peer
        app are SYSTEM_INTERNAL_ERROR, their reason says why.
    */
    Q_INVOKABLE QFuture<Tandem::ConnectResult> connect(int sessionId);

    /*!
        \fn int Tandem::AbilityConnectionManager::acceptConnect(int sessionId, const QString &token)

        Answers a collaborationRequested(): binds our session \a sessionId
        (created for that peer) to the request. A token is good once;
        ErrorInvalidParameter and no change for an unknown or used token, a
        session for another device, or a session already in use. Takes the
        \a token from CollaborationRequest::token; returns 0 and emits
        connected() on success.
    */
    Q_INVOKABLE int acceptConnect(int sessionId, const QString &token);
    /*!
        \fn int Tandem::AbilityConnectionManager::reject(const QString &token, const QString &reason)

        Refuses the request \a token; the initiator gets PEER_APP_REJECTED
        with \a reason (at most MaxReasonLength). Returns 0, or
        ErrorInvalidParameter for an unknown or used token.
    */
    Q_INVOKABLE int reject(const QString &token, const QString &reason);

    /*!
        \fn int Tandem::AbilityConnectionManager::disconnect(int sessionId)

        Ends the connected (or connecting) session \a sessionId, which stays
        known until destroyed; the peer gets
        disconnected(PEER_APP_CLOSE_COLLABORATION). Returns 0, or
        ErrorNotPermitted when it is neither.
    */
    Q_INVOKABLE int disconnect(int sessionId);

    /*!
        \fn int Tandem::AbilityConnectionManager::sendMessage(int sessionId, const QString &text)

        Sends \a text on session \a sessionId: under MaxMessageBytes of UTF-8
        (empty is invalid too). Returns 0, ErrorInvalidParameter,
        ErrorNotPermitted when not connected, or ErrorBusy for a full send
        queue (which also raises collaborateEvent(SEND_FAILURE)). Sends made
        while the link is down are queued and delivered after it resumes; a
        message that is lost raises collaborateEvent(SEND_FAILURE).
    */
    Q_INVOKABLE int sendMessage(int sessionId, const QString &text);
    /*!
        \fn int Tandem::AbilityConnectionManager::sendData(int sessionId, const QByteArray &data)

        Sends \a data on session \a sessionId: any non-empty size, fragmented
        by the session layer. Returns as sendMessage() does.
    */
    Q_INVOKABLE int sendData(int sessionId, const QByteArray &data);

Q_SIGNALS:
    void localInfoChanged();
    void servicesChanged();
    /*!
        \fn void Tandem::AbilityConnectionManager::serviceRefused(const QString &serviceName, const QString &reason)

        This signal is emitted, through a host only, when the host refused
        to route \a serviceName to this app after registerService()
        returned 0: the host or another app serves it, or this app serves
        as many services as it may. The service is unregistered again
        (servicesChanged() follows); \a reason is for the user.
    */
    void serviceRefused(const QString &serviceName, const QString &reason);
    /*!
        \fn void Tandem::AbilityConnectionManager::collaborationRequested(const Tandem::CollaborationRequest &request)

        This signal is emitted when a peer asks to connect to one of our
        services: answer \a request with acceptConnect() or reject() before
        the request timeout. At most MaxPendingRequests wait at once.
    */
    void collaborationRequested(const Tandem::CollaborationRequest &request);
    /*!
        \fn void Tandem::AbilityConnectionManager::collaborationRequestCancelled(const QString &token, const QString &reason)

        This signal is emitted when the request \a token went away
        unanswered: the peer gave up, or it timed out; \a reason says which.
    */
    void collaborationRequestCancelled(const QString &token, const QString &reason);
    /*!
        \fn void Tandem::AbilityConnectionManager::connectResult(int sessionId, const Tandem::ConnectResult &result)

        This signal is emitted with the \a result of connect() for session
        \a sessionId, as connect()'s future resolves.
    */
    void connectResult(int sessionId, const Tandem::ConnectResult &result);
    /*!
        \fn void Tandem::AbilityConnectionManager::connected(int sessionId)

        This signal is emitted when session \a sessionId is connected: on the
        initiator after connectResult(), on the acceptor in acceptConnect().
    */
    void connected(int sessionId);
    /*!
        \fn void Tandem::AbilityConnectionManager::disconnected(int sessionId, Tandem::AbilityConnectionManager::DisconnectReason reason)

        This signal is emitted when session \a sessionId was ended for
        \a reason by the peer, the network or this device stopping; not
        raised for our own disconnect() or destroy.
    */
    void disconnected(int sessionId, Tandem::AbilityConnectionManager::DisconnectReason reason);
    /*!
        \fn void Tandem::AbilityConnectionManager::messageReceived(int sessionId, const QString &text)

        This signal is emitted for each text message \a text the peer sent on
        session \a sessionId, in order, exactly once.
    */
    void messageReceived(int sessionId, const QString &text);
    /*!
        \fn void Tandem::AbilityConnectionManager::dataReceived(int sessionId, const QByteArray &data)

        This signal is emitted for each sendData() \a data of the peer on
        session \a sessionId, whole, in order, exactly once.
    */
    void dataReceived(int sessionId, const QByteArray &data);
    /*!
        \fn void Tandem::AbilityConnectionManager::collaborateEvent(int sessionId, Tandem::AbilityConnectionManager::CollaborateEventType type, const QString &detail)

        This signal is emitted when something went wrong on session
        \a sessionId that is not the end of it: \a type says what, \a detail
        explains it (for people).
    */
    void collaborateEvent(int sessionId, Tandem::AbilityConnectionManager::CollaborateEventType type,
                          const QString &detail);

private:
    void init();
    friend class AbilityConnectionManagerPrivate;
    std::unique_ptr<AbilityConnectionManagerPrivate> d;
};

/*!
    \struct Tandem::ConnectResult
    \inmodule Tandem
    \inheaderfile Tandem/abilityconnectionmanager.h

    \brief The outcome of AbilityConnectionManager::connect().

    errorCode means something only when isConnected is false.
*/
struct TANDEM_EXPORT ConnectResult
{
    Q_GADGET
    /*!
        \property Tandem::ConnectResult::isConnected
        \brief whether the session is now connected.
    */
    Q_PROPERTY(bool isConnected MEMBER isConnected)
    /*!
        \property Tandem::ConnectResult::errorCode
        \brief why not, when isConnected is false.
    */
    Q_PROPERTY(Tandem::AbilityConnectionManager::ConnectErrorCode errorCode MEMBER errorCode)
    /*!
        \property Tandem::ConnectResult::reason
        \brief the reason, for people: the peer app's or the system's.
    */
    Q_PROPERTY(QString reason MEMBER reason)

public:
    /*!
        \variable Tandem::ConnectResult::isConnected
        \brief Whether the session is now connected.
    */
    bool isConnected = false;
    /*!
        \variable Tandem::ConnectResult::errorCode
        \brief Why not, when isConnected is false.
    */
    AbilityConnectionManager::ConnectErrorCode errorCode
        = AbilityConnectionManager::ConnectErrorCode::CONNECTED_SESSION_EXISTS;
    /*!
        \variable Tandem::ConnectResult::reason
        \brief The reason, for people: the peer app's or the system's.
    */
    QString reason;

    friend bool operator==(const ConnectResult &, const ConnectResult &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::ConnectResult)
