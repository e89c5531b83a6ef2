// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparisondialog.h"

#include "audit/comparisonmodel.h"
#include "csv/csvwriter.h"
#include "export/modelsnapshot.h"
#include "messagebanner.h"
#include "model/tokentablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {

struct Outcome
{
    std::shared_ptr<const EarlierExport> earlier;
    AuditComparison comparison;
    QString error;
};

// Rows of one kind (or all) whose text matches, in any column.
class ChangeFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && index.data(ComparisonModel::KindRole).toInt() != m_kind)
            return false;
        const QRegularExpression expression = filterRegularExpression();
        if (expression.pattern().isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(expression))
                return true;
        }
        return false;
    }

private:
    int m_kind = -1;
};

} // namespace

ComparisonDialog::ComparisonDialog(TokenTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_kind(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("&Export CSV\u2026"), this))
    , m_loadDetails(new QPushButton(tr("&Load their details"), this))
    , m_result(new ComparisonModel(this))
    , m_filtered(new ChangeFilter(this))
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("Compare with an earlier export"));
    resize(900, 520);

    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_banner->hide();

    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->addItem(tr("All changes"), -1);
    m_kind->addItem(tr("New"), int(TokenChange::Kind::New));
    m_kind->addItem(tr("Gone"), int(TokenChange::Kind::Gone));
    m_kind->addItem(tr("Changed"), int(TokenChange::Kind::Changed));
    m_filter->setPlaceholderText(tr("Filter: name, ID, owner, scope\u2026"));
    m_filter->setAccessibleName(tr("Filter the changes"));
    m_filter->setClearButtonEnabled(true);

    m_filtered->setSourceModel(m_result);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ComparisonModel::KindColumn, 90);
    m_table->setColumnWidth(ComparisonModel::NameColumn, 200);
    m_table->setColumnWidth(ComparisonModel::IdColumn, 240);

    m_loadDetails->setToolTip(tr("Loads the details of the tokens that could not be compared; the comparison is "
                                 "then made again"));
    m_loadDetails->hide();
    m_export->setToolTip(tr("Export the changes shown to a CSV file"));
    m_export->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_filter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_loadDetails);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(summaryRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ComparisonDialog::chooseExportFile);
    connect(m_loadDetails, &QPushButton::clicked, this, &ComparisonDialog::loadDetailsRequested);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComparisonDialog::updateFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &ComparisonDialog::updateFilter);

    // Details arriving can turn "not compared" into changed or unchanged: compare again, at most
    // once a second while they load.
    m_recompare.setSingleShot(true);
    m_recompare.setInterval(1000);
    connect(&m_recompare, &QTimer::timeout, this, &ComparisonDialog::compareAgain);
    connect(m_model, &TokenTableModel::loadedCountChanged, this, [this] {
        if (m_earlier && m_result->comparison().notCompared > 0 && !m_recompare.isActive())
            m_recompare.start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_earlier && !m_recompare.isActive())
            m_recompare.start();
    });
}

ComparisonDialog::~ComparisonDialog()
{
    m_task.discard();
}

void ComparisonDialog::compareWith(const QString &path)
{
    m_path = path;
    m_earlier.reset();
    m_busy = true;
    m_summary->setText(tr("Reading \u201C%1\u201D\u2026").arg(QFileInfo(path).fileName()));
    std::shared_ptr<const ModelSnapshot> current = ModelSnapshot::fromModel(*m_model);
    const qint64 now = m_model->now();
    m_task.discard();
    m_task = Background::run(
        this,
        [path, current, now](const Background::Task &) {
            Outcome outcome;
            std::optional<EarlierExport> earlier = EarlierExport::readFile(path, &outcome.error);
            if (!earlier)
                return outcome;
            outcome.earlier = std::make_shared<const EarlierExport>(std::move(*earlier));
            outcome.comparison = AuditComparison::compare(*outcome.earlier, *current, now);
            return outcome;
        },
        [this](Outcome outcome) {
            m_busy = false;
            if (!outcome.error.isEmpty()) {
                m_summary->clear();
                m_banner->showMessage(MessageBanner::Level::Error, outcome.error);
                Q_EMIT compared();
                return;
            }
            m_banner->dismiss();
            m_earlier = std::move(outcome.earlier);
            m_result->setComparison(std::move(outcome.comparison));
            showResult();
            Q_EMIT compared();
        });
}

void ComparisonDialog::compareAgain()
{
    if (!m_earlier)
        return;
    if (m_busy) {
        m_recompare.start(); // after the running pass
        return;
    }
    m_busy = true;
    std::shared_ptr<const ModelSnapshot> current = ModelSnapshot::fromModel(*m_model);
    const qint64 now = m_model->now();
    std::shared_ptr<const EarlierExport> earlier = m_earlier;
    m_task = Background::run(
        this,
        [earlier, current, now](const Background::Task &) { return AuditComparison::compare(*earlier, *current, now); },
        [this](AuditComparison comparison) {
            m_busy = false;
            m_result->setComparison(std::move(comparison));
            showResult();
            Q_EMIT compared();
        });
}

QString ComparisonDialog::summaryText() const
{
    return m_summary->text();
}

void ComparisonDialog::showResult()
{
    const AuditComparison &c = m_result->comparison();
    int added = 0;
    int gone = 0;
    int changed = 0;
    for (const TokenChange &change : c.changes) {
        added += change.kind == TokenChange::Kind::New ? 1 : 0;
        gone += change.kind == TokenChange::Kind::Gone ? 1 : 0;
        changed += change.kind == TokenChange::Kind::Changed ? 1 : 0;
    }
    const QLocale locale;
    QString text =
        tr("Compared with \u201C%1\u201D (%Ln token(s) then): ", nullptr, int(m_earlier->tokens.size()))
            .arg(QFileInfo(m_path).fileName()) +
        tr("%1 new, %2 gone, %3 changed, %4 unchanged.")
            .arg(locale.toString(added), locale.toString(gone), locale.toString(changed), locale.toString(c.unchanged));
    if (c.notCompared > 0) {
        text += QLatin1Char(' ') +
                tr("%Ln token(s) in both could not be compared: their details are not loaded.", nullptr, c.notCompared);
    }
    const QStringList missing = [this] {
        QStringList names;
        for (TokenColumn column : AuditComparison::comparedColumns()) {
            if (!m_earlier->columns.contains(column))
                names << TokenColumns::displayName(column);
        }
        return names;
    }();
    if (!missing.isEmpty())
        text += QLatin1Char(' ') +
                tr("The file has no column for %1: not compared.").arg(QLocale().createSeparatedList(missing));
    m_summary->setText(text);
    m_loadDetails->setVisible(c.notCompared > 0);
    m_export->setEnabled(m_filtered->rowCount() > 0);
}

void ComparisonDialog::updateFilter()
{
    static_cast<ChangeFilter *>(m_filtered)->setKind(m_kind->currentData().toInt());
    m_filtered->setFilterFixedString(m_filter->text().trimmed());
    m_export->setEnabled(m_filtered->rowCount() > 0);
}

void ComparisonDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the changes"), QFileInfo(m_path).absolutePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QFileInfo(m_path).completeBaseName() + QStringLiteral("-changes.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &ComparisonDialog::exportTo);
    dialog->open();
}

bool ComparisonDialog::exportTo(const QString &path)
{
    // QSaveFile: the old file stays whole until the new one is complete.
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        CsvWriter writer(&file, CsvOptions::standard());
        writer.setFreeTextColumns({false, true, true, true});
        ok = writer.writeHeader(ComparisonModel::csvHeader());
        for (int row = 0; ok && row < m_filtered->rowCount(); ++row)
            ok = writer.writeRecord(m_result->csvRecord(m_filtered->mapToSource(m_filtered->index(row, 0)).row()));
        ok = ok && writer.finish();
        if (!ok && writer.error() != CsvWriter::Error::Device) {
            m_banner->showMessage(MessageBanner::Level::Error, writer.errorString());
            file.cancelWriting();
            return false;
        }
        ok = ok && file.commit();
    }
    if (!ok) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("The changes could not be written to \u201C%1\u201D: %2. An existing file was "
                                 "left as it was.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->showMessage(MessageBanner::Level::Information,
                          tr("Exported %Ln change(s) to \u201C%1\u201D.", nullptr, m_filtered->rowCount())
                              .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace TokenDesk
