// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The codec against the spec itself (api/cluster-v2-tokens.openapi.yaml, converted to JSON at build
// time): every schema example decodes and re-encodes to the same JSON, required fields are exactly
// the spec's `required` lists, wrong types are refused, the encoders emit only the spec's field names,
// and the Duration.unit enum and the scope catalogue are the spec's.
#include "api/jsoncodec.h"
#include "catalog/scopecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;

namespace {

// Decodes `json` as `schema`; returns the re-encoded value, or nullopt (error in *error).
std::optional<QByteArray> decodeAs(const QString &schema, const QByteArray &json, QString *error)
{
    if (schema == QLatin1String("StubList")) {
        if (const auto v = Json::decodeStubList(json, error))
            return Json::encodeStubList(*v);
    } else if (schema == QLatin1String("EntityShortRepresentation")) {
        // Decoded as the one entry of a StubList.
        if (const auto v = Json::decodeStubList(QByteArray("{\"values\":[" + json + "]}"), error)) {
            const QByteArray list = Json::encodeStubList(*v);
            return list.mid(11, list.size() - 13); // strip {"values":[ ... ]}
        }
    } else if (schema == QLatin1String("TokenMetadata")) {
        if (const auto v = Json::decodeTokenMetadata(json, error))
            return Json::encodeTokenMetadata(*v);
    } else if (schema == QLatin1String("Token")) {
        if (const auto v = Json::decodeTokenSecret(json, error))
            return Json::encodeTokenSecret(*v);
    } else if (schema == QLatin1String("Duration")) {
        if (const auto v = Json::decodeDuration(json, error))
            return Json::encodeDuration(*v);
    } else if (schema == QLatin1String("CreateToken")) {
        if (const auto v = Json::decodeCreateTokenRequest(json, error))
            return Json::encodeCreateTokenRequest(*v);
    } else if (schema == QLatin1String("UpdateToken")) {
        if (const auto v = Json::decodeUpdateTokenRequest(json, error))
            return Json::encodeUpdateTokenRequest(*v);
    }
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QStringList &decodedSchemas()
{
    static const QStringList schemas{QStringLiteral("StubList"),      QStringLiteral("EntityShortRepresentation"),
                                     QStringLiteral("TokenMetadata"), QStringLiteral("Token"),
                                     QStringLiteral("Duration"),      QStringLiteral("CreateToken"),
                                     QStringLiteral("UpdateToken")};
    return schemas;
}

// A value of a type the property does not have.
QJsonValue wrongTypeFor(const QJsonObject &property)
{
    const QString type = property.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("string") || property.contains(QStringLiteral("$ref")))
        return QJsonValue(42);
    if (type == QLatin1String("integer"))
        return QJsonValue(QStringLiteral("42"));
    if (type == QLatin1String("boolean"))
        return QJsonValue(QStringLiteral("true"));
    if (type == QLatin1String("array"))
        return QJsonValue(QJsonObject());
    return QJsonValue(QJsonArray());
}

// The values of a schema property's enum (of its items' enum, for an array property).
QStringList enumValues(const QJsonObject &schema, const QString &property)
{
    QJsonObject p = schema.value(QStringLiteral("properties")).toObject().value(property).toObject();
    if (p.contains(QStringLiteral("items")))
        p = p.value(QStringLiteral("items")).toObject();
    QStringList values;
    for (const QJsonValue &v : p.value(QStringLiteral("enum")).toArray())
        values.append(v.toString());
    return values;
}

} // namespace

class TestSpecConformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void example_decodesAndReencodesUnchanged_data();
    void example_decodesAndReencodesUnchanged();
    void requiredFields_matchTheSpec_data();
    void requiredFields_matchTheSpec();
    void wrongTypes_areRefused_data();
    void wrongTypes_areRefused();
    void encoders_emitOnlySpecFields();
    void durationUnits_areTheSpecEnum();
    void scopeCatalogue_isTheSpecEnum();

private:
    QJsonObject schema(const QString &name) const { return m_schemas.value(name).toObject(); }
    QJsonObject m_schemas;
};

void TestSpecConformance::initTestCase()
{
    QFile file(QStringLiteral(TOKENDESK_SPEC_JSON));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument spec = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_schemas =
        spec.object().value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    for (const QString &name : decodedSchemas())
        QVERIFY2(m_schemas.contains(name), qPrintable(name));
}

void TestSpecConformance::example_decodesAndReencodesUnchanged_data()
{
    QTest::addColumn<QString>("schemaName");
    for (const QString &name : decodedSchemas()) {
        if (schema(name).contains(QStringLiteral("example")))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestSpecConformance::example_decodesAndReencodesUnchanged()
{
    QFETCH(QString, schemaName);
    const QJsonObject example = schema(schemaName).value(QStringLiteral("example")).toObject();
    QString error;
    const std::optional<QByteArray> encoded = decodeAs(schemaName, compact(example), &error);
    QVERIFY2(encoded, qPrintable(error));
    // Same JSON value (field order aside).
    QCOMPARE(QJsonDocument::fromJson(*encoded).object(), example);
}

void TestSpecConformance::requiredFields_matchTheSpec_data()
{
    QTest::addColumn<QString>("schemaName");
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("required");
    for (const QString &name : decodedSchemas()) {
        const QJsonObject s = schema(name);
        const QJsonArray required = s.value(QStringLiteral("required")).toArray();
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            QTest::addRow("%s.%s", qPrintable(name), qPrintable(it.key()))
                << name << it.key() << required.contains(QJsonValue(it.key()));
    }
}

void TestSpecConformance::requiredFields_matchTheSpec()
{
    QFETCH(QString, schemaName);
    QFETCH(QString, property);
    QFETCH(bool, required);
    QJsonObject value = schema(schemaName).value(QStringLiteral("example")).toObject();
    if (value.isEmpty()) // no example: a minimal valid value
        value = QJsonObject{{QStringLiteral("values"), QJsonArray()}};
    QVERIFY2(decodeAs(schemaName, compact(value), nullptr).has_value(), "the full value must decode");
    value.remove(property);
    QString error;
    const bool decoded = decodeAs(schemaName, compact(value), &error).has_value();
    QCOMPARE(decoded, !required);
    if (required)
        QVERIFY2(error.contains(QStringLiteral("missing required field")), qPrintable(error));
}

void TestSpecConformance::wrongTypes_areRefused_data()
{
    QTest::addColumn<QString>("schemaName");
    QTest::addColumn<QString>("property");
    for (const QString &name : decodedSchemas()) {
        const QJsonObject properties = schema(name).value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            QTest::addRow("%s.%s", qPrintable(name), qPrintable(it.key())) << name << it.key();
    }
}

void TestSpecConformance::wrongTypes_areRefused()
{
    QFETCH(QString, schemaName);
    QFETCH(QString, property);
    const QJsonObject s = schema(schemaName);
    QJsonObject value = s.value(QStringLiteral("example")).toObject();
    value.insert(property, wrongTypeFor(s.value(QStringLiteral("properties")).toObject().value(property).toObject()));
    QString error;
    QVERIFY(!decodeAs(schemaName, compact(value), &error).has_value());
    QVERIFY2(error.contains(property + QStringLiteral(": expected")), qPrintable(error));
}

void TestSpecConformance::encoders_emitOnlySpecFields()
{
    auto keysOf = [](const QByteArray &json) { return QJsonDocument::fromJson(json).object().keys(); };
    auto propertiesOf = [this](const QString &name) {
        return schema(name).value(QStringLiteral("properties")).toObject().keys();
    };
    TokenMetadata metadata;
    metadata.id = metadata.name = metadata.userId = QStringLiteral("x");
    metadata.revoked = metadata.personalAccessToken = true;
    metadata.created = metadata.expires = metadata.lastUse = 1;
    metadata.scopes = QStringList{QStringLiteral("a")};
    QCOMPARE(keysOf(Json::encodeTokenMetadata(metadata)), propertiesOf(QStringLiteral("TokenMetadata")));
    const CreateTokenRequest create{QStringLiteral("n"), {QStringLiteral("a")}, Duration{1, DurationUnit::Days}};
    QCOMPARE(keysOf(Json::encodeCreateTokenRequest(create)), propertiesOf(QStringLiteral("CreateToken")));
    QCOMPARE(keysOf(Json::encodeDuration(*create.expiresIn)), propertiesOf(QStringLiteral("Duration")));
    const UpdateTokenRequest update{QStringLiteral("n"), true, QStringList()};
    QCOMPARE(keysOf(Json::encodeUpdateTokenRequest(update)), propertiesOf(QStringLiteral("UpdateToken")));
    QCOMPARE(keysOf(Json::encodeTokenSecret(TokenSecret{QStringLiteral("s")})), propertiesOf(QStringLiteral("Token")));
    StubList list;
    list.append(TokenStub{QStringLiteral("i"), QStringLiteral("n"), QStringLiteral("d")});
    const QJsonObject stubList = QJsonDocument::fromJson(Json::encodeStubList(list)).object();
    QCOMPARE(stubList.keys(), propertiesOf(QStringLiteral("StubList")));
    QCOMPARE(stubList.value(QStringLiteral("values")).toArray().at(0).toObject().keys(),
             propertiesOf(QStringLiteral("EntityShortRepresentation")));
    ApiError error;
    error.code = 400;
    error.message = QStringLiteral("m");
    error.violations.append(
        ConstraintViolation{QStringLiteral("p"), QStringLiteral("m"), QStringLiteral("PATH"), QStringLiteral("l")});
    const QJsonObject envelope = QJsonDocument::fromJson(Json::encodeErrorEnvelope(error)).object();
    QCOMPARE(envelope.keys(), propertiesOf(QStringLiteral("ErrorEnvelope")));
    const QJsonObject inner = envelope.value(QStringLiteral("error")).toObject();
    QCOMPARE(inner.keys(), propertiesOf(QStringLiteral("Error")));
    QCOMPARE(inner.value(QStringLiteral("constraintViolations")).toArray().at(0).toObject().keys(),
             propertiesOf(QStringLiteral("ConstraintViolation")));
}

void TestSpecConformance::durationUnits_areTheSpecEnum()
{
    QStringList spec = enumValues(schema(QStringLiteral("Duration")), QStringLiteral("unit"));
    QStringList ours;
    for (const DurationUnit unit :
         {DurationUnit::Millis, DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours, DurationUnit::Days})
        ours.append(Json::durationUnitName(unit));
    spec.sort();
    ours.sort();
    QCOMPARE(ours, spec);
}

// The one list of scopes the client knows (the model's "unknown scope" marks, the scope picker, the
// filter pane) is the spec's enum of CreateToken.scopes: the same values, none more, none fewer.
void TestSpecConformance::scopeCatalogue_isTheSpecEnum()
{
    QStringList spec = enumValues(schema(QStringLiteral("CreateToken")), QStringLiteral("scopes"));
    QVERIFY(!spec.isEmpty());
    QStringList ours = ScopeCatalog::names();
    QCOMPARE(ours.size(), spec.size());
    spec.sort();
    ours.sort();
    QCOMPARE(ours, spec);
    for (const QString &scope : std::as_const(spec))
        QVERIFY2(ScopeCatalog::isKnown(scope), qPrintable(scope));
    QVERIFY(!ScopeCatalog::isKnown(QStringLiteral("futureScope.write")));
}

QTEST_GUILESS_MAIN(TestSpecConformance)
#include "tst_specconformance.moc"
