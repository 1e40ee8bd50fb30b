#include "controlmessage.h"

#include "protocollogging_p.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tandem::Protocol {

namespace {

constexpr auto TypeKey = "type"_L1;

// Sets *error (callers may pass null); returns nullopt so that every failure
// path is one line.
std::nullopt_t reject(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::nullopt_t rejectMessage(QString *error, const QString &message)
{
    // Debug only: a hostile peer must not be able to flood the log.
    qCDebug(lcProtocol) << "control message rejected:" << message;
    return reject(error, message);
}

// Walks one CBOR item with the stream reader, building nothing, so that a
// hostile payload is measured before QCborValue allocates for it: checks that
// it is well-formed, that strings fit MaxControlPayload and that containers
// and tags nest at most MaxCborNestingDepth deep. `depth` counts the levels
// around the item. On failure, *why is set unless the reader's own error
// says it.
bool checkCborItem(QCborStreamReader &reader, int depth, QString *why)
{
    switch (reader.type()) {
    case QCborStreamReader::Array:
    case QCborStreamReader::Map: {
        if (depth >= MaxCborNestingDepth) {
            *why = u"control message nests deeper than %1 levels"_s.arg(MaxCborNestingDepth);
            return false;
        }
        if (!reader.enterContainer())
            return false;
        // A map's keys and values are items alike; the reader itself refuses
        // a key without a value.
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            if (!checkCborItem(reader, depth + 1, why))
                return false;
        }
        if (reader.lastError() != QCborError::NoError)
            return false;
        return reader.leaveContainer();
    }
    case QCborStreamReader::Tag:
        if (depth >= MaxCborNestingDepth) {
            *why = u"control message nests deeper than %1 levels"_s.arg(MaxCborNestingDepth);
            return false;
        }
        // Moves past the tag number only, onto the tagged item.
        if (!reader.next())
            return false;
        return checkCborItem(reader, depth + 1, why);
    case QCborStreamReader::String:
    case QCborStreamReader::ByteArray: {
        // Skips chunk by chunk without copying; the announced size is checked
        // before anything is read.
        qsizetype total = 0;
        for (;;) {
            const qsizetype chunk = reader.currentStringChunkSize();
            // A size beyond qsizetype is reported as DataTooLarge.
            const bool tooLarge = chunk < 0 && reader.lastError() == QCborError::DataTooLarge;
            if (chunk < 0 && !tooLarge)
                return false;
            if (tooLarge || chunk > MaxControlPayload - total) {
                *why = u"control message holds a string longer than %1 bytes"_s.arg(MaxControlPayload);
                return false;
            }
            char sink;
            const auto read = reader.readStringChunk(&sink, 0);
            if (read.status == QCborStreamReader::Error)
                return false;
            if (read.status == QCborStreamReader::EndOfString)
                return true;
            total += chunk;
        }
    }
    case QCborStreamReader::Invalid:
        return false;
    default:
        return reader.next();
    }
}

QString malformed(const QCborStreamReader &reader)
{
    const QCborError error = reader.lastError();
    if (error == QCborError::NoError)
        return u"control message is not well-formed CBOR"_s;
    return u"control message is not well-formed CBOR: %1 at byte %2"_s.arg(error.toString())
        .arg(reader.currentOffset());
}

// QCborMap keeps duplicate keys and value() finds the first, so a parser and
// a peer could disagree about what a message says; refuse such maps. Keys are
// compared by their CBOR encoding, which QCborValue normalises. The depth was
// bounded by checkCborItem(), so the recursion is too.
bool hasDuplicateKey(const QCborValue &value)
{
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        return std::any_of(array.cbegin(), array.cend(), [](const QCborValue &item) { return hasDuplicateKey(item); });
    }
    if (value.isTag())
        return hasDuplicateKey(value.taggedValue());
    if (!value.isMap())
        return false;
    const QCborMap map = value.toMap();
    QList<QByteArray> keys;
    keys.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (hasDuplicateKey(it.value()))
            return true;
        keys.append(it.key().toCbor());
    }
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.cbegin(), keys.cend()) != keys.cend();
}

bool isTypeKey(const QCborValue &key)
{
    return key.isString() && key.toString() == TypeKey;
}

} // namespace

QByteArray encodeControl(const QString &type, const QCborMap &fields)
{
    Q_ASSERT(!type.isEmpty() && type.size() <= MaxMessageTypeLength);
    quint64 fieldCount = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldCount += isTypeKey(it.key()) ? 0 : 1;
    QByteArray out;
    {
        QCborStreamWriter writer(&out);
        writer.startMap(fieldCount + 1);
        writer.append(TypeKey);
        writer.append(type);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QCborValue key = it.key();
            if (isTypeKey(key))
                continue;
            key.toCbor(writer);
            it.value().toCbor(writer);
        }
        writer.endMap();
    }
    return out;
}

std::optional<ControlMessage> decodeControl(QByteArrayView payload, QString *error)
{
    if (payload.size() > MaxControlPayload) {
        return rejectMessage(
            error,
            u"control message of %1 bytes exceeds the %2-byte limit"_s.arg(payload.size()).arg(MaxControlPayload));
    }
    if (payload.isEmpty())
        return rejectMessage(error, u"control message is empty"_s);

    QCborStreamReader reader(payload.data(), payload.size());
    if (reader.lastError() != QCborError::NoError)
        return rejectMessage(error, malformed(reader));
    if (!reader.isMap())
        return rejectMessage(error, u"control message is not a CBOR map"_s);
    QString why;
    if (!checkCborItem(reader, 0, &why))
        return rejectMessage(error, why.isEmpty() ? malformed(reader) : why);
    if (const qint64 end = reader.currentOffset(); end != payload.size()) {
        return rejectMessage(error, u"control message has %1 trailing bytes after its map"_s.arg(payload.size() - end));
    }

    // Safe to build now: the shape and the sizes are known to be bounded.
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload.data(), payload.size(), &parseError);
    if (parseError.error != QCborError::NoError) {
        return rejectMessage(error,
                             u"control message is not well-formed CBOR: %1 at byte %2"_s.arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (hasDuplicateKey(value))
        return rejectMessage(error, u"control message has a map with a duplicate key"_s);

    QCborMap fields = value.toMap();
    const auto typeIt = fields.constFind(TypeKey);
    if (typeIt == fields.constEnd())
        return rejectMessage(error, u"control message has no \"type\""_s);
    if (!typeIt.value().isString())
        return rejectMessage(error, u"control message \"type\" is not text"_s);
    ControlMessage message;
    message.type = typeIt.value().toString();
    if (message.type.isEmpty() || message.type.size() > MaxMessageTypeLength) {
        return rejectMessage(error,
                             u"control message type must be 1 to %1 characters long, not %2"_s.arg(MaxMessageTypeLength)
                                 .arg(message.type.size()));
    }
    fields.remove(TypeKey);
    message.fields = std::move(fields);
    return message;
}

std::optional<QString> textField(const QCborMap &m, QLatin1StringView key, qsizetype maxUtf8Bytes, QString *error)
{
    const auto it = m.constFind(key);
    if (it == m.constEnd())
        return reject(error, u"field \"%1\" is missing"_s.arg(key));
    if (!it.value().isString())
        return reject(error, u"field \"%1\" must be text"_s.arg(key));
    QString text = it.value().toString();
    if (const qsizetype size = text.toUtf8().size(); size > maxUtf8Bytes) {
        return reject(
            error,
            u"field \"%1\" is %2 bytes of UTF-8, more than the %3 allowed"_s.arg(key).arg(size).arg(maxUtf8Bytes));
    }
    return text;
}

std::optional<QByteArray> bytesField(const QCborMap &m, QLatin1StringView key, qsizetype maxBytes, QString *error)
{
    const auto it = m.constFind(key);
    if (it == m.constEnd())
        return reject(error, u"field \"%1\" is missing"_s.arg(key));
    if (!it.value().isByteArray())
        return reject(error, u"field \"%1\" must be a byte string"_s.arg(key));
    QByteArray bytes = it.value().toByteArray();
    if (bytes.size() > maxBytes)
        return reject(error,
                      u"field \"%1\" is %2 bytes, more than the %3 allowed"_s.arg(key).arg(bytes.size()).arg(maxBytes));
    return bytes;
}

std::optional<qint64> integerField(const QCborMap &m, QLatin1StringView key, qint64 min, qint64 max, QString *error)
{
    const auto it = m.constFind(key);
    if (it == m.constEnd())
        return reject(error, u"field \"%1\" is missing"_s.arg(key));
    if (!it.value().isInteger())
        return reject(error, u"field \"%1\" must be an integer"_s.arg(key));
    const qint64 value = it.value().toInteger();
    if (value < min || value > max)
        return reject(error, u"field \"%1\" is %2, outside %3..%4"_s.arg(key).arg(value).arg(min).arg(max));
    return value;
}

} // namespace Tandem::Protocol
