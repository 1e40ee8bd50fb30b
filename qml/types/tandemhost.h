#pragma once

#include <Tandem/deviceserviceclient.h>

#include "tandemquick_export.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The user's running Tandem device, for a QML app that is not a device of
// its own: the singleton TandemHost connects, when first used, to the host
// of Tandem's own profile (the desktop app or `tandem-cli serve`), and its
// client is what the models take:
//
//     DeviceModel { host: TandemHost.client }
//     SessionModel { host: TandemHost.client }
//
// No profile, ports or LocalDevice in the app. Where no host runs, status
// says Unavailable and errorString why; retry() tries again.
class TANDEM_QUICK_EXPORT TandemHost : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Tandem::DeviceServiceClient *client READ client CONSTANT FINAL)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged FINAL)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged FINAL)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY statusChanged FINAL)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY statusChanged FINAL)

public:
    enum class Status {
        Connecting, // said hello, waiting for the host's answer
        Ready, // the host answered: deviceId and deviceName are known
        Reconnecting, // the host died; its sessions wait for it to return
        Unavailable, // no host runs, or it went away for good: errorString
    };
    Q_ENUM(Status)

    explicit TandemHost(QObject *parent = nullptr);
    ~TandemHost() override;

    Tandem::DeviceServiceClient *client() const;
    Status status() const;
    QString errorString() const;
    QString deviceId() const;
    QString deviceName() const;

    // Connects again after Unavailable (the user started the app, say).
    Q_INVOKABLE void retry();

Q_SIGNALS:
    void statusChanged();

private:
    void setStatus(Status status, const QString &error = {});

    Tandem::DeviceServiceClient *m_client;
    Status m_status = Status::Unavailable;
    QString m_error;
};
