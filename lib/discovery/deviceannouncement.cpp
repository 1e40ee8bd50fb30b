#include "deviceannouncement.h"

#include <Tandem/profile.h>

#include <QCborStreamReader>
#include <QCborStreamWriter>

namespace Tandem {

namespace {

// Wire format, version 1: one definite-length CBOR map with text keys
//   "tdm" format version (the magic: a map without it is not ours)
//   "pv" protocol version, "id" device id (32 bytes), "n" name,
//   "t" device type, "p" TCP port, "r" wants a reply.
// Unknown keys are skipped so that later versions can add fields without
// becoming invisible to older devices; a change older devices must not
// misread bumps FormatVersion instead.
constexpr auto MagicKey = QLatin1StringView("tdm");
constexpr auto ProtocolVersionKey = QLatin1StringView("pv");
constexpr auto DeviceIdKey = QLatin1StringView("id");
constexpr auto NameKey = QLatin1StringView("n");
constexpr auto DeviceTypeKey = QLatin1StringView("t");
constexpr auto TcpPortKey = QLatin1StringView("p");
constexpr auto WantsReplyKey = QLatin1StringView("r");

constexpr quint64 FormatVersion = 1;
constexpr int MaxProtocolVersion = 0xffff; // a sane bound; the TLS hello negotiates the real one
constexpr qsizetype DeviceIdBytes = 32; // SHA-256
constexpr qsizetype DeviceIdHexDigits = 2 * DeviceIdBytes;
// Bounds for decoding, so a hostile datagram costs little to refuse.
constexpr qsizetype MaxMapEntries = 16;
constexpr qsizetype MaxKeyBytes = 8;
constexpr int MaxUnknownValueDepth = 4;

enum Field : unsigned {
    Magic = 1u << 0,
    ProtocolVersion = 1u << 1,
    DeviceId = 1u << 2,
    Name = 1u << 3,
    DeviceType = 1u << 4,
    TcpPort = 1u << 5,
    WantsReply = 1u << 6,
    AllFields = (1u << 7) - 1,
};

bool isDeviceId(const QString &id)
{
    if (id.size() != DeviceIdHexDigits)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString deviceTypeError(const QString &type)
{
    if (type.isEmpty() || type.size() > DeviceAnnouncement::MaxDeviceTypeLength)
        return QStringLiteral("the device type must be 1 to %1 characters long")
            .arg(DeviceAnnouncement::MaxDeviceTypeLength);
    for (const QChar c : type) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return QStringLiteral("the device type may only hold a-z, 0-9 and '-'");
    }
    return {};
}

// Reads a definite-length string of at most `maxBytes` (UTF-8 bytes for
// text): the length is checked before anything is read or allocated.
bool readText(QCborStreamReader &reader, qsizetype maxBytes, QString *out)
{
    if (!reader.isString() || !reader.isLengthKnown() || reader.length() > quint64(maxBytes))
        return false;
    QString text;
    for (auto chunk = reader.readString(); chunk.status != QCborStreamReader::EndOfString;
         chunk = reader.readString()) {
        if (chunk.status != QCborStreamReader::Ok)
            return false;
        text += chunk.data;
    }
    *out = text;
    return true;
}

bool readBytes(QCborStreamReader &reader, qsizetype exactBytes, QByteArray *out)
{
    if (!reader.isByteArray() || !reader.isLengthKnown() || reader.length() != quint64(exactBytes))
        return false;
    QByteArray bytes;
    for (auto chunk = reader.readByteArray(); chunk.status != QCborStreamReader::EndOfString;
         chunk = reader.readByteArray()) {
        if (chunk.status != QCborStreamReader::Ok)
            return false;
        bytes += chunk.data;
    }
    *out = bytes;
    return bytes.size() == exactBytes;
}

bool readUnsigned(QCborStreamReader &reader, quint64 min, quint64 max, quint64 *out)
{
    if (!reader.isUnsignedInteger())
        return false;
    const quint64 value = reader.toUnsignedInteger();
    if (value < min || value > max)
        return false;
    *out = value;
    return reader.next();
}

std::optional<DeviceAnnouncement> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

QString DeviceAnnouncement::validationError() const
{
    if (protocolVersion < 1 || protocolVersion > MaxProtocolVersion)
        return QStringLiteral("the protocol version must be 1 to %1").arg(MaxProtocolVersion);
    if (!isDeviceId(deviceId))
        return QStringLiteral("the device id must be %1 lowercase hex digits").arg(DeviceIdHexDigits);
    // The same check as a hello's name (Profile::validatePeerDeviceName).
    if (const QString error = Profile::validatePeerDeviceName(name); !error.isEmpty())
        return error;
    if (const QString error = deviceTypeError(deviceType); !error.isEmpty())
        return error;
    if (tcpPort == 0)
        return QStringLiteral("the TCP port must not be 0");
    return {};
}

QByteArray DeviceAnnouncement::encode() const
{
    if (!validationError().isEmpty())
        return {};
    QByteArray out;
    QCborStreamWriter writer(&out);
    writer.startMap(7);
    writer.append(MagicKey);
    writer.append(FormatVersion);
    writer.append(ProtocolVersionKey);
    writer.append(quint64(protocolVersion));
    writer.append(DeviceIdKey);
    writer.append(QByteArray::fromHex(deviceId.toLatin1()));
    writer.append(NameKey);
    writer.append(name);
    writer.append(DeviceTypeKey);
    writer.append(deviceType);
    writer.append(TcpPortKey);
    writer.append(quint64(tcpPort));
    writer.append(WantsReplyKey);
    writer.append(wantsReply);
    writer.endMap();
    if (out.size() > MaxSize)
        return {};
    return out;
}

std::optional<DeviceAnnouncement> DeviceAnnouncement::decode(QByteArrayView datagram, QString *error)
{
    if (datagram.isEmpty())
        return refuse(error, QStringLiteral("empty datagram"));
    if (datagram.size() > MaxSize)
        return refuse(error, QStringLiteral("datagram of %1 bytes, more than %2").arg(datagram.size()).arg(MaxSize));

    QCborStreamReader reader(datagram.data(), datagram.size());
    if (!reader.isMap())
        return refuse(error, QStringLiteral("not a CBOR map"));
    if (!reader.isLengthKnown() || reader.length() > quint64(MaxMapEntries))
        return refuse(error, QStringLiteral("map of unknown length or more than %1 entries").arg(MaxMapEntries));
    if (!reader.enterContainer())
        return refuse(error, QStringLiteral("malformed CBOR"));

    DeviceAnnouncement a;
    unsigned seen = 0;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        QString key;
        if (!readText(reader, MaxKeyBytes, &key))
            return refuse(error, QStringLiteral("a map key is not a short text string"));
        const auto field = [&]() -> unsigned {
            if (key == MagicKey)
                return Magic;
            if (key == ProtocolVersionKey)
                return ProtocolVersion;
            if (key == DeviceIdKey)
                return DeviceId;
            if (key == NameKey)
                return Name;
            if (key == DeviceTypeKey)
                return DeviceType;
            if (key == TcpPortKey)
                return TcpPort;
            if (key == WantsReplyKey)
                return WantsReply;
            return 0;
        }();
        if (field == 0) {
            if (!reader.next(MaxUnknownValueDepth))
                return refuse(error, QStringLiteral("malformed value for unknown key \"%1\"").arg(key));
            continue;
        }
        if (seen & field)
            return refuse(error, QStringLiteral("duplicate key \"%1\"").arg(key));
        seen |= field;

        bool ok = false;
        quint64 number = 0;
        switch (field) {
        case Magic:
            ok = readUnsigned(reader, FormatVersion, FormatVersion, &number);
            if (!ok)
                return refuse(error, QStringLiteral("unsupported announcement format"));
            break;
        case ProtocolVersion:
            ok = readUnsigned(reader, 1, MaxProtocolVersion, &number);
            a.protocolVersion = int(number);
            break;
        case DeviceId: {
            QByteArray id;
            ok = readBytes(reader, DeviceIdBytes, &id);
            a.deviceId = QString::fromLatin1(id.toHex());
            break;
        }
        case Name:
            ok = readText(reader, Profile::MaxDeviceNameBytes, &a.name);
            break;
        case DeviceType:
            ok = readText(reader, MaxDeviceTypeLength, &a.deviceType);
            break;
        case TcpPort:
            ok = readUnsigned(reader, 1, 0xffff, &number);
            a.tcpPort = quint16(number);
            break;
        case WantsReply:
            ok = reader.isBool();
            a.wantsReply = ok && reader.toBool();
            ok = ok && reader.next();
            break;
        }
        if (!ok && reader.lastError() != QCborError::NoError)
            return refuse(error, QStringLiteral("malformed CBOR: %1").arg(reader.lastError().toString()));
        if (!ok)
            return refuse(error, QStringLiteral("bad value for \"%1\"").arg(key));
    }
    if (reader.lastError() != QCborError::NoError)
        return refuse(error, QStringLiteral("malformed CBOR: %1").arg(reader.lastError().toString()));
    if (!reader.leaveContainer())
        return refuse(error, QStringLiteral("malformed CBOR"));
    if (reader.currentOffset() != datagram.size())
        return refuse(error, QStringLiteral("trailing bytes after the announcement"));
    if (!(seen & Magic))
        return refuse(error, QStringLiteral("not a Tandem announcement"));
    if (seen != AllFields)
        return refuse(error, QStringLiteral("missing fields"));
    if (const QString why = a.validationError(); !why.isEmpty())
        return refuse(error, why);
    return a;
}

} // namespace Tandem
