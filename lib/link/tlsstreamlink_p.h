#pragma once

#include "link.h"

#include <QtCrypto>

#include <QIODevice>

#include <memory>

namespace Tandem {

// A Link over QCA TLS on a byte stream whose handshake and peer check are
// done (see TlsStreamHandshake). Owns the stream and the TLS state.
class TlsStreamLink : public Link
{
    Q_OBJECT

public:
    TlsStreamLink(std::unique_ptr<QCA::TLS> tls, QIODevice *stream, Transport transport, const QString &address,
                  const QByteArray &peerCertificateDer, const QString &peerDeviceId, bool outgoing);
    ~TlsStreamLink() override;

    Transport transport() const override { return m_transport; }
    QString peerAddress() const override { return m_address; }
    QString encryption() const override;
    void write(QByteArrayView data) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override;

protected:
    void closeTransport() override;

private:
    void pushOutgoing();
    void pullIncoming();

    std::unique_ptr<QCA::TLS> m_tls;
    QIODevice *m_stream;
    Transport m_transport;
    QString m_address;
    // Plaintext handed to TLS and not yet come out encrypted: QCA does its
    // work on a later event-loop pass, so the stream alone under-reports
    // what is waiting.
    qint64 m_pendingPlaintext = 0;
    // Bytes went to TLS since it last had plaintext for us: a stream that
    // ends now may still hold the peer's last words.
    bool m_undecrypted = false;
    quint64 m_writes = 0;
    quint64 m_writesAtLastOutput = 0;
    bool m_settleQueued = false;
};

} // namespace Tandem
