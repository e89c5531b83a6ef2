// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsoncodec.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <cstring>
#include <limits>
#include <string>

namespace TokenDesk::Json {

namespace {

template<std::size_t N>
bool keyIs(QByteArrayView key, const char (&literal)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), literal, N - 1) == 0;
}

QString fromUtf8(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8.data(), utf8.size());
}

// Length of the valid UTF-8 sequence starting at p (whose first byte is >= 0x80), or 0 when invalid
// (overlong forms, surrogates, > U+10FFFF, truncated).
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    auto cont = [&](qsizetype i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && p[1] >= 0x90)
            return 0; // > U+10FFFF
        return 4;
    }
    return 0;
}

void appendUtf8(QByteArray *out, char32_t cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

// The first byte at or after p that a string reader must look at ('"', '\\', a control character or a
// non-ASCII byte), or end. Eight bytes at a time: most of a list body is plain ASCII inside strings
// (ids, names), and a byte-by-byte loop was the decoder's largest cost.
inline const uchar *skipPlain(const uchar *p, const uchar *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 quote = w ^ (ones * '"');
        const quint64 backslash = w ^ (ones * '\\');
        // Per byte, the high bit is set for a zero byte of `quote` / `backslash`, a byte below 0x20,
        // or a byte >= 0x80. Borrows can only mark bytes above a truly marked one, so the lowest mark
        // (the first byte in memory order on a little-endian machine) is exact.
        const quint64 marks =
            ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w) | w;
        const quint64 hit = marks & highs;
        if (hit != 0) {
            if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
                return p + (qCountTrailingZeroBits(hit) >> 3);
            break; // big-endian: the byte loop below finds it
        }
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && *p >= 0x20 && *p < 0x80)
        ++p;
    return p;
}

enum class IntResult { Ok, NotInteger, OutOfRange, SyntaxError };

// A strict pull parser over UTF-8 bytes. Every read reports the first error with its byte offset;
// after an error every further call fails.
class Reader
{
public:
    explicit Reader(QByteArrayView json)
        : m_begin(reinterpret_cast<const uchar *>(json.data()))
        , m_p(m_begin)
        , m_end(m_begin + json.size())
    {}

    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }
    qsizetype offset() const { return m_p - m_begin; }
    void seek(qsizetype offset) { m_p = m_begin + offset; }

    bool fail(const QString &what) { return failAt(what, offset()); }
    bool failAt(const QString &what, qsizetype at)
    {
        if (!m_failed) {
            m_failed = true;
            // A diagnostic ends up in the error the user reads ("malformed Token: ..."), so it is
            // translated (QCoreApplication::translate is thread-safe: the list is decoded on a worker).
            m_error = QCoreApplication::translate("TokenDesk::Json", "%1 at byte %2").arg(what).arg(at);
        }
        return false;
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        skipWhitespace();
        return m_p >= m_end;
    }
    // The next significant byte, or 0 at the end of the input.
    uchar peek()
    {
        skipWhitespace();
        return m_p < m_end ? *m_p : 0;
    }

    // "an object", "a string", ... for the value that starts at the next significant byte.
    QString describeNext()
    {
        if (atEnd())
            return QCoreApplication::translate("TokenDesk::Json", "the end of the input");
        switch (*m_p) {
        case '{':
            return QCoreApplication::translate("TokenDesk::Json", "an object");
        case '[':
            return QCoreApplication::translate("TokenDesk::Json", "an array");
        case '"':
            return QCoreApplication::translate("TokenDesk::Json", "a string");
        case 't':
        case 'f':
            return QCoreApplication::translate("TokenDesk::Json", "a boolean");
        case 'n':
            return QStringLiteral("null");
        default:
            break;
        }
        if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
            return QCoreApplication::translate("TokenDesk::Json", "a number");
        if (*m_p >= 0x20 && *m_p < 0x7F)
            return QCoreApplication::translate("TokenDesk::Json", "the character '%1'").arg(QChar(char16_t(*m_p)));
        return QCoreApplication::translate("TokenDesk::Json", "byte 0x%1").arg(QString::number(*m_p, 16));
    }
    // `expected`: "an object", "a string", ... (marked with QT_TRANSLATE_NOOP where it is written).
    bool typeError(const QString &field, const char *expected)
    {
        return fail(QCoreApplication::translate("TokenDesk::Json", "%1: expected %2, got %3")
                        .arg(field, QCoreApplication::translate("TokenDesk::Json", expected), describeNext()));
    }

    bool beginObject(const QString &field)
    {
        if (peek() != '{')
            return typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "an object"));
        ++m_p;
        return true;
    }
    bool beginArray(const QString &field)
    {
        if (peek() != '[')
            return typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "an array"));
        ++m_p;
        return true;
    }

    // After beginObject(): reads the next member's key and the ':'. Returns false at the closing '}'
    // (consumed) or on an error (check failed()). The key view is valid until the next key is read.
    bool nextMember(bool *first, QByteArrayView *key)
    {
        if (m_failed)
            return false;
        const uchar c = peek();
        if (c == '}') {
            ++m_p;
            return false;
        }
        if (!*first) {
            if (c != ',')
                return fail(QCoreApplication::translate("TokenDesk::Json", "expected ',' or '}' in an object, got %1")
                                .arg(describeNext()));
            ++m_p;
        }
        *first = false;
        if (peek() != '"')
            return fail(QCoreApplication::translate("TokenDesk::Json", "expected a field name in quotes, got %1")
                            .arg(describeNext()));
        if (!readString(key, &m_keyScratch))
            return false;
        if (peek() != ':')
            return fail(QCoreApplication::translate("TokenDesk::Json", "expected ':' after a field name, got %1")
                            .arg(describeNext()));
        ++m_p;
        return true;
    }
    // After beginArray(): true when an element follows, false at the closing ']' (consumed) or error.
    bool nextElement(bool *first)
    {
        if (m_failed)
            return false;
        const uchar c = peek();
        if (c == ']') {
            ++m_p;
            return false;
        }
        if (!*first) {
            if (c != ',')
                return fail(QCoreApplication::translate("TokenDesk::Json", "expected ',' or ']' in an array, got %1")
                                .arg(describeNext()));
            ++m_p;
        }
        *first = false;
        return true;
    }

    // Reads a string at the next position (which must be '"'). The view points into the input when the
    // string has no escapes, otherwise into *scratch.
    bool readString(QByteArrayView *out, QByteArray *scratch)
    {
        if (peek() != '"')
            return fail(
                QCoreApplication::translate("TokenDesk::Json", "expected a string, got %1").arg(describeNext()));
        const qsizetype startOffset = offset();
        const uchar *start = ++m_p;
        const uchar *run = start;
        const uchar *p = start; // a local cursor: m_p is written back once, not per byte
        bool copying = false;
        for (;;) {
            p = skipPlain(p, m_end);
            if (p >= m_end) {
                m_p = p;
                return failAt(QCoreApplication::translate("TokenDesk::Json", "unterminated string"), startOffset);
            }
            const uchar c = *p;
            if (c == '"') {
                if (copying) {
                    scratch->append(reinterpret_cast<const char *>(run), p - run);
                    *out = QByteArrayView(scratch->constData(), scratch->size());
                } else {
                    *out = QByteArrayView(reinterpret_cast<const char *>(start), p - start);
                }
                m_p = p + 1;
                return true;
            }
            m_p = p;
            if (c == '\\') {
                if (!copying) {
                    scratch->resize(0);
                    copying = true;
                }
                scratch->append(reinterpret_cast<const char *>(run), p - run);
                if (!readEscape(scratch))
                    return false;
                run = p = m_p;
                continue;
            }
            if (c < 0x20)
                return fail(QCoreApplication::translate("TokenDesk::Json", "unescaped control character in a string"));
            const int length = utf8SequenceLength(p, m_end);
            if (length == 0)
                return fail(QCoreApplication::translate("TokenDesk::Json", "invalid UTF-8 in a string"));
            p += length;
        }
    }

    bool readLiteral(const char *literal, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, literal, size_t(length)) != 0)
            return fail(QCoreApplication::translate("TokenDesk::Json", "invalid literal (expected %1)")
                            .arg(QLatin1String(literal)));
        m_p += length;
        return true;
    }

    // Scans a JSON number (strict grammar); on success [*intBegin,*intEnd) are its integer digits,
    // [*fracBegin,*fracEnd) the fraction digits, *exponent the exponent.
    bool scanNumber(bool *negative, const uchar **intBegin, const uchar **intEnd, const uchar **fracBegin,
                    const uchar **fracEnd, qint64 *exponent)
    {
        skipWhitespace();
        const qsizetype startOffset = offset();
        *negative = false;
        if (m_p < m_end && *m_p == '-') {
            *negative = true;
            ++m_p;
        }
        *intBegin = m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return failAt(QCoreApplication::translate("TokenDesk::Json", "invalid number"), startOffset);
        if (*m_p == '0') {
            ++m_p;
            if (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                return failAt(QCoreApplication::translate("TokenDesk::Json", "invalid number (leading zero)"),
                              startOffset);
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        *intEnd = m_p;
        *fracBegin = *fracEnd = m_p;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            *fracBegin = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            *fracEnd = m_p;
            if (*fracBegin == *fracEnd)
                return failAt(QCoreApplication::translate("TokenDesk::Json", "invalid number (no digits after '.')"),
                              startOffset);
        }
        *exponent = 0;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            bool negativeExponent = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                negativeExponent = *m_p == '-';
                ++m_p;
            }
            const uchar *digits = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                if (*exponent < 100000000)
                    *exponent = *exponent * 10 + (*m_p - '0');
                ++m_p;
            }
            if (digits == m_p)
                return failAt(
                    QCoreApplication::translate("TokenDesk::Json", "invalid number (no digits in the exponent)"),
                    startOffset);
            if (negativeExponent)
                *exponent = -*exponent;
        }
        return true;
    }

    // Reads a number that must be an integer in the int64 range. Syntax errors set the error; the
    // other results leave it to the caller (so tolerant readers can ignore them).
    IntResult readInteger(qint64 *out)
    {
        bool negative = false;
        const uchar *intBegin = nullptr, *intEnd = nullptr, *fracBegin = nullptr, *fracEnd = nullptr;
        qint64 exponent = 0;
        if (!scanNumber(&negative, &intBegin, &intEnd, &fracBegin, &fracEnd, &exponent))
            return IntResult::SyntaxError;
        // Significant digits = integer digits + fraction digits, scaled by 10^(exponent - fraction length).
        std::string digits(reinterpret_cast<const char *>(intBegin), size_t(intEnd - intBegin));
        digits.append(reinterpret_cast<const char *>(fracBegin), size_t(fracEnd - fracBegin));
        qint64 scale = exponent - (fracEnd - fracBegin);
        // Strip leading zeros (keep one digit).
        size_t firstNonZero = digits.find_first_not_of('0');
        digits = firstNonZero == std::string::npos ? std::string("0") : digits.substr(firstNonZero);
        if (digits == "0") {
            *out = 0;
            return IntResult::Ok;
        }
        while (scale < 0) {
            if (digits.size() <= 1 || digits.back() != '0')
                return IntResult::NotInteger;
            digits.pop_back();
            ++scale;
        }
        if (scale > 19 || qint64(digits.size()) + scale > 19)
            return IntResult::OutOfRange;
        digits.append(size_t(scale), '0');
        // Accumulate as a negative number so that INT64_MIN fits.
        qint64 value = 0;
        for (char d : digits) {
            const int digit = d - '0';
            if (value < (std::numeric_limits<qint64>::min() + digit) / 10)
                return IntResult::OutOfRange;
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == std::numeric_limits<qint64>::min())
                return IntResult::OutOfRange;
            value = -value;
        }
        *out = value;
        return IntResult::Ok;
    }

    // Skips any JSON value (validating it), iteratively: unlimited nesting without recursion.
    bool skipValue()
    {
        m_stack.clear();
        for (;;) {
            // A value starts here.
            const uchar c = peek();
            if (c == '{' || c == '[') {
                ++m_p;
                const uchar close = c == '{' ? '}' : ']';
                if (peek() == close) {
                    ++m_p;
                } else {
                    m_stack.push_back(char(close));
                    if (close == '}' && !readMemberKey())
                        return false;
                    continue;
                }
            } else if (c == '"') {
                QByteArrayView ignored;
                if (!readString(&ignored, &m_skipScratch))
                    return false;
            } else if (c == 't') {
                if (!readLiteral("true", 4))
                    return false;
            } else if (c == 'f') {
                if (!readLiteral("false", 5))
                    return false;
            } else if (c == 'n') {
                if (!readLiteral("null", 4))
                    return false;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                bool negative = false;
                const uchar *a = nullptr, *b = nullptr, *d = nullptr, *e = nullptr;
                qint64 exponent = 0;
                if (!scanNumber(&negative, &a, &b, &d, &e, &exponent))
                    return false;
            } else {
                return fail(
                    QCoreApplication::translate("TokenDesk::Json", "expected a value, got %1").arg(describeNext()));
            }
            // The value is complete: close containers until one continues.
            for (;;) {
                if (m_stack.empty())
                    return true;
                const uchar close = uchar(m_stack.back());
                const uchar next = peek();
                if (next == close) {
                    ++m_p;
                    m_stack.pop_back();
                    continue;
                }
                if (next != ',')
                    return fail(QCoreApplication::translate("TokenDesk::Json", "expected ',' or '%1', got %2")
                                    .arg(QChar(char16_t(close)), describeNext()));
                ++m_p;
                if (close == '}' && !readMemberKey())
                    return false;
                break;
            }
        }
    }

private:
    bool readMemberKey()
    {
        QByteArrayView ignored;
        if (peek() != '"')
            return fail(QCoreApplication::translate("TokenDesk::Json", "expected a field name in quotes, got %1")
                            .arg(describeNext()));
        if (!readString(&ignored, &m_skipScratch))
            return false;
        if (peek() != ':')
            return fail(QCoreApplication::translate("TokenDesk::Json", "expected ':' after a field name, got %1")
                            .arg(describeNext()));
        ++m_p;
        return true;
    }

    static int hexValue(uchar c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    // At "\uXXXX" (m_p on the backslash): reads the 4 hex digits.
    bool readHex4(char32_t *unit)
    {
        if (m_end - m_p < 6 || m_p[1] != 'u')
            return fail(QCoreApplication::translate("TokenDesk::Json", "invalid \\u escape"));
        char32_t value = 0;
        for (int i = 2; i < 6; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail(
                    QCoreApplication::translate("TokenDesk::Json", "invalid \\u escape (expected 4 hex digits)"));
            value = value * 16 + char32_t(h);
        }
        *unit = value;
        m_p += 6;
        return true;
    }
    // m_p is on a backslash inside a string.
    bool readEscape(QByteArray *out)
    {
        if (m_end - m_p < 2)
            return fail(QCoreApplication::translate("TokenDesk::Json", "unterminated escape"));
        const uchar c = m_p[1];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out->append(char(c));
            m_p += 2;
            return true;
        case 'b':
            out->append('\b');
            m_p += 2;
            return true;
        case 'f':
            out->append('\f');
            m_p += 2;
            return true;
        case 'n':
            out->append('\n');
            m_p += 2;
            return true;
        case 'r':
            out->append('\r');
            m_p += 2;
            return true;
        case 't':
            out->append('\t');
            m_p += 2;
            return true;
        case 'u': {
            const qsizetype escapeOffset = offset();
            char32_t unit = 0;
            if (!readHex4(&unit))
                return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return failAt(QCoreApplication::translate("TokenDesk::Json", "invalid \\u escape (lone low surrogate)"),
                              escapeOffset);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                    return failAt(QCoreApplication::translate(
                                      "TokenDesk::Json", "invalid \\u escape (high surrogate without a low surrogate)"),
                                  escapeOffset);
                if (!readHex4(&low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return failAt(QCoreApplication::translate(
                                      "TokenDesk::Json", "invalid \\u escape (high surrogate without a low surrogate)"),
                                  escapeOffset);
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, unit);
            return true;
        }
        default:
            return fail(QCoreApplication::translate("TokenDesk::Json", "invalid escape sequence"));
        }
    }

    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    bool m_failed = false;
    QString m_error;
    QByteArray m_keyScratch;
    QByteArray m_skipScratch;
    std::string m_stack;
};

// ---- typed field readers (strict: wrong type = error; null = absent) ----

QString fieldName(const QString &prefix, const char *name)
{
    if (prefix.isEmpty())
        return QLatin1String(name);
    return prefix + QLatin1Char('.') + QLatin1String(name);
}

QString missingField(const QString &field)
{
    return QCoreApplication::translate("TokenDesk::Json", "missing required field '%1'").arg(field);
}

bool duplicate(Reader &r, const QString &field)
{
    return r.fail(QCoreApplication::translate("TokenDesk::Json", "duplicate field '%1'").arg(field));
}

bool readOptionalString(Reader &r, const QString &field, std::optional<QString> *out, QByteArray *scratch)
{
    const uchar c = r.peek();
    if (c == 'n') {
        out->reset();
        return r.readLiteral("null", 4);
    }
    if (c != '"')
        return r.typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "a string"));
    QByteArrayView view;
    if (!r.readString(&view, scratch))
        return false;
    *out = fromUtf8(view);
    return true;
}

bool readRequiredString(Reader &r, const QString &field, QString *out, QByteArray *scratch)
{
    if (r.peek() != '"')
        return r.typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "a string"));
    QByteArrayView view;
    if (!r.readString(&view, scratch))
        return false;
    *out = fromUtf8(view);
    return true;
}

bool readOptionalBool(Reader &r, const QString &field, std::optional<bool> *out)
{
    switch (r.peek()) {
    case 'n':
        out->reset();
        return r.readLiteral("null", 4);
    case 't':
        *out = true;
        return r.readLiteral("true", 4);
    case 'f':
        *out = false;
        return r.readLiteral("false", 5);
    default:
        return r.typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "a boolean"));
    }
}

bool readInt64Value(Reader &r, const QString &field, qint64 *out)
{
    const uchar c = r.peek();
    if (c != '-' && (c < '0' || c > '9'))
        return r.typeError(field, QT_TRANSLATE_NOOP("TokenDesk::Json", "an integer"));
    const qsizetype at = r.offset();
    switch (r.readInteger(out)) {
    case IntResult::Ok:
        return true;
    case IntResult::NotInteger:
        return r.failAt(
            QCoreApplication::translate("TokenDesk::Json", "%1: expected an integer, got a number with a fraction")
                .arg(field),
            at);
    case IntResult::OutOfRange:
        return r.failAt(QCoreApplication::translate("TokenDesk::Json", "%1: integer out of the int64 range").arg(field),
                        at);
    case IntResult::SyntaxError:
        return false;
    }
    return false;
}

bool readOptionalInt64(Reader &r, const QString &field, std::optional<qint64> *out)
{
    if (r.peek() == 'n') {
        out->reset();
        return r.readLiteral("null", 4);
    }
    qint64 value = 0;
    if (!readInt64Value(r, field, &value))
        return false;
    *out = value;
    return true;
}

bool readStringArray(Reader &r, const QString &field, QStringList *out, QByteArray *scratch)
{
    if (!r.beginArray(field))
        return false;
    out->clear();
    bool first = true;
    while (r.nextElement(&first)) {
        const QString element = field + QLatin1Char('[') + QString::number(out->size()) + QLatin1Char(']');
        QString value;
        if (!readRequiredString(r, element, &value, scratch))
            return false;
        out->append(value);
    }
    return !r.failed();
}

bool readOptionalStringArray(Reader &r, const QString &field, std::optional<QStringList> *out, QByteArray *scratch)
{
    if (r.peek() == 'n') {
        out->reset();
        return r.readLiteral("null", 4);
    }
    QStringList list;
    if (!readStringArray(r, field, &list, scratch))
        return false;
    *out = std::move(list);
    return true;
}

// Runs `parse` on the whole document and checks that nothing but whitespace follows.
template<class T, class Parse>
std::optional<T> decodeDocument(QByteArrayView json, QString *error, Parse parse)
{
    Reader r(json);
    T value{};
    if (r.atEnd()) {
        r.fail(QCoreApplication::translate("TokenDesk::Json", "empty document"));
    } else if (parse(r, &value) && !r.failed()) {
        if (r.atEnd())
            return value;
        r.fail(QCoreApplication::translate("TokenDesk::Json", "unexpected data after the JSON value"));
    }
    if (error)
        *error = r.error();
    return std::nullopt;
}

bool parseDuration(Reader &r, const QString &field, Duration *out)
{
    if (!r.beginObject(field))
        return false;
    bool first = true;
    QByteArrayView key;
    bool seenValue = false, seenUnit = false;
    QByteArray scratch;
    while (r.nextMember(&first, &key)) {
        if (keyIs(key, "value")) {
            if (seenValue)
                return duplicate(r, fieldName(field, "value"));
            seenValue = true;
            if (!readInt64Value(r, fieldName(field, "value"), &out->value))
                return false;
        } else if (keyIs(key, "unit")) {
            if (seenUnit)
                return duplicate(r, fieldName(field, "unit"));
            seenUnit = true;
            std::optional<QString> unit;
            const qsizetype at = r.offset();
            if (!readOptionalString(r, fieldName(field, "unit"), &unit, &scratch))
                return false;
            if (unit) {
                out->unit = durationUnitFromName(*unit);
                if (!out->unit)
                    return r.failAt(
                        QCoreApplication::translate(
                            "TokenDesk::Json", "%1: unknown unit (expected DAYS, HOURS, MILLIS, MINUTES or SECONDS)")
                            .arg(fieldName(field, "unit")),
                        at);
            } else {
                out->unit.reset();
            }
        } else if (!r.skipValue()) {
            return false;
        }
    }
    if (r.failed())
        return false;
    if (!seenValue)
        return r.fail(missingField(fieldName(field, "value")));
    return true;
}

bool parseTokenMetadata(Reader &r, TokenMetadata *out)
{
    if (!r.beginObject(QStringLiteral("TokenMetadata")))
        return false;
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    unsigned seen = 0;
    auto once = [&](unsigned bit, const char *name) {
        if (seen & bit)
            return duplicate(r, QLatin1String(name));
        seen |= bit;
        return true;
    };
    while (r.nextMember(&first, &key)) {
        bool ok = true;
        if (keyIs(key, "id"))
            ok = once(1u << 0, "id") && readOptionalString(r, QStringLiteral("id"), &out->id, &scratch);
        else if (keyIs(key, "name"))
            ok = once(1u << 1, "name") && readOptionalString(r, QStringLiteral("name"), &out->name, &scratch);
        else if (keyIs(key, "userId"))
            ok = once(1u << 2, "userId") && readOptionalString(r, QStringLiteral("userId"), &out->userId, &scratch);
        else if (keyIs(key, "revoked"))
            ok = once(1u << 3, "revoked") && readOptionalBool(r, QStringLiteral("revoked"), &out->revoked);
        else if (keyIs(key, "created"))
            ok = once(1u << 4, "created") && readOptionalInt64(r, QStringLiteral("created"), &out->created);
        else if (keyIs(key, "expires"))
            ok = once(1u << 5, "expires") && readOptionalInt64(r, QStringLiteral("expires"), &out->expires);
        else if (keyIs(key, "lastUse"))
            ok = once(1u << 6, "lastUse") && readOptionalInt64(r, QStringLiteral("lastUse"), &out->lastUse);
        else if (keyIs(key, "scopes"))
            ok =
                once(1u << 7, "scopes") && readOptionalStringArray(r, QStringLiteral("scopes"), &out->scopes, &scratch);
        else if (keyIs(key, "personalAccessToken"))
            ok = once(1u << 8, "personalAccessToken") &&
                 readOptionalBool(r, QStringLiteral("personalAccessToken"), &out->personalAccessToken);
        else
            ok = r.skipValue();
        if (!ok)
            return false;
    }
    return !r.failed();
}

bool parseTokenSecret(Reader &r, TokenSecret *out)
{
    if (!r.beginObject(QStringLiteral("Token")))
        return false;
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    bool seen = false;
    while (r.nextMember(&first, &key)) {
        if (keyIs(key, "token")) {
            if (seen)
                return duplicate(r, QStringLiteral("token"));
            seen = true;
            if (!readRequiredString(r, QStringLiteral("token"), &out->token, &scratch))
                return false;
        } else if (!r.skipValue()) {
            return false;
        }
    }
    if (r.failed())
        return false;
    if (!seen)
        return r.fail(missingField(QStringLiteral("token")));
    return true;
}

bool parseCreateTokenRequest(Reader &r, CreateTokenRequest *out)
{
    if (!r.beginObject(QStringLiteral("CreateToken")))
        return false;
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    bool seenName = false, seenScopes = false, seenExpires = false;
    while (r.nextMember(&first, &key)) {
        if (keyIs(key, "name")) {
            if (seenName)
                return duplicate(r, QStringLiteral("name"));
            seenName = true;
            if (!readRequiredString(r, QStringLiteral("name"), &out->name, &scratch))
                return false;
        } else if (keyIs(key, "scopes")) {
            if (seenScopes)
                return duplicate(r, QStringLiteral("scopes"));
            seenScopes = true;
            if (!readStringArray(r, QStringLiteral("scopes"), &out->scopes, &scratch))
                return false;
        } else if (keyIs(key, "expiresIn")) {
            if (seenExpires)
                return duplicate(r, QStringLiteral("expiresIn"));
            seenExpires = true;
            if (r.peek() == 'n') {
                out->expiresIn.reset();
                if (!r.readLiteral("null", 4))
                    return false;
            } else {
                Duration duration;
                if (!parseDuration(r, QStringLiteral("expiresIn"), &duration))
                    return false;
                out->expiresIn = duration;
            }
        } else if (!r.skipValue()) {
            return false;
        }
    }
    if (r.failed())
        return false;
    if (!seenName)
        return r.fail(missingField(QStringLiteral("name")));
    if (!seenScopes)
        return r.fail(missingField(QStringLiteral("scopes")));
    return true;
}

bool parseUpdateTokenRequest(Reader &r, UpdateTokenRequest *out)
{
    if (!r.beginObject(QStringLiteral("UpdateToken")))
        return false;
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    bool seenName = false, seenRevoked = false, seenScopes = false;
    while (r.nextMember(&first, &key)) {
        bool ok = true;
        if (keyIs(key, "name")) {
            ok = (!seenName || duplicate(r, QStringLiteral("name"))) &&
                 readOptionalString(r, QStringLiteral("name"), &out->name, &scratch);
            seenName = true;
        } else if (keyIs(key, "revoked")) {
            ok = (!seenRevoked || duplicate(r, QStringLiteral("revoked"))) &&
                 readOptionalBool(r, QStringLiteral("revoked"), &out->revoked);
            seenRevoked = true;
        } else if (keyIs(key, "scopes")) {
            ok = (!seenScopes || duplicate(r, QStringLiteral("scopes"))) &&
                 readOptionalStringArray(r, QStringLiteral("scopes"), &out->scopes, &scratch);
            seenScopes = true;
        } else {
            ok = r.skipValue();
        }
        if (!ok)
            return false;
    }
    return !r.failed();
}

// ---- tolerant readers for the error envelope: a value of another type is skipped ----

bool tolerantString(Reader &r, std::optional<QString> *out, QByteArray *scratch)
{
    if (r.peek() == '"') {
        QByteArrayView view;
        if (!r.readString(&view, scratch))
            return false;
        *out = fromUtf8(view);
        return true;
    }
    return r.skipValue();
}

bool parseViolation(Reader &r, ConstraintViolation *out, bool *isObject)
{
    if (r.peek() != '{') {
        *isObject = false;
        return r.skipValue();
    }
    *isObject = true;
    r.beginObject(QString());
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    while (r.nextMember(&first, &key)) {
        bool ok = true;
        if (keyIs(key, "path"))
            ok = tolerantString(r, &out->path, &scratch);
        else if (keyIs(key, "message"))
            ok = tolerantString(r, &out->message, &scratch);
        else if (keyIs(key, "parameterLocation"))
            ok = tolerantString(r, &out->parameterLocation, &scratch);
        else if (keyIs(key, "location"))
            ok = tolerantString(r, &out->location, &scratch);
        else
            ok = r.skipValue();
        if (!ok)
            return false;
    }
    return !r.failed();
}

struct Envelope
{
    bool hasError = false;
    std::optional<int> code;
    std::optional<QString> message;
    QList<ConstraintViolation> violations;
};

bool parseErrorObject(Reader &r, Envelope *out)
{
    r.beginObject(QString());
    out->hasError = true;
    bool first = true;
    QByteArrayView key;
    QByteArray scratch;
    while (r.nextMember(&first, &key)) {
        bool ok = true;
        if (keyIs(key, "code")) {
            const uchar c = r.peek();
            if (c == '-' || (c >= '0' && c <= '9')) {
                qint64 value = 0;
                const IntResult result = r.readInteger(&value);
                if (result == IntResult::SyntaxError)
                    return false;
                if (result == IntResult::Ok && value >= std::numeric_limits<int>::min() &&
                    value <= std::numeric_limits<int>::max())
                    out->code = int(value);
            } else {
                ok = r.skipValue();
            }
        } else if (keyIs(key, "message")) {
            ok = tolerantString(r, &out->message, &scratch);
        } else if (keyIs(key, "constraintViolations")) {
            if (r.peek() == '[') {
                r.beginArray(QString());
                bool firstElement = true;
                while (r.nextElement(&firstElement)) {
                    ConstraintViolation violation;
                    bool isObject = false;
                    if (!parseViolation(r, &violation, &isObject))
                        return false;
                    if (isObject)
                        out->violations.append(violation);
                }
                ok = !r.failed();
            } else {
                ok = r.skipValue();
            }
        } else {
            ok = r.skipValue();
        }
        if (!ok)
            return false;
    }
    return !r.failed();
}

bool parseEnvelope(Reader &r, Envelope *out)
{
    if (r.peek() != '{')
        return r.skipValue();
    r.beginObject(QString());
    bool first = true;
    QByteArrayView key;
    while (r.nextMember(&first, &key)) {
        bool ok = true;
        if (keyIs(key, "error") && r.peek() == '{')
            ok = parseErrorObject(r, out);
        else
            ok = r.skipValue();
        if (!ok)
            return false;
    }
    return !r.failed();
}

// ---- encoding ----

void appendQuoted(QByteArray *out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out->reserve(out->size() + utf8.size() + 2);
    out->append('"');
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out->append("\\u00");
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xF]);
            } else {
                out->append(ch);
            }
        }
    }
    out->append('"');
}

void appendQuotedUtf8(QByteArray *out, QByteArrayView utf8)
{
    appendQuoted(out, QString::fromUtf8(utf8.data(), utf8.size()));
}

void appendStringArray(QByteArray *out, const QStringList &list)
{
    out->append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out->append(',');
        appendQuoted(out, list.at(i));
    }
    out->append(']');
}

void appendKey(QByteArray *out, bool *first, const char *key)
{
    if (!*first)
        out->append(',');
    *first = false;
    out->append('"');
    out->append(key);
    out->append("\":");
}

} // namespace

std::optional<StubList> decodeStubList(QByteArrayView json, QString *error, const std::atomic_bool *cancelled)
{
    StubListDecoder decoder;
    decoder.setExpectedSize(json.size());
    if (decoder.feed(json, true, cancelled) == StubListDecoder::Status::Done)
        return decoder.takeList();
    if (error)
        *error = decoder.error();
    return std::nullopt;
}

StubListDecoder::Status StubListDecoder::feed(QByteArrayView json, bool complete, const std::atomic_bool *cancelled)
{
    if (m_status != Status::NeedMore)
        return m_status;
    if (quint64(json.size()) >= quint64(std::numeric_limits<quint32>::max())) {
        m_error = QCoreApplication::translate("TokenDesk::Json", "list body too large (4 GiB or more)");
        return m_status = Status::Failed;
    }
    Reader r(json);
    r.seek(m_offset);
    // A step is either committed (m_offset and the flags advance) or rolled back and retried by the next
    // feed(). A failed step with more bytes to come may just have run out of input, so it is rolled back;
    // a real error recurs then. A step that succeeded by reading up to the very last byte so far is
    // rolled back too, since its last token may continue in the next piece (see the members phase). The
    // entries of `values` always end in '}', which cannot continue, so they are committed as they come.
    auto stepFailed = [&]() {
        if (!complete)
            return Status::NeedMore;
        m_error = r.error();
        m_list.clear();
        return m_status = Status::Failed;
    };
    for (;;) {
        switch (m_phase) {
        case Phase::Start:
            if (r.atEnd()) {
                if (!complete)
                    return Status::NeedMore;
                r.fail(QCoreApplication::translate("TokenDesk::Json", "empty document"));
                return stepFailed();
            }
            if (!r.beginObject(QStringLiteral("StubList")))
                return stepFailed();
            if (m_expectedBytes > 0 && m_expectedBytes < std::numeric_limits<quint32>::max())
                m_list.reserve(0, qsizetype(m_expectedBytes)); // the strings are shorter than their JSON
            m_phase = Phase::Members;
            m_offset = r.offset();
            break;
        case Phase::Members: {
            bool first = m_firstMember;
            QByteArrayView key;
            if (!r.nextMember(&first, &key)) {
                if (r.failed())
                    return stepFailed();
                if (!m_seenValues) {
                    r.fail(missingField(QStringLiteral("values")));
                    return stepFailed();
                }
                m_phase = Phase::End;
                m_offset = r.offset();
                break;
            }
            if (!keyIs(key, "values")) {
                if (!r.skipValue())
                    return stepFailed();
                // A value that ends exactly where the bytes so far end may go on in the next piece: a
                // number ("1234" of "123456789") looks complete until the following byte arrives. Such a
                // step is not committed; the next feed() reads the value again, whole.
                if (!complete && r.offset() >= json.size())
                    return Status::NeedMore;
            } else {
                if (m_seenValues) {
                    duplicate(r, QStringLiteral("values"));
                    return stepFailed();
                }
                if (!r.beginArray(QStringLiteral("values")))
                    return stepFailed();
                m_seenValues = true;
                m_firstElement = true;
                m_phase = Phase::Values;
            }
            m_firstMember = first;
            m_offset = r.offset();
            break;
        }
        case Phase::Values: {
            QByteArrayView key;
            for (;;) {
                bool firstElement = m_firstElement;
                if (!r.nextElement(&firstElement)) {
                    if (r.failed())
                        return stepFailed();
                    m_phase = Phase::Members;
                    m_offset = r.offset();
                    break;
                }
                const int index = m_index;
                if ((index & 0xFFF) == 0 && cancelled && cancelled->load(std::memory_order_relaxed)) {
                    r.fail(QStringLiteral("cancelled"));
                    m_error = r.error();
                    m_list.clear();
                    return m_status = Status::Failed;
                }
                auto entryField = [index](const char *name) -> QString {
                    return QStringLiteral("values[") + QString::number(index) + QStringLiteral("].") +
                           QLatin1String(name);
                };
                if (r.peek() != '{') {
                    r.typeError(QStringLiteral("values[") + QString::number(index) + QLatin1Char(']'),
                                QT_TRANSLATE_NOOP("TokenDesk::Json", "an object"));
                    return stepFailed();
                }
                r.beginObject(QString());
                bool firstMember = true;
                QByteArrayView id, name, description; // null view = absent
                bool seenId = false, seenName = false, seenDescription = false;
                while (r.nextMember(&firstMember, &key)) {
                    if (keyIs(key, "id")) {
                        if (seenId) {
                            duplicate(r, entryField("id"));
                            return stepFailed();
                        }
                        seenId = true;
                        if (r.peek() != '"') {
                            r.typeError(entryField("id"), QT_TRANSLATE_NOOP("TokenDesk::Json", "a string"));
                            return stepFailed();
                        }
                        if (!r.readString(&id, &m_idScratch))
                            return stepFailed();
                    } else if (keyIs(key, "name") || keyIs(key, "description")) {
                        const bool isName = keyIs(key, "name");
                        bool &seen = isName ? seenName : seenDescription;
                        if (seen) {
                            duplicate(r, entryField(isName ? "name" : "description"));
                            return stepFailed();
                        }
                        seen = true;
                        QByteArrayView &target = isName ? name : description;
                        const uchar c = r.peek();
                        if (c == 'n') {
                            target = QByteArrayView();
                            if (!r.readLiteral("null", 4))
                                return stepFailed();
                        } else if (c == '"') {
                            if (!r.readString(&target, isName ? &m_nameScratch : &m_descriptionScratch))
                                return stepFailed();
                        } else {
                            r.typeError(entryField(isName ? "name" : "description"),
                                        QT_TRANSLATE_NOOP("TokenDesk::Json", "a string"));
                            return stepFailed();
                        }
                    } else if (!r.skipValue()) {
                        return stepFailed();
                    }
                }
                if (r.failed())
                    return stepFailed();
                if (!seenId) {
                    r.fail(QStringLiteral("values[%1]: ").arg(index) + missingField(QStringLiteral("id")));
                    return stepFailed();
                }
                if (index == std::numeric_limits<int>::max()) {
                    r.fail(QCoreApplication::translate("TokenDesk::Json", "too many entries"));
                    return stepFailed();
                }
                m_list.append(id, name, description);
                ++m_index;
                if (m_index == 4096 && m_expectedBytes > 0) {
                    // Entries for the whole body at the density seen so far, plus 10%.
                    const double estimate = double(m_expectedBytes) * m_index / double(qMax<qsizetype>(1, r.offset()));
                    m_list.reserve(int(qMin(estimate * 1.1 + 1024.0, double(std::numeric_limits<int>::max() / 2))),
                                   qsizetype(m_expectedBytes));
                }
                m_firstElement = firstElement;
                m_offset = r.offset();
            }
            break;
        }
        case Phase::End:
            if (!r.atEnd()) {
                r.fail(QCoreApplication::translate("TokenDesk::Json", "unexpected data after the JSON value"));
                return stepFailed();
            }
            if (!complete)
                return Status::NeedMore;
            m_list.squeeze();
            return m_status = Status::Done;
        }
    }
}

std::optional<TokenMetadata> decodeTokenMetadata(QByteArrayView json, QString *error)
{
    return decodeDocument<TokenMetadata>(json, error, parseTokenMetadata);
}

std::optional<TokenSecret> decodeTokenSecret(QByteArrayView json, QString *error)
{
    return decodeDocument<TokenSecret>(json, error, parseTokenSecret);
}

std::optional<Duration> decodeDuration(QByteArrayView json, QString *error)
{
    return decodeDocument<Duration>(
        json, error, [](Reader &r, Duration *out) { return parseDuration(r, QStringLiteral("Duration"), out); });
}

std::optional<CreateTokenRequest> decodeCreateTokenRequest(QByteArrayView json, QString *error)
{
    return decodeDocument<CreateTokenRequest>(json, error, parseCreateTokenRequest);
}

std::optional<UpdateTokenRequest> decodeUpdateTokenRequest(QByteArrayView json, QString *error)
{
    return decodeDocument<UpdateTokenRequest>(json, error, parseUpdateTokenRequest);
}

bool decodeErrorEnvelope(QByteArrayView json, ApiError *error)
{
    const std::optional<Envelope> envelope = decodeDocument<Envelope>(json, nullptr, parseEnvelope);
    if (!envelope || !envelope->hasError)
        return false;
    error->code = envelope->code;
    if (envelope->message)
        error->message = *envelope->message;
    error->violations = envelope->violations;
    return true;
}

QByteArray quoted(QStringView text)
{
    QByteArray out;
    appendQuoted(&out, text);
    return out;
}

QString durationUnitName(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Millis:
        return QStringLiteral("MILLIS");
    case DurationUnit::Seconds:
        return QStringLiteral("SECONDS");
    case DurationUnit::Minutes:
        return QStringLiteral("MINUTES");
    case DurationUnit::Hours:
        return QStringLiteral("HOURS");
    case DurationUnit::Days:
        return QStringLiteral("DAYS");
    }
    return QString();
}

std::optional<DurationUnit> durationUnitFromName(QStringView name)
{
    for (DurationUnit unit : {DurationUnit::Millis, DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours,
                              DurationUnit::Days}) {
        if (name == durationUnitName(unit))
            return unit;
    }
    return std::nullopt;
}

QByteArray encodeDuration(const Duration &duration)
{
    QByteArray out = QByteArrayLiteral("{\"value\":") + QByteArray::number(duration.value);
    if (duration.unit)
        out += QByteArrayLiteral(",\"unit\":\"") + durationUnitName(*duration.unit).toLatin1() + '"';
    out += '}';
    return out;
}

QByteArray encodeCreateTokenRequest(const CreateTokenRequest &request)
{
    QByteArray out = QByteArrayLiteral("{\"name\":");
    appendQuoted(&out, request.name);
    out += QByteArrayLiteral(",\"scopes\":");
    appendStringArray(&out, request.scopes);
    if (request.expiresIn) {
        out += QByteArrayLiteral(",\"expiresIn\":");
        out += encodeDuration(*request.expiresIn);
    }
    out += '}';
    return out;
}

QByteArray encodeUpdateTokenRequest(const UpdateTokenRequest &request)
{
    QByteArray out("{");
    bool first = true;
    if (request.name) {
        appendKey(&out, &first, "name");
        appendQuoted(&out, *request.name);
    }
    if (request.revoked) {
        appendKey(&out, &first, "revoked");
        out += *request.revoked ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    }
    if (request.scopes) {
        appendKey(&out, &first, "scopes");
        appendStringArray(&out, *request.scopes);
    }
    out += '}';
    return out;
}

QByteArray encodeTokenSecret(const TokenSecret &secret)
{
    QByteArray out = QByteArrayLiteral("{\"token\":");
    appendQuoted(&out, secret.token);
    out += '}';
    return out;
}

QByteArray encodeTokenMetadata(const TokenMetadata &metadata)
{
    QByteArray out("{");
    bool first = true;
    auto string = [&](const char *key, const std::optional<QString> &value) {
        if (value) {
            appendKey(&out, &first, key);
            appendQuoted(&out, *value);
        }
    };
    auto boolean = [&](const char *key, const std::optional<bool> &value) {
        if (value) {
            appendKey(&out, &first, key);
            out += *value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        }
    };
    auto integer = [&](const char *key, const std::optional<qint64> &value) {
        if (value) {
            appendKey(&out, &first, key);
            out += QByteArray::number(*value);
        }
    };
    string("id", metadata.id);
    string("name", metadata.name);
    string("userId", metadata.userId);
    boolean("revoked", metadata.revoked);
    integer("created", metadata.created);
    integer("expires", metadata.expires);
    integer("lastUse", metadata.lastUse);
    if (metadata.scopes) {
        appendKey(&out, &first, "scopes");
        appendStringArray(&out, *metadata.scopes);
    }
    boolean("personalAccessToken", metadata.personalAccessToken);
    out += '}';
    return out;
}

QByteArray encodeStubList(const StubList &list)
{
    QByteArray out = QByteArrayLiteral("{\"values\":[");
    for (int row = 0; row < list.size(); ++row) {
        if (row)
            out += ',';
        out += QByteArrayLiteral("{\"id\":");
        appendQuotedUtf8(&out, list.idUtf8(row));
        if (list.hasName(row)) {
            out += QByteArrayLiteral(",\"name\":");
            appendQuotedUtf8(&out, list.nameUtf8(row));
        }
        if (const std::optional<QString> description = list.description(row)) {
            out += QByteArrayLiteral(",\"description\":");
            appendQuoted(&out, *description);
        }
        out += '}';
    }
    out += "]}";
    return out;
}

QByteArray encodeErrorEnvelope(const ApiError &error)
{
    QByteArray out = QByteArrayLiteral("{\"error\":{");
    bool first = true;
    if (error.code) {
        appendKey(&out, &first, "code");
        out += QByteArray::number(*error.code);
    }
    appendKey(&out, &first, "message");
    appendQuoted(&out, error.message);
    if (!error.violations.isEmpty()) {
        appendKey(&out, &first, "constraintViolations");
        out += '[';
        for (qsizetype i = 0; i < error.violations.size(); ++i) {
            const ConstraintViolation &v = error.violations.at(i);
            if (i)
                out += ',';
            out += '{';
            bool firstField = true;
            auto field = [&](const char *key, const std::optional<QString> &value) {
                if (value) {
                    appendKey(&out, &firstField, key);
                    appendQuoted(&out, *value);
                }
            };
            field("path", v.path);
            field("message", v.message);
            field("parameterLocation", v.parameterLocation);
            field("location", v.location);
            out += '}';
        }
        out += ']';
    }
    out += "}}";
    return out;
}

} // namespace TokenDesk::Json
