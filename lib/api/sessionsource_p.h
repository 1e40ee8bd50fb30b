#pragma once

#include <Tandem/session.h>

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class DeviceServiceClient;
class SessionManager;

// One session as the facades see it, wherever it lives: a Session of this
// process's SessionManager (embedded: the process is the device), or a
// ServiceSession through the running host of the profile (client). Its
// calls and signals are Session's. The endpoint follows its session object:
// when that is destroyed (deleteSession(), or its SessionManager or host
// client deleted without closing it) gone() is emitted and the endpoint is
// deleted later. Deleting only the endpoint leaves the session alone.
class SessionEndpoint : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual Session::State state() const = 0;
    virtual QString peerDeviceId() const = 0;
    virtual QString service() const = 0;
    virtual QString openerService() const = 0;
    virtual QCborMap parameters() const = 0;
    virtual qint64 send(const QString &channel, Session::Kind kind, const QByteArray &payload, QString *error) = 0;
    virtual void accept() = 0;
    virtual void reject(int code, const QString &reason) = 0;
    virtual void close(Session::CloseReason reason) = 0;
    virtual void setIncomingLimit(Session::Kind kind, qint64 bytes) = 0;
    // Deletes the session object (deleteLater) without closing it: for a
    // session that ended, or after close().
    virtual void deleteSession() = 0;

Q_SIGNALS:
    void stateChanged(Tandem::Session::State state);
    void opened();
    void refused(int code, const QString &reason);
    void messageReceived(const QString &channel, Tandem::Session::Kind kind, const QByteArray &payload);
    void delivered(Tandem::Session::Kind kind, qint64 sequence);
    void undelivered(Tandem::Session::Kind kind, const QList<qint64> &sequences);
    void closed(Tandem::Session::CloseReason reason, const QString &detail);
    void gone();
};

// Where a facade's sessions come from: this process's SessionManager, or
// the host through a DeviceServiceClient. One facade has one source for
// life; neither owns what it wraps, which must outlive the facade (it is
// watched: a source whose manager or client is gone refuses everything).
class SessionSource : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<SessionSource> embedded(SessionManager *sessions);
    static std::unique_ptr<SessionSource> throughHost(DeviceServiceClient *client);

    using QObject::QObject;
    // False once the manager or client it wraps is gone.
    virtual bool isAvailable() const = 0;
    // True when it goes through a host (registrations are answered later).
    virtual bool isClient() const = 0;
    // The device id sessions are opened as: this process's device, or the
    // host's (empty until the host greeted).
    virtual QString localDeviceId() const = 0;
    // The endpoint is a child of `parent`; null with `error` set.
    virtual SessionEndpoint *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                                  const QCborMap &parameters, QObject *parent, QString *error)
        = 0;
    // Whether something else on this device serves `service` already, as
    // far as this process can know at once: everything for an embedded
    // device; through a host only this client's own services — the host
    // answers for the rest, with serviceRefused().
    virtual bool isServiceTaken(const QString &service) const = 0;
    virtual void registerService(const QString &service) = 0;
    virtual void unregisterService(const QString &service) = 0;

Q_SIGNALS:
    // A peer opened a session to a registered service: answer it. The
    // endpoint has no parent; whoever takes it parents it. One nobody took
    // is dropped when the signal returns, the session left to the other
    // users of the SessionManager or client.
    void incomingSession(Tandem::SessionEndpoint *session);
    // The host refused to route `service` here: served already by the host
    // or another app, or this app's MaxServicesPerClient.
    void serviceRefused(const QString &service, const QString &reason);
};

} // namespace Tandem
