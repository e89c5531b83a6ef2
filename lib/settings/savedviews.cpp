// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "savedviews.h"

#include "api/tokenformat.h"

#include <QSettings>

#include <algorithm>

namespace TokenDesk {

namespace {
const QString kViews = QStringLiteral("views");
const QString kName = QStringLiteral("name");
const QString kQuickFilter = QStringLiteral("quickFilter");
const QString kAuditView = QStringLiteral("auditView");

QString groupOf(const QString &profile)
{
    // Profile names are free text: keep them out of the key syntax.
    return QStringLiteral("savedViews/") + QString::fromLatin1(profile.toUtf8().toHex());
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

SavedViews::SavedViews(QSettings *settings, const QString &profile)
    : m_settings(settings)
    , m_profile(profile)
{}

QList<SavedView> SavedViews::all() const
{
    QList<SavedView> result;
    m_settings->beginGroup(groupOf(m_profile));
    const int count = m_settings->beginReadArray(kViews);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedView view;
        view.name = normalized(m_settings->value(kName).toString());
        view.filters = FilterSettings::read(*m_settings);
        view.quickFilter = m_settings->value(kQuickFilter).toString();
        // A key this version does not know (a newer version's view) leaves the audit view out.
        view.auditView = AuditViews::fromKey(m_settings->value(kAuditView).toString());
        // A view edited by hand into a bad or repeated name is skipped rather than shown twice.
        if (nameProblem(view.name).isEmpty() && indexOf(result, view.name) < 0)
            result.append(view);
    }
    m_settings->endArray();
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const SavedView &a, const SavedView &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return result;
}

QStringList SavedViews::names() const
{
    QStringList result;
    for (const SavedView &view : all())
        result.append(view.name);
    return result;
}

std::optional<SavedView> SavedViews::view(const QString &name) const
{
    const QList<SavedView> views = all();
    const qsizetype index = indexOf(views, normalized(name));
    if (index < 0)
        return std::nullopt;
    return views.at(index);
}

QString SavedViews::normalized(const QString &name)
{
    return name.trimmed();
}

QString SavedViews::nameProblem(const QString &name)
{
    const QString trimmed = normalized(name);
    if (trimmed.isEmpty())
        return tr("A view needs a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("A view's name may be %1 characters long at most.").arg(MaxNameLength);
    // A line break or a tab would break the menu entry and the command line's output.
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A view's name cannot contain line breaks, tabs or other control characters.");
    if (TokenFormat::containsSecret(trimmed))
        return tr("A view's name cannot contain a token secret.");
    return QString();
}

QString SavedViews::save(SavedView view)
{
    view.name = normalized(view.name);
    if (const QString problem = nameProblem(view.name); !problem.isEmpty())
        return problem;
    // Views are kept in the settings file in clear: a pasted secret must not end up there.
    if (TokenFormat::containsSecret(view.quickFilter) || TokenFormat::containsSecret(view.filters.list.owner))
        return tr("The quick filter or the owner filter holds a token secret; a view that keeps it is not saved. "
                  "Clear the field first.");
    QList<SavedView> views = all();
    const qsizetype index = indexOf(views, view.name);
    if (index >= 0)
        views[index] = view;
    else
        views.append(view);
    write(views);
    return QString();
}

QString SavedViews::rename(const QString &from, const QString &to)
{
    QList<SavedView> views = all();
    const qsizetype index = indexOf(views, normalized(from));
    if (index < 0)
        return tr("There is no view named “%1”.").arg(normalized(from));
    const QString name = normalized(to);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    const qsizetype other = indexOf(views, name);
    if (other >= 0 && other != index)
        return tr("There is a view named “%1” already.").arg(views.at(other).name);
    views[index].name = name; // a change of letter case only is a rename too
    write(views);
    return QString();
}

bool SavedViews::remove(const QString &name)
{
    QList<SavedView> views = all();
    const qsizetype index = indexOf(views, normalized(name));
    if (index < 0)
        return false;
    views.removeAt(index);
    write(views);
    return true;
}

qsizetype SavedViews::indexOf(const QList<SavedView> &views, const QString &name) const
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (sameName(views.at(i).name, name))
            return i;
    }
    return -1;
}

void SavedViews::write(const QList<SavedView> &views) const
{
    m_settings->remove(groupOf(m_profile));
    m_settings->beginGroup(groupOf(m_profile));
    m_settings->beginWriteArray(kViews, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kName, view.name);
        view.filters.write(*m_settings);
        m_settings->setValue(kQuickFilter, view.quickFilter);
        m_settings->setValue(kAuditView, view.auditView ? AuditViews::key(*view.auditView) : QString());
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace TokenDesk
