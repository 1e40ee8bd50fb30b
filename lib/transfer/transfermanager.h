#pragma once

#include "transfer.h"
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Tandem {

class SessionManager;

/*!
    \fn void Tandem::keepFreedMemoryForTransfers()
    \relates Tandem::TransferManager

    Call once at the start of main() in a process that transfers files. A
    transfer allocates a 256 KiB message per chunk on the event-loop thread and
    frees it on a worker thread once written or hashed. With glibc's defaults
    that memory went back to the kernel between chunks and every page was
    faulted in (and zeroed) anew: on the receiver one fault per 4 KiB received,
    a quarter of its system time per GiB. This keeps freed memory for reuse (no
    mmap below 4 MiB, trimming only above 32 MiB free); peak memory is
    unchanged, as it is what the chunks in flight use. Does nothing on other C
    libraries.
*/
TANDEM_EXPORT void keepFreedMemoryForTransfers();

/*!
    \struct Tandem::TransferSource
    \inmodule Tandem
    \inheaderfile Tandem/transfermanager.h

    \brief One file to send and the name the receiver is offered for it.

    For TransferManager::send() with names chosen by the caller.
*/
struct TANDEM_EXPORT TransferSource
{
    /*!
        \variable Tandem::TransferSource::path
        \brief The file (or folder) on this device.
    */
    QString path;
    /*!
        \variable Tandem::TransferSource::name
        \brief The name the receiver is offered: '/'-separated, relative
        (softbus' destPath).
    */
    QString name;
};

/*!
    \struct Tandem::TransferManagerOptions
    \inmodule Tandem
    \inheaderfile Tandem/transfermanager.h

    \brief The bounds and tuning of a TransferManager
    (TransferManager::Options).
*/
struct TransferManagerOptions
{
    /*!
        \variable Tandem::TransferManagerOptions::downloadDir

        \brief Where incoming files land unless Transfer::accept() names a
        folder. Empty: the platform's download folder.
    */
    QString downloadDir;
    /*!
        \variable Tandem::TransferManagerOptions::chunkBytes

        \brief File bytes per chunk message: 256 KiB (and at most the
        protocol's limit).
    */
    qint64 chunkBytes = 256 * 1024;
    /*!
        \variable Tandem::TransferManagerOptions::maxQueuedBytes

        \brief The chunk bytes a sender keeps queued: 4 MiB.

        Chunks the sender keeps queued in its session, unacknowledged: enough to
        keep the link busy, far below the session's 64 MiB queue bound, and what
        bounds the sender's memory.
    */
    qint64 maxQueuedBytes = 4 * 1024 * 1024;
    /*!
        \variable Tandem::TransferManagerOptions::MaxUnfinishedTransfersPerPeer
        \brief The default of maxUnfinishedTransfersPerPeer: 16.

        Incoming transfers not finished yet (offered, under way or waiting for
        their sender to come back) that one paired device may have here at once;
        its next offer is declined, saying why. Each can hold an open .part file
        and up to 4 MiB of queued chunks: a device that offers
        and then stops sending must not collect them until the process runs out
        of files or memory for everyone. 16 batches under way from one device is
        far beyond what a person sends (each batch can carry many files).
    */
    static constexpr int MaxUnfinishedTransfersPerPeer = 16;
    /*!
        \variable Tandem::TransferManagerOptions::maxUnfinishedTransfersPerPeer
        \brief How many unfinished incoming transfers one device may have
        here (MaxUnfinishedTransfersPerPeer); tests lower it.
    */
    int maxUnfinishedTransfersPerPeer = MaxUnfinishedTransfersPerPeer;
    /*!
        \variable Tandem::TransferManagerOptions::MaxUnfinishedTransfers
        \brief The default of maxUnfinishedTransfers: 64.

        MaxUnfinishedTransfersPerPeer over all devices: what every paired device together can hold
        (at most 64 open .part files, 256 MiB of queued chunks). Four devices at
        their own cap fit, so one device cannot take every slot.
    */
    static constexpr int MaxUnfinishedTransfers = 64;
    /*!
        \variable Tandem::TransferManagerOptions::maxUnfinishedTransfers
        \brief How many unfinished incoming transfers all devices together
        may have here (MaxUnfinishedTransfers); tests lower it.
    */
    int maxUnfinishedTransfers = MaxUnfinishedTransfers;
    /*!
        \variable Tandem::TransferManagerOptions::progressInterval

        \brief How often Transfer::progressChanged() fires at most: 200 ms.
    */
    std::chrono::milliseconds progressInterval{200};
    /*!
        \variable Tandem::TransferManagerOptions::peerReturnTimeout

        \brief How long an outgoing transfer waits for its peer: 2 minutes.
        Past it the transfer fails.
    */
    std::chrono::milliseconds peerReturnTimeout{120000};
};

/*!
    \class Tandem::TransferManager
    \inmodule Tandem
    \inheaderfile Tandem/transfermanager.h

    \brief Files between paired devices, over sessions of the service
    "tandem.files": offers, accept/reject, streaming with bounded memory,
    SHA-256 per file, resume after link drops and restarts of either side.

    \code
    TransferManager files(&sessions);
    Transfer *t = files.send(peerId, {u"/home/me/photos"_s}, &error);
    connect(t, &Transfer::finished, ...);
    // on the other device:
    connect(&files, &TransferManager::incomingTransfer, [](Transfer *t) { t->accept(); });
    \endcode

    Incomplete incoming files are remembered in the profile
    (transfers.sqlite): an offer of the same files from the same device
    continues them where they stopped. The manager owns its Transfer
    objects; it does not own the SessionManager, which must outlive it.
    Files are written and hashed on worker threads; the manager and its
    transfers belong to the SessionManager's thread.
*/
class TANDEM_EXPORT TransferManager : public QObject
{
    Q_OBJECT

public:
    /*!
        \typealias Tandem::TransferManager::Options
        \brief Tandem::TransferManagerOptions, the manager's bounds and tuning.
    */
    using Options = TransferManagerOptions;
    /*!
        \variable Tandem::TransferManager::Service
        \brief The session service transfers use: "tandem.files".
    */
    static constexpr QLatin1StringView Service{"tandem.files"};
    /*!
        \variable Tandem::TransferManager::FoldersPerStep
        \brief How many empty folders of an accepted offer are made per
        event-loop pass: 64.

        An accepted offer's empty folders are made this many entries per
        event-loop pass (each of bounded depth),
        before the accept goes out: a tree of thousands of folders must not
        stall every other peer's messages while it is made.
    */
    static constexpr int FoldersPerStep = 64;

    /*!
        \fn Tandem::TransferManager::TransferManager(Tandem::SessionManager *sessions, const Tandem::TransferManager::Options &options, QObject *parent)

        Constructs a transfer manager over \a sessions, with \a options, as
        a child of \a parent. It registers the service "tandem.files" (Service)
        with \a sessions, which must outlive it.
    */
    explicit TransferManager(SessionManager *sessions, const Options &options = {}, QObject *parent = nullptr);
    /*!
        \fn Tandem::TransferManager::~TransferManager()

        Destroys the manager and its transfers; partial files stay, so that
        the same offer resumes later.
    */
    ~TransferManager() override;

    /*!
        \fn Tandem::TransferManager::Options Tandem::TransferManager::options() const

        Returns the options the manager was made with.
    */
    Options options() const;
    /*!
        \fn QString Tandem::TransferManager::downloadDir() const

        Returns the folder incoming files land in unless Transfer::accept()
        names one.
    */
    QString downloadDir() const;
    /*!
        \fn void Tandem::TransferManager::setDownloadDir(const QString &dir)

        Sets the download folder to \a dir, for transfers accepted from now
        on.
    */
    void setDownloadDir(const QString &dir);

    /*!
        \fn Tandem::Transfer * Tandem::TransferManager::send(const QString &peerDeviceId, const QStringList &paths, QString *error)

        Sends the files and folders \a paths (folders whole, with their
        tree) to the paired device \a peerDeviceId, and emits
        outgoingTransfer(). Returns the new transfer, Offered, or null with
        \a error set for an unpaired device, a missing or unreadable path,
        or an offer beyond the protocol's bounds.
    */
    Transfer *send(const QString &peerDeviceId, const QStringList &paths, QString *error);
    /*!
        \fn Tandem::Transfer * Tandem::TransferManager::send(const QString &peerDeviceId, const QList<Tandem::TransferSource> &sources, QString *error, const QString &tag)

        Sends \a sources to \a peerDeviceId as the other send() does, with
        the offered names chosen by the caller; \a error as there. \a tag travels
        with the offer (Transfer::tag() on both sides), so that an app can tell
        which of its conversations a transfer belongs to; at most
        the protocol's bound for tags.
    */
    Transfer *send(const QString &peerDeviceId, const QList<TransferSource> &sources, QString *error,
                   const QString &tag = {});

    /*!
        \fn QList<Tandem::Transfer *> Tandem::TransferManager::transfers() const

        Returns every transfer the manager holds, finished or not.
    */
    QList<Transfer *> transfers() const;
    /*!
        \fn void Tandem::TransferManager::forget(Tandem::Transfer *transfer)

        Deletes \a transfer (later), once finished; an unfinished one is
        cancelled first.
    */
    void forget(Transfer *transfer);

    /*!
        \fn bool Tandem::TransferManager::autoAccepts(const QString &deviceId) const

        Returns whether offers from \a deviceId are accepted without asking; stored in
        the profile's settings.
    */
    bool autoAccepts(const QString &deviceId) const;
    /*!
        \fn bool Tandem::TransferManager::setAutoAccept(const QString &deviceId, bool autoAccept, QString *error)

        Sets whether offers from \a deviceId are accepted without asking to
        \a autoAccept. Returns \c false with \a error set when the device is
        not paired or the setting could not be saved.
    */
    bool setAutoAccept(const QString &deviceId, bool autoAccept, QString *error);

Q_SIGNALS:
    /*!
        \fn void Tandem::TransferManager::incomingTransfer(Tandem::Transfer *transfer)

        This signal is emitted when a paired device offers files:
        Transfer::accept() or Transfer::reject() \a transfer (already
        Transferring when auto-accepted or resuming an accepted one). The
        manager owns it.
    */
    void incomingTransfer(Tandem::Transfer *transfer);
    /*!
        \fn void Tandem::TransferManager::outgoingTransfer(Tandem::Transfer *transfer)

        This signal is emitted when send() made \a transfer, before it
        returns it.
    */
    void outgoingTransfer(Tandem::Transfer *transfer);

private:
    friend class Transfer;
    friend class TransferPrivate;
    friend class TransferManagerPrivate;
    std::unique_ptr<TransferManagerPrivate> d;
};

} // namespace Tandem
