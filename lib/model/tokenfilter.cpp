// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenfilter.h"

#include "model/namesortkeys.h"
#include "model/tokentablemodel.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace TokenDesk {

namespace {
inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

template<class T>
int cmp(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

std::vector<qint32> ranksOf(const QStringList &values)
{
    std::vector<qint32> order(size_t(values.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&values](qint32 a, qint32 b) {
        const int c = values.at(a).compare(values.at(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : values.at(a) < values.at(b);
    });
    std::vector<qint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        rank[size_t(order[i])] = qint32(i);
    }
    return rank;
}
// Sorts (key << 32 | row) items by their key bits only, stably (LSD radix, 11 bits a pass): rows
// that come in list order keep it among equal keys.
void radixSortByKey(std::vector<quint64> &items, int keyBits)
{
    std::vector<quint64> buffer(items.size());
    constexpr int DigitBits = 11;
    constexpr size_t Buckets = size_t(1) << DigitBits;
    for (int shift = 32; shift < 32 + keyBits; shift += DigitBits) {
        std::vector<size_t> count(Buckets, 0);
        for (const quint64 item : items) {
            ++count[size_t(item >> shift) & (Buckets - 1)];
        }
        if (std::find(count.begin(), count.end(), items.size()) != count.end()) {
            continue; // one bucket: this digit is the same for all
        }
        size_t sum = 0;
        for (size_t &c : count) {
            sum += std::exchange(c, sum);
        }
        for (const quint64 item : items) {
            buffer[count[size_t(item >> shift) & (Buckets - 1)]++] = item;
        }
        items.swap(buffer);
    }
}

} // namespace

bool TokenFilterSpec::dependsOnDetails() const
{
    if (filters()) {
        return true; // the text filter reads owner/scopes/name; the others read status/lastUse
    }
    // Name sorting depends on details only through renames (see TokenProxyModel).
    return sortColumn >= 0 && sortColumn != TokenTableModel::IdColumn;
}

bool TokenFilter::containsFolded(QByteArrayView haystack, const QString &needleFolded, const QByteArray &needleAscii,
                                 bool needleIsAscii)
{
    if (needleFolded.isEmpty()) {
        return true;
    }
    if (needleIsAscii) {
        // ASCII needle: scan the UTF-8 bytes directly (a multi-byte sequence never matches an
        // ASCII byte). No allocation.
        const qsizetype n = needleAscii.size();
        const qsizetype last = haystack.size() - n;
        const char first = needleAscii.at(0);
        for (qsizetype i = 0; i <= last; ++i) {
            if (asciiLower(haystack[i]) != first) {
                continue;
            }
            qsizetype j = 1;
            while (j < n && asciiLower(haystack[i + j]) == needleAscii.at(j)) {
                ++j;
            }
            if (j == n) {
                return true;
            }
        }
        return false;
    }
    return QString::fromUtf8(haystack).contains(needleFolded, Qt::CaseInsensitive);
}

TokenFilter::TokenFilter(const TokenStore &store, const TokenFilterSpec &spec)
    : m_store(store)
    , m_spec(spec)
    , m_needle(spec.text.trimmed().toCaseFolded())
{
    for (const QChar c : std::as_const(m_needle)) {
        if (c.unicode() >= 0x80) {
            m_needleIsAscii = false;
            break;
        }
    }
    if (m_needleIsAscii) {
        m_needleAscii = m_needle.toLatin1();
    }
    if (!m_needle.isEmpty()) {
        m_ownerMatches.resize(size_t(store.owners.size()));
        for (qsizetype i = 0; i < store.owners.size(); ++i) {
            m_ownerMatches[size_t(i)] = store.owners.at(i).contains(m_needle, Qt::CaseInsensitive);
        }
        m_scopeSetMatches.resize(store.scopeSets.size());
        for (size_t i = 0; i < store.scopeSets.size(); ++i) {
            bool match = false;
            for (const QString &scope : store.scopeSets[i].scopes) {
                match = match || scope.contains(m_needle, Qt::CaseInsensitive);
            }
            m_scopeSetMatches[i] = match;
        }
    }
    if (spec.view == AuditView::ControlScopes) {
        m_controlScopeSets = AuditViews::controlScopeSets(store);
    }
    if (spec.sortColumn == TokenTableModel::OwnerColumn) {
        m_ownerRank = ranksOf(store.owners);
    } else if (spec.sortColumn == TokenTableModel::ScopesColumn) {
        QStringList displays;
        displays.reserve(qsizetype(store.scopeSets.size()));
        for (const ScopeSet &set : store.scopeSets) {
            displays.append(set.display);
        }
        m_scopeSetRank = ranksOf(displays);
    }
}

bool TokenFilter::textMatches(const TokenRow &row) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    if (row.owner >= 0 && m_ownerMatches[size_t(row.owner)]) {
        return true;
    }
    if (row.scopeSet >= 0 && m_scopeSetMatches[size_t(row.scopeSet)]) {
        return true;
    }
    return containsFolded(m_store.nameUtf8(row), m_needle, m_needleAscii, m_needleIsAscii) ||
           containsFolded(m_store.idUtf8(row), m_needle, m_needleAscii, m_needleIsAscii);
}

bool TokenFilter::accepts(int rowIndex) const
{
    const TokenRow &row = m_store.rows[size_t(rowIndex)];
    switch (m_spec.status) {
    case TokenFilterSpec::StatusFilter::All:
        break;
    case TokenFilterSpec::StatusFilter::Active:
        if (row.status != TokenStatus::Active) {
            return false;
        }
        break;
    case TokenFilterSpec::StatusFilter::Revoked:
        if (row.status != TokenStatus::Revoked) {
            return false;
        }
        break;
    case TokenFilterSpec::StatusFilter::Expired:
        if (row.status != TokenStatus::Expired) {
            return false;
        }
        break;
    }
    if (m_spec.neverUsedOnly && !(row.isLoaded() && row.lastUse == TokenRow::Absent)) {
        return false;
    }
    if (m_spec.onlyIds && !m_spec.onlyIds->contains(QString::fromUtf8(m_store.idUtf8(row)))) {
        return false;
    }
    if (m_spec.view &&
        AuditViews::verdict(*m_spec.view, row, m_controlScopeSets, m_spec.viewNowMs) != AuditViews::Verdict::Matches) {
        return false;
    }
    return textMatches(row);
}

int TokenFilter::compare(const TokenRow &a, const TokenRow &b) const
{
    switch (m_spec.sortColumn) {
    case TokenTableModel::NameColumn:
        return compareNames(m_store.nameUtf8(a), m_store.nameUtf8(b));
    case TokenTableModel::IdColumn:
        return compareNames(m_store.idUtf8(a), m_store.idUtf8(b));
    case TokenTableModel::OwnerColumn:
        return cmp(a.owner < 0 ? -1 : m_ownerRank[size_t(a.owner)], b.owner < 0 ? -1 : m_ownerRank[size_t(b.owner)]);
    case TokenTableModel::ScopesColumn:
        return cmp(a.scopeSet < 0 ? -1 : m_scopeSetRank[size_t(a.scopeSet)],
                   b.scopeSet < 0 ? -1 : m_scopeSetRank[size_t(b.scopeSet)]);
    case TokenTableModel::CreatedColumn:
    case TokenTableModel::ExpiresColumn:
    case TokenTableModel::LastUseColumn:
        return cmp(TokenTableModel::dateSortKey(a, m_spec.sortColumn),
                   TokenTableModel::dateSortKey(b, m_spec.sortColumn));
    case TokenTableModel::StatusColumn:
        return cmp(int(a.status), int(b.status));
    default:
        return 0;
    }
}

bool TokenFilter::lessThan(int ia, int ib) const
{
    const TokenRow &a = m_store.rows[size_t(ia)];
    const TokenRow &b = m_store.rows[size_t(ib)];
    const bool detailColumn =
        m_spec.sortColumn != TokenTableModel::NameColumn && m_spec.sortColumn != TokenTableModel::IdColumn;
    if (detailColumn && a.isLoaded() != b.isLoaded()) {
        return a.isLoaded(); // not loaded: last in both orders
    }
    const int c = compare(a, b);
    if (c != 0) {
        return m_spec.sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return ia < ib;
}

quint64 TokenFilter::sortKey(const TokenRow &row, qsizetype textOffset) const
{
    constexpr quint64 signFlip = quint64(1) << 63;
    switch (m_spec.sortColumn) {
    case TokenTableModel::NameColumn:
    case TokenTableModel::IdColumn: {
        // The first 8 case-folded bytes after the common prefix, big-endian: comparing keys
        // compares those bytes; equal keys fall back to the full comparison.
        const QByteArrayView text =
            m_spec.sortColumn == TokenTableModel::NameColumn ? m_store.nameUtf8(row) : m_store.idUtf8(row);
        quint64 key = 0;
        for (qsizetype i = 0; i < 8; ++i) {
            const qsizetype at = textOffset + i;
            key = (key << 8) | (at < text.size() ? static_cast<unsigned char>(asciiLower(text[at])) : 0u);
        }
        return key;
    }
    case TokenTableModel::OwnerColumn:
        return quint64(qint64(row.owner < 0 ? -1 : m_ownerRank[size_t(row.owner)]) + 1);
    case TokenTableModel::ScopesColumn:
        return quint64(qint64(row.scopeSet < 0 ? -1 : m_scopeSetRank[size_t(row.scopeSet)]) + 1);
    case TokenTableModel::CreatedColumn:
    case TokenTableModel::ExpiresColumn:
    case TokenTableModel::LastUseColumn:
        return quint64(TokenTableModel::dateSortKey(row, m_spec.sortColumn)) ^ signFlip;
    case TokenTableModel::StatusColumn:
        return quint64(row.status);
    default:
        return 0;
    }
}

void TokenFilter::sortKeyed(Keyed *begin, Keyed *end, qsizetype textOffset, bool textColumn) const
{
    const bool ascending = m_spec.sortOrder == Qt::AscendingOrder;
    std::sort(begin, end, [ascending](const Keyed &a, const Keyed &b) {
        if (a.key != b.key) {
            return ascending ? a.key < b.key : a.key > b.key;
        }
        return a.row < b.row;
    });
    if (!textColumn) {
        return; // the keys are exact
    }
    // Text keys hold 8 bytes: runs of equal keys are refined by the next 8 bytes (a multikey
    // sort), so each row's text is read once per level instead of once per comparison.
    for (Keyed *run = begin; run != end;) {
        Keyed *runEnd = run + 1;
        while (runEnd != end && runEnd->key == run->key) {
            ++runEnd;
        }
        if (runEnd - run > 1) {
            if ((run->key & 0xFF) == 0) {
                // The texts ended: equal when case-folded; the raw bytes decide, then list order.
                std::sort(run, runEnd, [this, ascending](const Keyed &a, const Keyed &b) {
                    const int c = compare(m_store.rows[size_t(a.row)], m_store.rows[size_t(b.row)]);
                    if (c != 0) {
                        return ascending ? c < 0 : c > 0;
                    }
                    return a.row < b.row;
                });
            } else {
                for (Keyed *k = run; k != runEnd; ++k) {
                    k->key = sortKey(m_store.rows[size_t(k->row)], textOffset + 8);
                }
                sortKeyed(run, runEnd, textOffset + 8, true);
            }
        }
        run = runEnd;
    }
}

bool TokenFilter::sortsByDetails() const
{
    return m_spec.sortColumn >= 0 && m_spec.sortColumn != TokenTableModel::NameColumn &&
           m_spec.sortColumn != TokenTableModel::IdColumn;
}

bool TokenFilter::isHiddenUndecided(int row) const
{
    // Without details, every filter that reads them (owner/scopes of the text filter, status,
    // never used) is undecided, and the ones that do not (name, id) did not match.
    // A token outside an id restriction is decided whatever its details say.
    return m_spec.filters() && !m_store.rows[size_t(row)].isLoaded() && !outsideOnlyIds(row) && !accepts(row);
}

bool TokenFilter::outsideOnlyIds(int row) const
{
    return m_spec.onlyIds && !m_spec.onlyIds->contains(QString::fromUtf8(m_store.idUtf8(m_store.rows[size_t(row)])));
}

bool TokenFilter::isUnsortedUndecided(int row) const
{
    return sortsByDetails() && !m_store.rows[size_t(row)].isLoaded() && accepts(row);
}

bool TokenFilter::run(std::vector<int> *proxyToSource, const std::atomic<bool> *cancelled, Undecided *undecided) const
{
    const auto isCancelled = [cancelled]() { return cancelled && cancelled->load(std::memory_order_relaxed); };
    const int rows = int(m_store.rows.size());
    std::vector<int> &out = *proxyToSource;
    out.clear();
    Undecided counts;
    if (!m_spec.filters()) {
        out.resize(size_t(rows));
        std::iota(out.begin(), out.end(), 0);
    } else {
        for (int row = 0; row < rows; ++row) {
            if ((row & 0xFFFF) == 0 && isCancelled()) {
                return false;
            }
            if (accepts(row)) {
                out.push_back(row);
            } else if (!m_store.rows[size_t(row)].isLoaded() && !outsideOnlyIds(row)) {
                ++counts.hidden; // as isHiddenUndecided(), without asking accepts() twice
            }
        }
    }
    if (undecided) {
        *undecided = counts;
    }
    if (m_spec.sortColumn < 0 || out.empty()) {
        return !isCancelled();
    }
    if (isCancelled()) {
        return false;
    }

    if (m_spec.sortColumn == TokenTableModel::NameColumn) {
        return sortByName(&out, cancelled) && !isCancelled();
    }

    // Sort on precomputed integer keys (one per row), so most comparisons touch no row data.
    const int column = m_spec.sortColumn;
    const bool textColumn = column == TokenTableModel::NameColumn || column == TokenTableModel::IdColumn;
    qsizetype commonPrefix = 0;
    if (textColumn) {
        // Case-folded common prefix of all rows (ids share "dt0c01."), skipped by the keys.
        const auto textOf = [this, column](int row) {
            const TokenRow &r = m_store.rows[size_t(row)];
            return column == TokenTableModel::NameColumn ? m_store.nameUtf8(r) : m_store.idUtf8(r);
        };
        const QByteArrayView first = textOf(out.front());
        commonPrefix = first.size();
        for (const int row : out) {
            const QByteArrayView text = textOf(row);
            qsizetype i = 0;
            const qsizetype n = std::min(commonPrefix, text.size());
            while (i < n && asciiLower(text[i]) == asciiLower(first[i])) {
                ++i;
            }
            commonPrefix = i;
            if (commonPrefix == 0) {
                break;
            }
        }
    }
    std::vector<Keyed> loaded;
    std::vector<int> notLoaded;
    loaded.reserve(out.size());
    for (const int row : out) {
        const TokenRow &r = m_store.rows[size_t(row)];
        if (!textColumn && !r.isLoaded()) {
            notLoaded.push_back(row); // last in both orders, in list order
        } else {
            loaded.push_back(Keyed{sortKey(r, commonPrefix), row});
        }
    }
    if (isCancelled()) {
        return false;
    }
    sortKeyed(loaded.data(), loaded.data() + loaded.size(), commonPrefix, textColumn);
    for (size_t i = 0; i < loaded.size(); ++i) {
        out[i] = loaded[i].row;
    }
    std::copy(notLoaded.begin(), notLoaded.end(), out.begin() + qsizetype(loaded.size()));
    if (undecided) {
        undecided->unsorted = int(notLoaded.size());
    }
    return !isCancelled();
}

} // namespace TokenDesk

namespace TokenDesk {

bool TokenFilter::sortByName(std::vector<int> *rows, const std::atomic<bool> *cancelled) const
{
    // The list's name keys (built once per list, usually by the first sort by name): the sort is then
    // one integer sort, whatever the names.
    const std::shared_ptr<const NameSortKeys> keys = m_store.nameSort->keys(*m_store.list, cancelled);
    if (!keys) {
        return false; // cancelled
    }
    const bool ascending = m_spec.sortOrder == Qt::AscendingOrder;
    const quint32 maxKey = keys->maxKey();
    std::vector<quint64> items(rows->size());
    bool anyInexact = false;
    for (size_t i = 0; i < rows->size(); ++i) {
        const int row = (*rows)[i];
        const TokenRow &r = m_store.rows[size_t(row)];
        quint32 key = r.nameOverride < 0 && int(r.stub) < keys->entries()
                          ? keys->entryKey(int(r.stub))
                          : keys->keyOf(m_store.nameUtf8(r), *m_store.list);
        anyInexact = anyInexact || !NameSortKeys::isExact(key);
        // Descending: the mirrored key (the same parity, since maxKey is even); equal keys keep list
        // order in both directions, as before.
        items[i] = (quint64(ascending ? key : maxKey - key) << 32) | quint32(row);
    }
    if (cancelled && cancelled->load(std::memory_order_relaxed)) {
        return false;
    }
    int keyBits = 1;
    while (keyBits < 32 && (maxKey >> keyBits) != 0) {
        ++keyBits;
    }
    radixSortByKey(items, keyBits); // the rows came in list order
    if (anyInexact) {
        // Names that are not among the keys' names share an even key with any other such name between
        // the same neighbours: their order is decided by comparing them.
        for (size_t first = 0; first < items.size();) {
            size_t last = first + 1;
            while (last < items.size() && (items[last] >> 32) == (items[first] >> 32)) {
                ++last;
            }
            if (last - first > 1 && !NameSortKeys::isExact(quint32(items[first] >> 32))) {
                std::sort(items.begin() + qsizetype(first), items.begin() + qsizetype(last),
                          [this, ascending](quint64 a, quint64 b) {
                              const int c = compareNames(m_store.nameUtf8(m_store.rows[size_t(quint32(a))]),
                                                         m_store.nameUtf8(m_store.rows[size_t(quint32(b))]));
                              if (c != 0) {
                                  return ascending ? c < 0 : c > 0;
                              }
                              return quint32(a) < quint32(b);
                          });
            }
            first = last;
        }
    }
    for (size_t i = 0; i < items.size(); ++i) {
        (*rows)[i] = int(quint32(items[i]));
    }
    return true;
}

} // namespace TokenDesk
