// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The JSON codec: strict decoding of every schema, tolerant error envelopes, encoding round trips,
// and a 1,000,000-entry list.
#include "api/jsoncodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace TokenDesk;

namespace {

// A StubList row as (id, name or "<absent>", description or "<absent>").
const QString Absent = QStringLiteral("<absent>");

QStringList rowsOf(const StubList &list)
{
    QStringList rows;
    for (int i = 0; i < list.size(); ++i) {
        const TokenStub stub = list.at(i);
        rows.append(stub.id + QLatin1Char('|') + stub.name.value_or(Absent) + QLatin1Char('|') +
                    stub.description.value_or(Absent));
    }
    return rows;
}

QString row(const QString &id, const QString &name = Absent, const QString &description = Absent)
{
    return id + QLatin1Char('|') + name + QLatin1Char('|') + description;
}

QByteArray nested(int depth, const QByteArray &inner)
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// The generated list: deterministic per index, with escapes, non-ASCII, absent names and descriptions.
QByteArray generatedId(int i)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray id("dt0c01.");
    quint64 x = quint64(i) * 2654435761u + 12345;
    for (int k = 0; k < 24; ++k) {
        id.append(alphabet[x % 32]);
        x = x / 32 + quint64(k) * 7919 + quint64(i);
    }
    return id;
}

QString generatedName(int i)
{
    switch (i % 5) {
    case 0:
        return QStringLiteral("token-%1").arg(i);
    case 1:
        return QStringLiteral("ci \"pipeline\" %1\\n").arg(i);
    case 2:
        return QStringLiteral("Grüße 😀 %1").arg(i);
    case 3:
        return QString(); // absent
    default:
        return QStringLiteral("tab\there %1").arg(i);
    }
}

QByteArray generateList(int count)
{
    QByteArray json;
    json.reserve(qsizetype(count) * 72);
    json.append("{\"values\":[");
    for (int i = 0; i < count; ++i) {
        if (i)
            json.append(',');
        json.append("{\"id\":\"");
        json.append(generatedId(i));
        json.append('"');
        if (i % 5 != 3) {
            json.append(",\"name\":");
            json.append(Json::quoted(generatedName(i)));
        }
        if (i % 1000 == 7)
            json.append(",\"description\":\"d\\u00e9sc\"");
        json.append('}');
    }
    json.append("]}");
    return json;
}

} // namespace

class TestJsonCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeStubList_data();
    void decodeStubList();
    void decodeStubList_errorNamesFieldAndOffset();
    void decodeStubList_everyTruncationFails();
    void decodeStubList_agreesWithQJsonDocument();
    void decodeStubList_millionEntries();
    void decodeStubList_cancelledStops();
    void decodeTokenMetadata_data();
    void decodeTokenMetadata();
    void decodeTokenMetadata_tenThousandScopes();
    void decodeOtherSchemas_data();
    void decodeOtherSchemas();
    void decodeErrorEnvelope_data();
    void decodeErrorEnvelope();
    void encodeCreateTokenRequest_data();
    void encodeCreateTokenRequest();
    void encodeUpdateTokenRequest_data();
    void encodeUpdateTokenRequest();
    void encode_roundTrips();
    void encode_isValidJsonForAnIndependentParser();
    void errors_neverQuoteStringValues();
};

void TestJsonCodec::decodeStubList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("rows"); // empty + error => must fail
    QTest::addColumn<QString>("error");    // substring of the error, empty = must succeed

    QTest::newRow("empty list") << QByteArray(R"({"values":[]})") << QStringList() << QString();
    QTest::newRow("spec example")
        << QByteArray(R"({"values":[{"id":"6a98","name":"Dynatrace entity 1","description":"example"},)"
                      R"({"id":"ee70","name":"Dynatrace entity 2"},{"id":"8cda"}]})")
        << QStringList{row(QStringLiteral("6a98"), QStringLiteral("Dynatrace entity 1"), QStringLiteral("example")),
                       row(QStringLiteral("ee70"), QStringLiteral("Dynatrace entity 2")), row(QStringLiteral("8cda"))}
        << QString();
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \n{ \"values\" :\t[ { \"id\" : \"a\" } ,\r\n {\"id\":\"b\" , \"name\":\"B\"} ] }\r\n\t")
        << QStringList{row(QStringLiteral("a")), row(QStringLiteral("b"), QStringLiteral("B"))} << QString();
    QTest::newRow("unknown fields in any order, nested unknown values")
        << QByteArray(R"({"totalCount":2,"values":[{"name":"n","extra":{"a":[1,-2.5e-3,{"b":null,"c":[true,false]}]},)"
                      R"("id":"i","x":"\u0041"}],"nextPageKey":null,"more":{"values":7}})")
        << QStringList{row(QStringLiteral("i"), QStringLiteral("n"))} << QString();
    QTest::newRow("escapes and surrogate pairs")
        << QByteArray(R"({"values":[{"id":"a\"b\\c\/d\b\f\n\r\t","name":"\u00e9\u4E2D\ud83d\ude00\u0000"}]})")
        << QStringList{row(QStringLiteral("a\"b\\c/d\b\f\n\r\t"), QStringLiteral("é中😀") + QChar(u'\0'))} << QString();
    QTest::newRow("raw UTF-8") << QByteArray("{\"values\":[{\"id\":\"x\",\"name\":\"Gr\xc3\xbc\xc3\x9f"
                                             "e \xf0\x9f\x98\x80\"}]}")
                               << QStringList{row(QStringLiteral("x"), QStringLiteral("Grüße 😀"))} << QString();
    QTest::newRow("null name and description are absent")
        << QByteArray(R"({"values":[{"id":"a","name":null,"description":null}]})")
        << QStringList{row(QStringLiteral("a"))} << QString();
    QTest::newRow("empty strings are present") << QByteArray(R"({"values":[{"id":"","name":"","description":""}]})")
                                               << QStringList{row(QString(), QString(), QString())} << QString();
    QTest::newRow("deep nesting in an unknown field")
        << (QByteArray(R"({"x":)") + nested(100000, "1") + QByteArray(R"(,"values":[{"id":"a"}]})"))
        << QStringList{row(QStringLiteral("a"))} << QString();

    const QStringList none;
    QTest::newRow("empty document") << QByteArray() << none << QStringLiteral("empty document");
    QTest::newRow("only whitespace") << QByteArray(" \n ") << none << QStringLiteral("empty document");
    QTest::newRow("array at top") << QByteArray("[]") << none << QStringLiteral("StubList: expected an object");
    QTest::newRow("missing values") << QByteArray("{}") << none << QStringLiteral("missing required field 'values'");
    QTest::newRow("values null") << QByteArray(R"({"values":null})") << none
                                 << QStringLiteral("values: expected an array, got null");
    QTest::newRow("values object") << QByteArray(R"({"values":{}})") << none
                                   << QStringLiteral("values: expected an array, got an object");
    QTest::newRow("duplicate values") << QByteArray(R"({"values":[],"values":[]})") << none
                                      << QStringLiteral("duplicate field 'values'");
    QTest::newRow("entry not an object") << QByteArray(R"({"values":[1]})") << none
                                         << QStringLiteral("values[0]: expected an object, got a number");
    QTest::newRow("missing id") << QByteArray(R"({"values":[{"id":"a"},{"name":"x"}]})") << none
                                << QStringLiteral("values[1]: missing required field 'id'");
    QTest::newRow("id is a number") << QByteArray(R"({"values":[{"id":5}]})") << none
                                    << QStringLiteral("values[0].id: expected a string, got a number");
    QTest::newRow("id is null") << QByteArray(R"({"values":[{"id":null}]})") << none
                                << QStringLiteral("values[0].id: expected a string, got null");
    QTest::newRow("name is a boolean") << QByteArray(R"({"values":[{"id":"a","name":true}]})") << none
                                       << QStringLiteral("values[0].name: expected a string, got a boolean");
    QTest::newRow("description is an array") << QByteArray(R"({"values":[{"id":"a","description":[]}]})") << none
                                             << QStringLiteral("values[0].description: expected a string");
    QTest::newRow("duplicate id") << QByteArray(R"({"values":[{"id":"a","id":"b"}]})") << none
                                  << QStringLiteral("duplicate field 'values[0].id'");
    QTest::newRow("truncated after an entry")
        << QByteArray(R"({"values":[{"id":"a"})") << none << QStringLiteral("expected ',' or ']'");
    QTest::newRow("truncated in a string")
        << QByteArray(R"({"values":[{"id":"ab)") << none << QStringLiteral("unterminated string");
    QTest::newRow("trailing comma in array")
        << QByteArray(R"({"values":[{"id":"a"},]})") << none << QStringLiteral("values[1]: expected an object");
    QTest::newRow("trailing comma in object")
        << QByteArray(R"({"values":[{"id":"a",}]})") << none << QStringLiteral("expected a field name");
    QTest::newRow("trailing garbage") << QByteArray(R"({"values":[]} x)") << none
                                      << QStringLiteral("unexpected data after the JSON value at byte 14");
    QTest::newRow("two documents") << QByteArray(R"({"values":[]}{"values":[]})") << none
                                   << QStringLiteral("unexpected data after the JSON value");
    QTest::newRow("lone high surrogate") << QByteArray(R"({"values":[{"id":"\ud800"}]})") << none
                                         << QStringLiteral("high surrogate without a low surrogate");
    QTest::newRow("lone low surrogate") << QByteArray(R"({"values":[{"id":"\udc00x"}]})") << none
                                        << QStringLiteral("lone low surrogate");
    QTest::newRow("short \\u escape") << QByteArray(R"({"values":[{"id":"\u12"}]})") << none
                                      << QStringLiteral("invalid \\u escape");
    QTest::newRow("unknown escape") << QByteArray(R"({"values":[{"id":"\x41"}]})") << none
                                    << QStringLiteral("invalid escape sequence");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"values\":[{\"id\":\"\xff\"}]}") << none
                                   << QStringLiteral("invalid UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"values\":[{\"id\":\"\xc0\xaf\"}]}") << none
                                    << QStringLiteral("invalid UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"values\":[{\"id\":\"\xed\xa0\x80\"}]}") << none
                                     << QStringLiteral("invalid UTF-8");
    QTest::newRow("raw newline in a string")
        << QByteArray("{\"values\":[{\"id\":\"a\nb\"}]}") << none << QStringLiteral("unescaped control character");
    QTest::newRow("single quotes") << QByteArray("{'values':[]}") << none << QStringLiteral("expected a field name");
    QTest::newRow("NaN in unknown field")
        << QByteArray(R"({"x":NaN,"values":[]})") << none << QStringLiteral("expected a value");
    QTest::newRow("leading zero in unknown field")
        << QByteArray(R"({"x":01,"values":[]})") << none << QStringLiteral("leading zero");
    QTest::newRow("bad literal in unknown field")
        << QByteArray(R"({"x":tru,"values":[]})") << none << QStringLiteral("invalid literal");
    QTest::newRow("comment") << QByteArray(R"({/* c */"values":[]})") << none
                             << QStringLiteral("expected a field name");
    QTest::newRow("unclosed deep nesting") << (QByteArray(R"({"x":)") + QByteArray(50000, '[')) << none
                                           << QStringLiteral("expected a value, got the end of the input");
    QTest::newRow("mismatched brackets in unknown field")
        << QByteArray(R"({"x":[1,2},"values":[]})") << none << QStringLiteral("expected ',' or ']'");
}

void TestJsonCodec::decodeStubList()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, rows);
    QFETCH(QString, error);

    QString message;
    const std::optional<StubList> list = Json::decodeStubList(json, &message);
    if (error.isEmpty()) {
        QVERIFY2(list.has_value(), qPrintable(message));
        QCOMPARE(rowsOf(*list), rows);
        QVERIFY(message.isEmpty());
    } else {
        QVERIFY(!list.has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(" at byte ")), qPrintable(message));
    }
}

void TestJsonCodec::decodeStubList_errorNamesFieldAndOffset()
{
    // Given an id that is a number at byte 17
    const QByteArray json(R"({"values":[{"id":5}]})");
    QCOMPARE(json.indexOf('5'), 17);
    // When decoding, then the error names the path and that exact offset
    QString error;
    QVERIFY(!Json::decodeStubList(json, &error));
    QCOMPARE(error, QStringLiteral("values[0].id: expected a string, got a number at byte 17"));
}

void TestJsonCodec::decodeStubList_everyTruncationFails()
{
    const QByteArray json(
        R"({"values":[{"id":"dt0c01.A","name":"x\u00e9\"y","description":"d"},{"id":"b","extra":[1,{"k":null}]}]})");
    QVERIFY(Json::decodeStubList(json).has_value());
    for (qsizetype length = 0; length < json.size(); ++length) {
        QString error;
        const std::optional<StubList> list = Json::decodeStubList(QByteArrayView(json.constData(), length), &error);
        QVERIFY2(!list.has_value(), qPrintable(QStringLiteral("prefix of %1 bytes was accepted").arg(length)));
        QVERIFY(!error.isEmpty());
    }
}

void TestJsonCodec::decodeStubList_agreesWithQJsonDocument()
{
    // Given random entries with every kind of character, encoded by Qt's own JSON writer
    QRandomGenerator random(20261127);
    QJsonArray values;
    QStringList expected;
    for (int i = 0; i < 2000; ++i) {
        QString id, name;
        const int length = random.bounded(0, 30);
        for (int k = 0; k < length; ++k) {
            const int kind = random.bounded(0, 6);
            char16_t c = 0;
            if (kind == 0)
                c = char16_t(random.bounded(0, 0x20)); // control characters
            else if (kind == 1)
                c = u"\"\\/"[random.bounded(0, 3)];
            else if (kind == 2)
                c = char16_t(random.bounded(0x80, 0xD7FF));
            else
                c = char16_t(random.bounded(0x20, 0x7F));
            id.append(QChar(c));
        }
        if (random.bounded(0, 4) == 0)
            id.append(QString::fromUcs4(U"\U0001F600"));
        QJsonObject entry{{QStringLiteral("id"), id}};
        const bool hasName = random.bounded(0, 3) != 0;
        if (hasName) {
            name = QStringLiteral("n%1").arg(i);
            entry.insert(QStringLiteral("name"), name);
        }
        entry.insert(QStringLiteral("unknown"), QJsonArray{i, QJsonObject{{QStringLiteral("k"), double(i) / 7}}});
        values.append(entry);
        expected.append(row(id, hasName ? name : Absent));
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("values"), values}}).toJson();

    // When decoding with our parser, then every entry matches
    QString error;
    const std::optional<StubList> list = Json::decodeStubList(json, &error);
    QVERIFY2(list.has_value(), qPrintable(error));
    QCOMPARE(rowsOf(*list), expected);
}

void TestJsonCodec::decodeStubList_millionEntries()
{
    // A scale test: the sanitizer passes skip it (their test presets set this variable).
    if (qEnvironmentVariableIsSet("TOKENDESK_SKIP_SCALE_TESTS"))
        QSKIP("scale test: not run in the sanitizer passes");
    const int count = 1000000;
    QElapsedTimer timer;
    timer.start();
    const QByteArray json = generateList(count);
    qDebug("generated %lld bytes of JSON in %lld ms", qlonglong(json.size()), qlonglong(timer.restart()));

    QString error;
    const std::optional<StubList> list = Json::decodeStubList(json, &error);
    const qint64 ms = timer.elapsed();
    QVERIFY2(list.has_value(), qPrintable(error));
    qDebug("decoded %d entries in %lld ms; %lld bytes held (%.1f bytes per entry)", list->size(), qlonglong(ms),
           qlonglong(list->memoryBytes()), double(list->memoryBytes()) / count);

    QCOMPARE(list->size(), count);
    QRandomGenerator random(7);
    QList<int> rows{0, 1, 2, 3, 4, 7, 1007, count - 1};
    for (int k = 0; k < 200; ++k)
        rows.append(random.bounded(0, count));
    for (int i : std::as_const(rows)) {
        QCOMPARE(list->idUtf8(i), QByteArrayView(generatedId(i)));
        const QString name = generatedName(i);
        QCOMPARE(list->hasName(i), i % 5 != 3);
        if (i % 5 != 3)
            QCOMPARE(list->name(i), name);
        QCOMPARE(list->description(i), i % 1000 == 7 ? std::optional<QString>(QStringLiteral("désc")) : std::nullopt);
    }
    // The compact store costs far less than the JSON text.
    QVERIFY(list->memoryBytes() < json.size());
}

void TestJsonCodec::decodeStubList_cancelledStops()
{
    const std::atomic_bool cancelled{true};
    QString error;
    QVERIFY(!Json::decodeStubList(generateList(10000), &error, &cancelled));
    QVERIFY2(error.startsWith(QLatin1String("cancelled")), qPrintable(error));
}

void TestJsonCodec::decodeTokenMetadata_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // encodeTokenMetadata of the result, or an error substring

    QTest::newRow("full")
        << QByteArray(
               R"({"id":"dt0c01.ST2EY72KQINMH574WMNVI7YN","name":"MyToken","userId":"admin","revoked":false,)"
               R"("created":1554076800000,"expires":1554163200000,"lastUse":1554080400000,"personalAccessToken":false,)"
               R"("scopes":["DiagnosticExport","UnattendedInstall"]})")
        << true
        << QStringLiteral(R"({"id":"dt0c01.ST2EY72KQINMH574WMNVI7YN","name":"MyToken","userId":"admin",)"
                          R"("revoked":false,"created":1554076800000,"expires":1554163200000,)"
                          R"("lastUse":1554080400000,"scopes":["DiagnosticExport","UnattendedInstall"],)"
                          R"("personalAccessToken":false})");
    QTest::newRow("empty object: everything absent") << QByteArray("{}") << true << QStringLiteral("{}");
    QTest::newRow("nulls are absent") << QByteArray(R"({"expires":null,"lastUse":null,"name":null,"scopes":null})")
                                      << true << QStringLiteral("{}");
    QTest::newRow("unknown scopes and fields kept/ignored")
        << QByteArray(R"({"scopes":["FutureScope.v9","settings.read"],"modifiedDate":"x","nested":{"a":[{}]}})") << true
        << QStringLiteral(R"({"scopes":["FutureScope.v9","settings.read"]})");
    QTest::newRow("int64 max") << QByteArray(R"({"created":9223372036854775807})") << true
                               << QStringLiteral(R"({"created":9223372036854775807})");
    QTest::newRow("int64 min") << QByteArray(R"({"created":-9223372036854775808})") << true
                               << QStringLiteral(R"({"created":-9223372036854775808})");
    QTest::newRow("above 2^53 exact") << QByteArray(R"({"expires":9007199254740993})") << true
                                      << QStringLiteral(R"({"expires":9007199254740993})");
    QTest::newRow("integral float forms")
        << QByteArray(R"({"created":1.0e3,"expires":15540768.00E+5,"lastUse":-0})") << true
        << QStringLiteral(R"({"created":1000,"expires":1554076800000,"lastUse":0})");
    QTest::newRow("fraction") << QByteArray(R"({"created":1.5})") << false
                              << QStringLiteral("created: expected an integer, got a number with a fraction");
    QTest::newRow("tiny fraction") << QByteArray(R"({"created":1554076800000.0001})") << false
                                   << QStringLiteral("with a fraction");
    QTest::newRow("negative exponent fraction")
        << QByteArray(R"({"created":15e-1})") << false << QStringLiteral("with a fraction");
    QTest::newRow("int64 max + 1") << QByteArray(R"({"created":9223372036854775808})") << false
                                   << QStringLiteral("created: integer out of the int64 range");
    QTest::newRow("int64 min - 1") << QByteArray(R"({"created":-9223372036854775809})") << false
                                   << QStringLiteral("out of the int64 range");
    QTest::newRow("huge exponent") << QByteArray(R"({"lastUse":1e400})") << false
                                   << QStringLiteral("lastUse: integer out of the int64 range");
    QTest::newRow("many digits") << QByteArray(R"({"lastUse":123456789012345678901234567890})") << false
                                 << QStringLiteral("out of the int64 range");
    QTest::newRow("time as ISO string") << QByteArray(R"({"created":"2019-04-01T00:00:00Z"})") << false
                                        << QStringLiteral("created: expected an integer, got a string");
    QTest::newRow("revoked as string") << QByteArray(R"({"revoked":"true"})") << false
                                       << QStringLiteral("revoked: expected a boolean, got a string");
    QTest::newRow("scopes as string") << QByteArray(R"({"scopes":"a"})") << false
                                      << QStringLiteral("scopes: expected an array, got a string");
    QTest::newRow("scope not a string") << QByteArray(R"({"scopes":["a",1]})") << false
                                        << QStringLiteral("scopes[1]: expected a string, got a number");
    QTest::newRow("id as number") << QByteArray(R"({"id":12})") << false
                                  << QStringLiteral("id: expected a string, got a number");
    QTest::newRow("duplicate field") << QByteArray(R"({"revoked":true,"revoked":false})") << false
                                     << QStringLiteral("duplicate field 'revoked'");
    QTest::newRow("not an object") << QByteArray(R"("x")") << false
                                   << QStringLiteral("TokenMetadata: expected an object, got a string");
    QTest::newRow("truncated") << QByteArray(R"({"id":"a","created":12)") << false
                               << QStringLiteral("expected ',' or '}'");
    QTest::newRow("deep nesting in unknown field")
        << (QByteArray(R"({"x":)") + nested(20000, "{}") + "}") << true << QStringLiteral("{}");
}

void TestJsonCodec::decodeTokenMetadata()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QString error;
    const std::optional<TokenMetadata> metadata = Json::decodeTokenMetadata(json, &error);
    QCOMPARE(metadata.has_value(), ok);
    if (ok)
        QCOMPARE(QString::fromUtf8(Json::encodeTokenMetadata(*metadata)), expected);
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestJsonCodec::decodeTokenMetadata_tenThousandScopes()
{
    QByteArray json("{\"scopes\":[");
    for (int i = 0; i < 10000; ++i)
        json += (i ? "," : "") + Json::quoted(QStringLiteral("scope.%1").arg(i));
    json += "]}";
    QString error;
    const std::optional<TokenMetadata> metadata = Json::decodeTokenMetadata(json, &error);
    QVERIFY2(metadata, qPrintable(error));
    QVERIFY(metadata->scopes.has_value());
    QCOMPARE(metadata->scopes->size(), 10000);
    QCOMPARE(metadata->scopes->constFirst(), QStringLiteral("scope.0"));
    QCOMPARE(metadata->scopes->constLast(), QStringLiteral("scope.9999"));
}

void TestJsonCodec::decodeOtherSchemas_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // re-encoded value, or "!" + error substring

    QTest::newRow("Token") << QStringLiteral("Token") << QByteArray(R"({"token":"abc","x":[1]})")
                           << QStringLiteral(R"({"token":"abc"})");
    QTest::newRow("Token missing") << QStringLiteral("Token") << QByteArray(R"({"tok":"abc"})")
                                   << QStringLiteral("!missing required field 'token'");
    QTest::newRow("Token null") << QStringLiteral("Token") << QByteArray(R"({"token":null})")
                                << QStringLiteral("!token: expected a string, got null");
    QTest::newRow("Token number") << QStringLiteral("Token") << QByteArray(R"({"token":1})")
                                  << QStringLiteral("!token: expected a string, got a number");
    QTest::newRow("Duration") << QStringLiteral("Duration") << QByteArray(R"({"unit":"HOURS","value":24})")
                              << QStringLiteral(R"({"value":24,"unit":"HOURS"})");
    QTest::newRow("Duration without unit")
        << QStringLiteral("Duration") << QByteArray(R"({"value":5})") << QStringLiteral(R"({"value":5})");
    QTest::newRow("Duration missing value") << QStringLiteral("Duration") << QByteArray(R"({"unit":"DAYS"})")
                                            << QStringLiteral("!missing required field 'Duration.value'");
    QTest::newRow("Duration unknown unit") << QStringLiteral("Duration") << QByteArray(R"({"value":1,"unit":"WEEKS"})")
                                           << QStringLiteral("!Duration.unit: unknown unit");
    QTest::newRow("Duration value as string") << QStringLiteral("Duration") << QByteArray(R"({"value":"1"})")
                                              << QStringLiteral("!Duration.value: expected an integer");
    QTest::newRow("CreateToken") << QStringLiteral("CreateToken")
                                 << QByteArray(R"({"expiresIn":{"value":24,"unit":"HOURS"},"name":"MyToken",)"
                                               R"("scopes":["DiagnosticExport","UnattendedInstall"]})")
                                 << QStringLiteral(R"({"name":"MyToken","scopes":["DiagnosticExport",)"
                                                   R"("UnattendedInstall"],"expiresIn":{"value":24,"unit":"HOURS"}})");
    QTest::newRow("CreateToken null expiry")
        << QStringLiteral("CreateToken") << QByteArray(R"({"name":"","scopes":[],"expiresIn":null})")
        << QStringLiteral(R"({"name":"","scopes":[]})");
    QTest::newRow("CreateToken missing name") << QStringLiteral("CreateToken") << QByteArray(R"({"scopes":["a"]})")
                                              << QStringLiteral("!missing required field 'name'");
    QTest::newRow("CreateToken missing scopes") << QStringLiteral("CreateToken") << QByteArray(R"({"name":"a"})")
                                                << QStringLiteral("!missing required field 'scopes'");
    QTest::newRow("CreateToken scopes not array")
        << QStringLiteral("CreateToken") << QByteArray(R"({"name":"a","scopes":"x"})")
        << QStringLiteral("!scopes: expected an array");
    QTest::newRow("CreateToken bad expiry")
        << QStringLiteral("CreateToken") << QByteArray(R"({"name":"a","scopes":["x"],"expiresIn":{"value":1.5}})")
        << QStringLiteral("!expiresIn.value: expected an integer");
    QTest::newRow("UpdateToken empty") << QStringLiteral("UpdateToken") << QByteArray("{}") << QStringLiteral("{}");
    QTest::newRow("UpdateToken all") << QStringLiteral("UpdateToken")
                                     << QByteArray(R"({"scopes":["a"],"revoked":true,"name":"n"})")
                                     << QStringLiteral(R"({"name":"n","revoked":true,"scopes":["a"]})");
    QTest::newRow("UpdateToken revoked string") << QStringLiteral("UpdateToken") << QByteArray(R"({"revoked":"true"})")
                                                << QStringLiteral("!revoked: expected a boolean, got a string");
}

void TestJsonCodec::decodeOtherSchemas()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    std::optional<QByteArray> encoded;
    if (schema == QLatin1String("Token")) {
        if (const auto v = Json::decodeTokenSecret(json, &error))
            encoded = Json::encodeTokenSecret(*v);
    } else if (schema == QLatin1String("Duration")) {
        if (const auto v = Json::decodeDuration(json, &error))
            encoded = Json::encodeDuration(*v);
    } else if (schema == QLatin1String("CreateToken")) {
        if (const auto v = Json::decodeCreateTokenRequest(json, &error))
            encoded = Json::encodeCreateTokenRequest(*v);
    } else {
        if (const auto v = Json::decodeUpdateTokenRequest(json, &error))
            encoded = Json::encodeUpdateTokenRequest(*v);
    }
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!encoded.has_value());
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
    } else {
        QVERIFY2(encoded.has_value(), qPrintable(error));
        QCOMPARE(QString::fromUtf8(*encoded), expected);
    }
}

void TestJsonCodec::decodeErrorEnvelope_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("code"); // -1 = absent
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("violations"); // path|message|parameterLocation|location

    QTest::newRow("full")
        << QByteArray(
               R"({"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"scopes[0]",)"
               R"("message":"must be a known scope","parameterLocation":"PAYLOAD_BODY","location":null}]}})")
        << true << 400 << QStringLiteral("Constraints violated.")
        << QStringList{QStringLiteral("scopes[0]|must be a known scope|PAYLOAD_BODY|<absent>")};
    QTest::newRow("message only") << QByteArray(R"({"error":{"message":"Token Authentication failed"}})") << true << -1
                                  << QStringLiteral("Token Authentication failed") << QStringList();
    QTest::newRow("empty error object") << QByteArray(R"({"error":{}})") << true << -1 << QString() << QStringList();
    QTest::newRow("wrong types ignored")
        << QByteArray(R"({"error":{"code":"400","message":42,"constraintViolations":{"a":1}}})") << true << -1
        << QString() << QStringList();
    QTest::newRow("code out of int32 range ignored")
        << QByteArray(R"({"error":{"code":99999999999}})") << true << -1 << QString() << QStringList();
    QTest::newRow("non-object violations skipped, newer location kept")
        << QByteArray(R"({"error":{"code":400,"constraintViolations":[1,"x",{"path":7,"parameterLocation":"HEADER"}]},)"
                      R"("extra":[]})")
        << true << 400 << QString() << QStringList{QStringLiteral("<absent>|<absent>|HEADER|<absent>")};
    QTest::newRow("no error member") << QByteArray(R"({"message":"x"})") << false << -1 << QString() << QStringList();
    QTest::newRow("error is a string") << QByteArray(R"({"error":"x"})") << false << -1 << QString() << QStringList();
    QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false << -1 << QString()
                          << QStringList();
    QTest::newRow("truncated") << QByteArray(R"({"error":{"code":500,"message":"bo)") << false << -1 << QString()
                               << QStringList();
    QTest::newRow("empty") << QByteArray() << false << -1 << QString() << QStringList();
}

void TestJsonCodec::decodeErrorEnvelope()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QStringList, violations);

    ApiError error;
    error.message = QStringLiteral("before");
    QCOMPARE(Json::decodeErrorEnvelope(json, &error), ok);
    if (!ok) {
        QCOMPARE(error.message, QStringLiteral("before")); // untouched
        return;
    }
    QCOMPARE(error.code.value_or(-1), code);
    QCOMPARE(error.message, message.isEmpty() ? QStringLiteral("before") : message);
    QStringList actual;
    for (const ConstraintViolation &v : std::as_const(error.violations))
        actual.append(v.path.value_or(Absent) + QLatin1Char('|') + v.message.value_or(Absent) + QLatin1Char('|') +
                      v.parameterLocation.value_or(Absent) + QLatin1Char('|') + v.location.value_or(Absent));
    QCOMPARE(actual, violations);
}

void TestJsonCodec::encodeCreateTokenRequest_data()
{
    QTest::addColumn<CreateTokenRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    CreateTokenRequest plain{QStringLiteral("MyToken"),
                             {QStringLiteral("DiagnosticExport"), QStringLiteral("UnattendedInstall")},
                             std::nullopt};
    QTest::newRow("no expiry: expiresIn omitted")
        << plain << QByteArray(R"({"name":"MyToken","scopes":["DiagnosticExport","UnattendedInstall"]})");
    CreateTokenRequest hours = plain;
    hours.expiresIn = Duration{24, DurationUnit::Hours};
    QTest::newRow("hours") << hours
                           << QByteArray(R"({"name":"MyToken","scopes":["DiagnosticExport","UnattendedInstall"],)"
                                         R"("expiresIn":{"value":24,"unit":"HOURS"}})");
    for (const auto &[unit, name] :
         {std::pair{DurationUnit::Days, "DAYS"}, std::pair{DurationUnit::Minutes, "MINUTES"},
          std::pair{DurationUnit::Seconds, "SECONDS"}, std::pair{DurationUnit::Millis, "MILLIS"}}) {
        CreateTokenRequest r{QStringLiteral("t"), {QStringLiteral("a")}, Duration{3, unit}};
        QTest::newRow(name) << r
                            << (QByteArray(R"({"name":"t","scopes":["a"],"expiresIn":{"value":3,"unit":")") + name +
                                "\"}}");
    }
    CreateTokenRequest noUnit{QStringLiteral("t"), {QStringLiteral("a")}, Duration{7, std::nullopt}};
    QTest::newRow("duration without unit")
        << noUnit << QByteArray(R"({"name":"t","scopes":["a"],"expiresIn":{"value":7}})");
    CreateTokenRequest special{QStringLiteral("q\"b\\s\n\x01 é😀"), {QStringLiteral("Future.scope")}, std::nullopt};
    QTest::newRow("escaping") << special
                              << QByteArray("{\"name\":\"q\\\"b\\\\s\\n\\u0001 \xc3\xa9\xf0\x9f\x98\x80\","
                                            "\"scopes\":[\"Future.scope\"]}");
}

void TestJsonCodec::encodeCreateTokenRequest()
{
    QFETCH(CreateTokenRequest, request);
    QFETCH(QByteArray, expected);
    const QByteArray encoded = Json::encodeCreateTokenRequest(request);
    QCOMPARE(encoded, expected);
    QString error;
    const std::optional<CreateTokenRequest> decoded = Json::decodeCreateTokenRequest(encoded, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, request);
}

void TestJsonCodec::encodeUpdateTokenRequest_data()
{
    QTest::addColumn<UpdateTokenRequest>("request");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nothing") << UpdateTokenRequest{} << QByteArray("{}");
    QTest::newRow("revoke only") << UpdateTokenRequest{std::nullopt, true, std::nullopt}
                                 << QByteArray(R"({"revoked":true})");
    QTest::newRow("activate only") << UpdateTokenRequest{std::nullopt, false, std::nullopt}
                                   << QByteArray(R"({"revoked":false})");
    QTest::newRow("empty name is sent") << UpdateTokenRequest{QString(), std::nullopt, std::nullopt}
                                        << QByteArray(R"({"name":""})");
    QTest::newRow("empty scope list is sent")
        << UpdateTokenRequest{std::nullopt, std::nullopt, QStringList()} << QByteArray(R"({"scopes":[]})");
    QTest::newRow("all") << UpdateTokenRequest{QStringLiteral("updated token"), true,
                                               QStringList{QStringLiteral("UnattendedInstall")}}
                         << QByteArray(R"({"name":"updated token","revoked":true,"scopes":["UnattendedInstall"]})");
}

void TestJsonCodec::encodeUpdateTokenRequest()
{
    QFETCH(UpdateTokenRequest, request);
    QFETCH(QByteArray, expected);
    const QByteArray encoded = Json::encodeUpdateTokenRequest(request);
    QCOMPARE(encoded, expected);
    const std::optional<UpdateTokenRequest> decoded = Json::decodeUpdateTokenRequest(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, request);
}

void TestJsonCodec::encode_roundTrips()
{
    const TokenSecret secret{QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('A'))};
    QCOMPARE(Json::decodeTokenSecret(Json::encodeTokenSecret(secret))->token, secret.token);

    TokenMetadata metadata;
    metadata.id = QStringLiteral("dt0c01.X");
    metadata.name = QStringLiteral("n\"ä");
    metadata.userId = QStringLiteral("admin");
    metadata.revoked = true;
    metadata.created = std::numeric_limits<qint64>::min();
    metadata.expires = std::numeric_limits<qint64>::max();
    metadata.scopes = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    metadata.personalAccessToken = false;
    QCOMPARE(*Json::decodeTokenMetadata(Json::encodeTokenMetadata(metadata)), metadata);

    StubList list;
    list.append(TokenStub{QStringLiteral("a"), QStringLiteral("A"), std::nullopt});
    list.append(TokenStub{QStringLiteral("b\n"), std::nullopt, QStringLiteral("d")});
    list.append(TokenStub{QStringLiteral("c"), QString(), QString()});
    QCOMPARE(*Json::decodeStubList(Json::encodeStubList(list)), list);

    ApiError error;
    error.code = 400;
    error.message = QStringLiteral("Constraints violated.");
    error.violations.append(ConstraintViolation{QStringLiteral("scopes[0]"), QStringLiteral("bad"),
                                                QStringLiteral("PAYLOAD_BODY"), std::nullopt});
    ApiError decoded;
    QVERIFY(Json::decodeErrorEnvelope(Json::encodeErrorEnvelope(error), &decoded));
    QCOMPARE(decoded.code, error.code);
    QCOMPARE(decoded.message, error.message);
    QCOMPARE(decoded.violations, error.violations);

    for (const DurationUnit unit :
         {DurationUnit::Millis, DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours, DurationUnit::Days})
        QCOMPARE(Json::durationUnitFromName(Json::durationUnitName(unit)), unit);
    QCOMPARE(Json::durationUnitFromName(u"WEEKS"), std::nullopt);
}

void TestJsonCodec::encode_isValidJsonForAnIndependentParser()
{
    // Every code point class, through Qt's parser: the encoder's escaping is valid JSON.
    QString name;
    for (char16_t c = 0; c < 0x100; ++c)
        name.append(QChar(c));
    name += QString::fromUcs4(U"\U0001F600\u2028\u2029");
    const CreateTokenRequest request{name, {QStringLiteral("x\"y")}, Duration{1, DurationUnit::Days}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(Json::encodeCreateTokenRequest(request), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(document.object().value(QStringLiteral("scopes")).toArray().at(0).toString(), QStringLiteral("x\"y"));
    QCOMPARE(document.object().value(QStringLiteral("expiresIn")).toObject().value(QStringLiteral("unit")).toString(),
             QStringLiteral("DAYS"));
}

void TestJsonCodec::errors_neverQuoteStringValues()
{
    // A secret inside a malformed body must not reach the error text.
    const QString secret = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.") + QString(64, QLatin1Char('Q'));
    const QList<QByteArray> bodies{
        "{\"token\":\"" + secret.toUtf8() + "\",}",
        "{\"token\":\"" + secret.toUtf8() + "\"",
        "{\"token\":\"" + secret.toUtf8() + "\\x\"}",
        "{\"id\":\"" + secret.toUtf8() + "\",\"created\":1.5}",
        "{\"values\":[{\"id\":\"" + secret.toUtf8() + "\",\"name\":1}]}",
    };
    for (const QByteArray &body : bodies) {
        QString e1, e2, e3;
        // Every body is an invalid Token and an invalid StubList; some are valid TokenMetadata.
        QVERIFY(!Json::decodeTokenSecret(body, &e1));
        QVERIFY(!Json::decodeStubList(body, &e3));
        Json::decodeTokenMetadata(body, &e2);
        for (const QString &e : {e1, e2, e3})
            QVERIFY2(!e.contains(QStringLiteral("QQQQ")), qPrintable(e));
        QVERIFY(!e1.isEmpty() && !e3.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
