// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One CSV across two fake clusters with different tokens: each listed and detailed with its own
// profile's token, the file written through the usual writer (QSaveFile, formula guard) with a first
// column "Cluster"; a profile that cannot be exported is named and makes the export fail as a whole.
#include "csv/csvexportjob.h"
#include "csv/csvreader.h"
#include "export/profileexport.h"
#include "fakecluster.h"
#include "settings/secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using Fake::Endpoint;

namespace {

ConnectionProfile profileOf(const QString &name, const QString &url)
{
    ConnectionProfile p;
    p.name = name;
    p.url = url;
    p.timeoutMs = 5000;
    return p;
}

} // namespace

class TestProfileExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Fake::SeedOptions seed;
        seed.tokens = 4;
        seed.seed = 21;
        QVERIFY(m_alpha.start(Fake::ServerOptions{}, seed));
        seed.seed = 22;
        QVERIFY(m_beta.start(Fake::ServerOptions{}, seed));
        m_keyring = std::make_unique<MemorySecretStore>();
        m_keyring->write(QStringLiteral("alpha"), m_alpha.adminToken().secret, this, [](bool, const QString &) {});
        m_keyring->write(QStringLiteral("beta"), m_beta.adminToken().secret, this, [](bool, const QString &) {});
    }

    void cleanup()
    {
        m_beta.clearFaults();
        m_alpha.stop();
        m_beta.stop();
    }

    void twoClusters_oneFileWithAClusterColumn()
    {
        const auto formula = m_alpha.addToken(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("ann"),
                                              {QStringLiteral("settings.read")});
        const auto betaToken =
            m_beta.addToken(QStringLiteral("backup"), QStringLiteral("bob"), {QStringLiteral("DiagnosticExport")});
        ProfileExport job({profileOf(QStringLiteral("alpha"), m_alpha.baseUrl()),
                           profileOf(QStringLiteral("beta"), m_beta.baseUrl())},
                          reader(), ListQuery{}, true);
        QSignalSpy finished(&job, &ProfileExport::finished);
        QSignalSpy progress(&job, &ProfileExport::progress);
        job.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(20000));
        QVERIFY(job.succeeded());
        QVERIFY(job.failures().isEmpty());
        QCOMPARE(job.tokenCount(), m_alpha.tokenCount() + m_beta.tokenCount());
        QVERIFY(progress.count() >= 4);
        // Each cluster was asked with its own profile's token, for the list and the details
        for (Fake::FakeCluster *fake : {&m_alpha, &m_beta}) {
            QCOMPARE(fake->lastRequestHeader(Endpoint::List, "Authorization"),
                     "Api-Token " + fake->adminToken().secret.toLatin1());
            QCOMPARE(fake->lastRequestHeader(Endpoint::Get, "Authorization"),
                     "Api-Token " + fake->adminToken().secret.toLatin1());
            QCOMPARE(fake->requestCount(Endpoint::Get), fake->tokenCount());
        }

        // Written the usual way: through CsvExportJob (QSaveFile) with the formula guard
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        const QList<TokenColumn> columns{TokenColumn::Id, TokenColumn::Name, TokenColumn::Owner, TokenColumn::Scopes,
                                         TokenColumn::Status};
        CsvExportJob writer(job.rows(columns, QDateTime::currentMSecsSinceEpoch()), path, CsvOptions{});
        QSignalSpy written(&writer, &CsvExportJob::finished);
        QVERIFY(writer.start());
        QVERIFY(written.wait(10000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = CsvReader::parse(file.readAll());
        QVERIFY(table);
        QCOMPARE(table->header,
                 (QStringList{QStringLiteral("Cluster"), QStringLiteral("ID"), QStringLiteral("Name"),
                              QStringLiteral("Owner"), QStringLiteral("Scopes"), QStringLiteral("Status")}));
        QCOMPARE(table->records.size(), m_alpha.tokenCount() + m_beta.tokenCount());
        QHash<QString, QStringList> byId;
        QHash<QString, int> perCluster;
        for (const QStringList &record : table->records) {
            byId.insert(record.at(1), record);
            ++perCluster[record.at(0)];
            // every row has its details (owner, status)
            QVERIFY2(!record.at(3).isEmpty() && !record.at(5).isEmpty(), qPrintable(record.join(QLatin1Char('|'))));
        }
        QCOMPARE(perCluster.value(QStringLiteral("alpha")), m_alpha.tokenCount());
        QCOMPARE(perCluster.value(QStringLiteral("beta")), m_beta.tokenCount());
        QCOMPARE(byId.value(betaToken.id),
                 (QStringList{QStringLiteral("beta"), betaToken.id, QStringLiteral("backup"), QStringLiteral("bob"),
                              QStringLiteral("DiagnosticExport"), QStringLiteral("active")}));
        QCOMPARE(byId.value(formula.id).at(0), QStringLiteral("alpha"));
        QCOMPARE(byId.value(formula.id).at(2), QStringLiteral("'=HYPERLINK(\"x\")")); // guarded
        // alpha's rows come first, then beta's
        QCOMPARE(table->records.first().at(0), QStringLiteral("alpha"));
        QCOMPARE(table->records.last().at(0), QStringLiteral("beta"));
    }

    void idAndNameOnly_sendsNoDetailRequests()
    {
        ProfileExport job({profileOf(QStringLiteral("beta"), m_beta.baseUrl())}, reader(), ListQuery{}, false);
        QSignalSpy finished(&job, &ProfileExport::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(job.succeeded());
        QCOMPARE(m_beta.requestCount(Endpoint::Get), 0);
        QCOMPARE(job.rows({TokenColumn::Id}, 0)->rowCount(), m_beta.tokenCount());
    }

    void aProfileThatFails_isNamedAndTheExportFailsAsAWhole()
    {
        Fake::Fault fault;
        fault.kind = Fake::Fault::Kind::Status;
        fault.status = 503;
        fault.count = -1;
        m_beta.injectFault(Endpoint::List, fault);
        ProfileExport job({profileOf(QStringLiteral("alpha"), m_alpha.baseUrl()),
                           profileOf(QStringLiteral("no token"), m_alpha.baseUrl()),
                           profileOf(QStringLiteral("beta"), m_beta.baseUrl())},
                          reader(), ListQuery{}, true);
        QSignalSpy finished(&job, &ProfileExport::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.succeeded());
        QCOMPARE(job.failures().size(), 2);
        QCOMPARE(job.failures().at(0).profile, QStringLiteral("no token"));
        QVERIFY2(job.failures().at(0).reason.contains(QStringLiteral("No API token")),
                 qPrintable(job.failures().at(0).reason));
        QCOMPARE(job.failures().at(1).profile, QStringLiteral("beta"));
        QVERIFY2(job.failures().at(1).reason.contains(QStringLiteral("503")), qPrintable(job.failures().at(1).reason));
        // every profile was still asked, so that all failures are known at once
        QCOMPARE(m_alpha.requestCount(Endpoint::List), 1);
        QCOMPARE(m_beta.requestCount(Endpoint::List), 1);
    }

private:
    ProfileLookup::TokenReader reader()
    {
        return [this](const ConnectionProfile &p, QObject *context,
                      std::function<void(bool, const QString &, const QString &)> done) {
            m_keyring->read(p.name, context, std::move(done));
        };
    }

    Fake::FakeCluster m_alpha;
    Fake::FakeCluster m_beta;
    std::unique_ptr<MemorySecretStore> m_keyring;
};

QTEST_GUILESS_MAIN(TestProfileExport)
#include "tst_profileexport.moc"
