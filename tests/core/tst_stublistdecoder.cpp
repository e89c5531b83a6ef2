// The incremental StubList decoder (parsing while the list downloads): fed in pieces of any size, it
// gives exactly what decodeStubList gives for the whole body, the same rows or the same error.
#include "api/jsoncodec.h"

#include <QTest>

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

} // namespace

class TestStubListDecoder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldEqualTheWholeBodyDecode_data();
    void shouldEqualTheWholeBodyDecode();
    void shouldParseEntriesBeforeTheBodyIsComplete();
    void shouldStopWhenCancelled();
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

QTEST_GUILESS_MAIN(TestStubListDecoder)
#include "tst_stublistdecoder.moc"
