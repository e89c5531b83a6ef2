// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filterpane.h"

#include "catalog/scopecatalog.h"
#include "core/timeunits.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
constexpr int kScopeRole = Qt::UserRole + 1;
} // namespace

FilterPane::FilterPane(QWidget *parent)
    : QWidget(parent)
    , m_owner(new QLineEdit(this))
    , m_ownerCompletions(new QStringListModel(this))
    , m_scopes(new QListWidget(this))
    , m_lastUsed(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_lastUsedNote(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_clearScopes(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("filterPane"));

    m_owner->setObjectName(QStringLiteral("ownerLineEdit"));
    m_owner->setPlaceholderText(tr("Any owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setAccessibleDescription(tr("Only tokens owned by this user (exact match, asked of the server)"));
    auto *completer = new QCompleter(m_ownerCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(completer);

    m_scopes->setObjectName(QStringLiteral("scopesListWidget"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setAccessibleDescription(tr("A token must have all checked scopes"));
    m_scopes->setUniformItemSizes(true);
    for (const auto &s : ScopeCatalog::all())
        addScopeItem(s.name, true);

    m_lastUsed->setObjectName(QStringLiteral("lastUsedComboBox"));
    // Its longest choice (longer still in German) must not set the dock's width; the popup shows it whole.
    m_lastUsed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lastUsed->setMinimumContentsLength(12);
    m_lastUsed->setAccessibleName(tr("Last used"));
    m_lastUsed->setAccessibleDescription(tr("Only tokens last used (or not used) in this period"));
    for (auto p : {LastUsedPreset::Any, LastUsedPreset::UsedLast7Days, LastUsedPreset::UsedLast30Days,
                   LastUsedPreset::UnusedFor30Days, LastUsedPreset::UnusedFor90Days, LastUsedPreset::UnusedFor180Days,
                   LastUsedPreset::NeverUsed, LastUsedPreset::Custom}) {
        m_lastUsed->addItem(presetLabel(p), QVariant::fromValue(int(p)));
    }
    for (auto *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setDateTime(QDateTime::currentDateTime());
    }
    m_from->setObjectName(QStringLiteral("fromDateTimeEdit"));
    m_from->setAccessibleName(tr("Last used from"));
    m_from->setAccessibleDescription(tr("Start of the custom last-used period"));
    m_to->setObjectName(QStringLiteral("toDateTimeEdit"));
    m_to->setAccessibleName(tr("Last used to"));
    m_to->setAccessibleDescription(tr("End of the custom last-used period"));
    m_lastUsedNote->setWordWrap(true);
    m_lastUsedNote->setObjectName(QStringLiteral("lastUsedNoteLabel"));
    QFont small = m_lastUsedNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_lastUsedNote->setFont(small);

    m_limit->setObjectName(QStringLiteral("limitSpinBox"));
    m_limit->setRange(1, ListQuery::MaxLimit);
    m_limit->setValue(ListQuery::DefaultLimit);
    m_limit->setGroupSeparatorShown(true);
    m_limit->setAccessibleName(tr("Limit"));
    m_limit->setAccessibleDescription(tr("The most tokens the server returns (1 to %L1)").arg(ListQuery::MaxLimit));

    m_apply->setObjectName(QStringLiteral("applyPushButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Ask the cluster for the tokens matching these filters"));
    m_clearScopes->setObjectName(QStringLiteral("clearScopesPushButton"));
    m_clearScopes->setAccessibleName(tr("Clear checked scopes"));
    m_clearScopes->setAccessibleDescription(tr("Uncheck every scope, so that the scopes do not filter"));

    auto *scopesHeader = new QHBoxLayout;
    auto *scopesLabel = new QLabel(tr("Scopes (token must have all)"), this);
    scopesLabel->setBuddy(m_scopes);
    scopesLabel->setWordWrap(true); // a longer translation must not widen the dock
    scopesHeader->addWidget(scopesLabel, 1);
    scopesHeader->addWidget(m_clearScopes);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Owner"), m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(scopesHeader);
    layout->addWidget(m_scopes, 1);
    auto *dates = new QFormLayout;
    dates->setRowWrapPolicy(QFormLayout::WrapLongRows);
    dates->addRow(tr("&Last used"), m_lastUsed);
    dates->addRow(tr("From"), m_from);
    dates->addRow(tr("To"), m_to);
    layout->addLayout(dates);
    layout->addWidget(m_lastUsedNote);
    auto *limitForm = new QFormLayout;
    limitForm->addRow(tr("Li&mit"), m_limit);
    layout->addLayout(limitForm);
    layout->addWidget(m_apply);

    connect(m_lastUsed, &QComboBox::currentIndexChanged, this, &FilterPane::updateDateEdits);
    connect(m_apply, &QPushButton::clicked, this, &FilterPane::applyRequested);
    connect(m_owner, &QLineEdit::returnPressed, this, &FilterPane::applyRequested);
    connect(m_clearScopes, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_scopes->count(); ++i)
            m_scopes->item(i)->setCheckState(Qt::Unchecked);
    });
    updateDateEdits();
}

QString FilterPane::presetLabel(LastUsedPreset preset)
{
    switch (preset) {
    case LastUsedPreset::Any:
        return tr("Any time");
    case LastUsedPreset::UsedLast7Days:
        return tr("Used in the last 7 days");
    case LastUsedPreset::UsedLast30Days:
        return tr("Used in the last 30 days");
    case LastUsedPreset::UnusedFor30Days:
        return tr("Unused for 30 days");
    case LastUsedPreset::UnusedFor90Days:
        return tr("Unused for 90 days");
    case LastUsedPreset::UnusedFor180Days:
        return tr("Unused for 180 days");
    case LastUsedPreset::NeverUsed:
        return tr("Never used");
    case LastUsedPreset::Custom:
        return tr("Custom range…");
    }
    return QString();
}

void FilterPane::addScopeItem(const QString &scope, bool known)
{
    auto *item = new QListWidgetItem(known ? scope : tr("%1 (unknown)").arg(scope), m_scopes);
    item->setData(kScopeRole, scope);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(ScopeCatalog::describe(scope));
}

void FilterPane::addSeenScopes(const QStringList &scopes)
{
    QStringList present = listedScopes();
    for (const auto &s : scopes) {
        if (!present.contains(s) && !ScopeCatalog::isKnown(s)) {
            addScopeItem(s, false);
            present << s;
        }
    }
}

QStringList FilterPane::listedScopes() const
{
    QStringList result;
    for (int i = 0; i < m_scopes->count(); ++i)
        result << m_scopes->item(i)->data(kScopeRole).toString();
    return result;
}

void FilterPane::setKnownOwners(const QStringList &owners)
{
    m_ownerCompletions->setStringList(owners);
}

void FilterPane::updateDateEdits()
{
    const auto preset = LastUsedPreset(m_lastUsed->currentData().toInt());
    const bool custom = preset == LastUsedPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    QString note;
    switch (preset) {
    case LastUsedPreset::UnusedFor30Days:
    case LastUsedPreset::UnusedFor90Days:
    case LastUsedPreset::UnusedFor180Days:
        note = tr("The server leaves out tokens that were never used whenever a date is set; "
                  "choose \"Never used\" to see those.");
        break;
    case LastUsedPreset::NeverUsed:
        note = tr("The API cannot ask for never-used tokens: all tokens are listed and filtered here "
                  "once their details are loaded.");
        break;
    case LastUsedPreset::Custom:
        note = tr("Tokens that were never used are left out by the server when a date is set.");
        break;
    default:
        break;
    }
    m_lastUsedNote->setText(note);
    m_lastUsedNote->setVisible(!note.isEmpty());
}

FilterPane::State FilterPane::state() const
{
    State s;
    s.owner = m_owner->text().trimmed();
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            s.scopes << m_scopes->item(i)->data(kScopeRole).toString();
    }
    s.lastUsed = LastUsedPreset(m_lastUsed->currentData().toInt());
    if (s.lastUsed == LastUsedPreset::Custom) {
        s.customFrom = m_from->dateTime();
        s.customTo = m_to->dateTime();
    }
    s.limit = m_limit->value();
    return s;
}

void FilterPane::setState(const State &state)
{
    m_owner->setText(state.owner);
    addSeenScopes(state.scopes);
    for (int i = 0; i < m_scopes->count(); ++i) {
        auto *item = m_scopes->item(i);
        item->setCheckState(state.scopes.contains(item->data(kScopeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    const int index = m_lastUsed->findData(QVariant::fromValue(int(state.lastUsed)));
    m_lastUsed->setCurrentIndex(index < 0 ? 0 : index);
    if (state.customFrom.isValid())
        m_from->setDateTime(state.customFrom);
    if (state.customTo.isValid())
        m_to->setDateTime(state.customTo);
    m_limit->setValue(state.limit);
    updateDateEdits();
}

ListQuery FilterPane::query(qint64 nowMs) const
{
    return state().query(nowMs);
}

bool FilterPane::neverUsedOnly() const
{
    return LastUsedPreset(m_lastUsed->currentData().toInt()) == LastUsedPreset::NeverUsed;
}

} // namespace TokenDesk
