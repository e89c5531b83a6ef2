// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Progress of a BulkJob: a bar, "12 of 40 done, 1 failed", a result row per token (done / failed
// and why / skipped) and Cancel, which becomes Close when everything has finished. The dialog does
// no I/O; it watches the job, and keeps a finished job (its result list) for as long as it is open.
#pragma once

#include "session/bulkjob.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QAbstractTableModel;
class QPushButton;
class QTableView;

namespace Ui {
class BulkProgressDialog;
}

namespace TokenDesk {

class BulkProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BulkProgressDialog(BulkJob *job, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    QString summary() const;
    QTableView *resultsView() const;
    QPushButton *cancelButton() const;
    QPushButton *closeButton() const;
    // The text of a result row ("done", "failed: …").
    QString resultText(int row) const;
    // "Revoking", "Deleting", ... and "revoked", "deleted", ...
    static QString progressVerb(BulkJob::Action action);
    static QString doneWord(BulkJob::Action action);

public Q_SLOTS:
    void reject() override;

private:
    void updateSummary();

    std::unique_ptr<Ui::BulkProgressDialog> m_ui;
    QPointer<BulkJob> m_operation;
    QAbstractTableModel *m_model;
};

} // namespace TokenDesk
