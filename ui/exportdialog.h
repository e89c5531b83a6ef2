// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Export CSV dialog: collects the choices (columns and their order, preset, header row, formula
// guard, what to do with rows whose details are not loaded) and shows the progress of the export
// that ExportController runs. It does no I/O itself.
//
// Idle: "Export…" emits exportRequested(). Busy (loading details, writing): the options are locked,
// a progress bar runs, and Cancel / Esc emit cancelRequested() instead of closing.
#pragma once

#include "csv/tokencolumns.h"
#include "export/exportsettings.h"

#include <QDialog>
#include <QLocale>

#include <memory>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace TokenDesk {

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Phase { Idle, LoadingDetails, Writing };
    Q_ENUM(Phase)

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The choices shown; columns empty = the table columns (setTableColumns()).
    void setSettings(const ExportSettings &settings);
    // The choices made (the directory is passed through from setSettings()).
    ExportSettings settings() const;

    // The columns of the table as it shows them (for "Table columns" and when nothing was saved).
    void setTableColumns(const QList<TokenColumn> &columns);
    // Ticks `checked` in this order; the other columns follow, unticked.
    void setColumns(const QList<TokenColumn> &checked);
    // The ticked columns, in the order shown.
    QList<TokenColumn> columns() const;

    // The locale the Excel preset's delimiter follows (default: QLocale()).
    void setExcelLocale(const QLocale &locale);

    // "Export across profiles": the profiles to choose from and those ticked. Shows the list above
    // the columns and replaces the row count with the number of profiles chosen.
    void setProfiles(const QStringList &names, const QStringList &checked);
    // The ticked profiles, in the order shown.
    QStringList profiles() const;
    QListWidget *profilesList() const { return m_profiles; }

    // Rows to export and how many of them have no details loaded.
    void setCounts(int rows, int withoutDetails);
    // Tokens the view's filter cannot decide until their details load: they are not among the rows and
    // would be missing from the export without a word. The dialog says so and offers to load them.
    void setUndecided(int count);
    int undecidedCount() const { return m_undecided; }
    int rowCount() const { return m_rows; }
    int withoutDetailsCount() const { return m_withoutDetails; }
    // Whether the chosen columns need details that some rows lack.
    bool needsMissingDetails() const;
    bool loadDetailsFirst() const;

    void setPhase(Phase phase, const QString &text = QString());
    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    // total <= 0: an indeterminate bar.
    void setProgress(qint64 done, qint64 total);
    // A result or problem under the options (cleared by the next export).
    void showMessage(const QString &text, bool error);
    // The message shown, empty when none.
    QString message() const;
    bool isMessageError() const;
    QString summaryText() const;

    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelButton() const;

    // While busy: cancelRequested() instead of closing.
    void reject() override;

    // "412 rows; 32 without details" (the second part only when it matters).
    static QString summary(int rows, int withoutDetails, bool detailsNeeded);

Q_SIGNALS:
    void exportRequested();
    void cancelRequested();
    // "Load their details" for the undecided tokens (setUndecided()).
    void loadUndecidedRequested();

private:
    void addColumnItem(TokenColumn column, bool checked);
    void moveCurrent(int delta);
    void updateState();
    void updatePresetDescription();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPushButton *m_exportButton = nullptr;
    QList<TokenColumn> m_tableColumns;
    QString m_directory;
    QLocale m_excelLocale;
    QListWidget *m_profiles = nullptr; // only across profiles
    int m_rows = 0;
    int m_withoutDetails = 0;
    int m_undecided = 0;
    Phase m_phase = Phase::Idle;
};

} // namespace TokenDesk
