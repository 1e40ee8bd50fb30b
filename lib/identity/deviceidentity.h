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

/*!
    \class Tandem::DeviceIdentity
    \inmodule Tandem
    \inheaderfile Tandem/deviceidentity.h
    \brief This installation's cryptographic identity: an RSA key, its
    self-signed certificate and the device id derived from them.

    The device id is the SHA-256 of the certificate's public key
    (SubjectPublicKeyInfo, DER), as 64 lowercase hex digits; peers check
    every TLS certificate against the id it claims with
    deviceIdForCertificate(). A Tandem::Profile loads its identity with
    loadOrCreate(); applications read it from Profile::identity().

    DeviceIdentity is implicitly shared and cheap to copy. It is reentrant:
    separate instances may be used from different threads.
*/
class TANDEM_EXPORT DeviceIdentity
{
public:
    /*!
        \variable Tandem::DeviceIdentity::KeyBits
        \brief The RSA key size: 3072 bits.

        QCA offers no elliptic-curve key generation, and 3072 bits gives
        128-bit security, matching the AES-256 and SHA-256 suites Tandem's
        links use.
    */
    static constexpr int KeyBits = 3072;
    /*!
        \variable Tandem::DeviceIdentity::CertificateValidityYears
        \brief How long a new certificate is valid: 10 years.

        An expired certificate is reissued for the same key by
        loadOrCreate() (Outcome::Reissued), so the device id survives it.
    */
    static constexpr int CertificateValidityYears = 10;

    /*!
        \enum Tandem::DeviceIdentity::Outcome

        What loadOrCreate() found and did.

        \value Loaded Read from disk as it was.
        \value Created There was no identity yet: a new one was generated.
        \value Reissued The key was fine, the certificate corrupt or expired:
               a new certificate for the same key, so the same device id.
        \value Regenerated The key was corrupt or unreadable: the old files
               were kept as backups (LoadResult::backups), and a new key
               means a new device id; paired devices must pair again.
        \value Failed Nothing usable; LoadResult::error says why.
    */
    enum class Outcome {
        Loaded,
        Created,
        Reissued,
        Regenerated,
        Failed,
    };

    struct LoadResult;

    /*!
        \fn Tandem::DeviceIdentity::DeviceIdentity()

        Constructs a null identity (isNull()).
    */
    DeviceIdentity();
    /*!
        \fn Tandem::DeviceIdentity::DeviceIdentity(const Tandem::DeviceIdentity &other)

        Constructs a copy of \a other; the data is shared.
    */
    DeviceIdentity(const DeviceIdentity &other);
    /*!
        \fn Tandem::DeviceIdentity::DeviceIdentity(Tandem::DeviceIdentity &&other)

        Move-constructs from \a other, which is left null.
    */
    DeviceIdentity(DeviceIdentity &&other) noexcept;
    /*!
        \fn Tandem::DeviceIdentity & Tandem::DeviceIdentity::operator=(const Tandem::DeviceIdentity &other)

        Makes this identity a copy of \a other and returns a reference to it.
    */
    DeviceIdentity &operator=(const DeviceIdentity &other);
    /*!
        \fn Tandem::DeviceIdentity & Tandem::DeviceIdentity::operator=(Tandem::DeviceIdentity &&other)

        Move-assigns \a other to this identity and returns a reference to it.
    */
    DeviceIdentity &operator=(DeviceIdentity &&other) noexcept;
    /*!
        \fn Tandem::DeviceIdentity::~DeviceIdentity()

        Destroys the identity; the key is freed with the last copy.
    */
    ~DeviceIdentity();

    /*!
        \fn Tandem::DeviceIdentity::LoadResult Tandem::DeviceIdentity::loadOrCreate(const QString &directory, const QString &cryptoProvider = defaultCryptoProvider())

        Loads the identity stored in \a directory, creating or repairing it
        as needed (LoadResult::outcome says which), with the QCA provider
        \a cryptoProvider. Files are written atomically with 0600
        permissions. Generating a key takes a noticeable time (a second or
        more); this blocks the calling thread.
    */
    static LoadResult loadOrCreate(const QString &directory, const QString &cryptoProvider = defaultCryptoProvider());
    /*!
        \fn QString Tandem::DeviceIdentity::defaultCryptoProvider()

        Returns the QCA provider identities use unless told otherwise:
        "qca-ossl" (OpenSSL).
    */
    static QString defaultCryptoProvider();

    /*!
        \fn QString Tandem::DeviceIdentity::deviceIdForCertificate(const QByteArray &der)

        Returns the device id for the DER certificate \a der (64 lowercase
        hex digits), or an empty string when \a der is not a certificate.
        Peers use this to check that a TLS certificate matches the id it
        claims. Any key algorithm will do: the id is the SHA-256 of the
        certificate's encoded subject public key info, read from the DER
        without interpreting the key.
    */
    static QString deviceIdForCertificate(const QByteArray &der);
    /*!
        \fn QByteArrayView Tandem::DeviceIdentity::subjectPublicKeyInfo(QByteArrayView certificateDer)

        Returns the SubjectPublicKeyInfo element of \a certificateDer (a view
        into it), or an empty view when \a certificateDer is not a
        well-formed X.509 certificate.
    */
    static QByteArrayView subjectPublicKeyInfo(QByteArrayView certificateDer);

    /*!
        \fn QString Tandem::DeviceIdentity::shortIdFor(const QString &deviceId)

        Returns the first 8 hex digits of \a deviceId in two groups,
        "3f2a 91c0": the form people read and compare.
    */
    static QString shortIdFor(const QString &deviceId);

    /*!
        \fn bool Tandem::DeviceIdentity::isNull() const

        Returns \c true for an identity with no key (default-constructed, or
        a failed load).
    */
    bool isNull() const;
    /*!
        \fn QString Tandem::DeviceIdentity::deviceId() const

        Returns the device id: 64 lowercase hex digits, empty when null.
    */
    QString deviceId() const;
    /*!
        \fn QString Tandem::DeviceIdentity::shortId() const

        Returns shortIdFor(deviceId()).
    */
    QString shortId() const;
    /*!
        \fn QByteArray Tandem::DeviceIdentity::certificatePem() const

        Returns the certificate in PEM, or an empty array when null.
    */
    QByteArray certificatePem() const;
    /*!
        \fn QByteArray Tandem::DeviceIdentity::certificateDer() const

        Returns the certificate in DER, or an empty array when null.
    */
    QByteArray certificateDer() const;
    /*!
        \fn QByteArray Tandem::DeviceIdentity::privateKeyPem() const

        Returns the private key as unencrypted PKCS#8 PEM, for handing to
        QSslSocket. Never log it.
    */
    QByteArray privateKeyPem() const;

    friend bool operator==(const DeviceIdentity &a, const DeviceIdentity &b)
    {
        return a.deviceId() == b.deviceId() && a.certificateDer() == b.certificateDer();
    }

private:
    friend class DeviceIdentityPrivate;
    QSharedDataPointer<DeviceIdentityData> d;
};

/*!
    \struct Tandem::DeviceIdentity::LoadResult
    \inmodule Tandem
    \inheaderfile Tandem/deviceidentity.h
    \brief What DeviceIdentity::loadOrCreate() returns.
*/
struct DeviceIdentity::LoadResult
{
    /*!
        \variable Tandem::DeviceIdentity::LoadResult::identity
        \brief The identity; null when outcome is Outcome::Failed.
    */
    DeviceIdentity identity;
    /*!
        \variable Tandem::DeviceIdentity::LoadResult::outcome
        \brief What was found and done.
    */
    Outcome outcome = Outcome::Failed;
    /*!
        \variable Tandem::DeviceIdentity::LoadResult::error
        \brief Why nothing usable was found; set when outcome is
        Outcome::Failed.
    */
    QString error;
    /*!
        \variable Tandem::DeviceIdentity::LoadResult::backups
        \brief The files kept aside before regenerating or reissuing.
    */
    QStringList backups;
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::DeviceIdentity)
