#pragma once

// A client of the device service that speaks its protocol by hand, to do
// what DeviceServiceClient never does: break the host's rules, stop
// reading, hand back a session as it pleases.

#include <Tandem/controlmessage.h>
#include <Tandem/frame.h>
#include <Tandem/serviceprotocol_p.h>

#include <QCborMap>
#include <QLocalSocket>
#include <QTest>

#include <optional>
#include <utility>

namespace TandemTest {

inline constexpr int RawTimeout = 20000;

// Speaks the service protocol by hand, over a real local socket.
class RawClient
{
public:
    explicit RawClient(const QString &path)
    {
        m_socket.connectToServer(path);
        m_socket.waitForConnected(RawTimeout);
    }
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    QLocalSocket &socket() { return m_socket; }
    void send(QLatin1StringView type, const QCborMap &fields = {}, quint32 stream = 0)
    {
        m_socket.write(Tandem::Protocol::encodeFrame(
            {Tandem::Protocol::FrameType::Control, 0, stream, Tandem::Protocol::encodeControl(type, fields)}));
    }
    void hello(int version = Tandem::ServiceProtocol::Version)
    {
        QCborMap fields;
        fields.insert(Tandem::ServiceProtocol::VersionField, version);
        fields.insert(Tandem::ServiceProtocol::AppField, QStringLiteral("raw"));
        send(Tandem::ServiceProtocol::Hello, fields);
    }
    void sendBytes(quint32 stream, const QByteArray &bytes)
    {
        for (qsizetype at = 0; at < bytes.size(); at += Tandem::Protocol::MaxFramePayload)
            m_socket.write(Tandem::Protocol::encodeFrame(
                {Tandem::Protocol::FrameType::Data, 0, stream, bytes.mid(at, Tandem::Protocol::MaxFramePayload)}));
    }
    // The next control message of `type` (others are skipped), or nothing.
    std::optional<Tandem::Protocol::ControlMessage> waitFor(QLatin1StringView type)
    {
        std::optional<Tandem::Protocol::ControlMessage> found;
        (void)QTest::qWaitFor(
            [&] {
                m_decoder.feed(m_socket.readAll());
                while (auto frame = m_decoder.next()) {
                    if (frame->type != Tandem::Protocol::FrameType::Control)
                        continue;
                    auto message = Tandem::Protocol::decodeControl(frame->payload, nullptr);
                    if (message && message->type == type) {
                        found = message;
                        return true;
                    }
                }
                return m_socket.state() != QLocalSocket::ConnectedState && m_socket.bytesAvailable() == 0;
            },
            RawTimeout);
        return found;
    }
    // The next control message of `type` and the bytes it announces
    // (others are skipped), or nothing. What arrived of a message whose
    // bytes are cut off by the host's end is dropped.
    std::optional<std::pair<Tandem::Protocol::ControlMessage, QByteArray>> waitForWithBody(QLatin1StringView type,
                                                                                           int timeoutMs = RawTimeout)
    {
        std::optional<std::pair<Tandem::Protocol::ControlMessage, QByteArray>> found;
        (void)QTest::qWaitFor(
            [&] {
                m_decoder.feed(m_socket.readAll());
                while (auto frame = m_decoder.next()) {
                    if (frame->type == Tandem::Protocol::FrameType::Data) {
                        if (m_body) {
                            m_body->second += frame->payload;
                            if (m_body->second.size() >= m_bodyBytes && m_body->first.type == type) {
                                found = std::exchange(m_body, std::nullopt);
                                return true;
                            }
                        }
                        continue;
                    }
                    auto message = Tandem::Protocol::decodeControl(frame->payload, nullptr);
                    if (!message)
                        continue;
                    m_bodyBytes = message->fields.value(Tandem::ServiceProtocol::BytesField).toInteger();
                    m_body = std::pair{*message, QByteArray()};
                    if (m_bodyBytes == 0 && message->type == type) {
                        found = std::exchange(m_body, std::nullopt);
                        return true;
                    }
                }
                return m_socket.state() != QLocalSocket::ConnectedState && m_socket.bytesAvailable() == 0;
            },
            timeoutMs);
        return found;
    }
    // Reads (and drops) whatever comes until the host closed the socket: a
    // socket whose read buffer is full does not see the end.
    bool waitForDisconnect()
    {
        m_socket.setReadBufferSize(0);
        return QTest::qWaitFor(
            [this] {
                m_socket.readAll();
                return m_socket.state() == QLocalSocket::UnconnectedState;
            },
            RawTimeout);
    }

private:
    QLocalSocket m_socket;
    Tandem::Protocol::FrameDecoder m_decoder;
    std::optional<std::pair<Tandem::Protocol::ControlMessage, QByteArray>> m_body;
    qint64 m_bodyBytes = 0;
};

} // namespace TandemTest
