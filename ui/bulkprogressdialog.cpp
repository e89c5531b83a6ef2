// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkprogressdialog.h"

#include "dialogstyle.h"
#include "ui_bulkprogressdialog.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QPushButton>

namespace TokenDesk {

namespace {

// The per-token results, read straight from the operation (no copies, no per-cell storage).
class BulkResultModel final : public QAbstractTableModel
{
public:
    enum Column { TokenColumn, ResultColumn, ColumnCount };

    explicit BulkResultModel(BulkJob *operation, QObject *parent)
        : QAbstractTableModel(parent)
        , m_operation(operation)
    {
        connect(operation, &BulkJob::itemsChanged, this,
                [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); });
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() || !m_operation ? 0 : m_operation->count();
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QVariant();
        return section == TokenColumn ? BulkProgressDialog::tr("Token") : BulkProgressDialog::tr("Result");
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!m_operation || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return QVariant();
        const BulkJob::Item &item = m_operation->item(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString text =
                index.column() == TokenColumn
                    ? (item.name.isEmpty() ? item.id : item.name + QStringLiteral("  (") + item.id + QLatin1Char(')'))
                    : resultText(*m_operation, index.row());
            // Names and server messages as they are: a tooltip that looks like HTML is rendered.
            return role == Qt::ToolTipRole ? DialogStyle::plainToolTip(text) : text;
        }
        return QVariant();
    }

    static QString resultText(const BulkJob &op, int row)
    {
        const BulkJob::Item &item = op.item(row);
        switch (item.state) {
        case BulkJob::State::Waiting:
            return BulkProgressDialog::tr("waiting");
        case BulkJob::State::Running:
            return BulkProgressDialog::tr("sent…");
        case BulkJob::State::Done:
            return QStringLiteral("✓ ") + BulkProgressDialog::doneWord(op.action()) +
                   (item.alreadyGone ? QStringLiteral(" — ") + BulkProgressDialog::tr("was already gone (HTTP 404)")
                                     : QString());
        case BulkJob::State::Failed:
            return BulkProgressDialog::tr("✗ failed: %1").arg(errorInWords(item.error));
        case BulkJob::State::Skipped:
            return BulkProgressDialog::tr("– skipped: %1").arg(BulkProgressDialog::tr("not sent: cancelled"));
        }
        return QString();
    }

private:
    QPointer<BulkJob> m_operation;
};

} // namespace

QString BulkProgressDialog::progressVerb(BulkJob::Action action)
{
    switch (action) {
    case BulkJob::Action::Revoke:
        return tr("Revoking");
    case BulkJob::Action::Reactivate:
        return tr("Reactivating");
    case BulkJob::Action::Delete:
        return tr("Deleting");
    }
    return QString();
}

QString BulkProgressDialog::doneWord(BulkJob::Action action)
{
    switch (action) {
    case BulkJob::Action::Revoke:
        return tr("revoked");
    case BulkJob::Action::Reactivate:
        return tr("reactivated");
    case BulkJob::Action::Delete:
        return tr("deleted");
    }
    return QString();
}

BulkProgressDialog::BulkProgressDialog(BulkJob *operation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkProgressDialog>())
    , m_operation(operation)
    , m_model(new BulkResultModel(operation, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 %n tokens", nullptr, operation->count()).arg(progressVerb(operation->action())));
    m_ui->resultsTableView->setModel(m_model);
    m_ui->resultsTableView->verticalHeader()->setVisible(false);
    m_ui->resultsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->resultsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsTableView->setColumnWidth(0, 300);
    m_ui->progressBar->setRange(0, qMax(1, operation->count()));
    m_ui->progressBar->setValue(0);
    closeButton()->setVisible(false);
    cancelButton()->setToolTip(tr("Send no more requests; those already sent still finish"));

    // Kept while the dialog shows its results; see the destructor.
    operation->setAutoDelete(false);
    connect(operation, &Job::progressChanged, this, &BulkProgressDialog::updateSummary);
    connect(operation, &Job::finished, this, &BulkProgressDialog::updateSummary);
    connect(cancelButton(), &QPushButton::clicked, this, &BulkProgressDialog::reject);
    connect(closeButton(), &QPushButton::clicked, this, &QDialog::accept);
    updateSummary();
}

BulkProgressDialog::~BulkProgressDialog()
{
    if (!m_operation)
        return; // its session went first
    // A finished job goes with its result list; a running one goes once it finishes.
    if (m_operation->isFinished())
        m_operation->deleteLater();
    else
        m_operation->setAutoDelete(true);
}

void BulkProgressDialog::reject()
{
    if (m_operation && !m_operation->isFinished()) {
        m_operation->cancel();
        return; // stays open until the requests already sent are answered
    }
    QDialog::reject();
}

void BulkProgressDialog::updateSummary()
{
    if (!m_operation)
        return;
    const BulkJob &op = *m_operation;
    m_ui->progressBar->setValue(op.finishedCount());
    QString text = tr("%1 of %2 finished: %3 %4, %5 failed")
                       .arg(op.finishedCount())
                       .arg(op.count())
                       .arg(op.doneCount())
                       .arg(doneWord(op.action()))
                       .arg(op.failedCount());
    if (op.skippedCount() > 0)
        text += tr(", %1 skipped").arg(op.skippedCount());
    if (op.isFinished())
        text = (op.failedCount() > 0 ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) + tr("Finished. ") + text +
               QLatin1Char('.');
    else if (op.isCancelled())
        text = tr("Cancelling: waiting for the requests already sent. ") + text;
    else
        text = progressVerb(op.action()) + QStringLiteral("… ") + text;
    m_ui->summaryLabel->setText(text);
    cancelButton()->setVisible(!op.isFinished());
    cancelButton()->setEnabled(!op.isCancelled());
    closeButton()->setVisible(op.isFinished());
    if (op.isFinished())
        closeButton()->setDefault(true);
}

QString BulkProgressDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QTableView *BulkProgressDialog::resultsView() const
{
    return m_ui->resultsTableView;
}

QPushButton *BulkProgressDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

QPushButton *BulkProgressDialog::closeButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Close);
}

QString BulkProgressDialog::resultText(int row) const
{
    return m_operation ? BulkResultModel::resultText(*m_operation, row) : QString();
}

} // namespace TokenDesk
