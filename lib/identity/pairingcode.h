#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QString>

// The short code both users compare when pairing. It is derived from both
// certificates and from a nonce each side contributes; the initiator commits
// to its nonce before seeing the responder's, so neither side (nor anyone in
// the middle) can try keys or nonces until the codes happen to match: a
// man in the middle gets one guess in a million per attempt.
namespace Tandem::PairingCode {

inline constexpr int NonceBytes = 32;
inline constexpr int Digits = 6;

TANDEM_EXPORT QByteArray newNonce();

// What the initiator sends first: binds its nonce to its own certificate.
TANDEM_EXPORT QByteArray commitment(const QByteArray &initiatorNonce, const QByteArray &initiatorCertificateDer);

// The code, Digits decimal digits with leading zeros. Both sides call it
// with the same argument order (initiator first).
TANDEM_EXPORT QString derive(const QByteArray &initiatorCertificateDer, const QByteArray &responderCertificateDer,
                             const QByteArray &initiatorNonce, const QByteArray &responderNonce);

// "123 456": how the code is shown to people.
TANDEM_EXPORT QString formatted(const QString &code);

} // namespace Tandem::PairingCode
