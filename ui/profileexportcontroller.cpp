// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profileexportcontroller.h"

#include "exportdialog.h"

#include "csv/csvexportjob.h"
#include "export/exportcolumns.h"
#include "export/exportsettings.h"
#include "export/profileexport.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace TokenDesk {

ProfileExportController::ProfileExportController(std::function<QList<ConnectionProfile>()> profiles,
                                                 ProfileLookup::TokenReader readToken, QWidget *window)
    : QObject(window)
    , m_profiles(std::move(profiles))
    , m_readToken(std::move(readToken))
    , m_window(window)
    , m_action(
          new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &across profiles\u2026"), this))
{
    m_action->setObjectName(QStringLiteral("exportAcrossProfilesAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("One CSV of the tokens of several clusters, each asked with its profile's own API token "
                            "(Ctrl+Shift+E)"));
    m_action->setStatusTip(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, &ProfileExportController::openDialog);
    if (m_window)
        m_window->addAction(m_action);
}

ProfileExportController::~ProfileExportController() = default;

bool ProfileExportController::isRunning() const
{
    return m_export || m_job;
}

QString ProfileExportController::defaultFileName(const QDate &date)
{
    return QStringLiteral("tokens-all-profiles-%1.csv").arg(date.toString(QStringLiteral("yyyy-MM-dd")));
}

void ProfileExportController::openDialog()
{
    if (m_dialog) {
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export across profiles"));
    dialog->setExcelLocale(m_excelLocale);
    QStringList names;
    for (const ConnectionProfile &p : m_profiles())
        names.append(p.name);
    QSettings fallback;
    QSettings &settings = m_settings ? *m_settings : fallback;
    ExportSettings choices = ExportSettings::load(settings);
    if (choices.columns.isEmpty())
        choices.columns = TokenColumns::all();
    dialog->setTableColumns(TokenColumns::all());
    dialog->setSettings(choices);
    dialog->setProfiles(names, names);
    m_dialog = dialog;
    connect(dialog, &ExportDialog::exportRequested, this, &ProfileExportController::chooseFile);
    connect(dialog, &ExportDialog::cancelRequested, this, &ProfileExportController::cancel);
    dialog->open();
}

void ProfileExportController::chooseFile()
{
    if (!m_dialog || isRunning())
        return;
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const ExportSettings choices = m_dialog->settings();
    QString directory = choices.directory;
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    auto *fileDialog =
        new QFileDialog(m_dialog, tr("Export across profiles"), directory, tr("CSV files (*.csv);;All files (*)"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    fileDialog->setFileMode(QFileDialog::AnyFile);
    fileDialog->setDefaultSuffix(QStringLiteral("csv"));
    fileDialog->selectFile(defaultFileName(QDate::currentDate()));
    m_fileDialog = fileDialog;
    connect(fileDialog, &QFileDialog::fileSelected, this, &ProfileExportController::exportTo);
    fileDialog->open();
}

void ProfileExportController::exportTo(const QString &filePath)
{
    if (!m_dialog || isRunning())
        return;
    m_dialog->showMessage(QString(), false);
    ExportSettings choices = m_dialog->settings();
    const QStringList chosen = m_dialog->profiles();
    if (choices.columns.isEmpty() || chosen.isEmpty())
        return;
    choices.directory = QFileInfo(filePath).absolutePath();
    if (m_settings)
        choices.save(*m_settings);
    m_filePath = filePath;
    m_columns = choices.columns;
    m_options = choices.csvOptions(m_excelLocale);
    if (const QString problem = CsvExportJob::checkTarget(filePath); !problem.isEmpty())
        return finish(false, problem);

    QList<ConnectionProfile> profiles;
    for (const ConnectionProfile &p : m_profiles()) {
        if (chosen.contains(p.name))
            profiles.append(p);
    }
    // The whole list of each cluster: an audit file is about every token, not the table's filters.
    ListQuery query;
    query.limit = ListQuery::MaxLimit;
    auto *run = new ProfileExport(profiles, m_readToken, query, ExportColumns::needsDetails(m_columns), this);
    m_export = run;
    m_dialog->setPhase(ExportDialog::Phase::LoadingDetails, tr("Asking the clusters\u2026"));
    connect(run, &ProfileExport::progress, this,
            [this, count = int(profiles.size())](const QString &profile, int index, int done, int total) {
                if (!m_dialog)
                    return;
                m_dialog->setPhase(
                    ExportDialog::Phase::LoadingDetails,
                    total > 0 ? tr("%1 (%2 of %3): loading the details of its tokens\u2026")
                                    .arg(profile)
                                    .arg(index + 1)
                                    .arg(count)
                              : tr("%1 (%2 of %3): listing its tokens\u2026").arg(profile).arg(index + 1).arg(count));
                m_dialog->setProgress(done, total);
            });
    connect(run, &ProfileExport::finished, this, &ProfileExportController::exported);
    run->start();
}

void ProfileExportController::exported()
{
    ProfileExport *run = m_export;
    if (!run)
        return;
    run->deleteLater();
    m_export = nullptr;
    if (!run->succeeded()) {
        // Nothing is written: a file without one of the clusters would read as "no tokens there".
        QStringList lines;
        for (const ProfileExport::Failure &f : run->failures())
            lines.append(tr("\u201C%1\u201D: %2").arg(f.profile, f.reason));
        return finish(false, tr("Nothing was written: %n profile(s) could not be exported. Untick them to export the "
                                "others.",
                                nullptr, int(run->failures().size())) +
                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    const int rows = run->tokenCount();
    const int deleted = run->deletedMeanwhile();
    auto *job =
        new CsvExportJob(run->rows(m_columns, QDateTime::currentMSecsSinceEpoch()), m_filePath, m_options, this);
    m_job = job;
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Writing,
                           tr("Writing %1\u2026").arg(QDir::toNativeSeparators(m_filePath)));
        connect(job, &CsvExportJob::progress, m_dialog, &ExportDialog::setProgress);
    }
    connect(job, &CsvExportJob::finished, this, [this, job, rows, deleted](bool ok, const QString &error) {
        job->deleteLater();
        m_job = nullptr;
        if (!ok)
            return finish(false, error);
        QString message = tr("Exported %Ln token(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(m_filePath));
        if (deleted > 0)
            message += QLatin1Char(' ') +
                       tr("%Ln token(s) were deleted while their details loaded: they have their ID and name only.",
                          nullptr, deleted);
        finish(true, message);
    });
    job->start();
}

void ProfileExportController::cancel()
{
    if (m_export) {
        m_export->cancel();
        m_export->deleteLater();
        m_export = nullptr;
        finish(false, tr("Export cancelled; nothing was written."));
    } else if (m_job) {
        m_job->cancel(); // finished(false, "Export cancelled.") follows
    }
}

void ProfileExportController::finish(bool ok, const QString &message)
{
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Idle);
        m_dialog->showMessage(message, !ok);
        if (ok)
            m_dialog->accept();
    }
    Q_EMIT exportFinished(ok, m_filePath, message);
}

} // namespace TokenDesk
