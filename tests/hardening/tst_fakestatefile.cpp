// The fake cluster's --state file when the disk is full (issue 7 §6): a save that cannot be
// completed leaves the previous file byte-identical and no temporary file behind; once there is
// room again the next change is saved and loads back. Needs a tiny file system: run by the ctest
// tst_fakestatefile_diskfull (run-diskfull.sh, a 256 KiB tmpfs in a private mount namespace).
#include "fakecluster.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;

namespace {

QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void captureWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg)
        warnings.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Fills the file system with `path` until a write fails; returns the bytes written.
qint64 fill(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray chunk(4096, 'f');
    qint64 total = 0;
    while (file.write(chunk) == chunk.size() && file.flush())
        total += chunk.size();
    // Byte-sized writes take the last partial block too.
    while (file.write("f", 1) == 1 && file.flush())
        ++total;
    return total;
}

} // namespace

class TestFakeStateFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDisk_keepsThePreviousStateFile();
};

void TestFakeStateFile::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureWarnings);
}

void TestFakeStateFile::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestFakeStateFile::fullDisk_keepsThePreviousStateFile()
{
    const QString dir = qEnvironmentVariable("TOKENDESK_TEST_SMALL_FS");
    if (dir.isEmpty())
        QSKIP("needs a small file system: run by the ctest tst_fakestatefile_diskfull");
    const QString state = QDir(dir).filePath(QStringLiteral("state.bin"));
    const QString filler = QDir(dir).filePath(QStringLiteral("filler"));
    QFile::remove(state);
    QFile::remove(filler);

    Fake::ServerOptions options;
    options.stateFile = state;
    Fake::SeedOptions seed;
    seed.tokens = 50;
    QString newId;
    {
        Fake::FakeCluster fake;
        QVERIFY2(fake.start(options, seed), qPrintable(fake.errorString()));
        const QByteArray before = readAll(state);
        QVERIFY(!before.isEmpty());

        // The disk is full; a change is saved (500 ms later) and fails.
        QVERIFY(fill(filler) > 0);
        warnings.clear();
        for (int i = 0; i < 20; ++i)
            fake.addToken(QStringLiteral("does not fit %1").arg(i), QStringLiteral("alice"),
                          {QStringLiteral("settings.read")});
        QTRY_VERIFY_WITH_TIMEOUT(!warnings.filter(QStringLiteral("cannot save state")).isEmpty(), 10000);
        QCOMPARE(readAll(state), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("filler"), QStringLiteral("state.bin")}));

        // Room again: the next change is saved.
        QVERIFY(QFile::remove(filler));
        newId = fake.addToken(QStringLiteral("fits"), QStringLiteral("alice"), {QStringLiteral("settings.read")}).id;
        fake.stop(); // saves now
        QVERIFY(readAll(state) != before);
    }
    Fake::FakeCluster reloaded;
    QVERIFY2(reloaded.start(options, seed), qPrintable(reloaded.errorString()));
    QVERIFY(reloaded.hasToken(newId));
    QCOMPARE(reloaded.tokenCount(), 50 + 21);
}

QTEST_GUILESS_MAIN(TestFakeStateFile)
#include "tst_fakestatefile.moc"
