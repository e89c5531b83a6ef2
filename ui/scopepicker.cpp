// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scopepicker.h"

#include "catalog/scopecatalog.h"
#include "dialogstyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
constexpr int kScopeRole = Qt::UserRole + 1;
} // namespace

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_addCustom(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("scopeSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search scopes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search scopes"));
    m_list->setObjectName(QStringLiteral("scopesListWidget"));
    m_list->setAccessibleName(tr("Scopes"));
    m_list->setAccessibleDescription(tr("Check the scopes the token grants; each says what it allows"));
    // The tick is the only state: a selection highlight would still mark a scope just unticked.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    // A description longer than the list is wide (German ones often are) wraps instead of being cut.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(180);
    m_count->setObjectName(QStringLiteral("scopesCountLabel"));
    m_addCustom->setObjectName(QStringLiteral("addCustomScopeButton"));
    m_addCustom->setVisible(false);
    m_error->setObjectName(QStringLiteral("scopesErrorLabel"));
    DialogStyle::makeErrorLabel(m_error);

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_addCustom, 0, Qt::AlignLeft);
    layout->addWidget(m_error);

    for (const ScopeInfo &info : ScopeCatalog::all())
        addItem(info.name, info.name + QStringLiteral(" — ") + info.description, info.label);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &ScopePicker::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_addCustom->isVisible())
            addCustomScope();
    });
    connect(m_addCustom, &QPushButton::clicked, this, &ScopePicker::addCustomScope);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *) {
        updateCount();
        Q_EMIT checkedScopesChanged();
    });
    updateCount();
}

ScopePicker::~ScopePicker() = default;

bool ScopePicker::eventFilter(QObject *watched, QEvent *event)
{
    auto focusFirstVisible = [this] {
        const QListWidgetItem *current = m_list->currentItem();
        if (current && !current->isHidden())
            return;
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                return;
            }
        }
    };
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        focusFirstVisible();
        return true;
    }
    if (watched == m_list && event->type() == QEvent::FocusIn)
        focusFirstVisible();
    return QWidget::eventFilter(watched, event);
}

QListWidgetItem *ScopePicker::addItem(const QString &name, const QString &text, const QString &toolTip)
{
    const QSignalBlocker blocker(m_list);
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(kScopeRole, name);
    item->setToolTip(toolTip + QLatin1Char('\n') + text); // the whole description, whatever the width
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QListWidgetItem *ScopePicker::itemOf(const QString &scope) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(kScopeRole).toString() == scope)
            return item;
    }
    return nullptr;
}

void ScopePicker::setCheckedScopes(const QStringList &scopes)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
        for (const QString &scope : scopes) {
            QListWidgetItem *item = itemOf(scope);
            if (!item)
                item = addItem(scope, scope + QStringLiteral(" — ") + ScopeCatalog::describe(scope),
                               tr("Not in the documented list of cluster-token scopes"));
            item->setCheckState(Qt::Checked);
        }
    }
    updateCount();
    Q_EMIT checkedScopesChanged();
}

void ScopePicker::addScopes(const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (!itemOf(scope))
            addItem(scope, scope + QStringLiteral(" — ") + ScopeCatalog::describe(scope),
                    tr("Not in the documented list of cluster-token scopes"));
    }
    applyFilter();
}

QStringList ScopePicker::checkedScopes() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            result << item->data(kScopeRole).toString();
    }
    return result;
}

int ScopePicker::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

void ScopePicker::setScopeChecked(const QString &scope, bool checked)
{
    if (QListWidgetItem *item = itemOf(scope))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool ScopePicker::isScopeVisible(const QString &scope) const
{
    const QListWidgetItem *item = itemOf(scope);
    return item && !item->isHidden();
}

void ScopePicker::setErrorText(const QString &text)
{
    DialogStyle::setErrorText(m_error, text);
}

QString ScopePicker::errorText() const
{
    return DialogStyle::errorText(m_error);
}

bool ScopePicker::isPlausibleScopeName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,99}$"));
    return pattern.match(text).hasMatch();
}

void ScopePicker::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    bool exact = false;
    int visible = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = item->data(kScopeRole).toString();
        exact = exact || name == needle;
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->toolTip().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        visible += match ? 1 : 0;
    }
    // Offered only when nothing documented matches: a scope newer than this catalog.
    const bool offerCustom = !needle.isEmpty() && !exact && visible == 0 && isPlausibleScopeName(needle);
    m_addCustom->setVisible(offerCustom);
    if (offerCustom)
        m_addCustom->setText(tr("Add “%1” (not a documented scope)").arg(needle));
}

void ScopePicker::addCustomScope()
{
    const QString name = m_search->text().trimmed();
    if (!isPlausibleScopeName(name))
        return;
    QListWidgetItem *item = itemOf(name);
    if (!item)
        item = addItem(name, name + QStringLiteral(" — ") + ScopeCatalog::describe(name),
                       tr("Not in the documented list of cluster-token scopes"));
    m_search->clear();
    item->setCheckState(Qt::Checked); // emits itemChanged -> count + checkedScopesChanged
    m_list->scrollToItem(item);
}

void ScopePicker::updateCount()
{
    const int n = checkedCount();
    m_count->setText(tr("%n selected", nullptr, n));
}

} // namespace TokenDesk
