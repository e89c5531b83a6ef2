// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Quick filter, status filter, "never used" filter and sorting over a TokenTableModel, built for
// 1,000,000 rows.
//
// Why not QSortFilterProxyModel: measured first, at 1,000,000 rows (Release build, this 2-core
// machine shared with other builds, so +-50%), a QSortFilterProxyModel over TokenTableModel with
// a typed filterAcceptsRow()/lessThan() (TokenFilter, no QVariant) blocks the GUI thread for:
//   filter "b" 28 ms; narrowing "b" -> "ba" 11,000-17,000 ms (its removal of ~170,000 scattered
//   rows); sort by name 1,100-3,200 ms; "deploy" while sorted 170-420 ms; clearing the filter
//   while sorted 1,100-2,800 ms.
// That is far over the 100 ms budget, and none of it can move off the GUI thread.
// This model, same data and machine: a keystroke costs < 5 ms on the GUI thread (the call) plus
// 1-50 ms to apply the result; the filter itself runs 45-190 ms on a worker, a name sort of all
// rows 0.6-1.4 s on a worker (multikey on 8-byte prefixes), a date/status sort ~0.2 s.
//
// So this is a QAbstractProxyModel over an index vector (proxy row -> source row). Filtering and
// sorting run as a pure function (TokenFilter) over an immutable snapshot of the model's store on
// a QThreadPool worker; the result is applied on the GUI thread as a diff (removed rows, inserted
// rows, then one layout change for the order), so selections and the scroll position survive.
// Every spec change bumps a generation, and every structural change of the source bumps another:
// a result computed for an older generation is dropped (and the newest request runs), so a stale
// result never overwrites a newer one. Lists up to synchronousLimit() rows are computed on the
// calling thread (instant for small lists and deterministic for tests).
//
// Between results the mapping stays exact under source changes: removed source rows are removed
// from the view at once, inserted rows (created tokens) are filtered and placed at once, and
// dataChanged is forwarded. When details arrive for a spec that reads them (dependsOnDetails), a
// recompute is scheduled, throttled to one per refreshDelay().
#pragma once

#include "core/background.h"
#include "model/modellimits.h"
#include "model/tokenfilter.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace TokenDesk {

class TokenTableModel;

class TokenProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using StatusFilter = TokenFilterSpec::StatusFilter;

    struct Timings
    {
        qint64 computeMs = -1; // filter + sort of the last applied result (worker or sync)
        qint64 applyMs = -1;   // GUI-thread time to apply it (diff + signals)
        int rows = 0;          // source rows it covered
        bool onWorker = false;
    };

    explicit TokenProxyModel(QObject *parent = nullptr);
    ~TokenProxyModel() override;

    // Only a TokenTableModel is accepted (typed access to its store); anything else is ignored.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    TokenTableModel *tokenModel() const { return m_model; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 = list order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_spec.text; }
    void setStatusFilter(StatusFilter status);
    StatusFilter statusFilter() const { return m_spec.status; }
    void setNeverUsedOnly(bool on);
    bool neverUsedOnly() const { return m_spec.neverUsedOnly; }
    // One of the built-in audit views (none: std::nullopt), judged at the model's "now".
    void setAuditView(std::optional<AuditView> view);
    std::optional<AuditView> auditView() const { return m_spec.view; }
    // Only the tokens with these ids (null: no restriction), e.g. the ones behind a bar of the report.
    void setOnlyIds(std::shared_ptr<const QSet<QString>> ids);
    bool hasOnlyIds() const { return bool(m_spec.onlyIds); }
    int sortColumn() const { return m_spec.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_spec.sortOrder; }
    TokenFilterSpec spec() const { return m_spec; }

    // The source row of a proxy row (typed, for CSV export of the visible view).
    int sourceRow(int proxyRow) const { return m_proxyToSource[size_t(proxyRow)]; }
    const std::vector<int> &proxyToSource() const { return m_proxyToSource; }
    // Token ids of proxy rows [first, last] (e.g. the visible rows, for DetailsLoader::prioritize).
    QStringList ids(int first, int last) const;
    int shownCount() const { return int(m_proxyToSource.size()); }
    int totalCount() const;
    // What the current result cannot decide without more details (see TokenFilter::Undecided):
    // rows that may match once loaded, and shown rows the sort column cannot place yet.
    TokenFilter::Undecided undecided() const { return m_undecided; }
    // The ids of those rows, in list order (computed on the calling thread from the model as it is
    // now: loading exactly these decides the view).
    QStringList undecidedIds() const;

    // A result is being computed or a recompute is scheduled.
    bool isPending() const;
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }
    int synchronousLimit() const { return m_synchronousLimit; }
    void setRefreshDelay(int ms) { m_throttle.setInterval(ms); }
    int refreshDelay() const { return m_throttle.interval(); }
    Timings lastTimings() const { return m_timings; }

Q_SIGNALS:
    // "N of M shown".
    void countsChanged(int shown, int total);
    // A computed result was applied (or found current). isPending() may still be true if more
    // changes arrived meanwhile.
    void refreshed();
    void pendingChanged(bool pending);
    // undecided() changed.
    void undecidedChanged();

private:
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutChanged();
    void onSourceRowsReordered(std::shared_ptr<const std::vector<int>> oldToNew);
    void onSourceDestroyed();

    void specChanged();
    void structureChanged();
    void startJob();
    void jobFinished(const std::shared_ptr<std::vector<int>> &result, bool complete, quint64 specGeneration,
                     quint64 structureGeneration, qint64 computeMs, TokenFilter::Undecided undecided);
    void setUndecided(TokenFilter::Undecided undecided);
    void applyMapping(std::vector<int> newProxyToSource);
    void setMappingWithLayoutChange(std::vector<int> newProxyToSource);
    void rebuildSourceToProxy();
    void reindexFrom(int proxyRow);
    void emitCounts();
    void updatePending();

    QPointer<TokenTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 = filtered out
    TokenFilterSpec m_spec;
    quint64 m_specGeneration = 0;
    quint64 m_structureGeneration = 0;
    bool m_running = false;
    bool m_dirty = false;   // source data changed since the last computation started
    Background::Task m_job; // the filter/sort running on a worker, if any
    QTimer m_throttle;
    quint64 m_nameChangesSeen = 0;
    bool m_reorderHandled = false;
    int m_synchronousLimit = ModelLimits::SynchronousRows;
    int m_lastShown = -1;
    int m_lastTotal = -1;
    bool m_lastPending = false;
    Timings m_timings;
    TokenFilter::Undecided m_undecided;
};

} // namespace TokenDesk
