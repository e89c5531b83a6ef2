// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File → Export across profiles… (Ctrl+Shift+E): one CSV of the tokens of several clusters, with a
// first column "Cluster" naming each row's profile.
//
// It opens the export dialog with a list of the saved profiles to tick (the columns, preset, header
// and formula guard as in Export CSV, and remembered with them), asks for the file (default name
// tokens-all-profiles-<yyyy-MM-dd>.csv), then runs a ProfileExport: each ticked profile's whole list
// (up to ListQuery::MaxLimit tokens) and, when the columns need them, every token's details, each
// profile with its own API token, with progress and Cancel in the dialog. The file is written
// through CsvExportJob (QSaveFile, the CSV writer's rules) only when every profile could be
// exported; otherwise nothing is written and the dialog names each profile that failed and why, so
// the user can untick it and export the others knowingly.
#pragma once

#include "csv/csvoptions.h"
#include "csv/tokencolumns.h"
#include "session/profilelookup.h"
#include "settings/connectionprofile.h"

#include <QDate>
#include <QFileDialog>
#include <QLocale>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

class QSettings;
class QWidget;

namespace TokenDesk {

class CsvExportJob;
class ExportDialog;
class ProfileExport;

class ProfileExportController final : public QObject
{
    Q_OBJECT
public:
    // `profiles` gives the profiles to offer (the saved ones), `readToken` each one's API token.
    ProfileExportController(std::function<QList<ConnectionProfile>()> profiles, ProfileLookup::TokenReader readToken,
                            QWidget *window);
    ~ProfileExportController() override;

    // "Export across profiles…", Ctrl+Shift+E; added to `window` so that the key works everywhere.
    QAction *action() const { return m_action; }
    // Where the export choices live (the group Export CSV uses); not owned.
    void setSettings(QSettings *settings) { m_settings = settings; }
    void setExcelLocale(const QLocale &locale) { m_excelLocale = locale; }

    ExportDialog *dialog() const { return m_dialog; }
    QFileDialog *fileDialog() const { return m_fileDialog; }
    bool isRunning() const;

    // "tokens-all-profiles-<yyyy-MM-dd>.csv".
    static QString defaultFileName(const QDate &date);

public Q_SLOTS:
    void openDialog();
    // Exports the dialog's choices to `filePath` (what the file dialog's answer does).
    void exportTo(const QString &filePath);
    void cancel();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &filePath, const QString &message);

private:
    void chooseFile();
    void exported();
    void finish(bool ok, const QString &message);

    std::function<QList<ConnectionProfile>()> m_profiles;
    ProfileLookup::TokenReader m_readToken;
    QWidget *m_window;
    QAction *m_action;
    QSettings *m_settings = nullptr;
    QLocale m_excelLocale;
    QPointer<ExportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<ProfileExport> m_export;
    QPointer<CsvExportJob> m_job;
    QString m_filePath;
    QList<TokenColumn> m_columns;
    CsvOptions m_options;
};

} // namespace TokenDesk
