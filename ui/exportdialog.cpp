// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include "ui_exportdialog.h"

#include "export/exportcolumns.h"
#include "messagebanner.h"

#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {

constexpr int ColumnRole = Qt::UserRole;

QString countText(int n)
{
    return QLocale().toString(n);
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("E&xport\u2026"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_exportButton->setAccessibleDescription(tr("Choose the file and write the CSV"));
    m_ui->columnsListWidget->setAccessibleName(tr("Columns"));
    m_ui->columnsListWidget->setAccessibleDescription(m_ui->columnsListWidget->toolTip());
    m_ui->moveUpButton->setAccessibleDescription(tr("Move the selected column one place earlier"));
    m_ui->moveDownButton->setAccessibleDescription(tr("Move the selected column one place later"));
    m_ui->presetComboBox->setAccessibleDescription(tr("The CSV dialect: separator, encoding and byte order mark"));
    m_ui->headerCheckBox->setAccessibleDescription(tr("The first line names the columns"));
    m_ui->formulaGuardCheckBox->setAccessibleDescription(m_ui->formulaGuardLabel->text());

    m_ui->presetComboBox->addItem(tr("Standard CSV"), int(CsvOptions::Preset::Standard));
    m_ui->presetComboBox->addItem(tr("Excel"), int(CsvOptions::Preset::Excel));
    m_ui->headerCheckBox->setChecked(true);
    m_ui->formulaGuardCheckBox->setChecked(true);
    QFont bold = m_ui->summaryLabel->font();
    bold.setBold(true);
    m_ui->summaryLabel->setFont(bold);
    QFont small = m_ui->formulaGuardLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->formulaGuardLabel->setFont(small);
    m_ui->presetDescriptionLabel->setFont(small);
    m_ui->progressLabel->hide();
    m_ui->progressBar->hide();
    m_ui->messageBanner->dismiss();

    for (const TokenColumn column : TokenColumns::all()) {
        addColumnItem(column, false);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!isBusy() && !columns().isEmpty()) {
            Q_EMIT exportRequested();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->columnsListWidget, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_ui->columnsListWidget, &QListWidget::currentRowChanged, this, &ExportDialog::updateState);
    connect(m_ui->columnsListWidget->model(), &QAbstractItemModel::rowsMoved, this, &ExportDialog::updateState);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->tableColumnsButton, &QPushButton::clicked, this, [this] { setColumns(m_tableColumns); });
    connect(m_ui->presetComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePresetDescription);
    connect(m_ui->loadDetailsRadioButton, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->loadUndecidedButton, &QPushButton::clicked, this, &ExportDialog::loadUndecidedRequested);

    updatePresetDescription();
    updateState();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::addColumnItem(TokenColumn column, bool checked)
{
    auto *item = new QListWidgetItem(TokenColumns::displayName(column));
    item->setData(ColumnRole, int(column));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    if (ExportColumns::needsDetails(column)) {
        item->setToolTip(tr("Comes with the token's details; empty for rows whose details are not loaded."));
    } else {
        item->setToolTip(tr("Comes with the token list."));
    }
    m_ui->columnsListWidget->addItem(item);
}

void ExportDialog::setSettings(const ExportSettings &settings)
{
    setColumns(settings.columns.isEmpty() ? m_tableColumns : settings.columns);
    const int presetIndex = m_ui->presetComboBox->findData(int(settings.preset));
    m_ui->presetComboBox->setCurrentIndex(qMax(0, presetIndex));
    m_ui->headerCheckBox->setChecked(settings.header);
    m_ui->formulaGuardCheckBox->setChecked(settings.formulaGuard);
    (settings.loadDetailsFirst ? m_ui->loadDetailsRadioButton : m_ui->emptyCellsRadioButton)->setChecked(true);
    m_directory = settings.directory;
    updateState();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.columns = columns();
    s.preset = CsvOptions::Preset(m_ui->presetComboBox->currentData().toInt());
    s.header = m_ui->headerCheckBox->isChecked();
    s.formulaGuard = m_ui->formulaGuardCheckBox->isChecked();
    s.loadDetailsFirst = m_ui->loadDetailsRadioButton->isChecked();
    s.directory = m_directory;
    return s;
}

void ExportDialog::setProfiles(const QStringList &names, const QStringList &checked)
{
    if (!m_profiles) {
        auto *box = new QGroupBox(tr("Prof&iles"), this);
        box->setObjectName(QStringLiteral("profilesGroupBox"));
        auto *layout = new QVBoxLayout(box);
        m_profiles = new QListWidget(box);
        m_profiles->setObjectName(QStringLiteral("profilesListWidget"));
        m_profiles->setAccessibleName(tr("Profiles"));
        m_profiles->setAccessibleDescription(
            tr("The clusters to export, each asked with its own API token; the file's first column names the profile"));
        m_profiles->setMaximumHeight(m_profiles->sizeHintForRow(0) > 0 ? m_profiles->sizeHintForRow(0) * 6 : 120);
        layout->addWidget(m_profiles);
        auto *main = qobject_cast<QVBoxLayout *>(this->layout());
        main->insertWidget(main->indexOf(m_ui->columnsGroupBox), box);
        connect(m_profiles, &QListWidget::itemChanged, this, &ExportDialog::updateState);
        // The rows are the clusters' whole lists, loaded with their details: nothing to choose there.
        m_ui->tableColumnsButton->hide();
    }
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_profiles);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_profiles->setCurrentRow(0);
    updateState();
}

QStringList ExportDialog::profiles() const
{
    QStringList result;
    for (int row = 0; m_profiles && row < m_profiles->count(); ++row) {
        if (m_profiles->item(row)->checkState() == Qt::Checked)
            result.append(m_profiles->item(row)->text());
    }
    return result;
}

void ExportDialog::setTableColumns(const QList<TokenColumn> &columns)
{
    m_tableColumns = columns;
}

void ExportDialog::setColumns(const QList<TokenColumn> &checked)
{
    {
        const QSignalBlocker blocker(m_ui->columnsListWidget);
        m_ui->columnsListWidget->clear();
        const QList<TokenColumn> shown = ExportColumns::withUnchecked(checked);
        for (const TokenColumn column : shown) {
            addColumnItem(column, checked.contains(column));
        }
        m_ui->columnsListWidget->setCurrentRow(0);
    }
    updateState();
}

QList<TokenColumn> ExportDialog::columns() const
{
    QList<TokenColumn> result;
    for (int row = 0; row < m_ui->columnsListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->columnsListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            result.append(TokenColumn(item->data(ColumnRole).toInt()));
        }
    }
    return result;
}

void ExportDialog::moveCurrent(int delta)
{
    QListWidget *list = m_ui->columnsListWidget;
    const int row = list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list->count()) {
        return;
    }
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
    updateState();
}

void ExportDialog::setExcelLocale(const QLocale &locale)
{
    m_excelLocale = locale;
    updatePresetDescription();
}

void ExportDialog::updatePresetDescription()
{
    const auto preset = CsvOptions::Preset(m_ui->presetComboBox->currentData().toInt());
    if (preset == CsvOptions::Preset::Standard) {
        m_ui->presetDescriptionLabel->setText(tr("UTF-8, comma-separated (RFC 4180), for scripts and most tools."));
        return;
    }
    const CsvOptions options = CsvOptions::excel(m_excelLocale);
    m_ui->presetDescriptionLabel->setText(
        options.delimiter == QLatin1Char(';')
            ? tr("UTF-8 with a byte order mark, semicolon-separated (this locale writes decimals with a comma), "
                 "so that Excel opens it by double-click.")
            : tr("UTF-8 with a byte order mark, comma-separated, so that Excel opens it by double-click."));
}

void ExportDialog::setCounts(int rows, int withoutDetails)
{
    m_rows = rows;
    m_withoutDetails = withoutDetails;
    updateState();
}

void ExportDialog::setUndecided(int count)
{
    m_undecided = qMax(0, count);
    updateState();
}

bool ExportDialog::needsMissingDetails() const
{
    return m_withoutDetails > 0 && ExportColumns::needsDetails(columns());
}

bool ExportDialog::loadDetailsFirst() const
{
    return needsMissingDetails() && m_ui->loadDetailsRadioButton->isChecked();
}

QString ExportDialog::summary(int rows, int withoutDetails, bool detailsNeeded)
{
    QString text = tr("%Ln row(s)", nullptr, rows);
    if (detailsNeeded && withoutDetails > 0) {
        text += tr("; %1 without details").arg(countText(withoutDetails));
    }
    return text;
}

QString ExportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void ExportDialog::updateState()
{
    const QList<TokenColumn> chosen = columns();
    const bool missing = needsMissingDetails();
    const QStringList chosenProfiles = profiles();
    if (m_profiles) {
        m_ui->summaryLabel->setText(
            tr("%n profile(s): every token of each, with the details the columns need, a first column Cluster "
               "naming the profile.",
               nullptr, int(chosenProfiles.size())));
    } else {
        m_ui->summaryLabel->setText(summary(m_rows, m_withoutDetails, ExportColumns::needsDetails(chosen)));
    }
    m_ui->detailsGroupBox->setVisible(missing);
    if (missing) {
        m_ui->detailsLabel->setText(
            tr("%Ln of the %1 row(s) have no details loaded yet: their cells other than Name and ID would be empty.",
               nullptr, m_withoutDetails)
                .arg(countText(m_rows)));
        m_ui->loadDetailsRadioButton->setText(
            tr("&Load them first (%Ln request(s) to the cluster)", nullptr, m_withoutDetails));
    }
    m_ui->undecidedGroupBox->setVisible(m_undecided > 0);
    if (m_undecided > 0) {
        m_ui->undecidedLabel->setText(
            tr("%Ln more token(s) may match the filter once their details are loaded. They are not among the rows "
               "above and would be missing from the export.",
               nullptr, m_undecided));
    }
    const bool idle = !isBusy();
    const int current = m_ui->columnsListWidget->currentRow();
    m_ui->columnsGroupBox->setEnabled(idle);
    m_ui->formatGroupBox->setEnabled(idle);
    m_ui->detailsGroupBox->setEnabled(idle);
    m_ui->undecidedGroupBox->setEnabled(idle);
    m_ui->moveUpButton->setEnabled(current > 0);
    m_ui->moveDownButton->setEnabled(current >= 0 && current + 1 < m_ui->columnsListWidget->count());
    m_ui->tableColumnsButton->setEnabled(!m_tableColumns.isEmpty());
    if (m_profiles)
        m_profiles->setEnabled(idle);
    const bool noProfile = m_profiles && chosenProfiles.isEmpty();
    m_exportButton->setEnabled(idle && !chosen.isEmpty() && !noProfile);
    m_exportButton->setToolTip(chosen.isEmpty() ? tr("Tick at least one column.")
                                                : (noProfile ? tr("Tick at least one profile.") : QString()));
    cancelButton()->setText(idle ? tr("Close") : tr("Cancel"));
}

QPushButton *ExportDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}

void ExportDialog::setPhase(Phase phase, const QString &text)
{
    m_phase = phase;
    const bool busy = phase != Phase::Idle;
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setText(text);
    if (busy) {
        m_ui->messageBanner->dismiss();
        setProgress(0, 0);
    }
    updateState();
}

void ExportDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_ui->progressBar->setRange(0, 0);
        return;
    }
    // QProgressBar holds ints: scale to per mille.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    m_ui->progressBar->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_ui->messageBanner->dismiss();
        return;
    }
    m_ui->messageBanner->showMessage(error ? MessageBanner::Level::Error : MessageBanner::Level::Information, text);
}

QString ExportDialog::message() const
{
    return m_ui->messageBanner->isVisibleTo(this) ? m_ui->messageBanner->text() : QString();
}

bool ExportDialog::isMessageError() const
{
    return m_ui->messageBanner->level() == MessageBanner::Level::Error;
}

void ExportDialog::reject()
{
    if (isBusy()) {
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

} // namespace TokenDesk
