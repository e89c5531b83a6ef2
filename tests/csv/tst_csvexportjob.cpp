// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvExportJob: writes on a worker thread through QSaveFile; success, progress, cancel, failures in
// words, the secret refusal, and a job deleted while running. A failed or cancelled export leaves
// the existing file byte-identical and no temporary file behind.
#include "csv/csvexportjob.h"
#include "csv/csvrowsource.h"
#include "csv/tokensnapshot.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <csignal>
#include <sys/resource.h>

using namespace TokenDesk;

namespace {

const QString Secret = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN."
                                      "G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
constexpr char OldBytes[] = "old file, must survive\r\n\x00\xFF binary tail";
const QByteArray OldContent(OldBytes, sizeof(OldBytes) - 1); // with an embedded NUL

// Rows "row N"; at row `gateRow` the worker signals `reached` and waits for `gate`.
class GatedSource final : public CsvRowSource
{
public:
    GatedSource(int rows, int gateRow)
        : m_rows(rows)
        , m_gateRow(gateRow)
    {}
    int rowCount() const override { return m_rows; }
    QStringList header() const override { return {QStringLiteral("Row")}; }
    void fields(int row, QStringList &out) const override
    {
        if (row == m_gateRow) {
            reached.release();
            gate.acquire();
        }
        out = QStringList{QStringLiteral("row %1").arg(row)};
    }

    mutable QSemaphore reached;
    mutable QSemaphore gate;

private:
    const int m_rows;
    const int m_gateRow;
};

std::shared_ptr<const CsvRowSource> rows(int count, const QString &prefix = QStringLiteral("row"))
{
    QList<QStringList> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("%1 %2").arg(prefix).arg(i), QString::number(i)});
    return std::make_shared<CsvTableSource>(QStringList{QStringLiteral("Name"), QStringLiteral("N")}, list,
                                            QList<bool>{true, false});
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TstCsvExportJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldWriteTokenSnapshotWithChosenColumns();
    void shouldExportAStubListWithEmptyDetailCells();
    void shouldReportMonotonicProgressEndingAtTotal();
    void shouldReplaceAnExistingFileOnSuccess();
    void cancel_leavesOldFileByteIdentical();
    void badTarget_failsInWordsAndLeavesNothing_data();
    void badTarget_failsInWordsAndLeavesNothing();
    void failingWrite_reportsReasonAndKeepsOldFile();
    void diskFull_saysSoAndKeepsOldFile();
    void readOnlyFolder_saysPermissionDeniedAndKeepsOldFile();
    void secretInSource_isRefusedAndOldFileKept();
    void deletingARunningJob_discardsTheExportSilently();
    void start_twiceIsRefused();

private:
    QTemporaryDir m_dir;
};

void TstCsvExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstCsvExportJob::shouldWriteTokenSnapshotWithChosenColumns()
{
    // Given two tokens, one with details and one stub-only, and three chosen columns
    TokenMetadata full;
    full.id = QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA");
    full.name = QStringLiteral("@team, \"ops\"");
    full.userId = QStringLiteral("admin");
    full.revoked = false;
    full.lastUse = 1769860800000;
    TokenMetadata stub;
    stub.id = QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB");
    stub.name = QStringLiteral("ci");
    auto snapshot = std::make_shared<TokenListSnapshot>(QList<TokenMetadata>{full, stub});
    const QString path = m_dir.filePath(QStringLiteral("tokens.csv"));

    CsvExportJob job(snapshot, {TokenColumn::Name, TokenColumn::Id, TokenColumn::LastUse, TokenColumn::Status},
                     1769860800000, path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    // When exported
    QVERIFY(job.start());
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    // Then the file holds the header and both rows; the free-text name is guarded and quoted
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!job.isRunning());
    QCOMPARE(readFile(path), QByteArray("Name,ID,Last used,Status\r\n"
                                        "\"'@team, \"\"ops\"\"\",dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA,"
                                        "2026-01-31T12:00:00.000Z,active\r\n"
                                        "ci,dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB,,\r\n"));
}

void TstCsvExportJob::shouldExportAStubListWithEmptyDetailCells()
{
    // Given the list endpoint's answer (id and name only; one entry without a name)
    StubList stubs;
    stubs.append(TokenStub{QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("-1 day"), {}});
    stubs.append(TokenStub{QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB"), std::nullopt, {}});
    const QString path = m_dir.filePath(QStringLiteral("stubs.csv"));
    CsvExportJob job(std::make_shared<StubListSnapshot>(stubs),
                     {TokenColumn::Id, TokenColumn::Name, TokenColumn::Owner, TokenColumn::Revoked}, 0, path,
                     CsvOptions::excel(QLocale(QLocale::German, QLocale::Germany)));
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    // Then the detail cells are empty, not "false" or "0", and the name is guarded
    QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFID;Name;Owner;Revoked\r\n"
                                        "dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA;'-1 day;;\r\n"
                                        "dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB;;;\r\n"));
}

void TstCsvExportJob::shouldReportMonotonicProgressEndingAtTotal()
{
    const QString path = m_dir.filePath(QStringLiteral("progress.csv"));
    CsvExportJob job(rows(5000), path, CsvOptions::standard());
    QSignalSpy progress(&job, &CsvExportJob::progress);
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    // Throttled (about 100), monotonic, always of the same total, first 0 and last total
    QVERIFY2(progress.size() >= 3 && progress.size() <= 103, qPrintable(QString::number(progress.size())));
    qint64 last = -1;
    for (const QList<QVariant> &args : progress) {
        QCOMPARE(args.at(1).toLongLong(), qint64(5000));
        QVERIFY(args.at(0).toLongLong() > last);
        last = args.at(0).toLongLong();
    }
    QCOMPARE(progress.first().at(0).toLongLong(), qint64(0));
    QCOMPARE(last, qint64(5000));
    QCOMPARE(readFile(path).count("\r\n"), 5001);
}

void TstCsvExportJob::shouldReplaceAnExistingFileOnSuccess()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.csv"));
    writeFile(path, OldContent);
    CsvExportJob job(rows(3, QStringLiteral("new")), path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(readFile(path), QByteArray("Name,N\r\nnew 0,0\r\nnew 1,1\r\nnew 2,2\r\n"));
}

void TstCsvExportJob::cancel_leavesOldFileByteIdentical()
{
    // Given an existing file and an export that is half-way through
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.csv"));
    writeFile(path, OldContent);
    auto source = std::make_shared<GatedSource>(100000, 50000);
    CsvExportJob job(source, path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(source->reached.tryAcquire(1, 10000));
    // When cancelled
    job.cancel();
    source->gate.release();
    QVERIFY(finished.wait(10000));
    // Then it fails with a reason, the old file is untouched and no temporary file is left
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(readFile(path), OldContent);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.csv")});
}

void TstCsvExportJob::badTarget_failsInWordsAndLeavesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("folder missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("parent is a file") << QStringLiteral("file-parent") << QStringLiteral("is a file, not a folder");
    QTest::newRow("target is a folder") << QStringLiteral("dir-target") << QStringLiteral("is a folder");
}

void TstCsvExportJob::badTarget_failsInWordsAndLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedWords);
    QTemporaryDir dir;
    QString path;
    if (kind == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    } else if (kind == QLatin1String("file-parent")) {
        writeFile(dir.filePath(QStringLiteral("plain")), OldContent);
        path = dir.filePath(QStringLiteral("plain/out.csv"));
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out.csv")));
        path = dir.filePath(QStringLiteral("out.csv"));
    }
    const QStringList before = entries(dir.path());

    CsvExportJob job(rows(10), path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    QCOMPARE(CsvExportJob::checkTarget(path), error);
    QCOMPARE(entries(dir.path()), before);
    if (kind == QLatin1String("file-parent"))
        QCOMPARE(readFile(dir.filePath(QStringLiteral("plain"))), OldContent);
}

void TstCsvExportJob::failingWrite_reportsReasonAndKeepsOldFile()
{
    // Given a file-size limit well below the export's size (a stand-in for a full disk: the write
    // fails with EFBIG inside QSaveFile, on the worker thread)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    writeFile(path, OldContent);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);

    CsvExportJob job(rows(20000), path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    const bool done = finished.wait(20000);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(done);

    // Then the failure says why, the old file is intact and the temporary file is gone
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.startsWith(QStringLiteral("Could not write")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("larger than the file system or a limit allows")) ||
                 error.contains(QStringLiteral("too large"), Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(readFile(path), OldContent);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("big.csv")});
}

void TstCsvExportJob::diskFull_saysSoAndKeepsOldFile()
{
    // Run by the ctest tst_csvexportjob_diskfull on a 256 KiB tmpfs (run-diskfull.sh)
    const QString dir = qEnvironmentVariable("TOKENDESK_TEST_SMALL_FS");
    if (dir.isEmpty())
        QSKIP("needs a small file system: run by the ctest tst_csvexportjob_diskfull");
    const QString path = QDir(dir).filePath(QStringLiteral("tokens.csv"));
    writeFile(path, OldContent);

    // Given an export of about 1 MiB into a file system with 256 KiB
    CsvExportJob job(rows(40000, QStringLiteral("a row long enough to fill the disk quickly")), path,
                     CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(20000));
    // Then it says the disk is full, keeps the old file and leaves no temporary file
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QCOMPARE(readFile(path), OldContent);
    QCOMPARE(entries(dir), QStringList{QStringLiteral("tokens.csv")});
}

void TstCsvExportJob::readOnlyFolder_saysPermissionDeniedAndKeepsOldFile()
{
    // Run by the ctest tst_csvexportjob_diskfull on a read-only tmpfs holding tokens.csv: as root,
    // the only way to see "permission denied" for real
    const QString dir = qEnvironmentVariable("TOKENDESK_TEST_READONLY_FS");
    if (dir.isEmpty())
        QSKIP("needs a read-only file system: run by the ctest tst_csvexportjob_diskfull");
    const QString path = QDir(dir).filePath(QStringLiteral("tokens.csv"));
    const QByteArray before = readFile(path);
    QCOMPARE(before, QByteArray("old\n"));

    CsvExportJob job(rows(10), path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("ermission denied")), qPrintable(error));
    QCOMPARE(readFile(path), before);
    QCOMPARE(entries(dir), QStringList{QStringLiteral("tokens.csv")});
}

void TstCsvExportJob::secretInSource_isRefusedAndOldFileKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    writeFile(path, OldContent);
    auto source = std::make_shared<CsvTableSource>(
        QStringList{QStringLiteral("Name")},
        QList<QStringList>{{QStringLiteral("fine")}, {QStringLiteral("pasted ") + Secret}}, QList<bool>{true});
    CsvExportJob job(source, path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("token secret")) && error.contains(QStringLiteral("row 2")),
             qPrintable(error));
    QVERIFY(!error.contains(Secret.mid(32)));
    QCOMPARE(readFile(path), OldContent);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("tokens.csv")});
}

void TstCsvExportJob::deletingARunningJob_discardsTheExportSilently()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.csv"));
    writeFile(path, OldContent);
    QThreadPool pool;
    auto source = std::make_shared<GatedSource>(1000, 10);
    auto *job = new CsvExportJob(source, path, CsvOptions::standard());
    job->setThreadPool(&pool);
    QSignalSpy finished(job, &CsvExportJob::finished);
    QVERIFY(job->start());
    QVERIFY(source->reached.tryAcquire(1, 10000));
    // When the job dies while its worker is busy
    delete job;
    source->gate.release();
    QVERIFY(pool.waitForDone(10000));
    QCoreApplication::processEvents(); // anything the worker posted must be dropped, not crash
    // Then no signal came, the old file stands and no temporary file is left
    QCOMPARE(finished.size(), 0);
    QCOMPARE(readFile(path), OldContent);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("gone.csv")});
}

void TstCsvExportJob::start_twiceIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.csv"));
    CsvExportJob job(rows(1), path, CsvOptions::standard());
    QSignalSpy finished(&job, &CsvExportJob::finished);
    QVERIFY(job.start());
    QVERIFY(!job.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
}

QTEST_GUILESS_MAIN(TstCsvExportJob)
#include "tst_csvexportjob.moc"
