#pragma once

#include <QString>

namespace Tandem::CryptoRuntime {

// The QCA provider Tandem uses for keys, certificates, hashing and TLS over
// Bluetooth. It is OpenSSL-backed and ships separately from QCA itself.
inline constexpr QStringView DefaultProvider = u"qca-ossl";

// Initialises QCA once per process (reference counted by QCA itself).
void ensureInitialized();

// Empty when `provider` is loaded and offers everything Tandem needs;
// otherwise a sentence a user can act on.
QString checkProvider(const QString &provider);

} // namespace Tandem::CryptoRuntime
