// Progress of a BulkOperation: a bar, "12 of 40 done, 1 failed", a result row per token (done /
// failed and why / skipped) and Cancel, which becomes Close when everything has finished. The
// dialog does no I/O; it watches the operation (which it does not own).
#pragma once

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

class BulkOperation;

class BulkProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BulkProgressDialog(BulkOperation *operation, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    QString summary() const;
    QTableView *resultsView() const;
    QPushButton *cancelButton() const;
    QPushButton *closeButton() const;
    // The text of a result row ("done", "failed: …").
    QString resultText(int row) const;

public Q_SLOTS:
    void reject() override;

private:
    void updateSummary();

    std::unique_ptr<Ui::BulkProgressDialog> m_ui;
    QPointer<BulkOperation> m_operation;
    QAbstractTableModel *m_model;
};

} // namespace TokenDesk
