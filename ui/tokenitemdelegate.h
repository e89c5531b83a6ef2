// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Styles token rows from the model's roles (the core model has no QtGui types): revoked rows
// greyed, expired ones struck through, "yours" with a key and system tokens with a gear. Never
// colour alone: the Status column says it in words too.
#pragma once

#include <QStyledItemDelegate>

namespace TokenDesk {

class TokenItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Tooltips show the model's text as it is, never as rich text (a token may be named
    // "<b>admin</b>"): the text the tooltip is given for `index`.
    static QString toolTipFor(const QModelIndex &index);
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Public for tests.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace TokenDesk
