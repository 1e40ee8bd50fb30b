#pragma once

#include <Tandem/transfer.h>
#include <Tandem/transfermanager.h>

#include <QtQml/qqmlregistration.h>

// The app makes the TransferManager next to its SessionManager and hands it
// to QML, where TransferModel takes it as a property; Transfer objects are
// what the model's rows follow.
struct TransferManagerForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::TransferManager)
    QML_NAMED_ELEMENT(TransferManager)
    QML_UNCREATABLE("A TransferManager is made by the application for its SessionManager.")
};

struct TransferForeign
{
    Q_GADGET
    QML_FOREIGN(Tandem::Transfer)
    QML_NAMED_ELEMENT(Transfer)
    QML_UNCREATABLE("Transfers are made by a TransferManager.")
};
