// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File → Export CSV… (Ctrl+E): the controller of a CSV export of the token table.
//
// It owns the action, opens ExportDialog with open(), asks for the file with a QFileDialog (open(),
// default name tokens-<cluster>-<yyyy-MM-dd>.csv), and runs the export without blocking:
//   1. the target folder is checked at once (a folder that is a file, missing, read-only);
//   2. when the chosen columns need details that rows lack and the user chose "Load them first",
//      the session's EnsureDetailsJob loads exactly those ids, with progress and Cancel, until each
//      is loaded, failed or gone;
//   3. once the proxy has applied any re-sort the new details caused, a ModelSnapshot of the view
//      (the model's immutable store plus a copy of the proxy's row order) is written by a
//      CsvExportJob on a worker through QSaveFile, with progress and Cancel.
// A cancelled or failed export leaves an existing file byte-identical and says why in the dialog;
// a successful one closes the dialog and says what was written through exportFinished(), which the
// main window shows in its status bar.
//
// The main window creates it once, after its session, proxy and table exist:
//   m_export = new ExportController(m_session, m_proxy, m_table->horizontalHeader(), this);
//   m_export->setSettings(m_settings);
//   m_export->setClusterName(profileName);   // on every connect; the demo: "demo"
//   fileMenu->addAction(m_export->action()); toolbar->addAction(m_export->action());
#pragma once

#include "csv/csvoptions.h"
#include "csv/tokencolumns.h"
#include "export/exportsettings.h"

#include <QDate>
#include <QFileDialog>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QHeaderView;
class QSettings;
class QThreadPool;
class QWidget;

namespace TokenDesk {

class ClusterSession;
class CsvExportJob;
class EnsureDetailsJob;
class ExportDialog;
class ModelSnapshot;
class TokenProxyModel;
class TokenTableModel;
struct TokenMetadata;

class ExportController final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, ChoosingFile, LoadingDetails, WaitingForView, Writing };
    Q_ENUM(State)

    // `proxy` shows the session's model; `header` is the table's horizontal header: its visible
    // sections, in visual order, are the default columns.
    ExportController(ClusterSession *session, TokenProxyModel *proxy, QHeaderView *header, QWidget *window);
    ~ExportController() override;

    // "Export CSV…", Ctrl+E; disabled while the view has no rows. Also added to `window` so that the
    // shortcut works wherever the action is shown.
    QAction *action() const { return m_action; }

    // Where the last choices live (group "export"); not owned. Default: QSettings().
    void setSettings(QSettings *settings) { m_settings = settings; }
    // Part of the default file name (a profile name or host; unsafe characters become '-').
    void setClusterName(const QString &name) { m_clusterName = name; }
    QString clusterName() const { return m_clusterName; }
    // The locale the Excel preset follows (default: QLocale()).
    void setExcelLocale(const QLocale &locale);
    // The pool the writer runs on (default: the global pool).
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    // Ids handed to the details loader at a time while loading details (default 500).
    void setLoadChunkSize(int ids) { m_chunkSize = qMax(1, ids); }

    State state() const { return m_state; }
    bool isRunning() const
    {
        return m_state == State::LoadingDetails || m_state == State::WaitingForView || m_state == State::Writing;
    }
    ExportDialog *dialog() const { return m_dialog; }
    QFileDialog *fileDialog() const { return m_fileDialog; }

    // The table's visible columns in visual order, as export columns.
    QList<TokenColumn> tableColumns() const;
    // "tokens-<cluster>-<yyyy-MM-dd>.csv"; "tokens-<yyyy-MM-dd>.csv" without a cluster name.
    static QString defaultFileName(const QString &clusterName, const QDate &date);

public Q_SLOTS:
    // Shows the dialog (or raises the open one).
    void openDialog();
    // Exports to `filePath` with the dialog's choices: what the file dialog's answer does.
    void exportTo(const QString &filePath);
    // Cancels the running step; an existing file stays as it was.
    void cancel();

Q_SIGNALS:
    // After every export attempt: ok, the target, and the words shown to the user.
    void exportFinished(bool ok, const QString &filePath, const QString &message);
    void stateChanged(TokenDesk::ExportController::State state);
    // The dialog's "Load their details" for the tokens the filter cannot decide yet: the window loads them
    // (asking first when they are many), as its own "Load them" does.
    void loadUndecidedRequested();

private:
    void setState(State state);
    void updateActionEnabled();
    void scheduleCounts();
    void updateCounts();
    void chooseFile();
    ExportSettings loadSettings() const;
    void saveSettings(const ExportSettings &settings);

    void startLoading(const std::shared_ptr<const ModelSnapshot> &snapshot);
    void loaded();
    void stopLoading();
    void waitForView();
    void startWriting();
    void onJobFinished(bool ok, const QString &error);
    void finish(bool ok, const QString &message);
    void abortRun(const QString &message);

    QPointer<ClusterSession> m_session;
    QPointer<TokenTableModel> m_model;
    QPointer<TokenProxyModel> m_proxy;
    QPointer<QHeaderView> m_header;
    QWidget *m_window;
    QAction *m_action;
    QSettings *m_settings = nullptr;
    QThreadPool *m_pool = nullptr;
    QString m_clusterName;
    QLocale m_excelLocale;
    QPointer<ExportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    QTimer m_countsTimer;
    State m_state = State::Idle;

    // The run.
    QString m_filePath;
    QList<TokenColumn> m_columns;
    CsvOptions m_options;
    bool m_cancelRequested = false;
    CsvExportJob *m_job = nullptr;
    QList<QMetaObject::Connection> m_runConnections;
    // Loading details.
    QPointer<EnsureDetailsJob> m_loadJob;
    int m_chunkSize = 500;
    int m_loadTotal = 0;
    int m_loadFailed = 0;
    int m_rowsWithoutDetails = 0; // in the written file, when its columns need details
    int m_writtenRows = 0;
    int m_undecidedLeftOut = 0;
};

} // namespace TokenDesk
