#include "identity/deviceidentity.h"
#include "identity/truststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace Tandem;

namespace {

TrustedDevice sampleDevice(const QString &idSeed, const QByteArray &certificate = QByteArrayLiteral("cert-A"))
{
    TrustedDevice device;
    device.deviceId = QString(64, idSeed.at(0));
    device.name = QStringLiteral("Device ") + idSeed;
    device.certificateDer = certificate;
    device.protocolVersion = 1;
    return device;
}

} // namespace

class tst_TrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pinFindUnpin();
    void survivesReopen();
    void differentCertificateIsNeverPinnedSilently();
    void setters();
    void boundOnTrustedDevices();
    void committedPinSurvivesCrash();
    void newerSchemaIsRefused();

private:
    QString dbPath() const { return QDir(m_dir->path()).filePath(QStringLiteral("trust.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TrustStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_TrustStore::pinFindUnpin()
{
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->devices().isEmpty());

    QSignalSpy trusted(store.get(), &TrustStore::deviceTrusted);
    QSignalSpy untrusted(store.get(), &TrustStore::deviceUntrusted);
    const TrustedDevice a = sampleDevice(QStringLiteral("a"));
    QCOMPARE(store->pin(a, &error), TrustStore::PinResult::Pinned);
    QCOMPARE(trusted.size(), 1);
    QVERIFY(store->isTrusted(a.deviceId));
    const auto found = store->find(a.deviceId);
    QVERIFY(found);
    QCOMPARE(found->certificateDer, a.certificateDer);
    QVERIFY(found->pairedAt.isValid());

    // Pinning the same certificate again is harmless.
    QCOMPARE(store->pin(a, &error), TrustStore::PinResult::AlreadyPinned);
    QCOMPARE(trusted.size(), 1);

    QVERIFY(store->unpin(a.deviceId, &error));
    QCOMPARE(untrusted.size(), 1);
    QVERIFY(!store->isTrusted(a.deviceId));
    QVERIFY(!store->unpin(a.deviceId, &error));
    QVERIFY(error.contains(u"not paired"));
}

void tst_TrustStore::survivesReopen()
{
    QString error;
    {
        auto store = TrustStore::open(dbPath(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->pin(sampleDevice(QStringLiteral("a")), &error), TrustStore::PinResult::Pinned);
        QCOMPARE(store->pin(sampleDevice(QStringLiteral("b"), "cert-B"), &error), TrustStore::PinResult::Pinned);
        QVERIFY(store->unpin(sampleDevice(QStringLiteral("b")).deviceId, &error));
    }
    auto reopened = TrustStore::open(dbPath(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->devices().size(), 1);
    const auto a = reopened->find(sampleDevice(QStringLiteral("a")).deviceId);
    QVERIFY(a);
    QCOMPARE(a->name, QStringLiteral("Device a"));
    QCOMPARE(a->certificateDer, QByteArrayLiteral("cert-A"));
    QCOMPARE(a->protocolVersion, 1);
    QCOMPARE(QFile::permissions(dbPath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void tst_TrustStore::differentCertificateIsNeverPinnedSilently()
{
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->pin(sampleDevice(QStringLiteral("a")), &error), TrustStore::PinResult::Pinned);
    QCOMPARE(store->pin(sampleDevice(QStringLiteral("a"), "cert-EVIL"), &error),
             TrustStore::PinResult::CertificateConflict);
    QVERIFY(error.contains(u"different certificate"));
    QCOMPARE(store->find(sampleDevice(QStringLiteral("a")).deviceId)->certificateDer, QByteArrayLiteral("cert-A"));
}

void tst_TrustStore::setters()
{
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    const TrustedDevice a = sampleDevice(QStringLiteral("a"));
    QCOMPARE(store->pin(a, &error), TrustStore::PinResult::Pinned);
    QSignalSpy updated(store.get(), &TrustStore::deviceUpdated);
    QVERIFY(store->setName(a.deviceId, QStringLiteral("Renamed"), &error));
    QVERIFY(store->setProtocolVersion(a.deviceId, 3, &error));
    QVERIFY(store->setAutoAcceptSessions(a.deviceId, true, &error));
    QCOMPARE(updated.size(), 3);
    QVERIFY(!store->setName(QString(64, u'f'), QStringLiteral("x"), &error));

    store.reset();
    store = TrustStore::open(dbPath(), &error);
    const auto found = store->find(a.deviceId);
    QCOMPARE(found->name, QStringLiteral("Renamed"));
    QCOMPARE(found->protocolVersion, 3);
    QVERIFY(found->autoAcceptSessions);
}

void tst_TrustStore::boundOnTrustedDevices()
{
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    for (int i = 0; i < TrustStore::MaxTrustedDevices; ++i) {
        TrustedDevice device = sampleDevice(QStringLiteral("x"));
        device.deviceId = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        QCOMPARE(store->pin(device, &error), TrustStore::PinResult::Pinned);
    }
    TrustedDevice oneMore = sampleDevice(QStringLiteral("z"));
    QCOMPARE(store->pin(oneMore, &error), TrustStore::PinResult::Failed);
    QVERIFY2(error.contains(u"at most 1024"), qPrintable(error));
    QCOMPARE(store->devices().size(), TrustStore::MaxTrustedDevices);
}

void tst_TrustStore::committedPinSurvivesCrash()
{
    // A child process pins a device and dies at once (abort: no
    // destructors, no clean close); what it committed must be there.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--pin-and-crash"), dbPath()});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isTrusted(sampleDevice(QStringLiteral("c")).deviceId));
}

void tst_TrustStore::newerSchemaIsRefused()
{
    QString error;
    {
        auto store = TrustStore::open(dbPath(), &error);
        QVERIFY2(store, qPrintable(error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(!TrustStore::open(dbPath(), &error));
    QVERIFY2(error.contains(u"newer Tandem"), qPrintable(error));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--pin-and-crash") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto store = TrustStore::open(QString::fromLocal8Bit(argv[2]), &error);
        if (!store || store->pin(sampleDevice(QStringLiteral("c")), &error) != TrustStore::PinResult::Pinned)
            return 2;
        std::abort();
    }
    QCoreApplication app(argc, argv);
    tst_TrustStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_truststore.moc"
