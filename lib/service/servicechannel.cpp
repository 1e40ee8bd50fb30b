#include "servicechannel_p.h"

#include "serviceprotocol_p.h"
#include <Tandem/session.h>

#include <QLocalSocket>
#include <QPointer>

namespace Tandem {

ServiceChannel::ServiceChannel(QLocalSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QLocalSocket::readyRead, this, &ServiceChannel::onReadyRead);
    connect(m_socket, &QLocalSocket::bytesWritten, this, &ServiceChannel::pump);
    connect(m_socket, &QLocalSocket::disconnected, this, &ServiceChannel::disconnected);
    // What arrived before the connections above is read on the next pass.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ServiceChannel::onReadyRead, Qt::QueuedConnection);
}

ServiceChannel::~ServiceChannel()
{
    // The owner is done with this end: nothing it could still be told.
    m_socket->disconnect(this);
    m_socket->abort();
}

void ServiceChannel::send(QLatin1StringView type, const QCborMap &fields)
{
    sendEncoded(Protocol::encodeControl(type, fields));
}

void ServiceChannel::sendEncoded(const QByteArray &control)
{
    Outgoing outgoing;
    Protocol::appendFrame(outgoing.frames, {Protocol::FrameType::Control, 0, 0, control});
    enqueue(std::move(outgoing));
}

void ServiceChannel::sendWithBody(QLatin1StringView type, QCborMap fields, quint32 stream, const QByteArray &body)
{
    fields.insert(ServiceProtocol::BytesField, body.size());
    Outgoing outgoing;
    outgoing.stream = stream;
    Protocol::appendFrame(outgoing.frames,
                          {Protocol::FrameType::Control, 0, stream, Protocol::encodeControl(type, fields)});
    if (body.size() <= InlineBodyBytes) {
        if (!body.isEmpty()) {
            Protocol::appendFrameHeader(outgoing.frames, Protocol::FrameType::Data, 0, stream, body.size());
            outgoing.frames.append(body);
        }
    } else {
        outgoing.body = body; // shared: written frame by frame from here
    }
    enqueue(std::move(outgoing));
}

void ServiceChannel::enqueue(Outgoing outgoing)
{
    if (m_closing || m_socket->state() != QLocalSocket::ConnectedState)
        return;
    m_queuedBytes += outgoing.frames.size() + outgoing.body.size();
    m_queue.push_back(std::move(outgoing));
    pump();
}

void ServiceChannel::pump()
{
    if (m_pumping)
        return;
    if (m_socket->state() != QLocalSocket::ConnectedState) {
        // Gone: nothing queued can reach it.
        m_queue.clear();
        m_queuedBytes = 0;
        return;
    }
    m_pumping = true;
    while (!m_queue.empty() && m_socket->bytesToWrite() < HighWaterBytes) {
        Outgoing &next = m_queue.front();
        if (!next.frames.isEmpty()) {
            m_socket->write(next.frames);
            m_queuedBytes -= next.frames.size();
            next.frames.clear();
        }
        while (next.bodySent < next.body.size() && m_socket->bytesToWrite() < HighWaterBytes) {
            const qsizetype chunk = qMin(Protocol::MaxFramePayload, next.body.size() - next.bodySent);
            QByteArray header;
            Protocol::appendFrameHeader(header, Protocol::FrameType::Data, 0, next.stream, chunk);
            m_socket->write(header);
            // The one copy on this side: into the socket's buffer.
            m_socket->write(next.body.constData() + next.bodySent, chunk);
            next.bodySent += chunk;
            m_queuedBytes -= chunk;
        }
        if (next.bodySent < next.body.size())
            break;
        m_queue.pop_front();
    }
    m_pumping = false;
    if (m_closing && m_queue.empty())
        m_socket->disconnectFromServer(); // flushes the socket's buffer first
}

qint64 ServiceChannel::unwrittenBytes() const
{
    return m_queuedBytes + m_socket->bytesToWrite();
}

qint64 ServiceChannel::receivingBytes() const
{
    return m_incoming ? m_incoming->body.size() : 0;
}

void ServiceChannel::closeAfterWriting()
{
    m_closing = true;
    pump();
}

void ServiceChannel::flush()
{
    pump();
    m_socket->flush();
}

void ServiceChannel::onReadyRead()
{
    if (m_failed)
        return;
    const qint64 received
        = m_decoder.readFrom([this](char *data, qint64 maxSize) { return m_socket->read(data, maxSize); });
    if (received < 0) {
        fail(tr("protocol error: %1").arg(m_decoder.errorString()));
        return;
    }
    // A handler may delete the channel, or fail it.
    QPointer<ServiceChannel> alive(this);
    while (alive && !m_failed) {
        std::optional<Protocol::Frame> frame = m_decoder.next();
        if (!frame)
            break;
        handleFrame(std::move(*frame));
    }
}

void ServiceChannel::handleFrame(Protocol::Frame frame)
{
    if (m_incoming) {
        if (frame.type != Protocol::FrameType::Data || frame.streamId != m_incoming->stream) {
            fail(tr("protocol error: the bytes of a \"%1\" were interrupted").arg(m_incoming->message.type));
            return;
        }
        const qint64 missing = m_incoming->size - m_incoming->body.size();
        if (frame.payload.size() > missing) {
            fail(tr("protocol error: more bytes than a \"%1\" announced").arg(m_incoming->message.type));
            return;
        }
        if (m_incoming->body.isEmpty() && frame.payload.size() == m_incoming->size)
            m_incoming->body = std::move(frame.payload); // one frame: no copy
        else
            m_incoming->body.append(frame.payload); // grows with what arrived, not with the claim
        if (m_incoming->body.size() < m_incoming->size)
            return;
        Incoming whole = std::move(*m_incoming);
        m_incoming.reset();
        if (m_onMessage)
            m_onMessage(whole.message, whole.body);
        return;
    }
    if (frame.type != Protocol::FrameType::Control) {
        fail(tr("protocol error: a frame that is neither a message nor its bytes"));
        return;
    }
    QString error;
    std::optional<Protocol::ControlMessage> message = Protocol::decodeControl(frame.payload, &error);
    if (!message) {
        fail(tr("protocol error: %1").arg(error));
        return;
    }
    qint64 size = 0;
    if (message->fields.contains(ServiceProtocol::BytesField)) {
        const auto bytes
            = Protocol::integerField(message->fields, ServiceProtocol::BytesField, 0, Session::MaxMessageBytes, &error);
        if (!bytes) {
            fail(tr("protocol error: %1").arg(error));
            return;
        }
        size = *bytes;
        if (m_bodyCheck && !m_bodyCheck(*message, size, &error)) {
            fail(error);
            return;
        }
    }
    if (size == 0) {
        if (m_onMessage)
            m_onMessage(*message, {});
        return;
    }
    m_incoming = Incoming{std::move(*message), frame.streamId, size, {}};
}

void ServiceChannel::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_incoming.reset();
    if (m_onFailure)
        m_onFailure(reason);
}

} // namespace Tandem
