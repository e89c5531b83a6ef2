// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fake cluster's token database, built for 1,000,000 tokens: one fixed-size record per token
// (no heap allocation per token), names in one UTF-8 arena, owners interned, scopes as a 16-bit mask,
// and an open-addressing index from the public part of the token to its record.
#pragma once

#include "scopes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace TokenDesk::Fake {

struct SeedOptions;

// One token. Times are UTC epoch milliseconds; TokenStore::None marks an absent expires/lastUse.
struct TokenRecord
{
    qint64 created = 0;
    qint64 expires = 0;
    qint64 lastUse = 0;
    quint32 nameOffset = 0;
    quint32 nameLength = 0;
    std::array<quint8, 15> publicPart{}; // 24 base32 characters
    std::array<quint8, 40> secretPart{}; // 64 base32 characters
    ScopeMask scopes = 0;
    quint16 owner = 0;
    bool revoked = false;
    bool deleted = false;
};

// A small, fast, deterministic generator (splitmix64); the same seed gives the same tokens everywhere.
class SplitMix64 final
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    // Uniform enough in [0, bound) for bound > 0.
    quint64 below(quint64 bound) { return next() % bound; }

private:
    quint64 m_state;
};

class TokenStore final
{
public:
    static constexpr qint64 None = std::numeric_limits<qint64>::min();
    static constexpr qint64 DayMs = 86'400'000;
    static constexpr int IdLength = 31;     // "dt0c01." + 24
    static constexpr int SecretLength = 96; // "dt0c01." + 24 + "." + 64

    TokenStore();

    void clear();
    // Replaces the content with the admin token plus `tokens - 1` realistic others.
    void seed(const SeedOptions &options, qint64 nowMs);

    // Adds a token with a random secret drawn from `rng`; returns its index.
    quint32 add(QByteArrayView nameUtf8, quint16 owner, ScopeMask scopes, qint64 created, qint64 expires,
                qint64 lastUse, bool revoked, SplitMix64 &rng);

    // Resolving. An identifier is "dt0c01.<24>"; a secret is "dt0c01.<24>.<64>" and must match exactly.
    std::optional<quint32> findById(QStringView id) const;
    std::optional<quint32> findBySecret(QStringView secret) const;
    std::optional<quint32> findByIdOrSecret(QStringView idOrSecret) const;
    static bool looksLikeSecret(QStringView text);

    const TokenRecord &at(quint32 index) const { return m_records[index]; }
    TokenRecord &at(quint32 index) { return m_records[index]; }
    // Number of record slots, deleted ones included (iterate 0..slotCount()-1 and skip `deleted`).
    quint32 slotCount() const { return static_cast<quint32>(m_records.size()); }
    int liveCount() const { return m_liveCount; }
    void remove(quint32 index);

    QByteArrayView nameUtf8(quint32 index) const;
    QString name(quint32 index) const { return QString::fromUtf8(nameUtf8(index)); }
    void setName(quint32 index, QByteArrayView nameUtf8);

    quint16 internOwner(const QString &owner);
    std::optional<quint16> findOwner(const QString &owner) const;
    const QString &owner(quint16 index) const { return m_owners.at(index); }
    const QByteArray &ownerUtf8(quint16 index) const { return m_ownersUtf8.at(index); }

    // "dt0c01.<24>" appended to `out` (no allocation).
    void appendId(QByteArray &out, quint32 index) const;
    QString id(quint32 index) const;
    QString secret(quint32 index) const;

    // The index of the admin token created by seed() (the first record), if any.
    std::optional<quint32> adminIndex() const { return m_adminIndex; }
    void setAdminIndex(std::optional<quint32> index) { m_adminIndex = index; }

    // Compact binary persistence (QDataStream); save() is atomic (QSaveFile).
    bool save(const QString &fileName, QString *errorString) const;
    bool load(const QString &fileName, QString *errorString);

private:
    void indexInsert(quint32 recordIndex);
    void rebuildIndex();
    std::optional<quint32> indexFind(const std::array<quint8, 15> &publicPart) const;
    quint32 appendName(QByteArrayView nameUtf8);

    std::vector<TokenRecord> m_records;
    std::vector<quint32> m_slots; // open addressing, kEmpty = free
    QByteArray m_names;
    QStringList m_owners;
    std::vector<QByteArray> m_ownersUtf8;
    int m_liveCount = 0;
    std::optional<quint32> m_adminIndex;
};

} // namespace TokenDesk::Fake
