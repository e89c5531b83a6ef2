// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the GUI-thread cost of an export of the view at N rows (default 1,000,000): taking the
// ModelSnapshot (the proxy's row order copied), counting rows without details, listing them, and
// then the worker's time to write every column through CsvExportJob.
//   bench_modelsnapshot [rows] [detailed-percent]
#include "exportfixtures.h"

#include "csv/csvexportjob.h"
#include "export/modelsnapshot.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

using namespace TokenDesk;
using namespace TokenDesk::ExportTest;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int detailedPercent = args.size() > 2 ? args.at(2).toInt() : 90;
    QTextStream out(stdout);
    QElapsedTimer timer;

    timer.start();
    const Tokens tokens = makeTokens(count);
    TokenTableModel model;
    model.setNow(fixedNow());
    model.setList(tokens.list);
    model.setDetails(tokens.details.mid(0, qsizetype(count) * detailedPercent / 100));
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy refreshed(&proxy, &TokenProxyModel::refreshed);
    proxy.setFilterText(QStringLiteral("team-"));
    proxy.sort(TokenTableModel::OwnerColumn, Qt::DescendingOrder);
    while (proxy.isPending()) {
        refreshed.wait(60000);
    }
    out << "setup " << timer.restart() << " ms, view " << proxy.rowCount() << " rows\n";

    const auto snapshot = ModelSnapshot::fromView(proxy);
    const qint64 snapshotMs = timer.restart();
    const int missing = snapshot->missingDetailsCount();
    const qint64 countMs = timer.restart();
    const std::vector<int> missingRows = snapshot->missingDetailsRows();
    const qint64 listMs = timer.restart();
    out << "GUI thread: snapshot " << snapshotMs << " ms, count without details " << countMs << " ms (" << missing
        << "), list them " << listMs << " ms (" << missingRows.size() << ")\n";
    out.flush();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.csv"));
    CsvExportJob job(snapshot, TokenColumns::all(), model.now(), path, CsvOptions::standard());
    QObject::connect(&job, &CsvExportJob::finished, &app, [&](bool ok, const QString &error) {
        out << "worker: export " << timer.elapsed() << " ms, " << QFileInfo(path).size() / (1024 * 1024) << " MiB, "
            << (ok ? QStringLiteral("ok") : error) << '\n';
        out.flush();
        app.exit(ok ? 0 : 1);
    });
    timer.restart();
    job.start();
    return app.exec();
}
