#pragma once

// What tests change in a TransferManager; apps never do. Not installed.

#include <Tandem/tandem_export.h>

#include <QByteArray>

#include <functional>

namespace Tandem {

class TransferManager;

struct TransferTestHooks
{
    // Called on each outgoing chunk after its checksum was taken, so a test
    // can damage it in flight (or act when a given offset leaves).
    std::function<void(int fileIndex, qint64 offset, QByteArray &chunk)> tamperWithChunk;
};

// Set before the first transfer starts.
TANDEM_AUTOTEST_EXPORT void setTestHooks(TransferManager *manager, const TransferTestHooks &hooks);

} // namespace Tandem
