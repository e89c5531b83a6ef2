// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Compare with an earlier export": reads a TokenDesk CSV written at an earlier audit and shows, by
// token id, what is new, gone or changed (owner, scopes, state, expiry) since, with a filter by kind
// and text and a CSV export of the result. Reading and comparing run on a worker; the comparison is
// made again when more details arrive, so "not compared" shrinks as they load.
#pragma once

#include "audit/auditcomparison.h"
#include "core/background.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace TokenDesk {

class ComparisonModel;
class MessageBanner;
class TokenTableModel;

class ComparisonDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ComparisonDialog(TokenTableModel *model, QWidget *parent = nullptr);
    ~ComparisonDialog() override;

    // Reads `path` (on a worker) and compares it with the current list.
    void compareWith(const QString &path);

    const ComparisonModel *result() const { return m_result; }
    bool isBusy() const { return m_busy; }
    QString summaryText() const;

    // Writes the rows shown (after the filters) to `path`; false with a message shown on failure,
    // leaving an existing file as it was.
    bool exportTo(const QString &path);

Q_SIGNALS:
    // Done: the comparison shown is up to date (or the file could not be read).
    void compared();
    // "Load their details" for the tokens that could not be compared.
    void loadDetailsRequested();

private:
    void compareAgain();
    void showResult();
    void updateFilter();
    void chooseExportFile();

    TokenTableModel *m_model;
    QString m_path;
    std::shared_ptr<const EarlierExport> m_earlier;
    Background::Task m_task;
    bool m_busy = false;
    bool m_again = false;
    QTimer m_recompare;

    QLabel *m_summary;
    MessageBanner *m_banner;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_loadDetails;
    ComparisonModel *m_result;
    QSortFilterProxyModel *m_filtered;
};

} // namespace TokenDesk
