#pragma once

// What the layers above LocalDevice (sessions, transfers) and the tests
// reach that apps never do. Not installed.

#include "localdevice.h"
#include <Tandem/hello.h>
#include <Tandem/tandem_export.h>

#include <functional>
#include <memory>

namespace Tandem {

class DeviceIdentity;
class PeerConnection;
class StreamLinkProvider;

// What tests change in a device; apps leave it alone. Set before start().
struct LocalDeviceTestHooks
{
    // Makes the provider used instead of BluetoothLinkProvider: the test
    // radio (MemoryStreamNetwork), since a real one reaches beyond the machine.
    std::function<std::unique_ptr<StreamLinkProvider>(const DeviceIdentity &)> bluetoothProvider;
    // The protocol range advertised, to play an older or newer peer.
    int protocolVersion = Protocol::CurrentVersion;
    int minProtocolVersion = Protocol::MinimumVersion;
};

TANDEM_AUTOTEST_EXPORT void setTestHooks(LocalDevice *device, const LocalDeviceTestHooks &hooks);

// The live connection to a device, for the session layer; null if none.
TANDEM_AUTOTEST_EXPORT PeerConnection *peerConnection(const LocalDevice *device, const QString &deviceId);

} // namespace Tandem
