// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparisonmodel.h"

namespace TokenDesk {

namespace {

// The words of a CSV: stable and English whatever the language, like TokenColumns::headerName.
QString kindKey(TokenChange::Kind kind)
{
    switch (kind) {
    case TokenChange::Kind::New:
        return QStringLiteral("new");
    case TokenChange::Kind::Gone:
        return QStringLiteral("gone");
    case TokenChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return QString();
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComparisonModel::setComparison(AuditComparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.changes.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TokenChange &change = m_comparison.changes.at(index.row());
    if (role == KindRole)
        return int(change.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case KindColumn:
        return AuditComparison::kindText(change.kind);
    case NameColumn:
        return change.name;
    case IdColumn:
        return change.id;
    case ChangesColumn:
        return AuditComparison::describe(change);
    default:
        return QVariant();
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Change");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case ChangesColumn:
        return tr("What changed");
    default:
        return QVariant();
    }
}

QStringList ComparisonModel::csvHeader()
{
    return {QStringLiteral("Change"), QStringLiteral("Name"), QStringLiteral("ID"), QStringLiteral("What changed")};
}

QStringList ComparisonModel::csvRecord(int row) const
{
    const TokenChange &change = m_comparison.changes.at(row);
    return {kindKey(change.kind), change.name, change.id, AuditComparison::describe(change)};
}

} // namespace TokenDesk
