// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures a token export of N rows (default 1,000,000) with all columns: time and output size.
//   bench_csvexport [rows] [file]
#include "csv/csvexportjob.h"
#include "csv/tokensnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace TokenDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.csv"));

    QElapsedTimer timer;
    timer.start();
    QList<TokenMetadata> tokens;
    tokens.reserve(count);
    const qint64 now = 1769860800000;
    for (int i = 0; i < count; ++i) {
        TokenMetadata t;
        t.id = QStringLiteral("dt0c01.%1").arg(i, 24, 10, QLatin1Char('0'));
        t.name = QStringLiteral("token %1, team \"ops\"").arg(i);
        t.userId = QStringLiteral("user%1").arg(i % 100);
        t.revoked = (i % 7) == 0;
        t.created = now - qint64(i) * 1000;
        if (i % 3)
            t.expires = now + qint64(i) * 1000;
        if (i % 5)
            t.lastUse = now - qint64(i) * 10;
        t.scopes = QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")};
        t.personalAccessToken = false;
        tokens.append(std::move(t));
    }
    const qint64 buildMs = timer.restart();

    auto snapshot = std::make_shared<TokenListSnapshot>(std::move(tokens));
    CsvExportJob job(snapshot, TokenColumns::all(), now, path, CsvOptions::excel());
    QTextStream out(stdout);
    QObject::connect(&job, &CsvExportJob::finished, &app, [&](bool ok, const QString &error) {
        const qint64 ms = timer.elapsed();
        out << "rows " << count << ", build " << buildMs << " ms, export " << ms << " ms, "
            << QFileInfo(path).size() / (1024 * 1024) << " MiB, " << (ok ? QStringLiteral("ok") : error) << '\n';
        out.flush();
        app.exit(ok ? 0 : 1);
    });
    timer.restart();
    job.start();
    return app.exec();
}
