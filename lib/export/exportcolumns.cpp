// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportcolumns.h"

#include "model/tokentablemodel.h"

namespace TokenDesk {

std::optional<TokenColumn> ExportColumns::fromTableColumn(int tableColumn)
{
    switch (tableColumn) {
    case TokenTableModel::NameColumn:
        return TokenColumn::Name;
    case TokenTableModel::IdColumn:
        return TokenColumn::Id;
    case TokenTableModel::OwnerColumn:
        return TokenColumn::Owner;
    case TokenTableModel::ScopesColumn:
        return TokenColumn::Scopes;
    case TokenTableModel::CreatedColumn:
        return TokenColumn::Created;
    case TokenTableModel::ExpiresColumn:
        return TokenColumn::Expires;
    case TokenTableModel::LastUseColumn:
        return TokenColumn::LastUse;
    case TokenTableModel::StatusColumn:
        return TokenColumn::Status;
    default:
        return std::nullopt;
    }
}

bool ExportColumns::needsDetails(TokenColumn column)
{
    return column != TokenColumn::Name && column != TokenColumn::Id;
}

bool ExportColumns::needsDetails(const QList<TokenColumn> &columns)
{
    for (const TokenColumn column : columns) {
        if (needsDetails(column)) {
            return true;
        }
    }
    return false;
}

QList<TokenColumn> ExportColumns::fromTableColumns(const QList<int> &tableColumnsInVisualOrder)
{
    QList<TokenColumn> columns;
    for (const int tableColumn : tableColumnsInVisualOrder) {
        const std::optional<TokenColumn> column = fromTableColumn(tableColumn);
        if (column && !columns.contains(*column)) {
            columns.append(*column);
        }
    }
    return columns;
}

QList<TokenColumn> ExportColumns::withUnchecked(const QList<TokenColumn> &checked)
{
    QList<TokenColumn> columns;
    for (const TokenColumn column : checked) {
        if (!columns.contains(column)) {
            columns.append(column);
        }
    }
    const QList<TokenColumn> all = TokenColumns::all();
    for (const TokenColumn column : all) {
        if (!columns.contains(column)) {
            columns.append(column);
        }
    }
    return columns;
}

} // namespace TokenDesk
