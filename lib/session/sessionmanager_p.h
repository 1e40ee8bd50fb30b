#pragma once

#include "sessionmanager.h"

#include "peerconnection.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace Tandem {

class SessionManagerPrivate
{
public:
    SessionManager *q;
    LocalDevice *device;
    SessionManagerOptions options;
    QHash<QString, QList<QPointer<Session>>> byPeer; // in round-robin order
    QHash<QString, int> nextTurn;
    // Per peer, the sessions with something not yet sent: pump() walks
    // these, not every session, so many idle sessions cost nothing.
    QHash<QString, QList<QPointer<Session>>> busy;
    QHash<std::pair<QString, quint32>, Session *> byStream;
    QSet<QString> services;
    QSet<QString> pumping;
    quint32 counter = 0;
    // Connections whose readyForBulk drives pump(); a manager may be made
    // after a link is up, so they are hooked on first use.
    QSet<PeerConnection *> hooked;

    PeerConnection *connection(const QString &peer) const;
    void hook(PeerConnection *connection, const QString &peer);
    void send(Session *session, QLatin1StringView type, const QCborMap &fields = {});
    void sendOpen(Session *session);
    Session *create(const QString &peer, quint32 stream, bool outgoing);
    void pump(const QString &peer);
    void markBusy(Session *session);
    void onControl(const QString &peer, const QString &type, const QCborMap &fields, quint32 stream);
    void onConnected(const QString &peer);
    void onDisconnected(const QString &peer);
    void onStopping();
};

} // namespace Tandem
