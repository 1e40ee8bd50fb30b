#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Tandem {

// The QSslSocket backend LAN links need. Inbound links are only accepted
// with the peer's certificate, which Qt's Schannel backend (the Windows
// default) never asks for in QueryPeer mode, and Secure Transport (macOS)
// imports the device key into the login keychain; QCA's ossl plugin needs
// OpenSSL anyway.
inline constexpr QLatin1StringView RequiredTlsBackend{"openssl"};

// Makes `backend` QSslSocket's backend. It must run before anything uses
// TLS (QSslSocket, QSslConfiguration, QSslCertificate, QSslKey): Qt keeps
// the first backend it loads. Returns false with *error set, saying what is
// missing, when the backend is not available or another one is already in
// use. `backend` is a parameter for tests only.
bool selectTlsBackend(QString *error, const QString &backend = RequiredTlsBackend);

} // namespace Tandem
