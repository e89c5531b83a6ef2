// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers of the export tests: a strict RFC 4180 reader (to parse written files back), file bytes,
// and deterministic tokens.
#pragma once

#include "api/stublist.h"
#include "api/tokentypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk::ExportTest {

// Parses RFC 4180 text (CRLF records, "" inside quotes). nullopt on malformed input (a bare CR or
// LF outside quotes, a quote inside an unquoted field, text after a closing quote).
inline std::optional<QList<QStringList>> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            record.append(field);
            field.clear();
            wasQuoted = false;
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                return std::nullopt;
            }
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return std::nullopt;
            }
            quoted = true;
            fieldStarted = true;
        } else {
            if (wasQuoted) {
                return std::nullopt;
            }
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return std::nullopt;
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        return std::nullopt; // the last record must end with CRLF
    }
    return records;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// "dt0c01." + 24 characters, unique per index.
inline QString tokenId(int i)
{
    return QStringLiteral("dt0c01.EXPORT%1").arg(i, 12, 10, QLatin1Char('0'));
}

// 2026-01-31T12:00:00Z
inline qint64 fixedNow()
{
    return QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 Day = 24LL * 60 * 60 * 1000;

// The expected cell of a date, computed independently of the writer.
inline QString isoCell(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

struct Tokens
{
    StubList list;
    QList<TokenMetadata> details; // one per list entry
};

// `count` tokens; names cycle through teams ("team-a-0007"), owners through four people, dates
// spread around fixedNow(), every fifth never used, every seventh revoked.
inline Tokens makeTokens(int count)
{
    static const QStringList owners = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                       QStringLiteral("dave")};
    static const QStringList teams = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    Tokens tokens;
    for (int i = 0; i < count; ++i) {
        const QString id = tokenId(i);
        const QString name = QStringLiteral("team-%1-%2").arg(teams.at(i % 3)).arg(i, 4, 10, QLatin1Char('0'));
        tokens.list.append(TokenStub{id, name, std::nullopt});
        TokenMetadata md;
        md.id = id;
        md.name = name;
        md.userId = owners.at((i * 7) % 4);
        md.scopes = QStringList{QStringLiteral("ReadSyntheticData")};
        if (i % 2 == 0) {
            md.scopes->append(QStringLiteral("settings.read"));
        }
        md.created = fixedNow() - (100 + i) * Day;
        if (i % 3 != 0) {
            md.expires = fixedNow() + (i - 10) * Day;
        }
        if (i % 5 != 0) {
            md.lastUse = fixedNow() - ((i * 13) % 40) * Day - 1234;
        }
        md.revoked = i % 7 == 0;
        md.personalAccessToken = false;
        tokens.details.append(md);
    }
    return tokens;
}

} // namespace TokenDesk::ExportTest
