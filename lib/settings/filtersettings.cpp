// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filtersettings.h"

#include "core/timeunits.h"

#include <QSettings>

#include <array>
#include <utility>

namespace TokenDesk {

namespace {
const QString OwnerKey = QStringLiteral("owner");
const QString ScopesKey = QStringLiteral("scopes");
const QString LastUsedKey = QStringLiteral("lastUsed");
const QString FromKey = QStringLiteral("from");
const QString ToKey = QStringLiteral("to");
const QString LimitKey = QStringLiteral("limit");
const QString StatusKey = QStringLiteral("status");

using Status = FilterSettings::Status;

// Each value with its word. The array order is also the order in which older versions saved the
// values as positions (the status box's entries, the preset enum's order): a position read from
// old settings is an index into these arrays, and nothing else may rely on this order.
const std::array<std::pair<Status, QLatin1String>, 4> StatusWords{{
    {Status::All, QLatin1String("all")},
    {Status::Active, QLatin1String("active")},
    {Status::Revoked, QLatin1String("revoked")},
    {Status::Expired, QLatin1String("expired")},
}};
const std::array<std::pair<LastUsedPreset, QLatin1String>, 8> LastUsedWords{{
    {LastUsedPreset::Any, QLatin1String("any")},
    {LastUsedPreset::UsedLast7Days, QLatin1String("usedLast7Days")},
    {LastUsedPreset::UsedLast30Days, QLatin1String("usedLast30Days")},
    {LastUsedPreset::UnusedFor30Days, QLatin1String("unusedFor30Days")},
    {LastUsedPreset::UnusedFor90Days, QLatin1String("unusedFor90Days")},
    {LastUsedPreset::UnusedFor180Days, QLatin1String("unusedFor180Days")},
    {LastUsedPreset::NeverUsed, QLatin1String("neverUsed")},
    {LastUsedPreset::Custom, QLatin1String("custom")},
}};

template<class Value, std::size_t N>
QString wordOf(const std::array<std::pair<Value, QLatin1String>, N> &words, Value value)
{
    for (const auto &[v, word] : words) {
        if (v == value)
            return word;
    }
    return words.front().second;
}

template<class Value, std::size_t N>
std::optional<Value> valueOf(const std::array<std::pair<Value, QLatin1String>, N> &words, const QString &word)
{
    for (const auto &[v, w] : words) {
        if (word == w)
            return v;
    }
    return std::nullopt;
}

// Reads the value under `key`: a word, or a position written by an older version, which is then
// rewritten as its word. Anything else (a word of a newer version, a position out of range) is
// ignored and the default kept.
template<class Value, std::size_t N>
std::optional<Value> readValue(QSettings &settings, const QString &key,
                               const std::array<std::pair<Value, QLatin1String>, N> &words)
{
    const QVariant stored = settings.value(key);
    if (!stored.isValid())
        return std::nullopt;
    const QString text = stored.toString();
    if (const std::optional<Value> value = valueOf(words, text))
        return value;
    bool isPosition = false;
    const int position = text.toInt(&isPosition);
    if (!isPosition || position < 0 || position >= int(N))
        return std::nullopt;
    const Value value = words[std::size_t(position)].first;
    settings.setValue(key, wordOf(words, value));
    return value;
}
} // namespace

QString FilterSettings::key(Status status)
{
    return wordOf(StatusWords, status);
}

std::optional<FilterSettings::Status> FilterSettings::statusFromKey(const QString &key)
{
    return valueOf(StatusWords, key);
}

QString FilterSettings::key(LastUsedPreset preset)
{
    return wordOf(LastUsedWords, preset);
}

std::optional<LastUsedPreset> FilterSettings::lastUsedFromKey(const QString &key)
{
    return valueOf(LastUsedWords, key);
}

namespace {
QString groupOf(const QString &profileName)
{
    // Profile names are free text: keep them out of the key syntax.
    return QStringLiteral("filters/") + QString::fromLatin1(profileName.toUtf8().toHex());
}
} // namespace

FilterSettings FilterSettings::load(QSettings &settings, const QString &profileName)
{
    settings.beginGroup(groupOf(profileName));
    const FilterSettings result = read(settings);
    settings.endGroup();
    return result;
}

void FilterSettings::save(QSettings &settings, const QString &profileName) const
{
    settings.beginGroup(groupOf(profileName));
    write(settings);
    settings.endGroup();
}

FilterSettings FilterSettings::read(QSettings &settings)
{
    FilterSettings result;
    result.list.owner = settings.value(OwnerKey).toString();
    result.list.scopes = settings.value(ScopesKey).toStringList();
    if (const std::optional<LastUsedPreset> preset = readValue(settings, LastUsedKey, LastUsedWords))
        result.list.lastUsed = *preset;
    result.list.customFrom = settings.value(FromKey).toDateTime();
    result.list.customTo = settings.value(ToKey).toDateTime();
    bool isNumber = false;
    const int limit = settings.value(LimitKey).toInt(&isNumber);
    if (isNumber)
        result.list.limit = qBound(1, limit, ListQuery::MaxLimit);
    if (const std::optional<Status> status = readValue(settings, StatusKey, StatusWords))
        result.status = *status;
    return result;
}

void FilterSettings::write(QSettings &settings) const
{
    settings.setValue(OwnerKey, list.owner);
    settings.setValue(ScopesKey, list.scopes);
    settings.setValue(LastUsedKey, key(list.lastUsed));
    settings.setValue(FromKey, list.customFrom);
    settings.setValue(ToKey, list.customTo);
    settings.setValue(LimitKey, list.limit);
    settings.setValue(StatusKey, key(status));
}

ListQuery ListFilters::query(qint64 nowMs) const
{
    ListQuery q;
    q.limit = limit;
    if (!owner.isEmpty())
        q.user = owner;
    q.permissions = scopes;
    switch (lastUsed) {
    case LastUsedPreset::Any:
    case LastUsedPreset::NeverUsed:
        break;
    case LastUsedPreset::UsedLast7Days:
        q.fromMs = nowMs - 7 * TimeUnits::MsPerDay;
        break;
    case LastUsedPreset::UsedLast30Days:
        q.fromMs = nowMs - 30 * TimeUnits::MsPerDay;
        break;
    case LastUsedPreset::UnusedFor30Days:
        q.toMs = nowMs - 30 * TimeUnits::MsPerDay;
        break;
    case LastUsedPreset::UnusedFor90Days:
        q.toMs = nowMs - 90 * TimeUnits::MsPerDay;
        break;
    case LastUsedPreset::UnusedFor180Days:
        q.toMs = nowMs - 180 * TimeUnits::MsPerDay;
        break;
    case LastUsedPreset::Custom:
        if (customFrom.isValid())
            q.fromMs = customFrom.toMSecsSinceEpoch();
        if (customTo.isValid())
            q.toMs = customTo.toMSecsSinceEpoch();
        break;
    }
    return q;
}

} // namespace TokenDesk
