#include "link/bluetoothlinkprovider_p.h"

#include <QBluetoothServiceInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Tandem;

// Tandem's SDP record (lib/link/bluetoothservicerecord.cpp) and the parts
// of bluetoothlinkprovider_generic.cpp - the Bluetooth stack file of
// Windows, macOS and Android - that Linux can run: both are built into
// this test, the library builds the BlueZ file here. What a peer reads
// from a Windows or Android host is modelled on how those stacks publish
// a QBluetoothServiceInfo (below); no radio is involved.
class tst_BluetoothRecord : public QObject
{
    Q_OBJECT

private slots:
    void theRecordNamesTandemsClassTheDeviceAndItsChannel();
    void peersFindAWindowsHostByTandemsUuid();
    void peersFindAnAndroidHostByTandemsUuid();
    void callOnMainThreadWorksThereAndAnswersOnTheContextsThread();
    void callOnMainThreadSaysNothingToAContextThatIsGone();
};

namespace {

const QBluetoothUuid TandemClass(QStringLiteral("6c1e4a1e-5d2b-4f7e-9a2c-74616e64656d"));
constexpr quint16 DeviceIdAttribute = 0x0300;
const QString DeviceId = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
constexpr quint8 Channel = 7;

QBluetoothServiceInfo ownRecord()
{
    return BluetoothPlatform::serviceRecord(TandemClass, BluetoothPlatform::serviceId(TandemClass, DeviceId),
                                            DeviceIdAttribute, DeviceId, QStringLiteral("Alpha"), Channel);
}

// What a peer reads from a host whose stack publishes only the service id
// (as the class list) and the name: Qt's WinRT backend hands the id to
// RfcommServiceProvider and drops ServiceClassIds; Android's
// listenUsingRfcommWithServiceRecord takes a name and a UUID, nothing else.
QBluetoothServiceInfo asReadFromAHostThatPublishesOnlyTheId(const QBluetoothServiceInfo &published)
{
    QBluetoothServiceInfo read;
    QBluetoothServiceInfo::Sequence classes;
    classes << QVariant::fromValue(published.serviceUuid());
    read.setAttribute(QBluetoothServiceInfo::ServiceClassIds, classes);
    read.setServiceName(published.serviceName());
    return read;
}

} // namespace

void tst_BluetoothRecord::theRecordNamesTandemsClassTheDeviceAndItsChannel()
{
    const QBluetoothServiceInfo record = ownRecord();
    QCOMPARE(record.serviceClassUuids(), QList<QBluetoothUuid>{TandemClass});
    QVERIFY(BluetoothPlatform::offersTandem(record, TandemClass));
    QCOMPARE(record.attribute(DeviceIdAttribute).toString(), DeviceId);
    QCOMPARE(record.serviceName(), QStringLiteral("Alpha"));
    QCOMPARE(record.serverChannel(), int(Channel));
    QCOMPARE(record.socketProtocol(), QBluetoothServiceInfo::RfcommProtocol);
}

void tst_BluetoothRecord::peersFindAWindowsHostByTandemsUuid()
{
    // Published under an id of the device's own (as on BlueZ), the record
    // would carry no Tandem UUID at all from Windows.
    const QBluetoothServiceInfo read = asReadFromAHostThatPublishesOnlyTheId(ownRecord());
    QVERIFY(BluetoothPlatform::offersTandem(read, TandemClass));
}

void tst_BluetoothRecord::peersFindAnAndroidHostByTandemsUuid()
{
    const QBluetoothServiceInfo read = asReadFromAHostThatPublishesOnlyTheId(ownRecord());
    QVERIFY(BluetoothPlatform::offersTandem(read, TandemClass));
    // No device id: the peer is found without one; TLS tells who it is.
    QVERIFY(read.attribute(DeviceIdAttribute).toString().isEmpty());
}

void tst_BluetoothRecord::callOnMainThreadWorksThereAndAnswersOnTheContextsThread()
{
    // The provider lives on a thread of its own; WinRT and IOBluetooth
    // want their calls on the main thread.
    QThread providerThread;
    providerThread.start();
    auto *context = new QObject;
    context->moveToThread(&providerThread);
    const auto stop = qScopeGuard([&] {
        QMetaObject::invokeMethod(context, &QObject::deleteLater);
        providerThread.quit();
        providerThread.wait();
    });
    std::atomic<QThread *> workedOn = nullptr;
    std::atomic<QThread *> answeredOn = nullptr;
    std::atomic<bool> inside = false;
    std::atomic<bool> answeredInsideTheCall = false;
    QMetaObject::invokeMethod(context, [&, ctx = context] {
        inside = true;
        BluetoothPlatform::callOnMainThread(
            ctx, [&] { workedOn = QThread::currentThread(); },
            [&] {
                answeredInsideTheCall = inside.load();
                answeredOn = QThread::currentThread();
            });
        inside = false;
    });
    QTRY_VERIFY(answeredOn.load() != nullptr);
    QCOMPARE(workedOn.load(), QThread::currentThread());
    QCOMPARE(answeredOn.load(), &providerThread);
    QVERIFY(!answeredInsideTheCall);
}

void tst_BluetoothRecord::callOnMainThreadSaysNothingToAContextThatIsGone()
{
    bool worked = false;
    bool answered = false;
    auto context = std::make_unique<QObject>();
    BluetoothPlatform::callOnMainThread(context.get(), [&] { worked = true; }, [&] { answered = true; });
    context.reset();
    QTRY_VERIFY(worked);
    // The answer would have come with the work (same thread): it did not.
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(tst_BluetoothRecord)
#include "tst_bluetoothrecord.moc"
