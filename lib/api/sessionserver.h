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
class SessionServerPrivate;
class TransferManager;

// What a session server hears about its sessions (softbus ISessionListener).
// Called on the SessionServer's thread. A listener is not owned: keep it
// alive until its session server is removed.
class TANDEM_EXPORT SessionListener
{
public:
    virtual ~SessionListener();

    // Opening side: `result` is 0 once the peer accepted, else an error
    // (SessionServer::ErrorPeerRefused, ...); the return value is ignored.
    // Accepting side: called with result 0 for a peer's new session; return
    // 0 to accept it, anything else to refuse it.
    virtual int onSessionOpened(int sessionId, int result) = 0;
    // The peer closed an open session, or it ended without closeSession().
    virtual void onSessionClosed(int sessionId) = 0;
    virtual void onBytesReceived(int sessionId, const QByteArray &data) = 0;
    virtual void onMessageReceived(int sessionId, const QByteArray &data) = 0;
};

// Progress of files sent with SessionServer::sendFile() (softbus
// IFileSendListener). `sessionId` is the session they were sent on.
class TANDEM_EXPORT FileSendListener
{
public:
    virtual ~FileSendListener();
    virtual int onSendFileProcess(int sessionId, quint64 bytesUpload, quint64 bytesTotal) = 0;
    // The receiver verified every file; `firstFile` is the first source path.
    virtual int onSendFileFinished(int sessionId, const QString &firstFile) = 0;
    // Rejected, cancelled or failed.
    virtual void onFileTransError(int sessionId) = 0;
};

// Files a peer sends on one of this server's sessions (softbus
// IFileReceiveListener).
class TANDEM_EXPORT FileReceiveListener
{
public:
    virtual ~FileReceiveListener();
    // The offer: return 0 to accept it (files land in the root folder given
    // to setFileReceiveListener()), anything else to refuse it.
    virtual int onReceiveFileStarted(int sessionId, const QStringList &files, int fileCount) = 0;
    virtual int onReceiveFileProcess(int sessionId, const QString &firstFile, quint64 bytesUpload, quint64 bytesTotal)
        = 0;
    // Every file verified; `files` are where they landed.
    virtual void onReceiveFileFinished(int sessionId, const QStringList &files, int fileCount) = 0;
    virtual void onFileTransError(int sessionId) = 0;
};

// The softbus session.h API over a SessionManager: named session servers,
// integer session ids and integer error codes (0 = success).
//
//     SessionServer softbus(&sessions);
//     softbus.createSessionServer(u"com.example"_s, u"chat"_s, &listener);
//     const int id = softbus.openSession(u"chat"_s, u"chat"_s, peerId, {});
//     // later, in listener.onSessionOpened(id, 0):
//     softbus.sendMessage(id, "hello");
class TANDEM_EXPORT SessionServer : public QObject
{
    Q_OBJECT

public:
    // Bounds of the softbus API; each is enforced where it is checked below.
    static constexpr qsizetype MaxModuleNameBytes = 64;
    static constexpr qsizetype MaxSessionNameBytes = 255;
    static constexpr int MaxSessionServers = 32;
    static constexpr qsizetype MaxBytesPerSend = qsizetype(4) * 1024 * 1024;
    static constexpr qsizetype MaxMessageBytes = 4096;
    // The CBOR encoding of openSession()'s attributes: they travel in one
    // control message, so keep them well under its 64 KiB bound.
    static constexpr qsizetype MaxAttributesBytes = 4096;
    static_assert(MaxSessionNameBytes <= Session::MaxServiceNameBytes);

    // Return codes. 0 is success; errors are negative, like softbus'.
    static constexpr int Success = 0;
    static constexpr int ErrorInvalidParameter = -401; // bad name, size or id
    static constexpr int ErrorNotPermitted = -201; // not paired, not opened yet, another module's server
    static constexpr int ErrorLimitReached = -1001; // MaxSessionServers already exist
    static constexpr int ErrorSessionServerExists = -1002;
    static constexpr int ErrorNoSuchSessionServer = -1003;
    static constexpr int ErrorNoSuchSession = -1004;
    static constexpr int ErrorSendQueueFull = -1005; // the peer is behind; try again later
    // Results given to the opener's onSessionOpened().
    static constexpr int ErrorPeerRefused = -1101; // the peer's listener returned non-zero
    static constexpr int ErrorNoPeerSessionServer = -1102; // the peer has no server of that name
    static constexpr int ErrorPeerUnreachable = -1103; // the peer did not answer in time

    // getSessionSide() values (softbus IS_SERVER / IS_CLIENT).
    static constexpr int IsServer = 0;
    static constexpr int IsClient = 1;

    explicit SessionServer(SessionManager *sessions, QObject *parent = nullptr);
    // Closes the sessions it still has and removes its session servers.
    ~SessionServer() override;

    int createSessionServer(const QString &moduleName, const QString &sessionName, SessionListener *listener);
    // Also closes that server's sessions (their peers hear onSessionClosed).
    int removeSessionServer(const QString &moduleName, const QString &sessionName);

    // Returns the new session's id (> 0) at once, or an error. The outcome
    // follows in mySessionName's listener: onSessionOpened(id, result).
    int openSession(const QString &mySessionName, const QString &peerSessionName, const QString &peerDeviceId,
                    const QVariantMap &attributes);
    // The peer's listener hears onSessionClosed(); this side's does not.
    void closeSession(int sessionId);

    // Bytes and messages travel in separate ordered lanes: a message
    // overtakes bytes sent before it. While the link is being re-established
    // sends are queued and delivered after it resumes.
    int sendBytes(int sessionId, const QByteArray &data);
    int sendMessage(int sessionId, const QByteArray &data);

    // Getters return an empty value and set `error` (if given) for an
    // unknown id; on success `error` is set to Success.
    QString getMySessionName(int sessionId, int *error = nullptr) const;
    QString getPeerSessionName(int sessionId, int *error = nullptr) const;
    QString getPeerDeviceId(int sessionId, int *error = nullptr) const;
    // The attributes the opener passed to openSession().
    QVariantMap getSessionAttributes(int sessionId, int *error = nullptr) const;
    // IsServer, IsClient, or an error.
    int getSessionSide(int sessionId) const;

    // Files (softbus SendFile and its listeners), carried by a
    // TransferManager on the same SessionManager; without one these return
    // ErrorNotPermitted. Listeners are per session server, not owned.
    void setTransferManager(TransferManager *transfers);
    int setFileSendListener(const QString &moduleName, const QString &sessionName, FileSendListener *listener);
    int setFileReceiveListener(const QString &moduleName, const QString &sessionName, FileReceiveListener *listener,
                               const QString &rootDir);
    // Sends files to the session's peer; `destPaths` are the names offered
    // (relative; empty: the source file names). Progress goes to the file
    // send listener of the session's server.
    int sendFile(int sessionId, const QStringList &sourcePaths, const QStringList &destPaths);

    // A sentence describing a return code, for logs and messages.
    static QString errorString(int code);

private:
    std::unique_ptr<SessionServerPrivate> d;
};

} // namespace Tandem
