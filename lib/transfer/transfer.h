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

/*!
    \struct Tandem::TransferFile
    \inmodule Tandem
    \inheaderfile Tandem/transfer.h

    \brief One file of a transfer, as both sides see it.

    A plain value (a Q_GADGET, so QML reads its properties), from
    Transfer::files().
*/
struct TANDEM_EXPORT TransferFile
{
    Q_GADGET
    /*!
        \property Tandem::TransferFile::name
        \brief the relative path offered (name, for QML).
    */
    Q_PROPERTY(QString name MEMBER name)
    /*!
        \property Tandem::TransferFile::size
        \brief the file's size in bytes (size, for QML).
    */
    Q_PROPERTY(qint64 size MEMBER size)
    /*!
        \property Tandem::TransferFile::bytesDone
        \brief the bytes the receiver holds (bytesDone, for QML).
    */
    Q_PROPERTY(qint64 bytesDone MEMBER bytesDone)
    /*!
        \property Tandem::TransferFile::path
        \brief the file on this side (path, for QML).
    */
    Q_PROPERTY(QString path MEMBER path)
    /*!
        \property Tandem::TransferFile::sha256
        \brief the SHA-256 in hex once verified (sha256Hex()).
    */
    Q_PROPERTY(QString sha256 READ sha256Hex)
    /*!
        \property Tandem::TransferFile::verified
        \brief whether the receiver verified it (verified, for QML).
    */
    Q_PROPERTY(bool verified MEMBER verified)
    /*!
        \property Tandem::TransferFile::error
        \brief why it failed, if it did (error, for QML).
    */
    Q_PROPERTY(QString error MEMBER error)
    /*!
        \property Tandem::TransferFile::skipped
        \brief whether the receiver left it out (skipped, for QML).
    */
    Q_PROPERTY(bool skipped MEMBER skipped)

public:
    /*!
        \variable Tandem::TransferFile::name

        \brief The relative path offered ('/'-separated); on the receiving side
        already sanitised, so that it stays inside the download folder.
    */
    QString name;
    /*!
        \variable Tandem::TransferFile::size
        \brief The file's size in bytes, as offered.
    */
    qint64 size = 0;
    /*!
        \variable Tandem::TransferFile::bytesDone

        \brief The bytes the receiver holds (sender: acknowledged by the
        receiver; resumed bytes count as done).
    */
    qint64 bytesDone = 0;
    /*!
        \variable Tandem::TransferFile::path

        \brief Sender: the source file. Receiver: where it landed once verified
        (the .part file until then).
    */
    QString path;
    /*!
        \variable Tandem::TransferFile::sha256

        \brief The file's SHA-256, known once verified.
    */
    QByteArray sha256;
    /*!
        \variable Tandem::TransferFile::verified
        \brief Whether the receiver checked the SHA-256 and renamed the file
        into place.
    */
    bool verified = false;
    /*!
        \variable Tandem::TransferFile::error

        \brief Why this file failed, if it did.
    */
    QString error;
    /*!
        \variable Tandem::TransferFile::skipped
        \brief Whether the receiver accepted the offer without this file
        (Transfer::acceptFiles()): it is not sent and counts neither as
        verified nor as failed.
    */
    bool skipped = false;

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

/*!
    \class Tandem::Transfer
    \inmodule Tandem
    \inheaderfile Tandem/transfer.h

    \brief A batch of files going to or coming from one paired device: the
    object an app (or QML) watches and steers.

    Made by TransferManager (TransferManager::send(), or
    TransferManager::incomingTransfer() for a peer's offer), which owns it;
    it stays until TransferManager::forget() or the manager goes.

    Outgoing: Offered, then Transferring, then Completed; or Rejected,
    Cancelled or Failed. While the peer is away (link drop, restart) it is
    Waiting and resumes on its own once the peer is back, from the last
    verified offset. Incoming: Offered (call accept() or reject()), then
    Transferring, and so on. stateChanged() follows each change,
    progressChanged() the bytes, finished() the end.

    Every file is checked by its SHA-256 before it is renamed into place.
    Use a transfer from its manager's thread.
*/
class TANDEM_EXPORT Transfer : public QObject
{
    Q_OBJECT
    /*!
        \property Tandem::Transfer::id
        \brief the hex of the batch id both sides share.
    */
    Q_PROPERTY(QString id READ id CONSTANT FINAL)
    /*!
        \property Tandem::Transfer::peerId
        \brief the device id of the peer (peerDeviceId()).
    */
    Q_PROPERTY(QString peerId READ peerDeviceId CONSTANT FINAL)
    /*!
        \property Tandem::Transfer::direction
        \brief whether the files go out or come in.
    */
    Q_PROPERTY(Direction direction READ direction CONSTANT FINAL)
    /*!
        \property Tandem::Transfer::state
        \brief where the transfer is in its life.
    */
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    /*!
        \property Tandem::Transfer::errorString
        \brief why it was rejected, cancelled or failed, for the user; empty
        otherwise.
    */
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged FINAL)
    /*!
        \property Tandem::Transfer::fileCount
        \brief the number of files.
    */
    Q_PROPERTY(int fileCount READ fileCount CONSTANT FINAL)
    /*!
        \property Tandem::Transfer::totalBytes
        \brief the size of all files together.
    */
    Q_PROPERTY(qint64 totalBytes READ totalBytes CONSTANT FINAL)
    /*!
        \property Tandem::Transfer::bytesDone
        \brief the bytes the receiver holds, over all files.

        progressChanged() is emitted at most every
        TransferManagerOptions::progressInterval, and at each file's end.
    */
    Q_PROPERTY(qint64 bytesDone READ bytesDone NOTIFY progressChanged FINAL)
    /*!
        \property Tandem::Transfer::filesVerified
        \brief the number of files the receiver verified.
    */
    Q_PROPERTY(int filesVerified READ filesVerified NOTIFY progressChanged FINAL)
    /*!
        \property Tandem::Transfer::bytesPerSecond
        \brief the speed, smoothed over the last seconds.
    */
    Q_PROPERTY(double bytesPerSecond READ bytesPerSecond NOTIFY progressChanged FINAL)
    /*!
        \property Tandem::Transfer::etaSeconds
        \brief the seconds still to go; -1 while unknown.
    */
    Q_PROPERTY(qint64 etaSeconds READ etaSeconds NOTIFY progressChanged FINAL)
    /*!
        \property Tandem::Transfer::files

        \brief one map per file (the TransferFile properties), for QML list
        views (fileList()).
    */
    Q_PROPERTY(QVariantList files READ fileList NOTIFY progressChanged FINAL)

public:
    /*!
        \enum Tandem::Transfer::Direction

        \value Outgoing This device sends the files.
        \value Incoming The peer sends them.
    */
    enum class Direction { Outgoing, Incoming };
    Q_ENUM(Direction)
    /*!
        \enum Tandem::Transfer::State

        \value Offered outgoing: waiting for the peer's answer; incoming: for ours
        \value Transferring files are moving
        \value Waiting the peer is away; resumes from the last verified offset when it is back
        \value Completed every file verified by the receiver
        \value Rejected the receiver declined the offer
        \value Cancelled by either side; errorString() says who and why
        \value Failed errorString() says why (disk full, peer gone for good, ...)
    */
    enum class State {
        Offered,
        Transferring,
        Waiting,
        Completed,
        Rejected,
        Cancelled,
        Failed,
    };
    Q_ENUM(State)

    /*!
        \fn Tandem::Transfer::~Transfer()

        Destroys the transfer. Its manager does, on TransferManager::forget()
        or when the manager goes.
    */
    ~Transfer() override;

    QString id() const;
    QString peerDeviceId() const;
    /*!
        \fn QString Tandem::Transfer::tag() const

        What the sender passed to TransferManager::send(); empty by default.
    */
    QString tag() const;
    Direction direction() const;
    State state() const;
    /*!
        \fn bool Tandem::Transfer::isFinished() const

        Returns \c true once the state is Completed, Rejected, Cancelled or
        Failed.
    */
    bool isFinished() const;
    QString errorString() const;

    int fileCount() const;
    /*!
        \fn int Tandem::Transfer::folderCount() const

        Returns the number of empty folders the offer carries besides its
        files (they are created when it is accepted).
    */
    int folderCount() const;
    /*!
        \fn QList<Tandem::TransferFile> Tandem::Transfer::files() const

        Returns the files, in the order offered, as they stand now.
    */
    QList<TransferFile> files() const;
    QVariantList fileList() const;
    qint64 totalBytes() const;
    qint64 bytesDone() const;
    int filesVerified() const;
    double bytesPerSecond() const;
    qint64 etaSeconds() const;
    /*!
        \fn qint64 Tandem::Transfer::bytesSent() const

        Returns, outgoing, the file bytes handed to the session, re-sends
        included; what a
        resume saved shows here (tests and benchmarks read it).
    */
    qint64 bytesSent() const;
    /*!
        \fn QString Tandem::Transfer::downloadDir() const

        Returns, incoming, the folder where files land.
    */
    QString downloadDir() const;

    /*!
        \fn bool Tandem::Transfer::accept(const QString &downloadDir, QString *error)

        Accepts an incoming offer, while Offered; files land in
        \a downloadDir, or the manager's download folder when it is empty.
        Returns \c false, with \a error set (if given) and the offer still
        open, when the folder is unusable or lacks room for what is still to
        come.
    */
    Q_INVOKABLE bool accept(const QString &downloadDir = {}, QString *error = nullptr);
    /*!
        \fn bool Tandem::Transfer::acceptFiles(const QList<int> &indexes, const QString &downloadDir, QString *error)
        Accepts only the files at \a indexes (into files(), in any order) of
        an incoming offer, while Offered, as accept() does with \a
        downloadDir and \a error; the others are marked skipped and never
        sent. Returns \c false, with the offer still open, when \a indexes
        is empty or names a file the offer does not have, or as accept()
        does. Room is checked for the chosen files only.
    */
    Q_INVOKABLE bool acceptFiles(const QList<int> &indexes, const QString &downloadDir = {}, QString *error = nullptr);
    /*!
        \fn void Tandem::Transfer::reject(const QString &reason = {})

        Declines an incoming offer, while Offered; the sender sees Rejected
        with \a reason.
    */
    Q_INVOKABLE void reject(const QString &reason = {});
    /*!
        \fn void Tandem::Transfer::cancel(const QString &reason = {})

        Cancels the transfer, from either side, any time before it finished; the peer sees \a reason.
        Partial files are kept so that the same offer resumes later.
    */
    Q_INVOKABLE void cancel(const QString &reason = {});

Q_SIGNALS:
    void stateChanged(Tandem::Transfer::State state);
    void progressChanged();
    /*!
        \fn void Tandem::Transfer::fileProgress(int index, qint64 bytesDone, qint64 size)

        This signal is emitted as file \a index progresses: \a bytesDone of
        its \a size.
    */
    void fileProgress(int index, qint64 bytesDone, qint64 size);
    /*!
        \fn void Tandem::Transfer::fileVerified(int index, const QString &path, const QByteArray &sha256)

        This signal is emitted when the receiver checked the SHA-256
        (\a sha256) of file \a index and renamed it into place, at \a path
        on this side.
    */
    void fileVerified(int index, const QString &path, const QByteArray &sha256);
    /*!
        \fn void Tandem::Transfer::fileFailed(int index, const QString &reason)

        This signal is emitted when file \a index failed, for \a reason.
    */
    void fileFailed(int index, const QString &reason);
    /*!
        \fn void Tandem::Transfer::finished(Tandem::Transfer::State state, const QString &reason)

        This signal is emitted once, on reaching the final \a state:
        Completed, Rejected, Cancelled or Failed, with \a reason for the
        last three.
    */
    void finished(Tandem::Transfer::State state, const QString &reason);

private:
    friend class TransferManager;
    friend class TransferManagerPrivate;
    friend class TransferPrivate;
    explicit Transfer(std::unique_ptr<TransferPrivate> d, QObject *parent);
    std::unique_ptr<TransferPrivate> d;
};

} // namespace Tandem
