// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokencolumns.h"

#include "csvcells.h"

#include <QCoreApplication>

namespace TokenDesk {

namespace {

struct ColumnInfo
{
    TokenColumn column;
    const char *key;
    const char *header;
    bool freeText;
};

// The header is the CSV's (English, stable for scripts) and, translated, the name the table and the
// export dialog show: one definition of each column's name. The translation context is the table's.
constexpr ColumnInfo Columns[] = {
    {TokenColumn::Name, "name", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Name"), true},
    {TokenColumn::Id, "id", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "ID"), true},
    {TokenColumn::Owner, "owner", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Owner"), true},
    {TokenColumn::Scopes, "scopes", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Scopes"), true},
    {TokenColumn::Created, "created", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Created"), false},
    {TokenColumn::Expires, "expires", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Expires"), false},
    {TokenColumn::LastUse, "lastUse", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Last used"), false},
    {TokenColumn::Status, "status", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Status"), false},
    {TokenColumn::Revoked, "revoked", QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Revoked"), false},
    {TokenColumn::PersonalAccessToken, "personalAccessToken",
     QT_TRANSLATE_NOOP("TokenDesk::TokenTableModel", "Personal access token"), false},
};

const ColumnInfo &info(TokenColumn column)
{
    return Columns[static_cast<int>(column)];
}

} // namespace

QString TokenColumns::displayName(TokenColumn column)
{
    return QCoreApplication::translate("TokenDesk::TokenTableModel", info(column).header);
}

QList<TokenColumn> TokenColumns::all()
{
    QList<TokenColumn> list;
    for (const ColumnInfo &c : Columns)
        list.append(c.column);
    return list;
}

QString TokenColumns::key(TokenColumn column)
{
    return QLatin1String(info(column).key);
}

QString TokenColumns::headerName(TokenColumn column)
{
    return QLatin1String(info(column).header);
}

bool TokenColumns::isFreeText(TokenColumn column)
{
    return info(column).freeText;
}

std::optional<TokenColumn> TokenColumns::fromKey(QStringView key)
{
    for (const ColumnInfo &c : Columns) {
        if (key.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0)
            return c.column;
    }
    return std::nullopt;
}

std::optional<QList<TokenColumn>> TokenColumns::parseKeys(QStringView keys, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<TokenColumn>> {
        if (error)
            *error = message + QLatin1Char(' ') +
                     QCoreApplication::translate("TokenDesk::TokenColumns", "Valid columns: %1.")
                         .arg(TokenColumns::keys(all()).join(QLatin1Char(',')));
        return std::nullopt;
    };
    QList<TokenColumn> result;
    for (QStringView part : keys.split(QLatin1Char(','))) {
        part = part.trimmed();
        if (part.isEmpty())
            return fail(QCoreApplication::translate("TokenDesk::TokenColumns", "Empty column name."));
        const std::optional<TokenColumn> column = fromKey(part);
        if (!column)
            return fail(
                QCoreApplication::translate("TokenDesk::TokenColumns", "Unknown column \u201C%1\u201D.").arg(part));
        if (result.contains(*column))
            return fail(QCoreApplication::translate("TokenDesk::TokenColumns", "Column \u201C%1\u201D is listed twice.")
                            .arg(part));
        result.append(*column);
    }
    return result;
}

QStringList TokenColumns::keys(const QList<TokenColumn> &columns)
{
    QStringList list;
    list.reserve(columns.size());
    for (TokenColumn c : columns)
        list.append(key(c));
    return list;
}

QStringList TokenColumns::headerNames(const QList<TokenColumn> &columns)
{
    QStringList list;
    list.reserve(columns.size());
    for (TokenColumn c : columns)
        list.append(headerName(c));
    return list;
}

QList<bool> TokenColumns::freeTextFlags(const QList<TokenColumn> &columns)
{
    QList<bool> list;
    list.reserve(columns.size());
    for (TokenColumn c : columns)
        list.append(isFreeText(c));
    return list;
}

QString TokenColumns::status(const TokenMetadata &token, qint64 nowMs)
{
    // Only id and name known: the details were not loaded, so the status is unknown.
    const bool detailed = token.revoked || token.userId || token.created || token.scopes || token.expires ||
                          token.lastUse || token.personalAccessToken;
    if (!detailed)
        return QString();
    // An absent `revoked` is not revoked (as the table shows it).
    if (token.isRevoked())
        return QStringLiteral("revoked");
    if (token.isExpiredAt(nowMs))
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

QString TokenColumns::cell(TokenColumn column, const TokenMetadata &token, qint64 nowMs)
{
    switch (column) {
    case TokenColumn::Name:
        return CsvCells::text(token.name);
    case TokenColumn::Id:
        return CsvCells::text(token.id);
    case TokenColumn::Owner:
        return CsvCells::text(token.userId);
    case TokenColumn::Scopes:
        return CsvCells::scopes(token.scopes);
    case TokenColumn::Created:
        return CsvCells::isoUtc(token.created);
    case TokenColumn::Expires:
        return CsvCells::isoUtc(token.expires);
    case TokenColumn::LastUse:
        return CsvCells::isoUtc(token.lastUse);
    case TokenColumn::Status:
        return status(token, nowMs);
    case TokenColumn::Revoked:
        return CsvCells::boolean(token.revoked);
    case TokenColumn::PersonalAccessToken:
        return CsvCells::boolean(token.personalAccessToken);
    }
    return QString();
}

void TokenColumns::cells(const QList<TokenColumn> &columns, const TokenMetadata &token, qint64 nowMs, QStringList &out)
{
    out.resize(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const TokenColumn column = columns.at(i);
        const std::optional<qint64> *date = column == TokenColumn::Created   ? &token.created
                                            : column == TokenColumn::Expires ? &token.expires
                                            : column == TokenColumn::LastUse ? &token.lastUse
                                                                             : nullptr;
        if (date) {
            // Dates are formatted into the previous row's string: no allocation per cell.
            QString &cellText = out[i];
            cellText.resize(0);
            if (*date)
                CsvCells::appendIsoUtc(cellText, **date);
        } else {
            out[i] = cell(column, token, nowMs); // shared copies or literals: no allocation but scopes
        }
    }
}

} // namespace TokenDesk
