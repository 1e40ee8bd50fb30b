#pragma once

#include "link.h"

#include <QSslSocket>

namespace Tandem {

// A Link over a QSslSocket whose TLS handshake and peer check are done.
class LanLink : public Link
{
    Q_OBJECT

public:
    // `address`: the address dialled (outgoing) or the peer's (incoming).
    LanLink(QSslSocket *socket, const QString &address, const QString &peerDeviceId, bool outgoing);
    ~LanLink() override;

    Transport transport() const override { return Transport::Lan; }
    QString peerAddress() const override { return m_address; }
    QString encryption() const override;
    void write(QByteArrayView data) override;
    QByteArray readAll() override;
    qint64 read(char *data, qint64 maxSize) override;
    qint64 bytesToWrite() const override;

protected:
    void closeTransport() override;

private:
    QSslSocket *m_socket;
    QString m_address;
};

} // namespace Tandem
