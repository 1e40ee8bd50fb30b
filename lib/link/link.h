#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class LinkPrivate;

/*!
    \class Tandem::Link
    \inmodule Tandem
    \inheaderfile Tandem/link.h

    \brief An encrypted, mutually authenticated byte stream to one peer
    device.

    The layers above never know whether it runs over TCP, RFCOMM or memory.
    A link arrives already authenticated, from a LanLinkProvider or a
    StreamLinkProvider: peerCertificateDer() is the certificate the peer
    proved it holds the key for, peerDeviceId() the id derived from it.
    Whoever receives a link owns it (a Tandem::PeerConnection, normally).

    Subclasses implement the transport: write(), readAll(), bytesToWrite(),
    closeTransport(), and call transportClosed() when it ends by itself.
    A link lives in one thread.
*/
class TANDEM_AUTOTEST_EXPORT Link : public QObject
{
    Q_OBJECT

public:
    /*!
        \enum Tandem::Link::Transport

        What carries the link.

        \value Lan TLS over TCP (LanLinkProvider).
        \value Bluetooth TLS over RFCOMM (BluetoothLinkProvider); low
               bandwidth (isLowBandwidth()).
        \value Memory In-memory links of the tests.
    */
    enum class Transport { Lan, Bluetooth, Memory };
    Q_ENUM(Transport)

    /*!
        \fn Tandem::Link::~Link()

        Destroys the link; close() it first to flush and say why.
    */
    ~Link() override;

    /*!
        \fn Tandem::Link::Transport Tandem::Link::transport() const = 0

        Returns what carries the link.
    */
    virtual Transport transport() const = 0;
    /*!
        \fn QString Tandem::Link::peerAddress() const = 0

        Returns the peer's address, human-readable, e.g.
        "192.168.1.20:47317"; for logs and UI.
    */
    virtual QString peerAddress() const = 0;

    /*!
        \fn QString Tandem::Link::encryption() const = 0

        Returns the protocol and cipher suite, e.g. "TLS 1.3,
        TLS_AES_256_GCM_SHA384": for diagnostics and tests.
    */
    virtual QString encryption() const = 0;
    /*!
        \fn bool Tandem::Link::isLowBandwidth() const

        Returns \c true for a Bluetooth link. Bluetooth moves tens to hundreds of KiB/s where a LAN moves hundreds of
        MiB/s: the layers above size their buffers and frames by this.
    */
    bool isLowBandwidth() const { return transport() == Transport::Bluetooth; }

    /*!
        \fn QByteArray Tandem::Link::peerCertificateDer() const

        Returns the certificate the peer proved it holds the key for (DER).
    */
    QByteArray peerCertificateDer() const;
    /*!
        \fn QString Tandem::Link::peerDeviceId() const

        Returns the device id derived from peerCertificateDer()
        (DeviceIdentity::deviceIdForCertificate()).
    */
    QString peerDeviceId() const;
    /*!
        \fn bool Tandem::Link::isOutgoing() const

        Returns \c true when this side dialled.
    */
    bool isOutgoing() const;
    /*!
        \fn bool Tandem::Link::isOpen() const

        Returns \c true until the link closed.
    */
    bool isOpen() const;

    /*!
        \fn void Tandem::Link::write(QByteArrayView data) = 0

        Queues \a data for sending; never blocks. Ignored once closed. The bytes
        are copied (or encrypted) before it returns: it may be a view into
        a larger buffer, e.g. a frame's payload inside its message.
    */
    virtual void write(QByteArrayView data) = 0;
    /*!
        \fn QByteArray Tandem::Link::readAll() = 0

        Returns everything received so far; readyRead() says when there is
        more.
    */
    virtual QByteArray readAll() = 0;
    /*!
        \fn qint64 Tandem::Link::read(char *data, qint64 maxSize)

        Reads up to \a maxSize of the bytes received so far into \a data; returns how
        many (0: none waiting). Lets a reader put bytes where they belong in one
        copy. This default goes through readAll(); links that buffer anyway read
        from their buffer directly. Use one of read() and readAll() on a link,
        not both.
    */
    virtual qint64 read(char *data, qint64 maxSize);
    /*!
        \fn qint64 Tandem::Link::bytesToWrite() const = 0

        Returns the bytes accepted by write() but not yet handed to the
        network: the sender's back-pressure signal. bytesWritten() follows
        as they go.
    */
    virtual qint64 bytesToWrite() const = 0;

    /*!
        \fn void Tandem::Link::close(const QString &reason)

        Closes the link after flushing what was written; closed() with
        \a reason follows at once. Does nothing once closed.
    */
    void close(const QString &reason);

    /*!
        \fn int Tandem::Link::transportsClosing()

        Returns how many transports of closed links are still handing their last bytes (a goodbye) to
        the operating system, in this process. A program that quits right after
        closing its links waits for this to reach zero - each transport gives up
        after its own bound - or its goodbyes die with it.
    */
    static int transportsClosing();

Q_SIGNALS:
    /*!
        \fn void Tandem::Link::readyRead()

        This signal is emitted when new bytes can be read.
    */
    void readyRead();
    /*!
        \fn void Tandem::Link::bytesWritten(qint64 bytes)

        This signal is emitted when \a bytes more were handed to the network.
    */
    void bytesWritten(qint64 bytes);
    /*!
        \fn void Tandem::Link::closed(const QString &reason)

        This signal is emitted once, when the link closed, by close() or by
        the transport, for \a reason.
    */
    void closed(const QString &reason);

protected:
    /*!
        \fn Tandem::Link::Link(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing, QObject *parent)

        Constructs a link, for subclasses, to the peer that proved
        \a peerCertificateDer, whose id is \a peerDeviceId; \a outgoing when
        this side dialled; a child of \a parent.
    */
    Link(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing, QObject *parent);
    /*!
        \fn void Tandem::Link::closeTransport() = 0

        Shuts the transport down: implemented by subclasses; the base class
        guarantees one call, from close().
    */
    virtual void closeTransport() = 0;
    /*!
        \fn void Tandem::Link::transportClosed(const QString &reason)

        For subclasses: the transport ended by itself (peer closed, error)
        for \a reason. The link closes, and closed() follows.
    */
    void transportClosed(const QString &reason);
    /*!
        \fn void Tandem::Link::beginClosingTransport()

        For subclasses whose closeTransport() finishes later: counted in
        transportsClosing() from the first call to the second.
    */
    static void beginClosingTransport();
    /*!
        \fn void Tandem::Link::endClosingTransport()

        For subclasses: the transport finished closing (see
        beginClosingTransport()).
    */
    static void endClosingTransport();

private:
    std::unique_ptr<LinkPrivate> d;
};

} // namespace Tandem
