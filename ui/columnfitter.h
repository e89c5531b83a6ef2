// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sensible widths for the token table's columns until the user sets their own: the columns an audit
// reads (Name, Owner, Last used, Status) get what their header and values need, in any language,
// and stay in view whenever the table is wide enough for them; the id and the dates get compact
// widths (the id is elided in the middle, where ids do not differ); what is left goes to Name and
// Scopes. A column the user resizes, or a saved header state, ends the fitting: their widths win.
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace TokenDesk {

class ColumnFitter final : public QObject
{
    Q_OBJECT
public:
    explicit ColumnFitter(QTableView *table);

    // The widths fitted to `available` pixels, one per TokenTableModel column.
    QList<int> fittedWidths(int available) const;
    // Sets them now (no-op once the user's widths are in force).
    void fit();
    // Saved or user-set widths are in force from now on.
    void keepUserWidths();
    bool isFitting() const { return !m_userWidths; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    // The viewport the filter watches, kept so that the filter compares pointers instead of asking
    // the table, which may already be half destroyed when its children send their last events.
    QObject *m_viewport;
    bool m_userWidths = false;
    bool m_applying = false;
};

} // namespace TokenDesk
