#pragma once

#include <Tandem/tandem_export.h>
#include <Tandem/transfer.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class DeviceServiceClient;
class DeviceServiceClientPrivate;
class ServiceTransferPrivate;

/*!
    \class Tandem::ServiceTransfer
    \inmodule Tandem
    \inheaderfile Tandem/servicetransfer.h

    \brief Files sent through a running Tandem host: a Tandem::Transfer in
    another process, followed from this one.

    DeviceServiceClient::sendFiles() makes it; the host reads the files
    (it runs as the same user), offers them to the peer and passes on what
    happens. DeviceServiceClient::watchTransfers() shows the host's other
    transfers as ServiceTransfer too (transferAppeared()): files other
    devices offer it, answered here with accept() or reject(), and files
    the host's own app or other apps send. It has Transfer's states and progress with the same meaning:
    stateChanged() and progressChanged() as they change (progress at most
    every 100 ms), fileVerified() as the receiver confirms each file, and
    finished() once.

    An offer the host cannot make (the device is not paired, a path does
    not exist, the app's budget of transfers is used up) ends at once as
    Transfer::State::Failed with the host's reason. When the connection to
    the host is lost, or this object is deleted before the transfer ended,
    the host cancels a transfer this app sent: nobody would be left to
    report to. One it only watched goes on without it.

    The client is its parent; delete it (deleteLater()) once finished.
*/
class TANDEM_EXPORT ServiceTransfer : public QObject
{
    Q_OBJECT

public:
    /*!
        \fn Tandem::ServiceTransfer::~ServiceTransfer()

        Destroys the transfer; one still running is cancelled first.
    */
    ~ServiceTransfer() override;

    /*!
        \fn QString Tandem::ServiceTransfer::id() const

        Returns the transfer's id, as the host's Transfer::id(); empty until
        the host made the offer.
    */
    QString id() const;
    /*!
        \fn QString Tandem::ServiceTransfer::peerDeviceId() const

        Returns the device the files go to.
    */
    QString peerDeviceId() const;
    /*!
        \fn Tandem::Transfer::Direction Tandem::ServiceTransfer::direction() const

        Returns whether the files come to the host's device (an offer seen
        by watching) or go from it.
    */
    Transfer::Direction direction() const;
    /*!
        \fn QString Tandem::ServiceTransfer::downloadDir() const

        Returns, for incoming files, the folder the host lands them in as
        it last said; empty for outgoing ones.
    */
    QString downloadDir() const;
    /*!
        \fn QString Tandem::ServiceTransfer::tag() const

        Returns the tag the offer carries (Transfer::tag()): the peer's
        session server for softbus files, or empty.
    */
    QString tag() const;
    /*!
        \fn Tandem::Transfer::State Tandem::ServiceTransfer::state() const

        Returns the state the host last reported.
    */
    Transfer::State state() const;
    /*!
        \fn bool Tandem::ServiceTransfer::isFinished() const

        Returns \c true once finished() was emitted.
    */
    bool isFinished() const;
    /*!
        \fn QString Tandem::ServiceTransfer::errorString() const

        Returns why the transfer ended, if not completed.
    */
    QString errorString() const;
    /*!
        \fn QList<Tandem::TransferFile> Tandem::ServiceTransfer::files() const

        Returns the files as offered (name, path on this device, size).
    */
    QList<TransferFile> files() const;
    /*!
        \fn int Tandem::ServiceTransfer::fileCount() const

        Returns how many files were offered. A watched offer of more
        files than one message lists (ServiceProtocol's
        MaxSeenFileListBytes) counts them all while files() holds the first.
    */
    int fileCount() const;
    /*!
        \fn qint64 Tandem::ServiceTransfer::totalBytes() const

        Returns the bytes of every file offered.
    */
    qint64 totalBytes() const;
    /*!
        \fn qint64 Tandem::ServiceTransfer::bytesDone() const

        Returns the bytes the receiver has (Transfer::bytesDone()).
    */
    qint64 bytesDone() const;
    /*!
        \fn qint64 Tandem::ServiceTransfer::bytesSent() const

        Returns the bytes put on the wire, resends included (Transfer::bytesSent()).
    */
    qint64 bytesSent() const;
    /*!
        \fn int Tandem::ServiceTransfer::filesVerified() const

        Returns how many files the receiver verified.
    */
    int filesVerified() const;
    /*!
        \fn double Tandem::ServiceTransfer::bytesPerSecond() const

        Returns the recent rate, as the host measures it.
    */
    double bytesPerSecond() const;
    /*!
        \fn qint64 Tandem::ServiceTransfer::etaSeconds() const

        Returns the host's estimate of the seconds left; -1 if unknown.
    */
    qint64 etaSeconds() const;

    /*!
        \fn void Tandem::ServiceTransfer::cancel(const QString &reason)

        Asks the host to cancel the transfer, telling the peer \a reason;
        finished() follows.
    */
    void cancel(const QString &reason);
    /*!
        \fn bool Tandem::ServiceTransfer::accept(const QString &downloadDir, QString *error)

        Accepts an incoming offer, landing the files in \a downloadDir (made
        absolute here; empty: the host's download folder). Returns false
        with \a error when this is no offer waiting or the host is not
        connected. The first answer decides, from this app, another one or
        the host's window; stateChanged() follows, or answerFailed() with
        the host's reason (the folder cannot be made, say).
    */
    bool accept(const QString &downloadDir = {}, QString *error = nullptr);
    /*!
        \fn bool Tandem::ServiceTransfer::acceptFiles(const QList<int> &indexes, const QString &downloadDir, QString *error)

        Accepts only the files at \a indexes (into files()) of an incoming
        offer, as Transfer::acceptFiles() does, landing them in \a
        downloadDir. Returns false with \a error as accept() does. An index the
        offer does not have comes back as answerFailed() with the host's
        reason, and the offer still waits. An empty \a indexes accepts every
        file, as accept() does.
    */
    bool acceptFiles(const QList<int> &indexes, const QString &downloadDir = {}, QString *error = nullptr);
    /*!
        \fn void Tandem::ServiceTransfer::reject(const QString &reason)

        Declines an incoming offer, telling the peer \a reason.
    */
    void reject(const QString &reason = {});

Q_SIGNALS:
    /*!
        \fn void Tandem::ServiceTransfer::stateChanged(Tandem::Transfer::State state)

        This signal is emitted when the transfer's \a state changes.
    */
    void stateChanged(Tandem::Transfer::State state);
    /*!
        \fn void Tandem::ServiceTransfer::progressChanged()

        This signal is emitted when the byte counts or the rate changed.
    */
    void progressChanged();
    /*!
        \fn void Tandem::ServiceTransfer::fileVerified(int index, const QString &path, const QByteArray &sha256)

        This signal is emitted when the receiver verified file \a index
        (\a path on this device) with SHA-256 \a sha256.
    */
    void fileVerified(int index, const QString &path, const QByteArray &sha256);
    /*!
        \fn void Tandem::ServiceTransfer::finished(Tandem::Transfer::State state, const QString &reason)

        This signal is emitted once, when the transfer ended in \a state,
        for \a reason unless completed.
    */
    void finished(Tandem::Transfer::State state, const QString &reason);
    /*!
        \fn void Tandem::ServiceTransfer::answerFailed(const QString &reason)

        This signal is emitted when the host could not accept the offer as
        asked, and why (\a reason); it still waits for an answer.
    */
    void answerFailed(const QString &reason);

private:
    friend class DeviceServiceClient;
    friend class DeviceServiceClientPrivate;
    ServiceTransfer(DeviceServiceClientPrivate *client, quint32 number, const QString &peer, QObject *parent);
    std::unique_ptr<ServiceTransferPrivate> d;
};

} // namespace Tandem
