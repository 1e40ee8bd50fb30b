#include "pairingcode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

namespace Tandem::PairingCode {

namespace {
// Length-prefixed fields: no two different inputs hash the same bytes.
void addField(QCryptographicHash &hash, const QByteArray &field)
{
    const quint32 size = qToBigEndian(quint32(field.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(field);
}
} // namespace

QByteArray newNonce()
{
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), NonceBytes / sizeof(quint32));
    return nonce;
}

QByteArray commitment(const QByteArray &initiatorNonce, const QByteArray &initiatorCertificateDer)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("tandem-pairing-commit-v1");
    addField(hash, initiatorNonce);
    addField(hash, initiatorCertificateDer);
    return hash.result();
}

QString derive(const QByteArray &initiatorCertificateDer, const QByteArray &responderCertificateDer,
               const QByteArray &initiatorNonce, const QByteArray &responderNonce)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("tandem-pairing-code-v1");
    addField(hash, initiatorCertificateDer);
    addField(hash, responderCertificateDer);
    addField(hash, initiatorNonce);
    addField(hash, responderNonce);
    const QByteArray digest = hash.result();
    // 64 bits mod 10^6: the bias is below 2^-40, far under a guess's odds.
    const quint64 value = qFromBigEndian<quint64>(digest.constData());
    quint64 modulus = 1;
    for (int i = 0; i < Digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(value % modulus, Digits, 10, QLatin1Char('0'));
}

QString formatted(const QString &code)
{
    return code.left(Digits / 2) + QLatin1Char(' ') + code.mid(Digits / 2);
}

} // namespace Tandem::PairingCode
