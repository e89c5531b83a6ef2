// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Is this the token in use" decided by id: a new-format secret names its token (its id is the
// secret's public identifier), an old-format one does not (its id is a UUID only the cluster knows);
// the service knows the id from the secret at once and from a lookup once one answers.
#include "api/tokeninuse.h"
#include "api/tokensservice.h"
#include "secretsamples.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace TokenDesk;

class TestTokenInUse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idOfSecret_data();
    void idOfSecret();
    void isTokenInUse_data();
    void isTokenInUse();
    void service_shouldKnowTheTokenInUse();
    void wording_shouldSayWhyAndWhatToDo();
};

void TestTokenInUse::idOfSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("id");
    QTest::newRow("new format") << TestSamples::secret() << TestSamples::identifier();
    QTest::newRow("old format, 20") << TestSamples::oldSecret20() << QString();
    QTest::newRow("old format, 21") << TestSamples::oldSecret21() << QString();
    QTest::newRow("an identifier is not a secret") << TestSamples::identifier() << QString();
    QTest::newRow("lower-cased: not sent as a token") << TestSamples::secret().toLower() << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTokenInUse::idOfSecret()
{
    QFETCH(QString, secret);
    QFETCH(QString, id);
    QCOMPARE(TokenInUse::idOfSecret(secret), id);
}

void TestTokenInUse::isTokenInUse_data()
{
    const QString uuid = QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65");
    const QString other = QStringLiteral("dt0c01.") + QString(24, QLatin1Char('Q'));
    QTest::addColumn<QString>("tokenId");
    QTest::addColumn<QString>("inUseId");
    QTest::addColumn<bool>("inUse");
    QTest::newRow("same identifier") << TestSamples::identifier() << TestSamples::identifier() << true;
    QTest::newRow("another token") << other << TestSamples::identifier() << false;
    QTest::newRow("named by its secret") << TestSamples::secret() << TestSamples::identifier() << true;
    QTest::newRow("same UUID (old format)") << uuid << uuid << true;
    QTest::newRow("another UUID") << uuid << QStringLiteral("b6e91657-1fa7-4742-af40-39469b92bd65") << false;
    QTest::newRow("in-use id unknown") << TestSamples::identifier() << QString() << false;
    QTest::newRow("no token named") << QString() << TestSamples::identifier() << false;
}

void TestTokenInUse::isTokenInUse()
{
    QFETCH(QString, tokenId);
    QFETCH(QString, inUseId);
    QFETCH(bool, inUse);
    QCOMPARE(TokenInUse::isTokenInUse(tokenId, inUseId), inUse);
}

void TestTokenInUse::service_shouldKnowTheTokenInUse()
{
    QNetworkAccessManager nam;
    TokensService service(&nam);
    QCOMPARE(service.tokenInUseId(), QString());
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(QStringLiteral("https://cluster.example.com"));
    s.apiToken = TestSamples::secret();
    service.setConnection(s);
    QCOMPARE(service.tokenInUseId(), TestSamples::identifier()); // from the secret, without asking
    // What a lookup answers wins (the cluster's own word for the id).
    service.setTokenInUseId(QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65"));
    QCOMPARE(service.tokenInUseId(), QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65"));
    // An old-format secret names no token until a lookup answers; a new connection forgets the old id.
    s.apiToken = TestSamples::oldSecret21();
    service.setConnection(s);
    QCOMPARE(service.tokenInUseId(), QString());
    service.setTokenInUseId(QStringLiteral("c6e91657-1fa7-4742-af40-39469b92bd65"));
    QCOMPARE(service.tokenInUseId(), QStringLiteral("c6e91657-1fa7-4742-af40-39469b92bd65"));
}

void TestTokenInUse::wording_shouldSayWhyAndWhatToDo()
{
    QVERIFY(TokenInUse::reason().contains(QStringLiteral("this connection uses")));
    QVERIFY(TokenInUse::explanation().contains(QStringLiteral("the token TokenDesk is connected with")));
    QVERIFY(TokenInUse::explanation().contains(QStringLiteral("connect with another token")));
}

QTEST_GUILESS_MAIN(TestTokenInUse)
#include "tst_tokeninuse.moc"
