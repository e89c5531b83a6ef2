#include "tokensnapshot.h"

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

} // namespace TokenDesk
