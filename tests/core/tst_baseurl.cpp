// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokensService::normalizeBaseUrl: what users type in the connection dialog.
#include "api/tokensservice.h"

#include <QTest>

using namespace TokenDesk;

class TestBaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeBaseUrl_data();
    void normalizeBaseUrl();
};

void TestBaseUrl::normalizeBaseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = rejected
    QTest::addColumn<QString>("error");    // substring of the error when rejected

    const QString base = QStringLiteral("https://cluster.example.com/api/cluster/v2");
    QTest::newRow("https host") << QStringLiteral("https://cluster.example.com") << base << QString();
    QTest::newRow("https host slash") << QStringLiteral("https://cluster.example.com/") << base << QString();
    QTest::newRow("bare host") << QStringLiteral("cluster.example.com") << base << QString();
    QTest::newRow("surrounding whitespace") << QStringLiteral("  cluster.example.com \n") << base << QString();
    QTest::newRow("upper-case scheme and host") << QStringLiteral("HTTPS://Cluster.Example.COM") << base << QString();
    QTest::newRow("host with port") << QStringLiteral("cluster.example.com:8443")
                                    << QStringLiteral("https://cluster.example.com:8443/api/cluster/v2") << QString();
    QTest::newRow("default port dropped") << QStringLiteral("https://cluster.example.com:443") << base << QString();
    QTest::newRow("api base") << QStringLiteral("https://cluster.example.com/api/cluster/v2") << base << QString();
    QTest::newRow("api base slash") << QStringLiteral("https://cluster.example.com/api/cluster/v2/") << base
                                    << QString();
    QTest::newRow("bare host with api path")
        << QStringLiteral("cluster.example.com/api/cluster/v2") << base << QString();
    QTest::newRow("http for a local cluster") << QStringLiteral("http://127.0.0.1:8080")
                                              << QStringLiteral("http://127.0.0.1:8080/api/cluster/v2") << QString();
    QTest::newRow("http default port dropped")
        << QStringLiteral("http://localhost:80") << QStringLiteral("http://localhost/api/cluster/v2") << QString();
    QTest::newRow("IPv6") << QStringLiteral("https://[::1]:9443/")
                          << QStringLiteral("https://[::1]:9443/api/cluster/v2") << QString();
    QTest::newRow("localhost with port") << QStringLiteral("localhost:8443")
                                         << QStringLiteral("https://localhost:8443/api/cluster/v2") << QString();

    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the cluster address");
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QStringLiteral("Enter the cluster address");
    QTest::newRow("ftp") << QStringLiteral("ftp://cluster.example.com") << QString()
                         << QStringLiteral("Unsupported scheme \"ftp\"");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString() << QStringLiteral("Unsupported scheme");
    QTest::newRow("query") << QStringLiteral("https://cluster.example.com/?x=1") << QString()
                           << QStringLiteral("must not contain a query");
    QTest::newRow("empty query") << QStringLiteral("https://cluster.example.com/?") << QString()
                                 << QStringLiteral("must not contain a query");
    QTest::newRow("fragment") << QStringLiteral("https://cluster.example.com/#a") << QString()
                              << QStringLiteral("must not contain a fragment");
    QTest::newRow("user info") << QStringLiteral("https://admin:pw@cluster.example.com") << QString()
                               << QStringLiteral("must not contain a user name or password");
    QTest::newRow("other path") << QStringLiteral("https://cluster.example.com/e/abc/api/v2") << QString()
                                << QStringLiteral("Unexpected path");
    QTest::newRow("v1 api") << QStringLiteral("https://cluster.example.com/api/v1.0/onpremise") << QString()
                            << QStringLiteral("Unexpected path");
    QTest::newRow("bad port") << QStringLiteral("cluster.example.com:99999") << QString()
                              << QStringLiteral("Not a valid address");
    QTest::newRow("space in host") << QStringLiteral("https://clus ter.example.com") << QString()
                                   << QStringLiteral("Not a valid address");
    QTest::newRow("no host") << QStringLiteral("https:///api/cluster/v2") << QString()
                             << QStringLiteral("no host name");
}

void TestBaseUrl::normalizeBaseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    QString message = QStringLiteral("stale");
    const QUrl url = TokensService::normalizeBaseUrl(input, &message);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY2(message.contains(error), qPrintable(message));
    } else {
        QVERIFY2(url.isValid(), qPrintable(message));
        QCOMPARE(url.toString(), expected);
        QVERIFY(message.isEmpty());
        // Idempotent: the result normalises to itself.
        QCOMPARE(TokensService::normalizeBaseUrl(url.toString()), url);
    }
}

QTEST_GUILESS_MAIN(TestBaseUrl)
#include "tst_baseurl.moc"
