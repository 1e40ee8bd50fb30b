#include "deviceidentity.h"
#include "deviceidentity_p.h"

#include "cryptoruntime_p.h"
#include "identitylogging_p.h"
#include "ownerpermissions_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>
#include <optional>

namespace Tandem {

Q_LOGGING_CATEGORY(lcIdentity, "tandem.identity", QtInfoMsg)

namespace {

constexpr auto PrivateKeyFileName = "private-key.pem";
constexpr auto CertificateFileName = "certificate.pem";
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// A certificate this close to expiry is reissued (same key, same id) at the
// next start, so a running link never meets an expired certificate.
constexpr int RenewBeforeExpiryDays = 30;

QString idForPublicKeyDer(const QByteArray &spkiDer)
{
    return QString::fromLatin1(QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256).toHex());
}

// Renames `path` aside so a broken identity is never lost, only replaced.
QString keepBackup(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = path + QStringLiteral(".broken-") + stamp;
    for (int n = 1; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, backup) && !QDir(path).rename(path, backup))
        return {};
    return backup;
}

bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly) || file.write(data) != data.size()
        || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

struct FileRead
{
    bool exists = false;
    QByteArray data;
    QString problem; // empty when the file was read
};

FileRead readFile(const QString &path)
{
    FileRead read;
    const QFileInfo info(path);
    read.exists = info.exists() || info.isSymLink();
    if (!read.exists)
        return read;
    if (!info.isFile()) {
        read.problem = QStringLiteral("unreadable (not a regular file)");
        return read;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.problem = QStringLiteral("unreadable (%1)").arg(file.errorString());
        return read;
    }
    read.data = file.readAll();
    return read;
}

QCA::Certificate issueCertificate(const QCA::PrivateKey &key, const QString &deviceId, const QString &provider)
{
    QCA::CertificateInfo info;
    // The common name carries the id for people reading the certificate;
    // peers never trust it and derive the id from the public key instead.
    info.insert(QCA::CommonName, deviceId);
    info.insert(QCA::Organization, QStringLiteral("Tandem"));

    QCA::CertificateOptions options;
    options.setInfo(info);
    // Positive 63-bit serial: RFC 5280 asks for unique, positive serials.
    options.setSerialNumber(QCA::BigInteger(QString::number(QRandomGenerator::system()->generate64() >> 1)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Back-dated a day so that a peer whose clock runs slow still accepts it.
    options.setValidityPeriod(now.addDays(-1), now.addYears(DeviceIdentity::CertificateValidityYears));
    // keyCertSign too: OpenSSL only treats a certificate as self-signed (its
    // own issuer) when the key may sign certificates.
    options.setConstraints(
        {QCA::DigitalSignature, QCA::KeyEncipherment, QCA::KeyCertificateSign, QCA::ServerAuth, QCA::ClientAuth});
    return QCA::Certificate(options, key, provider);
}

} // namespace

DeviceIdentity DeviceIdentityPrivate::make(const QCA::PrivateKey &key, const QCA::Certificate &certificate)
{
    DeviceIdentity identity;
    identity.d->key = key;
    identity.d->certificate = certificate;
    identity.d->deviceId = idForPublicKeyDer(certificate.subjectPublicKey().toDER());
    return identity;
}

QCA::PrivateKey DeviceIdentityPrivate::privateKey(const DeviceIdentity &identity)
{
    return identity.d->key;
}

QCA::Certificate DeviceIdentityPrivate::certificate(const DeviceIdentity &identity)
{
    return identity.d->certificate;
}

DeviceIdentity::DeviceIdentity()
    : d(new DeviceIdentityData)
{ }
DeviceIdentity::DeviceIdentity(const DeviceIdentity &other) = default;
DeviceIdentity::DeviceIdentity(DeviceIdentity &&other) noexcept = default;
DeviceIdentity &DeviceIdentity::operator=(const DeviceIdentity &other) = default;
DeviceIdentity &DeviceIdentity::operator=(DeviceIdentity &&other) noexcept = default;
DeviceIdentity::~DeviceIdentity() = default;

bool DeviceIdentity::isNull() const
{
    return d->deviceId.isEmpty();
}

QString DeviceIdentity::deviceId() const
{
    return d->deviceId;
}

QString DeviceIdentity::shortId() const
{
    return shortIdFor(d->deviceId);
}

QString DeviceIdentity::shortIdFor(const QString &deviceId)
{
    return deviceId.left(4) + QLatin1Char(' ') + deviceId.mid(4, 4);
}

QByteArray DeviceIdentity::certificatePem() const
{
    return d->certificate.isNull() ? QByteArray() : d->certificate.toPEM().toLatin1();
}

QByteArray DeviceIdentity::certificateDer() const
{
    return d->certificate.isNull() ? QByteArray() : d->certificate.toDER();
}

QByteArray DeviceIdentity::privateKeyPem() const
{
    return d->key.isNull() ? QByteArray() : d->key.toPEM().toLatin1();
}

QString DeviceIdentity::defaultCryptoProvider()
{
    return CryptoRuntime::DefaultProvider.toString();
}

QString DeviceIdentity::deviceIdForCertificate(const QByteArray &der)
{
    // Read straight from the DER, not through QCA: qca-ossl wraps only RSA,
    // DSA and DH keys, and a stranger's ECDSA or Ed25519 certificate gave a
    // null key that crashed the device before pairing. The id is a hash of
    // the encoded key info whatever its algorithm; the TLS handshake has
    // already proven the peer holds that key.
    const QByteArrayView spki = subjectPublicKeyInfo(der);
    return spki.isEmpty() ? QString() : idForPublicKeyDer(spki.toByteArray());
}

namespace {

// One DER element: its tag, and where its contents and the whole element lie.
struct DerElement
{
    quint8 tag = 0;
    QByteArrayView contents;
    QByteArrayView whole;
};

// Reads the element at the start of `in`, or nothing when it is malformed.
// Certificates need nothing beyond single-byte tags and definite lengths of
// up to four bytes; anything else is refused rather than guessed at.
std::optional<DerElement> readDer(QByteArrayView in)
{
    if (in.size() < 2 || (quint8(in[0]) & 0x1f) == 0x1f)
        return std::nullopt;
    qsizetype pos = 1;
    const quint8 first = quint8(in[pos++]);
    quint64 length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || in.size() < pos + count)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(in[pos++]);
    }
    if (length > quint64(in.size() - pos))
        return std::nullopt;
    return DerElement{quint8(in[0]), in.sliced(pos, qsizetype(length)), in.first(pos + qsizetype(length))};
}

} // namespace

QByteArrayView DeviceIdentity::subjectPublicKeyInfo(QByteArrayView certificateDer)
{
    constexpr quint8 Sequence = 0x30;
    constexpr quint8 Integer = 0x02;
    constexpr quint8 ExplicitVersion = 0xa0;
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
    const auto certificate = readDer(certificateDer);
    if (!certificate || certificate->tag != Sequence || certificate->whole.size() != certificateDer.size())
        return {};
    const auto tbs = readDer(certificate->contents);
    if (!tbs || tbs->tag != Sequence)
        return {};
    // TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber,
    //     signature, issuer, validity, subject, subjectPublicKeyInfo, ... }
    QByteArrayView rest = tbs->contents;
    const std::array<quint8, 6> expected{Integer, Sequence, Sequence, Sequence, Sequence, Sequence};
    if (const auto version = readDer(rest); version && version->tag == ExplicitVersion)
        rest = rest.sliced(version->whole.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const auto element = readDer(rest);
        if (!element || element->tag != expected[i])
            return {};
        if (i + 1 == expected.size())
            return element->whole;
        rest = rest.sliced(element->whole.size());
    }
    return {};
}

DeviceIdentity::LoadResult DeviceIdentity::loadOrCreate(const QString &directory, const QString &provider)
{
    LoadResult result;
    if (const QString problem = CryptoRuntime::checkProvider(provider); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }

    if (!QDir().mkpath(directory)) {
        result.error = QStringLiteral("cannot create the identity folder %1").arg(QDir::toNativeSeparators(directory));
        return result;
    }
    // Before the key is written: on Windows, what the folder allows is what
    // a file written into it starts with.
    if (QString why; restrictToOwner(directory, &why) == OwnerOnlyResult::Failed)
        qCWarning(lcIdentity).noquote() << why;
    const QString keyPath = QDir(directory).filePath(QLatin1StringView(PrivateKeyFileName));
    const QString certPath = QDir(directory).filePath(QLatin1StringView(CertificateFileName));

    // 1. The private key: without it there is no identity to keep.
    const FileRead keyFile = readFile(keyPath);
    const FileRead certFile = readFile(certPath);
    QCA::PrivateKey key;
    QString keyProblem = keyFile.problem;
    if (keyFile.exists && keyProblem.isEmpty()) {
        QCA::ConvertResult convert = QCA::ErrorDecode;
        key = QCA::PrivateKey::fromPEM(QString::fromLatin1(keyFile.data), QCA::SecureArray(), &convert, provider);
        if (convert != QCA::ConvertGood || key.isNull() || !key.isRSA())
            keyProblem = QStringLiteral("not a valid RSA private key");
    }

    if (!keyFile.exists || !keyProblem.isEmpty()) {
        if (keyFile.exists || certFile.exists) {
            for (const QString &path : {keyPath, certPath}) {
                if (!QFileInfo::exists(path))
                    continue;
                const QString backup = keepBackup(path);
                if (backup.isEmpty()) {
                    result.error = QStringLiteral("cannot move the broken identity file %1 aside")
                                       .arg(QDir::toNativeSeparators(path));
                    return result;
                }
                result.backups << backup;
            }
        }
        key = QCA::KeyGenerator().createRSA(KeyBits, 65537, provider);
        if (key.isNull()) {
            result.error
                = QStringLiteral("the crypto provider %1 failed to generate an RSA-%2 key").arg(provider).arg(KeyBits);
            return result;
        }
        QString error;
        if (!writeOwnerOnly(keyPath, key.toPEM().toLatin1(), &error)) {
            result.error = error;
            return result;
        }
        result.outcome = keyFile.exists || certFile.exists ? Outcome::Regenerated : Outcome::Created;
        if (result.outcome == Outcome::Regenerated) {
            qCWarning(lcIdentity).noquote()
                << QStringLiteral("The device key in %1 was %2; kept it as %3 and created a new identity "
                                  "(paired devices must pair again).")
                       .arg(QDir::toNativeSeparators(keyPath), keyFile.exists ? keyProblem : QStringLiteral("missing"),
                            result.backups.join(QStringLiteral(", ")));
        }
    }

    // 2. The certificate: must be for this key and not about to expire. A
    // broken one is reissued for the same key, so the device id survives.
    const QString deviceId = idForPublicKeyDer(key.toPublicKey().toDER());
    QCA::Certificate certificate;
    QString certProblem;
    if (result.outcome == Outcome::Failed) { // the key was loaded: check the stored certificate
        certProblem = certFile.exists ? certFile.problem : QStringLiteral("missing");
        if (certProblem.isEmpty()) {
            QCA::ConvertResult convert = QCA::ErrorDecode;
            certificate = QCA::Certificate::fromPEM(QString::fromLatin1(certFile.data), &convert, provider);
            if (convert != QCA::ConvertGood || certificate.isNull())
                certProblem = QStringLiteral("not a valid certificate");
            else if (certificate.subjectPublicKey().toDER() != key.toPublicKey().toDER())
                certProblem = QStringLiteral("for a different key");
            else if (certificate.notValidAfter() < QDateTime::currentDateTimeUtc().addDays(RenewBeforeExpiryDays))
                certProblem = QStringLiteral("expiring on %1").arg(certificate.notValidAfter().toString(Qt::ISODate));
        }
        if (!certProblem.isEmpty() && certFile.exists) {
            const QString backup = keepBackup(certPath);
            if (backup.isEmpty()) {
                result.error = QStringLiteral("cannot move the broken certificate %1 aside")
                                   .arg(QDir::toNativeSeparators(certPath));
                return result;
            }
            result.backups << backup;
        }
    }

    if (certificate.isNull() || !certProblem.isEmpty()) {
        certificate = issueCertificate(key, deviceId, provider);
        if (certificate.isNull()) {
            result.error = QStringLiteral("the crypto provider %1 failed to issue a certificate").arg(provider);
            return result;
        }
        QString error;
        if (!writeOwnerOnly(certPath, certificate.toPEM().toLatin1(), &error)) {
            result.error = error;
            return result;
        }
        if (result.outcome == Outcome::Failed) {
            result.outcome = Outcome::Reissued;
            qCWarning(lcIdentity).noquote()
                << QStringLiteral("The device certificate in %1 was %2; issued a new one for the same key "
                                  "(device id unchanged)%3.")
                       .arg(QDir::toNativeSeparators(certPath), certProblem,
                            certFile.exists ? QStringLiteral(", old one kept as ") + result.backups.constLast()
                                            : QString());
        }
    } else {
        result.outcome = Outcome::Loaded;
    }

    // Files copied or restored by hand often come back world-readable.
    for (const QString &path : {keyPath, certPath}) {
        QString why;
        switch (restrictToOwner(path, &why)) {
        case OwnerOnlyResult::AlreadyOwnerOnly:
            break;
        case OwnerOnlyResult::Restricted:
            qCInfo(lcIdentity).noquote() << "Restricted" << QDir::toNativeSeparators(path) << "to owner-only access";
            break;
        case OwnerOnlyResult::Failed:
            qCWarning(lcIdentity).noquote() << why;
            break;
        }
    }

    result.identity = DeviceIdentityPrivate::make(key, certificate);
    if (result.outcome == Outcome::Created)
        qCInfo(lcIdentity).noquote() << "Created device identity" << result.identity.deviceId();
    return result;
}

} // namespace Tandem
