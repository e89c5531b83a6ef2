// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pendingdeletions.h"

#include <QSettings>

#include <algorithm>

namespace TokenDesk {

namespace {
// One array per profile; the profile name is a key of its own so that any name is safe in a group.
const QString kGroup = QStringLiteral("pendingDeletions");
const QString kProfile = QStringLiteral("profile");
const QString kEntries = QStringLiteral("entries");
const QString kId = QStringLiteral("id");
// Older versions kept the token's name too: it is only looked for, to drop it.
const QString kOldName = QStringLiteral("name");
const QString kDue = QStringLiteral("dueMs");
const QString kScheduled = QStringLiteral("scheduledMs");
const QString kRevokeOutstanding = QStringLiteral("revokeOutstanding");
const QString kGraceDays = QStringLiteral("graceDays");

// The entry at the settings' current array index.
PendingDeletion readEntry(const QSettings &settings)
{
    PendingDeletion entry;
    entry.id = settings.value(kId).toString();
    entry.dueMs = settings.value(kDue).toLongLong();
    entry.scheduledMs = settings.value(kScheduled).toLongLong();
    entry.revokeOutstanding = settings.value(kRevokeOutstanding, false).toBool();
    entry.graceDays = settings.value(kGraceDays, 0).toInt();
    return entry;
}

void writeEntry(QSettings &settings, const PendingDeletion &e)
{
    settings.setValue(kId, e.id);
    settings.setValue(kDue, e.dueMs);
    settings.setValue(kScheduled, e.scheduledMs);
    if (e.revokeOutstanding) {
        settings.setValue(kRevokeOutstanding, true);
        settings.setValue(kGraceDays, e.graceDays);
    }
}
} // namespace

PendingDeletions::PendingDeletions(QSettings *settings, const QString &profile)
    : m_settings(settings)
    , m_profile(profile)
{}

QList<PendingDeletion> PendingDeletions::all() const
{
    QList<PendingDeletion> result;
    bool hasOldNames = false;
    const int profiles = m_settings->beginReadArray(kGroup);
    for (int p = 0; p < profiles; ++p) {
        m_settings->setArrayIndex(p);
        if (m_settings->value(kProfile).toString() != m_profile)
            continue;
        const int count = m_settings->beginReadArray(kEntries);
        for (int i = 0; i < count; ++i) {
            m_settings->setArrayIndex(i);
            const PendingDeletion entry = readEntry(*m_settings);
            hasOldNames = hasOldNames || m_settings->contains(kOldName);
            if (!entry.id.isEmpty())
                result.append(entry);
        }
        m_settings->endArray();
    }
    m_settings->endArray();
    std::stable_sort(result.begin(), result.end(),
                     [](const PendingDeletion &a, const PendingDeletion &b) { return a.dueMs < b.dueMs; });
    if (hasOldNames)
        write(result);
    return result;
}

QList<PendingDeletion> PendingDeletions::due(qint64 nowMs) const
{
    QList<PendingDeletion> result;
    for (const PendingDeletion &entry : all()) {
        if (entry.isDue(nowMs))
            result.append(entry);
    }
    return result;
}

void PendingDeletions::schedule(const PendingDeletion &entry)
{
    QList<PendingDeletion> entries = all();
    entries.erase(
        std::remove_if(entries.begin(), entries.end(), [&entry](const PendingDeletion &e) { return e.id == entry.id; }),
        entries.end());
    entries.append(entry);
    write(entries);
}

void PendingDeletions::remove(const QString &id)
{
    removeAll({id});
}

void PendingDeletions::removeAll(const QStringList &ids)
{
    QList<PendingDeletion> entries = all();
    entries.erase(
        std::remove_if(entries.begin(), entries.end(), [&ids](const PendingDeletion &e) { return ids.contains(e.id); }),
        entries.end());
    write(entries);
}

void PendingDeletions::clear()
{
    write({});
}

void PendingDeletions::write(const QList<PendingDeletion> &entries) const
{
    // Rewrites the whole array: every profile's block, this one's replaced (or added, or dropped when empty).
    struct Block
    {
        QString profile;
        QList<PendingDeletion> entries;
    };
    QList<Block> blocks;
    const int profiles = m_settings->beginReadArray(kGroup);
    for (int p = 0; p < profiles; ++p) {
        m_settings->setArrayIndex(p);
        const QString profile = m_settings->value(kProfile).toString();
        if (profile == m_profile)
            continue;
        Block block{profile, {}};
        const int count = m_settings->beginReadArray(kEntries);
        for (int i = 0; i < count; ++i) {
            m_settings->setArrayIndex(i);
            block.entries.append(readEntry(*m_settings));
        }
        m_settings->endArray();
        blocks.append(block);
    }
    m_settings->endArray();
    if (!entries.isEmpty())
        blocks.append({m_profile, entries});

    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(blocks.size()));
    for (int p = 0; p < blocks.size(); ++p) {
        m_settings->setArrayIndex(p);
        m_settings->setValue(kProfile, blocks[p].profile);
        m_settings->beginWriteArray(kEntries, int(blocks[p].entries.size()));
        for (int i = 0; i < blocks[p].entries.size(); ++i) {
            m_settings->setArrayIndex(i);
            writeEntry(*m_settings, blocks[p].entries[i]);
        }
        m_settings->endArray();
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace TokenDesk
