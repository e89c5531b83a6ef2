#include "bulkprogressdialog.h"

#include "bulkoperation.h"
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

    explicit BulkResultModel(BulkOperation *operation, QObject *parent)
        : QAbstractTableModel(parent)
        , m_operation(operation)
    {
        connect(operation, &BulkOperation::itemChanged, this,
                [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
        connect(operation, &BulkOperation::itemsChanged, this,
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
        const BulkOperation::Item &item = m_operation->item(index.row());
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

    static QString resultText(const BulkOperation &op, int row)
    {
        const BulkOperation::Item &item = op.item(row);
        switch (item.state) {
        case BulkOperation::State::Waiting:
            return BulkProgressDialog::tr("waiting");
        case BulkOperation::State::Running:
            return BulkProgressDialog::tr("sent…");
        case BulkOperation::State::Done:
            return QStringLiteral("✓ ") + BulkOperation::doneWord(op.action()) +
                   (item.message.isEmpty() ? QString() : QStringLiteral(" — ") + item.message);
        case BulkOperation::State::Failed:
            return BulkProgressDialog::tr("✗ failed: %1").arg(item.message);
        case BulkOperation::State::Skipped:
            return BulkProgressDialog::tr("– skipped: %1").arg(item.message);
        }
        return QString();
    }

private:
    QPointer<BulkOperation> m_operation;
};

} // namespace

BulkProgressDialog::BulkProgressDialog(BulkOperation *operation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkProgressDialog>())
    , m_operation(operation)
    , m_model(new BulkResultModel(operation, this))
{
    m_ui->setupUi(this);
    setWindowTitle(
        tr("%1 %n tokens", nullptr, operation->count()).arg(BulkOperation::progressVerb(operation->action())));
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

    connect(operation, &BulkOperation::progressChanged, this, &BulkProgressDialog::updateSummary);
    connect(operation, &BulkOperation::finished, this, &BulkProgressDialog::updateSummary);
    connect(cancelButton(), &QPushButton::clicked, this, &BulkProgressDialog::reject);
    connect(closeButton(), &QPushButton::clicked, this, &QDialog::accept);
    updateSummary();
}

BulkProgressDialog::~BulkProgressDialog() = default;

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
    const BulkOperation &op = *m_operation;
    m_ui->progressBar->setValue(op.finishedCount());
    QString text = tr("%1 of %2 finished: %3 %4, %5 failed")
                       .arg(op.finishedCount())
                       .arg(op.count())
                       .arg(op.doneCount())
                       .arg(BulkOperation::doneWord(op.action()))
                       .arg(op.failedCount());
    if (op.skippedCount() > 0)
        text += tr(", %1 skipped").arg(op.skippedCount());
    if (op.isFinished())
        text = (op.failedCount() > 0 ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) + tr("Finished. ") + text +
               QLatin1Char('.');
    else if (op.isCancelled())
        text = tr("Cancelling: waiting for the requests already sent. ") + text;
    else
        text = BulkOperation::progressVerb(op.action()) + QStringLiteral("… ") + text;
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
