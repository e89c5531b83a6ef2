// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes a CsvRowSource to a file on a worker thread (QThreadPool), through QSaveFile: the target
// appears only when the whole export succeeded; a cancelled or failed export leaves an existing
// file byte-identical and removes its temporary file. The reason of a failure is given in words
// ("The folder ... does not exist.", "The disk is full ...", "Permission denied ...", the secret
// refusal of CsvWriter), never with a cell value.
//
//   auto job = new CsvExportJob(source, path, CsvOptions::excel(), this);
//   connect(job, &CsvExportJob::progress, bar, ...);
//   connect(job, &CsvExportJob::finished, this, [job](bool ok, const QString &error) { ...; job->deleteLater(); });
//   job->start();
//
// Signals are delivered in the thread the job lives in. Deleting a running job cancels it (the
// worker notices within one row and discards its temporary file); no signal follows.
#pragma once

#include "core/background.h"
#include "csvoptions.h"
#include "csvrowsource.h"
#include "tokencolumns.h"

#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace TokenDesk {

class TokenSnapshot;

class CsvExportJob final : public QObject
{
    Q_OBJECT
public:
    CsvExportJob(std::shared_ptr<const CsvRowSource> source, const QString &filePath, const CsvOptions &options,
                 QObject *parent = nullptr);
    // Token export: the chosen columns of a token snapshot; `nowMs` is the instant for the status column.
    CsvExportJob(std::shared_ptr<const TokenSnapshot> tokens, const QList<TokenColumn> &columns, qint64 nowMs,
                 const QString &filePath, const CsvOptions &options, QObject *parent = nullptr);
    ~CsvExportJob() override;

    // Default: Background::pool(). Set before start().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    QString filePath() const { return m_filePath; }
    bool isRunning() const { return m_running; }

    // Starts the worker; false if already started.
    bool start();
    // Asks the worker to stop; finished(false, "Export cancelled.") follows. No-op when not running.
    void cancel();

    // Checks the target's folder before starting (also done by the worker); empty when fine.
    static QString checkTarget(const QString &filePath);

Q_SIGNALS:
    // `done` of `total` data rows written; throttled to about 100 signals per export, and the last
    // one before a successful finished() is (total, total).
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    std::shared_ptr<const CsvRowSource> m_source;
    QString m_filePath;
    CsvOptions m_options;
    QThreadPool *m_pool = nullptr;
    Background::Task m_task;
    bool m_started = false;
    bool m_running = false;
};

} // namespace TokenDesk
