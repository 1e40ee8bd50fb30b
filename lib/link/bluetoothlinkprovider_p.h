#pragma once

#include <QBluetoothAddress>
#include <QBluetoothHostInfo>
#include <QBluetoothUuid>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QBluetoothServiceInfo;
class QIODevice;
class QObject;
QT_END_NAMESPACE

namespace Tandem {

// What BluetoothLinkProvider asks of the platform's Bluetooth stack, in
// one file per platform, as Qt Bluetooth does (qbluetoothsocket_bluez.cpp):
// bluetoothlinkprovider_bluez.cpp talks to BlueZ itself where Qt's calls
// block or get in the way; bluetoothlinkprovider_generic.cpp uses Qt
// Bluetooth alone. CMake builds one of them.
namespace BluetoothPlatform {

// Whether `info` is a record of Tandem's service (class id `uuid`).
// bluetoothservicerecord.cpp, built everywhere.
bool offersTandem(const QBluetoothServiceInfo &info, const QBluetoothUuid &uuid);

// The SDP record this device publishes: class id `uuid` (what peers
// search for and dial), service id `serviceId`, the device id under
// `deviceIdAttribute` and `name`, RFCOMM `channel`.
// bluetoothservicerecord.cpp, built everywhere.
QBluetoothServiceInfo serviceRecord(const QBluetoothUuid &uuid, const QBluetoothUuid &serviceId,
                                    quint16 deviceIdAttribute, const QString &deviceId, const QString &name,
                                    quint8 channel);

// The service id to publish Tandem's record under, for the device
// `deviceId`; per platform, as the stacks use it differently.
QBluetoothUuid serviceId(const QBluetoothUuid &uuid, const QString &deviceId);

// The local adapters, found out without blocking the calling thread.
// `done` runs once, later, on `context`'s thread (never if `context` goes
// first): with the adapters (none: Bluetooth is unavailable), or with
// `error` set when the stack did not answer.
using ProbeDone = std::function<void(const QList<QBluetoothHostInfo> &hosts, const QString &error)>;
void probeAdapters(QObject *context, ProbeDone done);

// One outgoing RFCOMM connection to Tandem's service on `remote`, from the
// adapter `local`. `knownChannel` is the channel SDP last reported (0:
// unknown); a stack that dials by service uses it or not. `done` runs
// once on `context`'s thread (at once if the dial cannot even start): with
// a connected stream (the
// receiver owns it) or null and `error`; `channel` is the channel that
// worked, 0 when none did or the stack does not say.
using DialDone = std::function<void(QIODevice *stream, const QString &error, quint8 channel)>;
void dialRfcomm(const QBluetoothAddress &local, const QBluetoothAddress &remote, const QBluetoothUuid &uuid,
                quint8 knownChannel, std::chrono::milliseconds timeout, QObject *context, DialDone done);

// bluetoothlinkprovider_generic.cpp only: runs `work` on the main thread
// (the application's; the calling one without an application), then
// `then` on `context`'s thread (never if `context` goes first). Both run
// later, never inside this call.
void callOnMainThread(QObject *context, std::function<void()> work, std::function<void()> then);

} // namespace BluetoothPlatform
} // namespace Tandem
