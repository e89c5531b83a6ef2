// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokendesk-cli lookup --all-profiles` as shipped, with a real keyring: run by run-with-keyring.sh
// inside a private D-Bus session with an unlocked gnome-keyring. This test stores each profile's API
// token in that keyring the way the desktop app does (KeychainSecretStore), serves two fake clusters
// with different tokens, and runs the CLI as a separate process: the secret is known to exactly one
// cluster, and each cluster must be asked with its own profile's token.
#include "fakecluster.h"
#include "keychainsecretstore.h"
#include "settings/connectionprofile.h"
#include "settings/settingslocation.h"

#include "csv/csvreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Fake;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(1200)), QString::fromUtf8(err.left(600)));
    }
};

} // namespace

class TstCliAllProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookup_allProfiles_namesTheOneClusterThatKnowsTheSecret();
    void lookup_json_givesEveryProfilesResult();
    void lookup_noneKnowsIt_exitsWith5_andWith6WhenOneCouldNotBeAsked();
    void lookup_unknownProfile_isAUsageError();
    void export_profiles_writesOneFileWithAClusterColumn();
    void export_allProfiles_withOneWithoutToken_writesNothing();
    void cleanupTestCase();

private:
    Run run(const QStringList &args, const QString &stdinLine, const QString &envToken = QString());
    bool storeToken(const QString &profile, const QString &secret);
    void saveProfile(const QString &name, const QString &url);

    FakeCluster m_alpha;
    FakeCluster m_beta;
    FakeCluster m_elsewhere; // no profile points here: its secrets are known to none
    SeededToken m_leaked;    // of beta
    QStringList m_secrets;
};

void TstCliAllProfiles::initTestCase()
{
    // The wrapper's environment, never the user's (the profiles file and the keyring are its own).
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsSet("XDG_CONFIG_HOME"),
             "run this test through tests/cli/run-with-keyring.sh");
    QVERIFY(QFile::exists(QStringLiteral(TOKENDESK_CLI_PATH)));
    SeedOptions seed;
    seed.tokens = 5;
    seed.seed = 11;
    QVERIFY(m_alpha.start(ServerOptions{}, seed));
    seed.seed = 12;
    QVERIFY(m_beta.start(ServerOptions{}, seed));
    seed.seed = 13;
    QVERIFY(m_elsewhere.start(ServerOptions{}, seed));
    m_leaked = m_beta.addToken(QStringLiteral("ci-pipeline"), QStringLiteral("bob"),
                               {QStringLiteral("settings.read"), QStringLiteral("DiagnosticExport")});
    m_secrets = {m_alpha.adminToken().secret, m_beta.adminToken().secret, m_elsewhere.adminToken().secret,
                 m_leaked.secret};

    saveProfile(QStringLiteral("alpha"), m_alpha.baseUrl());
    saveProfile(QStringLiteral("beta"), m_beta.baseUrl());
    saveProfile(QStringLiteral("missing"), m_alpha.baseUrl()); // no token in the keyring
    QVERIFY2(storeToken(QStringLiteral("alpha"), m_alpha.adminToken().secret), "the keyring refused a write");
    QVERIFY(storeToken(QStringLiteral("beta"), m_beta.adminToken().secret));
}

void TstCliAllProfiles::cleanupTestCase()
{
    QSettings settings(SettingsLocation::organization(), SettingsLocation::application());
    settings.clear();
}

void TstCliAllProfiles::saveProfile(const QString &name, const QString &url)
{
    // Where the CLI reads them: QSettings under XDG_CONFIG_HOME, as the desktop app writes them.
    QSettings settings(SettingsLocation::organization(), SettingsLocation::application());
    ConnectionProfile profile;
    profile.name = name;
    profile.url = url;
    ProfileStore(&settings).save(profile);
    settings.sync();
}

bool TstCliAllProfiles::storeToken(const QString &profile, const QString &secret)
{
    KeychainSecretStore keyring;
    bool done = false;
    bool stored = false;
    keyring.write(profile, secret, this, [&](bool ok, const QString &why) {
        done = true;
        stored = ok;
        if (!ok)
            qWarning("keyring: %s", qPrintable(why));
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return false;
    return stored;
}

Run TstCliAllProfiles::run(const QStringList &args, const QString &stdinLine, const QString &envToken)
{
    Run result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOKENDESK_API_TOKEN"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!envToken.isEmpty())
        env.insert(QStringLiteral("TOKENDESK_API_TOKEN"), envToken);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), args);
    process.write(stdinLine.toUtf8() + '\n');
    process.closeWriteChannel();
    // The fakes are served by this thread's event loop, which the spy keeps running.
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    for (const QString &secret : std::as_const(m_secrets)) {
        const QByteArray part = secret.mid(32).toLatin1();
        if (result.out.contains(part) || result.err.contains(part))
            qWarning("a secret reached the output of: %s", qPrintable(args.join(QLatin1Char(' '))));
        [&] { QVERIFY(!result.out.contains(part) && !result.err.contains(part)); }();
    }
    return result;
}

void TstCliAllProfiles::lookup_allProfiles_namesTheOneClusterThatKnowsTheSecret()
{
    const int alphaLookups = m_alpha.requestCount(Endpoint::Lookup);
    const int betaLookups = m_beta.requestCount(Endpoint::Lookup);
    // A token in the environment is for one cluster: it is sent to none of them here.
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("--all-profiles")}, m_leaked.secret,
                      m_elsewhere.adminToken().secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("alpha\tnot known"));
    QCOMPARE(
        lines.at(1),
        QStringLiteral("beta\tfound\t%1\tci-pipeline\tbob\tactive\tDiagnosticExport settings.read").arg(m_leaked.id));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("missing\tnot asked\tNo API token is stored")),
             qPrintable(lines.at(2)));
    QVERIFY2(r.err.contains("not used with several profiles"), qPrintable(r.describe()));
    // Each cluster was asked once, with its own profile's token from the keyring
    QCOMPARE(m_alpha.requestCount(Endpoint::Lookup) - alphaLookups, 1);
    QCOMPARE(m_beta.requestCount(Endpoint::Lookup) - betaLookups, 1);
    QCOMPARE(m_alpha.lastRequestHeader(Endpoint::Lookup, "Authorization"),
             "Api-Token " + m_alpha.adminToken().secret.toLatin1());
    QCOMPARE(m_beta.lastRequestHeader(Endpoint::Lookup, "Authorization"),
             "Api-Token " + m_beta.adminToken().secret.toLatin1());
    QCOMPARE(m_elsewhere.requestCount(Endpoint::Any), 0);
}

void TstCliAllProfiles::lookup_json_givesEveryProfilesResult()
{
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("--profiles=beta,alpha"), QStringLiteral("--json")},
                      m_leaked.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject beta = array.at(0).toObject();
    QCOMPARE(beta.value(QStringLiteral("profile")).toString(), QStringLiteral("beta"));
    QCOMPARE(beta.value(QStringLiteral("result")).toString(), QStringLiteral("found"));
    QCOMPARE(beta.value(QStringLiteral("token")).toObject().value(QStringLiteral("id")).toString(), m_leaked.id);
    QCOMPARE(beta.value(QStringLiteral("token")).toObject().value(QStringLiteral("userId")).toString(),
             QStringLiteral("bob"));
    QVERIFY(beta.value(QStringLiteral("address")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("not known"));
}

void TstCliAllProfiles::lookup_noneKnowsIt_exitsWith5_andWith6WhenOneCouldNotBeAsked()
{
    const QString stranger = m_elsewhere.adminToken().secret;
    Run r = run({QStringLiteral("lookup"), QStringLiteral("--profiles"), QStringLiteral("alpha,beta")}, stranger);
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("alpha\tnot known\nbeta\tnot known\n"));
    QVERIFY2(r.err.contains("none of the 2 clusters knows this secret"), qPrintable(r.describe()));

    r = run({QStringLiteral("lookup"), QStringLiteral("--all-profiles")}, stranger);
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("could not be asked"), qPrintable(r.describe()));
}

void TstCliAllProfiles::lookup_unknownProfile_isAUsageError()
{
    const int before = m_alpha.requestCount(Endpoint::Any) + m_beta.requestCount(Endpoint::Any);
    const Run r = run({QStringLiteral("lookup"), QStringLiteral("--profiles=alpha,gamma")}, m_leaked.secret);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("no profile named") && r.err.contains("gamma") && r.err.contains("alpha, beta, missing"),
             qPrintable(r.describe()));
    QCOMPARE(m_alpha.requestCount(Endpoint::Any) + m_beta.requestCount(Endpoint::Any), before);
}

void TstCliAllProfiles::export_profiles_writesOneFileWithAClusterColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    const int alphaGets = m_alpha.requestCount(Endpoint::Get);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--profiles=beta,alpha"),
                       QStringLiteral("--columns=id,name,owner,status"), QStringLiteral("-o"), path},
                      QString());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto table = CsvReader::parse(file.readAll());
    QVERIFY(table);
    QCOMPARE(table->header, (QStringList{QStringLiteral("Cluster"), QStringLiteral("ID"), QStringLiteral("Name"),
                                         QStringLiteral("Owner"), QStringLiteral("Status")}));
    QCOMPARE(table->records.size(), m_beta.tokenCount() + m_alpha.tokenCount());
    // beta first, as asked, then alpha; each row with its details
    QCOMPARE(table->records.first().at(0), QStringLiteral("beta"));
    QCOMPARE(table->records.last().at(0), QStringLiteral("alpha"));
    bool leakedRow = false;
    for (const QStringList &record : table->records) {
        QVERIFY(!record.at(3).isEmpty());
        if (record.at(1) == m_leaked.id) {
            leakedRow = true;
            QCOMPARE(record, (QStringList{QStringLiteral("beta"), m_leaked.id, QStringLiteral("ci-pipeline"),
                                          QStringLiteral("bob"), QStringLiteral("active")}));
        }
    }
    QVERIFY(leakedRow);
    // Details were read with each profile's own token
    QCOMPARE(m_alpha.requestCount(Endpoint::Get) - alphaGets, m_alpha.tokenCount());
    QCOMPARE(m_alpha.lastRequestHeader(Endpoint::Get, "Authorization"),
             "Api-Token " + m_alpha.adminToken().secret.toLatin1());
    QCOMPARE(m_beta.lastRequestHeader(Endpoint::Get, "Authorization"),
             "Api-Token " + m_beta.adminToken().secret.toLatin1());
}

void TstCliAllProfiles::export_allProfiles_withOneWithoutToken_writesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    const Run r =
        run({QStringLiteral("export"), QStringLiteral("--all-profiles"), QStringLiteral("-o"), path}, QString());
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // no token stored: fixed by the user, like a usage error
    QVERIFY2(r.err.contains("profile \u201Cmissing\u201D: No API token is stored"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("nothing was exported"), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstCliAllProfiles)
#include "tst_cliallprofiles.moc"
