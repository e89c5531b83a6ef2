// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenstore.h"

#include "fakecluster.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace TokenDesk::Fake {

namespace {

constexpr quint32 kEmpty = 0xFFFFFFFFU;
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr QLatin1String kPrefix("dt0c01.");
constexpr quint32 kFileMagic = 0x54444B46; // "TDKF"
constexpr qint32 kFileVersion = 1;

template<std::size_t N>
void appendBase32(QByteArray &out, const std::array<quint8, N> &bytes)
{
    static_assert(N % 5 == 0, "whole 40-bit groups only");
    for (std::size_t group = 0; group < N; group += 5) {
        quint64 bits = 0;
        for (std::size_t i = 0; i < 5; ++i)
            bits = (bits << 8) | bytes[group + i];
        for (int shift = 35; shift >= 0; shift -= 5)
            out.append(kBase32[(bits >> shift) & 0x1F]);
    }
}

int base32Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return 26 + (u - u'2');
    return -1;
}

template<std::size_t N>
bool decodeBase32(QStringView text, std::array<quint8, N> &bytes)
{
    if (static_cast<std::size_t>(text.size()) != N * 8 / 5)
        return false;
    qsizetype pos = 0;
    for (std::size_t group = 0; group < N; group += 5) {
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i) {
            const int v = base32Value(text[pos++]);
            if (v < 0)
                return false;
            bits = (bits << 5) | static_cast<quint64>(v);
        }
        for (std::size_t i = 0; i < 5; ++i)
            bytes[group + i] = static_cast<quint8>(bits >> (8 * (4 - i)));
    }
    return true;
}

quint64 hashPublic(const std::array<quint8, 15> &publicPart)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (quint8 b : publicPart)
        h = (h ^ b) * 0x100000001b3ULL;
    return h ^ (h >> 29);
}

template<std::size_t N>
void fillRandom(std::array<quint8, N> &bytes, SplitMix64 &rng)
{
    for (std::size_t i = 0; i < N; i += 8) {
        quint64 v = rng.next();
        for (std::size_t j = i; j < std::min(N, i + 8); ++j) {
            bytes[j] = static_cast<quint8>(v);
            v >>= 8;
        }
    }
}

template<std::size_t N>
bool constantTimeEqual(const std::array<quint8, N> &a, const std::array<quint8, N> &b)
{
    quint8 diff = 0;
    for (std::size_t i = 0; i < N; ++i)
        diff |= static_cast<quint8>(a[i] ^ b[i]);
    return diff == 0;
}

// --- Seeding vocabulary -------------------------------------------------------------------------

const char *const kOwners[] = {"admin",       "alice.meyer",  "bob.tanaka",  "carol.nguyen",
                               "dave.okafor", "erin.schmidt", "frank.rossi", "svc-automation"};
constexpr int kOwnerCount = 8;

ScopeMask mask(std::initializer_list<const char *> names)
{
    ScopeMask m = 0;
    for (const char *n : names)
        m |= Scopes::bit(QLatin1String(n));
    return m;
}

struct NameTemplate
{
    const char *pattern; // may contain one %d
    int maxNumber;       // 0: no number
    std::initializer_list<const char *> scopes;
};

// Realistic cluster-token names, with the scopes such a token would carry.
const NameTemplate kTemplates[] = {
    {"ci-pipeline-%d", 60, {"ClusterTokenManagement", "ServiceProviderAPI"}},
    {"backup-job", 0, {"ControlManagement", "Nodekeeper"}},
    {"backup-job-%d", 12, {"ControlManagement"}},
    {"grafana-export", 0, {"settings.read", "ServiceProviderAPI"}},
    {"terraform-prod", 0, {"ServiceProviderAPI", "settings.read", "settings.write"}},
    {"terraform-staging", 0, {"ServiceProviderAPI", "settings.write"}},
    {"ansible-deploy-%d", 20, {"UnattendedInstall", "ServiceProviderAPI"}},
    {"nodekeeper-node-%d", 30, {"Nodekeeper"}},
    {"settings-sync", 0, {"settings.read", "settings.write"}},
    {"env-bootstrap-%d", 25, {"EnvironmentTokenManagement"}},
    {"token-rotation-%d", 40, {"ClusterTokenManagement"}},
    {"activegate-eu-%d", 15, {"activeGateTokenManagement.create", "activeGateTokenManagement.read"}},
    {"activegate-us-%d", 15, {"activeGateTokenManagement.read", "activeGateTokenManagement.write"}},
    {"diag-export", 0, {"DiagnosticExport"}},
    {"support-diagnostics-%d", 9, {"DiagnosticExport", "ControlManagement"}},
    {"synthetic-integration", 0, {"ExternalSyntheticIntegration", "ReadSyntheticData"}},
    {"synthetic-report-%d", 10, {"ReadSyntheticData"}},
    {"api-token-auditor", 0, {"apiTokens.read"}},
    {"api-token-provisioner-%d", 5, {"apiTokens.read", "apiTokens.write"}},
    {"unattended-install-%d", 20, {"UnattendedInstall"}},
    {"k8s-operator-%d", 8, {"ServiceProviderAPI", "activeGateTokenManagement.create"}},
    {"monitoring-dashboard", 0, {"settings.read"}},
    {"cost-report-%d", 12, {"ServiceProviderAPI"}},
    {"Z\xc3\xbcrich reporting", 0, {"settings.read"}},                                                  // non-ASCII
    {"ops \"night\" shift", 0, {"ControlManagement"}},                                                  // quotes
    {"legacy\\import", 0, {"EnvironmentTokenManagement"}},                                              // backslash
    {"\xe7\x9b\xa3\xe8\xa6\x96\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3", 0, {"settings.read"}}, // 監視トークン
    {"=HYPERLINK(\"x\") csv-check", 0, {"settings.read"}}, // CSV formula injection bait
};
constexpr int kTemplateCount = static_cast<int>(sizeof(kTemplates) / sizeof(kTemplates[0]));

// Tokens the cluster creates by itself; the spec warns that deleting them has side effects.
const NameTemplate kSystemTemplates[] = {
    {"InstallerDownload", 0, {"UnattendedInstall"}},
    {"Mobile", 0, {"ServiceProviderAPI"}},
};

} // namespace

quint64 SplitMix64::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

TokenStore::TokenStore()
{
    clear();
}

void TokenStore::clear()
{
    m_records.clear();
    m_slots.assign(1024, kEmpty);
    m_names.clear();
    m_owners.clear();
    m_ownersUtf8.clear();
    m_liveCount = 0;
    m_adminIndex.reset();
}

void TokenStore::seed(const SeedOptions &options, qint64 nowMs)
{
    clear();
    const int total = std::max(1, options.tokens);
    m_records.reserve(static_cast<std::size_t>(total));
    std::size_t slots = 1024;
    while (slots < static_cast<std::size_t>(total) * 4)
        slots *= 2;
    m_slots.assign(slots, kEmpty);
    m_names.reserve(static_cast<qsizetype>(total) * 18);
    for (const char *owner : kOwners)
        internOwner(QString::fromLatin1(owner));

    SplitMix64 rng(options.seed);
    const qint64 twoYears = 730 * DayMs;

    m_adminIndex = add("tokendesk-admin", 0, Scopes::All, nowMs - twoYears, None, None, false, rng);

    std::array<char, 96> buffer{};
    for (int i = 1; i < total; ++i) {
        // The first few are fixed kinds, so that even a tiny seed has every interesting case.
        const bool system = i <= 2 || rng.below(40) == 0;
        const NameTemplate &tpl = system ? kSystemTemplates[i <= 2 ? i - 1 : static_cast<int>(rng.below(2))]
                                         : kTemplates[rng.below(kTemplateCount)];
        int length = 0;
        if (tpl.maxNumber > 0)
            length = std::snprintf(buffer.data(), buffer.size(), tpl.pattern,
                                   1 + static_cast<int>(rng.below(static_cast<quint64>(tpl.maxNumber))));
        else
            length = std::snprintf(buffer.data(), buffer.size(), "%s", tpl.pattern);

        ScopeMask scopes = mask(tpl.scopes);
        if (!system && rng.below(5) == 0)
            scopes |= static_cast<ScopeMask>(1U << rng.below(Scopes::Count));
        if (i <= Scopes::Count)
            scopes |= static_cast<ScopeMask>(1U << (i - 1)); // every scope is used at least once

        const quint16 owner = system ? 0 : static_cast<quint16>(rng.below(kOwnerCount));
        const qint64 created = nowMs - static_cast<qint64>(rng.below(static_cast<quint64>(twoYears)));
        const qint64 age = std::max<qint64>(1, nowMs - created);

        // Expiry: never / expiring within 30 days / already expired / later.
        qint64 expires = None;
        int expiryRoll = static_cast<int>(rng.below(100));
        if (i == 3)
            expiryRoll = 50; // expiring within 30 days
        else if (i == 4)
            expiryRoll = 60; // expired
        else if (i == 5)
            expiryRoll = 0; // never expires
        if (system || expiryRoll < 45) {
            expires = None;
        } else if (expiryRoll < 55) {
            expires = nowMs + 3'600'000 + static_cast<qint64>(rng.below(static_cast<quint64>(30 * DayMs - 3'600'000)));
        } else if (expiryRoll < 75) {
            expires = created + 1 + static_cast<qint64>(rng.below(static_cast<quint64>(age)));
        } else {
            expires = nowMs + 31 * DayMs + static_cast<qint64>(rng.below(static_cast<quint64>(370 * DayMs)));
        }

        // Last use: a fifth were never used (token 5 for sure); otherwise between creation and now/expiry.
        qint64 lastUse = None;
        if (i != 5 && (i <= 4 || rng.below(5) != 0)) {
            const qint64 until = expires != None && expires < nowMs ? expires : nowMs;
            lastUse =
                created + static_cast<qint64>(rng.below(static_cast<quint64>(std::max<qint64>(1, until - created))));
        }

        const bool revoked = i == 6 || (!system && rng.below(100) < 8);
        add(QByteArrayView(buffer.data(), length), owner, scopes, created, expires, lastUse, revoked, rng);
    }
}

quint32 TokenStore::add(QByteArrayView nameUtf8, quint16 owner, ScopeMask scopes, qint64 created, qint64 expires,
                        qint64 lastUse, bool revoked, SplitMix64 &rng)
{
    TokenRecord record;
    do {
        fillRandom(record.publicPart, rng);
    } while (indexFind(record.publicPart).has_value());
    fillRandom(record.secretPart, rng);
    record.created = created;
    record.expires = expires;
    record.lastUse = lastUse;
    record.nameOffset = appendName(nameUtf8);
    record.nameLength = static_cast<quint32>(nameUtf8.size());
    record.scopes = scopes;
    record.owner = owner;
    record.revoked = revoked;
    m_records.push_back(record);
    const auto index = static_cast<quint32>(m_records.size() - 1);
    indexInsert(index);
    ++m_liveCount;
    return index;
}

quint32 TokenStore::appendName(QByteArrayView nameUtf8)
{
    const auto offset = static_cast<quint32>(m_names.size());
    m_names.append(nameUtf8.data(), nameUtf8.size());
    return offset;
}

void TokenStore::indexInsert(quint32 recordIndex)
{
    if ((m_records.size()) * 2 > m_slots.size()) {
        rebuildIndex();
        return; // rebuildIndex() indexed every record, this one included
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hashPublic(m_records[recordIndex].publicPart) & mask;
    while (m_slots[slot] != kEmpty)
        slot = (slot + 1) & mask;
    m_slots[slot] = recordIndex;
}

void TokenStore::rebuildIndex()
{
    std::size_t size = 1024;
    while (size < m_records.size() * 4)
        size *= 2;
    m_slots.assign(size, kEmpty);
    const std::size_t mask = size - 1;
    for (quint32 i = 0; i < m_records.size(); ++i) {
        std::size_t slot = hashPublic(m_records[i].publicPart) & mask;
        while (m_slots[slot] != kEmpty)
            slot = (slot + 1) & mask;
        m_slots[slot] = i;
    }
}

std::optional<quint32> TokenStore::indexFind(const std::array<quint8, 15> &publicPart) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hashPublic(publicPart) & mask;
    while (m_slots[slot] != kEmpty) {
        const quint32 index = m_slots[slot];
        if (m_records[index].publicPart == publicPart)
            return index;
        slot = (slot + 1) & mask;
    }
    return std::nullopt;
}

std::optional<quint32> TokenStore::findById(QStringView id) const
{
    if (id.size() != IdLength || !id.startsWith(kPrefix))
        return std::nullopt;
    std::array<quint8, 15> publicPart{};
    if (!decodeBase32(id.mid(kPrefix.size()), publicPart))
        return std::nullopt;
    const auto index = indexFind(publicPart);
    if (!index || m_records[*index].deleted)
        return std::nullopt;
    return index;
}

bool TokenStore::looksLikeSecret(QStringView text)
{
    return text.size() == SecretLength && text.startsWith(kPrefix) && text[IdLength] == u'.';
}

std::optional<quint32> TokenStore::findBySecret(QStringView secret) const
{
    if (!looksLikeSecret(secret))
        return std::nullopt;
    const auto index = findById(secret.left(IdLength));
    if (!index)
        return std::nullopt;
    std::array<quint8, 40> secretPart{};
    if (!decodeBase32(secret.mid(IdLength + 1), secretPart))
        return std::nullopt;
    if (!constantTimeEqual(secretPart, m_records[*index].secretPart))
        return std::nullopt;
    return index;
}

std::optional<quint32> TokenStore::findByIdOrSecret(QStringView idOrSecret) const
{
    return idOrSecret.size() == IdLength ? findById(idOrSecret) : findBySecret(idOrSecret);
}

void TokenStore::remove(quint32 index)
{
    TokenRecord &record = m_records[index];
    if (record.deleted)
        return;
    record.deleted = true; // stays in the index; lookups skip it
    --m_liveCount;
}

QByteArrayView TokenStore::nameUtf8(quint32 index) const
{
    const TokenRecord &record = m_records[index];
    return QByteArrayView(m_names.constData() + record.nameOffset, record.nameLength);
}

void TokenStore::setName(quint32 index, QByteArrayView nameUtf8)
{
    const quint32 offset = appendName(nameUtf8);
    m_records[index].nameOffset = offset;
    m_records[index].nameLength = static_cast<quint32>(nameUtf8.size());
}

quint16 TokenStore::internOwner(const QString &owner)
{
    const auto existing = findOwner(owner);
    if (existing)
        return *existing;
    m_owners.append(owner);
    m_ownersUtf8.push_back(owner.toUtf8());
    return static_cast<quint16>(m_owners.size() - 1);
}

std::optional<quint16> TokenStore::findOwner(const QString &owner) const
{
    const auto index = m_owners.indexOf(owner);
    if (index < 0)
        return std::nullopt;
    return static_cast<quint16>(index);
}

void TokenStore::appendId(QByteArray &out, quint32 index) const
{
    out.append(kPrefix.data(), kPrefix.size());
    appendBase32(out, m_records[index].publicPart);
}

QString TokenStore::id(quint32 index) const
{
    QByteArray out;
    out.reserve(IdLength);
    appendId(out, index);
    return QString::fromLatin1(out);
}

QString TokenStore::secret(quint32 index) const
{
    QByteArray out;
    out.reserve(SecretLength);
    appendId(out, index);
    out.append('.');
    appendBase32(out, m_records[index].secretPart);
    return QString::fromLatin1(out);
}

bool TokenStore::save(const QString &fileName, QString *errorString) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kFileMagic << kFileVersion << m_owners;
    qint64 adminSlot = -1;
    out << static_cast<qint64>(m_liveCount);
    qint64 written = 0;
    for (quint32 i = 0; i < m_records.size(); ++i) {
        const TokenRecord &r = m_records[i];
        if (r.deleted)
            continue;
        if (m_adminIndex && *m_adminIndex == i)
            adminSlot = written;
        out.writeRawData(reinterpret_cast<const char *>(r.publicPart.data()), static_cast<int>(r.publicPart.size()));
        out.writeRawData(reinterpret_cast<const char *>(r.secretPart.data()), static_cast<int>(r.secretPart.size()));
        out << r.created << r.expires << r.lastUse << r.scopes << r.owner << r.revoked;
        out.writeBytes(m_names.constData() + r.nameOffset, r.nameLength);
        ++written;
    }
    out << adminSlot;
    if (out.status() != QDataStream::Ok) {
        *errorString = QStringLiteral("cannot write %1").arg(fileName);
        file.cancelWriting();
        return false;
    }
    // QSaveFile::commit() misses a failure of its own final flush (Qt 6.4): a state that fits the
    // write buffer would replace the old file truncated on a full disk. Flush and check first.
    if (!file.flush()) {
        *errorString = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *errorString = file.errorString();
        return false;
    }
    return true;
}

bool TokenStore::load(const QString &fileName, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    QStringList owners;
    qint64 count = 0;
    in >> magic >> version;
    if (magic != kFileMagic || version != kFileVersion) {
        *errorString =
            QStringLiteral("%1 is not a fake-cluster state file (version %2)").arg(fileName).arg(kFileVersion);
        return false;
    }
    in >> owners >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > 100'000'000) {
        *errorString = QStringLiteral("%1 is corrupt").arg(fileName);
        return false;
    }
    clear();
    m_owners = owners;
    for (const QString &owner : std::as_const(m_owners))
        m_ownersUtf8.push_back(owner.toUtf8());
    m_records.reserve(static_cast<std::size_t>(count));
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        TokenRecord r;
        in.readRawData(reinterpret_cast<char *>(r.publicPart.data()), static_cast<int>(r.publicPart.size()));
        in.readRawData(reinterpret_cast<char *>(r.secretPart.data()), static_cast<int>(r.secretPart.size()));
        in >> r.created >> r.expires >> r.lastUse >> r.scopes >> r.owner >> r.revoked;
        char *name = nullptr;
        uint length = 0;
        in.readBytes(name, length);
        r.nameOffset = static_cast<quint32>(m_names.size());
        r.nameLength = length;
        m_names.append(name, static_cast<qsizetype>(length));
        delete[] name;
        if (r.owner >= m_owners.size())
            in.setStatus(QDataStream::ReadCorruptData);
        m_records.push_back(r);
    }
    qint64 adminSlot = -1;
    in >> adminSlot;
    if (in.status() != QDataStream::Ok) {
        *errorString = QStringLiteral("%1 is corrupt").arg(fileName);
        clear();
        return false;
    }
    m_liveCount = static_cast<int>(m_records.size());
    if (adminSlot >= 0 && adminSlot < count)
        m_adminIndex = static_cast<quint32>(adminSlot);
    rebuildIndex();
    return true;
}

} // namespace TokenDesk::Fake
