#include "session_p.h"

#include "sessionlogging_p.h"
#include "sessionmanager_p.h"
#include <Tandem/controlmessage.h>
#include <Tandem/link.h>

#include <QCborArray>
#include <QtEndian>

namespace Tandem {

namespace {

// Data frame payload of a session (see docs/protocol.md):
//   acknowledgements: for each lane whose bit is set in the frame flags
//   (AckFlag << lane), in lane order, u64 next sequence | u64 offset;
//   then at most one fragment: u8 lane | u64 sequence | u64 offset | first
//   fragment only: u8 channel length, channel (UTF-8), u64 total size |
//   message bytes.
// Acknowledgements ride on the session's outgoing messages; a frame of
// acknowledgements alone goes when there is nothing to carry them.
constexpr qsizetype FragmentHeader = 1 + 8 + 8;
constexpr qsizetype AckBytes = 8 + 8;
constexpr quint8 AckFlag = 0x01;
constexpr quint8 AckFlags = (AckFlag << Session::LaneCount) - 1;
// A message in progress starts with this much room and grows as its bytes
// arrive (geometrically: amortised copies stay linear in its size).
constexpr qint64 FirstReassemblyBytes = 1024 * 1024;

void appendU64(QByteArray &out, quint64 value)
{
    const quint64 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

quint64 readU64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

} // namespace

qint64 SessionPrivate::Lane::inFlight() const
{
    qint64 sent = 0;
    for (const Outgoing &o : outbox) {
        if (o.sentOffset == 0 && !o.headerSent)
            break;
        sent += o.sentOffset;
    }
    return sent - ackedOffset;
}

Session::Session(SessionManagerPrivate *manager, const QString &peer, quint32 stream, bool outgoing, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionPrivate>(this, manager, peer, stream, outgoing))
{ }

SessionPrivate::SessionPrivate(Session *q, SessionManagerPrivate *manager, const QString &peer, quint32 stream,
                               bool outgoing)
    : m_manager(manager)
    , m_peerState(manager->peer(peer))
    , m_peer(peer)
    , m_stream(stream)
    , m_outgoing(outgoing)
    , q(q)
{
    m_resumeDeadline.setSingleShot(true);
    QObject::connect(&m_resumeDeadline, &QTimer::timeout, q, [this] {
        // An incoming session nobody answered is refused, and the opener
        // is told so; it is not a network problem.
        if (!m_outgoing && m_state == State::Connecting) {
            reject(SessionManager::ErrorRejected, Session::tr("The other app did not answer in time."));
            return;
        }
        finish(CloseReason::NetworkDisconnected,
               Session::tr("The other device did not come back within %1 s.").arg(m_resumeDeadline.interval() / 1000));
    });
}

int SessionPrivate::queuedMessages() const
{
    return int(m_lanes[0].outbox.size() + m_lanes[1].outbox.size());
}

qint64 SessionPrivate::queuedBytes() const
{
    return m_lanes[0].outboxBytes + m_lanes[1].outboxBytes;
}

void SessionPrivate::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Connected || state == State::Disconnected)
        m_resumeDeadline.stop();
    else if (!m_resumeDeadline.isActive())
        m_resumeDeadline.start(m_manager->options.resumeTimeout);
    Q_EMIT q->stateChanged(state);
}

qint64 SessionPrivate::send(const QString &channel, Kind kind, const QByteArray &payload, QString *error)
{
    if (m_state == State::Disconnected) {
        *error = Session::tr("The session is closed.");
        return 0;
    }
    if (channel.toUtf8().size() > MaxChannelNameBytes) {
        *error = Session::tr("A channel name can be at most %1 bytes.").arg(MaxChannelNameBytes);
        return 0;
    }
    if (payload.size() > MaxMessageBytes) {
        *error = Session::tr("A message can be at most %1 bytes.").arg(MaxMessageBytes);
        return 0;
    }
    const SessionManagerOptions &limits = m_manager->options;
    const int queued = queuedMessages();
    const qint64 bytes = queuedBytes();
    if (queued >= limits.maxQueuedMessages || (queued > 0 && bytes + payload.size() > limits.maxQueuedBytes)) {
        *error = Session::tr("The send queue is full (%1 messages, %2 bytes waiting for the other device); try again "
                             "once it has caught up.")
                     .arg(queued)
                     .arg(bytes);
        return 0;
    }
    Lane &lane = m_lanes[int(kind)];
    const qint64 sequence = lane.nextSequence++;
    lane.outbox.push_back({sequence, channel, payload});
    lane.outboxBytes += payload.size();
    m_manager->markBusy(q);
    m_manager->pump(m_peerState);
    return sequence;
}

void SessionPrivate::setIncomingLimit(Kind kind, qint64 bytes)
{
    m_incomingLimit[int(kind)] = qBound<qint64>(0, bytes, MaxMessageBytes);
}

bool SessionPrivate::hasUnsent() const
{
    for (const Lane &lane : m_lanes) {
        for (const Outgoing &o : lane.outbox) {
            if (!o.headerSent || o.sentOffset < o.payload.size())
                return true;
        }
    }
    return false;
}

bool SessionPrivate::sendNextFragment()
{
    if (m_state != State::Connected)
        return false;
    // Text first: it is small and someone is waiting to read it.
    return sendNextFragment(int(Kind::Text)) || sendNextFragment(int(Kind::Bytes));
}

bool SessionPrivate::sendNextFragment(int laneIndex)
{
    Lane &lane = m_lanes[laneIndex];
    auto it = std::find_if(lane.outbox.begin(), lane.outbox.end(),
                           [](const Outgoing &o) { return !o.headerSent || o.sentOffset < o.payload.size(); });
    if (it == lane.outbox.end())
        return false;
    const SessionManagerOptions &options = m_manager->options;
    // Full for any link: answer before looking the link up. On a fast link
    // the window follows the path (WindowTuner); a low-bandwidth one keeps
    // its small fixed window, which already fills it.
    const qint64 window = lane.tuner.window(options.windowBytes);
    const qint64 inFlight = lane.inFlight();
    if (inFlight >= qMax(window, options.slowLinkWindowBytes))
        return false;
    PeerConnection *connection = m_manager->connection(m_peer);
    if (!connection)
        return false;
    const bool slow = connection->link()->isLowBandwidth();
    if (inFlight >= (slow ? options.slowLinkWindowBytes : window))
        return false;

    const qsizetype chunkBytes = slow ? options.slowLinkChunkBytes : options.chunkBytes;
    const qint64 chunk = qMin<qint64>(chunkBytes, it->payload.size() - it->sentOffset);
    // A small message goes ahead of bulk data, but never ahead of its own
    // lane: a small bytes message behind a large one whose last frames
    // still wait in the connection's bulk queue would overtake them, and
    // the receiver would drop it as out of order.
    const bool small = laneIndex == int(Kind::Text)
        || (it->payload.size() <= chunkBytes && connection->queuedFrames(PeerConnection::Priority::Bulk) == 0);
    // The fragment's header; its bytes go to the link from the message
    // itself, not copied into the fragment first.
    QByteArray fragment;
    fragment.reserve(LaneCount * AckBytes + FragmentHeader + 1 + MaxChannelNameBytes + 8);
    // Due acknowledgements ride along when this frame goes ahead of bulk
    // data; behind it, they would wait, and go on their own instead.
    const quint8 flags = small ? appendDueAcks(fragment) : 0;
    fragment.append(char(laneIndex));
    appendU64(fragment, quint64(it->sequence));
    appendU64(fragment, quint64(it->sentOffset));
    if (it->sentOffset == 0) {
        const QByteArray channel = it->channel.toUtf8();
        fragment.append(char(channel.size()));
        fragment.append(channel);
        appendU64(fragment, quint64(it->payload.size()));
    }
    connection->sendData(m_stream, fragment, it->payload, it->sentOffset, chunk, flags,
                         small ? PeerConnection::Priority::Message : PeerConnection::Priority::Bulk);
    it->sentOffset += chunk;
    it->headerSent = true;
    lane.tuner.sent(chunk, WindowTuner::Clock::now());
    return true;
}

void SessionPrivate::handleData(quint8 flags, const QByteArray &payload)
{
    if (m_state == State::Disconnected || (flags & ~AckFlags) != 0)
        return;
    qsizetype pos = 0;
    for (int i = 0; i < LaneCount; ++i) {
        if (!(flags & (AckFlag << i)))
            continue;
        if (payload.size() < pos + AckBytes)
            return;
        const quint64 next = readU64(payload.constData() + pos);
        const quint64 offset = readU64(payload.constData() + pos + 8);
        pos += AckBytes;
        // Bounded as the fields they stand for: sequences start at 1, an
        // offset lies within one message.
        if (next < 1 || next > quint64(std::numeric_limits<qint64>::max()) || offset > quint64(MaxMessageBytes))
            return;
        handleAck(i, qint64(next), qint64(offset));
        m_manager->pump(m_peerState);
        if (m_state == State::Disconnected)
            return;
    }
    if (payload.size() == pos)
        return; // acknowledgements only
    handleFragment(QByteArrayView(payload).sliced(pos));
}

void SessionPrivate::handleFragment(QByteArrayView payload)
{
    if (payload.size() < FragmentHeader)
        return;
    if (m_state == State::Connecting) {
        // Nothing may arrive before the session is accepted: a well-behaved
        // peer waits for session-accept. Refuse and say why, rather than
        // acknowledge data no app will ever read.
        qCWarning(lcSession) << "peer" << m_peer.left(8) << "sent data on session" << m_stream
                             << "before it was accepted; refusing the session";
        QCborMap fields;
        fields.insert(QLatin1StringView("code"), int(CloseReason::Refused));
        fields.insert(QLatin1StringView("reason"), QStringLiteral("data sent before the session was accepted"));
        m_manager->send(q, QLatin1StringView("session-close"), fields);
        finish(CloseReason::Refused, Session::tr("The other device sent data before the session was accepted."));
        return;
    }
    const int laneIndex = quint8(payload.at(0));
    if (laneIndex >= LaneCount)
        return;
    Lane &lane = m_lanes[laneIndex];
    const qint64 sequence = qint64(readU64(payload.constData() + 1));
    const qint64 offset = qint64(readU64(payload.constData() + 9));
    qsizetype pos = FragmentHeader;

    if (sequence < lane.expected) { // already delivered: a replay after a resume
        m_ackDue[laneIndex] = true;
        scheduleAck();
        return;
    }
    if (sequence != lane.expected)
        return; // cannot happen on an ordered link; ignore rather than guess

    if (offset == 0) {
        if (payload.size() < pos + 1)
            return;
        const int channelLength = quint8(payload.at(pos++));
        if (channelLength > MaxChannelNameBytes || payload.size() < pos + channelLength + 8)
            return;
        const QString channel = QString::fromUtf8(payload.constData() + pos, channelLength);
        pos += channelLength;
        const qint64 total = qint64(readU64(payload.constData() + pos));
        pos += 8;
        // The declared size is checked now, before any of it is held.
        if (total < 0 || total > m_incomingLimit[laneIndex]) {
            closeForViolation(
                Session::tr("The other device announced a message of %1 bytes; this service takes at most %2.")
                    .arg(total)
                    .arg(m_incomingLimit[laneIndex]));
            return;
        }
        if (!lane.partial.isEmpty())
            return; // a replayed first fragment of what we partly have
        if (lane.partialTotal >= 0 && lane.partialTotal != total) {
            closeForViolation(Session::tr("The other device announced one message with two different sizes."));
            return;
        }
        const qsizetype chunk = payload.size() - pos;
        if (lane.partialTotal < 0 && total > chunk) {
            // Room for the whole message, or it waits (without credit) for
            // earlier messages to complete. Memory grows only with what
            // arrives, never with what a peer claims: a first reserve of
            // the whole message let one peer ask for 64 TiB.
            lane.reserved = m_manager->reserve(q, laneIndex, total);
            if (!lane.reserved)
                m_manager->budgetWaiters.append({q, laneIndex, total});
            lane.partial.reserve(qMin<qint64>(total, FirstReassemblyBytes));
        }
        lane.partialChannel = channel;
        lane.partialTotal = total;
    } else if (lane.partialTotal < 0 || offset != lane.partial.size()) {
        return; // a replay of bytes we already have
    }

    const qsizetype chunk = payload.size() - pos;
    if (lane.partial.size() + chunk > lane.partialTotal) {
        closeForViolation(Session::tr("The other device sent more of a message than it announced."));
        return;
    }
    if (!lane.reserved && lane.partial.size() + chunk > MaxUncreditedBytes
        && lane.partial.size() + chunk < lane.partialTotal) {
        closeForViolation(Session::tr("The other device sent more than its flow-control window allows."));
        return;
    }
    lane.partial.append(payload.constData() + pos, chunk);
    lane.unackedBytes += chunk;
    if (lane.partial.size() == lane.partialTotal) {
        const QByteArray message = std::exchange(lane.partial, {});
        const QString channel = std::exchange(lane.partialChannel, {});
        dropPartial(laneIndex);
        ++lane.expected;
        // Confirmed later, by whoever the message goes on to.
        if (!m_confirmsDelivery) {
            m_ackDue[laneIndex] = true;
            scheduleAck();
        }
        Q_EMIT q->messageReceived(channel, Kind(laneIndex), message);
    } else if (lane.reserved && creditDue(lane.unackedBytes)) {
        // Return credit mid-message, or a large message would stall.
        m_ackDue[laneIndex] = true;
        scheduleAck();
    }
}

void SessionPrivate::closeForViolation(const QString &detail)
{
    qCWarning(lcSession).noquote() << "peer" << m_peer.left(8) << "session" << m_stream << "-" << detail;
    QCborMap fields;
    fields.insert(QLatin1StringView("code"), int(CloseReason::PeerClosed));
    fields.insert(QLatin1StringView("reason"), detail.left(200));
    m_manager->send(q, QLatin1StringView("session-close"), fields);
    finish(CloseReason::ClosedLocally, detail);
}

void SessionPrivate::dropPartial(int laneIndex)
{
    Lane &lane = m_lanes[laneIndex];
    lane.partial = {};
    lane.partialChannel.clear();
    lane.partialTotal = -1;
    if (std::exchange(lane.reserved, false))
        m_manager->release(m_peerState, m_stream, laneIndex);
}

void SessionPrivate::budgetGranted(int laneIndex)
{
    Lane &lane = m_lanes[laneIndex];
    lane.reserved = true;
    if (creditDue(lane.unackedBytes)) {
        m_ackDue[laneIndex] = true;
        scheduleAck();
    }
}

bool SessionPrivate::creditDue(qint64 unacked) const
{
    // An eighth of the (smallest) window on a fast link, not a quarter: the
    // sender's window is sized to twice the path's bandwidth-delay product,
    // and what waits here for credit is neither in flight nor measured. A
    // quarter still on a slow link, where every acknowledgement costs
    // airtime and the fixed window keeps the link full anyway.
    constexpr int FastLinkCreditSteps = 8;
    constexpr int SlowLinkCreditSteps = 4;
    const SessionManagerOptions &options = m_manager->options;
    const qint64 slow = options.slowLinkWindowBytes / SlowLinkCreditSteps;
    const qint64 fast = options.windowBytes / FastLinkCreditSteps;
    if (unacked < qMin(slow, fast))
        return false;
    if (unacked >= qMax(slow, fast))
        return true;
    // In between, it depends on the link; looking it up costs a hash, so
    // only here.
    const PeerConnection *connection = m_manager->connection(m_peer);
    return unacked >= (connection && connection->link()->isLowBandwidth() ? slow : fast);
}

void SessionPrivate::scheduleAck()
{
    if (m_ackScheduled)
        return;
    m_ackScheduled = true;
    // One ack per event-loop pass covers every message that arrived in it.
    QMetaObject::invokeMethod(q, [this] { sendAcks(); }, Qt::QueuedConnection);
}

quint8 SessionPrivate::appendDueAcks(QByteArray &out)
{
    quint8 flags = 0;
    for (int i = 0; i < LaneCount; ++i) {
        if (!m_ackDue[i])
            continue;
        m_ackDue[i] = false;
        m_lanes[i].unackedBytes = 0;
        const auto [next, offset] = ackPosition(i);
        appendU64(out, quint64(next));
        appendU64(out, quint64(offset));
        flags |= AckFlag << i;
    }
    return flags;
}

void SessionPrivate::sendAcks()
{
    m_ackScheduled = false;
    if (!m_ackDue[0] && !m_ackDue[1])
        return; // they went with a message
    PeerConnection *connection = m_manager->connection(m_peer);
    if (!connection)
        return; // the resume after the next link says where we are
    QByteArray acks;
    acks.reserve(LaneCount * AckBytes);
    const quint8 flags = appendDueAcks(acks);
    connection->sendData(m_stream, acks, flags, PeerConnection::Priority::Control);
}

void SessionPrivate::handleAck(int laneIndex, qint64 nextSequence, qint64 offset)
{
    Lane &lane = m_lanes[laneIndex];
    qint64 lastDelivered = 0;
    // What this acknowledgement takes out of flight (Lane::inFlight), for
    // the window's measurements.
    qint64 acknowledged = -lane.ackedOffset;
    while (!lane.outbox.empty() && lane.outbox.front().sequence < nextSequence) {
        lane.outboxBytes -= lane.outbox.front().payload.size();
        acknowledged += lane.outbox.front().sentOffset;
        lastDelivered = lane.outbox.front().sequence;
        lane.outbox.pop_front();
        lane.ackedOffset = 0;
    }
    if (!lane.outbox.empty() && lane.outbox.front().sequence == nextSequence)
        lane.ackedOffset = qBound<qint64>(0, offset, lane.outbox.front().sentOffset);
    lane.tuner.acknowledged(acknowledged + lane.ackedOffset, WindowTuner::Clock::now(), m_manager->options.windowBytes,
                            m_peerState->minRtt);
    m_peerState->minRtt = qMin(m_peerState->minRtt, lane.tuner.minRtt());
    if (lastDelivered > 0)
        Q_EMIT q->delivered(Kind(laneIndex), lastDelivered);
}

void SessionPrivate::rewindTo(int laneIndex, qint64 nextSequence, qint64 offset)
{
    handleAck(laneIndex, nextSequence, offset);
    Lane &lane = m_lanes[laneIndex];
    for (Outgoing &o : lane.outbox) {
        const bool partlyThere = o.sequence == nextSequence && offset > 0 && offset <= o.payload.size();
        o.sentOffset = partlyThere ? offset : 0;
        o.headerSent = partlyThere;
    }
    lane.ackedOffset
        = !lane.outbox.empty() && lane.outbox.front().sequence == nextSequence ? lane.outbox.front().sentOffset : 0;
    // A new link: nothing is in flight any more, and its path is measured
    // afresh.
    lane.tuner.restart();
    m_peerState->minRtt = WindowTuner::Clock::duration::max();
}

QCborMap SessionPrivate::resumePosition()
{
    QCborArray lanes;
    for (Lane &lane : m_lanes) {
        if (lane.partialTotal >= 0 && !lane.reserved) {
            lane.partial.clear(); // its size and place among the waiters are kept
            lane.unackedBytes = 0;
        }
    }
    for (int i = 0; i < LaneCount; ++i) {
        const auto [next, offset] = ackPosition(i);
        lanes.append(QCborArray{next, offset});
    }
    QCborMap m;
    m.insert(QLatin1StringView("l"), lanes);
    return m;
}

std::pair<qint64, qint64> SessionPrivate::ackPosition(int laneIndex) const
{
    const Lane &lane = m_lanes[laneIndex];
    // A message that arrived but was not confirmed is asked for again after
    // a resume, whole; one that arrives twice is dropped by its number.
    if (m_confirmsDelivery && m_consumed[laneIndex] + 1 < lane.expected)
        return {m_consumed[laneIndex] + 1, 0};
    // What arrived of a message still waiting for room is not credited: its
    // sender must stop after one window.
    return {lane.expected, lane.reserved ? lane.partial.size() : 0};
}

void SessionPrivate::confirmConsumed(int laneIndex, qint64 sequence)
{
    if (!m_confirmsDelivery || m_state == State::Disconnected)
        return;
    // Only what arrived can be confirmed, and only forward.
    sequence = qMin(sequence, m_lanes[laneIndex].expected - 1);
    if (sequence <= m_consumed[laneIndex])
        return;
    m_consumed[laneIndex] = sequence;
    m_ackDue[laneIndex] = true;
    scheduleAck();
}

bool SessionPrivate::accept()
{
    if (m_outgoing || m_state != State::Connecting)
        return false;
    m_manager->send(q, QLatin1StringView("session-accept"));
    setState(State::Connected);
    Q_EMIT q->opened();
    m_manager->pump(m_peerState);
    return true;
}

void SessionPrivate::reject(int code, const QString &reason)
{
    if (m_outgoing || m_state != State::Connecting)
        return;
    QCborMap fields;
    fields.insert(QLatin1StringView("code"), code);
    fields.insert(QLatin1StringView("reason"), reason.left(200));
    m_manager->send(q, QLatin1StringView("session-reject"), fields);
    finish(CloseReason::Refused, reason);
}

void SessionPrivate::close(CloseReason reason)
{
    if (m_state == State::Disconnected)
        return;
    QCborMap fields;
    fields.insert(QLatin1StringView("code"), int(reason));
    m_manager->send(q, QLatin1StringView("session-close"), fields);
    finish(CloseReason::ClosedLocally, {});
}

void SessionPrivate::finish(CloseReason reason, const QString &detail)
{
    if (m_state == State::Disconnected)
        return;
    for (int i = 0; i < LaneCount; ++i) {
        QList<qint64> lost;
        for (const Outgoing &o : m_lanes[i].outbox)
            lost << o.sequence;
        m_lanes[i].outbox.clear();
        m_lanes[i].outboxBytes = 0;
        if (!lost.isEmpty())
            Q_EMIT q->undelivered(Kind(i), lost);
    }
    for (int i = 0; i < LaneCount; ++i)
        dropPartial(i);
    setState(State::Disconnected);
    qCDebug(lcSession) << "session" << m_stream << "with" << m_peer.left(8) << "ended:" << reason << detail;
    Q_EMIT q->closed(reason, detail);
}

// Session's API, forwarded to its private part.

Session::~Session() = default;

Session::State Session::state() const
{
    return d->m_state;
}
QString Session::peerDeviceId() const
{
    return d->m_peer;
}
QString Session::service() const
{
    return d->m_service;
}
QString Session::openerService() const
{
    return d->m_openerService;
}
QCborMap Session::parameters() const
{
    return d->m_parameters;
}
bool Session::isOutgoing() const
{
    return d->m_outgoing;
}
quint32 Session::streamId() const
{
    return d->m_stream;
}
qint64 Session::incomingLimit(Kind kind) const
{
    return d->m_incomingLimit[int(kind)];
}
int Session::queuedMessages() const
{
    return d->queuedMessages();
}
qint64 Session::queuedBytes() const
{
    return d->queuedBytes();
}
qint64 Session::send(const QString &channel, Kind kind, const QByteArray &payload, QString *error)
{
    return d->send(channel, kind, payload, error);
}
void Session::setIncomingLimit(Kind kind, qint64 bytes)
{
    d->setIncomingLimit(kind, bytes);
}
bool Session::accept()
{
    return d->accept();
}
void Session::reject(int code, const QString &reason)
{
    d->reject(code, reason);
}
void Session::close(CloseReason reason)
{
    d->close(reason);
}

} // namespace Tandem
