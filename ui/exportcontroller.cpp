// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportcontroller.h"

#include "exportdialog.h"

#include "csv/csvexportjob.h"
#include "export/exportcolumns.h"
#include "export/modelsnapshot.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "session/clustersession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcExport, "tokendesk.export")

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportController::ExportController(ClusterSession *session, TokenProxyModel *proxy, QHeaderView *header,
                                   QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_model(session->model())
    , m_proxy(proxy)
    , m_header(header)
    , m_window(window)
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export CSV\u2026"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setStatusTip(tr("Export the rows the table shows, in its order, to a CSV file"));
    m_action->setToolTip(tr("Export the rows the table shows to a CSV file (Ctrl+E)"));
    connect(m_action, &QAction::triggered, this, &ExportController::openDialog);
    if (m_window) {
        m_window->addAction(m_action);
    }

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(150);
    connect(&m_countsTimer, &QTimer::timeout, this, &ExportController::updateCounts);

    connect(m_proxy, &TokenProxyModel::countsChanged, this, [this] {
        updateActionEnabled();
        scheduleCounts();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExportController::updateActionEnabled);
    connect(m_model, &TokenTableModel::loadedCountChanged, this, &ExportController::scheduleCounts);
    connect(m_proxy, &TokenProxyModel::undecidedChanged, this, &ExportController::scheduleCounts);
    updateActionEnabled();
}

ExportController::~ExportController()
{
    // A running job is a child: deleting it cancels the worker, which discards its temporary file.
    for (const QMetaObject::Connection &c : std::as_const(m_runConnections)) {
        disconnect(c);
    }
}

void ExportController::setExcelLocale(const QLocale &locale)
{
    m_excelLocale = locale;
    if (m_dialog) {
        m_dialog->setExcelLocale(locale);
    }
}

void ExportController::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    updateActionEnabled();
    Q_EMIT stateChanged(state);
}

void ExportController::updateActionEnabled()
{
    // While an export runs the action only raises its dialog.
    m_action->setEnabled(isRunning() || (m_proxy && m_proxy->rowCount() > 0));
}

QList<TokenColumn> ExportController::tableColumns() const
{
    QList<int> visible;
    if (m_header) {
        for (int visual = 0; visual < m_header->count(); ++visual) {
            const int logical = m_header->logicalIndex(visual);
            if (logical >= 0 && !m_header->isSectionHidden(logical)) {
                visible.append(logical);
            }
        }
    } else {
        for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
            visible.append(column);
        }
    }
    return ExportColumns::fromTableColumns(visible);
}

QString ExportController::defaultFileName(const QString &clusterName, const QDate &date)
{
    QString cluster;
    cluster.reserve(clusterName.size());
    for (const QChar c : clusterName.trimmed()) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 0x80) || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-');
        if (safe) {
            cluster.append(c);
        } else if (!cluster.endsWith(QLatin1Char('-'))) {
            cluster.append(QLatin1Char('-'));
        }
    }
    while (cluster.startsWith(QLatin1Char('-')) || cluster.startsWith(QLatin1Char('.'))) {
        cluster.remove(0, 1);
    }
    while (cluster.endsWith(QLatin1Char('-')) || cluster.endsWith(QLatin1Char('.'))) {
        cluster.chop(1);
    }
    const QString day = date.toString(QStringLiteral("yyyy-MM-dd"));
    return cluster.isEmpty() ? QStringLiteral("tokens-%1.csv").arg(day)
                             : QStringLiteral("tokens-%1-%2.csv").arg(cluster, day);
}

ExportSettings ExportController::loadSettings() const
{
    if (m_settings) {
        return ExportSettings::load(*m_settings);
    }
    QSettings settings;
    return ExportSettings::load(settings);
}

void ExportController::saveSettings(const ExportSettings &settings)
{
    if (m_settings) {
        settings.save(*m_settings);
        return;
    }
    QSettings defaults;
    settings.save(defaults);
}

void ExportController::openDialog()
{
    if (m_dialog) {
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTableColumns(tableColumns());
    dialog->setExcelLocale(m_excelLocale);
    dialog->setSettings(loadSettings());
    m_dialog = dialog;
    updateCounts();
    connect(dialog, &ExportDialog::exportRequested, this, &ExportController::chooseFile);
    connect(dialog, &ExportDialog::cancelRequested, this, &ExportController::cancel);
    connect(dialog, &ExportDialog::loadUndecidedRequested, this, &ExportController::loadUndecidedRequested);
    dialog->open();
}

void ExportController::scheduleCounts()
{
    if (m_dialog && !isRunning() && !m_countsTimer.isActive()) {
        m_countsTimer.start();
    }
}

void ExportController::updateCounts()
{
    if (!m_dialog || !m_proxy || isRunning()) {
        return;
    }
    // One pass over the view's rows (a vector copy and a flag test per row: milliseconds at 1M).
    const std::shared_ptr<const ModelSnapshot> snapshot = ModelSnapshot::fromView(*m_proxy);
    m_dialog->setCounts(snapshot->rowCount(), snapshot->missingDetailsCount());
    m_dialog->setUndecided(m_proxy->undecided().hidden);
}

void ExportController::chooseFile()
{
    if (!m_dialog || isRunning()) {
        return;
    }
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const ExportSettings choices = m_dialog->settings();
    saveSettings(choices);
    QString directory = choices.directory;
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        directory = QDir::homePath();
    }
    auto *fileDialog = new QFileDialog(m_dialog, tr("Export CSV"), directory, tr("CSV files (*.csv);;All files (*)"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    fileDialog->setFileMode(QFileDialog::AnyFile);
    fileDialog->setDefaultSuffix(QStringLiteral("csv"));
    fileDialog->selectFile(defaultFileName(m_clusterName, QDate::currentDate()));
    m_fileDialog = fileDialog;
    setState(State::ChoosingFile);
    connect(fileDialog, &QFileDialog::fileSelected, this, &ExportController::exportTo);
    connect(fileDialog, &QFileDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted && m_state == State::ChoosingFile) {
            setState(State::Idle);
        }
    });
    fileDialog->open();
}

void ExportController::exportTo(const QString &filePath)
{
    if (!m_dialog || !m_model || !m_proxy || isRunning()) {
        return;
    }
    setState(State::Idle);
    m_dialog->showMessage(QString(), false);
    ExportSettings choices = m_dialog->settings();
    if (choices.columns.isEmpty()) {
        return;
    }
    choices.directory = QFileInfo(filePath).absolutePath();
    saveSettings(choices);

    m_filePath = filePath;
    m_columns = choices.columns;
    m_options = choices.csvOptions(m_excelLocale);
    m_cancelRequested = false;
    m_loadFailed = 0;
    m_loadTotal = 0;
    m_rowsWithoutDetails = 0;

    // Fail before any waiting when the target cannot be written at all.
    if (const QString problem = CsvExportJob::checkTarget(filePath); !problem.isEmpty()) {
        finish(false, problem);
        return;
    }
    const std::shared_ptr<const ModelSnapshot> snapshot = ModelSnapshot::fromView(*m_proxy);
    if (m_session && m_session->isConnected() && m_dialog->loadDetailsFirst() &&
        ExportColumns::needsDetails(m_columns) && snapshot->missingDetailsCount() > 0) {
        startLoading(snapshot);
    } else {
        startWriting();
    }
}

// --- Loading the details the export needs -------------------------------------------------------

void ExportController::startLoading(const std::shared_ptr<const ModelSnapshot> &snapshot)
{
    const std::vector<int> missing = snapshot->missingDetailsRows();
    QStringList ids;
    ids.reserve(qsizetype(missing.size()));
    for (const int row : missing) {
        ids.append(snapshot->id(row));
    }
    m_loadTotal = int(ids.size());
    setState(State::LoadingDetails);
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::LoadingDetails,
                           tr("Loading the details of %Ln token(s)\u2026", nullptr, m_loadTotal));
        m_dialog->setProgress(0, m_loadTotal);
    }
    qCInfo(lcExport, "loading details of %d rows before the export", m_loadTotal);
    EnsureDetailsJob *job = m_session->ensureDetails(ids, m_chunkSize);
    m_loadJob = job;
    connect(job, &Job::progressChanged, this, [this](int done, int total) {
        if (m_dialog && m_state == State::LoadingDetails) {
            m_dialog->setProgress(done, total);
        }
    });
    connect(job, &EnsureDetailsJob::rateLimited, this, [this](qint64 pauseMs) {
        if (m_dialog && m_state == State::LoadingDetails) {
            m_dialog->setPhase(ExportDialog::Phase::LoadingDetails,
                               tr("The cluster asks to slow down: waiting %1 s\u2026")
                                   .arg(QLocale().toString(double(pauseMs) / 1000.0, 'f', 1)));
            if (m_loadJob) {
                m_dialog->setProgress(m_loadJob->progressDone(), m_loadJob->progressTotal());
            }
        }
    });
    connect(job, &Job::finished, this, &ExportController::loaded);
}

void ExportController::loaded()
{
    EnsureDetailsJob *job = m_loadJob;
    m_loadJob = nullptr;
    if (!job || m_state != State::LoadingDetails) {
        return;
    }
    if (job->outcome() == Job::Outcome::Cancelled) {
        return; // cancel() has said so already
    }
    if (job->result().listReplaced) {
        abortRun(tr("The token list was reloaded during the export; nothing was written."));
        return;
    }
    m_loadFailed = job->result().failed;
    setState(State::WaitingForView);
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Writing, tr("Applying the table's filter and sort\u2026"));
    }
    // The model has every detail the job counted; the proxy may still re-sort for them.
    waitForView();
}

void ExportController::stopLoading()
{
    for (const QMetaObject::Connection &c : std::as_const(m_runConnections)) {
        disconnect(c);
    }
    m_runConnections.clear();
    if (EnsureDetailsJob *job = std::exchange(m_loadJob, nullptr)) {
        job->disconnect(this);
        job->cancel();
    }
}

void ExportController::waitForView()
{
    if (m_state != State::WaitingForView) {
        return;
    }
    if (!m_model || !m_proxy) {
        abortRun(tr("The table was closed during the export; nothing was written."));
        return;
    }
    if (m_proxy->isPending()) {
        // New details may re-sort or re-filter the view: export what it shows once that is applied.
        m_runConnections = {
            connect(m_proxy, &TokenProxyModel::refreshed, this,
                    [this] {
                        stopLoading();
                        startWriting();
                    }),
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] { abortRun(tr("The token list was reloaded during the export; nothing was written.")); }),
        };
        return;
    }
    startWriting();
}

// --- Writing ---------------------------------------------------------------------------------

void ExportController::startWriting()
{
    if (m_cancelRequested) {
        return;
    }
    if (!m_model || !m_proxy) {
        abortRun(tr("The table was closed during the export; nothing was written."));
        return;
    }
    const std::shared_ptr<const ModelSnapshot> snapshot = ModelSnapshot::fromView(*m_proxy);
    m_rowsWithoutDetails = ExportColumns::needsDetails(m_columns) ? snapshot->missingDetailsCount() : 0;
    m_writtenRows = snapshot->rowCount();
    m_undecidedLeftOut = m_proxy->undecided().hidden;
    m_job = new CsvExportJob(snapshot, m_columns, m_model->now(), m_filePath, m_options, this);
    if (m_pool) {
        m_job->setThreadPool(m_pool);
    }
    connect(m_job, &CsvExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_dialog) {
            m_dialog->setProgress(done, total);
        }
    });
    connect(m_job, &CsvExportJob::finished, this, &ExportController::onJobFinished);
    setState(State::Writing);
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Writing,
                           tr("Writing %Ln row(s) to \u201C%1\u201D\u2026", nullptr, snapshot->rowCount())
                               .arg(QFileInfo(m_filePath).fileName()));
    }
    qCInfo(lcExport, "writing %d rows, %d columns", snapshot->rowCount(), int(m_columns.size()));
    m_job->start();
}

void ExportController::onJobFinished(bool ok, const QString &error)
{
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (!ok) {
        finish(false, error);
        return;
    }
    QString message = tr("Exported %Ln row(s) to \u201C%1\u201D.", nullptr, m_writtenRows).arg(nativePath(m_filePath));
    if (m_rowsWithoutDetails > 0) {
        message += QLatin1Char(' ') +
                   tr("%Ln of them have no details: their detail cells are empty.", nullptr, m_rowsWithoutDetails);
    }
    if (m_undecidedLeftOut > 0) {
        message += QLatin1Char(' ') +
                   tr("%Ln more token(s) may match the filter once their details are loaded; they are not in the file.",
                      nullptr, m_undecidedLeftOut);
    }
    if (m_loadFailed > 0) {
        message +=
            QLatin1Char(' ') + tr("The details of %Ln token(s) could not be loaded (deleted meanwhile, or refused).",
                                  nullptr, m_loadFailed);
    }
    finish(true, message);
}

// --- Ending ----------------------------------------------------------------------------------

void ExportController::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::ChoosingFile:
        return;
    case State::Writing:
        m_cancelRequested = true;
        if (m_job) {
            m_job->cancel(); // finished(false, "Export cancelled; … was not changed.") follows
        }
        return;
    case State::LoadingDetails:
        m_cancelRequested = true;
        stopLoading(); // the job drops the requests it queued
        finish(false, tr("Export cancelled; nothing was written. The details loaded so far are kept."));
        return;
    case State::WaitingForView:
        m_cancelRequested = true;
        stopLoading();
        finish(false, tr("Export cancelled; nothing was written."));
        return;
    }
}

void ExportController::abortRun(const QString &message)
{
    if (!isRunning()) {
        return;
    }
    stopLoading();
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater(); // no signal follows; the worker discards its temporary file
        m_job = nullptr;
    }
    finish(false, message);
}

void ExportController::finish(bool ok, const QString &message)
{
    const bool cancelled = m_cancelRequested;
    m_cancelRequested = false;
    setState(State::Idle);
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Idle);
        if (ok) {
            m_dialog->accept();
        } else {
            m_dialog->showMessage(message, !cancelled);
            updateCounts(); // the view may have changed meanwhile
        }
    }
    qCInfo(lcExport, "export %s", ok ? "done" : (cancelled ? "cancelled" : "failed"));
    Q_EMIT exportFinished(ok, m_filePath, message);
}

} // namespace TokenDesk
