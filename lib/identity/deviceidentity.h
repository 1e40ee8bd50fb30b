#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

namespace Tandem {

class DeviceIdentityData;

// This installation's cryptographic identity: an RSA private key, a
// self-signed X.509 certificate for it, and the device id — the SHA-256 of
// the certificate's public key (SubjectPublicKeyInfo, DER). Implicitly
// shared, cheap to copy.
class TANDEM_EXPORT DeviceIdentity
{
public:
    // RSA-3072: QCA offers no elliptic-curve key generation, and 3072 bits
    // gives 128-bit security, matching the AES-256/SHA-256 suites we use.
    static constexpr int KeyBits = 3072;
    static constexpr int CertificateValidityYears = 10;

    enum class Outcome {
        Loaded, // read from disk as it was
        Created, // no identity yet: a new one was generated
        Reissued, // key fine, certificate corrupt or expired: new certificate, same id
        Regenerated, // key corrupt or unreadable: kept a backup, new key and id
        Failed, // nothing usable; see LoadResult::error
    };

    struct LoadResult;

    DeviceIdentity();
    DeviceIdentity(const DeviceIdentity &other);
    DeviceIdentity(DeviceIdentity &&other) noexcept;
    DeviceIdentity &operator=(const DeviceIdentity &other);
    DeviceIdentity &operator=(DeviceIdentity &&other) noexcept;
    ~DeviceIdentity();

    // Loads the identity stored in `directory`, creating or repairing it as
    // needed. Files are written atomically with 0600 permissions.
    static LoadResult loadOrCreate(const QString &directory, const QString &cryptoProvider = defaultCryptoProvider());
    static QString defaultCryptoProvider();

    // The device id for a DER certificate (64 lowercase hex digits), or an
    // empty string when `der` is not a certificate. Peers use this to check
    // that a TLS certificate matches the id it claims.
    // Any key algorithm: the id is the SHA-256 of the certificate's encoded
    // subject public key info, read from the DER without interpreting the key.
    static QString deviceIdForCertificate(const QByteArray &der);
    // The certificate's SubjectPublicKeyInfo element (a view into `der`),
    // or an empty view when `der` is not a well-formed X.509 certificate.
    static QByteArrayView subjectPublicKeyInfo(QByteArrayView certificateDer);

    // "3f2a 91c0": the first 8 hex digits of an id, for people to read.
    static QString shortIdFor(const QString &deviceId);

    bool isNull() const;
    QString deviceId() const;
    QString shortId() const;
    QByteArray certificatePem() const;
    QByteArray certificateDer() const;
    // Unencrypted PKCS#8 PEM, for handing to QSslSocket; never logged.
    QByteArray privateKeyPem() const;

    friend bool operator==(const DeviceIdentity &a, const DeviceIdentity &b)
    {
        return a.deviceId() == b.deviceId() && a.certificateDer() == b.certificateDer();
    }

private:
    friend class DeviceIdentityPrivate;
    QSharedDataPointer<DeviceIdentityData> d;
};

struct DeviceIdentity::LoadResult
{
    DeviceIdentity identity;
    Outcome outcome = Outcome::Failed;
    QString error; // set when outcome is Failed
    QStringList backups; // files kept aside before regenerating or reissuing
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceIdentity)
