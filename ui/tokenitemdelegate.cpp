// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenitemdelegate.h"

#include "dialogstyle.h"
#include "model/tokentablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace TokenDesk {

QString TokenItemDelegate::toolTipFor(const QModelIndex &index)
{
    return DialogStyle::plainToolTip(index.data(Qt::ToolTipRole).toString());
}

bool TokenItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(index);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

void TokenItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Ids share their start (dt0c01.) and differ at the end: cut in the middle.
    if (index.column() == TokenTableModel::IdColumn)
        option->textElideMode = Qt::ElideMiddle;
    const auto status = index.data(TokenTableModel::StatusRole).value<TokenStatus>();
    if (status == TokenStatus::Revoked) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (status == TokenStatus::Expired) {
        option->font.setStrikeOut(index.column() == TokenTableModel::NameColumn ||
                                  index.column() == TokenTableModel::ExpiresColumn);
    }
    if (index.column() == TokenTableModel::NameColumn) {
        if (index.data(TokenTableModel::IsSelfRole).toBool()) {
            static const QIcon key(QStringLiteral(":/icons/key.svg"));
            option->icon = key;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->text = tr("%1 (this connection)").arg(option->text);
        }
        if (index.data(TokenTableModel::IsSystemRole).toBool())
            option->text = QStringLiteral("⚙ ") + option->text;
    }
    if (!index.data(TokenTableModel::DetailsLoadedRole).toBool() && index.column() >= TokenTableModel::OwnerColumn)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace TokenDesk
