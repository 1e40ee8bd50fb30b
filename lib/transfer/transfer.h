#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <memory>

namespace Tandem {

class TransferManager;
class TransferManagerPrivate;
class TransferPrivate;

// One file of a transfer, as both sides see it.
struct TANDEM_EXPORT TransferFile
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(qint64 size MEMBER size)
    Q_PROPERTY(qint64 bytesDone MEMBER bytesDone)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QString sha256 READ sha256Hex)
    Q_PROPERTY(bool verified MEMBER verified)
    Q_PROPERTY(QString error MEMBER error)

public:
    // The relative path offered ('/'-separated); on the receiving side
    // already sanitised (see LandingZone::sanitize).
    QString name;
    qint64 size = 0;
    // Bytes the receiver holds (sender: acknowledged by the receiver;
    // resumed bytes count as done).
    qint64 bytesDone = 0;
    // Sender: the source file. Receiver: where it landed once verified
    // (the .part file until then).
    QString path;
    // Known once verified.
    QByteArray sha256;
    bool verified = false;
    // Why this file failed, if it did.
    QString error;

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

// A batch of files going to or coming from one paired device: the object
// an app (or QML) watches and steers. Made by TransferManager, which owns
// it; it stays until TransferManager::forget() or the manager goes.
//
// Outgoing: Offered -> Transferring -> Completed, or Rejected / Cancelled /
// Failed. While the peer is away (link drop, restart) it is Waiting and
// resumes on its own once the peer is back.
// Incoming: Offered (call accept() or reject()) -> Transferring -> ...
class TANDEM_EXPORT Transfer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString id READ id CONSTANT FINAL)
    Q_PROPERTY(QString peerId READ peerDeviceId CONSTANT FINAL)
    Q_PROPERTY(Direction direction READ direction CONSTANT FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged FINAL)
    Q_PROPERTY(int fileCount READ fileCount CONSTANT FINAL)
    Q_PROPERTY(qint64 totalBytes READ totalBytes CONSTANT FINAL)
    Q_PROPERTY(qint64 bytesDone READ bytesDone NOTIFY progressChanged FINAL)
    Q_PROPERTY(int filesVerified READ filesVerified NOTIFY progressChanged FINAL)
    Q_PROPERTY(double bytesPerSecond READ bytesPerSecond NOTIFY progressChanged FINAL)
    Q_PROPERTY(qint64 etaSeconds READ etaSeconds NOTIFY progressChanged FINAL)
    // One map per file (the TransferFile properties), for QML list views.
    Q_PROPERTY(QVariantList files READ fileList NOTIFY progressChanged FINAL)

public:
    enum class Direction { Outgoing, Incoming };
    Q_ENUM(Direction)
    enum class State {
        Offered, // outgoing: waiting for the peer's answer; incoming: for ours
        Transferring,
        Waiting, // the peer is away; resumes from the last verified offset when it is back
        Completed, // every file verified by the receiver
        Rejected, // the receiver declined the offer
        Cancelled, // by either side; errorString() says who and why
        Failed, // errorString() says why (disk full, peer gone for good, ...)
    };
    Q_ENUM(State)

    ~Transfer() override;

    QString id() const; // hex of the batch id both sides share
    QString peerDeviceId() const;
    // What the sender passed to TransferManager::send(); empty by default.
    QString tag() const;
    Direction direction() const;
    State state() const;
    bool isFinished() const; // Completed, Rejected, Cancelled or Failed
    QString errorString() const;

    int fileCount() const;
    // Empty folders the offer carries besides its files (they are created
    // when it is accepted).
    int folderCount() const;
    QList<TransferFile> files() const;
    QVariantList fileList() const;
    qint64 totalBytes() const;
    qint64 bytesDone() const;
    int filesVerified() const;
    double bytesPerSecond() const; // smoothed over the last seconds
    qint64 etaSeconds() const; // -1 while unknown
    // Outgoing: file bytes handed to the session, re-sends included; what a
    // resume saved shows here (tests and benchmarks read it).
    qint64 bytesSent() const;
    // Incoming: where files land.
    QString downloadDir() const;

    // Incoming, while Offered. `downloadDir` overrides the manager's.
    // Fails (false, error set, offer still open) when the folder is
    // unusable or lacks room for what is still to come.
    Q_INVOKABLE bool accept(const QString &downloadDir = {}, QString *error = nullptr);
    Q_INVOKABLE void reject(const QString &reason = {});
    // Either side, any time before it finished; the peer sees `reason`.
    // Partial files are kept so that the same offer resumes later.
    Q_INVOKABLE void cancel(const QString &reason = {});

Q_SIGNALS:
    void stateChanged(Tandem::Transfer::State state);
    // At most every TransferManagerOptions::progressInterval, and at each
    // file's end.
    void progressChanged();
    void fileProgress(int index, qint64 bytesDone, qint64 size);
    // The receiver checked the file's SHA-256 and renamed it into place.
    void fileVerified(int index, const QString &path, const QByteArray &sha256);
    void fileFailed(int index, const QString &reason);
    // Once, on reaching Completed, Rejected, Cancelled or Failed.
    void finished(Tandem::Transfer::State state, const QString &reason);

private:
    friend class TransferManager;
    friend class TransferManagerPrivate;
    friend class TransferPrivate;
    explicit Transfer(std::unique_ptr<TransferPrivate> d, QObject *parent);
    std::unique_ptr<TransferPrivate> d;
};

} // namespace Tandem
