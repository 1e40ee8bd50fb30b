#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Tandem {

// An encrypted, mutually authenticated byte stream to one peer device. The
// layers above never know whether it runs over TCP, RFCOMM or memory. A
// link arrives already authenticated: peerCertificateDer() is the
// certificate the peer proved it holds the key for.
class TANDEM_EXPORT Link : public QObject
{
    Q_OBJECT

public:
    enum class Transport { Lan, Bluetooth, Memory };
    Q_ENUM(Transport)

    ~Link() override;

    virtual Transport transport() const = 0;
    // Human-readable address, e.g. "192.168.1.20:47317"; for logs and UI.
    virtual QString peerAddress() const = 0;

    // E.g. "TLS 1.3, TLS_AES_256_GCM_SHA384": for diagnostics and tests.
    virtual QString encryption() const = 0;
    // Bluetooth moves tens to hundreds of KiB/s where a LAN moves hundreds
    // of MiB/s: the layers above size their buffers and frames by this.
    bool isLowBandwidth() const { return transport() == Transport::Bluetooth; }

    QByteArray peerCertificateDer() const { return m_peerCertificateDer; }
    QString peerDeviceId() const { return m_peerDeviceId; }
    // True when this side dialled.
    bool isOutgoing() const { return m_outgoing; }
    bool isOpen() const { return !m_closed; }

    // Queues data for sending; never blocks. Ignored once closed. The bytes
    // are copied (or encrypted) before it returns: `data` may be a view
    // into a larger buffer, e.g. a frame's payload inside its message.
    virtual void write(QByteArrayView data) = 0;
    // Everything received so far.
    virtual QByteArray readAll() = 0;
    // Up to `maxSize` of the bytes received so far, into `data`; returns how
    // many (0: none waiting). Lets a reader put bytes where they belong in
    // one copy. This default goes through readAll(); links that buffer
    // anyway read from their buffer directly. Use one of read() and
    // readAll() on a link, not both.
    virtual qint64 read(char *data, qint64 maxSize);
    // Bytes accepted by write() but not yet handed to the network: the
    // sender's back-pressure signal.
    virtual qint64 bytesToWrite() const = 0;

    // Closes after flushing what was written; closed(reason) follows once.
    void close(const QString &reason);

    // Transports of closed links still handing their last bytes (a goodbye)
    // to the operating system, in this process. A program that quits right
    // after closing its links waits for this to reach zero - each transport
    // gives up after its own bound - or its goodbyes die with it.
    static int transportsClosing();

Q_SIGNALS:
    void readyRead();
    void bytesWritten(qint64 bytes);
    void closed(const QString &reason);

protected:
    Link(const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing, QObject *parent);
    // Transport-specific shutdown; the base class guarantees one call.
    virtual void closeTransport() = 0;
    // For subclasses: the transport ended by itself (peer closed, error).
    void transportClosed(const QString &reason);
    // For subclasses whose closeTransport() finishes later: counted in
    // transportsClosing() from the first call to the second.
    static void beginClosingTransport();
    static void endClosingTransport();

private:
    QByteArray m_peerCertificateDer;
    QString m_peerDeviceId;
    bool m_outgoing;
    bool m_closed = false;
    QByteArray m_unread; // what read() took with readAll() and has not handed out
};

} // namespace Tandem
