#include "exportcontroller.h"

#include "exportdialog.h"

#include "csv/csvexportjob.h"
#include "export/exportcolumns.h"
#include "export/modelsnapshot.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace TokenDesk {

Q_LOGGING_CATEGORY(lcExport, "tokendesk.export")

namespace {

// Ids handed to the loader again once fewer than this many are outstanding.
constexpr int LowWater = 64;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportController::ExportController(TokenTableModel *model, TokenProxyModel *proxy, DetailsLoader *loader,
                                   QHeaderView *header, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_proxy(proxy)
    , m_loader(loader)
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
    if (m_loader && m_dialog->loadDetailsFirst() && ExportColumns::needsDetails(m_columns) &&
        snapshot->missingDetailsCount() > 0) {
        startLoading(snapshot);
    } else {
        startWriting();
    }
}

// --- Loading the details the export needs -------------------------------------------------------

void ExportController::startLoading(const std::shared_ptr<const ModelSnapshot> &snapshot)
{
    m_loadSnapshot = snapshot;
    m_missingRows = snapshot->missingDetailsRows();
    m_feedPosition = 0;
    m_outstanding.clear();
    m_loadTotal = int(m_missingRows.size());
    m_loadDone = 0;
    m_loaderGeneration = m_loader->generation();
    m_loaderWasLoadingAll = m_loader->isLoadingAll();
    setState(State::LoadingDetails);

    const auto listChanged = [this] {
        abortRun(tr("The token list was reloaded during the export; nothing was written."));
    };
    m_runConnections = {
        connect(m_loader, &DetailsLoader::detailsLoaded, this, &ExportController::onDetailsLoaded),
        connect(m_loader, &DetailsLoader::loadFailed, this, [this](const QString &id) { resolved(id, false); }),
        connect(m_loader, &DetailsLoader::tokenGone, this, [this](const QString &id) { resolved(id, false); }),
        connect(m_loader, &DetailsLoader::idle, this, &ExportController::resolveIdle),
        connect(m_loader, &DetailsLoader::rateLimited, this,
                [this](qint64 pauseMs) {
                    if (m_dialog) {
                        m_dialog->setPhase(ExportDialog::Phase::LoadingDetails,
                                           tr("The cluster asks to slow down: waiting %1 s\u2026")
                                               .arg(QLocale().toString(double(pauseMs) / 1000.0, 'f', 1)));
                        updateLoadProgress();
                    }
                }),
        connect(m_loader, &QObject::destroyed, this, listChanged),
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, listChanged),
    };
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::LoadingDetails,
                           tr("Loading the details of %Ln token(s)\u2026", nullptr, m_loadTotal));
    }
    qCInfo(lcExport, "loading details of %d rows before the export", m_loadTotal);
    updateLoadProgress();
    feedLoader();
}

void ExportController::feedLoader()
{
    if (m_state != State::LoadingDetails || m_feeding) {
        return;
    }
    m_feeding = true;
    while (m_state == State::LoadingDetails && m_outstanding.size() < LowWater &&
           m_feedPosition < m_missingRows.size()) {
        QStringList ids;
        const size_t end = qMin(m_missingRows.size(), m_feedPosition + size_t(m_chunkSize));
        for (; m_feedPosition < end; ++m_feedPosition) {
            const QString id = m_loadSnapshot->id(m_missingRows[m_feedPosition]);
            switch (m_loader->state(id)) {
            case DetailsLoader::State::Failed:
            case DetailsLoader::State::Gone:
                ++m_loadDone;
                ++m_loadFailed;
                break;
            case DetailsLoader::State::Loaded:
            case DetailsLoader::State::InFlight:
                m_outstanding.insert(id); // arrives with the next batch
                break;
            case DetailsLoader::State::NotRequested:
            case DetailsLoader::State::Queued:
                m_outstanding.insert(id);
                ids.append(id);
                break;
            }
        }
        if (!ids.isEmpty()) {
            m_loader->prioritize(ids); // may answer synchronously (refused requests)
        }
    }
    m_feeding = false;
    updateLoadProgress();
    checkLoaded();
}

void ExportController::onDetailsLoaded(const QList<TokenMetadata> &batch)
{
    if (m_state != State::LoadingDetails) {
        return;
    }
    if (m_loader->generation() != m_loaderGeneration) {
        abortRun(tr("The token list was reloaded during the export; nothing was written."));
        return;
    }
    for (const TokenMetadata &metadata : batch) {
        if (metadata.id && m_outstanding.remove(*metadata.id)) {
            ++m_loadDone;
        }
    }
    updateLoadProgress();
    feedLoader();
}

void ExportController::resolved(const QString &id, bool loaded)
{
    if (m_state != State::LoadingDetails || !m_outstanding.remove(id)) {
        return;
    }
    ++m_loadDone;
    m_loadFailed += loaded ? 0 : 1;
    updateLoadProgress();
    feedLoader();
}

void ExportController::resolveIdle()
{
    if (m_state != State::LoadingDetails) {
        return;
    }
    if (m_loader->generation() != m_loaderGeneration) {
        abortRun(tr("The token list was reloaded during the export; nothing was written."));
        return;
    }
    // The loader has nothing queued or in flight: whatever is still outstanding will not come
    // (cancelled elsewhere, or delivered before we looked).
    const QSet<QString> outstanding = m_outstanding;
    for (const QString &id : outstanding) {
        const DetailsLoader::State state = m_loader->state(id);
        if (state == DetailsLoader::State::Queued || state == DetailsLoader::State::InFlight) {
            continue;
        }
        m_outstanding.remove(id);
        ++m_loadDone;
        m_loadFailed += state == DetailsLoader::State::Loaded ? 0 : 1;
    }
    updateLoadProgress();
    feedLoader();
}

void ExportController::updateLoadProgress()
{
    if (m_dialog && m_state == State::LoadingDetails) {
        m_dialog->setProgress(m_loadDone, m_loadTotal);
    }
}

void ExportController::checkLoaded()
{
    if (m_state != State::LoadingDetails || m_feeding || !m_outstanding.isEmpty() ||
        m_feedPosition < m_missingRows.size()) {
        return;
    }
    stopLoading();
    setState(State::WaitingForView);
    if (m_dialog) {
        m_dialog->setPhase(ExportDialog::Phase::Writing, tr("Applying the table's filter and sort\u2026"));
    }
    // Queued: whoever feeds the model from the same detailsLoaded signal has run by then.
    QTimer::singleShot(0, this, &ExportController::waitForView);
}

void ExportController::stopLoading()
{
    for (const QMetaObject::Connection &c : std::as_const(m_runConnections)) {
        disconnect(c);
    }
    m_runConnections.clear();
    m_loadSnapshot.reset();
    m_missingRows = {};
    m_outstanding.clear();
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
        stopLoading();
        // Stop the requests this export queued, unless a "load all" was running before it.
        if (m_loader && !m_loaderWasLoadingAll) {
            m_loader->cancel();
        }
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
    if (ok) {
        if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window)) {
            mainWindow->statusBar()->showMessage(message, 15000);
        }
    }
    qCInfo(lcExport, "export %s", ok ? "done" : (cancelled ? "cancelled" : "failed"));
    Q_EMIT exportFinished(ok, m_filePath, message);
}

} // namespace TokenDesk
