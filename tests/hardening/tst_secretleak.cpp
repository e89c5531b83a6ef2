// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The secret-leak scan: no secret reaches a log, a file or an output. With every debug category on (*.debug=true, Qt's
// own network categories included), an offscreen main window and the CLI (as processes) create tokens, look them up,
// copy a secret and export CSV against the fake cluster. Then every captured log line, every file written under the
// temporary XDG_CONFIG_HOME / HOME (settings, profiles, CSV) and every captured stdout/stderr is scanned for the
// secrets: the known ones (the admin token's and each created token's private part) and anything secret-shaped. 0 hits,
// except the CLI create's own stdout line, which is the secret by design.
#include "createtokendialog.h"
#include "fakecluster.h"
#include "hardeningfixtures.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "model/tokentablemodel.h"
#include "secretdialog.h"
#include "settings/connectionprofile.h"
#include "tokenoperations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Hardening;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                           message);
    }
    if ((type == QtFatalMsg || type == QtCriticalMsg) && previousHandler)
        previousHandler(type, context, message);
}

// The part of a secret that must never appear: the 64 characters after the identifier.
QString privatePart(const QString &secret)
{
    return secret.mid(secret.lastIndexOf(QLatin1Char('.')) + 1);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString label;
};

} // namespace

class TestSecretLeak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenario_guiAndCli_leaveNoSecretAnywhere();

private:
    void runGui();
    void runCli();
    Run cli(const QString &label, const QStringList &args, const QByteArray &stdinData = QByteArray());
    // Every place a secret must not be: name -> text.
    QList<QPair<QString, QString>> scannedTexts() const;

    QTemporaryDir m_dir;
    Fake::FakeCluster m_fake;
    QStringList m_secrets; // every secret of the scenario
    QList<Run> m_runs;
    QString m_cliCreatedSecret;
    QString m_lsanOptions;
};

void TestSecretLeak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretleak"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);

    Fake::SeedOptions seed;
    seed.tokens = 30;
    QVERIFY2(m_fake.start({}, seed), qPrintable(m_fake.errorString()));
    m_secrets.append(m_fake.adminToken().secret);
    QVERIFY(QFile::exists(QStringLiteral(TOKENDESK_CLI_PATH)));

    const QString suppressions = m_dir.filePath(QStringLiteral("lsan.supp"));
    QFile file(suppressions);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("leak:libcrypto.so\nleak:libssl.so\n");
    file.close();
    const QString existing = qEnvironmentVariable("LSAN_OPTIONS");
    m_lsanOptions =
        (existing.isEmpty() ? QString() : existing + QLatin1Char(':')) + QStringLiteral("suppressions=") + suppressions;
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSecretLeak::runGui()
{
    // A saved profile and the last-used one, as the connections dialog leaves them.
    {
        QSettings settings;
        ProfileStore store(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("leakscan");
        profile.url = m_fake.baseUrl();
        store.save(profile);
        store.setLastUsed(profile.name);
    }
    auto window = std::make_unique<MainWindow>(MainWindow::Options{});
    window->show();
    QSignalSpy loaded(window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake.baseUrl());
    s.apiToken = m_fake.adminToken().secret;
    window->connectTo(s, QStringLiteral("leakscan"), false);
    QVERIFY(loaded.wait(10000));

    // Create: the secret dialog shows it once; Show and Copy it.
    TokenOperations *operations = WindowParts::operations(*window);
    operations->newToken();
    QPointer<CreateTokenDialog> create = operations->createDialog();
    QVERIFY(create);
    create->setRequest(CreateTokenRequest{QStringLiteral("leak-gui"), {QStringLiteral("settings.read")}, {}});
    QSignalSpy added(operations, &TokenOperations::tokenAdded);
    create->accept();
    QTRY_VERIFY_WITH_TIMEOUT(operations->secretDialog(), 10000);
    SecretDialog *secretDialog = operations->secretDialog();
    const QString guiSecret = secretDialog->secretLineEdit()->text();
    QVERIFY2(!secretsIn(guiSecret).isEmpty(), "the created secret is shown");
    m_secrets.append(guiSecret);
    secretDialog->showButton()->click();
    secretDialog->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), guiSecret); // copied (and cleared later)
    secretDialog->storedCheckBox()->setChecked(true);
    secretDialog->closeButton()->click();
    QTRY_VERIFY(!operations->secretDialog());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);

    // Lookup by secret.
    operations->lookup();
    QPointer<LookupDialog> lookup = operations->lookupDialog();
    QVERIFY(lookup);
    lookup->secretLineEdit()->setText(guiSecret);
    lookup->lookupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lookup->metadata().has_value(), 10000);
    QCOMPARE(lookup->metadata()->name, std::optional<QString>(QStringLiteral("leak-gui")));
    lookup->done(QDialog::Accepted);
    QTRY_VERIFY(!operations->lookupDialog()); // deleted on close

    // A failed lookup too (its error must not quote the secret).
    operations->lookup();
    lookup = operations->lookupDialog();
    QVERIFY(lookup);
    const QString unknown = QStringLiteral("dt0c01.UNKNOWNUNKNOWNUNKNOWNUNK.") + QString(64, QLatin1Char('U'));
    m_secrets.append(unknown);
    lookup->secretLineEdit()->setText(unknown);
    lookup->lookupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lookup && !lookup->errorText().isEmpty(), 10000);
    lookup->done(QDialog::Rejected);

    window->close(); // writes the window state to the settings
    window.reset();
    QGuiApplication::clipboard()->clear();
}

Run TestSecretLeak::cli(const QString &label, const QStringList &args, const QByteArray &stdinData)
{
    Run result;
    result.label = label;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENDESK_API_TOKEN"), m_fake.adminToken().secret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("LSAN_OPTIONS"), m_lsanOptions);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), args);
    process.write(stdinData);
    process.closeWriteChannel();
    // The fake is served by this thread's event loop, which the spy keeps running.
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestSecretLeak::runCli()
{
    const QString url = QStringLiteral("--url=") + m_fake.baseUrl();
    const QString v = QStringLiteral("--verbose");
    Run list = cli(QStringLiteral("list"), {QStringLiteral("list"), url, v, QStringLiteral("--details")});
    QCOMPARE(list.exitCode, 0);
    m_runs.append(list);

    Run create = cli(QStringLiteral("create"), {QStringLiteral("create"), QStringLiteral("--name=leak-cli"),
                                                QStringLiteral("--scope=settings.read"), url, v});
    QCOMPARE(create.exitCode, 0);
    m_cliCreatedSecret = QString::fromUtf8(create.out).trimmed();
    QVERIFY2(secretsIn(m_cliCreatedSecret).size() == 1, create.out.constData());
    m_secrets.append(m_cliCreatedSecret);
    create.out.clear(); // the one place the secret belongs
    m_runs.append(create);

    Run lookup = cli(QStringLiteral("lookup"), {QStringLiteral("lookup"), url, v}, m_cliCreatedSecret.toUtf8() + '\n');
    QCOMPARE(lookup.exitCode, 0);
    QVERIFY(lookup.out.contains("leak-cli"));
    m_runs.append(lookup);

    // A secret given where an id belongs is refused without being echoed.
    Run get = cli(QStringLiteral("get secret"), {QStringLiteral("get"), m_cliCreatedSecret, url, v});
    QVERIFY(get.exitCode != 0);
    m_runs.append(get);

    const QString csv = m_dir.filePath(QStringLiteral("home/export.csv"));
    Run exportFile = cli(QStringLiteral("export file"), {QStringLiteral("export"), QStringLiteral("-o"), csv,
                                                         QStringLiteral("--columns=id,name,owner,scopes"), url, v});
    QCOMPARE(exportFile.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(exported.contains("leak-cli") && exported.contains("leak-gui"));
    m_runs.append(exportFile);

    Run exportOut = cli(QStringLiteral("export stdout"),
                        {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("-"), url, v});
    QCOMPARE(exportOut.exitCode, 0);
    QVERIFY(exportOut.out.contains("leak-cli"));
    m_runs.append(exportOut);

    // The demo: the fake runs inside the CLI; its admin secret is unknown here, the shape scan finds it.
    Run demo = cli(QStringLiteral("demo list"),
                   {QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--demo-tokens=20"), v});
    QCOMPARE(demo.exitCode, 0);
    m_runs.append(demo);

    const QString id = TokensService::identifierOf(m_cliCreatedSecret);
    Run del = cli(QStringLiteral("delete"), {QStringLiteral("delete"), id, QStringLiteral("--yes"), url, v});
    QCOMPARE(del.exitCode, 0);
    m_runs.append(del);
}

QList<QPair<QString, QString>> TestSecretLeak::scannedTexts() const
{
    QList<QPair<QString, QString>> texts;
    {
        QMutexLocker lock(&logMutex);
        texts.append({QStringLiteral("log of this process"), capturedLog.join(QLatin1Char('\n'))});
    }
    for (const Run &run : m_runs) {
        texts.append({QStringLiteral("stdout of cli ") + run.label, QString::fromUtf8(run.out)});
        texts.append({QStringLiteral("stderr of cli ") + run.label, QString::fromUtf8(run.err)});
    }
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("lsan.supp")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            texts.append({QStringLiteral("file ") + path, QString::fromUtf8(file.readAll())});
    }
    return texts;
}

void TestSecretLeak::scenario_guiAndCli_leaveNoSecretAnywhere()
{
    runGui();
    if (QTest::currentTestFailed())
        return;
    runCli();
    if (QTest::currentTestFailed())
        return;

    const QList<QPair<QString, QString>> texts = scannedTexts();
    // The scan sees real material: debug lines of the client and the fake, settings and CSV files.
    {
        QMutexLocker lock(&logMutex);
        QVERIFY2(capturedLog.size() > 20, qPrintable(QString::number(capturedLog.size())));
        QVERIFY(!capturedLog.filter(QStringLiteral("tokendesk.api")).isEmpty());
    }
    int files = 0;
    bool settingsSeen = false;
    for (const auto &[name, text] : texts) {
        files += name.startsWith(QLatin1String("file ")) ? 1 : 0;
        settingsSeen =
            settingsSeen || (name.endsWith(QLatin1String(".conf")) && text.contains(QStringLiteral("leakscan")));
    }
    QVERIFY2(files >= 2, qPrintable(QString::number(files)));
    QVERIFY(settingsSeen);
    QVERIFY(m_secrets.size() >= 4);

    QStringList hits;
    for (const auto &[name, text] : texts) {
        for (const QString &secret : std::as_const(m_secrets)) {
            if (text.contains(privatePart(secret)))
                hits << name + QStringLiteral(": the private part of ") + TokensService::identifierOf(secret);
        }
        for (const QString &shaped : secretsIn(text)) {
            // Where: the line around it, redacted.
            const qsizetype at = text.indexOf(shaped);
            const qsizetype from = qMax<qsizetype>(0, text.lastIndexOf(QLatin1Char('\n'), at) + 1);
            hits << name + QStringLiteral(": a secret-shaped value ") + TokensService::identifierOf(shaped) +
                        QStringLiteral(" in: ") + ApiError::redactSecrets(text.mid(from, 200));
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
