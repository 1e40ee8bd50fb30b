#include "channelsessions.h"

#include "channelsession.h"
#include "sessionsource_p.h"
#include <Tandem/deviceserviceclient.h>
#include <Tandem/sessionmanager.h>

#include <QSet>

namespace Tandem {

class ChannelSessionsPrivate
{
public:
    std::unique_ptr<SessionSource> source;
    QSet<QString> services;
};

ChannelSessions::ChannelSessions(SessionManager *sessions, QObject *parent)
    : ChannelSessions(SessionSource::embedded(sessions), parent)
{ }

ChannelSessions::ChannelSessions(DeviceServiceClient *host, QObject *parent)
    : ChannelSessions(SessionSource::throughHost(host), parent)
{ }

ChannelSessions::ChannelSessions(std::unique_ptr<SessionSource> source, QObject *parent)
    : QObject(parent)
    , d(new ChannelSessionsPrivate{std::move(source), {}})
{
    connect(d->source.get(), &SessionSource::incomingSession, this, [this](SessionEndpoint *session) {
        if (!d->services.contains(session->service()))
            return; // another facade's service
        auto *channelSession = new ChannelSession(session, this);
        session->accept();
        Q_EMIT incoming(channelSession);
    });
    connect(d->source.get(), &SessionSource::serviceRefused, this,
            [this](const QString &service, const QString &reason) {
                if (d->services.remove(service))
                    Q_EMIT listenFailed(service, reason);
            });
}

ChannelSessions::~ChannelSessions()
{
    for (const QString &service : std::as_const(d->services))
        d->source->unregisterService(service);
}

ChannelSession *ChannelSessions::open(const QString &peerId, const QString &service, QString *error)
{
    QString reason;
    SessionEndpoint *session = d->source->open(peerId, service, service, {}, nullptr, &reason);
    if (!session) {
        if (error)
            *error = reason;
        return nullptr;
    }
    return new ChannelSession(session, this);
}

bool ChannelSessions::listen(const QString &service, QString *error)
{
    QString reason;
    if (service.isEmpty() || service.toUtf8().size() > Session::MaxServiceNameBytes)
        reason = tr("A service name must be 1 to %1 bytes of UTF-8.").arg(Session::MaxServiceNameBytes);
    else if (!d->source->isAvailable())
        reason = d->source->isClient() ? tr("The connection to the Tandem host is gone.")
                                       : tr("The session manager is gone.");
    else if (d->services.contains(service))
        return true;
    else if (d->source->isServiceTaken(service))
        reason = tr("Something else on this device serves \"%1\" already.").arg(service);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    d->services.insert(service);
    d->source->registerService(service);
    return true;
}

void ChannelSessions::unlisten(const QString &service)
{
    if (d->services.remove(service))
        d->source->unregisterService(service);
}

} // namespace Tandem
