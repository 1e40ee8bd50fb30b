#include "servicesession.h"

#include "deviceserviceclient_p.h"
#include "servicelogging_p.h"
#include "serviceprotocol_p.h"

#include <QCborArray>
#include <QCborMap>
#include <QPointer>

#include <algorithm>

namespace Tandem {

using namespace ServiceProtocol;

void ServiceSessionPrivate::handle(const Protocol::ControlMessage &message, const QByteArray &body)
{
    const QCborMap &fields = message.fields;
    const auto kindOf = [&fields]() -> std::optional<Session::Kind> {
        const qint64 kind = fields.value(KindField).toInteger(-1);
        if (kind < 0 || kind >= Session::LaneCount)
            return std::nullopt;
        return Session::Kind(kind);
    };
    if (message.type == Opening) {
        stream = quint32(fields.value(StreamField).toInteger());
    } else if (message.type == OpenFailed) {
        finish(Session::CloseReason::Refused, fields.value(ErrorField).toString());
    } else if (message.type == State) {
        const qint64 value = fields.value(StateField).toInteger(-1);
        // Disconnected is told by "closed", which brings what was lost.
        if (value < 0 || value >= int(Session::State::Disconnected) || state == Session::State::Disconnected
            || state == Session::State(value))
            return;
        state = Session::State(value);
        Q_EMIT q->stateChanged(state);
    } else if (message.type == Opened) {
        Q_EMIT q->opened();
    } else if (message.type == Refused) {
        Q_EMIT q->refused(int(fields.value(CodeField).toInteger()), fields.value(ReasonField).toString());
    } else if (message.type == Sent) {
        const auto kind = kindOf();
        if (!kind)
            return;
        Lane &lane = lanes[size_t(*kind)];
        const qint64 sequence = fields.value(SequenceField).toInteger();
        if (sequence != lane.confirmed + 1 && client) {
            // The numbers here would no longer be the peer's: nothing this
            // side reports about the session could be trusted.
            client->lost(DeviceServiceClient::tr("The Tandem host numbered a message %1 where %2 was expected.")
                             .arg(sequence)
                             .arg(lane.confirmed + 1));
            return;
        }
        lane.confirmed = sequence;
    } else if (message.type == SendFailed) {
        // The host closes the session next; the message is among those
        // reported undelivered then.
        if (const auto kind = kindOf())
            ++lanes[size_t(*kind)].confirmed;
        qCDebug(lcService) << "the host refused a send:" << fields.value(ErrorField).toString();
    } else if (message.type == Delivered) {
        const auto kind = kindOf();
        if (!kind)
            return;
        Lane &lane = lanes[size_t(*kind)];
        const qint64 sequence = fields.value(SequenceField).toInteger();
        while (!lane.waiting.empty() && lane.waiting.front().sequence <= sequence) {
            lane.waitingBytes -= lane.waiting.front().payload.size();
            lane.waiting.pop_front();
        }
        Q_EMIT q->delivered(*kind, sequence);
    } else if (message.type == Received) {
        const auto kind = kindOf();
        if (!kind)
            return;
        Lane &lane = lanes[size_t(*kind)];
        const qint64 sequence = fields.value(SequenceField).toInteger();
        if (sequence != lane.received + 1 && client) {
            // Skipped or repeated: exactly once would no longer hold.
            client->lost(DeviceServiceClient::tr("The Tandem host passed on message %1 where %2 was expected.")
                             .arg(sequence)
                             .arg(lane.received + 1));
            return;
        }
        lane.received = sequence;
        const QPointer<ServiceSession> alive(q);
        const quint32 number = id;
        DeviceServiceClientPrivate *owner = client;
        Q_EMIT q->messageReceived(fields.value(ChannelField).toString(), *kind, body);
        // Taken: the host may now tell the peer it arrived. A session the
        // app deleted meanwhile was closed by its destructor.
        if (alive && owner)
            owner->scheduleConsumed(number);
    } else if (message.type == Closed) {
        const qint64 reason = fields.value(ReasonField).toInteger(-1);
        finish(reason >= 0 && reason <= int(Session::CloseReason::ClosedLocally) ? Session::CloseReason(reason)
                                                                                 : Session::CloseReason::PeerExited,
               fields.value(DetailField).toString());
    }
}

bool ServiceSessionPrivate::survivesHost() const
{
    return stream != 0 && (state == Session::State::Connected || state == Session::State::Reconnecting);
}

void ServiceSessionPrivate::adopt()
{
    QCborMap fields;
    fields.insert(SessionField, id);
    fields.insert(DeviceField, peer);
    fields.insert(ServiceField, service);
    if (!opener.isEmpty())
        fields.insert(OpenerField, opener);
    if (!parameters.isEmpty())
        fields.insert(ParametersField, parameters);
    fields.insert(StreamField, qint64(stream));
    fields.insert(OutgoingField, !incoming);
    QCborArray positions;
    for (Lane &lane : lanes) {
        // The host numbers again from the first message not delivered; the
        // peer drops any it already has.
        const qint64 next = lane.waiting.empty() ? lane.nextSequence : lane.waiting.front().sequence;
        lane.confirmed = next - 1;
        lane.reported = lane.received;
        positions.append(QCborArray{next, lane.received});
    }
    fields.insert(LanesField, positions);
    client->channel->send(Adopt, fields);
    for (int kind = 0; kind < Session::LaneCount; ++kind) {
        if (incomingLimits[size_t(kind)] < 0)
            continue;
        QCborMap limit;
        limit.insert(SessionField, id);
        limit.insert(KindField, kind);
        limit.insert(MostField, incomingLimits[size_t(kind)]);
        client->channel->send(Limit, limit);
    }
    for (int kind = 0; kind < Session::LaneCount; ++kind) {
        for (const Waiting &message : lanes[size_t(kind)].waiting)
            sendToHost(message, Session::Kind(kind));
    }
}

void ServiceSessionPrivate::sendToHost(const Waiting &message, Session::Kind kind)
{
    QCborMap fields;
    fields.insert(SessionField, id);
    fields.insert(ChannelField, message.channel);
    fields.insert(KindField, int(kind));
    client->channel->sendWithBody(Send, fields, id, message.payload);
}

void ServiceSessionPrivate::finish(Session::CloseReason reason, const QString &detail)
{
    if (state == Session::State::Disconnected)
        return;
    if (client)
        client->sessions.erase(id);
    for (int kind = 0; kind < Session::LaneCount; ++kind) {
        Lane &lane = lanes[size_t(kind)];
        QList<qint64> lost;
        for (const Waiting &sent : lane.waiting)
            lost << sent.sequence;
        lane.waiting.clear();
        lane.waitingBytes = 0;
        if (!lost.isEmpty())
            Q_EMIT q->undelivered(Session::Kind(kind), lost);
    }
    state = Session::State::Disconnected;
    Q_EMIT q->stateChanged(state);
    Q_EMIT q->closed(reason, detail);
}

ServiceSession::ServiceSession(DeviceServiceClientPrivate *client, quint32 id, const QString &peer,
                               const QString &service, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ServiceSessionPrivate>())
{
    d->q = this;
    d->client = client;
    d->id = id;
    d->peer = peer;
    d->service = service;
}

ServiceSession::~ServiceSession()
{
    if (d->state != Session::State::Disconnected && d->client) {
        QCborMap fields;
        fields.insert(SessionField, d->id);
        fields.insert(ReasonField, int(Session::CloseReason::PeerClosed));
        if (d->client->channel)
            d->client->channel->send(Close, fields);
        d->client->sessions.erase(d->id);
    }
}

Session::State ServiceSession::state() const
{
    return d->state;
}

QString ServiceSession::peerDeviceId() const
{
    return d->peer;
}

QString ServiceSession::service() const
{
    return d->service;
}

QString ServiceSession::openerService() const
{
    return d->opener;
}

QCborMap ServiceSession::parameters() const
{
    return d->parameters;
}

quint32 ServiceSession::streamId() const
{
    return d->stream;
}

qint64 ServiceSession::send(const QString &channel, Session::Kind kind, const QByteArray &payload, QString *error)
{
    // The session layer's own checks, with its words, so that the host
    // never has to refuse what was accepted here.
    // While the host is away (reconnecting), sends wait here for the one
    // that replaces it, as a Session's wait for the peer.
    if (d->state == Session::State::Disconnected || !d->client || (!d->client->channel && !d->client->reconnecting)) {
        *error = Session::tr("The session is closed.");
        return 0;
    }
    if (channel.toUtf8().size() > Session::MaxChannelNameBytes) {
        *error = Session::tr("A channel name can be at most %1 bytes.").arg(Session::MaxChannelNameBytes);
        return 0;
    }
    if (payload.size() > Session::MaxMessageBytes) {
        *error = Session::tr("A message can be at most %1 bytes.").arg(Session::MaxMessageBytes);
        return 0;
    }
    const DeviceServiceClientPrivate::Limits &limits = d->client->limits;
    const int queued = queuedMessages();
    const qint64 bytes = queuedBytes();
    if (queued >= limits.sessionQueuedMessages || (queued > 0 && bytes + payload.size() > limits.sessionQueuedBytes)) {
        *error = Session::tr("The send queue is full (%1 messages, %2 bytes waiting for the other device); try again "
                             "once it has caught up.")
                     .arg(queued)
                     .arg(bytes);
        return 0;
    }
    const qint64 appBytes = d->client->queuedBytes();
    if (appBytes + payload.size() > limits.queuedBytes) {
        *error = tr("This app has %1 bytes waiting for delivery through the Tandem host; %2 more would pass its "
                    "budget of %3 bytes. Try again once they are delivered.")
                     .arg(appBytes)
                     .arg(payload.size())
                     .arg(limits.queuedBytes);
        return 0;
    }
    ServiceSessionPrivate::Lane &lane = d->lanes[size_t(kind)];
    const qint64 sequence = lane.nextSequence++;
    lane.waiting.push_back({sequence, channel, payload});
    lane.waitingBytes += payload.size();
    if (d->client->channel)
        d->sendToHost(lane.waiting.back(), kind);
    return sequence;
}

void ServiceSession::close(Session::CloseReason reason)
{
    if (d->state == Session::State::Disconnected || !d->client)
        return;
    if (!d->client->channel) {
        // No host to tell: it is not adopted, and the peer hears from the
        // host that returns that it no longer exists.
        if (d->client->reconnecting)
            d->finish(Session::CloseReason::ClosedLocally, {});
        return;
    }
    QCborMap fields;
    fields.insert(SessionField, d->id);
    fields.insert(ReasonField, int(reason));
    d->client->channel->send(Close, fields);
}

void ServiceSession::accept()
{
    if (!d->incoming || d->answered || d->state != Session::State::Connecting || !d->client || !d->client->channel)
        return;
    d->answered = true;
    QCborMap fields;
    fields.insert(SessionField, d->id);
    fields.insert(AcceptField, true);
    d->client->channel->send(Answer, fields);
}

void ServiceSession::reject(int code, const QString &reason)
{
    if (!d->incoming || d->answered || d->state != Session::State::Connecting || !d->client || !d->client->channel)
        return;
    d->answered = true;
    QCborMap fields;
    fields.insert(SessionField, d->id);
    fields.insert(AcceptField, false);
    fields.insert(CodeField, code);
    fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
    d->client->channel->send(Answer, fields);
}

void ServiceSession::setIncomingLimit(Session::Kind kind, qint64 bytes)
{
    if (d->state == Session::State::Disconnected)
        return;
    d->incomingLimits[size_t(kind)] = std::clamp<qint64>(bytes, 0, Session::MaxMessageBytes);
    if (!d->client || !d->client->channel)
        return; // told to the host that adopts it
    QCborMap fields;
    fields.insert(SessionField, d->id);
    fields.insert(KindField, int(kind));
    fields.insert(MostField, d->incomingLimits[size_t(kind)]);
    d->client->channel->send(Limit, fields);
}

int ServiceSession::queuedMessages() const
{
    int messages = 0;
    for (const ServiceSessionPrivate::Lane &lane : d->lanes)
        messages += int(lane.waiting.size());
    return messages;
}

qint64 ServiceSession::queuedBytes() const
{
    qint64 bytes = 0;
    for (const ServiceSessionPrivate::Lane &lane : d->lanes)
        bytes += lane.waitingBytes;
    return bytes;
}

} // namespace Tandem
