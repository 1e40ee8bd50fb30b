#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QString>

/*!
    \namespace Tandem::PairingCode
    \inmodule Tandem
    \inheaderfile Tandem/pairingcode.h
    \brief The short code both users compare when pairing.

    The code is derived from both certificates and from a nonce each side
    contributes. The initiator commits to its nonce (commitment()) before it
    sees the responder's, so neither side, nor anyone in the middle, can try
    keys or nonces until the codes happen to match: a man in the middle gets
    one guess in a million per attempt.

    Tandem::Pairing runs the exchange; these functions are its arithmetic.
    They are pure and may be called from any thread.
*/
namespace Tandem::PairingCode {

/*!
    \variable Tandem::PairingCode::NonceBytes
    \brief The size of each side's nonce: 32 random bytes.
*/
inline constexpr int NonceBytes = 32;
/*!
    \variable Tandem::PairingCode::Digits
    \brief The number of decimal digits in a code: 6.
*/
inline constexpr int Digits = 6;

/*!
    \fn QByteArray Tandem::PairingCode::newNonce()

    Returns NonceBytes bytes from the system's cryptographic random
    generator.
*/
TANDEM_EXPORT QByteArray newNonce();

/*!
    \fn QByteArray Tandem::PairingCode::commitment(const QByteArray &initiatorNonce, const QByteArray &initiatorCertificateDer)

    Returns what the initiator sends first: a SHA-256 hash that binds its
    nonce \a initiatorNonce to its own certificate \a initiatorCertificateDer
    (DER). The nonce itself is revealed only after the responder's arrived.
*/
TANDEM_EXPORT QByteArray commitment(const QByteArray &initiatorNonce, const QByteArray &initiatorCertificateDer);

/*!
    \fn QString Tandem::PairingCode::derive(const QByteArray &initiatorCertificateDer, const QByteArray &responderCertificateDer, const QByteArray &initiatorNonce, const QByteArray &responderNonce)

    Returns the code: Digits decimal digits, with leading zeros, derived from
    both certificates (\a initiatorCertificateDer, \a responderCertificateDer,
    DER) and both nonces (\a initiatorNonce, \a responderNonce). Both sides
    call it with the same argument order, initiator first, and show the
    result with formatted().
*/
TANDEM_EXPORT QString derive(const QByteArray &initiatorCertificateDer, const QByteArray &responderCertificateDer,
                             const QByteArray &initiatorNonce, const QByteArray &responderNonce);

/*!
    \fn QString Tandem::PairingCode::formatted(const QString &code)

    Returns \a code the way it is shown to people: "123 456".
*/
TANDEM_EXPORT QString formatted(const QString &code);

} // namespace Tandem::PairingCode
