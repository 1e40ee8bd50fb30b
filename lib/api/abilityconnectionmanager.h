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

// The ability-connection API, named after OpenHarmony's
// abilityConnectionManager: an app creates a session for a peer's service,
// connects, and exchanges short text messages and data of any size; the
// other app is asked first (collaborationRequested, OpenHarmony's
// onCollaborate) and accepts or rejects. One manager per SessionManager.
//
// Calls return 0 or an error code (ErrorInvalidParameter, ErrorNotPermitted,
// ErrorBusy); createAbilityConnectionSession returns a session id > 0 or the
// negated code. Note that connect() and disconnect() hide QObject's members
// of the same name: call QObject::connect explicitly on this class.
class TANDEM_EXPORT AbilityConnectionManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Tandem::PeerInfo localInfo READ localInfo WRITE setLocalInfo NOTIFY localInfoChanged FINAL)
    Q_PROPERTY(QStringList services READ services NOTIFY servicesChanged FINAL)

public:
    // Values as in OpenHarmony.
    enum class ConnectErrorCode {
        CONNECTED_SESSION_EXISTS = 0,
        PEER_APP_REJECTED = 1,
        LOCAL_WIFI_NOT_OPEN = 2,
        PEER_WIFI_NOT_OPEN = 3,
        PEER_ABILITY_NO_ONCOLLABORATE = 4,
        SYSTEM_INTERNAL_ERROR = 5,
    };
    Q_ENUM(ConnectErrorCode)
    enum class DisconnectReason {
        PEER_APP_CLOSE_COLLABORATION = 0,
        PEER_APP_EXIT = 1,
        NETWORK_DISCONNECTED = 2,
    };
    Q_ENUM(DisconnectReason)
    enum class CollaborateEventType {
        SEND_FAILURE = 0,
        COLOR_SPACE_CONVERSION_FAILURE = 1, // never raised: Tandem carries no images
    };
    Q_ENUM(CollaborateEventType)

    // OpenHarmony's universal error codes.
    static constexpr int ErrorNotPermitted = 201; // peer not paired, or session not connected
    static constexpr int ErrorInvalidParameter = 401;
    // Tandem's own: a bound below was reached (too many sessions, a full
    // send queue); try again later.
    static constexpr int ErrorBusy = 503;

    // A text message is under 1 KiB of UTF-8: at most MaxMessageBytes - 1.
    static constexpr qsizetype MaxMessageBytes = 1024;
    // Service, bundle, module and ability names and device ids, in UTF-8.
    static constexpr qsizetype MaxNameBytes = Session::MaxServiceNameBytes;
    // ConnectOptions::parameters, encoded as CBOR, and how deep its maps and
    // lists nest (the map itself counts): they travel in one control
    // message, which the peer refuses beyond 64 KiB or 8 levels.
    static constexpr qsizetype MaxParametersBytes = 16 * 1024;
    static constexpr int MaxParametersDepth = 4;
    // reject()'s reason, in UTF-16 code units, as the session layer carries it.
    static constexpr qsizetype MaxReasonLength = 200;
    static constexpr int MaxSessions = 1024;
    // Incoming requests the app has not answered yet; more are refused with
    // SYSTEM_INTERNAL_ERROR, and each is rejected ("timed out") after the
    // request timeout.
    static constexpr int MaxPendingRequests = 32;
    static constexpr std::chrono::milliseconds DefaultRequestTimeout{60000};
    static constexpr int TokenBytes = 16;

    explicit AbilityConnectionManager(SessionManager *sessions, QObject *parent = nullptr);
    ~AbilityConnectionManager() override;

    SessionManager *sessionManager() const;

    // Who this app is, as peers see it when it connects: bundleName,
    // moduleName and abilityName (bundleName defaults to the application
    // name). deviceId is always this device's; serviceName is per session.
    PeerInfo localInfo() const;
    void setLocalInfo(const PeerInfo &info);

    // How long an incoming request waits for acceptConnect() or reject().
    std::chrono::milliseconds requestTimeout() const;
    void setRequestTimeout(std::chrono::milliseconds timeout);

    // Services this app takes requests for. 0, or ErrorInvalidParameter
    // for an empty or overlong name.
    Q_INVOKABLE int registerService(const QString &serviceName);
    // Pending requests for it are refused (PEER_ABILITY_NO_ONCOLLABORATE).
    Q_INVOKABLE void unregisterService(const QString &serviceName);
    QStringList services() const;

    // Records a session of our `serviceName` with `peerInfo.serviceName` on
    // `peerInfo.deviceId` (the same name as ours when empty); nothing is sent
    // until connect(). Returns the session id (> 0), -ErrorInvalidParameter
    // for a bad name, id or options, or -ErrorBusy beyond MaxSessions.
    Q_INVOKABLE int createAbilityConnectionSession(const QString &serviceName, const Tandem::PeerInfo &peerInfo,
                                                   const Tandem::ConnectOptions &options = {});
    // Closes the session if it is connected (or connecting) and forgets it.
    Q_INVOKABLE void destroyAbilityConnectionSession(int sessionId);
    // An invalid PeerInfo for an unknown id.
    Q_INVOKABLE Tandem::PeerInfo getPeerInfoById(int sessionId) const;
    Q_INVOKABLE bool isConnected(int sessionId) const;

    // Asks the peer; the result also comes as connectResult(). Resolves at
    // once, not connected, for an unknown id, an unpaired device (reason
    // names error 201) or a session already connected or connecting
    // (CONNECTED_SESSION_EXISTS). Refusals by the system rather than the
    // peer app are SYSTEM_INTERNAL_ERROR, their reason says why.
    Q_INVOKABLE QFuture<Tandem::ConnectResult> connect(int sessionId);

    // Answers a collaborationRequested(): binds our session `sessionId`
    // (created for that peer) to the request. A token is good once;
    // ErrorInvalidParameter and no change for an unknown or used token, a
    // session for another device, or a session already in use.
    Q_INVOKABLE int acceptConnect(int sessionId, const QString &token);
    // The initiator gets PEER_APP_REJECTED with `reason`.
    Q_INVOKABLE int reject(const QString &token, const QString &reason);

    // Ends a connected (or connecting) session; the peer gets
    // disconnected(PEER_APP_CLOSE_COLLABORATION). ErrorNotPermitted when it
    // is neither.
    Q_INVOKABLE int disconnect(int sessionId);

    // Text under MaxMessageBytes of UTF-8 (empty is invalid too). Sends
    // made while the link is down are queued and delivered after it
    // resumes; a message that is lost raises collaborateEvent(SEND_FAILURE).
    Q_INVOKABLE int sendMessage(int sessionId, const QString &text);
    // Any non-empty size, fragmented by the session layer.
    Q_INVOKABLE int sendData(int sessionId, const QByteArray &data);

Q_SIGNALS:
    void localInfoChanged();
    void servicesChanged();
    // A peer asks to connect to one of our services.
    void collaborationRequested(const Tandem::CollaborationRequest &request);
    // The request went away unanswered: the peer gave up, or it timed out.
    void collaborationRequestCancelled(const QString &token, const QString &reason);
    void connectResult(int sessionId, const Tandem::ConnectResult &result);
    void connected(int sessionId);
    // The session ended by the peer, the network or this device stopping;
    // not raised for our own disconnect() or destroy.
    void disconnected(int sessionId, Tandem::AbilityConnectionManager::DisconnectReason reason);
    void messageReceived(int sessionId, const QString &text);
    void dataReceived(int sessionId, const QByteArray &data);
    void collaborateEvent(int sessionId, Tandem::AbilityConnectionManager::CollaborateEventType type,
                          const QString &detail);

private:
    friend class AbilityConnectionManagerPrivate;
    std::unique_ptr<AbilityConnectionManagerPrivate> d;
};

// The outcome of connect(). errorCode means something only when
// isConnected is false.
struct TANDEM_EXPORT ConnectResult
{
    Q_GADGET
    Q_PROPERTY(bool isConnected MEMBER isConnected)
    Q_PROPERTY(Tandem::AbilityConnectionManager::ConnectErrorCode errorCode MEMBER errorCode)
    Q_PROPERTY(QString reason MEMBER reason)

public:
    bool isConnected = false;
    AbilityConnectionManager::ConnectErrorCode errorCode
        = AbilityConnectionManager::ConnectErrorCode::CONNECTED_SESSION_EXISTS;
    QString reason;

    friend bool operator==(const ConnectResult &, const ConnectResult &) = default;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::ConnectResult)
