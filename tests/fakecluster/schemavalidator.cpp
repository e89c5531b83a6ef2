// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace TokenDesk::FakeTest {

namespace {

const QList<int> kGenericStatuses = {400, 401, 403, 404, 500, 556};
constexpr char kJson[] = "application/json; charset=utf-8";

bool isIntegral(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return false;
    const qint64 a = v.toInteger(0);
    const qint64 b = v.toInteger(1);
    if (a != b)
        return false; // not representable as qint64
    *out = a;
    return true;
}

} // namespace

SchemaValidator::SchemaValidator(const QJsonObject &spec)
    : m_spec(spec)
{}

QJsonObject SchemaValidator::ref(const QString &schemaName)
{
    QJsonObject schema;
    schema.insert(QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schemaName));
    return schema;
}

QStringList SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList errors;
    check(value, schema, QStringLiteral("$"), errors, 0);
    return errors;
}

void SchemaValidator::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &where,
                            QStringList &errors, int depth) const
{
    if (depth > 32) {
        errors.append(where + QStringLiteral(": schema nesting too deep"));
        return;
    }
    QJsonObject schema = schemaIn;
    if (schema.contains(QLatin1String("$ref"))) {
        const QString target = schema.value(QLatin1String("$ref")).toString();
        const QString prefix = QStringLiteral("#/components/schemas/");
        if (!target.startsWith(prefix)) {
            errors.append(where + QStringLiteral(": unsupported $ref ") + target);
            return;
        }
        const QJsonObject schemas =
            m_spec.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
        const QString name = target.mid(prefix.size());
        if (!schemas.contains(name)) {
            errors.append(where + QStringLiteral(": dangling $ref ") + target);
            return;
        }
        check(value, schemas.value(name).toObject(), where, errors, depth + 1);
        return;
    }

    static const QSet<QString> known = {
        QStringLiteral("type"),     QStringLiteral("required"),    QStringLiteral("properties"),
        QStringLiteral("items"),    QStringLiteral("enum"),        QStringLiteral("format"),
        QStringLiteral("minItems"), QStringLiteral("uniqueItems"), QStringLiteral("description"),
        QStringLiteral("example"),  QStringLiteral("readOnly"),    QStringLiteral("title"),
        QStringLiteral("default"),  QStringLiteral("minimum"),     QStringLiteral("maximum")};
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors.append(where + QStringLiteral(": unsupported schema keyword ") + it.key());
    }

    if (value.isNull() || value.isUndefined()) {
        errors.append(where + QStringLiteral(": null is not allowed (the spec has no nullable fields)"));
        return;
    }

    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("object")) {
        if (!value.isObject()) {
            errors.append(where + QStringLiteral(": expected an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                errors.append(where + QStringLiteral(": missing required property ") + required.toString());
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!properties.contains(it.key())) {
                errors.append(where + QStringLiteral(": undeclared property ") + it.key());
                continue;
            }
            check(it.value(), properties.value(it.key()).toObject(), where + QLatin1Char('.') + it.key(), errors,
                  depth + 1);
        }
    } else if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            errors.append(where + QStringLiteral(": expected an array"));
            return;
        }
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            array.size() < schema.value(QLatin1String("minItems")).toInt())
            errors.append(where + QStringLiteral(": fewer items than minItems"));
        if (schema.value(QLatin1String("uniqueItems")).toBool()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (array.at(i) == array.at(j))
                        errors.append(where + QStringLiteral(": duplicate items"));
                }
            }
        }
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), errors, depth + 1);
    } else if (type == QLatin1String("string")) {
        if (!value.isString()) {
            errors.append(where + QStringLiteral(": expected a string"));
            return;
        }
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool()) {
            errors.append(where + QStringLiteral(": expected a boolean"));
            return;
        }
    } else if (type == QLatin1String("integer")) {
        qint64 n = 0;
        if (!isIntegral(value, &n)) {
            errors.append(where + QStringLiteral(": expected an integer"));
            return;
        }
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("int32") &&
            (n < std::numeric_limits<qint32>::min() || n > std::numeric_limits<qint32>::max()))
            errors.append(where + QStringLiteral(": outside int32"));
        else if (!format.isEmpty() && format != QLatin1String("int32") && format != QLatin1String("int64"))
            errors.append(where + QStringLiteral(": unsupported format ") + format);
        if (schema.contains(QLatin1String("minimum")) && n < schema.value(QLatin1String("minimum")).toInteger())
            errors.append(where + QStringLiteral(": below minimum"));
        if (schema.contains(QLatin1String("maximum")) && n > schema.value(QLatin1String("maximum")).toInteger())
            errors.append(where + QStringLiteral(": above maximum"));
    } else if (!type.isEmpty()) {
        errors.append(where + QStringLiteral(": unsupported type ") + type);
        return;
    }

    if (schema.contains(QLatin1String("enum"))) {
        // The fake must only emit values the spec lists (clients must tolerate new ones; the fake must not invent).
        if (!schema.value(QLatin1String("enum")).toArray().contains(value))
            errors.append(where + QStringLiteral(": value not in the spec's enum: ") +
                          QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    }
}

QJsonObject SchemaValidator::operation(const QString &pathTemplate, const QString &method) const
{
    return m_spec.value(QLatin1String("paths"))
        .toObject()
        .value(pathTemplate)
        .toObject()
        .value(method.toLower())
        .toObject();
}

std::optional<QJsonObject> SchemaValidator::declaredResponse(const QString &pathTemplate, const QString &method,
                                                             int status) const
{
    const QJsonObject responses = operation(pathTemplate, method).value(QLatin1String("responses")).toObject();
    const QString key = QString::number(status);
    if (!responses.contains(key))
        return std::nullopt;
    return responses.value(key).toObject();
}

QList<int> SchemaValidator::declaredStatuses(const QString &pathTemplate, const QString &method) const
{
    QList<int> out;
    const QJsonObject responses = operation(pathTemplate, method).value(QLatin1String("responses")).toObject();
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it)
        out.append(it.key().toInt());
    return out;
}

bool SchemaValidator::isStatusAllowed(const QString &pathTemplate, const QString &method, int status) const
{
    if (operation(pathTemplate, method).isEmpty())
        return kGenericStatuses.contains(status) || status == 429; // unknown operation: generic errors only
    return declaredResponse(pathTemplate, method, status).has_value() || kGenericStatuses.contains(status) ||
           status == 429;
}

QStringList SchemaValidator::checkResponse(const QString &pathTemplate, const QString &method, int status,
                                           const QByteArray &contentType, const QByteArray &body) const
{
    QStringList errors;
    const QString what = QStringLiteral("%1 %2 -> %3").arg(method.toUpper(), pathTemplate).arg(status);
    if (!isStatusAllowed(pathTemplate, method, status)) {
        errors.append(what + QStringLiteral(": status not declared by the spec"));
        return errors;
    }
    const auto declared = declaredResponse(pathTemplate, method, status);
    QJsonObject content;
    if (declared) {
        content = declared->value(QLatin1String("content")).toObject();
        if (content.isEmpty()) {
            if (!body.isEmpty())
                errors.append(what + QStringLiteral(": the spec declares no body, got one"));
            return errors;
        }
    } else {
        // A generic error status: Dynatrace's error envelope as JSON.
        content.insert(QString::fromLatin1(kJson),
                       QJsonObject{{QStringLiteral("schema"), ref(QStringLiteral("ErrorEnvelope"))}});
    }
    const QString type = QString::fromLatin1(contentType);
    if (!content.contains(type)) {
        errors.append(what + QStringLiteral(": content type '%1' not declared (declared: %2)")
                                 .arg(type, content.keys().join(QStringLiteral(" | "))));
        return errors;
    }
    const QJsonObject schema = content.value(type).toObject().value(QLatin1String("schema")).toObject();
    if (type.startsWith(QLatin1String("application/json"))) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            errors.append(what + QStringLiteral(": body is not JSON: ") + parseError.errorString());
            return errors;
        }
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        for (const QString &e : validate(root, schema))
            errors.append(what + QStringLiteral(": ") + e);
    } else if (body.trimmed().isEmpty()) {
        errors.append(what + QStringLiteral(": empty text body"));
    }
    return errors;
}

} // namespace TokenDesk::FakeTest
