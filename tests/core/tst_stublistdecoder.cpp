// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The incremental StubList decoder (parsing while the list downloads): fed in pieces of any size, it
// gives exactly what decodeStubList gives for the whole body, the same rows or the same error.
#include "api/jsoncodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace TokenDesk;

namespace {

QStringList rowsOf(const StubList &list)
{
    QStringList rows;
    for (int i = 0; i < list.size(); ++i) {
        const TokenStub stub = list.at(i);
        rows.append(stub.id + QLatin1Char('|') + stub.name.value_or(QStringLiteral("-")) + QLatin1Char('|') +
                    stub.description.value_or(QStringLiteral("-")));
    }
    return rows;
}

// Feeds `json` in pieces of `piece` bytes (the last feed complete) and returns status, rows and error.
struct Outcome
{
    bool ok = false;
    QStringList rows;
    QString error;
    int needMoreBeforeComplete = 0; // feeds that returned NeedMore before the complete one
};

Outcome feedInPieces(const QByteArray &json, qsizetype piece)
{
    Json::StubListDecoder decoder;
    Outcome out;
    qsizetype have = 0;
    Json::StubListDecoder::Status status = Json::StubListDecoder::Status::NeedMore;
    while (have < json.size()) {
        have = qMin(json.size(), have + piece);
        status = decoder.feed(QByteArrayView(json.constData(), have), false);
        if (status != Json::StubListDecoder::Status::NeedMore)
            break;
        ++out.needMoreBeforeComplete;
    }
    if (status == Json::StubListDecoder::Status::NeedMore)
        status = decoder.feed(json, true);
    out.ok = status == Json::StubListDecoder::Status::Done;
    out.error = decoder.error();
    if (out.ok)
        out.rows = rowsOf(decoder.takeList());
    return out;
}

// Feeds `json` cut at the given ascending positions (each prefix as an incomplete body, then the whole
// body as complete) and returns the outcome.
Outcome feedWithCuts(const QByteArray &json, const QList<qsizetype> &cuts)
{
    Json::StubListDecoder decoder;
    Outcome out;
    Json::StubListDecoder::Status status = Json::StubListDecoder::Status::NeedMore;
    for (const qsizetype cut : cuts) {
        status = decoder.feed(QByteArrayView(json.constData(), cut), false);
        if (status != Json::StubListDecoder::Status::NeedMore)
            break;
        ++out.needMoreBeforeComplete;
    }
    if (status == Json::StubListDecoder::Status::NeedMore)
        status = decoder.feed(json, true);
    out.ok = status == Json::StubListDecoder::Status::Done;
    out.error = decoder.error();
    if (out.ok)
        out.rows = rowsOf(decoder.takeList());
    return out;
}

// Bodies with unknown fields of every JSON type, at the top level and inside entries: the spec lets
// Dynatrace add fields, and numbers, literals and strings cut in two must not change the result.
void addBodiesWithUnknownFields()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("numbers at the top level")
        << QByteArray(R"({"totalCount":123456789,"values":[{"id":"dt0c01.A","name":"n0","description":"d",)"
                      R"("createdAt":1700000000123,"weight":12345.678},{"id":"dt0c01.B","name":"n1"}],)"
                      R"("pageSize":1000,"ratio":-1.25e+3})");
    QTest::newRow("every type at the top level")
        << QByteArray(R"({"i":-0,"f":0.5e-10,"E":12E+3,"t":true,"fa":false,"nu":null,"s":"x\"y\u00e9",)"
                      R"("a":[1,-2.5,"s",[],{},true,null],"o":{"k":{"k":[0]}},"values":[{"id":"a"}],)"
                      R"("after":987654321,"last":1.0})");
    QTest::newRow("every type inside entries")
        << QByteArray(R"({"values":[{"n":42,"id":"a","f":-3.25E-2,"name":"N","t":true,"x":null,"big":)"
                      R"(9223372036854775807},{"id":"b","arr":[10,20.5,[30]],"obj":{"deep":{"z":-1}},)"
                      R"("s":"\ud83d\ude00","description":null,"fa":false,"last":100}]})");
    QTest::newRow("numbers only around values") << QByteArray(R"({"a":1,"values":[],"b":22,"c":333,"d":4444})");
    QTest::newRow("number as the last member, whitespace after")
        << QByteArray("{\"values\":[{\"id\":\"x\"}],\"n\":123456 }\r\n");
    QTest::newRow("error: number then garbage") << QByteArray(R"({"values":[],"n":12x})");
    QTest::newRow("error: leading zero") << QByteArray(R"({"values":[],"n":0123})");
    QTest::newRow("error: literal cut short") << QByteArray(R"({"values":[],"t":tru})");
}

} // namespace

class TestStubListDecoder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldEqualTheWholeBodyDecode_data();
    void shouldEqualTheWholeBodyDecode();
    void shouldEqualTheWholeBodyDecodeAtEveryCut_data();
    void shouldEqualTheWholeBodyDecodeAtEveryCut();
    void shouldEqualTheWholeBodyDecodeAtEveryPairOfCuts_data();
    void shouldEqualTheWholeBodyDecodeAtEveryPairOfCuts();
    void shouldEqualTheWholeBodyDecodeOfAMillionEntriesAtRandomCuts();
    void shouldParseEntriesBeforeTheBodyIsComplete();
    void shouldStopWhenCancelled();
    void shouldReadEveryKindOfByteAtEveryPositionOfAString();
};

void TestStubListDecoder::shouldEqualTheWholeBodyDecode_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray entries = R"([{"id":"dt0c01.AAAA","name":"ci-pipeline-1"},)"
                               R"({"name":"esc \"q\" \\ \u00e9 \ud83d\ude00","id":"dt0c01.BBBB","description":null},)"
                               R"( { "id" : "dt0c01.CCCC" , "extra" : {"a":[1,2.5e3,true,null]} , "name" : null } ,)"
                               R"({"id":"dt0c01.DDDD","name":"Z\u00fcrich","description":"d"}])";
    QTest::newRow("plain") << QByteArray(R"({"values":)" + entries + "}");
    QTest::newRow("members around values")
        << QByteArray(R"({"before":{"x":["}",",",{"y":"]"}]},"values":)" + entries + R"(,"after":[1,{}]} )");
    QTest::newRow("whitespace everywhere") << QByteArray(" \n{ \"values\" : [ ] } \r\n");
    QTest::newRow("empty list") << QByteArray(R"({"values":[]})");
    QTest::newRow("error: no values") << QByteArray(R"({"other":1})");
    QTest::newRow("error: duplicate values") << QByteArray(R"({"values":[],"values":[]})");
    QTest::newRow("error: missing id") << QByteArray(R"({"values":[{"id":"a"},{"name":"b"}]})");
    QTest::newRow("error: id not a string") << QByteArray(R"({"values":[{"id":"a"},{"id":7}]})");
    QTest::newRow("error: trailing comma") << QByteArray(R"({"values":[{"id":"a"},]})");
    QTest::newRow("error: data after the value") << QByteArray(R"({"values":[]} x)");
    QTest::newRow("error: truncated") << QByteArray(R"({"values":[{"id":"a"},{"id":"b)");
    QTest::newRow("error: empty document") << QByteArray("  ");
    QTest::newRow("error: bad escape") << QByteArray(R"({"values":[{"id":"a\x"}]})");
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecode()
{
    QFETCH(QByteArray, json);
    // Given the result of the whole-body decoder
    QString wholeError;
    const std::optional<StubList> whole = Json::decodeStubList(json, &wholeError);
    const QStringList wholeRows = whole ? rowsOf(*whole) : QStringList();

    // When the same bytes arrive in pieces of every size from 1 byte to the whole body
    for (qsizetype piece = 1; piece <= json.size(); ++piece) {
        const Outcome out = feedInPieces(json, piece);
        // Then the outcome is identical, error text (field and byte offset) included
        QCOMPARE(out.ok, whole.has_value());
        QCOMPARE(out.rows, wholeRows);
        QCOMPARE(out.error, wholeError);
    }
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecodeAtEveryCut_data()
{
    addBodiesWithUnknownFields();
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecodeAtEveryCut()
{
    QFETCH(QByteArray, json);
    // Given the result of the whole-body decoder
    QString wholeError;
    const std::optional<StubList> whole = Json::decodeStubList(json, &wholeError);
    const QStringList wholeRows = whole ? rowsOf(*whole) : QStringList();

    // When the body arrives in two pieces, cut at every byte position
    for (qsizetype cut = 0; cut <= json.size(); ++cut) {
        const Outcome out = feedWithCuts(json, {cut});
        // Then the outcome is identical, error text (field and byte offset) included
        QVERIFY2(out.ok == whole.has_value(), qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(out.error)));
        QCOMPARE(out.rows, wholeRows);
        QCOMPARE(out.error, wholeError);
    }
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecodeAtEveryPairOfCuts_data()
{
    addBodiesWithUnknownFields();
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecodeAtEveryPairOfCuts()
{
    QFETCH(QByteArray, json);
    QString wholeError;
    const std::optional<StubList> whole = Json::decodeStubList(json, &wholeError);
    const QStringList wholeRows = whole ? rowsOf(*whole) : QStringList();

    // When the body arrives in three pieces, cut at every pair of positions
    for (qsizetype first = 0; first <= json.size(); ++first) {
        for (qsizetype second = first; second <= json.size(); ++second) {
            const Outcome out = feedWithCuts(json, {first, second});
            // Then the outcome is identical
            if (out.ok != whole.has_value() || out.rows != wholeRows || out.error != wholeError)
                QFAIL(qPrintable(QStringLiteral("cuts at %1 and %2: %3").arg(first).arg(second).arg(out.error)));
        }
    }
}

void TestStubListDecoder::shouldEqualTheWholeBodyDecodeOfAMillionEntriesAtRandomCuts()
{
    // A scale test: the sanitizer passes skip it (their test presets set this variable).
    if (qEnvironmentVariableIsSet("TOKENDESK_SKIP_SCALE_TESTS"))
        QSKIP("scale test: not run in the sanitizer passes");
    // Given a 1,000,000-entry body with unknown fields of every type around and inside the entries
    QByteArray json;
    json.reserve(110'000'000);
    json += R"({"totalCount":1000000,"values":[)";
    for (int i = 0; i < 1'000'000; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"id":"dt0c01.)";
        json += QByteArray::number(i);
        json += R"(","name":"token )";
        json += QByteArray::number(i * 7);
        json += R"(","weight":)";
        json += QByteArray::number(i * 1.5, 'g', 12);
        if (i % 3 == 0)
            json += R"(,"description":"d\u00e9)" + QByteArray::number(i) + '"';
        json += R"(,"flag":)";
        json += i % 2 ? "true" : "null";
        json += R"(,"createdAt":)";
        json += QByteArray::number(1700000000000LL + i);
        json += '}';
    }
    json += R"(],"pageSize":1000000,"ratio":-1.25e+3,"nextPageKey":null})";
    const std::optional<StubList> whole = Json::decodeStubList(json);
    QVERIFY(whole.has_value());
    QCOMPARE(whole->size(), 1'000'000);

    // When it arrives cut at a few thousand random positions (a fixed seed, so a failure repeats)
    QRandomGenerator random(20261202);
    QList<qsizetype> cuts;
    for (int i = 0; i < 4000; ++i)
        cuts.append(qsizetype(random.bounded(quint64(json.size()))));
    std::sort(cuts.begin(), cuts.end());
    Json::StubListDecoder decoder;
    decoder.setExpectedSize(json.size());
    for (const qsizetype cut : std::as_const(cuts))
        QCOMPARE(decoder.feed(QByteArrayView(json.constData(), cut), false), Json::StubListDecoder::Status::NeedMore);
    QCOMPARE(decoder.feed(json, true), Json::StubListDecoder::Status::Done);
    const StubList pieces = decoder.takeList();

    // Then every entry is the same as in the whole-body decode
    QCOMPARE(pieces.size(), whole->size());
    QCOMPARE(pieces.id(999'999), QStringLiteral("dt0c01.999999"));
    QVERIFY(pieces == *whole);
}

void TestStubListDecoder::shouldParseEntriesBeforeTheBodyIsComplete()
{
    // Given a body of 1000 entries, of which the first 600 entries' bytes have arrived
    QByteArray json = R"({"values":[)";
    qsizetype cut = 0;
    for (int i = 0; i < 1000; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"id":"dt0c01.)" + QByteArray::number(i) + R"(","name":"n)" + QByteArray::number(i) + R"("})";
        if (i == 599)
            cut = json.size() - 3; // inside entry 599
    }
    json += "]}";
    Json::StubListDecoder decoder;

    // When they are fed as an incomplete body
    const auto status = decoder.feed(QByteArrayView(json.constData(), cut), false);

    // Then the complete entries are decoded already, and the rest follows with the whole body
    QCOMPARE(status, Json::StubListDecoder::Status::NeedMore);
    QCOMPARE(decoder.entries(), 599);
    QCOMPARE(decoder.feed(json, true), Json::StubListDecoder::Status::Done);
    const StubList list = decoder.takeList();
    QCOMPARE(list.size(), 1000);
    QCOMPARE(list.id(999), QStringLiteral("dt0c01.999"));
    QCOMPARE(list.name(599), QStringLiteral("n599"));
}

void TestStubListDecoder::shouldStopWhenCancelled()
{
    // Given a cancelled flag
    QByteArray json = R"({"values":[{"id":"a"}]})";
    std::atomic_bool cancelled(true);
    Json::StubListDecoder decoder;

    // When a feed runs
    const auto status = decoder.feed(json, false, &cancelled);

    // Then it fails at once, with no result, even before the body is complete
    QCOMPARE(status, Json::StubListDecoder::Status::Failed);
    QVERIFY(decoder.error().startsWith(QStringLiteral("cancelled")));
    QCOMPARE(decoder.feed(json, true), Json::StubListDecoder::Status::Failed);
}

void TestStubListDecoder::shouldReadEveryKindOfByteAtEveryPositionOfAString()
{
    // Strings are scanned several bytes at a time: whatever a string holds must be found wherever it
    // stands, at the start, inside or at the end of such a group, in strings of every length.
    struct Kind
    {
        const char *name;
        QByteArray json;    // as written in the body
        QByteArray decoded; // empty with ok = false: the body is refused
        bool ok;
    };
    const QList<Kind> kinds = {
        {"escape", QByteArray("\\n"), QByteArray("\n"), true},
        {"escaped quote", QByteArray("\\\""), QByteArray("\""), true},
        {"unicode escape", QByteArray("\\u00e9"), QByteArray("\xc3\xa9"), true},
        {"2-byte UTF-8", QByteArray("\xc3\xa9"), QByteArray("\xc3\xa9"), true},
        {"3-byte UTF-8", QByteArray("\xe7\x9b\xa3"), QByteArray("\xe7\x9b\xa3"), true},
        {"4-byte UTF-8", QByteArray("\xf0\x9f\x94\x91"), QByteArray("\xf0\x9f\x94\x91"), true},
        {"DEL", QByteArray("\x7f"), QByteArray("\x7f"), true},
        {"space", QByteArray(" "), QByteArray(" "), true},
        {"control character", QByteArray("\x01"), QByteArray(), false},
        {"tab", QByteArray("\t"), QByteArray(), false},
        {"invalid byte", QByteArray("\xff"), QByteArray(), false},
        {"lone continuation byte", QByteArray("\x80"), QByteArray(), false},
        {"overlong", QByteArray("\xc0\xaf"), QByteArray(), false},
    };
    for (const Kind &kind : kinds) {
        for (int length = 1; length <= 20; ++length) {
            for (int at = 0; at < length; ++at) {
                const QByteArray before(at, 'a');
                const QByteArray after(length - at - 1, 'Z');
                const QByteArray json =
                    QByteArray("{\"values\":[{\"id\":\"x\",\"name\":\"") + before + kind.json + after + "\"}]}";
                QString error;
                const std::optional<StubList> list = Json::decodeStubList(json, &error);
                const QByteArray where =
                    QByteArray(kind.name) + " at " + QByteArray::number(at) + " of " + QByteArray::number(length);
                QVERIFY2(list.has_value() == kind.ok, where.constData());
                if (kind.ok) {
                    QCOMPARE(list->nameUtf8(0).toByteArray(), QByteArray(before + kind.decoded + after));
                    QCOMPARE(list->idUtf8(0).toByteArray(), QByteArray("x"));
                }
            }
        }
    }
    // A string cut short at every length is refused
    for (int length = 0; length <= 20; ++length) {
        const QByteArray json = QByteArray("{\"values\":[{\"id\":\"") + QByteArray(length, 'a');
        QVERIFY(!Json::decodeStubList(json).has_value());
    }
}

QTEST_GUILESS_MAIN(TestStubListDecoder)
#include "tst_stublistdecoder.moc"
