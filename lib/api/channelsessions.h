#pragma once

#include <Tandem/tandem_export.h>

#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class ChannelSession;
class ChannelSessionsPrivate;
class SessionManager;

// Makes ChannelSessions: opens them to a peer's service, and accepts every
// incoming session for the services it listens to.
//
// Ownership: the factory is the parent of every session it returns or
// announces, so they are deleted with it at the latest. An app that wants
// one to live on may setParent() it; deleting a ChannelSession closes it.
class TANDEM_EXPORT ChannelSessions : public QObject
{
    Q_OBJECT

public:
    explicit ChannelSessions(SessionManager *sessions, QObject *parent = nullptr);
    // Stops listening; the sessions it still parents close.
    ~ChannelSessions() override;

    // A new session to `service` on the paired device `peerId`, Connecting
    // at first. Null, with `error` set, when the device is not paired or
    // the name is empty or longer than Session::MaxServiceNameBytes.
    ChannelSession *open(const QString &peerId, const QString &service, QString *error = nullptr);

    // Accepts every session peers open to `service` and announces it with
    // incoming(). False, with `error` set, for a bad name or a service that
    // something else on this SessionManager serves.
    bool listen(const QString &service, QString *error = nullptr);
    void unlisten(const QString &service);

Q_SIGNALS:
    // Already accepted (Connected) when announced.
    void incoming(Tandem::ChannelSession *session);

private:
    std::unique_ptr<ChannelSessionsPrivate> d;
};

} // namespace Tandem
