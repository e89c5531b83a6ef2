// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Atomic files on a full disk: the fake cluster's --state file and a small CSV export.
// A save that cannot be completed leaves the previous file byte-identical and no temporary file
// behind; once there is room again the next save works. The files here are small (a few KiB): they
// fit QSaveFile's buffer, so the failure only shows in its final flush (tests/csv covers exports
// larger than the free space). Needs a tiny file system: run by the ctest tst_fulldisk_diskfull
// (run-diskfull.sh, a 256 KiB tmpfs in a private mount namespace).
#include "csv/csvexportjob.h"
#include "csv/tokensnapshot.h"
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

class TestFullDisk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDisk_keepsThePreviousStateFile();
    void fullDisk_smallExportKeepsThePreviousFile();
};

void TestFullDisk::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureWarnings);
}

void TestFullDisk::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestFullDisk::fullDisk_keepsThePreviousStateFile()
{
    const QString dir = qEnvironmentVariable("TOKENDESK_TEST_SMALL_FS");
    if (dir.isEmpty())
        QSKIP("needs a small file system: run by the ctest tst_fulldisk_diskfull");
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

void TestFullDisk::fullDisk_smallExportKeepsThePreviousFile()
{
    const QString dir = qEnvironmentVariable("TOKENDESK_TEST_SMALL_FS");
    if (dir.isEmpty())
        QSKIP("needs a small file system: run by the ctest tst_fulldisk_diskfull");
    const QString path = QDir(dir).filePath(QStringLiteral("tokens.csv"));
    const QString filler = QDir(dir).filePath(QStringLiteral("filler"));
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        QVERIFY(QDir(dir).remove(name)); // an empty file system
    const QByteArray old = "ID,Name\r\nold,file\r\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    QList<TokenMetadata> tokens;
    for (int i = 0; i < 40; ++i) {
        TokenMetadata m;
        m.id = QStringLiteral("dt0c01.%1").arg(i, 24, 10, QLatin1Char('A'));
        m.name = QStringLiteral("token %1").arg(i);
        tokens.append(m);
    }
    const auto snapshot = std::make_shared<TokenListSnapshot>(tokens);
    const QList<TokenColumn> columns{TokenColumn::Id, TokenColumn::Name};

    QVERIFY(fill(filler) > 0);
    {
        CsvExportJob job(snapshot, columns, 1769860800000, path, CsvOptions::standard());
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(!finished.at(0).at(1).toString().isEmpty(), "the failure is explained");
    }
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("filler"), QStringLiteral("tokens.csv")}));

    QVERIFY(QFile::remove(filler));
    CsvExportJob job(snapshot, columns, 1769860800000, path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(readAll(path).contains("token 39"));
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
