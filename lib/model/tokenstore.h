// The compact storage behind TokenTableModel, shared read-only with the proxy's worker thread.
// A row is the list entry (id and name live in the StubList arena) plus a fixed-size record of
// its details: dates as qint64 with sentinels, owner and scope set as indices into interned tables,
// and flags. An undetailed row costs sizeof(TokenRow) and no heap allocation.
#pragma once

#include "api/stublist.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

namespace TokenDesk {

// Status of a token at the model's "now". NotLoaded sorts last; the order of the others is the
// order the status column sorts in.
enum class TokenStatus : quint8 { Active, Expired, Revoked, NotLoaded };

struct TokenRow
{
    // A date field the token does not have (never used, never expires, no creation date).
    static constexpr qint64 Absent = std::numeric_limits<qint64>::min();

    enum Flag : quint8 {
        Loaded = 0x01,              // details arrived (GET /tokens/{id})
        Revoked = 0x02,             // `revoked: true`
        PersonalAccessToken = 0x04, // `personalAccessToken: true`
        HasRevoked = 0x08,          // `revoked` was present
        HasPersonalAccessToken = 0x10,
    };

    qint64 created = Absent;
    qint64 expires = Absent;
    qint64 lastUse = Absent;
    quint32 stub = 0;         // entry in TokenStore::list (id, list name)
    qint32 owner = -1;        // TokenStore::owners, -1 = absent
    qint32 scopeSet = -1;     // TokenStore::scopeSets, -1 = absent
    qint32 nameOverride = -1; // TokenStore::nameOverrides: the name from details when it differs
    qint32 createdText = -1;  // display strings (relative dates), indices into the model's text table
    qint32 expiresText = -1;
    qint32 lastUseText = -1;
    quint8 flags = 0;
    TokenStatus status = TokenStatus::NotLoaded;

    bool isLoaded() const { return flags & Loaded; }
};

struct ScopeSet
{
    QStringList scopes; // as the server sent them
    QString display;    // joined with ", " (computed once)
};

struct TokenStore
{
    // Shared between store copies and with the id index builder; copied before an append when
    // shared (copy-on-write), so a snapshot's list never changes.
    std::shared_ptr<StubList> list = std::make_shared<StubList>();
    std::vector<TokenRow> rows;
    QStringList owners;
    std::vector<ScopeSet> scopeSets;
    std::vector<QByteArray> nameOverrides; // UTF-8

    QByteArrayView nameUtf8(const TokenRow &row) const
    {
        return row.nameOverride >= 0 ? QByteArrayView(nameOverrides[size_t(row.nameOverride)])
                                     : list->nameUtf8(int(row.stub));
    }
    StubList &mutableList()
    {
        if (list.use_count() > 1) {
            list = std::make_shared<StubList>(*list);
        }
        return *list;
    }
    QByteArrayView idUtf8(const TokenRow &row) const { return list->idUtf8(int(row.stub)); }
};

} // namespace TokenDesk
