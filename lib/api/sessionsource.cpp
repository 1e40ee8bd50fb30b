#include "sessionsource_p.h"

#include <Tandem/deviceserviceclient.h>
#include <Tandem/localdevice.h>
#include <Tandem/servicesession.h>
#include <Tandem/sessionmanager.h>

#include <QPointer>
#include <QSet>

namespace Tandem {

namespace {

// Session and ServiceSession have the same calls and signals (the second
// mirrors the first through the host); one adapter serves both.
template<typename S> class EndpointOver final : public SessionEndpoint
{
public:
    EndpointOver(S *session, QObject *parent)
        : SessionEndpoint(parent)
        , m_session(session)
    {
        connect(session, &S::stateChanged, this, &SessionEndpoint::stateChanged);
        connect(session, &S::opened, this, &SessionEndpoint::opened);
        connect(session, &S::refused, this, &SessionEndpoint::refused);
        connect(session, &S::messageReceived, this, &SessionEndpoint::messageReceived);
        connect(session, &S::delivered, this, &SessionEndpoint::delivered);
        connect(session, &S::undelivered, this, &SessionEndpoint::undelivered);
        connect(session, &S::closed, this, &SessionEndpoint::closed);
        connect(session, &QObject::destroyed, this, [this] {
            Q_EMIT gone();
            deleteLater();
        });
    }

    Session::State state() const override { return m_session ? m_session->state() : Session::State::Disconnected; }
    QString peerDeviceId() const override { return m_session ? m_session->peerDeviceId() : QString(); }
    QString service() const override { return m_session ? m_session->service() : QString(); }
    QString openerService() const override { return m_session ? m_session->openerService() : QString(); }
    QCborMap parameters() const override { return m_session ? m_session->parameters() : QCborMap(); }
    qint64 send(const QString &channel, Session::Kind kind, const QByteArray &payload, QString *error) override
    {
        if (!m_session) {
            *error = Session::tr("The session is closed.");
            return 0;
        }
        return m_session->send(channel, kind, payload, error);
    }
    void accept() override
    {
        if (m_session)
            m_session->accept();
    }
    void reject(int code, const QString &reason) override
    {
        if (m_session)
            m_session->reject(code, reason);
    }
    void close(Session::CloseReason reason) override
    {
        if (m_session)
            m_session->close(reason);
    }
    void setIncomingLimit(Session::Kind kind, qint64 bytes) override
    {
        if (m_session)
            m_session->setIncomingLimit(kind, bytes);
    }
    void deleteSession() override
    {
        if (m_session)
            m_session->deleteLater();
    }

private:
    QPointer<S> m_session;
};

class EmbeddedSource final : public SessionSource
{
public:
    explicit EmbeddedSource(SessionManager *sessions)
        : m_sessions(sessions)
    {
        connect(sessions, &SessionManager::incomingSession, this, [this](Session *session) {
            auto *endpoint = new EndpointOver<Session>(session, nullptr);
            Q_EMIT incomingSession(endpoint);
            if (!endpoint->parent())
                delete endpoint; // another user of the SessionManager may take it
        });
    }

    bool isAvailable() const override { return m_sessions; }
    bool isClient() const override { return false; }
    QString localDeviceId() const override { return m_sessions ? m_sessions->device()->deviceId() : QString(); }
    SessionEndpoint *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                          const QCborMap &parameters, QObject *parent, QString *error) override
    {
        if (!m_sessions) {
            *error = tr("The session manager is gone.");
            return nullptr;
        }
        Session *session = m_sessions->open(peerDeviceId, service, openerService, parameters, error);
        return session ? new EndpointOver<Session>(session, parent) : nullptr;
    }
    bool isServiceTaken(const QString &service) const override
    {
        return m_sessions && m_sessions->isServiceRegistered(service);
    }
    void registerService(const QString &service) override
    {
        if (m_sessions)
            m_sessions->registerService(service);
    }
    void unregisterService(const QString &service) override
    {
        if (m_sessions)
            m_sessions->unregisterService(service);
    }

private:
    QPointer<SessionManager> m_sessions;
};

class HostSource final : public SessionSource
{
public:
    explicit HostSource(DeviceServiceClient *client)
        : m_client(client)
    {
        connect(client, &DeviceServiceClient::incomingSession, this, [this](ServiceSession *session) {
            auto *endpoint = new EndpointOver<ServiceSession>(session, nullptr);
            Q_EMIT incomingSession(endpoint);
            // Another source on the same client may take it; the host
            // routes only what this process registered.
            if (!endpoint->parent())
                delete endpoint;
        });
        // A late refusal, as registerService()'s: the facades say so.
        connect(client, &DeviceServiceClient::serviceLost, this, [this](const QString &service, const QString &reason) {
            if (m_registered.remove(service))
                Q_EMIT serviceRefused(service, reason);
        });
    }

    bool isAvailable() const override { return m_client && m_client->isConnected(); }
    bool isClient() const override { return true; }
    QString localDeviceId() const override { return m_client ? m_client->deviceId() : QString(); }
    SessionEndpoint *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                          const QCborMap &parameters, QObject *parent, QString *error) override
    {
        if (!m_client) {
            *error = tr("The connection to the Tandem host is gone.");
            return nullptr;
        }
        ServiceSession *session = m_client->open(peerDeviceId, service, openerService, parameters, error);
        return session ? new EndpointOver<ServiceSession>(session, parent) : nullptr;
    }
    bool isServiceTaken(const QString &service) const override { return m_registered.contains(service); }
    void registerService(const QString &service) override
    {
        if (!m_client)
            return;
        m_registered.insert(service);
        m_client->registerService(service, this, [this, service](const QString &error) {
            if (error.isEmpty())
                return;
            m_registered.remove(service);
            Q_EMIT serviceRefused(service, error);
        });
    }
    void unregisterService(const QString &service) override
    {
        if (m_registered.remove(service) && m_client)
            m_client->unregisterService(service);
    }

private:
    QPointer<DeviceServiceClient> m_client;
    QSet<QString> m_registered;
};

} // namespace

std::unique_ptr<SessionSource> SessionSource::embedded(SessionManager *sessions)
{
    return std::make_unique<EmbeddedSource>(sessions);
}

std::unique_ptr<SessionSource> SessionSource::throughHost(DeviceServiceClient *client)
{
    return std::make_unique<HostSource>(client);
}

} // namespace Tandem
