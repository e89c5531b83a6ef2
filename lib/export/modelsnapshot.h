// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token table as the view shows it, frozen for an export: the model's immutable store
// (TokenTableModel::snapshot(), shared copy-on-write, so later changes never reach it) plus the
// proxy's row order copied at snapshot time (proxy row i -> source row). The export then contains
// exactly the rows the view showed after filters and sorting, in view order.
//
// Taking it is one vector copy on the GUI thread (4 bytes a row); reading it is safe on a worker.
#pragma once

#include "csv/tokensnapshot.h"
#include "model/tokenstore.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace TokenDesk {

class TokenProxyModel;
class TokenTableModel;

class ModelSnapshot final : public TokenSnapshot
{
public:
    // `rows` are rows of `store` (source rows), in export order.
    ModelSnapshot(std::shared_ptr<const TokenStore> store, std::vector<int> rows);

    // The rows `proxy` shows now, in its order (an empty snapshot without a source model).
    static std::shared_ptr<const ModelSnapshot> fromView(const TokenProxyModel &proxy);
    // Every row of `model`, in list order.
    static std::shared_ptr<const ModelSnapshot> fromModel(const TokenTableModel &model);

    int rowCount() const override { return int(m_rows.size()); }
    void token(int row, TokenMetadata &out) const override;

    int sourceRow(int row) const { return m_rows[size_t(row)]; }
    QString id(int row) const;
    bool isLoaded(int row) const { return rowAt(row).isLoaded(); }
    // Rows whose details are not loaded (their detail cells would be empty).
    int missingDetailsCount() const;
    // Their snapshot rows, in export order.
    std::vector<int> missingDetailsRows() const;

private:
    const TokenRow &rowAt(int row) const { return m_store->rows[size_t(m_rows[size_t(row)])]; }

    const std::shared_ptr<const TokenStore> m_store;
    const std::vector<int> m_rows;
};

} // namespace TokenDesk
