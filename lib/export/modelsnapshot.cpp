// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "modelsnapshot.h"

#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <numeric>
#include <utility>

namespace TokenDesk {

namespace {

std::optional<qint64> dateOf(qint64 value)
{
    return value == TokenRow::Absent ? std::nullopt : std::optional<qint64>(value);
}

void assignUtf8(std::optional<QString> &out, QByteArrayView utf8)
{
    out = QString::fromUtf8(utf8);
}

std::optional<bool> flagOf(quint8 flags, quint8 present, quint8 value)
{
    return (flags & present) != 0 ? std::optional<bool>((flags & value) != 0) : std::nullopt;
}

} // namespace

ModelSnapshot::ModelSnapshot(std::shared_ptr<const TokenStore> store, std::vector<int> rows)
    : m_store(store ? std::move(store) : std::make_shared<const TokenStore>())
    , m_rows(std::move(rows))
{}

std::shared_ptr<const ModelSnapshot> ModelSnapshot::fromView(const TokenProxyModel &proxy)
{
    const TokenTableModel *model = proxy.tokenModel();
    if (!model) {
        return std::make_shared<const ModelSnapshot>(nullptr, std::vector<int>());
    }
    return std::make_shared<const ModelSnapshot>(model->snapshot(), proxy.proxyToSource());
}

std::shared_ptr<const ModelSnapshot> ModelSnapshot::fromModel(const TokenTableModel &model)
{
    std::vector<int> rows(size_t(model.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    return std::make_shared<const ModelSnapshot>(model.snapshot(), std::move(rows));
}

QString ModelSnapshot::id(int row) const
{
    return QString::fromUtf8(m_store->idUtf8(rowAt(row)));
}

void ModelSnapshot::token(int row, TokenMetadata &out) const
{
    const TokenRow &r = rowAt(row);
    assignUtf8(out.id, m_store->idUtf8(r));
    const QByteArrayView name = m_store->nameUtf8(r);
    if (name.data() != nullptr) {
        assignUtf8(out.name, name);
    } else {
        out.name.reset();
    }
    if (!r.isLoaded()) {
        out.userId.reset();
        out.revoked.reset();
        out.created.reset();
        out.expires.reset();
        out.lastUse.reset();
        out.scopes.reset();
        out.personalAccessToken.reset();
        return;
    }
    if (r.owner >= 0) {
        out.userId = m_store->owners.at(r.owner);
    } else {
        out.userId.reset();
    }
    out.revoked = flagOf(r.flags, TokenRow::HasRevoked, TokenRow::Revoked);
    out.created = dateOf(r.created);
    out.expires = dateOf(r.expires);
    out.lastUse = dateOf(r.lastUse);
    if (r.scopeSet >= 0) {
        out.scopes = m_store->scopeSets[size_t(r.scopeSet)].scopes;
    } else {
        out.scopes.reset();
    }
    out.personalAccessToken = flagOf(r.flags, TokenRow::HasPersonalAccessToken, TokenRow::PersonalAccessToken);
}

int ModelSnapshot::missingDetailsCount() const
{
    int missing = 0;
    for (const int source : m_rows) {
        missing += m_store->rows[size_t(source)].isLoaded() ? 0 : 1;
    }
    return missing;
}

std::vector<int> ModelSnapshot::missingDetailsRows() const
{
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (!rowAt(row).isLoaded()) {
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace TokenDesk
