#pragma once

#include <Tandem/deviceinfo.h>
#include <Tandem/deviceserviceclient.h>
#include <Tandem/localdevice.h>

#include "tandemquick_export.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

// Every device this one knows of — paired ones from the trust store, nearby
// ones from discovery, linked ones — live from the LocalDevice's signals,
// paired devices first, then by name. It is also where QML asks to pair,
// unpair or add a device by address: each call returns false and raises
// errorOccurred with a sentence for the user when it cannot be done.
class TANDEM_QUICK_EXPORT DeviceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Tandem::LocalDevice *device READ device WRITE setDevice NOTIFY deviceChanged FINAL)
    // The other source: the running Tandem host's device, through a client
    // of it. Setting one clears the other.
    Q_PROPERTY(Tandem::DeviceServiceClient *host READ host WRITE setHost NOTIFY hostChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(bool lanRunning READ isLanRunning NOTIFY lanRunningChanged FINAL)
    // Only paired devices (for conversations and settings).
    Q_PROPERTY(bool pairedOnly READ pairedOnly WRITE setPairedOnly NOTIFY pairedOnlyChanged FINAL)

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        ShortIdRole,
        TypeRole,
        TransportsRole,
        PairedRole,
        ReachableRole,
        ConnectedRole,
        AddressRole,
        AutoAcceptRole,
        // The code both users compare while pairing, or empty.
        PairingCodeRole,
        PairingIncomingRole,
    };
    Q_ENUM(Role)

    // pair/unpair reasons travel to the peer; bounded as the pairing layer is.
    static constexpr qsizetype MaxReasonLength = Tandem::MaxPairingReasonLength;

    explicit DeviceModel(QObject *parent = nullptr);
    ~DeviceModel() override;

    Tandem::LocalDevice *device() const;
    void setDevice(Tandem::LocalDevice *device);
    Tandem::DeviceServiceClient *host() const;
    void setHost(Tandem::DeviceServiceClient *host);
    bool isLanRunning() const;
    bool pairedOnly() const;
    void setPairedOnly(bool pairedOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when the device is not listed.
    Q_INVOKABLE int indexOf(const QString &deviceId) const;
    Q_INVOKABLE QString nameOf(const QString &deviceId) const;

    Q_INVOKABLE bool requestPairing(const QString &deviceId);
    Q_INVOKABLE bool acceptPairing(const QString &deviceId);
    Q_INVOKABLE bool rejectPairing(const QString &deviceId, const QString &reason);
    Q_INVOKABLE bool cancelPairing(const QString &deviceId);
    Q_INVOKABLE bool unpair(const QString &deviceId);
    // "host:port" or "[v6]:port"; the device appears once its link is up.
    Q_INVOKABLE bool connectToAddress(const QString &address);
    // Sessions from this paired device are accepted without asking.
    Q_INVOKABLE bool setAutoAccept(const QString &deviceId, bool autoAccept);

Q_SIGNALS:
    void deviceChanged();
    void hostChanged();
    void countChanged();
    void lanRunningChanged();
    void pairedOnlyChanged();
    void pairingCodeReady(const QString &deviceId, const QString &deviceName, const QString &code, bool incoming);
    void pairingFinished(const QString &deviceId, const QString &deviceName, bool paired, const QString &message);
    void unpaired(const QString &deviceId, const QString &deviceName, bool byPeer);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Tandem::DeviceInfo info;
        bool autoAccept = false;
    };
    struct PendingPairing
    {
        QString code;
        bool incoming = false;
    };

    void refresh();
    QList<Row> currentRows() const;
    void setPairing(const QString &deviceId, const std::optional<PendingPairing> &pairing);
    bool fail(const QString &message);
    void finishPairing(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason);
    // Through a host: an incoming pairing is decided, the model's own answered.
    bool answerThroughHost(const QString &deviceId, bool accept);

    QPointer<Tandem::LocalDevice> m_device;
    QPointer<Tandem::DeviceServiceClient> m_host;
    // Through a host: its last device list, and the device this model's
    // own pairing (requestPairing()) is with.
    QList<Tandem::DeviceInfo> m_hostDevices;
    QString m_hostPairing;
    QList<Row> m_rows;
    QHash<QString, PendingPairing> m_pairings;
    // Addresses the user asked to connect to (connectToAddress): their
    // failures are reported, the device's own redials' are not.
    QSet<QString> m_userDials;
    bool m_lanRunning = false;
    bool m_pairedOnly = false;
    QMetaObject::Connection m_trustConnection;
};
