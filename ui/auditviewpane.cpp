// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditviewpane.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
// The view of an item: -1 for "All tokens", else the index in AuditViews::all().
constexpr int ViewRole = Qt::UserRole + 1;
} // namespace

AuditViewPane::AuditViewPane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("auditViewList"));
    m_list->setAccessibleName(tr("Audit views"));
    m_list->setAccessibleDescription(tr("Choose one to show only the tokens it selects; the number is how many "
                                        "tokens it selects among those with details loaded"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *all = new QTreeWidgetItem(m_list, {tr("All tokens"), QString()});
    all->setData(0, ViewRole, -1);
    all->setToolTip(0, tr("No audit view: the table shows every listed token that the other filters let through."));
    const QList<AuditView> views = AuditViews::all();
    for (int i = 0; i < views.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_list, {AuditViews::title(views[i]), QString()});
        item->setData(0, ViewRole, i);
        item->setToolTip(0, AuditViews::description(views[i]));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->setCurrentItem(all);
    // Tall enough for every view without scrolling when there is room; on a short screen it scrolls
    // rather than making the window taller than the screen.
    m_fullHeight = m_list->sizeHintForRow(0) * (int(views.size()) + 1) + 2 * m_list->frameWidth();
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 3 + 2 * m_list->frameWidth());
    m_list->setMaximumHeight(m_fullHeight);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_updating || !current)
            return;
        Q_EMIT viewChosen(currentView());
    });
}

QTreeWidgetItem *AuditViewPane::itemFor(std::optional<AuditView> view) const
{
    const int index = view ? int(AuditViews::all().indexOf(*view)) : -1;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, ViewRole).toInt() == index)
            return item;
    }
    return nullptr;
}

void AuditViewPane::setCounts(const QList<AuditViews::Count> &counts)
{
    const QList<AuditView> views = AuditViews::all();
    const QLocale locale;
    for (int i = 0; i < views.size(); ++i) {
        QTreeWidgetItem *item = itemFor(views[i]);
        if (i >= counts.size()) {
            item->setText(1, QString());
            item->setToolTip(1, QString());
            continue;
        }
        const AuditViews::Count &count = counts[i];
        item->setText(1, locale.toString(count.matching) + (count.needsDetails > 0 ? QStringLiteral("+") : QString()));
        item->setToolTip(1, count.needsDetails > 0
                                ? tr("%1 so far: %Ln token(s) have no details loaded yet and may belong here too.",
                                     nullptr, count.needsDetails)
                                      .arg(locale.toString(count.matching))
                                : QString());
    }
}

void AuditViewPane::setCurrentView(std::optional<AuditView> view)
{
    m_updating = true;
    m_list->setCurrentItem(itemFor(view));
    m_updating = false;
}

std::optional<AuditView> AuditViewPane::currentView() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(0, ViewRole).toInt() : -1;
    if (index < 0)
        return std::nullopt;
    return AuditViews::all().value(index);
}

QString AuditViewPane::countText(AuditView view) const
{
    const QTreeWidgetItem *item = itemFor(view);
    return item ? item->text(1) : QString();
}

} // namespace TokenDesk
