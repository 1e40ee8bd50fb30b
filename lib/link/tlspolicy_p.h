#pragma once

#include <QStringView>

namespace Tandem {

// The TLS suites a link may use, by OpenSSL's name, one rule for the LAN
// (QSslSocket's offer) and Bluetooth (QCA's negotiated suite, checked after
// the handshake, since qca-ossl ignores suite constraints): TLS 1.3 suites
// ("TLS_AES_256_GCM_SHA384": all forward secret and AEAD), or TLS 1.2 with
// ECDHE and an AEAD cipher. RSA key exchange, CBC and SHA-1 suites are out.
inline bool isAcceptableTlsSuite(QStringView name)
{
    if (name.startsWith(u"TLS_"))
        return true;
    return name.startsWith(u"ECDHE-") && (name.contains(u"-GCM-") || name.contains(u"CHACHA20"));
}

} // namespace Tandem
