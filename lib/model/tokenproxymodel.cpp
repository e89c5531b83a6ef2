// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenproxymodel.h"

#include "model/tokentablemodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace TokenDesk {

TokenProxyModel::TokenProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(100);
    connect(&m_throttle, &QTimer::timeout, this, &TokenProxyModel::startJob);
}

TokenProxyModel::~TokenProxyModel()
{
    m_job.cancel(); // its result dies with this proxy
}

int TokenProxyModel::totalCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

bool TokenProxyModel::isPending() const
{
    return m_running || m_dirty || m_throttle.isActive();
}

void TokenProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<TokenTableModel *>(sourceModel);
    if (sourceModel && !model) {
        qWarning("TokenProxyModel: the source must be a TokenTableModel");
        return;
    }
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = model;
    ++m_structureGeneration;
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TokenProxyModel::onSourceAboutToBeReset),
            connect(model, &QAbstractItemModel::modelReset, this, &TokenProxyModel::onSourceReset),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &TokenProxyModel::onSourceRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &TokenProxyModel::onSourceRowsRemoved),
            connect(model, &QAbstractItemModel::rowsInserted, this, &TokenProxyModel::onSourceRowsInserted),
            connect(model, &QAbstractItemModel::dataChanged, this, &TokenProxyModel::onSourceDataChanged),
            connect(model, &QAbstractItemModel::layoutChanged, this, &TokenProxyModel::onSourceLayoutChanged),
            connect(model, &TokenTableModel::rowsReordered, this, &TokenProxyModel::onSourceRowsReordered),
            connect(model, &QObject::destroyed, this, &TokenProxyModel::onSourceDestroyed),
        };
        if (m_spec.isIdentity() || model->rowCount() <= m_synchronousLimit) {
            std::vector<int> mapping;
            TokenFilter::Undecided undecided;
            TokenFilter(model->store(), m_spec).run(&mapping, nullptr, &undecided);
            m_proxyToSource = std::move(mapping);
            m_undecided = undecided;
        } else {
            m_dirty = true;
        }
        rebuildSourceToProxy();
    }
    endResetModel();
    if (m_dirty) {
        startJob();
    }
    emitCounts();
    updatePending();
}

// ---------------------------------------------------------------------------------------------
// Structure

QModelIndex TokenProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= shownCount()) {
        return QModelIndex();
    }
    return m_model->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TokenProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model) {
        return QModelIndex();
    }
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_sourceToProxy.size() || m_sourceToProxy[row] < 0) {
        return QModelIndex();
    }
    return createIndex(m_sourceToProxy[row], sourceIndex.column());
}

QModelIndex TokenProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= shownCount() || column >= columnCount()) {
        return QModelIndex();
    }
    return createIndex(row, column);
}

QModelIndex TokenProxyModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex TokenProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int TokenProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownCount();
}

int TokenProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TokenProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && shownCount() > 0 && columnCount() > 0;
}

QVariant TokenProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model) {
        return QVariant();
    }
    if (orientation == Qt::Horizontal) {
        return m_model->headerData(section, orientation, role);
    }
    if (section < 0 || section >= shownCount()) {
        return QVariant();
    }
    return m_model->headerData(m_proxyToSource[size_t(section)], orientation, role);
}

void TokenProxyModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(size_t(m_model ? m_model->rowCount() : 0), -1);
    reindexFrom(0);
}

void TokenProxyModel::reindexFrom(int proxyRow)
{
    for (size_t p = size_t(proxyRow); p < m_proxyToSource.size(); ++p) {
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
    }
}

// ---------------------------------------------------------------------------------------------
// Filter and sort settings

void TokenProxyModel::setFilterText(const QString &text)
{
    if (text == m_spec.text) {
        return;
    }
    m_spec.text = text;
    specChanged();
}

void TokenProxyModel::setStatusFilter(StatusFilter status)
{
    if (status == m_spec.status) {
        return;
    }
    m_spec.status = status;
    specChanged();
}

void TokenProxyModel::setNeverUsedOnly(bool on)
{
    if (on == m_spec.neverUsedOnly) {
        return;
    }
    m_spec.neverUsedOnly = on;
    specChanged();
}

void TokenProxyModel::setAuditView(std::optional<AuditView> view)
{
    const qint64 now = m_model ? m_model->now() : 0;
    if (view == m_spec.view && (!view || now == m_spec.viewNowMs)) {
        return;
    }
    m_spec.view = view;
    m_spec.viewNowMs = now;
    specChanged();
}

void TokenProxyModel::setOnlyIds(std::shared_ptr<const QSet<QString>> ids)
{
    if (ids == m_spec.onlyIds) {
        return;
    }
    m_spec.onlyIds = std::move(ids);
    specChanged();
}

QStringList TokenProxyModel::ids(int first, int last) const
{
    QStringList result;
    if (!m_model) {
        return result;
    }
    first = std::max(first, 0);
    last = std::min(last, shownCount() - 1);
    for (int row = first; row <= last; ++row) {
        result.append(m_model->id(m_proxyToSource[size_t(row)]));
    }
    return result;
}

void TokenProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= TokenTableModel::ColumnCount) {
        return;
    }
    if (column < 0) {
        order = Qt::AscendingOrder;
    }
    if (column == m_spec.sortColumn && order == m_spec.sortOrder) {
        return;
    }
    m_spec.sortColumn = column;
    m_spec.sortOrder = order;
    specChanged();
}

void TokenProxyModel::specChanged()
{
    ++m_specGeneration;
    m_job.cancel(); // the running job's result is stale now
    m_dirty = true;
    m_throttle.stop();
    startJob();
}

void TokenProxyModel::structureChanged()
{
    ++m_structureGeneration;
    if (m_running) {
        m_job.cancel();
        m_dirty = true; // restarted when the stale job reports back
    }
}

// ---------------------------------------------------------------------------------------------
// Computing

void TokenProxyModel::startJob()
{
    if (!m_model) {
        m_dirty = false;
        updatePending();
        return;
    }
    if (m_running) {
        updatePending(); // jobFinished() starts the next one
        return;
    }
    m_dirty = false;
    m_throttle.stop();
    if (m_spec.view) {
        m_spec.viewNowMs = m_model->now(); // the moment the rows' states were computed at
    }
    std::shared_ptr<const TokenStore> store = m_model->snapshot();
    const int rows = int(store->rows.size());
    if (rows <= m_synchronousLimit) {
        QElapsedTimer timer;
        timer.start();
        std::vector<int> mapping;
        TokenFilter::Undecided undecided;
        TokenFilter(*store, m_spec).run(&mapping, nullptr, &undecided);
        m_timings.computeMs = timer.elapsed();
        m_timings.rows = rows;
        m_timings.onWorker = false;
        timer.restart();
        applyMapping(std::move(mapping));
        m_timings.applyMs = timer.elapsed();
        setUndecided(undecided);
        updatePending();
        Q_EMIT refreshed();
        return;
    }
    m_running = true;
    const TokenFilterSpec spec = m_spec;
    const quint64 specGeneration = m_specGeneration;
    const quint64 structureGeneration = m_structureGeneration;
    struct Outcome
    {
        std::shared_ptr<std::vector<int>> mapping = std::make_shared<std::vector<int>>();
        bool complete = false;
        qint64 ms = 0;
        TokenFilter::Undecided undecided;
    };
    // A cancelled job still reports back (incomplete): that is when the next one starts.
    m_job = Background::run(
        this,
        [store, spec](const Background::Task &task) {
            QElapsedTimer timer;
            timer.start();
            Outcome outcome;
            outcome.complete =
                TokenFilter(*store, spec).run(outcome.mapping.get(), task.cancelFlag(), &outcome.undecided);
            outcome.ms = timer.elapsed();
            return outcome;
        },
        [this, specGeneration, structureGeneration](const Outcome &outcome) {
            jobFinished(outcome.mapping, outcome.complete, specGeneration, structureGeneration, outcome.ms,
                        outcome.undecided);
        });
    updatePending();
}

void TokenProxyModel::jobFinished(const std::shared_ptr<std::vector<int>> &result, bool complete,
                                  quint64 specGeneration, quint64 structureGeneration, qint64 computeMs,
                                  TokenFilter::Undecided undecided)
{
    m_running = false;
    const bool current = complete && specGeneration == m_specGeneration && structureGeneration == m_structureGeneration;
    if (current) {
        QElapsedTimer timer;
        timer.start();
        m_timings.computeMs = computeMs;
        m_timings.rows = int(m_sourceToProxy.size());
        m_timings.onWorker = true;
        applyMapping(std::move(*result));
        m_timings.applyMs = timer.elapsed();
        setUndecided(undecided);
    }
    if (!current) {
        startJob(); // the newest spec/structure, at once
    } else if (m_dirty) {
        m_dirty = false;
        m_throttle.start(); // data changed meanwhile: throttled
    }
    updatePending();
    if (current) {
        Q_EMIT refreshed();
    }
}

void TokenProxyModel::setMappingWithLayoutChange(std::vector<int> target)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> targetSourceToProxy(m_sourceToProxy.size(), -1);
    for (size_t p = 0; p < target.size(); ++p) {
        targetSourceToProxy[size_t(target[p])] = int(p);
    }
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &idx : from) {
        const int source = idx.row() < shownCount() ? m_proxyToSource[size_t(idx.row())] : -1;
        const int row = source >= 0 ? targetSourceToProxy[size_t(source)] : -1;
        to.append(row >= 0 ? createIndex(row, idx.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    m_proxyToSource = std::move(target);
    m_sourceToProxy = std::move(targetSourceToProxy);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenProxyModel::applyMapping(std::vector<int> target)
{
    const size_t sourceRows = m_sourceToProxy.size();
    std::vector<quint8> inTarget(sourceRows, 0);
    for (const int source : target) {
        inTarget[size_t(source)] = 1;
    }

    // 1. Rows that leave the view. A few contiguous runs are removed directly; many scattered
    // rows are first moved behind the kept ones (one layout change) and removed in one go.
    std::vector<std::pair<int, int>> runs; // proxy [first, last], ascending
    for (size_t p = 0; p < m_proxyToSource.size(); ++p) {
        if (inTarget[size_t(m_proxyToSource[p])]) {
            continue;
        }
        if (!runs.empty() && runs.back().second == int(p) - 1) {
            runs.back().second = int(p);
        } else {
            runs.emplace_back(int(p), int(p));
        }
    }
    if (!runs.empty()) {
        int keptCount = shownCount();
        if (runs.size() > size_t(ModelLimits::ScatteredRemovalRuns)) {
            std::vector<int> reordered;
            reordered.reserve(m_proxyToSource.size());
            for (const int source : m_proxyToSource) {
                if (inTarget[size_t(source)]) {
                    reordered.push_back(source);
                }
            }
            keptCount = int(reordered.size());
            for (const int source : m_proxyToSource) {
                if (!inTarget[size_t(source)]) {
                    reordered.push_back(source);
                }
            }
            setMappingWithLayoutChange(std::move(reordered));
            runs.assign(1, {keptCount, shownCount() - 1});
        }
        for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
            beginRemoveRows(QModelIndex(), run->first, run->second);
            for (int p = run->first; p <= run->second; ++p) {
                m_sourceToProxy[size_t(m_proxyToSource[size_t(p)])] = -1;
            }
            m_proxyToSource.erase(m_proxyToSource.begin() + run->first, m_proxyToSource.begin() + run->second + 1);
            reindexFrom(run->first);
            endRemoveRows();
        }
    }

    // 2. Rows that enter the view: appended in target order (one insert).
    std::vector<int> added;
    for (const int source : target) {
        if (m_sourceToProxy[size_t(source)] < 0) {
            added.push_back(source);
        }
    }
    if (!added.empty()) {
        const int first = shownCount();
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), added.begin(), added.end());
        reindexFrom(first);
        endInsertRows();
    }

    // 3. The order.
    if (m_proxyToSource != target) {
        setMappingWithLayoutChange(std::move(target));
    }
    emitCounts();
}

// ---------------------------------------------------------------------------------------------
// Source signals

void TokenProxyModel::onSourceAboutToBeReset()
{
    beginResetModel();
    ++m_structureGeneration;
    m_job.cancel();
}

void TokenProxyModel::onSourceReset()
{
    m_proxyToSource.clear();
    m_throttle.stop();
    const int rows = m_model->rowCount();
    TokenFilter::Undecided undecided;
    if (m_spec.isIdentity()) {
        m_proxyToSource.resize(size_t(rows));
        std::iota(m_proxyToSource.begin(), m_proxyToSource.end(), 0);
        m_dirty = false;
    } else if (rows <= m_synchronousLimit) {
        TokenFilter(m_model->store(), m_spec).run(&m_proxyToSource, nullptr, &undecided);
        m_dirty = false;
    } else {
        m_dirty = true; // empty until the worker's result arrives
    }
    rebuildSourceToProxy();
    endResetModel();
    setUndecided(undecided);
    if (m_dirty) {
        startJob();
    }
    emitCounts();
    updatePending();
}

void TokenProxyModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    std::vector<int> proxyRows;
    for (int source = first; source <= last; ++source) {
        const int p = m_sourceToProxy[size_t(source)];
        if (p >= 0) {
            proxyRows.push_back(p);
        }
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<int>());
    if (m_undecided != TokenFilter::Undecided{}) {
        // The removed rows no longer wait for details.
        TokenFilter::Undecided undecided = m_undecided;
        const bool sortsByDetails = TokenFilter(m_model->store(), m_spec).sortsByDetails();
        for (int source = first; source <= last; ++source) {
            if (m_model->isLoaded(source)) {
                continue;
            }
            const bool shown = m_sourceToProxy[size_t(source)] >= 0;
            undecided.hidden -= !shown && m_spec.filters() ? 1 : 0;
            undecided.unsorted -= shown && sortsByDetails ? 1 : 0;
        }
        undecided.hidden = std::max(0, undecided.hidden);
        undecided.unsorted = std::max(0, undecided.unsorted);
        setUndecided(undecided);
    }
    size_t runs = 0;
    for (size_t i = 0; i < proxyRows.size(); ++i) {
        runs += (i == 0 || proxyRows[i] != proxyRows[i - 1] - 1) ? 1 : 0;
    }
    if (runs > size_t(ModelLimits::ScatteredRemovalRuns)) {
        // Scattered in the view (a sorted view of a source range): move them behind the others
        // in one layout change, then remove one block.
        std::vector<int> reordered;
        reordered.reserve(m_proxyToSource.size());
        for (const int source : m_proxyToSource) {
            if (source < first || source > last) {
                reordered.push_back(source);
            }
        }
        const int kept = int(reordered.size());
        for (const int source : m_proxyToSource) {
            if (source >= first && source <= last) {
                reordered.push_back(source);
            }
        }
        setMappingWithLayoutChange(std::move(reordered));
        proxyRows.clear();
        for (int p = shownCount() - 1; p >= kept; --p) {
            proxyRows.push_back(p);
        }
    }
    size_t i = 0;
    while (i < proxyRows.size()) {
        const int hi = proxyRows[i];
        int lo = hi;
        while (i + 1 < proxyRows.size() && proxyRows[i + 1] == lo - 1) {
            lo = proxyRows[++i];
        }
        ++i;
        beginRemoveRows(QModelIndex(), lo, hi);
        for (int p = lo; p <= hi; ++p) {
            m_sourceToProxy[size_t(m_proxyToSource[size_t(p)])] = -1;
        }
        m_proxyToSource.erase(m_proxyToSource.begin() + lo, m_proxyToSource.begin() + hi + 1);
        reindexFrom(lo);
        endRemoveRows();
    }
}

void TokenProxyModel::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    for (int &source : m_proxyToSource) {
        if (source > last) {
            source -= count;
        }
    }
    m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    structureChanged();
    emitCounts();
    updatePending();
}

void TokenProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    for (int &source : m_proxyToSource) {
        if (source >= first) {
            source += count;
        }
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    structureChanged();
    // Place the new rows at once (created tokens must show up without waiting for a worker).
    const TokenFilter filter(m_model->store(), m_spec);
    TokenFilter::Undecided undecided = m_undecided;
    for (int source = first; source <= last; ++source) {
        undecided.hidden += filter.isHiddenUndecided(source) ? 1 : 0;
        undecided.unsorted += filter.isUnsortedUndecided(source) ? 1 : 0;
        if (!filter.accepts(source)) {
            continue;
        }
        auto pos = m_spec.sortColumn < 0 ? std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), source)
                                         : std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), source,
                                                            [&filter](int a, int b) { return filter.lessThan(a, b); });
        const int row = int(pos - m_proxyToSource.begin());
        beginInsertRows(QModelIndex(), row, row);
        m_proxyToSource.insert(pos, source);
        reindexFrom(row);
        endInsertRows();
    }
    setUndecided(undecided);
    emitCounts();
    updatePending();
}

void TokenProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    int lo = -1;
    int hi = -1;
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        const int p = m_sourceToProxy[size_t(source)];
        if (p >= 0) {
            lo = lo < 0 ? p : std::min(lo, p);
            hi = std::max(hi, p);
        }
    }
    if (lo >= 0) {
        // One signal over the bounding proxy range: rows of a sorted view are scattered.
        Q_EMIT dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()), roles);
    }
    const bool affectsResult =
        roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(TokenTableModel::SortRole) ||
        roles.contains(TokenTableModel::StatusRole) || roles.contains(TokenTableModel::DetailsLoadedRole);
    // Sorted by name, unfiltered: only a rename changes the order (not every details batch).
    const bool nameOnly = !m_spec.filters() && m_spec.sortColumn == TokenTableModel::NameColumn;
    const bool renamed = m_model->nameChangeCount() != m_nameChangesSeen;
    m_nameChangesSeen = m_model->nameChangeCount();
    if (affectsResult && m_spec.dependsOnDetails() && (!nameOnly || renamed)) {
        m_dirty = true;
        if (!m_running && !m_throttle.isActive()) {
            m_throttle.start();
        }
        updatePending();
    }
}

void TokenProxyModel::onSourceRowsReordered(std::shared_ptr<const std::vector<int>> oldToNew)
{
    // Same rows, new source positions: the view keeps its rows and order, only the mapping moves.
    for (int &source : m_proxyToSource) {
        source = (*oldToNew)[size_t(source)];
    }
    rebuildSourceToProxy();
    m_reorderHandled = true;
    structureChanged();
}

void TokenProxyModel::onSourceLayoutChanged()
{
    if (std::exchange(m_reorderHandled, false)) {
        return; // remapped by onSourceRowsReordered()
    }
    // Any other layout change of the source: treat it as a reset to stay correct.
    beginResetModel();
    ++m_structureGeneration;
    onSourceReset();
}

void TokenProxyModel::onSourceDestroyed()
{
    beginResetModel();
    m_model = nullptr;
    m_connections.clear();
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    ++m_structureGeneration;
    endResetModel();
    setUndecided({});
    emitCounts();
}

void TokenProxyModel::setUndecided(TokenFilter::Undecided undecided)
{
    if (undecided == m_undecided) {
        return;
    }
    m_undecided = undecided;
    Q_EMIT undecidedChanged();
}

QStringList TokenProxyModel::undecidedIds() const
{
    QStringList result;
    if (!m_model) {
        return result;
    }
    const TokenFilter filter(m_model->store(), m_spec);
    if (!m_spec.filters() && !filter.sortsByDetails()) {
        return result;
    }
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!m_model->isLoaded(row) && (filter.isHiddenUndecided(row) || filter.isUnsortedUndecided(row))) {
            result.append(m_model->id(row));
        }
    }
    return result;
}

void TokenProxyModel::emitCounts()
{
    const int shown = shownCount();
    const int total = totalCount();
    if (shown != m_lastShown || total != m_lastTotal) {
        m_lastShown = shown;
        m_lastTotal = total;
        Q_EMIT countsChanged(shown, total);
    }
}

void TokenProxyModel::updatePending()
{
    const bool pending = isPending();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT pendingChanged(pending);
    }
}

} // namespace TokenDesk
