// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokensnapshot.h"

#include <algorithm>
#include <utility>

namespace TokenDesk {

TokenListSnapshot::TokenListSnapshot(QList<TokenMetadata> tokens)
    : m_tokens(std::move(tokens))
{}

StubListSnapshot::StubListSnapshot(StubList stubs)
    : m_stubs(std::move(stubs))
{}

void StubListSnapshot::token(int row, TokenMetadata &out) const
{
    out = TokenMetadata{};
    out.id = m_stubs.id(row);
    if (m_stubs.hasName(row))
        out.name = m_stubs.name(row);
}

TokenCsvRowSource::TokenCsvRowSource(std::shared_ptr<const TokenSnapshot> tokens, QList<TokenColumn> columns,
                                     qint64 nowMs)
    : m_tokens(std::move(tokens))
    , m_columns(std::move(columns))
    , m_nowMs(nowMs)
{}

void TokenCsvRowSource::fields(int row, QStringList &out) const
{
    TokenMetadata token;
    m_tokens->token(row, token);
    TokenColumns::cells(m_columns, token, m_nowMs, out);
}

bool TokenCsvRowSource::hasUtf8Fields() const
{
    if (!m_tokens || !m_tokens->stubs()) {
        return false;
    }
    return std::all_of(m_columns.cbegin(), m_columns.cend(),
                       [](TokenColumn c) { return c == TokenColumn::Id || c == TokenColumn::Name; });
}

void TokenCsvRowSource::fieldsUtf8(int row, QList<QByteArrayView> &out) const
{
    const StubList &stubs = *m_tokens->stubs();
    out.resize(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        // An absent name is an empty cell, as in fields().
        out[i] = m_columns.at(i) == TokenColumn::Id ? stubs.idUtf8(row) : stubs.nameUtf8(row);
    }
}

} // namespace TokenDesk
