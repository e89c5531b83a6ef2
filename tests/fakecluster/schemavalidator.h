// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A small validator for the subset of OpenAPI 3.0 / JSON Schema that api/cluster-v2-tokens.openapi.yaml
// uses: $ref, type, required, properties, items, enum, format int32/int64, minItems, uniqueItems.
// Strict on purpose: undeclared properties and nulls are errors (the fake must emit exactly the spec),
// and a validation keyword it does not know is an error rather than a silent pass.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk::FakeTest {

class SchemaValidator final
{
public:
    explicit SchemaValidator(const QJsonObject &spec);

    // `#/components/schemas/<name>` as a schema object ({"$ref": ...}).
    static QJsonObject ref(const QString &schemaName);

    // Errors of `value` against `schema` (empty = valid).
    QStringList validate(const QJsonValue &value, const QJsonObject &schema) const;

    // The statuses the spec allows for an operation: the declared ones, the generic list of the spec's
    // description (400, 401, 403, 404, 500, 556) and 429 (documented rate limiting).
    bool isStatusAllowed(const QString &pathTemplate, const QString &method, int status) const;
    // The declared response object, if the operation declares `status`.
    std::optional<QJsonObject> declaredResponse(const QString &pathTemplate, const QString &method, int status) const;
    QList<int> declaredStatuses(const QString &pathTemplate, const QString &method) const;

    // Status, content type and body of one response against the spec. Generic (undeclared) error
    // statuses must be JSON ErrorEnvelopes.
    QStringList checkResponse(const QString &pathTemplate, const QString &method, int status,
                              const QByteArray &contentType, const QByteArray &body) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where, QStringList &errors,
               int depth) const;
    QJsonObject operation(const QString &pathTemplate, const QString &method) const;

    QJsonObject m_spec;
};

} // namespace TokenDesk::FakeTest
