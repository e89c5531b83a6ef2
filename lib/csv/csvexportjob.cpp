// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportjob.h"

#include "csvwriter.h"
#include "tokensnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <utility>

namespace TokenDesk {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Words for a failed open/write/commit of `file`. `savedErrno` is errno right after the failure.
QString describeFileError(const QFileDevice &file, const QString &filePath, int savedErrno)
{
    const QString target = nativePath(filePath);
    if (file.error() == QFileDevice::ResourceError || savedErrno == ENOSPC || savedErrno == EDQUOT)
        return QCoreApplication::translate("TokenDesk::CsvExportJob",
                                           "Could not write “%1”: the disk is full (or a quota was exceeded).")
            .arg(target);
    if (savedErrno == EFBIG)
        return QCoreApplication::translate("TokenDesk::CsvExportJob",
                                           "Could not write “%1”: the file is larger than the file system or a limit "
                                           "allows.")
            .arg(target);
    if (file.error() == QFileDevice::PermissionsError || savedErrno == EACCES || savedErrno == EPERM ||
        savedErrno == EROFS) {
        return QCoreApplication::translate("TokenDesk::CsvExportJob", "Could not write “%1”: permission denied (%2).")
            .arg(target, file.errorString());
    }
    const QString reason = file.errorString().isEmpty()
                               ? QCoreApplication::translate("TokenDesk::CsvExportJob", "unknown error")
                               : file.errorString();
    return QCoreApplication::translate("TokenDesk::CsvExportJob", "Could not write “%1”: %2.").arg(target, reason);
}

} // namespace

QString CsvExportJob::checkTarget(const QString &filePath)
{
    if (filePath.isEmpty())
        return tr("No file name was given.");
    const QFileInfo info(filePath);
    if (info.isDir())
        return tr("“%1” is a folder, not a file.").arg(nativePath(filePath));
    const QString dirPath = info.absolutePath();
    const QFileInfo dir(dirPath);
    if (!dir.exists())
        return tr("The folder “%1” does not exist.").arg(nativePath(dirPath));
    if (!dir.isDir())
        return tr("“%1” is a file, not a folder.").arg(nativePath(dirPath));
    if (!dir.isWritable())
        return tr("Permission denied: the folder “%1” is not writable.").arg(nativePath(dirPath));
    return QString();
}

CsvExportJob::CsvExportJob(std::shared_ptr<const CsvRowSource> source, const QString &filePath,
                           const CsvOptions &options, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_filePath(filePath)
    , m_options(options)
{}

CsvExportJob::CsvExportJob(std::shared_ptr<const TokenSnapshot> tokens, const QList<TokenColumn> &columns, qint64 nowMs,
                           const QString &filePath, const CsvOptions &options, QObject *parent)
    : CsvExportJob(std::make_shared<TokenCsvRowSource>(std::move(tokens), columns, nowMs), filePath, options, parent)
{}

CsvExportJob::~CsvExportJob()
{
    // The worker notices within one row and discards its temporary file; no signal follows (the
    // task's deliveries die with this object).
    m_task.cancel();
}

void CsvExportJob::cancel()
{
    if (m_running)
        m_task.cancel();
}

bool CsvExportJob::start()
{
    if (m_started)
        return false;
    m_started = true;
    m_running = true;

    // Everything the worker needs is copied into the lambda; the job may die before it ends.
    auto source = m_source;
    const QString filePath = m_filePath;
    const CsvOptions options = m_options;

    const auto run = [this, source, filePath, options](const Background::Task &task) {
        // Posted to this job, delivered only while it lives.
        const auto finish = [this, &task](bool ok, const QString &error) {
            task.post([this, ok, error] {
                m_running = false;
                Q_EMIT finished(ok, error);
            });
        };
        const auto report = [this, &task](qint64 done, qint64 total) {
            task.post([this, done, total] { Q_EMIT progress(done, total); });
        };
        if (!source) {
            finish(false, tr("Nothing to export."));
            return;
        }
        if (const QString problem = checkTarget(filePath); !problem.isEmpty()) {
            finish(false, problem);
            return;
        }
        QSaveFile file(filePath);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly)) {
            finish(false, describeFileError(file, filePath, errno));
            return;
        }
        const auto abandon = [&file, &finish](const QString &why) {
            file.cancelWriting();
            finish(false, why);
        };
        const qint64 total = source->rowCount();
        report(0, total);

        CsvWriter writer(&file, options);
        writer.setFreeTextColumns(source->freeTextColumns());
        const auto writerFailed = [&]() {
            const int savedErrno = errno;
            abandon(writer.error() == CsvWriter::Error::SecretRefused ? writer.errorString()
                                                                      : describeFileError(file, filePath, savedErrno));
        };
        errno = 0;
        if (!writer.writeHeader(source->header())) {
            writerFailed();
            return;
        }
        const qint64 step = qMax<qint64>(1, total / 100);
        qint64 nextReport = step;
        for (int row = 0; row < total; ++row) {
            if (task.isCancelled()) {
                abandon(tr("Export cancelled; “%1” was not changed.").arg(nativePath(filePath)));
                return;
            }
            if (!writer.writeRow(*source, row)) {
                writerFailed();
                return;
            }
            if (row + 1 >= nextReport && row + 1 < total) {
                report(row + 1, total);
                nextReport += step;
            }
        }
        if (!writer.finish()) {
            writerFailed();
            return;
        }
        if (task.isCancelled()) {
            abandon(tr("Export cancelled; “%1” was not changed.").arg(nativePath(filePath)));
            return;
        }
        errno = 0;
        // QSaveFile::commit() misses a failure of its own final flush (Qt 6.4): an export that fits
        // the write buffer would replace the old file truncated on a full disk. Flush and check first.
        if (!file.flush()) {
            const QString why = describeFileError(file, filePath, errno);
            file.cancelWriting();
            finish(false, why);
            return;
        }
        if (!file.commit()) {
            finish(false, describeFileError(file, filePath, errno));
            return;
        }
        report(total, total);
        finish(true, QString());
    };

    m_task = Background::start(this, run, m_pool);
    return true;
}

} // namespace TokenDesk
