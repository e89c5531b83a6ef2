// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The input of a CSV export: an immutable snapshot, read from a worker thread. Implementations must
// make every const function safe to call from another thread while the GUI goes on (copy what you
// need when the snapshot is taken; never read a live model).
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace TokenDesk {

class CsvRowSource
{
public:
    virtual ~CsvRowSource() = default;

    virtual int rowCount() const = 0;
    // One name per column; its size is the column count.
    virtual QStringList header() const = 0;
    // Which columns are free text (formula-guarded); missing entries mean "no".
    virtual QList<bool> freeTextColumns() const { return {}; }
    // The cells of one row, one per column. `out` may hold the previous row: reuse its storage.
    virtual void fields(int row, QStringList &out) const = 0;
    // Whether fieldsUtf8() gives every row's cells: a source that holds them as UTF-8 already (a
    // list's arena) spares the writer a QString per cell and the conversion back.
    virtual bool hasUtf8Fields() const { return false; }
    // The same cells as fields(), as UTF-8 views valid as long as the source.
    virtual void fieldsUtf8(int row, QList<QByteArrayView> &out) const
    {
        Q_UNUSED(row);
        out.clear();
    }

protected:
    CsvRowSource() = default;
    Q_DISABLE_COPY_MOVE(CsvRowSource)
};

// A small in-memory table (tests, previews). Immutable after construction.
class CsvTableSource final : public CsvRowSource
{
public:
    CsvTableSource(QStringList header, QList<QStringList> rows, QList<bool> freeText = {});

    int rowCount() const override { return int(m_rows.size()); }
    QStringList header() const override { return m_header; }
    QList<bool> freeTextColumns() const override { return m_freeText; }
    void fields(int row, QStringList &out) const override { out = m_rows.at(row); }

private:
    const QStringList m_header;
    const QList<QStringList> m_rows;
    const QList<bool> m_freeText;
};

} // namespace TokenDesk
