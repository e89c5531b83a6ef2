// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which export columns the table shows, and which need token details (GET /tokens/{id}).
// The list endpoint gives id and name only: every other column is empty for a row whose details
// are not loaded yet.
#pragma once

#include "csv/tokencolumns.h"

#include <QList>

#include <optional>

namespace TokenDesk {

class ExportColumns final
{
public:
    ExportColumns() = delete;

    // The export column of a table column (TokenTableModel::Column); nullopt for none.
    static std::optional<TokenColumn> fromTableColumn(int tableColumn);
    // Name and ID come with the list; everything else needs details.
    static bool needsDetails(TokenColumn column);
    static bool needsDetails(const QList<TokenColumn> &columns);
    // The export columns of table columns given in visual order (hidden ones already left out);
    // columns without an export column and duplicates are skipped.
    static QList<TokenColumn> fromTableColumns(const QList<int> &tableColumnsInVisualOrder);
    // `checked` first, in their order, then every other column in TokenColumns::all() order: the
    // list the dialog shows (checked ones ticked).
    static QList<TokenColumn> withUnchecked(const QList<TokenColumn> &checked);
};

} // namespace TokenDesk
