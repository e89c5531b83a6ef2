// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditviewpane.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
// The view of an item: -1 for "All tokens", else the index in AuditViews::all(); SavedRole or
// SavedHeadingRole for the saved views and their heading.
constexpr int ViewRole = Qt::UserRole + 1;
constexpr int SavedRole = -2;
constexpr int SavedHeadingRole = -3;
constexpr int SavedNameRole = Qt::UserRole + 2;
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
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 3 + 2 * m_list->frameWidth());
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    updateHeight();
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AuditViewPane::showContextMenu);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString name = savedNameOf(item);
        if (!name.isEmpty())
            Q_EMIT savedViewChosen(name);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_updating || !current)
            return;
        const int role = current->data(0, ViewRole).toInt();
        if (role == SavedHeadingRole)
            return;
        if (role == SavedRole)
            Q_EMIT savedViewChosen(savedNameOf(current));
        else
            Q_EMIT viewChosen(currentView());
    });
}

void AuditViewPane::updateHeight()
{
    // Tall enough for every view without scrolling when there is room; on a short screen it scrolls
    // rather than making the window taller than the screen.
    m_fullHeight = m_list->sizeHintForRow(0) * m_list->topLevelItemCount() + 2 * m_list->frameWidth();
    m_list->setMaximumHeight(m_fullHeight);
    updateGeometry();
}

QString AuditViewPane::savedNameOf(const QTreeWidgetItem *item) const
{
    if (!item || item->data(0, ViewRole).toInt() != SavedRole)
        return QString();
    return item->data(0, SavedNameRole).toString();
}

void AuditViewPane::setSavedViews(const QStringList &names)
{
    const QString current = currentSavedView();
    m_updating = true;
    for (int row = m_list->topLevelItemCount() - 1; row >= 0; --row) {
        const int role = m_list->topLevelItem(row)->data(0, ViewRole).toInt();
        if (role == SavedRole || role == SavedHeadingRole)
            delete m_list->takeTopLevelItem(row);
    }
    if (!names.isEmpty()) {
        auto *heading = new QTreeWidgetItem(m_list, {tr("Saved views"), QString()});
        heading->setData(0, ViewRole, SavedHeadingRole);
        heading->setFlags(Qt::ItemIsEnabled); // a heading: not selectable
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const QString &name : names) {
            auto *item = new QTreeWidgetItem(m_list, {name, QString()});
            item->setData(0, ViewRole, SavedRole);
            item->setData(0, SavedNameRole, name);
            item->setToolTip(0, tr("A view you saved: its filters, quick filter, status and audit view. F2 renames "
                                   "it, Delete deletes it."));
        }
    }
    m_updating = false;
    if (!current.isEmpty() && names.contains(current))
        setCurrentSavedView(current);
    else if (!m_list->currentItem())
        setCurrentView(std::nullopt);
    updateHeight();
}

QStringList AuditViewPane::savedViews() const
{
    QStringList names;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QString name = savedNameOf(m_list->topLevelItem(row));
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

void AuditViewPane::setCurrentSavedView(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (!name.isEmpty() && savedNameOf(item) == name) {
            m_updating = true;
            m_list->setCurrentItem(item);
            m_updating = false;
            return;
        }
    }
}

QString AuditViewPane::currentSavedView() const
{
    return savedNameOf(m_list->currentItem());
}

void AuditViewPane::showContextMenu(const QPoint &pos)
{
    const QString name = savedNameOf(m_list->itemAt(pos));
    if (name.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("savedViewMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("&Apply")), &QAction::triggered, this, [this, name] { Q_EMIT savedViewChosen(name); });
    QAction *rename = menu->addAction(tr("&Rename…"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, [this, name] { Q_EMIT renameSavedViewRequested(name); });
    QAction *remove = menu->addAction(tr("&Delete…"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this, name] { Q_EMIT deleteSavedViewRequested(name); });
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

bool AuditViewPane::eventFilter(QObject *watched, QEvent *event)
{
    // On a saved view, F2 and Delete are the list's (rename, delete: the item views' keys), not the
    // window's shortcuts for the selected tokens.
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString name = currentSavedView();
        const bool rename = key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier;
        const bool remove = key->matches(QKeySequence::Delete);
        if (!name.isEmpty() && (rename || remove)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (rename)
                    Q_EMIT renameSavedViewRequested(name);
                else
                    Q_EMIT deleteSavedViewRequested(name);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
