// BluetoothPlatform with Qt Bluetooth alone, for platforms whose stack Qt
// drives without the trouble BlueZ gives (see
// bluetoothlinkprovider_bluez.cpp). See bluetoothlinkprovider_p.h.
#include "bluetoothlinkprovider_p.h"

#include <QBluetoothLocalDevice>
#include <QBluetoothServiceInfo>
#include <QBluetoothSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Tandem::BluetoothPlatform {

void probeAdapters(QObject *context, ProbeDone done)
{
    // The platform's call is quick, but still not made on the calling
    // thread: a thread of its own, and back with the answer. The thread
    // outlives a context destroyed meanwhile and then only deletes itself.
    auto hosts = std::make_shared<QList<QBluetoothHostInfo>>();
    QThread *thread = QThread::create([hosts] { *hosts = QBluetoothLocalDevice::allDevices(); });
    QObject::connect(thread, &QThread::finished, context, [hosts, done] { done(*hosts, QString()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
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
