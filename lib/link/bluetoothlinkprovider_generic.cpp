// BluetoothPlatform with Qt Bluetooth alone, for platforms whose stack Qt
// drives without the trouble BlueZ gives (see
// bluetoothlinkprovider_bluez.cpp). See bluetoothlinkprovider_p.h.
#include "bluetoothlinkprovider_p.h"

#include <QBluetoothLocalDevice>
#include <QBluetoothServiceInfo>
#include <QBluetoothSocket>
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Tandem::BluetoothPlatform {

QBluetoothUuid serviceId(const QBluetoothUuid &uuid, const QString &)
{
    // Tandem's UUID itself. Qt's WinRT backend builds the published
    // record's class list from the service id alone (it hands the id to
    // RfcommServiceProvider and drops ServiceClassIds), and Android
    // publishes only the id and the name: with an id of the device's own,
    // as on BlueZ, peers searching for Tandem's UUID would never find this
    // host. The device id is a hint anyway; TLS proves it.
    return uuid;
}

void callOnMainThread(QObject *context, std::function<void()> work, std::function<void()> then)
{
    const QCoreApplication *app = QCoreApplication::instance();
    // An object of no one's, on the main thread, does the work there; its
    // destruction brings `then` back to `context`: queued across threads,
    // and dropped with the connection if `context` is gone by then.
    auto *carrier = new QObject;
    carrier->moveToThread(app ? app->thread() : QThread::currentThread());
    QObject::connect(carrier, &QObject::destroyed, context, [then = std::move(then)] { then(); });
    QMetaObject::invokeMethod(
        carrier,
        [carrier, work = std::move(work)] {
            work();
            delete carrier;
        },
        Qt::QueuedConnection);
}

void probeAdapters(QObject *context, ProbeDone done)
{
    // On the main thread: WinRT and macOS's IOBluetooth set up their
    // Bluetooth objects there and expect to be called there (the issue's
    // reading of Qt's backends; not run here). The call is quick on these
    // stacks; BlueZ's D-Bus calls, which can block for long, are
    // bluetoothlinkprovider_bluez.cpp's business.
    auto hosts = std::make_shared<QList<QBluetoothHostInfo>>();
    callOnMainThread(
        context, [hosts] { *hosts = QBluetoothLocalDevice::allDevices(); },
        [hosts, done = std::move(done)] { done(*hosts, QString()); });
}

void dialRfcomm(const QBluetoothAddress &, const QBluetoothAddress &remote, const QBluetoothUuid &uuid, quint8,
                std::chrono::milliseconds timeout, QObject *context, DialDone done)
{
    // QBluetoothSocket looks the channel up by SDP and dials from the
    // default adapter.
    auto *socket = new QBluetoothSocket(QBluetoothServiceInfo::RfcommProtocol, context);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto fail = [context, socket, deadline, done](const QString &reason) {
        deadline->stop(); // fail once, whichever comes first
        socket->disconnect(context);
        socket->abort();
        socket->deleteLater();
        done(nullptr, reason, 0);
    };
    QObject::connect(deadline, &QTimer::timeout, socket,
                     [fail] { fail(QStringLiteral("Bluetooth connection timed out")); });
    QObject::connect(socket, &QBluetoothSocket::errorOccurred, context,
                     [socket, fail] { fail(socket->errorString()); });
    QObject::connect(socket, &QBluetoothSocket::connected, context, [context, socket, deadline, done] {
        delete deadline;
        socket->disconnect(context);
        done(socket, QString(), 0);
    });
    deadline->start(timeout);
    socket->connectToService(remote, uuid);
}

} // namespace Tandem::BluetoothPlatform
