// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One secret looked up in every profile at once, against fake clusters that each have their own
// tokens: the secret is known to exactly one. Each profile is asked with its own API token (read
// from a store in memory standing in for the keyring), and every way of not being able to ask ends
// in words, not in "not known".
#include "fakecluster.h"
#include "session/profilelookup.h"
#include "settings/secretstore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;

namespace {

struct Cluster
{
    explicit Cluster(quint32 seedValue)
    {
        Fake::SeedOptions seed;
        seed.tokens = 5;
        seed.seed = seedValue;
        started = fake.start(Fake::ServerOptions{}, seed);
    }
    Fake::FakeCluster fake;
    bool started = false;
};

ConnectionProfile profileOf(const QString &name, const QString &url)
{
    ConnectionProfile p;
    p.name = name;
    p.url = url;
    p.timeoutMs = 5000;
    return p;
}

} // namespace

class TestProfileLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProfile_isAskedWithItsOwnTokenAndSaysWhatItKnows()
    {
        // Given two clusters with different tokens; the leaked secret is of cluster "beta"
        Cluster alpha(1);
        Cluster beta(2);
        QVERIFY(alpha.started && beta.started);
        const Fake::SeededToken leaked =
            beta.fake.addToken(QStringLiteral("ci-pipeline"), QStringLiteral("bob"),
                               {QStringLiteral("settings.read"), QStringLiteral("DiagnosticExport")});
        // and a port nobody listens on
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();

        MemorySecretStore keyring;
        const QString alphaToken = alpha.fake.adminToken().secret;
        const QString betaToken = beta.fake.adminToken().secret;
        auto write = [&keyring](const QString &key, const QString &secret) {
            keyring.write(key, secret, &keyring, [](bool, const QString &) {});
        };
        write(QStringLiteral("alpha"), alphaToken);
        write(QStringLiteral("beta"), betaToken);
        // "wrong" holds beta's token but points to alpha: alpha does not know it (401)
        write(QStringLiteral("wrong"), betaToken);
        write(QStringLiteral("down"), alphaToken);
        QList<ConnectionProfile> profiles{
            profileOf(QStringLiteral("alpha"), alpha.fake.baseUrl()),
            profileOf(QStringLiteral("beta"), beta.fake.baseUrl()),
            profileOf(QStringLiteral("no token"), alpha.fake.baseUrl()),
            profileOf(QStringLiteral("wrong"), alpha.fake.baseUrl()),
            profileOf(QStringLiteral("down"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort)),
        };
        int reads = 0;
        ProfileLookup::TokenReader reader = [&keyring,
                                             &reads](const ConnectionProfile &p, QObject *context,
                                                     std::function<void(bool, const QString &, const QString &)> done) {
            ++reads;
            keyring.read(p.name, context, std::move(done));
        };

        // When the secret is looked up in all of them
        const int alphaLookups = alpha.fake.requestCount(Endpoint::Lookup);
        ProfileLookup lookup(profiles, reader, leaked.secret, 2);
        QSignalSpy finished(&lookup, &ProfileLookup::finished);
        QSignalSpy ready(&lookup, &ProfileLookup::resultReady);
        lookup.start();
        QCOMPARE(ready.count(), 0); // every answer comes from the event loop
        QVERIFY(finished.wait(20000));
        QCOMPARE(ready.count(), profiles.size());
        QCOMPARE(reads, profiles.size());

        // Then beta knows it, with the metadata a single lookup shows
        const QList<ProfileLookup::Result> &r = lookup.results();
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[1].profile, QStringLiteral("beta"));
        QCOMPARE(r[1].outcome, ProfileLookup::Outcome::Found);
        QCOMPARE(r[1].token.id.value_or(QString()), leaked.id);
        QCOMPARE(r[1].token.name.value_or(QString()), QStringLiteral("ci-pipeline"));
        QCOMPARE(r[1].token.userId.value_or(QString()), QStringLiteral("bob"));
        QCOMPARE(r[1].token.scopes.value_or(QStringList()).size(), 2);
        // asked with beta's own token
        QCOMPARE(beta.fake.lastRequestHeader(Endpoint::Lookup, "Authorization"),
                 QByteArray("Api-Token ") + betaToken.toLatin1());
        // alpha was asked (with alpha's token) and does not know it
        QCOMPARE(r[0].outcome, ProfileLookup::Outcome::NotKnown);
        QVERIFY(r[0].reason.isEmpty());
        // the profile without a stored token was not asked, and says so
        QCOMPARE(r[2].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY2(r[2].reason.contains(QStringLiteral("No API token is stored")), qPrintable(r[2].reason));
        // a token the cluster refuses is not "not known"
        QCOMPARE(r[3].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY2(r[3].reason.contains(QStringLiteral("401")), qPrintable(r[3].reason));
        // nor is a cluster that cannot be reached
        QCOMPARE(r[4].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY(r[4].error.has_value());
        QCOMPARE(r[4].error->kind, ApiError::Kind::Network);
        // alpha got two lookups: alpha's and the refused one of "wrong"
        QCOMPARE(alpha.fake.requestCount(Endpoint::Lookup) - alphaLookups, 2);
        QCOMPARE(lookup.foundCount(), 1);
        QCOMPARE(lookup.notKnownCount(), 1);
        QCOMPARE(lookup.notAskedCount(), 3);
        // No reason carries the secret
        for (const ProfileLookup::Result &each : r)
            QVERIFY(!each.reason.contains(leaked.secret.mid(7)));
    }

    void refusals_403And429AndCleartext_areSaidInWords()
    {
        Cluster strict(3);
        Cluster limited(4);
        QVERIFY(strict.started && limited.started);
        strict.fake.setLookupNeedsClusterTokenManagement(true);
        const Fake::SeededToken weak =
            strict.fake.addToken(QStringLiteral("reader"), QStringLiteral("ann"), {QStringLiteral("settings.read")});
        Fake::Fault fault;
        fault.kind = Fake::Fault::Kind::Status;
        fault.status = 429;
        fault.count = -1;
        limited.fake.injectFault(Endpoint::Lookup, fault);

        MemorySecretStore keyring;
        keyring.write(QStringLiteral("strict"), weak.secret, &keyring, [](bool, const QString &) {});
        keyring.write(QStringLiteral("limited"), limited.fake.adminToken().secret, &keyring,
                      [](bool, const QString &) {});
        keyring.write(QStringLiteral("clear"), limited.fake.adminToken().secret, &keyring,
                      [](bool, const QString &) {});
        const QList<ConnectionProfile> profiles{
            profileOf(QStringLiteral("strict"), strict.fake.baseUrl()),
            profileOf(QStringLiteral("limited"), limited.fake.baseUrl()),
            profileOf(QStringLiteral("clear"), QStringLiteral("http://cluster.example.com")),
        };
        int reads = 0;
        ProfileLookup lookup(
            profiles,
            [&](const ConnectionProfile &p, QObject *context,
                std::function<void(bool, const QString &, const QString &)> done) {
                ++reads;
                keyring.read(p.name, context, std::move(done));
            },
            strict.fake.adminToken().secret);
        QSignalSpy finished(&lookup, &ProfileLookup::finished);
        lookup.start();
        QVERIFY(finished.wait(20000));
        const QList<ProfileLookup::Result> &r = lookup.results();
        QCOMPARE(r[0].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY2(r[0].reason.contains(QStringLiteral("403")), qPrintable(r[0].reason));
        QCOMPARE(r[1].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY2(r[1].reason.contains(QStringLiteral("429")), qPrintable(r[1].reason));
        // plain http to another host: refused before the keyring is even read
        QCOMPARE(r[2].outcome, ProfileLookup::Outcome::NotAsked);
        QVERIFY(!r[2].reason.isEmpty());
        QCOMPARE(reads, 2);
        QCOMPARE(lookup.foundCount(), 0);
    }

    void concurrency_isBounded()
    {
        Cluster slow(5);
        QVERIFY(slow.started);
        Fake::Fault fault;
        fault.kind = Fake::Fault::Kind::Latency;
        fault.latencyMs = 150;
        fault.count = -1;
        slow.fake.injectFault(Endpoint::Lookup, fault);
        QList<ConnectionProfile> profiles;
        for (int i = 0; i < 7; ++i)
            profiles.append(profileOf(QStringLiteral("p%1").arg(i), slow.fake.baseUrl()));
        const QString token = slow.fake.adminToken().secret;
        int active = 0;
        int most = 0;
        ProfileLookup lookup(
            profiles,
            [&](const ConnectionProfile &, QObject *context,
                std::function<void(bool, const QString &, const QString &)> done) {
                most = qMax(most, ++active);
                QMetaObject::invokeMethod(
                    context, [done, token] { done(true, token, QString()); }, Qt::QueuedConnection);
            },
            token, 3);
        connect(&lookup, &ProfileLookup::resultReady, this, [&active] { --active; });
        QSignalSpy finished(&lookup, &ProfileLookup::finished);
        lookup.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(most, 3);
        QCOMPARE(lookup.foundCount(), 7);
    }

    void noProfiles_finishesLater()
    {
        ProfileLookup lookup({}, {}, QStringLiteral("x"));
        QSignalSpy finished(&lookup, &ProfileLookup::finished);
        lookup.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(1000));
        QVERIFY(lookup.results().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileLookup)
#include "tst_profilelookup.moc"
