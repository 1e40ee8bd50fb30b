#include <Tandem/deviceidentity.h>
#include <Tandem/ownerpermissions_p.h>
#include <Tandem/truststore.h>

#include "../../common/platformfixtures.h"

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
    void bluetoothAddressIsRememberedAndChecked();
    void storeWithoutBluetoothAddressColumnIsUpgradedInPlace();
    void handEditedBluetoothAddressIsDroppedNotThePairing();
    void whoDialledTheLastBluetoothLinkOutlivesARestart();

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
    // Owner-only (mode 0600, or an access list on Windows): nothing left to
    // restrict. (Wine keeps no access lists to read back.)
    if (!TandemTest::runsUnderWine())
        QCOMPARE(restrictToOwner(dbPath(), &error), OwnerOnlyResult::AlreadyOwnerOnly);
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
#ifdef Q_OS_WIN
    // abort() ends a Windows process with exit code 3, a normal exit to
    // QProcess.
    QCOMPARE(child.exitCode(), 3);
#else
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
#endif

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

void tst_TrustStore::bluetoothAddressIsRememberedAndChecked()
{
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    TrustedDevice a = sampleDevice(QStringLiteral("a"));
    a.bluetoothAddress = QStringLiteral("00:1A:7D:DA:71:13");
    QCOMPARE(store->pin(a, &error), TrustStore::PinResult::Pinned);
    const TrustedDevice b = sampleDevice(QStringLiteral("b"));
    QCOMPARE(store->pin(b, &error), TrustStore::PinResult::Pinned);
    QVERIFY(store->setBluetoothAddress(b.deviceId, QStringLiteral("AA:BB:CC:DD:EE:FF"), &error));

    // Malformed: refused with the reason, nothing changed.
    const QStringList bad{
        QStringLiteral("AA:BB:CC:DD:EE"),      QStringLiteral("AA:BB:CC:DD:EE:FF:00"),
        QStringLiteral("GG:BB:CC:DD:EE:FF"),   QStringLiteral("AA-BB-CC-DD-EE-FF"),
        QStringLiteral("AA:BB:CC:DD:EE:FF\n"), QString(TrustStore::BluetoothAddressLength * 100, u'A')};
    for (const QString &address : bad) {
        error.clear();
        QVERIFY2(!store->setBluetoothAddress(b.deviceId, address, &error), qPrintable(address));
        QVERIFY2(error.startsWith(u"not a Bluetooth address"), qPrintable(error));
        QVERIFY(error.size() < 64); // the input is quoted cut to an address's length
        TrustedDevice c = sampleDevice(QStringLiteral("c"));
        c.bluetoothAddress = address;
        QCOMPARE(store->pin(c, &error), TrustStore::PinResult::Failed);
    }
    QVERIFY(!store->isTrusted(sampleDevice(QStringLiteral("c")).deviceId));
    QVERIFY(!store->setBluetoothAddress(QString(64, u'f'), QStringLiteral("AA:BB:CC:DD:EE:FF"), &error));

    store.reset();
    store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->find(a.deviceId)->bluetoothAddress, QStringLiteral("00:1A:7D:DA:71:13"));
    QCOMPARE(store->find(b.deviceId)->bluetoothAddress, QStringLiteral("AA:BB:CC:DD:EE:FF"));
    // Forgetting it is an empty address.
    QVERIFY(store->setBluetoothAddress(a.deviceId, QString(), &error));
    store.reset();
    store = TrustStore::open(dbPath(), &error);
    QCOMPARE(store->find(a.deviceId)->bluetoothAddress, QString());
}

void tst_TrustStore::storeWithoutBluetoothAddressColumnIsUpgradedInPlace()
{
    // A store as Tandem wrote it before the column existed: its pairings
    // stay, the column is added, and the schema version stays 1 so that
    // such a Tandem can still open the store afterwards.
    const QString id(64, u'a');
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE trusted_devices (device_id TEXT PRIMARY KEY NOT NULL, name TEXT "
                                      "NOT NULL, certificate BLOB NOT NULL, paired_at INTEGER NOT NULL, "
                                      "protocol_version INTEGER NOT NULL, auto_accept_sessions INTEGER NOT NULL "
                                      "DEFAULT 0)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO trusted_devices VALUES ('%1', 'Old', x'0102', 1700000000, 1, 1)").arg(id)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    const auto old = store->find(id);
    QVERIFY(old);
    QCOMPARE(old->name, QStringLiteral("Old"));
    QVERIFY(old->autoAcceptSessions);
    QCOMPARE(old->bluetoothAddress, QString());
    QVERIFY(store->setBluetoothAddress(id, QStringLiteral("01:02:03:04:05:06"), &error));
    store.reset();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // An older Tandem's insert, naming only the columns it knows.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO trusted_devices (device_id, name, certificate, paired_at, "
                                      "protocol_version, auto_accept_sessions) VALUES ('%1', 'B', x'03', 1, 1, 0)")
                           .arg(QString(64, u'b'))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->find(id)->bluetoothAddress, QStringLiteral("01:02:03:04:05:06"));
    QCOMPARE(store->find(QString(64, u'b'))->bluetoothAddress, QString());
    // Neither row knows who dialled their last Bluetooth link.
    QCOMPARE(store->find(id)->dialledLastBluetoothLink, std::nullopt);
    QCOMPARE(store->find(QString(64, u'b'))->dialledLastBluetoothLink, std::nullopt);
}

void tst_TrustStore::handEditedBluetoothAddressIsDroppedNotThePairing()
{
    QString error;
    const TrustedDevice a = sampleDevice(QStringLiteral("a"));
    {
        auto store = TrustStore::open(dbPath(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->pin(a, &error), TrustStore::PinResult::Pinned);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE trusted_devices SET bluetooth_address = 'not:an:address'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isTrusted(a.deviceId));
    QCOMPARE(store->find(a.deviceId)->bluetoothAddress, QString());
    QCOMPARE(store->find(a.deviceId)->certificateDer, a.certificateDer);
}

void tst_TrustStore::whoDialledTheLastBluetoothLinkOutlivesARestart()
{
    // It decides which device redials when a Bluetooth link is gone, also
    // for the next run (LocalDevice): unknown until there was a link, then
    // whatever the last link said, after a reopen too.
    QString error;
    auto store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    const TrustedDevice a = sampleDevice(QStringLiteral("a"));
    QCOMPARE(store->pin(a, &error), TrustStore::PinResult::Pinned);
    TrustedDevice b = sampleDevice(QStringLiteral("b"));
    b.dialledLastBluetoothLink = false; // paired over a link it dialled
    QCOMPARE(store->pin(b, &error), TrustStore::PinResult::Pinned);
    QSignalSpy updated(store.get(), &TrustStore::deviceUpdated);
    QVERIFY(store->setDialledLastBluetoothLink(a.deviceId, true, &error));
    QVERIFY(store->setDialledLastBluetoothLink(a.deviceId, true, &error)); // unchanged: no signal
    QCOMPARE(updated.size(), 1);
    QVERIFY(!store->setDialledLastBluetoothLink(QString(64, u'f'), true, &error));

    store.reset();
    store = TrustStore::open(dbPath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->find(a.deviceId)->dialledLastBluetoothLink, std::optional(true));
    QCOMPARE(store->find(b.deviceId)->dialledLastBluetoothLink, std::optional(false));
    QVERIFY(store->setDialledLastBluetoothLink(a.deviceId, false, &error));
    store.reset();
    store = TrustStore::open(dbPath(), &error);
    QCOMPARE(store->find(a.deviceId)->dialledLastBluetoothLink, std::optional(false));
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
