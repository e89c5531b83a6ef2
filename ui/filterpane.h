// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The server-side filters of the list endpoint: owner, scopes (token must have all), last used
// from/to with presets, limit. Apply turns them into a ListQuery. "Never used" cannot be asked of the
// API: it is reported as a client-side filter, applied once details are loaded.
#pragma once

#include "api/tokentypes.h"
#include "settings/filtersettings.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStringListModel;

namespace TokenDesk {

class FilterPane final : public QWidget
{
    Q_OBJECT
public:
    using LastUsedPreset = TokenDesk::LastUsedPreset;
    // The whole filter state, for applying and for saving per profile (FilterSettings).
    using State = ListFilters;

    explicit FilterPane(QWidget *parent = nullptr);

    State state() const;
    void setState(const State &state);
    // The query for the current state; presets are relative to nowMs.
    ListQuery query(qint64 nowMs) const;
    bool neverUsedOnly() const;

    void setKnownOwners(const QStringList &owners);
    // Adds scopes seen in loaded tokens that the catalog does not know (shown under the known ones).
    void addSeenScopes(const QStringList &scopes);
    QStringList listedScopes() const;

    static QString presetLabel(LastUsedPreset preset);

Q_SIGNALS:
    // Apply was pressed (or Return in a field).
    void applyRequested();

private:
    void updateDateEdits();
    void addScopeItem(const QString &scope, bool known);

    QLineEdit *m_owner;
    QStringListModel *m_ownerCompletions;
    QListWidget *m_scopes;
    QComboBox *m_lastUsed;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_lastUsedNote;
    QSpinBox *m_limit;
    QPushButton *m_apply;
    QPushButton *m_clearScopes;
};

} // namespace TokenDesk
