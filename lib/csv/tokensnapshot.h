// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A snapshot of tokens (e.g. the filtered, sorted view at the moment the user pressed Export) and
// its CSV adaptor. The GUI's model implements TokenSnapshot over its own compact storage (copying
// the visible row order at snapshot time); TokenListSnapshot is a plain in-memory implementation
// used by the CLI and the tests.
#pragma once

#include "csvrowsource.h"
#include "tokencolumns.h"

#include "api/stublist.h"
#include "api/tokentypes.h"

#include <QList>

#include <memory>

namespace TokenDesk {

class TokenSnapshot
{
public:
    virtual ~TokenSnapshot() = default;

    virtual int rowCount() const = 0;
    // Thread-safe: called from the export worker. Fills every field that is known; fields of a
    // token whose details were not loaded stay absent (their cells are empty).
    virtual void token(int row, TokenMetadata &out) const = 0;
    // The list the tokens are, when they are nothing but its entries (id and name, in its order).
    virtual const StubList *stubs() const { return nullptr; }

protected:
    TokenSnapshot() = default;
    Q_DISABLE_COPY_MOVE(TokenSnapshot)
};

class TokenListSnapshot final : public TokenSnapshot
{
public:
    explicit TokenListSnapshot(QList<TokenMetadata> tokens);

    int rowCount() const override { return int(m_tokens.size()); }
    void token(int row, TokenMetadata &out) const override { out = m_tokens.at(row); }

private:
    const QList<TokenMetadata> m_tokens;
};

// The list endpoint's answer as it is (id and name only; every other cell empty), kept in the
// StubList's compact arena: no per-token objects even for 1,000,000 tokens.
class StubListSnapshot final : public TokenSnapshot
{
public:
    explicit StubListSnapshot(StubList stubs);

    int rowCount() const override { return m_stubs.size(); }
    void token(int row, TokenMetadata &out) const override;
    const StubList *stubs() const override { return &m_stubs; }

private:
    const StubList m_stubs;
};

// Presents a TokenSnapshot as CSV rows for a chosen list of columns. `nowMs` decides the status
// column (expired or not), so that the whole file uses one instant.
class TokenCsvRowSource final : public CsvRowSource
{
public:
    TokenCsvRowSource(std::shared_ptr<const TokenSnapshot> tokens, QList<TokenColumn> columns, qint64 nowMs);

    int rowCount() const override { return m_tokens ? m_tokens->rowCount() : 0; }
    QStringList header() const override { return TokenColumns::headerNames(m_columns); }
    QList<bool> freeTextColumns() const override { return TokenColumns::freeTextFlags(m_columns); }
    void fields(int row, QStringList &out) const override;
    // Straight from the list's arena when every column is the id or the name of a StubListSnapshot.
    bool hasUtf8Fields() const override;
    void fieldsUtf8(int row, QList<QByteArrayView> &out) const override;

private:
    const std::shared_ptr<const TokenSnapshot> m_tokens;
    const QList<TokenColumn> m_columns;
    const qint64 m_nowMs;
};

} // namespace TokenDesk
