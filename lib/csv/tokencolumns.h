// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The columns of a token export, defined once: key (for --columns and settings), header name, and
// whether the column is free text: every text the server sends (names and owners are typed by
// people; an id or a scope is whatever the cluster answers), so it gets the formula-injection
// guard. Only the values this program formats (dates, status, booleans) are not.
// There is no secret column, and there never will be.
//
//   key                  header                 free text  cell
//   name                 Name                   yes        token name
//   id                   ID                     yes        dt0c01.<public part>
//   owner                Owner                  yes        userId
//   scopes               Scopes                 yes        scopes joined by one space
//   created              Created                no         ISO 8601 UTC, e.g. 2026-01-31T12:00:00.000Z
//   expires              Expires                no         ISO 8601 UTC; empty = never expires
//   lastUse              Last used              no         ISO 8601 UTC; empty = never used
//   status               Status                 no         active / revoked / expired
//   revoked              Revoked                no         true / false
//   personalAccessToken  Personal access token  no         true / false
//
// Every cell is empty when its value is absent (for instance, details not loaded yet).
#pragma once

#include "api/tokentypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace TokenDesk {

enum class TokenColumn : quint8 {
    Name,
    Id,
    Owner,
    Scopes,
    Created,
    Expires,
    LastUse,
    Status,
    Revoked,
    PersonalAccessToken,
};

class TokenColumns final
{
public:
    TokenColumns() = delete;

    static QList<TokenColumn> all();
    static QString key(TokenColumn column);
    // The CSV header: English whatever the language, so that scripts can rely on it.
    static QString headerName(TokenColumn column);
    // The same name in the user's language, for the table and the export dialog.
    static QString displayName(TokenColumn column);
    static bool isFreeText(TokenColumn column);
    // Case-insensitive; nullopt for an unknown key.
    static std::optional<TokenColumn> fromKey(QStringView key);
    // "name,id,owner" (commas, optional spaces). Empty input or an unknown/duplicate key fails with
    // a message in *error that lists the valid keys.
    static std::optional<QList<TokenColumn>> parseKeys(QStringView keys, QString *error = nullptr);
    static QStringList keys(const QList<TokenColumn> &columns);
    static QStringList headerNames(const QList<TokenColumn> &columns);
    static QList<bool> freeTextFlags(const QList<TokenColumn> &columns);

    // "active", "revoked" or "expired" at nowMs; empty when the details are not loaded (no revoked).
    static QString status(const TokenMetadata &token, qint64 nowMs);
    static QString cell(TokenColumn column, const TokenMetadata &token, qint64 nowMs);
    // Fills `out` with one cell per column (reuses its storage).
    static void cells(const QList<TokenColumn> &columns, const TokenMetadata &token, qint64 nowMs, QStringList &out);
};

} // namespace TokenDesk
