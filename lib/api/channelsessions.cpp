#include "channelsessions.h"

#include "channelsession.h"
#include <Tandem/sessionmanager.h>

#include <QPointer>
#include <QSet>

namespace Tandem {

class ChannelSessionsPrivate
{
public:
    QPointer<SessionManager> sessions;
    QSet<QString> services;
};

ChannelSessions::ChannelSessions(SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , d(new ChannelSessionsPrivate{sessions, {}})
{
    connect(sessions, &SessionManager::incomingSession, this, [this](Session *session) {
        if (!d->services.contains(session->service()))
            return; // another facade's service
        auto *channelSession = new ChannelSession(session, this);
        session->accept();
        Q_EMIT incoming(channelSession);
    });
}

ChannelSessions::~ChannelSessions()
{
    if (d->sessions) {
        for (const QString &service : std::as_const(d->services))
            d->sessions->unregisterService(service);
    }
}

ChannelSession *ChannelSessions::open(const QString &peerId, const QString &service, QString *error)
{
    QString reason = tr("The session manager is gone.");
    Session *session = d->sessions ? d->sessions->open(peerId, service, service, {}, &reason) : nullptr;
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
    else if (!d->sessions)
        reason = tr("The session manager is gone.");
    else if (d->services.contains(service))
        return true;
    else if (d->sessions->isServiceRegistered(service))
        reason = tr("Something else on this device serves \"%1\" already.").arg(service);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    d->services.insert(service);
    d->sessions->registerService(service);
    return true;
}

void ChannelSessions::unlisten(const QString &service)
{
    if (d->services.remove(service) && d->sessions)
        d->sessions->unregisterService(service);
}

} // namespace Tandem
