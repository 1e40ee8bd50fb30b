#pragma once

#include "landingstore_p.h"
#include "transfermanager.h"
#include "transfertesthooks_p.h"

#include <QCborMap>
#include <QPointer>

#include <memory>

namespace Tandem {

class IncomingTransfer;
class LocalDevice;
class Session;
class SessionManager;

class TransferManagerPrivate
{
public:
    static TransferManagerPrivate *get(TransferManager *manager) { return manager->d.get(); }

    TransferManager *q;
    SessionManager *sessions;
    LocalDevice *device;
    TransferManagerOptions options;
    TransferTestHooks hooks;
    QString downloadDir;
    std::unique_ptr<LandingStore> store;
    QString storeError;
    QList<QPointer<Transfer>> transfers;
    // The empty folders send(paths) found, handed to send(sources) which
    // builds the offer (the public overload of sources has none).
    QStringList pendingFolders;

    LandingStore *landingStore(QString *error);
    // Drops resume records no unfinished incoming transfer needs; at
    // start-up (when the store opens) and whenever an incoming batch ends.
    void pruneLandings();
    // A new transfer (owned by q) of one side: OutgoingTransfer or
    // IncomingTransfer.
    template<class Side> Side *create(const QString &peer, const QByteArray &batch);
    void onIncomingSession(Session *session);
    void onOffer(Session *session, const QCborMap &offer);
    void onDeviceConnected(const QString &peer);
    // The unfinished incoming transfer a re-offer continues, if any.
    IncomingTransfer *findResumable(const QString &peer, const QByteArray &batch) const;
};

} // namespace Tandem
