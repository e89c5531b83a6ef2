// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The result of comparing an earlier export with the current list, as a table: one row per new,
// gone or changed token (Change, Name, ID, What changed), for a view that filters it and an export.
#pragma once

#include "audit/auditcomparison.h"

#include <QAbstractTableModel>

namespace TokenDesk {

class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, IdColumn, ChangesColumn, ColumnCount };
    // The TokenChange::Kind of a row, as an int (for filtering by kind).
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(AuditComparison comparison);
    const AuditComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The header names a CSV of the comparison carries (English, like every TokenDesk export).
    static QStringList csvHeader();
    // One CSV record per row: change kind (new / gone / changed), name, id, what changed.
    QStringList csvRecord(int row) const;

private:
    AuditComparison m_comparison;
};

} // namespace TokenDesk
