// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Compares an earlier TokenDesk CSV export with the current list, by token id: which tokens are new,
// which are gone, and which changed their owner, scopes, state or expiry. The earlier export is read
// by its header names (TokenColumns::headerName, English in every language), so any column order and
// any subset work as long as the ID column is there; what the file does not hold is not compared.
#pragma once

#include "api/tokentypes.h"
#include "csv/tokencolumns.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace TokenDesk {

class ModelSnapshot;

// The tokens of an earlier export, as the file holds them (cells un-guarded).
struct EarlierExport
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::EarlierExport)
public:
    // A TokenDesk export of a million tokens is ~200 MB; a larger file is not one of ours.
    static constexpr qint64 MaxFileBytes = 1024LL * 1024 * 1024;

    QList<TokenColumn> columns; // the known columns the file has, in its order
    struct Token
    {
        QString id;
        QHash<TokenColumn, QString> cells;
    };
    QList<Token> tokens;

    // Reads a CSV that TokenDesk wrote (either preset, with a header row). On failure, nullopt and
    // *error says why in words (no cell values).
    static std::optional<EarlierExport> read(QByteArrayView data, QString *error = nullptr);
    // The same from a file (at most MaxFileBytes); *error names the file and says why in words.
    static std::optional<EarlierExport> readFile(const QString &path, QString *error = nullptr);
};

struct TokenChange
{
    enum class Kind : quint8 { New, Gone, Changed };
    Kind kind = Kind::Changed;
    QString id;
    QString name; // the current name; for a gone token, the one in the file
    // For Changed: the columns that differ, with the value then and now (as an export writes them).
    struct Field
    {
        TokenColumn column;
        QString before;
        QString after;
    };
    QList<Field> fields;
};

// One current token: its details when loaded (metadata.id and name are always set).
struct CurrentToken
{
    TokenMetadata metadata;
    bool detailsLoaded = false;
};

struct AuditComparison
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::AuditComparison)
public:
    // The columns compared for "changed" (when the file has them): owner, scopes (as a set), state, expiry.
    static QList<TokenColumn> comparedColumns();

    QList<TokenChange> changes; // new first (list order), then changed, then gone (file order)
    int unchanged = 0;
    // Tokens in both whose details are not loaded: whether they changed is not known.
    int notCompared = 0;

    static AuditComparison compare(const EarlierExport &earlier, const QList<CurrentToken> &current, qint64 nowMs);
    // The same over every row of a model snapshot (safe on a worker).
    static AuditComparison compare(const EarlierExport &earlier, const ModelSnapshot &current, qint64 nowMs);

    static QString kindText(TokenChange::Kind kind);
    // "Owner: alice → bob; Scopes: +settings.write −settings.read"
    static QString describe(const TokenChange &change);
};

} // namespace TokenDesk
