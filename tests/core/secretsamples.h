// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Secret-shaped and not-quite-secret strings, shared by the tests of every part that tells a secret
// from other text (tokenformat, redaction, the CSV writer, the CLI's argument check, the lookup
// dialog), so that they are checked against one table and must agree. The example secret is the
// documentation's, assembled at run time so that no secret-shaped line is committed.
#pragma once

#include "api/tokenformat.h"

#include <QList>
#include <QString>

namespace TokenDesk::TestSamples {

inline QString identifier()
{
    return QStringLiteral("dt0c01.") + QStringLiteral("ST2EY72KQINMH574WMNVI7YN");
}

inline QString privatePart()
{
    return QStringLiteral("G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
}

inline QString secret()
{
    return identifier() + QLatin1Char('.') + privatePart();
}

// An old-format secret as the documentation shows it (20 characters), and one as long as those
// seen in the field (21).
inline QString oldSecret20()
{
    return QStringLiteral("abcdefjhij") + QStringLiteral("1234567890");
}

inline QString oldSecret21()
{
    return QStringLiteral("Q3v-x_9Lm") + QStringLiteral("2KpT7wZrB4nY");
}

struct Sample
{
    const char *name;
    QString text;
    bool detected;          // contains something that may be a secret: hide it, refuse it
    TokenFormat::Kind kind; // what the whole value is, exactly
};

inline QList<Sample> samples()
{
    using K = TokenFormat::Kind;
    const QString s = secret();
    const QString id = identifier();
    const QString p = privatePart();
    return {
        {"secret", s, true, K::Secret},
        {"identifier", id, false, K::Identifier},
        {"secret in a sentence", QStringLiteral("my token is ") + s + QStringLiteral(" ok"), true, K::Unrecognised},
        {"secret in a URL", QStringLiteral("/api/cluster/v2/tokens/") + s + QStringLiteral("?x"), true,
         K::Unrecognised},
        {"secret in JSON", QStringLiteral("{\"token\":\"") + s + QStringLiteral("\"}"), true, K::Unrecognised},
        {"secret after Api-Token", QStringLiteral("Api-Token ") + s, true, K::Unrecognised},
        {"other token kind dt0s01", QStringLiteral("dt0s01") + s.mid(6), true, K::Secret},
        {"upper-case kind letter dt0C01", QStringLiteral("dt0C01") + s.mid(6), true, K::Secret},
        {"lower-case private part", id + QLatin1Char('.') + p.toLower(), true, K::Unrecognised},
        {"lower-case public part", id.toLower() + QLatin1Char('.') + p, true, K::Unrecognised},
        {"all upper-case DT0C01", s.toUpper(), true, K::Unrecognised},
        {"all lower-case", s.toLower(), true, K::Unrecognised},
        {"a character too many", s + QLatin1Char('A'), true, K::Unrecognised},
        {"two prefixes", QStringLiteral("dt0dt0") + s, true, K::Unrecognised},
        {"two secrets", s + QLatin1Char(' ') + s, true, K::Unrecognised},
        {"63 private characters", s.chopped(1), false, K::Unrecognised},
        {"23 public characters", QStringLiteral("dt0c01.") + s.mid(8), false, K::Unrecognised},
        {"dot inside the private part", id + QLatin1Char('.') + p.left(20) + QLatin1Char('.') + p.mid(21), false,
         K::Unrecognised},
        {"non-ASCII letter in the private part", id + QLatin1Char('.') + p.left(10) + QChar(0xC4) + p.mid(11), false,
         K::Unrecognised},
        {"old format, 20 characters", oldSecret20(), false, K::OldSecret},
        {"old format, 21 characters", oldSecret21(), false, K::OldSecret},
        {"22 characters", oldSecret21() + QLatin1Char('x'), false, K::Unrecognised},
        {"19 characters", oldSecret20().chopped(1), false, K::Unrecognised},
        {"old-format id (UUID)", QStringLiteral("a6e91657-1fa7-4742-af40-39469b92bd65"), false, K::Unrecognised},
        {"plain words", QStringLiteral("nothing to see here"), false, K::Unrecognised},
        {"empty", QString(), false, K::Empty},
    };
}

} // namespace TokenDesk::TestSamples
