// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Views the user saved by name: the server filters, the status, the quick filter and the audit view
// of the moment, applied again with one click (or by name on the command line). Kept per
// connection profile in the QSettings group "savedViews/<profile name as hex>", each view's filters
// written as FilterSettings writes them (words, never positions). Names are trimmed, not empty,
// free of control characters and unique per profile (letter case aside). Never a secret: a view whose
// quick filter or owner holds something that looks like a token secret is refused.
#pragma once

#include "audit/auditview.h"
#include "settings/filtersettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace TokenDesk {

struct SavedView
{
    QString name;
    FilterSettings filters; // the filter pane's server filters and the status box
    QString quickFilter;
    std::optional<AuditView> auditView;

    friend bool operator==(const SavedView &a, const SavedView &b)
    {
        return a.name == b.name && a.filters == b.filters && a.quickFilter == b.quickFilter &&
               a.auditView == b.auditView;
    }
};

class SavedViews final
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::SavedViews)
public:
    // Longer names are refused: a name is for a menu entry and a command line.
    static constexpr int MaxNameLength = 80;

    // The views of `profile` in `settings` (which the caller owns).
    SavedViews(QSettings *settings, const QString &profile);

    // Every view of the profile, by name (letter case aside).
    QList<SavedView> all() const;
    QStringList names() const;
    // The view called `name` (trimmed, letter case aside); nullopt when there is none.
    std::optional<SavedView> view(const QString &name) const;
    bool contains(const QString &name) const { return view(name).has_value(); }

    // `name` as it is kept (trimmed), and what is wrong with it: empty when it is a usable name.
    static QString normalized(const QString &name);
    static QString nameProblem(const QString &name);

    // Saves `view` under its (trimmed) name, replacing a view of that name; callers ask before
    // replacing. Returns what is wrong instead (a bad name, a secret), and then saves nothing.
    QString save(SavedView view);
    // Renames a view; returns what is wrong instead (no such view, a bad name, the name is taken).
    QString rename(const QString &from, const QString &to);
    // Forgets a view; false when there is none of that name.
    bool remove(const QString &name);

private:
    void write(const QList<SavedView> &views) const;
    qsizetype indexOf(const QList<SavedView> &views, const QString &name) const;

    QSettings *m_settings;
    QString m_profile;
};

} // namespace TokenDesk
