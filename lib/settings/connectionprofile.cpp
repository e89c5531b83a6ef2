// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectionprofile.h"

#include "api/tokensservice.h"
#include "api/transportsecurity.h"

#include <QSettings>

#include <algorithm>

namespace TokenDesk {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kCaFile = QStringLiteral("caFile");
const QString kPinned = QStringLiteral("pinnedSha256");
const QString kTimeout = QStringLiteral("timeoutMs");
const QString kAllowInsecureHttp = QStringLiteral("allowInsecureHttp");
const QString kTokenDestination = QStringLiteral("tokenDestination");
const QString kLastUsed = QStringLiteral("connection/lastProfile");
} // namespace

QString ConnectionProfile::storedTokenDestination() const
{
    return tokenDestination.isEmpty() ? Transport::destinationOf(url) : tokenDestination;
}

bool ConnectionProfile::storedTokenMatchesAddress() const
{
    const QString current = Transport::destinationOf(url);
    return !current.isEmpty() && current == storedTokenDestination();
}

ConnectionSettings ConnectionProfile::connectionSettings(const QString &secret, QString *error) const
{
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(url, error);
    settings.apiToken = secret;
    settings.caFile = caFile;
    settings.pinnedSha256 = pinnedSha256;
    if (timeoutMs > 0)
        settings.timeoutMs = timeoutMs;
    settings.allowInsecureHttp = allowInsecureHttp;
    return settings;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(kName).toString();
        p.url = m_settings->value(kUrl).toString();
        p.caFile = m_settings->value(kCaFile).toString();
        p.pinnedSha256 = m_settings->value(kPinned).toString().toLatin1();
        p.timeoutMs = m_settings->value(kTimeout, ConnectionSettings::DefaultTimeoutMs).toInt();
        p.allowInsecureHttp = m_settings->value(kAllowInsecureHttp, false).toBool();
        p.tokenDestination = m_settings->value(kTokenDestination).toString();
        if (p.isValid())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const auto all = profiles();
    for (const auto &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    auto all = profiles();
    bool replaced = false;
    for (auto &p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(all);
}

void ProfileStore::remove(const QString &name)
{
    auto all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ConnectionProfile &p) { return p.name == name; }),
              all.end());
    writeAll(all);
    if (lastUsed() == name)
        m_settings->remove(kLastUsed);
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &all)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kName, all[i].name);
        m_settings->setValue(kUrl, all[i].url);
        m_settings->setValue(kCaFile, all[i].caFile);
        m_settings->setValue(kPinned, QString::fromLatin1(all[i].pinnedSha256));
        m_settings->setValue(kTimeout, all[i].timeoutMs);
        m_settings->setValue(kAllowInsecureHttp, all[i].allowInsecureHttp);
        if (!all[i].tokenDestination.isEmpty())
            m_settings->setValue(kTokenDestination, all[i].tokenDestination);
    }
    m_settings->endArray();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsed, name);
}

} // namespace TokenDesk
