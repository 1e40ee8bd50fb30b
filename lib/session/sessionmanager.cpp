#include "sessionmanager.h"
#include "session_p.h"
#include "sessionadoption_p.h"
#include "sessionmanager_p.h"

#include "sessionlogging_p.h"
#include <Tandem/controlmessage.h>
#include <Tandem/localdevice.h>
#include <Tandem/localdevice_p.h>
#include <Tandem/profile.h>
#include <Tandem/truststore.h>

#include <QCborArray>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace Tandem {

// The session layer's refusal codes are the wire's (Protocol::RefusalCode).
static_assert(SessionManager::ErrorRejected == int(Protocol::RefusalCode::Rejected));
static_assert(SessionManager::ErrorNoSuchService == int(Protocol::RefusalCode::NoSuchService));
static_assert(SessionManager::ErrorInternal == int(Protocol::RefusalCode::Internal));
static_assert(SessionManager::ErrorNotPaired == int(Protocol::RefusalCode::NotPaired));

namespace {
constexpr QLatin1StringView Open{"session-open"};
constexpr QLatin1StringView Accept{"session-accept"};
constexpr QLatin1StringView Reject{"session-reject"};
constexpr QLatin1StringView Close{"session-close"};
constexpr QLatin1StringView Resume{"session-resume"};
// Bulk frames queued ahead in a connection: enough to keep the link busy
// between refills, few enough that nothing waits long behind them.
constexpr qsizetype BulkQueueDepth = 4;
constexpr quint32 OpenerBit = 0x80000000u;
} // namespace

SessionManager::SessionManager(LocalDevice *device, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionManagerPrivate>(this, device, options))
{
    // A random start: a restarted opener must not reuse the ids of sessions
    // the peer still holds from before (it would take a new open for a
    // repeat of the old one).
    d->counter = QRandomGenerator::system()->bounded(1u << 30);
    connect(device, &LocalDevice::controlMessageReceived, this,
            [this](const QString &peer, const QString &type, const QCborMap &fields, quint32 stream) {
                d->onControl(peer, type, fields, stream);
            });
    connect(device, &LocalDevice::dataReceived, this,
            [this](const QString &peer, quint32 stream, const QByteArray &payload, quint8 flags) {
                if (Session *session = d->byStream.value({peer, stream}))
                    session->d->handleData(flags, payload);
            });
    connect(device, &LocalDevice::deviceConnected, this, [this](const QString &peer) { d->onConnected(peer); });
    connect(device, &LocalDevice::deviceDisconnected, this, [this](const QString &peer) { d->onDisconnected(peer); });
    connect(device, &LocalDevice::stopping, this, [this] { d->onStopping(); });
    connect(device, &LocalDevice::unpaired, this, [this](const QString &peer) {
        const SessionPeer *state = d->findPeer(peer);
        const auto sessions = state ? state->sessions : QList<QPointer<Session>>();
        for (const QPointer<Session> &s : sessions) {
            if (s)
                s->d->finish(Session::CloseReason::Refused, tr("The devices are no longer paired."));
        }
    });
}

SessionManager::~SessionManager()
{
    const auto all = d->byStream.values();
    for (Session *s : all)
        s->disconnect(this);
}

LocalDevice *SessionManager::device() const
{
    return d->device;
}

SessionManager::Options SessionManager::options() const
{
    return d->options;
}

SessionPeer *SessionManagerPrivate::peer(const QString &id)
{
    std::shared_ptr<SessionPeer> &state = peers[id];
    if (!state)
        state = std::make_shared<SessionPeer>(SessionPeer{id, {}, {}, 0, false, {}, 0});
    return state.get();
}

SessionPeer *SessionManagerPrivate::findPeer(const QString &id) const
{
    return peers.value(id).get();
}

PeerConnection *SessionManagerPrivate::connection(const QString &peer) const
{
    PeerConnection *c = peerConnection(device, peer);
    return c && c->state() == PeerConnection::State::Ready ? c : nullptr;
}

void SessionManagerPrivate::send(Session *session, QLatin1StringView type, const QCborMap &fields)
{
    if (PeerConnection *c = connection(session->d->m_peer))
        c->sendControl(type, fields, session->d->m_stream);
}

void SessionManagerPrivate::sendOpen(Session *session)
{
    QCborMap fields;
    fields.insert(QLatin1StringView("service"), session->d->m_service);
    fields.insert(QLatin1StringView("from"), session->d->m_openerService);
    fields.insert(QLatin1StringView("parameters"), session->d->m_parameters);
    send(session, Open, fields);
}

Session *SessionManagerPrivate::create(const QString &peer, quint32 stream, bool outgoing)
{
    auto *session = new Session(this, peer, stream, outgoing, q);
    byStream.insert({peer, stream}, session);
    SessionPeer *state = session->d->m_peerState;
    state->sessions.append(session);
    QObject::connect(session, &QObject::destroyed, q, [this, state, peer, stream] {
        byStream.remove({peer, stream});
        state->sessions.removeIf([](const QPointer<Session> &p) { return p.isNull(); });
        for (int lane = 0; lane < Session::LaneCount; ++lane)
            release(state, stream, lane);
    });
    return session;
}

bool SessionManagerPrivate::reserve(Session *session, int lane, qint64 bytes)
{
    SessionPeer *state = session->d->m_peerState;
    if (state->reservedBytes + bytes > SessionManager::PeerReassemblyBytes
        || reservedBytes + bytes > SessionManager::TotalReassemblyBytes)
        return false;
    state->reservations.insert({session->d->m_stream, lane}, bytes);
    state->reservedBytes += bytes;
    reservedBytes += bytes;
    return true;
}

void SessionManagerPrivate::release(SessionPeer *state, quint32 stream, int lane)
{
    const qint64 bytes = state->reservations.take({stream, lane});
    if (bytes == 0)
        return;
    state->reservedBytes -= bytes;
    reservedBytes -= bytes;
    grantWaiters();
}

void SessionManagerPrivate::grantWaiters()
{
    // Oldest first. One that does not fit its own peer's budget waits for
    // that peer's earlier messages without holding up other peers; one that
    // does not fit the total holds up everyone after it, so that a large
    // message is not starved by a stream of smaller ones.
    for (qsizetype i = 0; i < budgetWaiters.size();) {
        const BudgetWaiter waiter = budgetWaiters.at(i);
        if (!waiter.session || waiter.session->d->m_state == Session::State::Disconnected
            || waiter.session->d->m_lanes[waiter.lane].partialTotal != waiter.bytes
            || waiter.session->d->m_lanes[waiter.lane].reserved) {
            budgetWaiters.removeAt(i);
            continue;
        }
        if (reservedBytes + waiter.bytes > SessionManager::TotalReassemblyBytes)
            return;
        if (!reserve(waiter.session, waiter.lane, waiter.bytes)) {
            ++i;
            continue;
        }
        budgetWaiters.removeAt(i);
        waiter.session->d->budgetGranted(waiter.lane);
    }
}

qint64 SessionManager::reassemblyBytes(const QString &peerDeviceId) const
{
    if (peerDeviceId.isEmpty())
        return d->reservedBytes;
    const SessionPeer *state = d->findPeer(peerDeviceId);
    return state ? state->reservedBytes : 0;
}

Session *SessionManager::open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                              const QCborMap &parameters, QString *error)
{
    if (!d->device->profile()->trustStore()->isTrusted(peerDeviceId)) {
        *error = tr("The device is not paired.");
        return nullptr;
    }
    if (service.isEmpty() || service.toUtf8().size() > Session::MaxServiceNameBytes
        || openerService.toUtf8().size() > Session::MaxServiceNameBytes) {
        *error = tr("A service name must be 1 to %1 bytes.").arg(Session::MaxServiceNameBytes);
        return nullptr;
    }
    // Both sides derive the same id: the opener's counter, marked with which
    // of the two opened it, so the two never collide.
    const bool lowerOpens = d->device->deviceId() < peerDeviceId;
    // An adopted session may hold a number the counter comes to: skipped.
    quint32 stream = 0;
    do
        stream = (lowerOpens ? OpenerBit : 0u) | (++d->counter & ~OpenerBit);
    while ((stream & ~OpenerBit) == 0 || d->byStream.contains({peerDeviceId, stream}));
    Session *session = d->create(peerDeviceId, stream, true);
    session->d->m_service = service;
    session->d->m_openerService = openerService;
    session->d->m_parameters = parameters;
    // The accepting side refuses an open nobody answered after
    // resumeTimeout and says so; the opener waits longer, so that it hears
    // that reason instead of timing out on its own.
    session->d->m_resumeDeadline.start(d->options.resumeTimeout * 2);
    if (d->connection(peerDeviceId))
        d->sendOpen(session);
    else
        d->device->connectToDevice(peerDeviceId);
    return session;
}

void SessionManager::registerService(const QString &service)
{
    d->services.insert(service);
}

void SessionManager::unregisterService(const QString &service)
{
    d->services.remove(service);
}

bool SessionManager::isServiceRegistered(const QString &service) const
{
    return d->services.contains(service);
}

QList<Session *> SessionManager::sessions() const
{
    return d->byStream.values();
}

void SessionManagerPrivate::hook(PeerConnection *c, const QString &peer)
{
    if (hooked.contains(c))
        return;
    hooked.insert(c);
    QObject::connect(c, &PeerConnection::readyForBulk, q, [this, state = this->peer(peer)] { pump(state); });
    QObject::connect(c, &QObject::destroyed, q, [this, c] { hooked.remove(c); });
}

void SessionManagerPrivate::pump(const QString &peer)
{
    if (SessionPeer *state = findPeer(peer))
        pump(state);
}

void SessionManagerPrivate::pump(SessionPeer *state)
{
    // Most calls (every acknowledgement, every drained queue) find nothing
    // to send: answer those before looking anything up.
    if (state->busy.isEmpty() || state->pumping)
        return;
    PeerConnection *c = connection(state->id);
    if (!c)
        return;
    hook(c, state->id);
    state->pumping = true;
    // Round robin: one fragment per busy session per round, so sessions
    // share the link fairly whatever each one has queued.
    // Work on copies: sending may mark sessions busy, which changes the
    // list under a reference.
    int turn = state->nextTurn;
    bool progress = true;
    while (progress && c->state() == PeerConnection::State::Ready
           && c->queuedFrames(PeerConnection::Priority::Bulk) < BulkQueueDepth) {
        const QList<QPointer<Session>> round = state->busy;
        if (round.isEmpty())
            break;
        progress = false;
        for (qsizetype i = 0; i < round.size(); ++i) {
            Session *s = round.at((turn + i) % round.size());
            if (s && s->d->sendNextFragment())
                progress = true;
        }
        ++turn;
    }
    QList<QPointer<Session>> &sessions = state->busy;
    sessions.removeIf([](const QPointer<Session> &s) { return !s || !s->d->hasUnsent(); });
    state->nextTurn = sessions.isEmpty() ? 0 : turn % int(sessions.size());
    state->pumping = false;
}

void SessionManagerPrivate::markBusy(Session *session)
{
    QList<QPointer<Session>> &list = session->d->m_peerState->busy;
    if (!list.contains(session))
        list.append(session);
}

void SessionManagerPrivate::resume(Session *session, const QCborMap &fields)
{
    const QCborArray lanes = fields.value(QLatin1StringView("l")).toArray();
    if (lanes.size() != Session::LaneCount)
        return;
    for (int i = 0; i < Session::LaneCount; ++i) {
        const QCborArray position = lanes.at(i).toArray();
        const qint64 next = position.at(0).toInteger(-1);
        const qint64 offset = position.at(1).toInteger(-1);
        if (next < 1 || offset < 0)
            return;
        session->d->rewindTo(i, next, offset);
    }
    if (session->d->m_state == Session::State::Reconnecting || session->d->m_state == Session::State::Connected)
        session->d->setState(Session::State::Connected);
    // What the peer lacks is unsent again: replay it now, not only once
    // the app sends something new (it may be waiting for a delivery).
    if (session->d->hasUnsent())
        markBusy(session);
    pump(session->d->m_peerState);
}

void SessionManagerPrivate::answerGone(const QString &peer, quint32 stream)
{
    if (PeerConnection *c = connection(peer)) {
        QCborMap gone;
        gone.insert(QLatin1StringView("code"), int(Session::CloseReason::PeerExited));
        gone.insert(QLatin1StringView("reason"), QStringLiteral("the session no longer exists"));
        c->sendControl(Close, gone, stream);
    }
}

bool SessionManagerPrivate::holdResume(const QString &peer, quint32 stream, const QCborMap &position)
{
    if (std::chrono::steady_clock::now() >= holdUntil)
        return false;
    const auto same = [&](const HeldResume &held) { return held.stream == stream && held.peer == peer; };
    // The newest position of a session replaces the one before.
    if (const auto it = std::find_if(heldResumes.begin(), heldResumes.end(), same); it != heldResumes.end()) {
        it->position = position;
        return true;
    }
    const auto fromPeer = std::count_if(heldResumes.cbegin(), heldResumes.cend(),
                                        [&peer](const HeldResume &held) { return held.peer == peer; });
    if (fromPeer >= SessionManager::MaxSessionsPerPeer || heldResumes.size() >= SessionManager::MaxSessions)
        return false;
    heldResumes.append({peer, stream, position});
    return true;
}

Session *SessionAdoption::adopt(SessionManager *manager, const Orphan &orphan, QString *error)
{
    SessionManagerPrivate *d = manager->d.get();
    if (!d->device->profile()->trustStore()->isTrusted(orphan.peer)) {
        *error = SessionManager::tr("The device is not paired.");
        return nullptr;
    }
    if (orphan.service.isEmpty() || orphan.service.toUtf8().size() > Session::MaxServiceNameBytes
        || orphan.opener.toUtf8().size() > Session::MaxServiceNameBytes) {
        *error = SessionManager::tr("A service name must be 1 to %1 bytes.").arg(Session::MaxServiceNameBytes);
        return nullptr;
    }
    // The opener's bit says who opened it, and so who may have.
    const bool lowerOpens = d->device->deviceId() < orphan.peer;
    const bool ours = bool(orphan.stream & OpenerBit) == lowerOpens;
    if (orphan.stream == 0 || ours != orphan.outgoing) {
        *error = SessionManager::tr("Session %1 cannot be one this device %2.")
                     .arg(orphan.stream)
                     .arg(orphan.outgoing ? SessionManager::tr("opened") : SessionManager::tr("accepted"));
        return nullptr;
    }
    if (d->byStream.contains({orphan.peer, orphan.stream})) {
        *error = SessionManager::tr("Session %1 with this device is open already.").arg(orphan.stream);
        return nullptr;
    }
    for (const Lane &lane : orphan.lanes) {
        if (lane.nextSend < 1 || lane.received < 0 || lane.received == std::numeric_limits<qint64>::max()) {
            *error = SessionManager::tr("A session's message numbers start at 1.");
            return nullptr;
        }
    }
    const SessionPeer *known = d->findPeer(orphan.peer);
    if ((known && known->sessions.size() >= SessionManager::MaxSessionsPerPeer)
        || d->byStream.size() >= SessionManager::MaxSessions) {
        *error = SessionManager::tr("This device holds as many sessions as it may.");
        return nullptr;
    }
    Session *session = d->create(orphan.peer, orphan.stream, orphan.outgoing);
    SessionPrivate *s = session->d.get();
    s->m_service = orphan.service;
    s->m_openerService = orphan.opener;
    s->m_parameters = orphan.parameters;
    s->m_confirmsDelivery = true;
    for (int i = 0; i < Session::LaneCount; ++i) {
        s->m_lanes[i].nextSequence = orphan.lanes[size_t(i)].nextSend;
        s->m_lanes[i].expected = orphan.lanes[size_t(i)].received + 1;
        s->m_consumed[i] = orphan.lanes[size_t(i)].received;
    }
    s->setState(Session::State::Reconnecting); // starts the resume deadline
    const auto held = std::find_if(d->heldResumes.cbegin(), d->heldResumes.cend(),
                                   [&](const auto &h) { return h.stream == orphan.stream && h.peer == orphan.peer; });
    if (held != d->heldResumes.cend()) {
        const QCborMap position = held->position;
        d->heldResumes.erase(held);
        d->resume(session, position);
    }
    if (d->connection(orphan.peer)) {
        // Where this side is, so that the peer replays what it lacks; the
        // peer's own position came (held) or is on its way with its link.
        d->send(session, Resume, s->resumePosition());
    } else {
        d->device->connectToDevice(orphan.peer);
    }
    return session;
}

void SessionAdoption::holdUnknownResumes(SessionManager *manager, std::chrono::milliseconds window)
{
    SessionManagerPrivate *d = manager->d.get();
    d->holdUntil = std::chrono::steady_clock::now() + window;
    if (!d->holdTimer) {
        d->holdTimer = std::make_unique<QTimer>();
        d->holdTimer->setSingleShot(true);
        QObject::connect(d->holdTimer.get(), &QTimer::timeout, manager, [d] {
            // Nobody adopted them: answered as any unknown session is.
            const auto held = std::exchange(d->heldResumes, {});
            for (const auto &resume : held)
                d->answerGone(resume.peer, resume.stream);
        });
    }
    d->holdTimer->start(window);
}

void SessionAdoption::setConfirmsDelivery(Session *session)
{
    session->d->m_confirmsDelivery = true;
}

void SessionAdoption::confirmConsumed(Session *session, Session::Kind kind, qint64 sequence)
{
    session->d->confirmConsumed(int(kind), sequence);
}

qint64 SessionAdoption::lastReceived(const Session *session, Session::Kind kind)
{
    return session->d->m_lanes[int(kind)].expected - 1;
}

void SessionManagerPrivate::onConnected(const QString &peer)
{
    PeerConnection *c = connection(peer);
    if (!c)
        return;
    hook(c, peer);
    const SessionPeer *state = findPeer(peer);
    const auto sessions = state ? state->sessions : QList<QPointer<Session>>();
    for (const QPointer<Session> &s : sessions) {
        if (!s || s->d->m_state == Session::State::Disconnected)
            continue;
        if (s->d->m_state == Session::State::Connecting) {
            if (s->d->m_outgoing)
                sendOpen(s); // the first try was lost with the old link
            continue;
        }
        // Tell the peer where we are; it replays from there.
        send(s, Resume, s->d->resumePosition());
    }
    pump(peer);
}

void SessionManagerPrivate::onDisconnected(const QString &peer)
{
    const SessionPeer *state = findPeer(peer);
    const auto sessions = state ? state->sessions : QList<QPointer<Session>>();
    for (const QPointer<Session> &s : sessions) {
        if (s && s->d->m_state == Session::State::Connected)
            s->d->setState(Session::State::Reconnecting);
    }
}

void SessionManagerPrivate::onStopping()
{
    const auto all = byStream.values();
    for (Session *s : all) {
        if (s->d->m_state == Session::State::Disconnected)
            continue;
        QCborMap fields;
        fields.insert(QLatin1StringView("code"), int(Session::CloseReason::PeerExited));
        send(s, Close, fields);
        s->d->finish(Session::CloseReason::ClosedLocally, {});
    }
}

void SessionManagerPrivate::onControl(const QString &peer, const QString &type, const QCborMap &fields, quint32 stream)
{
    Session *session = byStream.value({peer, stream});
    QString error;

    if (type == Open) {
        if (session) {
            // A repeat after a lost link: answer again if already accepted.
            if (!session->d->m_outgoing && session->d->m_state != Session::State::Connecting)
                send(session, Accept);
            return;
        }
        const auto service
            = Protocol::textField(fields, QLatin1StringView("service"), Session::MaxServiceNameBytes, &error);
        const auto from = Protocol::textField(fields, QLatin1StringView("from"), Session::MaxServiceNameBytes, &error);
        // Streams we opened carry our opener bit: a peer may not claim one.
        const bool lowerOpens = device->deviceId() < peer;
        const bool peerOwnsStream = bool(stream & OpenerBit) == !lowerOpens;
        if (!service || !from || stream == 0 || !peerOwnsStream) {
            if (PeerConnection *c = connection(peer)) {
                QCborMap reject;
                reject.insert(QLatin1StringView("code"), SessionManager::ErrorInternal);
                reject.insert(QLatin1StringView("reason"), QStringLiteral("malformed session request"));
                c->sendControl(Reject, reject, stream);
            }
            return;
        }
        QString refusal;
        const SessionPeer *known = findPeer(peer);
        const auto live = [](const QList<QPointer<Session>> &sessions) {
            return std::count_if(sessions.begin(), sessions.end(), [](const QPointer<Session> &s) {
                return s && s->d->m_state != Session::State::Disconnected;
            });
        };
        if (known && live(known->sessions) >= SessionManager::MaxSessionsPerPeer) {
            refusal = QStringLiteral("too many sessions open with this device (at most %1)")
                          .arg(SessionManager::MaxSessionsPerPeer);
        } else if (byStream.size() >= SessionManager::MaxSessions
                   && live(QList<QPointer<Session>>(byStream.cbegin(), byStream.cend()))
                       >= SessionManager::MaxSessions) {
            refusal
                = QStringLiteral("too many sessions open on this device (at most %1)").arg(SessionManager::MaxSessions);
        }
        if (!refusal.isEmpty()) {
            qCWarning(lcSession).noquote() << "refusing a session from" << peer.left(8) << "-" << refusal;
            if (PeerConnection *c = connection(peer)) {
                QCborMap reject;
                reject.insert(QLatin1StringView("code"), SessionManager::ErrorInternal);
                reject.insert(QLatin1StringView("reason"), refusal);
                c->sendControl(Reject, reject, stream);
            }
            return;
        }
        session = create(peer, stream, false);
        session->d->m_service = *service;
        session->d->m_openerService = *from;
        session->d->m_parameters = fields.value(QLatin1StringView("parameters")).toMap();
        session->d->m_resumeDeadline.start(options.resumeTimeout);
        if (!services.contains(*service)) {
            session->reject(SessionManager::ErrorNoSuchService,
                            SessionManager::tr("No app on this device offers \"%1\".").arg(*service));
            session->deleteLater();
            return;
        }
        Q_EMIT q->incomingSession(session);
        return;
    }

    if (!session) {
        // We do not know it: this side restarted and lost it, unless a
        // client of ours still has it and is about to hand it back.
        if (type == Resume && !holdResume(peer, stream, fields))
            answerGone(peer, stream);
        return;
    }

    if (type == Resume) {
        resume(session, fields);
    } else if (type == Accept) {
        if (session->d->m_outgoing && session->d->m_state == Session::State::Connecting) {
            session->d->setState(Session::State::Connected);
            Q_EMIT session->opened();
            pump(peer);
        }
    } else if (type == Reject || type == u"error") {
        if (session->d->m_outgoing && session->d->m_state == Session::State::Connecting) {
            const int code = int(fields.value(QLatin1StringView("code")).toInteger(SessionManager::ErrorRejected));
            const QString reason = fields.value(QLatin1StringView("reason")).toString().left(200);
            Q_EMIT session->refused(code, reason);
            session->d->finish(Session::CloseReason::Refused, reason);
        }
    } else if (type == Close) {
        const qint64 code = fields.value(QLatin1StringView("code")).toInteger(0);
        const auto reason = code == qint64(Session::CloseReason::PeerExited) ? Session::CloseReason::PeerExited
            : code == qint64(Session::CloseReason::Refused)                  ? Session::CloseReason::Refused
                                                                             : Session::CloseReason::PeerClosed;
        session->d->finish(reason, fields.value(QLatin1StringView("reason")).toString().left(200));
    }
}

} // namespace Tandem
