// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token table: the list of GET /tokens (id and name) plus the details of GET /tokens/{id},
// which arrive later, in batches. Qt Core only: the UI styles rows from the roles.
//
// Storage is compact for 1,000,000 rows: the StubList as given (one UTF-8 arena) plus one
// fixed-size TokenRow per row (see tokenstore.h). No QVariant per cell, no heap allocation for a
// row whose details are not loaded. Display strings of detailed rows (relative dates, joined
// scopes) are computed when the details arrive (or when "now" changes), never in data().
//
// The store is shared copy-on-write with TokenProxyModel's worker thread (snapshot()): a mutation
// while a snapshot is alive copies the store first, so a snapshot never changes.
#pragma once

#include "api/tokentypes.h"
#include "model/tokenidindex.h"
#include "model/tokenstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace TokenDesk {

class TokenTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        OwnerColumn,
        ScopesColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUseColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values for sorting: QString for Name/Id/Owner/Scopes, qint64 for the dates (see
        // dateSortKey()), int(TokenStatus) for Status.
        SortRole = Qt::UserRole,
        IdRole,            // QString, the token id (any column)
        DetailsLoadedRole, // bool
        StatusRole,        // TokenStatus (QVariant::fromValue); NotLoaded until details arrive
        IsSelfRole,        // bool: the token this connection authenticates with (setSelfId)
        IsSystemRole,      // bool: isSystemTokenName(name)
        ScopesRole,        // QStringList (empty when not loaded)
        MetadataRole,      // TokenMetadata (QVariant::fromValue)
    };
    Q_ENUM(Role)

    // Sort keys of the date columns: real dates are epoch ms. A row without details sorts after
    // every date; "never used" sorts before every date (least recently used); "never expires" after
    // every date but before not-loaded; an absent creation date before every date.
    static constexpr qint64 NotLoadedSortKey = std::numeric_limits<qint64>::max();
    static constexpr qint64 NeverExpiresSortKey = std::numeric_limits<qint64>::max() - 1;
    static constexpr qint64 NeverUsedSortKey = std::numeric_limits<qint64>::min() + 1;
    static constexpr qint64 NoCreatedSortKey = std::numeric_limits<qint64>::min() + 1;

    explicit TokenTableModel(QObject *parent = nullptr);
    ~TokenTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new list: one model reset; every row starts without details.
    void setList(const StubList &list);
    // Details of listed tokens (matched by id; unknown ids are ignored). One dataChanged per
    // contiguous range of changed rows. Returns the number of rows updated.
    int setDetails(const QList<TokenMetadata> &batch);
    // A created token: appended as one row (one rowsInserted). With TokenMetadata its details
    // count as loaded. An id already present updates that row instead. Returns the row.
    int addToken(const TokenStub &stub);
    int addToken(const TokenMetadata &metadata);
    // A successful PUT: applies the fields present; one dataChanged for the row. False if unknown.
    bool applyUpdate(const QString &id, const UpdateTokenRequest &request);
    // Deleted tokens: contiguous rows are removed together, ranges in descending order. More than
    // MaxRemovalRanges separate ranges: one layout change moves the rows to the end (order of the
    // others kept; persistent indexes follow), then one removal there. Returns the number removed.
    static constexpr size_t MaxRemovalRanges = 4;
    int removeIds(const QStringList &ids);

    // -1 when the id is not in the table. Amortised O(1) (a hash index built on first use). While a
    // worker hashes a long list's ids, a lookup scans the list instead (a few ms for 1,000,000 ids):
    // hashing them here would block the GUI thread for hundreds of ms.
    int rowOfId(const QString &id) const;
    // Whether the id index is built (on a worker after setList() of a long list, or on first use).
    bool isIdIndexReady() const { return m_ids->isReady(); }
    // A worker is hashing the ids: details given to setDetails() meanwhile are applied once it is done.
    bool isIdIndexPending() const { return m_ids->isPending(); }
    // The id index of this model's list, kept in step with it: give it to the DetailsLoader fed with
    // the same lists (DetailsLoader::setIdIndex) so the ids are hashed once.
    TokenIdIndex *idIndex() const { return m_ids; }

    // The token this connection uses (IsSelfRole). Emits dataChanged for the old and new row.
    void setSelfId(const QString &id);
    QString selfId() const { return m_selfId; }

    // The time relative dates and the Expired status are computed against. By default the system
    // clock, read at every setList(); setNow() pins it (tests) and recomputes every detailed row.
    void setNow(qint64 nowMs);
    void useSystemClock();
    qint64 now() const { return m_nowMs; }

    // Typed accessors (no QVariant) for the proxy, the CSV export and the dialogs.
    QString id(int row) const;
    QString name(int row) const;
    bool isLoaded(int row) const;
    std::optional<QString> owner(int row) const;
    QStringList scopes(int row) const;
    std::optional<qint64> created(int row) const;
    std::optional<qint64> expires(int row) const;
    std::optional<qint64> lastUse(int row) const;
    TokenStatus status(int row) const;
    bool isSystem(int row) const;
    // Everything known about the row; only id and name when its details are not loaded.
    TokenMetadata metadata(int row) const;
    int loadedCount() const { return m_loadedCount; }
    // Bumped whenever a row's name changes (details naming it differently, a rename), so a view
    // sorted by name only re-sorts when a batch of details actually renamed something.
    quint64 nameChangeCount() const { return m_nameChanges; }

    // Owners and scopes seen in details so far, sorted (for completion in the filter pane), and the
    // seen scopes that the scope catalogue does not know (the API may add values).
    QStringList knownOwners() const;
    QStringList knownScopes() const;
    QStringList unknownScopesSeen() const;

    // Rule for the tokens the cluster creates by itself (the API notes name InstallerDownload and
    // Mobile as examples): the name is one of those words, alone or followed by a separator (space,
    // '-', '_', '.', ':', '(') or a digit. Case-sensitive. No public source states the exact rule:
    // it is our reading of the examples, chosen to catch numbered copies without catching names
    // that merely start with those words.
    static bool isSystemTokenName(QStringView name);
    // The names of those tokens ("InstallerDownload", "Mobile"), for the rule and for telling the user.
    static const QStringList &systemTokenNames();
    // "today", "3 d ago", "in 12 d": whole UTC calendar days between nowMs and ms.
    static QString relativeDayText(qint64 ms, qint64 nowMs);
    // Absolute UTC ISO 8601, e.g. "2026-01-31T12:00:00Z".
    static QString isoText(qint64 ms);
    static QString statusText(TokenStatus status);
    // The sort key of a date column (CreatedColumn, ExpiresColumn, LastUseColumn); see above.
    static qint64 dateSortKey(const TokenRow &row, int column);
    // Placeholder shown in cells whose details are not loaded yet.
    static QString notLoadedText();

    // The current store, shared read-only (the proxy's worker reads it on another thread).
    // Taking one makes the next mutation copy the store (shallowly, see TokenRows).
    std::shared_ptr<const TokenStore> snapshot() const;
    const TokenStore &store() const { return *m_store; }

Q_SIGNALS:
    // Emitted between layoutAboutToBeChanged and layoutChanged when rows were permuted (row
    // `old` is now row oldToNew[old]), so TokenProxyModel can remap instead of resetting.
    void rowsReordered(std::shared_ptr<const std::vector<int>> oldToNew);
    void knownValuesChanged();
    void loadedCountChanged(int loaded);

private:
    TokenStore &mutableStore();
    void onIdIndexReady();
    void ensureStubToRow() const;
    int stubOfId(QStringView id) const;
    int rowOfStub(int stub) const;
    int rowOfIdUtf8(QByteArrayView id) const;
    // Returns true when the row changed. Updates interned tables.
    void applyMetadata(TokenRow &row, const TokenMetadata &metadata, bool *newKnownValues);
    void refreshDerived(TokenRow &row);
    qint32 textIndexFor(qint64 ms);
    qint32 internOwner(const QString &owner, bool *added);
    qint32 internScopes(const QStringList &scopes, bool *added);
    QString displayText(const TokenRow &row, int column) const;
    QString dateDisplay(const TokenRow &row, int column) const;
    QVariant sortValue(const TokenRow &row, int column) const;
    void emitRowRanges(std::vector<int> rows, int firstColumn, int lastColumn);
    void removeScatteredRows(const std::vector<int> &rows);

    std::shared_ptr<TokenStore> m_store;
    mutable bool m_storeShared = false; // a snapshot of m_store was handed out
    // GUI-side indexes (not shared with the worker).
    TokenIdIndex *m_ids;                         // a child
    QList<TokenMetadata> m_detailsAwaitingIndex; // setDetails() while a worker hashes the ids
    mutable std::vector<qint32> m_stubToRow;
    mutable bool m_stubToRowValid = false;
    QHash<QString, qint32> m_ownerIds;
    QHash<QString, qint32> m_scopeSetIds; // key: scopes joined with '\n'
    QSet<QString> m_scopesSeen;
    QStringList m_texts;             // relative date strings
    QHash<qint64, qint32> m_textIds; // day delta -> m_texts index
    QString m_selfId;
    int m_selfStub = -1;
    qint64 m_nowMs = 0;
    bool m_nowPinned = false;
    int m_loadedCount = 0;
    quint64 m_nameChanges = 0;
};

} // namespace TokenDesk
