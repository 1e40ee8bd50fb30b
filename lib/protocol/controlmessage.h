#pragma once

#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QLatin1StringView>
#include <QString>

#include <optional>

// Control messages are CBOR maps carried in Control frames:
// {"type": "hello", ...fields}.
namespace Tandem::Protocol {

// A control frame larger than this is refused.
inline constexpr qsizetype MaxControlPayload = 64 * 1024;
// Length of "type", in UTF-16 code units (message types are ASCII words).
inline constexpr qsizetype MaxMessageTypeLength = 64;
// Arrays, maps and tags nested in each other, the top-level map included.
inline constexpr int MaxCborNestingDepth = 8;

// Why a peer refused something, as carried in the "code" of the
// session-reject, session-close and error messages. These are the wire's
// own codes, named here so that no layer has to borrow a facade's: each
// facade translates them into its API's vocabulary (AbilityConnectionManager
// into OpenHarmony's, SessionServer into softbus'). The values are fixed:
// peers since protocol version 1 send them.
enum class RefusalCode : int {
    Rejected = 1, // the peer's app said no
    NoSuchService = 4, // nothing on the peer serves the asked-for service
    Internal = 5, // the peer's system refused, e.g. a budget was reached
    NotPaired = 201, // the peer does not trust us (or no longer)
};

struct ControlMessage
{
    QString type; // e.g. "hello", "pair-request"
    QCborMap fields; // every field except "type"

    friend bool operator==(const ControlMessage &a, const ControlMessage &b) = default;
};

// Encodes {"type": type, ...fields} as a CBOR map: "type" first, then the
// fields in their order, so equal input gives equal bytes. A "type" key in
// `fields` is ignored. The result may exceed MaxControlPayload; the caller
// decides what to do with a message that large.
TANDEM_AUTOTEST_EXPORT QByteArray encodeControl(const QString &type, const QCborMap &fields = {});

// Decodes and validates a control payload: at most MaxControlPayload bytes,
// well-formed CBOR, exactly one top-level map (no trailing bytes) with a text
// "type" of 1..MaxMessageTypeLength characters, nesting at most
// MaxCborNestingDepth deep, no text or byte string longer than
// MaxControlPayload, no map with a duplicate key. Returns nullopt and sets
// *error (if not null) to a sentence saying why otherwise.
TANDEM_AUTOTEST_EXPORT std::optional<ControlMessage> decodeControl(QByteArrayView payload, QString *error);

// Checked accessors for message parsers: nullopt with *error set (if not
// null) when the field is missing, of another type or out of bounds.
TANDEM_AUTOTEST_EXPORT std::optional<QString> textField(const QCborMap &m, QLatin1StringView key,
                                                        qsizetype maxUtf8Bytes, QString *error);
TANDEM_AUTOTEST_EXPORT std::optional<QByteArray> bytesField(const QCborMap &m, QLatin1StringView key,
                                                            qsizetype maxBytes, QString *error);
TANDEM_AUTOTEST_EXPORT std::optional<qint64> integerField(const QCborMap &m, QLatin1StringView key, qint64 min,
                                                          qint64 max, QString *error);

} // namespace Tandem::Protocol
