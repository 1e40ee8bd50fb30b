#pragma once

#include <Tandem/deviceinfo.h>
#include <Tandem/tandem_export.h>
#include <Tandem/truststore.h>

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QList>

#include <optional>

// The device service's messages between a host and its clients, over a
// local socket (docs/service.md). Framing is the wire's own
// (Protocol::encodeFrame, FrameDecoder); each request and event is one
// control frame holding a CBOR map, {"type": ..., fields}, and a message's
// bytes follow it in data frames (ServiceChannel).
namespace Tandem::ServiceProtocol {

// Bumped on any change a peer of the other version would misread; the
// host refuses a hello of another version with a sentence saying which it
// speaks (client and host come from one installation, so they match unless
// one was upgraded under the other).
inline constexpr int Version = 1;

// Client to host.
inline constexpr QLatin1StringView Hello{"hello"}; // {version, app}
inline constexpr QLatin1StringView Devices{"devices"}; // {request}
inline constexpr QLatin1StringView Trusted{"trusted"}; // {request}
inline constexpr QLatin1StringView Find{"find"}; // {request, query}
inline constexpr QLatin1StringView Open{"open"}; // {session, device, service, opener, parameters}
inline constexpr QLatin1StringView Send{"send"}; // {session, channel, kind, bytes} + bytes
inline constexpr QLatin1StringView Close{"close"}; // {session, reason}
inline constexpr QLatin1StringView Unpair{"unpair"}; // {request, device}
inline constexpr QLatin1StringView Pair{"pair"}; // {request, device}
inline constexpr QLatin1StringView PairingAnswer{"pairing-answer"}; // {request, accept}: the pair's request

// Host to client.
inline constexpr QLatin1StringView HelloAck{"hello-ack"}; // {version, device, name, limits}
inline constexpr QLatin1StringView Error{"error"}; // {message}; the host closes the connection
inline constexpr QLatin1StringView DeviceList{"device-list"}; // {request, bytes} + CBOR array of devices
inline constexpr QLatin1StringView TrustedList{"trusted-list"}; // {request, bytes} + CBOR array
inline constexpr QLatin1StringView Found{"found"}; // {request, device} or {request, error}
inline constexpr QLatin1StringView Opening{"opening"}; // {session, stream}
inline constexpr QLatin1StringView OpenFailed{"open-failed"}; // {session, error}
inline constexpr QLatin1StringView Opened{"opened"}; // {session}
inline constexpr QLatin1StringView Refused{"refused"}; // {session, code, reason}
inline constexpr QLatin1StringView State{"state"}; // {session, state}
inline constexpr QLatin1StringView Sent{"sent"}; // {session, kind, sequence}
inline constexpr QLatin1StringView SendFailed{"send-failed"}; // {session, kind, error}
inline constexpr QLatin1StringView Delivered{"delivered"}; // {session, kind, sequence}
inline constexpr QLatin1StringView Received{"received"}; // {session, channel, kind, bytes} + bytes
inline constexpr QLatin1StringView Closed{"closed"}; // {session, reason, detail}
inline constexpr QLatin1StringView Unpaired{"unpaired"}; // {request, told} or {request, error}
// A pair's request is answered by any number of "pairing-code" (the client
// answers each with a "pairing-answer"), then one "pairing-ended".
inline constexpr QLatin1StringView PairingCode{"pairing-code"}; // {request, code}
inline constexpr QLatin1StringView PairingEnded{"pairing-ended"}; // {request, outcome, reason} or {request, error}
// No "undelivered": when "closed" comes, every message the client sent
// after the last "delivered" was not delivered, including sends the host
// never took, and the client knows which those are; the host's list would
// be a subset of them.

// Field names.
inline constexpr QLatin1StringView VersionField{"version"};
inline constexpr QLatin1StringView AppField{"app"};
inline constexpr QLatin1StringView RequestField{"request"};
inline constexpr QLatin1StringView QueryField{"query"};
inline constexpr QLatin1StringView SessionField{"session"};
inline constexpr QLatin1StringView DeviceField{"device"};
inline constexpr QLatin1StringView NameField{"name"};
inline constexpr QLatin1StringView ServiceField{"service"};
inline constexpr QLatin1StringView OpenerField{"opener"};
inline constexpr QLatin1StringView ParametersField{"parameters"};
inline constexpr QLatin1StringView ChannelField{"channel"};
inline constexpr QLatin1StringView KindField{"kind"};
inline constexpr QLatin1StringView BytesField{"bytes"};
inline constexpr QLatin1StringView StreamField{"stream"};
inline constexpr QLatin1StringView SequenceField{"sequence"};
inline constexpr QLatin1StringView StateField{"state"};
inline constexpr QLatin1StringView CodeField{"code"};
inline constexpr QLatin1StringView ReasonField{"reason"};
inline constexpr QLatin1StringView DetailField{"detail"};
inline constexpr QLatin1StringView ErrorField{"error"};
inline constexpr QLatin1StringView MessageField{"message"};
inline constexpr QLatin1StringView LimitsField{"limits"};
inline constexpr QLatin1StringView ToldField{"told"};
inline constexpr QLatin1StringView AcceptField{"accept"};
inline constexpr QLatin1StringView OutcomeField{"outcome"};
// Inside "limits": the budgets a client keeps to so that the host never has
// to refuse it (DeviceServiceHost's constants, the session manager's queue).
inline constexpr QLatin1StringView MaxSessionsLimit{"sessions"};
inline constexpr QLatin1StringView MaxQueuedBytesLimit{"queued-bytes"};
inline constexpr QLatin1StringView SessionQueuedMessagesLimit{"session-queued-messages"};
inline constexpr QLatin1StringView SessionQueuedBytesLimit{"session-queued-bytes"};

// The longest app name a hello carries, in UTF-8 bytes: a name for logs.
inline constexpr qsizetype MaxAppNameBytes = 255;
// The longest device query a find carries: an id, a prefix or a name.
inline constexpr qsizetype MaxQueryBytes = 255;
// The longest refusal, close or error text carried: what the session layer
// carries of a peer's reason and more.
inline constexpr qsizetype MaxReasonBytes = 4096;
// A device or trusted list travels as bytes after its control message:
// 256 discovered and 1024 paired devices at a few hundred bytes each fit
// many times over.
inline constexpr qint64 MaxListBytes = qint64(4) * 1024 * 1024;

// A DeviceInfo as the host sends it, and back.
QCborMap deviceToCbor(const DeviceInfo &device);
std::optional<DeviceInfo> deviceFromCbor(const QCborMap &map);
// A paired device: what `trusted` shows (no certificate: the host keeps it).
QCborMap trustedToCbor(const TrustedDevice &device);
std::optional<TrustedDevice> trustedFromCbor(const QCborMap &map);
// A list body: a CBOR array of maps; nothing when malformed.
std::optional<QList<QCborMap>> mapsFromCbor(const QByteArray &body);

} // namespace Tandem::ServiceProtocol
