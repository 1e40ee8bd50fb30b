#include "tlsbackend_p.h"

#include <QSslSocket>
#include <QStringList>

namespace Tandem {

bool selectTlsBackend(QString *error, const QString &backend)
{
    const QList<QString> available = QSslSocket::availableBackends();
    if (!available.contains(backend)) {
        *error = QStringLiteral("the TLS backend \"%1\" that LAN links need is not available (Qt offers: %2); "
                                "install Qt's %1 TLS plugin and the libraries it loads")
                     .arg(backend, available.isEmpty() ? QStringLiteral("none") : available.join(u", "));
        return false;
    }
    // Naming the default backend does not load it, so this is safe to ask
    // first; asking to switch once one is loaded would only log a warning.
    if (QSslSocket::activeBackend() == backend)
        return true;
    if (!QSslSocket::setActiveBackend(backend)) {
        *error = QStringLiteral("cannot switch TLS to the \"%1\" backend: \"%2\" is already in use")
                     .arg(backend, QSslSocket::activeBackend());
        return false;
    }
    return true;
}

} // namespace Tandem
