// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "columnfitter.h"

#include "api/tokenformat.h"
#include "core/timeunits.h"
#include "model/tokentablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace TokenDesk {

namespace {} // namespace

ColumnFitter::ColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    // Whatever width a column has, its text never widens it; the id differs at its ends.
    m_viewport->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_applying)
            keepUserWidths();
    });
}

void ColumnFitter::keepUserWidths()
{
    m_userWidths = true;
}

QList<int> ColumnFitter::fittedWidths(int available) const
{
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    const QStyle *style = m_table->style();
    const int headerPad = 4 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table) +
                          style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_table);
    const int cellPad = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    const int chars = cell.averageCharWidth();
    auto headerNeed = [&](int column) {
        const QString title =
            m_table->model() ? m_table->model()->headerData(column, Qt::Horizontal).toString() : QString();
        return head.horizontalAdvance(title) + headerPad;
    };
    auto widest = [&](const QStringList &samples) {
        int w = 0;
        for (const QString &s : samples)
            w = qMax(w, cell.horizontalAdvance(s));
        return w + cellPad;
    };
    // Qualified, so that lupdate files it under the model's context, where "never" is translated.
    const QString never = TokenDesk::TokenTableModel::tr("never");
    const int dates = widest({TokenTableModel::relativeDayText(-9999 * TimeUnits::MsPerDay, 0),
                              TokenTableModel::relativeDayText(9999 * TimeUnits::MsPerDay, 0),
                              TokenTableModel::relativeDayText(0, 0), never});
    const int statuses =
        widest({TokenTableModel::statusText(TokenStatus::Active), TokenTableModel::statusText(TokenStatus::Revoked),
                TokenTableModel::statusText(TokenStatus::Expired), TokenTableModel::notLoadedText()});

    QList<int> widths(TokenTableModel::ColumnCount);
    widths[TokenTableModel::NameColumn] = qMax(headerNeed(TokenTableModel::NameColumn), 18 * chars);
    widths[TokenTableModel::IdColumn] = qMax(headerNeed(TokenTableModel::IdColumn), 14 * chars);
    widths[TokenTableModel::OwnerColumn] = qMax(headerNeed(TokenTableModel::OwnerColumn), 13 * chars);
    widths[TokenTableModel::ScopesColumn] = qMax(headerNeed(TokenTableModel::ScopesColumn), 12 * chars);
    for (int column : {int(TokenTableModel::CreatedColumn), int(TokenTableModel::ExpiresColumn),
                       int(TokenTableModel::LastUseColumn)})
        widths[column] = qMax(headerNeed(column), dates);
    widths[TokenTableModel::StatusColumn] = qMax(headerNeed(TokenTableModel::StatusColumn), statuses);

    // What is left: Name up to a comfortable width and the id up to its whole length, then Name and
    // Scopes share the rest. Status and the dates never take more than they need.
    int left = available;
    for (int w : widths)
        left -= w;
    auto grow = [&](int column, int upTo) {
        const int add = qBound(0, upTo - widths[column], qMax(0, left));
        widths[column] += add;
        left -= add;
    };
    grow(TokenTableModel::NameColumn, 26 * chars);
    grow(TokenTableModel::OwnerColumn, 18 * chars);
    grow(TokenTableModel::ScopesColumn, 20 * chars);
    grow(TokenTableModel::IdColumn,
         cell.horizontalAdvance(QLatin1String(TokenFormat::ClassicPrefix) + QLatin1Char('.') +
                                QString(TokenFormat::PublicPartLength, QLatin1Char('W'))) +
             cellPad);
    // Too narrow for all: the id, the scopes and the creation and expiry dates give way first, so
    // that Name, Owner, Last used and Status stay in view.
    auto shrink = [&](int column, int downTo) {
        const int take = qBound(0, widths[column] - downTo, qMax(0, -left));
        widths[column] -= take;
        left += take;
    };
    shrink(TokenTableModel::ScopesColumn, 8 * chars);
    shrink(TokenTableModel::IdColumn, 9 * chars);
    shrink(TokenTableModel::CreatedColumn, 7 * chars);
    shrink(TokenTableModel::ExpiresColumn, 7 * chars);
    shrink(TokenTableModel::NameColumn, 14 * chars);
    if (left > 0) {
        widths[TokenTableModel::NameColumn] += left / 2;
        widths[TokenTableModel::ScopesColumn] += left - left / 2;
    }
    return widths;
}

void ColumnFitter::fit()
{
    if (m_userWidths || !m_table->model())
        return;
    const QList<int> widths = fittedWidths(m_table->viewport()->width());
    m_applying = true;
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_applying = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
