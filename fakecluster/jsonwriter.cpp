// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <array>
#include <charconv>

namespace TokenDesk::Fake {

void JsonWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = utf8.data();
    const char *run = begin;
    const char *const end = begin + utf8.size();
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const std::array<char, 6> escaped = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escaped.data(), static_cast<qsizetype>(escaped.size()));
            break;
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void JsonWriter::appendInt(QByteArray &out, qint64 value)
{
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), result.ptr - buffer.data());
}

void JsonWriter::appendBool(QByteArray &out, bool value)
{
    if (value)
        out.append("true", 4);
    else
        out.append("false", 5);
}

void JsonWriter::appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":", 2);
}

} // namespace TokenDesk::Fake
