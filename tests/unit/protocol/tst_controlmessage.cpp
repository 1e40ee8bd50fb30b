#include <Tandem/controlmessage.h>

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace Tandem::Protocol;
using namespace Qt::StringLiterals;

namespace {

// {"type": "a"} and its pieces, in hex, for hand-made hostile payloads.
const QByteArray TypeKeyHex = "6474797065"_ba;
const QByteArray TypeAHex = "a164747970656161"_ba;

QByteArray hex(const QByteArray &digits)
{
    return QByteArray::fromHex(digits);
}

// Array inside array, `depth` levels counting the outermost.
QCborValue nestedArrays(int depth)
{
    QCborValue value(1);
    for (int i = 0; i < depth; ++i)
        value = QCborArray{value};
    return value;
}

// A message {"type": "pad", "pad": h'00..'} of exactly `size` bytes.
QByteArray messageOfSize(qsizetype size)
{
    // The byte string's header is 3 bytes for sizes 256..65535, 5 above.
    qsizetype padding = size - 32;
    QByteArray message = encodeControl(u"pad"_s, {{u"pad"_s, QByteArray(padding, 'p')}});
    padding += size - message.size();
    message = encodeControl(u"pad"_s, {{u"pad"_s, QByteArray(padding, 'p')}});
    return message;
}

} // namespace

class tst_ControlMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void goldenBytes();
    void typeInFieldsIsIgnored();
    void rejected_data();
    void rejected();
    void nestingDepth_data();
    void nestingDepth();
    void payloadSize_data();
    void payloadSize();
    void hostilePayloadsAreCheap_data();
    void hostilePayloadsAreCheap();
    void largeFlatMap();
    void nullErrorPointer();
    void textField_data();
    void textField();
    void bytesField_data();
    void bytesField();
    void integerField_data();
    void integerField();
};

void tst_ControlMessage::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QCborMap>("fields");

    QTest::newRow("no fields") << u"ping"_s << QCborMap();
    QTest::newRow("scalars") << u"hello"_s << QCborMap{{u"name"_s, u"Kitchen tablet é"_s},
                                                       {u"version"_s, 3},
                                                       {u"negative"_s, -70000},
                                                       {u"id"_s, QByteArray("\x00\x01\xfe\xff", 4)},
                                                       {u"ok"_s, true},
                                                       {u"ratio"_s, 0.25},
                                                       {u"nothing"_s, QCborValue(nullptr)}};
    QTest::newRow("nested") << u"pair-request"_s
                            << QCborMap{{u"caps"_s, QCborArray{u"chat"_s, u"files"_s}},
                                        {u"peer"_s, QCborMap{{u"id"_s, u"3f2a"_s}, {u"port"_s, 4711}}},
                                        {42, u"integer key"_s}};
    QTest::newRow("longest type") << QString(MaxMessageTypeLength, u't') << QCborMap{{u"x"_s, 1}};
    QTest::newRow("one-character type") << u"x"_s << QCborMap();
}

void tst_ControlMessage::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QCborMap, fields);

    const QByteArray payload = encodeControl(type, fields);
    QCOMPARE(encodeControl(type, fields), payload); // deterministic
    QString error;
    const auto message = decodeControl(payload, &error);
    QVERIFY2(message, qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(message->type, type);
    QCOMPARE(message->fields, fields);
}

void tst_ControlMessage::goldenBytes()
{
    // {"type": "hello"}; then {"type": "ack", "seq": 7}: type first, fields in order.
    QCOMPARE(encodeControl(u"hello"_s),
             hex("a1"
                 "6474797065"
                 "6568656c6c6f"));
    QCOMPARE(encodeControl(u"ack"_s, {{u"seq"_s, 7}}),
             hex("a2"
                 "6474797065"
                 "6361636b"
                 "63736571"
                 "07"));
}

void tst_ControlMessage::typeInFieldsIsIgnored()
{
    const QByteArray payload = encodeControl(u"real"_s, {{u"type"_s, u"forged"_s}, {u"x"_s, 1}});
    QString error;
    const auto message = decodeControl(payload, &error);
    QVERIFY2(message, qPrintable(error));
    QCOMPARE(message->type, u"real"_s);
    QCOMPARE(message->fields, (QCborMap{{u"x"_s, 1}}));
}

void tst_ControlMessage::rejected_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");

    const QString notCbor = u"control message is not well-formed CBOR"_s;
    QTest::newRow("empty") << QByteArray() << u"control message is empty"_s;
    QTest::newRow("array") << hex("8101") << u"control message is not a CBOR map"_s;
    QTest::newRow("text") << hex("6161") << u"control message is not a CBOR map"_s;
    QTest::newRow("integer") << hex("01") << u"control message is not a CBOR map"_s;
    QTest::newRow("tagged map") << hex("c6" + TypeAHex) << u"control message is not a CBOR map"_s;
    QTest::newRow("break byte") << hex("ff") << notCbor;
    QTest::newRow("missing type") << hex("a1616101") << u"control message has no \"type\""_s;
    QTest::newRow("empty map") << hex("a0") << u"control message has no \"type\""_s;
    QTest::newRow("type as byte-string key") << hex("a144747970656161") << u"control message has no \"type\""_s;
    QTest::newRow("type is integer") << hex("a1" + TypeKeyHex + "05") << u"control message \"type\" is not text"_s;
    QTest::newRow("type is bytes") << hex("a1" + TypeKeyHex + "426869") << u"control message \"type\" is not text"_s;
    QTest::newRow("empty type") << hex("a1" + TypeKeyHex + "60")
                                << u"control message type must be 1 to 64 characters long, not 0"_s;
    QTest::newRow("too long type")
        << QCborMap{{u"type"_s, QString(MaxMessageTypeLength + 1, u't')}}.toCborValue().toCbor()
        << u"control message type must be 1 to 64 characters long, not 65"_s;
    QTest::newRow("trailing zero") << hex(TypeAHex + "00") << u"control message has 1 trailing bytes after its map"_s;
    QTest::newRow("trailing garbage") << hex(TypeAHex + "ffffff")
                                      << u"control message has 3 trailing bytes after its map"_s;
    QTest::newRow("second map") << hex(TypeAHex + TypeAHex) << u"control message has 8 trailing bytes after its map"_s;
    QTest::newRow("truncated") << hex(TypeAHex.chopped(2)) << notCbor;
    QTest::newRow("map missing a pair") << hex("a2" + TypeKeyHex + "6161") << notCbor;
    QTest::newRow("indefinite map, key without value") << hex("bf" + TypeKeyHex + "6161" + "6178" + "ff") << notCbor;
    QTest::newRow("invalid UTF-8") << hex("a1" + TypeKeyHex + "62c328") << notCbor;
    QTest::newRow("duplicate type") << hex("a2" + TypeKeyHex + "6161" + TypeKeyHex + "6162")
                                    << u"control message has a map with a duplicate key"_s;
    QTest::newRow("nested duplicate") << hex("a2" + TypeKeyHex + "6161" + "6161" + "a2" + "0101" + "0102")
                                      << u"control message has a map with a duplicate key"_s;
    QTest::newRow("byte string announcing 4 GiB") << hex("a2" + TypeKeyHex + "6161" + "6178" + "5b0000000100000000")
                                                  << u"control message holds a string longer than 65536 bytes"_s;
    QTest::newRow("text announcing 2^64-1 bytes") << hex("a2" + TypeKeyHex + "6161" + "6178" + "7bffffffffffffffff")
                                                  << u"control message holds a string longer than 65536 bytes"_s;
    QTest::newRow("byte string past the end")
        << hex("a2" + TypeKeyHex + "6161" + "6178" + "5a00000010" + "0102") << notCbor;
    QTest::newRow("array announcing 2^32 items")
        << hex("a2" + TypeKeyHex + "6161" + "6178" + "9b0000000100000000" + "01") << notCbor;
}

void tst_ControlMessage::rejected()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);

    QString actual;
    const auto message = decodeControl(payload, &actual);
    QVERIFY(!message);
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void tst_ControlMessage::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("accepted");

    // The top-level map is level 1.
    const auto arrays = [](int depth) { return encodeControl(u"a"_s, {{u"x"_s, nestedArrays(depth - 1)}}); };
    QTest::newRow("arrays, 8 levels") << arrays(MaxCborNestingDepth) << true;
    QTest::newRow("arrays, 9 levels") << arrays(MaxCborNestingDepth + 1) << false;

    QCborValue maps(u"leaf"_s);
    for (int i = 0; i < MaxCborNestingDepth - 1; ++i)
        maps = QCborMap{{u"m"_s, maps}};
    QTest::newRow("maps, 8 levels") << encodeControl(u"a"_s, {{u"x"_s, maps}}) << true;
    QTest::newRow("maps, 9 levels") << encodeControl(u"a"_s, {{u"x"_s, QCborMap{{u"m"_s, maps}}}}) << false;

    // Tags count as levels too: QCborValue builds a container for each.
    const auto tags
        = [](int count) { return hex("a2" + TypeKeyHex + "6161" + "6178" + QByteArray("c6").repeated(count) + "01"); };
    QTest::newRow("tags, 8 levels") << tags(MaxCborNestingDepth - 1) << true;
    QTest::newRow("tags, 9 levels") << tags(MaxCborNestingDepth) << false;
}

void tst_ControlMessage::nestingDepth()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, accepted);

    QString error;
    const auto message = decodeControl(payload, &error);
    QCOMPARE(bool(message), accepted);
    if (!accepted)
        QCOMPARE(error, u"control message nests deeper than 8 levels"_s);
}

void tst_ControlMessage::payloadSize_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly the limit") << MaxControlPayload << true;
    QTest::newRow("one byte over") << MaxControlPayload + 1 << false;
    QTest::newRow("twice the limit") << 2 * MaxControlPayload << false;
}

void tst_ControlMessage::payloadSize()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, accepted);

    const QByteArray payload = messageOfSize(size);
    QCOMPARE(payload.size(), size);
    QString error;
    const auto message = decodeControl(payload, &error);
    QCOMPARE(bool(message), accepted);
    if (accepted) {
        QCOMPARE(message->type, u"pad"_s);
    } else {
        QCOMPARE(error, u"control message of %1 bytes exceeds the 65536-byte limit"_s.arg(size));
    }
}

void tst_ControlMessage::hostilePayloadsAreCheap_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");

    // A full-size payload of nothing but container openings: refused at the
    // ninth level, without recursing or allocating for the rest.
    const QByteArray prefix = hex("a2" + TypeKeyHex + "6161" + "6178");
    const qsizetype fill = MaxControlPayload - prefix.size();
    QTest::newRow("definite arrays") << QByteArray(prefix + QByteArray(fill, '\x81'))
                                     << u"control message nests deeper than 8 levels"_s;
    QTest::newRow("indefinite arrays") << QByteArray(prefix + QByteArray(fill, '\x9f'))
                                       << u"control message nests deeper than 8 levels"_s;
    QTest::newRow("maps") << QByteArray(prefix + QByteArray(fill, '\xa1'))
                          << u"control message nests deeper than 8 levels"_s;
    QTest::newRow("tags") << QByteArray(prefix + QByteArray(fill, '\xc6'))
                          << u"control message nests deeper than 8 levels"_s;
    // A chunked string whose first chunk announces more than the limit.
    QTest::newRow("chunked string") << QByteArray(prefix
                                                  + hex("5f"
                                                        "5a00010001")
                                                  + QByteArray(fill - 6, '\0'))
                                    << u"control message holds a string longer than 65536 bytes"_s;
}

void tst_ControlMessage::hostilePayloadsAreCheap()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);

    QVERIFY(payload.size() <= MaxControlPayload);
    QString actual;
    QVERIFY(!decodeControl(payload, &actual));
    QCOMPARE(actual, error);
}

void tst_ControlMessage::largeFlatMap()
{
    // Thousands of small fields are legitimate, and the duplicate check must
    // not make them slow.
    QCborMap fields;
    for (int i = 0; i < 8000; ++i)
        fields.insert(i, i);
    const QByteArray payload = encodeControl(u"bulk"_s, fields);
    QVERIFY(payload.size() <= MaxControlPayload);
    QString error;
    const auto message = decodeControl(payload, &error);
    QVERIFY2(message, qPrintable(error));
    QCOMPARE(message->fields.size(), 8000);
}

void tst_ControlMessage::nullErrorPointer()
{
    QVERIFY(!decodeControl(hex("8101"), nullptr));
    QVERIFY(decodeControl(hex(TypeAHex), nullptr));
    const QCborMap fields{{u"n"_s, 1}};
    QVERIFY(!Tandem::Protocol::textField(fields, "n"_L1, 10, nullptr));
    QVERIFY(!Tandem::Protocol::bytesField(fields, "n"_L1, 10, nullptr));
    QVERIFY(!Tandem::Protocol::integerField(fields, "missing"_L1, 0, 10, nullptr));
}

void tst_ControlMessage::textField_data()
{
    QTest::addColumn<QCborMap>("fields");
    QTest::addColumn<qsizetype>("maxUtf8Bytes");
    QTest::addColumn<QString>("expected"); // null when refused
    QTest::addColumn<QString>("error");

    const QString e = u"é"_s; // two bytes of UTF-8
    QTest::newRow("ASCII") << QCborMap{{u"name"_s, u"tablet"_s}} << qsizetype(64) << u"tablet"_s << QString();
    QTest::newRow("empty text") << QCborMap{{u"name"_s, u""_s}} << qsizetype(64) << u""_s << QString();
    QTest::newRow("exactly the limit in UTF-8")
        << QCborMap{{u"name"_s, e.repeated(32)}} << qsizetype(64) << e.repeated(32) << QString();
    QTest::newRow("over the limit in UTF-8 only") << QCborMap{{u"name"_s, e.repeated(33)}} << qsizetype(64) << QString()
                                                  << u"field \"name\" is 66 bytes of UTF-8, more than the 64 allowed"_s;
    QTest::newRow("missing") << QCborMap{{u"other"_s, u"x"_s}} << qsizetype(64) << QString()
                             << u"field \"name\" is missing"_s;
    QTest::newRow("bytes, not text") << QCborMap{{u"name"_s, QByteArray("x")}} << qsizetype(64) << QString()
                                     << u"field \"name\" must be text"_s;
    QTest::newRow("integer, not text") << QCborMap{{u"name"_s, 5}} << qsizetype(64) << QString()
                                       << u"field \"name\" must be text"_s;
}

void tst_ControlMessage::textField()
{
    QFETCH(QCborMap, fields);
    QFETCH(qsizetype, maxUtf8Bytes);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    QString actualError;
    const auto value = Tandem::Protocol::textField(fields, "name"_L1, maxUtf8Bytes, &actualError);
    QCOMPARE(bool(value), !expected.isNull());
    if (value)
        QCOMPARE(*value, expected);
    QCOMPARE(actualError, error);
}

void tst_ControlMessage::bytesField_data()
{
    QTest::addColumn<QCborMap>("fields");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QByteArray>("expected"); // null when refused
    QTest::addColumn<QString>("error");

    QTest::newRow("fits") << QCborMap{{u"key"_s, QByteArray(32, 'k')}} << qsizetype(32) << QByteArray(32, 'k')
                          << QString();
    QTest::newRow("empty") << QCborMap{{u"key"_s, QByteArray("")}} << qsizetype(32) << QByteArray("") << QString();
    QTest::newRow("one over") << QCborMap{{u"key"_s, QByteArray(33, 'k')}} << qsizetype(32) << QByteArray()
                              << u"field \"key\" is 33 bytes, more than the 32 allowed"_s;
    QTest::newRow("missing") << QCborMap() << qsizetype(32) << QByteArray() << u"field \"key\" is missing"_s;
    QTest::newRow("text, not bytes") << QCborMap{{u"key"_s, u"abc"_s}} << qsizetype(32) << QByteArray()
                                     << u"field \"key\" must be a byte string"_s;
}

void tst_ControlMessage::bytesField()
{
    QFETCH(QCborMap, fields);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);

    QString actualError;
    const auto value = Tandem::Protocol::bytesField(fields, "key"_L1, maxBytes, &actualError);
    QCOMPARE(bool(value), !expected.isNull());
    if (value)
        QCOMPARE(*value, expected);
    QCOMPARE(actualError, error);
}

void tst_ControlMessage::integerField_data()
{
    QTest::addColumn<QCborValue>("field"); // undefined: absent
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("error");

    QTest::newRow("inside") << QCborValue(4711) << qint64(1) << qint64(65535) << true << QString();
    QTest::newRow("minimum") << QCborValue(1) << qint64(1) << qint64(65535) << true << QString();
    QTest::newRow("maximum") << QCborValue(65535) << qint64(1) << qint64(65535) << true << QString();
    QTest::newRow("below") << QCborValue(0) << qint64(1) << qint64(65535) << false
                           << u"field \"port\" is 0, outside 1..65535"_s;
    QTest::newRow("above") << QCborValue(65536) << qint64(1) << qint64(65535) << false
                           << u"field \"port\" is 65536, outside 1..65535"_s;
    QTest::newRow("full range") << QCborValue(std::numeric_limits<qint64>::min()) << std::numeric_limits<qint64>::min()
                                << std::numeric_limits<qint64>::max() << true << QString();
    QTest::newRow("double") << QCborValue(80.0) << qint64(1) << qint64(65535) << false
                            << u"field \"port\" must be an integer"_s;
    QTest::newRow("text") << QCborValue(u"80"_s) << qint64(1) << qint64(65535) << false
                          << u"field \"port\" must be an integer"_s;
    QTest::newRow("missing") << QCborValue() << qint64(1) << qint64(65535) << false << u"field \"port\" is missing"_s;
}

void tst_ControlMessage::integerField()
{
    QFETCH(QCborValue, field);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, accepted);
    QFETCH(QString, error);

    QCborMap fields{{u"other"_s, 1}};
    if (!field.isUndefined())
        fields.insert(u"port"_s, field);
    QString actualError;
    const auto value = Tandem::Protocol::integerField(fields, "port"_L1, min, max, &actualError);
    QCOMPARE(bool(value), accepted);
    if (value)
        QCOMPARE(*value, field.toInteger());
    QCOMPARE(actualError, error);
}

QTEST_APPLESS_MAIN(tst_ControlMessage)
#include "tst_controlmessage.moc"
