#include "link/tlsbackend_p.h"

#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

using namespace Tandem;

// selectTlsBackend() (lib/link/tlsbackend.cpp, built into this test): LAN
// links need QSslSocket's OpenSSL backend, which is not the default on
// Windows and macOS. Only Linux runs here, where OpenSSL is the default, so
// the error paths are reached by asking for backends that are missing or
// cannot be switched to. The order of the functions matters: Qt keeps the
// first backend it loads, and the last function loads it.
class tst_TlsBackend : public QObject
{
    Q_OBJECT

private slots:
    void selectsOpenSsl();
    void aMissingBackendIsNamedInTheError();
    void noSwitchOnceABackendIsLoaded();
};

void tst_TlsBackend::selectsOpenSsl()
{
    QCOMPARE(RequiredTlsBackend, QLatin1StringView("openssl"));
    QString error;
    QVERIFY2(selectTlsBackend(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(QSslSocket::activeBackend(), QStringLiteral("openssl"));
}

void tst_TlsBackend::aMissingBackendIsNamedInTheError()
{
    QString error;
    QVERIFY(!selectTlsBackend(&error, QStringLiteral("no-such-backend")));
    QVERIFY2(error.contains(u"\"no-such-backend\"") && error.contains(u"not available"), qPrintable(error));
    // What is there instead, so a user can tell a missing plugin from a typo.
    QVERIFY2(error.contains(u"openssl"), qPrintable(error));
    // Nothing changed: OpenSSL is still the one in use.
    QCOMPARE(QSslSocket::activeBackend(), QStringLiteral("openssl"));
}

void tst_TlsBackend::noSwitchOnceABackendIsLoaded()
{
    QString error;
    QVERIFY2(selectTlsBackend(&error), qPrintable(error));
    // A key loads the backend, as LanLinkProvider's configuration does.
    const QSslKey key;
    Q_UNUSED(key);
    const QList<QString> others = [] {
        QList<QString> names = QSslSocket::availableBackends();
        names.removeAll(QStringLiteral("openssl"));
        return names;
    }();
    if (others.isEmpty())
        QSKIP("Qt offers no TLS backend but OpenSSL here: nothing to switch to");
    // Qt logs that it refuses; the error says the same to the user.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot set backend named .* as active")));
    QVERIFY(!selectTlsBackend(&error, others.first()));
    QVERIFY2(error.contains(u"\"openssl\" is already in use"), qPrintable(error));
    // The one selected first stays.
    QVERIFY2(selectTlsBackend(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_TlsBackend)
#include "tst_tlsbackend.moc"
