// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ApiError: one readable line per failure, never a secret.
#include "api/apierror.h"
#include "api/tokensservice.h"

#include <QTest>

using namespace TokenDesk;

namespace {

const QString Secret =
    QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
const QString Identifier = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");

ApiError error(ApiError::Kind kind, const QString &operation, int status, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.operation = operation;
    e.httpStatus = status;
    e.message = message;
    return e;
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
    void toString_isOneBoundedLine();
    void redactSecrets_data();
    void redactSecrets();
    void identifierOf_data();
    void identifierOf();
    void kindName_coversEveryKind();
};

void TestApiError::toString_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    ApiError create =
        error(ApiError::Kind::Http, QStringLiteral("Create token"), 400, QStringLiteral("Constraints violated."));
    create.code = 400;
    create.violations.append(ConstraintViolation{QStringLiteral("scopes[0]"), QStringLiteral("must be a known scope"),
                                                 QStringLiteral("PAYLOAD_BODY"), std::nullopt});
    create.violations.append(
        ConstraintViolation{std::nullopt, QStringLiteral("name must not be empty"), std::nullopt, std::nullopt});
    QTest::newRow("400 with violations")
        << create
        << QStringLiteral("Create token failed: HTTP 400 Bad Request — Constraints violated. (scopes[0]: must be a "
                          "known scope; name must not be empty)");
    QTest::newRow("404") << error(ApiError::Kind::Http, QStringLiteral("Get token"), 404,
                                  QStringLiteral("Token with ID dt0c01.X not found"))
                         << QStringLiteral("Get token failed: HTTP 404 Not Found — Token with ID dt0c01.X not found");
    QTest::newRow("556") << error(ApiError::Kind::Http, QStringLiteral("List tokens"), 556, QString())
                         << QStringLiteral("List tokens failed: HTTP 556 Upgrade in progress");
    QTest::newRow("unknown status") << error(ApiError::Kind::Http, QStringLiteral("List tokens"), 599, QString())
                                    << QStringLiteral("List tokens failed: HTTP 599");
    ApiError limited =
        error(ApiError::Kind::RateLimited, QStringLiteral("List tokens"), 429, QStringLiteral("Too Many Requests"));
    limited.rateLimitResetUs = qint64(1717000000) * 1000000;
    QTest::newRow("429 with reset")
        << limited
        << QStringLiteral("List tokens failed: HTTP 429 Too Many Requests — Too Many Requests; the rate limit resets "
                          "at 2024-05-29 16:26:40 UTC");
    QTest::newRow("network") << error(ApiError::Kind::Network, QStringLiteral("List tokens"), 0,
                                      QStringLiteral("connection refused by 127.0.0.1:1"))
                             << QStringLiteral("List tokens failed: network error — connection refused by 127.0.0.1:1");
    QTest::newRow("timeout") << error(ApiError::Kind::Timeout, QStringLiteral("Get token"), 0,
                                      QStringLiteral("no data for 30 s"))
                             << QStringLiteral("Get token failed: timed out — no data for 30 s");
    QTest::newRow("parse with status") << error(ApiError::Kind::Parse, QStringLiteral("Get token"), 200,
                                                QStringLiteral("expected JSON, got text/html"))
                                       << QStringLiteral("Get token failed: invalid response (HTTP 200) — expected "
                                                         "JSON, got text/html");
    QTest::newRow("redirect") << error(ApiError::Kind::Redirect, QStringLiteral("List tokens"), 302,
                                       QStringLiteral("the server redirects to https://evil.example/"))
                              << QStringLiteral("List tokens failed: redirect refused (HTTP 302) — the server "
                                                "redirects to https://evil.example/");
    QTest::newRow("tls") << error(ApiError::Kind::Tls, QStringLiteral("List tokens"), 0,
                                  QStringLiteral("the certificate is self-signed"))
                         << QStringLiteral("List tokens failed: TLS error — the certificate is self-signed");
    QTest::newRow("invalid request") << error(ApiError::Kind::InvalidRequest, QStringLiteral("List tokens"), 0,
                                              QStringLiteral("the limit must be between 1 and 1,000,000 (got 0)"))
                                     << QStringLiteral("List tokens failed: invalid request — the limit must be "
                                                       "between 1 and 1,000,000 (got 0)");
    QTest::newRow("cancelled") << error(ApiError::Kind::Cancelled, QStringLiteral("Delete token"), 0, QString())
                               << QStringLiteral("Delete token cancelled");
    QTest::newRow("no operation") << error(ApiError::Kind::Network, QString(), 0, QStringLiteral("x"))
                                  << QStringLiteral("Request failed: network error — x");
    QTest::newRow("secret in message and violation")
        <<
        [] {
            ApiError e = error(ApiError::Kind::Http, QStringLiteral("Look up token"), 404,
                               QStringLiteral("Token ") + Secret + QStringLiteral(" not found"));
            e.violations.append(ConstraintViolation{QStringLiteral("token"), Secret, std::nullopt, std::nullopt});
            return e;
        }()
        << QStringLiteral("Look up token failed: HTTP 404 Not Found — Token ") + Identifier +
               QStringLiteral(".**** not found (token: ") + Identifier + QStringLiteral(".****)");
}

void TestApiError::toString()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.toString(), expected);
}

void TestApiError::toString_isOneBoundedLine()
{
    ApiError e = error(ApiError::Kind::Http, QStringLiteral("List tokens"), 500,
                       QStringLiteral("line one\nline two\r\n\tline three ") + QString(5000, QLatin1Char('x')));
    const QString text = e.toString();
    QVERIFY(!text.contains(QLatin1Char('\n')));
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY(!text.contains(QLatin1Char('\t')));
    QVERIFY(text.contains(QStringLiteral("line one line two line three")));
    QVERIFY2(text.size() < 700, qPrintable(QString::number(text.size())));
}

void TestApiError::redactSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << QStringLiteral("nothing here") << QStringLiteral("nothing here");
    QTest::newRow("identifier stays") << Identifier << Identifier;
    QTest::newRow("secret") << Secret << Identifier + QStringLiteral(".****");
    QTest::newRow("secret in a path") << QStringLiteral("/api/cluster/v2/tokens/") + Secret + QStringLiteral("?x")
                                      << QStringLiteral("/api/cluster/v2/tokens/") + Identifier +
                                             QStringLiteral(".****?x");
    QTest::newRow("two secrets") << Secret + QLatin1Char(' ') + Secret
                                 << Identifier + QStringLiteral(".**** ") + Identifier + QStringLiteral(".****");
    QTest::newRow("other prefix") << QStringLiteral("dt0s01.") + Secret.mid(7)
                                  << QStringLiteral("dt0s01.ST2EY72KQINMH574WMNVI7YN.****");
    // Erring on the side of hiding: case does not matter (the CSV writer and the CLI refuse the same).
    QTest::newRow("upper-case prefix") << QStringLiteral("DT0C01.") + Secret.mid(7)
                                       << QStringLiteral("DT0C01.ST2EY72KQINMH574WMNVI7YN.****");
    QTest::newRow("all lower-case") << QStringLiteral("x=") + Secret.toLower()
                                    << QStringLiteral("x=") + Identifier.toLower() + QStringLiteral(".****");
}

void TestApiError::redactSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::redactSecrets(input), expected);
}

void TestApiError::identifierOf_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new format") << Secret << Identifier;
    QTest::newRow("identifier itself") << Identifier << Identifier;
    QTest::newRow("old format") << QStringLiteral("abcdefjhij1234567890") << QStringLiteral("abcdef…");
    QTest::newRow("short") << QStringLiteral("abc") << QStringLiteral("…");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("secret with extra") << Secret + QStringLiteral("X") << QStringLiteral("dt0c01…");
}

void TestApiError::identifierOf()
{
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QCOMPARE(TokensService::identifierOf(secret), expected);
}

void TestApiError::kindName_coversEveryKind()
{
    QSet<QString> names;
    for (const ApiError::Kind kind :
         {ApiError::Kind::Network, ApiError::Kind::Tls, ApiError::Kind::Timeout, ApiError::Kind::Http,
          ApiError::Kind::Parse, ApiError::Kind::RateLimited, ApiError::Kind::Redirect, ApiError::Kind::Cancelled,
          ApiError::Kind::InvalidRequest}) {
        const QString name = ApiError::kindName(kind);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), 9);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
