#include "cryptoruntime_p.h"

#include <QtCrypto>

#include <QStringList>

namespace Tandem::CryptoRuntime {

void ensureInitialized()
{
    // QCA keeps a global, reference-counted context; one Initializer that
    // lives until static destruction keeps it up for the whole process.
    static QCA::Initializer initializer;
}

QString checkProvider(const QString &provider)
{
    ensureInitialized();
    if (!QCA::findProvider(provider)) {
        return QStringLiteral("The QCA crypto provider \"%1\" is not installed, so Tandem cannot create or "
                              "load its device key. Install QCA's OpenSSL plugin (Debian/Ubuntu: "
                              "libqca-qt6-plugins; Fedora: qca-qt6-ossl; Arch: qca-qt6).")
            .arg(provider);
    }
    const QStringList needed = {QStringLiteral("pkey"), QStringLiteral("rsa"), QStringLiteral("cert"),
                                QStringLiteral("sha256"), QStringLiteral("tls")};
    QStringList missing;
    for (const QString &feature : needed) {
        if (!QCA::isSupported(feature.toLatin1().constData(), provider))
            missing << feature;
    }
    if (!missing.isEmpty()) {
        return QStringLiteral("The QCA crypto provider \"%1\" lacks features Tandem needs: %2.")
            .arg(provider, missing.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace Tandem::CryptoRuntime
