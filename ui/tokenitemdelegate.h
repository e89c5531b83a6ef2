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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace TokenDesk
