// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkscopedialog.h"

#include "dialogstyle.h"
#include "scopepicker.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace TokenDesk {

namespace {

// The scopes of `a` that `b` lacks, in `a`'s order.
QStringList missingFrom(const QStringList &a, const QStringList &b)
{
    const QSet<QString> other(b.cbegin(), b.cend());
    QStringList result;
    for (const QString &s : a) {
        if (!other.contains(s))
            result << s;
    }
    return result;
}

} // namespace

// The preview rows and, once a job runs, each token's result read straight from the job.
class BulkScopePreviewModel final : public QAbstractTableModel
{
public:
    enum Column { TokenColumn, ChangeColumn, ResultColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    using Preview = BulkScopeDialog::Preview;

    struct Row
    {
        BulkScopeDialog::Token token;
        Preview preview = Preview::Loading;
        QStringList added;
        QStringList removed;
    };

    BulkScopePreviewModel(const QList<BulkScopeDialog::Token> &tokens, QObject *parent)
        : QAbstractTableModel(parent)
    {
        m_rows.reserve(size_t(tokens.size()));
        for (const BulkScopeDialog::Token &t : tokens) {
            m_index.insert(t.id, int(m_rows.size()));
            m_rows.push_back(Row{t, Preview::Loading, {}, {}});
        }
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QVariant();
        switch (section) {
        case TokenColumn:
            return BulkScopeDialog::tr("Token");
        case ChangeColumn:
            return BulkScopeDialog::tr("Change");
        case ResultColumn:
            return BulkScopeDialog::tr("Result");
        }
        return QVariant();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return QVariant();
        if (role == SortRole)
            return rank(index.row());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        const Row &row = m_rows[size_t(index.row())];
        QString text;
        switch (index.column()) {
        case TokenColumn:
            text = row.token.name.isEmpty() ? row.token.id
                                            : row.token.name + QStringLiteral("  (") + row.token.id + QLatin1Char(')');
            break;
        case ChangeColumn:
            text = previewText(index.row());
            if (role == Qt::ToolTipRole && row.token.scopes)
                text += QLatin1Char('\n') + BulkScopeDialog::tr("Scopes now: %1")
                                                .arg(row.token.scopes->isEmpty()
                                                         ? BulkScopeDialog::tr("(none)")
                                                         : row.token.scopes->join(QStringLiteral(", ")));
            break;
        case ResultColumn:
            text = resultText(index.row());
            break;
        }
        // Names and server messages as they are: a tooltip that looks like HTML is rendered.
        return role == Qt::ToolTipRole ? DialogStyle::plainToolTip(text) : text;
    }

    const Row &row(int r) const { return m_rows[size_t(r)]; }
    int rowOfId(const QString &id) const { return m_index.value(id, -1); }

    void setScopes(int r, const QString &name, const QStringList &scopes)
    {
        Row &row = m_rows[size_t(r)];
        if (!name.isEmpty())
            row.token.name = name;
        row.token.scopes = scopes;
        decide(row);
        Q_EMIT dataChanged(index(r, TokenColumn), index(r, ChangeColumn));
    }

    void setChange(const BulkScopeJob::Change &change, bool loadingFinished)
    {
        m_change = change;
        m_loadingFinished = loadingFinished;
        for (Row &row : m_rows)
            decide(row);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, ChangeColumn), index(rowCount() - 1, ChangeColumn));
    }
    bool hasChange() const { return !m_change.add.isEmpty() || !m_change.remove.isEmpty(); }

    void setJob(BulkScopeJob *job)
    {
        if (m_job)
            m_job->disconnect(this);
        m_job = job;
        // The job holds the tokens sent (not the one in use), in its own order.
        m_jobIndex.clear();
        for (int i = 0; i < job->count(); ++i)
            m_jobIndex.insert(job->item(i).id, i);
        connect(job, &BulkScopeJob::itemsChanged, this, [this](int first, int last) {
            int top = rowCount();
            int bottom = -1;
            for (int i = first; i <= last && m_job; ++i) {
                const int r = rowOfId(m_job->item(i).id);
                top = qMin(top, r < 0 ? top : r);
                bottom = qMax(bottom, r);
            }
            if (bottom >= 0)
                Q_EMIT dataChanged(index(top, ChangeColumn), index(bottom, ResultColumn));
        });
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
    }

    int count(Preview preview) const
    {
        int n = 0;
        for (const Row &row : m_rows)
            n += row.preview == preview ? 1 : 0;
        return n;
    }

    // Whether the job shown was sent with the change chosen now (its results still describe it).
    bool jobMatchesChange() const
    {
        return m_job && m_job->change().add == m_change.add && m_job->change().remove == m_change.remove;
    }

    static QString plusMinus(const QStringList &added, const QStringList &removed)
    {
        QStringList parts;
        if (!added.isEmpty())
            parts << QStringLiteral("+ ") + added.join(QStringLiteral(", "));
        if (!removed.isEmpty())
            parts << QStringLiteral("− ") + removed.join(QStringLiteral(", "));
        return parts.join(QStringLiteral("   "));
    }

    // The job's item for a token it wrote with the change chosen now, if any.
    const BulkScopeJob::Item *written(int r) const
    {
        if (!jobMatchesChange())
            return nullptr;
        const int i = m_jobIndex.value(m_rows[size_t(r)].token.id, -1);
        return i >= 0 && m_job->item(i).state == BulkScopeJob::State::Done ? &m_job->item(i) : nullptr;
    }

    // The preview's order: the tokens that change first, those left alone and why next, the ones
    // with nothing to change last (in a selection of hundreds, the few that change are what counts).
    int rank(int r) const
    {
        if (written(r))
            return 0;
        switch (m_rows[size_t(r)].preview) {
        case Preview::Changes:
            return 0;
        case Preview::NotLoaded:
        case Preview::Loading:
            return 1;
        case Preview::NoScope:
            return 2;
        case Preview::InUse:
            return 3;
        case Preview::Unchanged:
            return 4;
        }
        return 4;
    }

    QString previewText(int r) const
    {
        const Row &row = m_rows[size_t(r)];
        // A token just written shows what was written, not the "nothing would change" of its fresh set.
        if (const BulkScopeJob::Item *item = written(r))
            return plusMinus(missingFrom(item->after, item->before), missingFrom(item->before, item->after));
        switch (row.preview) {
        case Preview::Loading:
            return BulkScopeDialog::tr("⋯ loading the details");
        case Preview::NotLoaded:
            return BulkScopeDialog::tr("? details could not be loaded: decided when it is read");
        case Preview::InUse:
            return BulkScopeDialog::tr("– skipped: the token in use (a token cannot change itself)");
        case Preview::NoScope:
            return BulkScopeDialog::tr("– skipped: it would end with no scope");
        case Preview::Unchanged:
            return hasChange() ? BulkScopeDialog::tr("– nothing would change") : QStringLiteral("–");
        case Preview::Changes:
            return plusMinus(row.added, row.removed);
        }
        return QString();
    }

    QString resultText(int r) const
    {
        if (!m_job)
            return QString();
        const int i = m_jobIndex.value(m_rows[size_t(r)].token.id, -1);
        if (i < 0)
            return m_rows[size_t(r)].token.inUse ? BulkScopeDialog::tr("– skipped: the token in use") : QString();
        using State = BulkScopeJob::State;
        const BulkScopeJob::Item &item = m_job->item(i);
        switch (item.state) {
        case State::Waiting:
            return BulkScopeDialog::tr("waiting");
        case State::Reading:
            return BulkScopeDialog::tr("reading…");
        case State::Writing:
            return BulkScopeDialog::tr("writing…");
        case State::Done:
            return BulkScopeDialog::tr("✓ changed");
        case State::Unchanged:
            return BulkScopeDialog::tr("– nothing to change (as read)");
        case State::InUse:
            return BulkScopeDialog::tr("– skipped: the token in use");
        case State::NoScope:
            return BulkScopeDialog::tr("– skipped: it would end with no scope (as read)");
        case State::Gone:
            return BulkScopeDialog::tr("– gone: deleted meanwhile");
        case State::Failed:
            return BulkScopeDialog::tr("✗ failed: %1").arg(errorInWords(item.error));
        case State::Skipped:
            return BulkScopeDialog::tr("– not sent: cancelled");
        }
        return QString();
    }

private:
    void decide(Row &row) const
    {
        row.added.clear();
        row.removed.clear();
        if (row.token.inUse) {
            row.preview = Preview::InUse;
        } else if (!row.token.scopes) {
            row.preview = m_loadingFinished ? Preview::NotLoaded : Preview::Loading;
        } else if (!hasChange()) {
            row.preview = Preview::Unchanged;
        } else {
            const QStringList &before = *row.token.scopes;
            // The job's own rule: the preview promises what the job does.
            switch (BulkScopeJob::verdict(before, m_change)) {
            case BulkScopeJob::State::NoScope:
                row.preview = Preview::NoScope;
                break;
            case BulkScopeJob::State::Unchanged:
                row.preview = Preview::Unchanged;
                break;
            default: {
                const QStringList after = BulkScopeJob::applied(before, m_change);
                row.preview = Preview::Changes;
                row.added = missingFrom(after, before);
                row.removed = missingFrom(before, after);
                break;
            }
            }
        }
    }

    std::vector<Row> m_rows;
    QHash<QString, int> m_index;
    BulkScopeJob::Change m_change;
    bool m_loadingFinished = false;
    QPointer<BulkScopeJob> m_job;
    QHash<QString, int> m_jobIndex;
};

BulkScopeDialog::BulkScopeDialog(const QList<Token> &tokens, QWidget *parent)
    : QDialog(parent)
    , m_model(new BulkScopePreviewModel(tokens, this))
    , m_addPicker(new ScopePicker(this))
    , m_removePicker(new ScopePicker(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkScopeDialog"));
    setWindowTitle(tr("Change the scopes of %n token(s)", nullptr, int(tokens.size())));

    auto *intro = new QLabel(tr("Pick scopes to add and scopes to remove; the preview shows what changes for each "
                                "token. Each token is read afresh and written with its own scopes changed. The "
                                "token in use and tokens that would end with no scope are left alone. Nothing is "
                                "sent before you confirm."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    // Two pickers side by side; each says in its accessible names which one it is.
    m_addPicker->setObjectName(QStringLiteral("addScopePicker"));
    m_addPicker->searchLineEdit()->setPlaceholderText(tr("Search scopes to add…"));
    m_addPicker->searchLineEdit()->setAccessibleName(tr("Search scopes to add"));
    m_addPicker->searchLineEdit()->setAccessibleDescription(tr("Narrows the list of scopes to add"));
    m_addPicker->listWidget()->setAccessibleName(tr("Scopes to add"));
    m_addPicker->listWidget()->setAccessibleDescription(
        tr("Check the scopes every selected token should get; each says what it allows"));
    m_removePicker->setObjectName(QStringLiteral("removeScopePicker"));
    m_removePicker->searchLineEdit()->setPlaceholderText(tr("Search scopes to remove…"));
    m_removePicker->searchLineEdit()->setAccessibleName(tr("Search scopes to remove"));
    m_removePicker->searchLineEdit()->setAccessibleDescription(tr("Narrows the list of scopes to remove"));
    m_removePicker->listWidget()->setAccessibleName(tr("Scopes to remove"));
    m_removePicker->listWidget()->setAccessibleDescription(
        tr("Check the scopes no selected token should keep; each says what it allows"));
    // Scopes the selected tokens carry that the catalog does not document can be removed too.
    QStringList carried;
    QSet<QString> seen;
    for (const Token &t : tokens) {
        for (const QString &s : t.scopes.value_or(QStringList())) {
            if (!seen.contains(s)) {
                seen.insert(s);
                carried << s;
            }
        }
    }
    m_removePicker->addScopes(carried);

    auto *addBox = new QGroupBox(tr("&Add these scopes"), this);
    auto *addLayout = new QVBoxLayout(addBox);
    addLayout->addWidget(m_addPicker);
    auto *removeBox = new QGroupBox(tr("&Remove these scopes"), this);
    auto *removeLayout = new QVBoxLayout(removeBox);
    removeLayout->addWidget(m_removePicker);
    // The group boxes' mnemonics reach the search fields.
    addBox->setFocusProxy(m_addPicker);
    removeBox->setFocusProxy(m_removePicker);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(addBox, 1);
    pickers->addWidget(removeBox, 1);

    m_note->setObjectName(QStringLiteral("bulkScopeNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("bulkScopePreview"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(BulkScopePreviewModel::SortRole);
    sorted->setDynamicSortFilter(true);
    sorted->sort(BulkScopePreviewModel::ChangeColumn); // stable: the selection's order within each kind
    m_view->setModel(sorted);
    m_view->setAccessibleName(tr("Preview"));
    m_view->setAccessibleDescription(
        tr("Each selected token with the scopes it gains (+) and loses (−), or why it is left alone"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BulkScopePreviewModel::TokenColumn, 400);
    m_view->setColumnWidth(BulkScopePreviewModel::ChangeColumn, 330);
    m_view->setColumnHidden(BulkScopePreviewModel::ResultColumn, true);
    m_view->setMinimumHeight(140);

    m_totals->setObjectName(QStringLiteral("bulkScopeTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_progress->setVisible(false);
    m_summary->setObjectName(QStringLiteral("bulkScopeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Change scopes"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("bulkScopeApplyButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Enter in a search field never confirms: the change is sent only by pressing the button.
    m_apply->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &BulkScopeDialog::accept);
    connect(m_close, &QPushButton::clicked, this, &BulkScopeDialog::reject);

    connect(m_addPicker, &ScopePicker::checkedScopesChanged, this,
            [this] { keepExclusive(m_addPicker, m_removePicker, tr("Remove")); });
    connect(m_removePicker, &ScopePicker::checkedScopesChanged, this,
            [this] { keepExclusive(m_removePicker, m_addPicker, tr("Add")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pickers, 1);
    layout->addWidget(m_note);
    layout->addWidget(previewLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1000, 650);

    // Tokens without details wait for setLoadingProgress/setLoadingFinished; with all of them
    // known, there is nothing to load.
    m_loadingDone = std::all_of(tokens.cbegin(), tokens.cend(), [](const Token &t) { return t.scopes || t.inUse; });
    recompute();
    m_addPicker->setFocus();
}

BulkScopeDialog::~BulkScopeDialog()
{
    if (!m_job)
        return; // its session went first
    // A finished job goes with its result list; a running one goes once it finishes.
    if (m_job->isFinished())
        m_job->deleteLater();
    else
        m_job->setAutoDelete(true);
}

void BulkScopeDialog::keepExclusive(ScopePicker *changed, ScopePicker *other, const QString &otherName)
{
    if (m_syncing)
        return;
    // A scope checked here leaves the other list: a scope is added or removed, never both.
    const QStringList mine = changed->checkedScopes();
    const QStringList theirs = other->checkedScopes();
    QStringList moved;
    for (const QString &s : mine) {
        if (theirs.contains(s))
            moved << s;
    }
    if (!moved.isEmpty()) {
        m_syncing = true;
        for (const QString &s : std::as_const(moved))
            other->setScopeChecked(s, false);
        m_syncing = false;
        m_note->setText(tr("Unticked under “%1”: %2 (a scope is either added or removed).")
                            .arg(otherName, moved.join(QStringLiteral(", "))));
        m_note->setVisible(true);
    }
    recompute();
}

void BulkScopeDialog::recompute()
{
    m_model->setChange(change(), m_loadingDone);
    updateButtons();
}

void BulkScopeDialog::setScopes(const QString &id, const QString &name, const QStringList &scopes)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_model->setScopes(row, name, scopes);
    // Many arrive at once while loading: the totals follow once the batch is in.
    if (!m_refreshPending) {
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshPending = false;
            updateButtons();
        });
    }
}

void BulkScopeDialog::setLoadingProgress(int done, int total)
{
    m_loading = true;
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_summary->setText(tr("Loading the details of %n token(s) for the preview…", nullptr, total));
    m_summary->setVisible(true);
    updateButtons();
}

void BulkScopeDialog::setLoadingFinished()
{
    m_loading = false;
    m_loadingDone = true;
    m_progress->setVisible(false);
    m_summary->setVisible(false);
    recompute();
}

BulkScopeJob::Change BulkScopeDialog::change() const
{
    return {m_addPicker->checkedScopes(), m_removePicker->checkedScopes()};
}

QStringList BulkScopeDialog::idsToSend() const
{
    QStringList result;
    result.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->row(r).token.inUse)
            result << m_model->row(r).token.id;
    }
    return result;
}

int BulkScopeDialog::tokenCount() const
{
    return m_model->rowCount();
}

int BulkScopeDialog::rowOfId(const QString &id) const
{
    return m_model->rowOfId(id);
}

BulkScopeDialog::Preview BulkScopeDialog::preview(int row) const
{
    return m_model->row(row).preview;
}

QStringList BulkScopeDialog::added(int row) const
{
    return m_model->row(row).added;
}

QStringList BulkScopeDialog::removed(int row) const
{
    return m_model->row(row).removed;
}

QString BulkScopeDialog::previewText(int row) const
{
    return m_model->previewText(row);
}

QString BulkScopeDialog::resultText(int row) const
{
    return m_model->resultText(row);
}

int BulkScopeDialog::toSendCount() const
{
    return m_model->count(Preview::Changes) + m_model->count(Preview::NotLoaded);
}

QString BulkScopeDialog::totalsText() const
{
    return m_totals->text();
}

QString BulkScopeDialog::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void BulkScopeDialog::updateButtons()
{
    // Totals: what changes, and what is left alone and why.
    const int changes = m_model->count(Preview::Changes);
    QString totals;
    if (!m_model->hasChange()) {
        totals = tr("%n token(s) selected. Pick the scopes to add or to remove.", nullptr, tokenCount());
    } else if (m_job && m_job->isFinished() && m_model->jobMatchesChange() && toSendCount() == 0) {
        totals = tr("Nothing is left to change.");
    } else {
        QStringList parts;
        parts << tr("%n token(s) will change", nullptr, changes);
        if (const int n = m_model->count(Preview::Unchanged))
            parts << tr("%n with nothing to change", nullptr, n);
        if (const int n = m_model->count(Preview::NoScope))
            parts << tr("%n left alone: would end with no scope", nullptr, n);
        if (const int n = m_model->count(Preview::InUse))
            parts << tr("%n left alone: the token in use", nullptr, n);
        if (const int n = m_model->count(Preview::Loading))
            parts << tr("%n still loading", nullptr, n);
        if (const int n = m_model->count(Preview::NotLoaded))
            parts << tr("%n without details: decided when read", nullptr, n);
        totals = parts.join(QStringLiteral(" · ")) + QLatin1Char('.');
    }
    m_totals->setText(totals);

    const bool running = isRunning();
    const int toSend = toSendCount();
    m_apply->setText(toSend > 0 ? tr("&Change %n token(s)", nullptr, toSend) : tr("&Change scopes"));
    m_apply->setEnabled(!running && !m_loading && m_model->hasChange() && toSend > 0);
    if (running)
        m_apply->setToolTip(tr("The change is being sent"));
    else if (m_loading)
        m_apply->setToolTip(tr("Waiting for the details of the selected tokens"));
    else if (!m_model->hasChange())
        m_apply->setToolTip(tr("Still needed: a scope to add or to remove"));
    else if (toSend == 0)
        m_apply->setToolTip(tr("No selected token would change"));
    else
        m_apply->setToolTip(tr("Read each token afresh and write it with its own scopes changed"));
    m_addPicker->setEnabled(!running);
    m_removePicker->setEnabled(!running);
}

void BulkScopeDialog::accept()
{
    if (isRunning() || m_loading || !m_model->hasChange() || toSendCount() == 0)
        return;
    Q_EMIT submitted(change());
}

void BulkScopeDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        updateSummary();
        return; // stays open until the requests already sent are answered
    }
    QDialog::reject();
}

void BulkScopeDialog::run(BulkScopeJob *job)
{
    if (m_job && m_job != job) {
        m_job->disconnect(this);
        if (m_job->isFinished())
            m_job->deleteLater();
        else
            m_job->setAutoDelete(true);
    }
    m_job = job;
    // Kept while the dialog shows its results; see the destructor.
    job->setAutoDelete(false);
    m_model->setJob(job);
    m_view->setColumnHidden(BulkScopePreviewModel::ResultColumn, false);
    m_progress->setRange(0, qMax(1, job->count()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setVisible(true);
    connect(job, &Job::progressChanged, this, &BulkScopeDialog::updateSummary);
    connect(job, &Job::finished, this, [this] {
        updateSummary();
        updateButtons();
    });
    updateSummary();
    updateButtons();
}

BulkScopeJob *BulkScopeDialog::job() const
{
    return m_job;
}

bool BulkScopeDialog::isRunning() const
{
    return m_job && !m_job->isFinished();
}

QString BulkScopeDialog::summary() const
{
    return m_summary->text();
}

void BulkScopeDialog::updateSummary()
{
    if (!m_job)
        return;
    using State = BulkScopeJob::State;
    const BulkScopeJob &job = *m_job;
    m_progress->setValue(job.finishedCount());
    const int alone = job.countOf(State::InUse) + job.countOf(State::NoScope) + job.countOf(State::Unchanged) +
                      job.countOf(State::Gone);
    QString text = tr("%1 of %2 finished: %3 changed, %4 failed")
                       .arg(job.finishedCount())
                       .arg(job.count())
                       .arg(job.countOf(State::Done))
                       .arg(job.countOf(State::Failed));
    if (alone > 0)
        text += tr(", %1 left alone").arg(alone);
    if (const int skipped = job.countOf(State::Skipped))
        text += tr(", %1 not sent").arg(skipped);
    if (job.isFinished())
        text = (job.countOf(State::Failed) > 0 ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) + tr("Finished. ") +
               text + QLatin1Char('.') +
               (job.countOf(State::Failed) > 0
                    ? QLatin1Char(' ') + tr("Your choices are kept: change the failed tokens again, or close.")
                    : QString());
    else if (job.isCancelled())
        text = tr("Cancelling: waiting for the requests already sent. ") + text;
    else
        text = tr("Changing scopes… ") + text;
    m_summary->setText(text);
    const bool running = !job.isFinished();
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_close->setToolTip(running ? tr("Send no more requests; those already sent still finish") : QString());
    m_close->setEnabled(!running || !job.isCancelled());
}

} // namespace TokenDesk
