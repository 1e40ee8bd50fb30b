#pragma once

#include <Tandem/deviceinfo.h>
#include <Tandem/tandem_export.h>
#include <Tandem/truststore.h>

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QList>

#include <chrono>
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
// 2: pairing, unpairing, files; 3: unregister-service, limit, watch;
// 4: adopt, consumed, a sequence on received (sessions survive the host);
// 5: watch-transfers, answer-transfer, names and tags (files through the
// host both ways); 6: answer-transfer's indexes (an older host would take
// every file).
inline constexpr int Version = 6;

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
// The host reads the files itself (it runs as the same user, which the
// socket's credentials prove): only their paths travel, absolute.
// With `names` (one per path: the names the peer is offered) and a `tag`
// (Transfer::tag(), softbus' session server), as TransferManager::send()
// with TransferSources.
inline constexpr QLatin1StringView SendFiles{"send-files"}; // {transfer, device, paths, names?, tag?}
inline constexpr QLatin1StringView CancelTransfer{"cancel-transfer"}; // {transfer, reason}
// Sessions peers open to a service the client registered come to it as
// "incoming"; it answers each. Those numbers are the host's, from
// FirstIncomingSession up; the client numbers its own below it.
inline constexpr QLatin1StringView RegisterService{"register-service"}; // {request, service}
inline constexpr QLatin1StringView Answer{"answer"}; // {session, accept, code?, reason?}
// No reply: a service the client does not serve is no error (it may have
// been refused); its sessions already open go on.
inline constexpr QLatin1StringView UnregisterService{"unregister-service"}; // {service}
// The largest message of a kind the client takes on a session
// (Session::setIncomingLimit): the host's session refuses a peer announcing
// more, so the host never holds what the app would refuse.
inline constexpr QLatin1StringView Limit{"limit"}; // {session, kind, most}
// A client that shows devices (a DeviceModel) watches: "watching" answers,
// then the host pushes "devices-changed" (at once, then at most every
// DevicePushInterval while the list changes) and the device's pairing
// events. Another device's request to pair comes as "pairing-requested";
// whoever answers first (a watcher's "pairing-decision", or the host's own
// window) decides it.
inline constexpr QLatin1StringView Watch{"watch"}; // {request}
inline constexpr QLatin1StringView PairingDecision{"pairing-decision"}; // {device, accept}
// The client took a session's messages of a kind up to `sequence`: only
// now is the peer told they arrived, so that a host that dies with
// messages it has not handed on loses none (the peer sends them again to
// the host that adopts the session).
inline constexpr QLatin1StringView Consumed{"consumed"}; // {session, kind, sequence}
// After the host it used died and another started on the profile, a
// client hands it each session it still has, where each lane stood
// (lanes: [[next send, last received], ...] per Session::Kind); it then
// sends again, as plain "send"s, every message not yet delivered. The
// host answers with the session's "state", or "closed" when it cannot.
inline constexpr QLatin1StringView Adopt{
    "adopt"}; // {session, device, service, opener, parameters, stream, outgoing, lanes}

// A client that shows transfers (a TransferModel) watches them: the host
// answers "watching-transfers", then tells it of each transfer of the
// host's device it did not send itself as "transfer-seen" — those running
// at once, then each new one, incoming offers included — numbered by the
// host from FirstIncomingSession up, followed as the client's own sends
// are ("transfer-progress", "file-verified", "transfer-ended"). A watcher
// may cancel any of them and answer an incoming offer; the first answer
// decides, from this client, another or the host's own window; an answer
// the host cannot carry out comes back as "transfer-answered" with the
// reason.
// An offer tagged with a service a client registered is shown to that
// client whether it watches or not: it is addressed to it (softbus).
inline constexpr QLatin1StringView WatchTransfers{"watch-transfers"}; // {request}
inline constexpr QLatin1StringView AnswerTransfer{"answer-transfer"}; // {transfer, accept, folder?, reason?, indexes?}

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
inline constexpr QLatin1StringView Received{"received"}; // {session, channel, kind, sequence, bytes} + bytes
inline constexpr QLatin1StringView Closed{"closed"}; // {session, reason, detail}
inline constexpr QLatin1StringView Unpaired{"unpaired"}; // {request, told} or {request, error}
// A pair's request is answered by any number of "pairing-code" (the client
// answers each with a "pairing-answer"), then one "pairing-ended".
inline constexpr QLatin1StringView PairingCode{"pairing-code"}; // {request, code}
inline constexpr QLatin1StringView PairingEnded{"pairing-ended"}; // {request, outcome, reason} or {request, error}
// A send-files is answered by "transfer-offered" (the files, as offered,
// in its bytes) or "transfer-failed"; then "transfer-progress" (at most
// every ProgressInterval, and at each change of state), "file-verified"
// per file, and one "transfer-ended".
inline constexpr QLatin1StringView TransferOffered{"transfer-offered"}; // {transfer, id, total, bytes} + CBOR files
inline constexpr QLatin1StringView TransferFailed{"transfer-failed"}; // {transfer, error}
inline constexpr QLatin1StringView TransferProgress{
    "transfer-progress"}; // {transfer, state, done, sent, verified, rate, eta}
inline constexpr QLatin1StringView FileVerified{"file-verified"}; // {transfer, index, sha256, path}
inline constexpr QLatin1StringView TransferEnded{"transfer-ended"}; // {transfer, state, reason} + progress fields
inline constexpr QLatin1StringView WatchingTransfers{"watching-transfers"}; // {request} or {request, error}
// The files as "transfer-offered" carries them, with how far each got
// (size, done, verified), cut at MaxSeenFileListBytes; count says how many
// the transfer has.
inline constexpr QLatin1StringView TransferSeen{
    "transfer-seen"}; // {transfer, id, device, incoming, state, total, count, folder, tag, bytes} + CBOR files
inline constexpr QLatin1StringView TransferAnswered{"transfer-answered"}; // {transfer, error}
inline constexpr QLatin1StringView Registered{"registered"}; // {request} or {request, error}
inline constexpr QLatin1StringView Incoming{"incoming"}; // {session, device, service, opener, parameters, stream}
inline constexpr QLatin1StringView Watching{"watching"}; // {request}
inline constexpr QLatin1StringView DevicesChanged{"devices-changed"}; // {bytes} + CBOR array of devices
inline constexpr QLatin1StringView PairingRequested{"pairing-requested"}; // {device, code}
inline constexpr QLatin1StringView PairingChanged{
    "pairing-changed"}; // {device, outcome, reason}: a pairing of the device ended
inline constexpr QLatin1StringView UnpairedEvent{"unpaired-event"}; // {device, by-peer}
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
inline constexpr QLatin1StringView TransferField{"transfer"};
inline constexpr QLatin1StringView PathsField{"paths"};
inline constexpr QLatin1StringView IdField{"id"};
inline constexpr QLatin1StringView TotalField{"total"};
inline constexpr QLatin1StringView DoneField{"done"};
inline constexpr QLatin1StringView SentField{"sent"};
inline constexpr QLatin1StringView VerifiedField{"verified"};
inline constexpr QLatin1StringView RateField{"rate"};
inline constexpr QLatin1StringView EtaField{"eta"};
inline constexpr QLatin1StringView IndexField{"index"};
inline constexpr QLatin1StringView Sha256Field{"sha256"};
inline constexpr QLatin1StringView PathField{"path"};
inline constexpr QLatin1StringView SizeField{"size"};
inline constexpr QLatin1StringView MostField{"most"};
inline constexpr QLatin1StringView ByPeerField{"by-peer"};
inline constexpr QLatin1StringView OutgoingField{"outgoing"};
inline constexpr QLatin1StringView LanesField{"lanes"};
inline constexpr QLatin1StringView IncomingField{"incoming"};
inline constexpr QLatin1StringView CountField{"count"};
inline constexpr QLatin1StringView FolderField{"folder"};
inline constexpr QLatin1StringView NamesField{"names"};
inline constexpr QLatin1StringView TagField{"tag"};
// answer-transfer: the offer's files chosen (Transfer::acceptFiles()); absent: all.
inline constexpr QLatin1StringView IndexesField{"indexes"};
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
// Session numbers: the client's own from 1 to LastClientSession, the
// host's for incoming sessions above.
inline constexpr quint32 LastClientSession = 0x7fffffff;
inline constexpr quint32 FirstIncomingSession = LastClientSession + 1;
// The paths one send-files carries: what a command line holds, each a path
// the file system takes; the whole message is a control message too
// (Protocol::MaxControlPayload), a folder counts as one.
inline constexpr int MaxPathsPerSend = 1024;
inline constexpr qsizetype MaxPathBytes = 4096;
// A transfer's file list travels as bytes after "transfer-offered", up to
// the offer's own bound (Transfer protocol: MaxOfferBytes).
inline constexpr qint64 MaxFileListBytes = qint64(32) * 1024 * 1024;
// The file list a "transfer-seen" carries: a watcher is told of every
// running transfer (at most TransferManager's 64 unfinished incoming ones
// and the clients' sends) at once, and the lists of offers a peer made
// must not together pass what the host lets a client leave unread
// (DeviceServiceHost::MaxUnreadBytesPerClient, 64 MiB). 512 KiB holds some
// thousands of files; the rest of a larger offer is counted, not listed.
inline constexpr qint64 MaxSeenFileListBytes = 512 * 1024;
// How often at most "devices-changed" is pushed while the list changes:
// discovery can change it many times a second, and a watcher needs it only
// as often as a person can read it.
inline constexpr std::chrono::milliseconds DevicePushInterval{250};
// How often at most "transfer-progress" is sent while bytes move.
inline constexpr std::chrono::milliseconds ProgressInterval{100};

// A DeviceInfo as the host sends it, and back.
QCborMap deviceToCbor(const DeviceInfo &device);
std::optional<DeviceInfo> deviceFromCbor(const QCborMap &map);
// A paired device: what `trusted` shows (no certificate: the host keeps it).
QCborMap trustedToCbor(const TrustedDevice &device);
std::optional<TrustedDevice> trustedFromCbor(const QCborMap &map);
// A list body: a CBOR array of maps; nothing when malformed.
std::optional<QList<QCborMap>> mapsFromCbor(const QByteArray &body);

} // namespace Tandem::ServiceProtocol
