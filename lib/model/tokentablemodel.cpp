// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokentablemodel.h"

#include "catalog/scopecatalog.h"
#include "core/timeunits.h"
#include "csv/tokencolumns.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace TokenDesk {

namespace {

QString emDash()
{
    return QString(QChar(0x2014));
}
} // namespace

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(std::make_shared<TokenStore>())
    , m_ids(new TokenIdIndex(this))
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
    connect(m_ids, &TokenIdIndex::ready, this, &TokenTableModel::onIdIndexReady);
}

TokenTableModel::~TokenTableModel() = default;

void TokenTableModel::onIdIndexReady()
{
    if (!m_detailsAwaitingIndex.isEmpty()) {
        setDetails(std::exchange(m_detailsAwaitingIndex, {}));
    }
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TokenStore &TokenTableModel::mutableStore()
{
    // Copy-on-write: a snapshot held by the proxy's worker must never change under it. The copy
    // is shallow (chunk pointers, implicitly shared lists); its rows and list are marked shared so
    // writes clone what they touch.
    if (m_storeShared) {
        m_store = std::make_shared<TokenStore>(*m_store);
        m_store->rows.markShared();
        m_store->listShared = true;
        m_storeShared = false;
    }
    return *m_store;
}

std::shared_ptr<const TokenStore> TokenTableModel::snapshot() const
{
    m_storeShared = true;
    return m_store;
}

QString TokenTableModel::notLoadedText()
{
    return QString(QChar(0x22EF)); // ⋯
}

const QStringList &TokenTableModel::systemTokenNames()
{
    static const QStringList names{QStringLiteral("InstallerDownload"), QStringLiteral("Mobile")};
    return names;
}

bool TokenTableModel::isSystemTokenName(QStringView name)
{
    for (const QString &systemName : systemTokenNames()) {
        if (!name.startsWith(systemName)) {
            continue;
        }
        if (name.size() == systemName.size()) {
            return true;
        }
        const QChar next = name.at(systemName.size());
        if (next.isDigit() || next == u' ' || next == u'-' || next == u'_' || next == u'.' || next == u':' ||
            next == u'(') {
            return true;
        }
    }
    return false;
}

QString TokenTableModel::relativeDayText(qint64 ms, qint64 nowMs)
{
    const qint64 days = TimeUnits::floorDiv(ms, TimeUnits::MsPerDay) - TimeUnits::floorDiv(nowMs, TimeUnits::MsPerDay);
    if (days == 0) {
        return tr("today");
    }
    if (days < 0) {
        return tr("%1 d ago").arg(-days);
    }
    return tr("in %1 d").arg(days);
}

QString TokenTableModel::isoText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString TokenTableModel::statusText(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return tr("Active");
    case TokenStatus::Revoked:
        return tr("Revoked");
    case TokenStatus::Expired:
        return tr("Expired");
    case TokenStatus::NotLoaded:
        break;
    }
    return notLoadedText();
}

qint64 TokenTableModel::dateSortKey(const TokenRow &row, int column)
{
    if (!row.isLoaded()) {
        return NotLoadedSortKey;
    }
    switch (column) {
    case CreatedColumn:
        return row.created == TokenRow::Absent ? NoCreatedSortKey : row.created;
    case ExpiresColumn:
        return row.expires == TokenRow::Absent ? NeverExpiresSortKey : row.expires;
    case LastUseColumn:
        return row.lastUse == TokenRow::Absent ? NeverUsedSortKey : row.lastUse;
    default:
        return 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Loading

void TokenTableModel::setList(const StubList &list)
{
    beginResetModel();
    auto store = std::make_shared<TokenStore>();
    store->list = std::make_shared<StubList>(list);
    store->rows.assignList(size_t(list.size()));
    m_store = std::move(store);
    m_storeShared = false;
    // The ids of a long list are hashed on a worker right away, never on this thread: until it is
    // done, a lookup scans the list and details wait (m_detailsAwaitingIndex).
    m_ids->setList(m_store->list);
    m_detailsAwaitingIndex.clear();
    m_stubToRow.clear();
    m_stubToRowValid = false;
    m_ownerIds.clear();
    m_scopeSetIds.clear();
    m_texts.clear();
    m_textIds.clear();
    m_selfStub = -1;
    if (!m_selfId.isEmpty()) {
        m_selfStub = stubOfId(m_selfId);
    }
    m_loadedCount = 0;
    if (!m_nowPinned) {
        m_nowMs = QDateTime::currentMSecsSinceEpoch();
    }
    endResetModel();
    // Owners are per list (the interned table is the new store's); seen scopes accumulate.
    Q_EMIT knownValuesChanged();
    Q_EMIT loadedCountChanged(0);
}

void TokenTableModel::ensureStubToRow() const
{
    if (!m_stubToRowValid) {
        m_stubToRow.assign(size_t(m_store->list->size()), -1);
        const auto &rows = m_store->rows;
        for (size_t row = 0; row < rows.size(); ++row) {
            m_stubToRow[rows[row].stub] = qint32(row);
        }
        m_stubToRowValid = true;
    }
}

int TokenTableModel::stubOfId(QStringView id) const
{
    if (m_ids->isReady()) {
        return m_ids->find(id);
    }
    // One lookup does not justify building the index on this thread: scan the ids.
    const QByteArray utf8 = id.toUtf8();
    const StubList &stubs = *m_store->list;
    for (int stub = 0; stub < stubs.size(); ++stub) {
        if (stubs.idUtf8(stub) == QByteArrayView(utf8)) {
            return stub;
        }
    }
    return -1;
}

int TokenTableModel::rowOfStub(int stub) const
{
    if (stub < 0) {
        return -1;
    }
    ensureStubToRow();
    return stub < 0 || size_t(stub) >= m_stubToRow.size() ? -1 : m_stubToRow[size_t(stub)];
}

int TokenTableModel::rowOfIdUtf8(QByteArrayView id) const
{
    if (m_ids->isPending()) {
        // A worker hashes the ids, never this thread (300 ms and more per million ids here, in the
        // middle of a list load): until it is done, a lookup scans the list.
        const StubList &stubs = *m_store->list;
        for (int stub = 0; stub < stubs.size(); ++stub) {
            if (stubs.idUtf8(stub) == id) {
                return rowOfStub(stub);
            }
        }
        return -1;
    }
    return rowOfStub(m_ids->find(id));
}

int TokenTableModel::rowOfId(const QString &id) const
{
    return rowOfIdUtf8(QByteArrayView(id.toUtf8()));
}

qint32 TokenTableModel::internOwner(const QString &owner, bool *added)
{
    const auto it = m_ownerIds.constFind(owner);
    if (it != m_ownerIds.constEnd()) {
        return it.value();
    }
    TokenStore &store = mutableStore();
    const qint32 id = qint32(store.owners.size());
    store.owners.append(owner);
    m_ownerIds.insert(owner, id);
    *added = true;
    return id;
}

qint32 TokenTableModel::internScopes(const QStringList &scopes, bool *added)
{
    const QString key = scopes.join(QLatin1Char('\n'));
    const auto it = m_scopeSetIds.constFind(key);
    if (it != m_scopeSetIds.constEnd()) {
        return it.value();
    }
    TokenStore &store = mutableStore();
    const qint32 id = qint32(store.scopeSets.size());
    store.scopeSets.push_back(ScopeSet{scopes, scopes.join(QStringLiteral(", "))});
    m_scopeSetIds.insert(key, id);
    for (const QString &scope : scopes) {
        if (!m_scopesSeen.contains(scope)) {
            m_scopesSeen.insert(scope);
            *added = true;
        }
    }
    return id;
}

qint32 TokenTableModel::textIndexFor(qint64 ms)
{
    const qint64 days =
        TimeUnits::floorDiv(ms, TimeUnits::MsPerDay) - TimeUnits::floorDiv(m_nowMs, TimeUnits::MsPerDay);
    const auto it = m_textIds.constFind(days);
    if (it != m_textIds.constEnd()) {
        return it.value();
    }
    const qint32 id = qint32(m_texts.size());
    m_texts.append(relativeDayText(ms, m_nowMs));
    m_textIds.insert(days, id);
    return id;
}

void TokenTableModel::refreshDerived(TokenRow &row)
{
    if (!row.isLoaded()) {
        row.status = TokenStatus::NotLoaded;
        row.createdText = row.expiresText = row.lastUseText = -1;
        return;
    }
    if (row.flags & TokenRow::Revoked) {
        row.status = TokenStatus::Revoked;
    } else if (row.expires != TokenRow::Absent && row.expires <= m_nowMs) {
        row.status = TokenStatus::Expired;
    } else {
        row.status = TokenStatus::Active;
    }
    row.createdText = row.created == TokenRow::Absent ? -1 : textIndexFor(row.created);
    row.expiresText = row.expires == TokenRow::Absent ? -1 : textIndexFor(row.expires);
    row.lastUseText = row.lastUse == TokenRow::Absent ? -1 : textIndexFor(row.lastUse);
}

void TokenTableModel::applyMetadata(TokenRow &row, const TokenMetadata &md, bool *newKnownValues)
{
    TokenStore &store = *m_store; // the caller detached already
    row.flags |= TokenRow::Loaded;
    row.created = md.created.value_or(TokenRow::Absent);
    row.expires = md.expires.value_or(TokenRow::Absent);
    row.lastUse = md.lastUse.value_or(TokenRow::Absent);
    row.owner = md.userId ? internOwner(*md.userId, newKnownValues) : -1;
    row.scopeSet = md.scopes ? internScopes(*md.scopes, newKnownValues) : -1;
    row.flags &= quint8(
        ~(TokenRow::Revoked | TokenRow::HasRevoked | TokenRow::PersonalAccessToken | TokenRow::HasPersonalAccessToken));
    if (md.revoked) {
        row.flags |= TokenRow::HasRevoked | (*md.revoked ? TokenRow::Revoked : 0);
    }
    if (md.personalAccessToken) {
        row.flags |= TokenRow::HasPersonalAccessToken | (*md.personalAccessToken ? TokenRow::PersonalAccessToken : 0);
    }
    if (md.name) {
        const QByteArray utf8 = md.name->toUtf8();
        if (QByteArrayView(utf8) != store.nameUtf8(row)) {
            ++m_nameChanges;
        }
        if (row.nameOverride >= 0) {
            store.nameOverrides[size_t(row.nameOverride)] = utf8;
        } else if (QByteArrayView(utf8) != store.list->nameUtf8(int(row.stub))) {
            row.nameOverride = qint32(store.nameOverrides.size());
            store.nameOverrides.push_back(utf8);
        }
    }
    refreshDerived(row);
}

int TokenTableModel::setDetails(const QList<TokenMetadata> &givenBatch)
{
    if (givenBatch.isEmpty()) {
        return 0;
    }
    if (m_ids->isPending()) {
        m_detailsAwaitingIndex += givenBatch; // applied when the worker's index lands (onIdIndexReady)
        return 0;
    }
    // Details that waited for an index built since (by a lookup elsewhere) go first: they are older.
    const QList<TokenMetadata> batch =
        m_detailsAwaitingIndex.isEmpty() ? givenBatch : std::exchange(m_detailsAwaitingIndex, {}) + givenBatch;
    std::vector<int> changed;
    changed.reserve(size_t(batch.size()));
    bool newKnown = false;
    const int loadedBefore = m_loadedCount;
    for (const TokenMetadata &md : batch) {
        if (!md.id) {
            continue;
        }
        const int row = rowOfId(*md.id);
        if (row < 0) {
            continue;
        }
        TokenStore &store = mutableStore();
        TokenRow &r = store.rows.mutableAt(size_t(row));
        if (!r.isLoaded()) {
            ++m_loadedCount;
        }
        applyMetadata(r, md, &newKnown);
        changed.push_back(row);
    }
    const int count = int(changed.size());
    emitRowRanges(std::move(changed), 0, ColumnCount - 1);
    if (newKnown) {
        Q_EMIT knownValuesChanged();
    }
    if (m_loadedCount != loadedBefore) {
        Q_EMIT loadedCountChanged(m_loadedCount);
    }
    return count;
}

void TokenTableModel::emitRowRanges(std::vector<int> rows, int firstColumn, int lastColumn)
{
    if (rows.empty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    size_t start = 0;
    for (size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
            Q_EMIT dataChanged(index(rows[start], firstColumn), index(rows[i - 1], lastColumn));
            start = i;
        }
    }
}

int TokenTableModel::addToken(const TokenStub &stub)
{
    const int existing = rowOfStub(stubOfId(stub.id)); // no index build just for this
    if (existing >= 0) {
        if (stub.name && *stub.name != name(existing)) {
            UpdateTokenRequest rename;
            rename.name = stub.name;
            applyUpdate(stub.id, rename);
        }
        return existing;
    }
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    TokenStore &store = mutableStore();
    StubList &stubs = store.mutableList();
    const int stubIndex = stubs.size();
    stubs.append(stub);
    m_ids->append(store.list, stubIndex);
    TokenRow r;
    r.stub = quint32(stubIndex);
    store.rows.push_back(r);
    if (m_stubToRowValid) {
        m_stubToRow.push_back(row);
    }
    if (m_selfStub < 0 && !m_selfId.isEmpty() && stub.id == m_selfId) {
        m_selfStub = stubIndex;
    }
    endInsertRows();
    return row;
}

int TokenTableModel::addToken(const TokenMetadata &metadata)
{
    if (!metadata.id || metadata.id->isEmpty()) {
        return -1;
    }
    const int existing = rowOfStub(stubOfId(*metadata.id));
    if (existing >= 0) {
        setDetails({metadata});
        return existing;
    }
    const int row = rowCount();
    bool newKnown = false;
    beginInsertRows(QModelIndex(), row, row);
    TokenStore &store = mutableStore();
    StubList &stubs = store.mutableList();
    const int stubIndex = stubs.size();
    stubs.append(TokenStub{*metadata.id, metadata.name, std::nullopt});
    m_ids->append(store.list, stubIndex);
    TokenRow r;
    r.stub = quint32(stubIndex);
    applyMetadata(r, metadata, &newKnown);
    store.rows.push_back(r);
    ++m_loadedCount;
    if (m_stubToRowValid) {
        m_stubToRow.push_back(row);
    }
    if (m_selfStub < 0 && !m_selfId.isEmpty() && *metadata.id == m_selfId) {
        m_selfStub = stubIndex;
    }
    endInsertRows();
    if (newKnown) {
        Q_EMIT knownValuesChanged();
    }
    Q_EMIT loadedCountChanged(m_loadedCount);
    return row;
}

bool TokenTableModel::applyUpdate(const QString &tokenId, const UpdateTokenRequest &request)
{
    const int row = rowOfId(tokenId);
    if (row < 0) {
        return false;
    }
    if (request.isEmpty()) {
        return true;
    }
    TokenStore &store = mutableStore();
    TokenRow &r = store.rows.mutableAt(size_t(row));
    bool newKnown = false;
    if (request.name) {
        const QByteArray utf8 = request.name->toUtf8();
        ++m_nameChanges;
        if (r.nameOverride >= 0) {
            store.nameOverrides[size_t(r.nameOverride)] = utf8;
        } else {
            r.nameOverride = qint32(store.nameOverrides.size());
            store.nameOverrides.push_back(utf8);
        }
    }
    if (request.revoked) {
        r.flags =
            quint8((r.flags & ~TokenRow::Revoked) | TokenRow::HasRevoked | (*request.revoked ? TokenRow::Revoked : 0));
    }
    if (request.scopes) {
        r.scopeSet = internScopes(*request.scopes, &newKnown);
    }
    refreshDerived(r);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (newKnown) {
        Q_EMIT knownValuesChanged();
    }
    return true;
}

int TokenTableModel::removeIds(const QStringList &ids)
{
    std::vector<int> rows;
    rows.reserve(size_t(ids.size()));
    for (const QString &tokenId : ids) {
        const int row = rowOfId(tokenId);
        if (row >= 0) {
            rows.push_back(row);
        }
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int loadedBefore = m_loadedCount;
    size_t ranges = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        ranges += (i == 0 || rows[i] != rows[i - 1] - 1) ? 1 : 0;
    }
    if (ranges > MaxRemovalRanges) {
        removeScatteredRows(rows);
    } else {
        size_t i = 0;
        while (i < rows.size()) {
            // rows is descending: extend the range downwards while contiguous.
            const int last = rows[i];
            int first = last;
            while (i + 1 < rows.size() && rows[i + 1] == first - 1) {
                first = rows[++i];
            }
            ++i;
            beginRemoveRows(QModelIndex(), first, last);
            TokenStore &store = mutableStore();
            for (int row = first; row <= last; ++row) {
                if (store.rows[size_t(row)].isLoaded()) {
                    --m_loadedCount;
                }
            }
            store.rows.erase(size_t(first), size_t(last) + 1);
            m_stubToRowValid = false;
            endRemoveRows();
        }
    }
    if (m_loadedCount != loadedBefore) {
        Q_EMIT loadedCountChanged(m_loadedCount);
    }
    return int(rows.size());
}

void TokenTableModel::removeScatteredRows(const std::vector<int> &rows)
{
    // Removing k separate ranges one by one costs k passes over the table. Instead: one layout
    // change moves the doomed rows behind the others (order kept), then one removal at the end.
    const int count = rowCount();
    std::vector<quint8> doomed(size_t(count), 0);
    for (const int row : rows) {
        doomed[size_t(row)] = 1;
    }
    auto oldToNew = std::make_shared<std::vector<int>>(size_t(count));
    int next = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < count; ++row) {
            if (doomed[size_t(row)] == pass) {
                (*oldToNew)[size_t(row)] = next++;
            }
        }
    }

    Q_EMIT layoutAboutToBeChanged();
    TokenStore &store = mutableStore();
    TokenRows reordered;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < count; ++row) {
            if (doomed[size_t(row)] == pass) {
                reordered.push_back(store.rows[size_t(row)]);
            }
        }
    }
    store.rows = std::move(reordered);
    m_stubToRowValid = false;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &idx : from) {
        to.append(index((*oldToNew)[size_t(idx.row())], idx.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT rowsReordered(oldToNew);
    Q_EMIT layoutChanged();

    const int first = count - int(rows.size());
    beginRemoveRows(QModelIndex(), first, count - 1);
    TokenStore &after = mutableStore();
    for (int row = first; row < count; ++row) {
        if (after.rows[size_t(row)].isLoaded()) {
            --m_loadedCount;
        }
    }
    after.rows.erase(size_t(first), size_t(count));
    endRemoveRows();
}

void TokenTableModel::setSelfId(const QString &tokenId)
{
    const int oldRow = m_selfStub >= 0 ? rowOfStub(m_selfStub) : -1;
    m_selfId = tokenId;
    m_selfStub = tokenId.isEmpty() ? -1 : stubOfId(tokenId);
    const int newRow = m_selfStub >= 0 ? rowOfStub(m_selfStub) : -1;
    if (oldRow == newRow) {
        return;
    }
    std::vector<int> rows;
    if (oldRow >= 0) {
        rows.push_back(oldRow);
    }
    if (newRow >= 0) {
        rows.push_back(newRow);
    }
    for (const int row : rows) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {IsSelfRole});
    }
}

void TokenTableModel::setNow(qint64 nowMs)
{
    m_nowPinned = true;
    if (nowMs == m_nowMs) {
        return;
    }
    m_nowMs = nowMs;
    m_texts.clear();
    m_textIds.clear();
    if (m_loadedCount == 0) {
        return;
    }
    TokenStore &store = mutableStore();
    for (size_t i = 0; i < store.rows.size(); ++i) {
        if (store.rows[i].isLoaded()) {
            refreshDerived(store.rows.mutableAt(i));
        }
    }
    Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, StatusColumn));
}

void TokenTableModel::useSystemClock()
{
    m_nowPinned = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setNow(now);
    m_nowPinned = false;
}

// ---------------------------------------------------------------------------------------------
// Accessors

QString TokenTableModel::id(int row) const
{
    return m_store->list->id(int(m_store->rows[size_t(row)].stub));
}

QString TokenTableModel::name(int row) const
{
    return QString::fromUtf8(m_store->nameUtf8(m_store->rows[size_t(row)]));
}

bool TokenTableModel::isLoaded(int row) const
{
    return m_store->rows[size_t(row)].isLoaded();
}

std::optional<QString> TokenTableModel::owner(int row) const
{
    const TokenRow &r = m_store->rows[size_t(row)];
    if (r.owner < 0) {
        return std::nullopt;
    }
    return m_store->owners.at(r.owner);
}

QStringList TokenTableModel::scopes(int row) const
{
    const TokenRow &r = m_store->rows[size_t(row)];
    return r.scopeSet < 0 ? QStringList() : m_store->scopeSets[size_t(r.scopeSet)].scopes;
}

static std::optional<qint64> dateOf(qint64 value)
{
    return value == TokenRow::Absent ? std::nullopt : std::optional<qint64>(value);
}

std::optional<qint64> TokenTableModel::created(int row) const
{
    return dateOf(m_store->rows[size_t(row)].created);
}

std::optional<qint64> TokenTableModel::expires(int row) const
{
    return dateOf(m_store->rows[size_t(row)].expires);
}

std::optional<qint64> TokenTableModel::lastUse(int row) const
{
    return dateOf(m_store->rows[size_t(row)].lastUse);
}

TokenStatus TokenTableModel::status(int row) const
{
    return m_store->rows[size_t(row)].status;
}

bool TokenTableModel::isSystem(int row) const
{
    return isSystemTokenName(name(row));
}

TokenMetadata TokenTableModel::metadata(int row) const
{
    const TokenRow &r = m_store->rows[size_t(row)];
    TokenMetadata md;
    md.id = id(row);
    if (r.nameOverride >= 0 || m_store->list->hasName(int(r.stub))) {
        md.name = name(row);
    }
    if (!r.isLoaded()) {
        return md;
    }
    md.userId = owner(row);
    if (r.flags & TokenRow::HasRevoked) {
        md.revoked = bool(r.flags & TokenRow::Revoked);
    }
    md.created = dateOf(r.created);
    md.expires = dateOf(r.expires);
    md.lastUse = dateOf(r.lastUse);
    if (r.scopeSet >= 0) {
        md.scopes = m_store->scopeSets[size_t(r.scopeSet)].scopes;
    }
    if (r.flags & TokenRow::HasPersonalAccessToken) {
        md.personalAccessToken = bool(r.flags & TokenRow::PersonalAccessToken);
    }
    return md;
}

QStringList TokenTableModel::knownOwners() const
{
    QStringList owners = m_ownerIds.keys();
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

QStringList TokenTableModel::knownScopes() const
{
    QStringList scopes(m_scopesSeen.cbegin(), m_scopesSeen.cend());
    scopes.sort(Qt::CaseInsensitive);
    return scopes;
}

QStringList TokenTableModel::unknownScopesSeen() const
{
    QStringList unknown;
    for (const QString &scope : m_scopesSeen) {
        if (!ScopeCatalog::isKnown(scope)) {
            unknown.append(scope);
        }
    }
    unknown.sort(Qt::CaseInsensitive);
    return unknown;
}

// ---------------------------------------------------------------------------------------------
// data()

QString TokenTableModel::dateDisplay(const TokenRow &row, int column) const
{
    qint32 text = -1;
    qint64 value = TokenRow::Absent;
    switch (column) {
    case CreatedColumn:
        text = row.createdText;
        value = row.created;
        break;
    case ExpiresColumn:
        text = row.expiresText;
        value = row.expires;
        break;
    case LastUseColumn:
        text = row.lastUseText;
        value = row.lastUse;
        break;
    default:
        break;
    }
    if (value == TokenRow::Absent) {
        return column == CreatedColumn ? emDash() : tr("never");
    }
    return text >= 0 ? m_texts.at(text) : relativeDayText(value, m_nowMs);
}

QString TokenTableModel::displayText(const TokenRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return QString::fromUtf8(m_store->nameUtf8(row));
    case IdColumn:
        return QString::fromUtf8(m_store->idUtf8(row));
    default:
        break;
    }
    if (!row.isLoaded()) {
        return notLoadedText();
    }
    switch (column) {
    case OwnerColumn:
        return row.owner < 0 ? emDash() : m_store->owners.at(row.owner);
    case ScopesColumn:
        return row.scopeSet < 0 ? QString() : m_store->scopeSets[size_t(row.scopeSet)].display;
    case CreatedColumn:
    case ExpiresColumn:
    case LastUseColumn:
        return dateDisplay(row, column);
    case StatusColumn:
        return statusText(row.status);
    default:
        return QString();
    }
}

QVariant TokenTableModel::sortValue(const TokenRow &row, int column) const
{
    switch (column) {
    case NameColumn:
    case IdColumn:
        return displayText(row, column);
    case OwnerColumn:
        return row.owner < 0 ? QString() : m_store->owners.at(row.owner);
    case ScopesColumn:
        return row.scopeSet < 0 ? QString() : m_store->scopeSets[size_t(row.scopeSet)].display;
    case CreatedColumn:
    case ExpiresColumn:
    case LastUseColumn:
        return dateSortKey(row, column);
    case StatusColumn:
        return int(row.status);
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const TokenRow &row = m_store->rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == CreatedColumn || column == ExpiresColumn || column == LastUseColumn) {
            if (!row.isLoaded()) {
                return tr("Details not loaded yet");
            }
            const qint64 value = column == CreatedColumn   ? row.created
                                 : column == ExpiresColumn ? row.expires
                                                           : row.lastUse;
            if (value == TokenRow::Absent) {
                return column == ExpiresColumn   ? tr("Never expires")
                       : column == LastUseColumn ? tr("Never used")
                                                 : tr("No creation date");
            }
            return isoText(value);
        }
        if (!row.isLoaded() && column != NameColumn && column != IdColumn) {
            return tr("Details not loaded yet");
        }
        return displayText(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return QString::fromUtf8(m_store->idUtf8(row));
    case DetailsLoadedRole:
        return row.isLoaded();
    case StatusRole:
        return QVariant::fromValue(row.status);
    case IsSelfRole:
        return m_selfStub >= 0 && row.stub == quint32(m_selfStub);
    case IsSystemRole:
        return isSystemTokenName(QString::fromUtf8(m_store->nameUtf8(row)));
    case ScopesRole:
        return row.scopeSet < 0 ? QStringList() : m_store->scopeSets[size_t(row.scopeSet)].scopes;
    case MetadataRole:
        return QVariant::fromValue(metadata(index.row()));
    default:
        return QVariant();
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // The names are defined once, with the export's columns (same order as far as Status).
    static_assert(int(TokenColumn::Name) == NameColumn && int(TokenColumn::Status) == StatusColumn);
    if (section < 0 || section >= ColumnCount) {
        return QVariant();
    }
    return TokenColumns::displayName(static_cast<TokenColumn>(section));
}

QHash<int, QByteArray> TokenTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sort"));
    names.insert(IdRole, QByteArrayLiteral("tokenId"));
    names.insert(DetailsLoadedRole, QByteArrayLiteral("detailsLoaded"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(IsSelfRole, QByteArrayLiteral("isSelf"));
    names.insert(IsSystemRole, QByteArrayLiteral("isSystem"));
    names.insert(ScopesRole, QByteArrayLiteral("scopes"));
    names.insert(MetadataRole, QByteArrayLiteral("metadata"));
    return names;
}

} // namespace TokenDesk
