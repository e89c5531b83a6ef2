// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenformat.h"

#include <QCoreApplication>

namespace TokenDesk::TokenFormat {

namespace {

enum class Case { Exact, Any };

bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

bool isUpper(char16_t u)
{
    return u >= u'A' && u <= u'Z';
}

bool isLower(char16_t u)
{
    return u >= u'a' && u <= u'z';
}

bool isLetter(char16_t u)
{
    return isUpper(u) || isLower(u);
}

// A character of the public or private part: [A-Z0-9] as published, [A-Za-z0-9] for detection.
bool isPartChar(char16_t u, Case c)
{
    return isDigit(u) || isUpper(u) || (c == Case::Any && isLower(u));
}

// The identifier part of PublishedPattern (prefix, dot, public part) at p; the caller made sure
// IdentifierLength characters are there.
bool identifierAt(const QChar *p, Case c)
{
    const char16_t d = p[0].unicode();
    const char16_t t = p[1].unicode();
    if (c == Case::Exact ? (d != u'd' || t != u't') : ((d | 0x20) != u'd' || (t | 0x20) != u't'))
        return false;
    if (p[2].unicode() != u'0' || !isLetter(p[3].unicode()) || !isDigit(p[4].unicode()) || !isDigit(p[5].unicode()) ||
        p[6].unicode() != u'.')
        return false;
    for (qsizetype i = PrefixLength + 1; i < IdentifierLength; ++i) {
        if (!isPartChar(p[i].unicode(), c))
            return false;
    }
    return true;
}

// The whole secret pattern at p (the caller made sure 96 characters are there).
bool secretAt(const QChar *p, Case c)
{
    if (!identifierAt(p, c) || p[IdentifierLength].unicode() != u'.')
        return false;
    for (qsizetype i = IdentifierLength + 1; i < SecretLength; ++i) {
        if (!isPartChar(p[i].unicode(), c))
            return false;
    }
    return true;
}

// The position of the first detected secret at or after `from`, or -1. Looks for the '0' of
// "dt0" (QStringView::indexOf of one character is vectorised) and checks around it.
qsizetype findSecret(QStringView text, qsizetype from)
{
    const qsizetype last = text.size() - SecretLength; // the last possible start
    qsizetype zero = text.indexOf(u'0', from + 2);
    while (zero >= 0 && zero - 2 <= last) {
        const qsizetype start = zero - 2;
        if (start >= from && secretAt(text.data() + start, Case::Any))
            return start;
        zero = text.indexOf(u'0', zero + 1);
    }
    return -1;
}

} // namespace

bool isSecret(QStringView value)
{
    return value.size() == SecretLength && secretAt(value.data(), Case::Exact);
}

bool isIdentifier(QStringView value)
{
    return value.size() == IdentifierLength && identifierAt(value.data(), Case::Exact);
}

bool isOldSecret(QStringView value)
{
    if (value.size() < OldSecretMinLength || value.size() > OldSecretMaxLength)
        return false;
    for (const QChar ch : value) {
        const char16_t u = ch.unicode();
        if (!isLetter(u) && !isDigit(u) && u != u'-' && u != u'_')
            return false;
    }
    return true;
}

Kind classify(QStringView value)
{
    if (value.isEmpty())
        return Kind::Empty;
    if (isSecret(value))
        return Kind::Secret;
    if (isIdentifier(value))
        return Kind::Identifier;
    if (isOldSecret(value))
        return Kind::OldSecret;
    return Kind::Unrecognised;
}

QString identifierOf(QStringView value)
{
    if (value.size() == SecretLength && secretAt(value.data(), Case::Any))
        return value.left(IdentifierLength).toString();
    if (value.size() == IdentifierLength && identifierAt(value.data(), Case::Any))
        return value.toString();
    return QString();
}

bool containsSecret(QStringView text)
{
    return text.size() >= SecretLength && findSecret(text, 0) >= 0;
}

QString redacted(const QString &text)
{
    if (text.size() < SecretLength)
        return text;
    qsizetype found = findSecret(text, 0);
    if (found < 0)
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    while (found >= 0) {
        result += QStringView(text).mid(copied, found + IdentifierLength + 1 - copied);
        result += QLatin1String("****");
        copied = found + SecretLength;
        found = findSecret(text, copied);
    }
    result += QStringView(text).mid(copied);
    return result;
}

QString describeSecret()
{
    static_assert(IdentifierLength == PrefixLength + 1 + PublicPartLength);
    static_assert(SecretLength == IdentifierLength + 1 + PrivatePartLength);
    static_assert(sizeof(ClassicPrefix) - 1 == PrefixLength);
    // The context is what lupdate records for this call (the enclosing namespace).
    return QCoreApplication::translate("TokenDesk::TokenFormat", "%1.<%2 characters>.<%3 characters>")
        .arg(QLatin1String(ClassicPrefix))
        .arg(PublicPartLength)
        .arg(PrivatePartLength);
}

QString secretHint()
{
    return QLatin1String(ClassicPrefix) + QStringLiteral(".\u2026");
}

} // namespace TokenDesk::TokenFormat
