#include <Tandem/deviceannouncement.h>
#include <Tandem/profile.h>

#include <QCborStreamWriter>
#include <QCborValue>
#include <QTest>

using namespace Qt::StringLiterals;
using Tandem::DeviceAnnouncement;

namespace {

// Keys are values too, so that tests can write keys of the wrong type.
using Entries = QList<std::pair<QCborValue, QCborValue>>;

DeviceAnnouncement validAnnouncement()
{
    DeviceAnnouncement a;
    a.deviceId = u"0123456789abcdef"_s.repeated(4);
    a.name = u"Kitchen tablet"_s;
    a.deviceType = u"tablet"_s;
    a.tcpPort = 47317;
    return a;
}

// The wire fields of validAnnouncement(), for tests that craft datagrams.
Entries validEntries()
{
    const DeviceAnnouncement a = validAnnouncement();
    return {
        {u"tdm"_s, 1},          {u"pv"_s, a.protocolVersion}, {u"id"_s, QByteArray::fromHex(a.deviceId.toLatin1())},
        {u"n"_s, a.name},       {u"t"_s, a.deviceType},       {u"p"_s, a.tcpPort},
        {u"r"_s, a.wantsReply},
    };
}

// Writes entries as a CBOR map in order (duplicates allowed, unlike QCborMap).
QByteArray wire(const Entries &entries)
{
    QByteArray out;
    QCborStreamWriter writer(&out);
    writer.startMap(entries.size());
    for (const auto &[key, value] : entries) {
        key.toCbor(writer);
        value.toCbor(writer);
    }
    writer.endMap();
    return out;
}

Entries with(const QString &key, const QCborValue &value)
{
    Entries entries = validEntries();
    for (auto &entry : entries) {
        if (entry.first == QCborValue(key))
            entry.second = value;
    }
    return entries;
}

Entries without(const QString &key)
{
    Entries entries = validEntries();
    entries.removeIf([&](const auto &entry) { return entry.first == QCborValue(key); });
    return entries;
}

// A valid datagram grown to exactly `size` bytes by an unknown key's padding.
QByteArray paddedTo(qsizetype size)
{
    Entries entries = validEntries();
    entries.append({u"pad"_s, QByteArray()});
    const qsizetype base = wire(entries).size();
    // A byte string of 24..255 bytes has a two-byte header, one more than
    // the empty one; 256..65535 a three-byte one.
    qsizetype padding = size - base - 1;
    if (padding >= 256)
        padding -= 1;
    entries.last().second = QByteArray(padding, 'x');
    return wire(entries);
}

} // namespace

class tst_DeviceAnnouncement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void encodeRefusesInvalid_data();
    void encodeRefusesInvalid();
    void decodeRefuses_data();
    void decodeRefuses();
    void decodeSkipsUnknownKeys();
    void sizeBoundary();
};

void tst_DeviceAnnouncement::roundTrip_data()
{
    QTest::addColumn<DeviceAnnouncement>("announcement");
    QTest::newRow("plain") << validAnnouncement();
    DeviceAnnouncement a = validAnnouncement();
    a.wantsReply = true;
    QTest::newRow("wants reply") << a;
    a = validAnnouncement();
    a.name = u"é"_s.repeated(Tandem::Profile::MaxDeviceNameBytes / 2); // 64 bytes of UTF-8
    a.deviceType = QString(DeviceAnnouncement::MaxDeviceTypeLength, u'x');
    a.tcpPort = 65535;
    a.protocolVersion = 7;
    QTest::newRow("at every bound") << a;
    a = validAnnouncement();
    a.name = u"名前 \U0001F600"_s; // CJK and a non-BMP emoji
    a.tcpPort = 1;
    QTest::newRow("non-latin name") << a;
}

void tst_DeviceAnnouncement::roundTrip()
{
    QFETCH(DeviceAnnouncement, announcement);
    QCOMPARE(announcement.validationError(), QString());
    const QByteArray bytes = announcement.encode();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() <= DeviceAnnouncement::MaxSize);
    QString error;
    const auto decoded = DeviceAnnouncement::decode(bytes, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, announcement);
}

void tst_DeviceAnnouncement::encodeRefusesInvalid_data()
{
    QTest::addColumn<DeviceAnnouncement>("announcement");
    const auto changed = [](auto change) {
        DeviceAnnouncement a = validAnnouncement();
        change(a);
        return a;
    };
    QTest::newRow("empty id") << changed([](auto &a) { a.deviceId.clear(); });
    QTest::newRow("short id") << changed([](auto &a) { a.deviceId.chop(1); });
    QTest::newRow("long id") << changed([](auto &a) { a.deviceId += u'0'; });
    QTest::newRow("uppercase id") << changed([](auto &a) { a.deviceId = a.deviceId.toUpper(); });
    QTest::newRow("non-hex id") << changed([](auto &a) { a.deviceId[0] = u'g'; });
    QTest::newRow("empty name") << changed([](auto &a) { a.name.clear(); });
    QTest::newRow("name 65 bytes") << changed([](auto &a) { a.name = u"é"_s.repeated(32) + u'a'; });
    QTest::newRow("name 66 bytes") << changed([](auto &a) { a.name = u"é"_s.repeated(33); });
    QTest::newRow("name untrimmed") << changed([](auto &a) { a.name = u" Kitchen"_s; });
    QTest::newRow("name control") << changed([](auto &a) { a.name = u"a\nb"_s; });
    QTest::newRow("name bidi") << changed([](auto &a) { a.name = u"evil\u202Etxt.exe"_s; });
    QTest::newRow("empty type") << changed([](auto &a) { a.deviceType.clear(); });
    QTest::newRow("type too long") << changed([](auto &a) { a.deviceType = QString(17, u'x'); });
    QTest::newRow("type uppercase") << changed([](auto &a) { a.deviceType = u"Phone"_s; });
    QTest::newRow("type non-ascii") << changed([](auto &a) { a.deviceType = u"télé"_s; });
    QTest::newRow("port 0") << changed([](auto &a) { a.tcpPort = 0; });
    QTest::newRow("protocol 0") << changed([](auto &a) { a.protocolVersion = 0; });
    QTest::newRow("protocol huge") << changed([](auto &a) { a.protocolVersion = 0x10000; });
}

void tst_DeviceAnnouncement::encodeRefusesInvalid()
{
    QFETCH(DeviceAnnouncement, announcement);
    QVERIFY(!announcement.validationError().isEmpty());
    QCOMPARE(announcement.encode(), QByteArray());
}

void tst_DeviceAnnouncement::decodeRefuses_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QString>("reason"); // part of the error, so each row fails for its own reason
    const QByteArray valid = wire(validEntries());
    QVERIFY(DeviceAnnouncement::decode(valid, nullptr)); // the base of every row is fine

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("text") << "hello, world"_ba << u"not a CBOR map"_s;
    QTest::newRow("not CBOR") << "\xff\xff\xff"_ba << u"not a CBOR map"_s;
    QTest::newRow("truncated") << valid.chopped(1) << u"malformed"_s;
    QTest::newRow("array") << QCborValue(QCborArray{1, 2, 3}).toCbor() << u"not a CBOR map"_s;
    QTest::newRow("trailing byte") << valid + '\0' << u"trailing"_s;
    QTest::newRow("two maps") << valid + valid << u"trailing"_s;
    {
        QByteArray out;
        QCborStreamWriter writer(&out);
        writer.startMap(); // indefinite length
        for (const auto &[key, value] : validEntries()) {
            key.toCbor(writer);
            value.toCbor(writer);
        }
        writer.endMap();
        QTest::newRow("indefinite map") << out << u"unknown length"_s;
    }
    QTest::newRow("map claims more entries") << QByteArray(valid).replace(0, 1, "\xa8") << u"malformed"_s;
    QTest::newRow("map claims 2^32 entries") << "\xba\xff\xff\xff\xff"_ba + valid.mid(1) << u"more than 16"_s;
    QTest::newRow("string claims 2^32 bytes") << "\xa1\x7a\xff\xff\xff\xff"_ba << u"key"_s;

    QTest::newRow("no magic") << wire(without(u"tdm"_s)) << u"not a Tandem"_s;
    QTest::newRow("magic version 2") << wire(with(u"tdm"_s, 2)) << u"unsupported"_s;
    QTest::newRow("magic version 0") << wire(with(u"tdm"_s, 0)) << u"unsupported"_s;
    QTest::newRow("magic as text") << wire(with(u"tdm"_s, u"1"_s)) << u"unsupported"_s;
    QTest::newRow("other magic") << wire(Entries{{u"xyz"_s, 1}} + without(u"tdm"_s)) << u"not a Tandem"_s;

    QTest::newRow("id 31 bytes") << wire(with(u"id"_s, QByteArray(31, '\1'))) << u"\"id\""_s;
    QTest::newRow("id 33 bytes") << wire(with(u"id"_s, QByteArray(33, '\1'))) << u"\"id\""_s;
    QTest::newRow("id as hex text") << wire(with(u"id"_s, validAnnouncement().deviceId)) << u"\"id\""_s;
    QTest::newRow("no id") << wire(without(u"id"_s)) << u"missing"_s;

    QTest::newRow("name 65 bytes") << wire(with(u"n"_s, QString(u"é"_s.repeated(32) + u'a'))) << u"\"n\""_s;
    QTest::newRow("name 66 bytes") << wire(with(u"n"_s, u"é"_s.repeated(33))) << u"\"n\""_s;
    QTest::newRow("name empty") << wire(with(u"n"_s, QString())) << u"empty"_s;
    QTest::newRow("name blank") << wire(with(u"n"_s, u"   "_s)) << u"empty"_s;
    QTest::newRow("name untrimmed") << wire(with(u"n"_s, u"Kitchen "_s)) << u"spaces"_s;
    QTest::newRow("name newline") << wire(with(u"n"_s, u"a\nb"_s)) << u"control"_s;
    QTest::newRow("name NUL") << wire(with(u"n"_s, QString(QString(QChar(0)) + u"a"_s))) << u"control"_s;
    QTest::newRow("name bidi override") << wire(with(u"n"_s, u"evil\u202Etxt.exe"_s)) << u"control"_s;
    QTest::newRow("name zero-width joiner") << wire(with(u"n"_s, u"a\u200Db"_s)) << u"control"_s;
    QTest::newRow("name as bytes") << wire(with(u"n"_s, "Kitchen"_ba)) << u"\"n\""_s;
    {
        // The name "ab" is the text string 0x62 'a' 'b'; make it "a\xff".
        QByteArray bytes = wire(with(u"n"_s, u"ab"_s));
        const qsizetype at = bytes.indexOf("\x62\x61\x62");
        QVERIFY(at >= 0);
        bytes[at + 2] = '\xff';
        QTest::newRow("name invalid UTF-8") << bytes << u"UTF-8"_s;
    }

    QTest::newRow("type uppercase") << wire(with(u"t"_s, u"Desktop"_s)) << u"a-z"_s;
    QTest::newRow("type 17 chars") << wire(with(u"t"_s, QString(17, u'x'))) << u"\"t\""_s;
    QTest::newRow("type empty") << wire(with(u"t"_s, QString())) << u"1 to 16"_s;
    QTest::newRow("type space") << wire(with(u"t"_s, u"smart tv"_s)) << u"a-z"_s;
    QTest::newRow("type as number") << wire(with(u"t"_s, 3)) << u"\"t\""_s;

    QTest::newRow("port 0") << wire(with(u"p"_s, 0)) << u"\"p\""_s;
    QTest::newRow("port 65536") << wire(with(u"p"_s, 65536)) << u"\"p\""_s;
    QTest::newRow("port negative") << wire(with(u"p"_s, -1)) << u"\"p\""_s;
    QTest::newRow("port as text") << wire(with(u"p"_s, u"47317"_s)) << u"\"p\""_s;
    QTest::newRow("protocol 0") << wire(with(u"pv"_s, 0)) << u"\"pv\""_s;
    QTest::newRow("protocol huge") << wire(with(u"pv"_s, qint64(1) << 40)) << u"\"pv\""_s;
    QTest::newRow("reply as int") << wire(with(u"r"_s, 1)) << u"\"r\""_s;
    QTest::newRow("no reply flag") << wire(without(u"r"_s)) << u"missing"_s;

    QTest::newRow("duplicate key") << wire(validEntries() + Entries{{u"n"_s, u"Other"_s}}) << u"duplicate"_s;
    QTest::newRow("integer key") << wire(validEntries() + Entries{{1, 1}}) << u"key"_s;
    QTest::newRow("long key") << wire(validEntries() + Entries{{u"averylongkey"_s, 1}}) << u"key"_s;
    {
        Entries entries = validEntries();
        for (int i = entries.size(); i < 17; ++i)
            entries.append({u"x%1"_s.arg(i), i});
        QTest::newRow("17 entries") << wire(entries) << u"more than 16"_s;
    }
    {
        QCborValue deep = 1;
        for (int i = 0; i < 8; ++i)
            deep = QCborArray{deep};
        QTest::newRow("deep unknown value") << wire(validEntries() + Entries{{u"x"_s, deep}}) << u"unknown key"_s;
    }
    QTest::newRow("over MaxSize") << paddedTo(DeviceAnnouncement::MaxSize + 1) << u"1025 bytes"_s;
}

void tst_DeviceAnnouncement::decodeRefuses()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QString, reason);
    QString error;
    const auto decoded = DeviceAnnouncement::decode(datagram, &error);
    QVERIFY(!decoded);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_DeviceAnnouncement::decodeSkipsUnknownKeys()
{
    // Later format revisions may add keys; older devices must still see them.
    Entries entries = validEntries();
    entries.insert(3, {u"cap"_s, QCborArray{u"files"_s, u"chat"_s}});
    entries.append({u"z"_s, QCborMap{{u"k"_s, 1}}});
    QString error;
    const auto decoded = DeviceAnnouncement::decode(wire(entries), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, validAnnouncement());
}

void tst_DeviceAnnouncement::sizeBoundary()
{
    const QByteArray atLimit = paddedTo(DeviceAnnouncement::MaxSize);
    QCOMPARE(atLimit.size(), DeviceAnnouncement::MaxSize);
    QString error;
    QVERIFY2(DeviceAnnouncement::decode(atLimit, &error), qPrintable(error));

    const QByteArray overLimit = paddedTo(DeviceAnnouncement::MaxSize + 1);
    QCOMPARE(overLimit.size(), DeviceAnnouncement::MaxSize + 1);
    QVERIFY(!DeviceAnnouncement::decode(overLimit, &error));
    QVERIFY2(error.contains(u"1025"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DeviceAnnouncement)
#include "tst_deviceannouncement.moc"
